"""The entry editor: draws any template's fields, autosaves drafts, never loses text.

Drafts are written to the vault about a second after the last change, and at once
when the page hides, the app locks or quits. A failed save shows a kind message and
leaves every word on screen.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from disclosure_helper.errors import VaultError
from disclosure_helper.export_markdown import export_entry, format_moment
from disclosure_helper.journal import Draft, Entry, draft_key, entry_from_payload, entry_to_payload
from disclosure_helper.journal_model import (
    AFTER_SHIFT,
    BODY_FIELD,
    FREE,
    INCIDENT,
    OCCURRED_FIELD,
    PLAN_FIELD,
)
from disclosure_helper.rights import card_for_region
from disclosure_helper.support import chosen_region
from disclosure_helper.templates import Template, TemplateField, addition_kinds, addition_words
from disclosure_helper.ui import shortcuts
from disclosure_helper.ui.journal.fields import (
    DateTimeField,
    FieldWidget,
    PlanField,
    make_field,
)
from disclosure_helper.ui.journal.look import discard_widget
from disclosure_helper.ui.journal.tags import TagEdit
from disclosure_helper.ui.widgets import (
    Card,
    FlowRow,
    MessageBanner,
    ScrollScreen,
    SupportLine,
    button,
    label,
)
from disclosure_helper.ui.widgets.adjustment_links import AdjustmentLinks
from disclosure_helper.ui.widgets.save_copy import save_copy, show_save_error, write_text

if TYPE_CHECKING:
    from disclosure_helper.journal import JournalRepository
    from disclosure_helper.ui.context import AppContext

AUTOSAVE_MS = 1000
COUNT_MS = 250


def count_words(texts: list[str]) -> int:
    return sum(len(text.split()) for text in texts)


class EntryEditor(QWidget):
    """`start_new(template_id)`, `open_entry(id)`, `open_draft(draft)`; `flush()` saves
    the draft now; `save()` stores the entry. Signals say when to go back to the list."""

    closed = Signal()
    saved = Signal(int)
    trashed = Signal(int)
    discarded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.template: Template | None = None
        self.entry_id: int | None = None
        self.key: str | None = None
        self.dirty = False
        self._loading = False
        self._fields: list[FieldWidget] = []
        self._answer_fields: list[FieldWidget] = []
        self._detail_fields: list[FieldWidget] = []
        self._extra_fields: dict[str, Any] = {}
        self._plans: list[tuple[int, str]] = []
        self._last_text: QLineEdit | QPlainTextEdit | None = None
        # A saved incident record: shown as kept, taking dated additions.
        self.kept = False
        self._kept_tags: list[str] = []
        self._draft_payload: dict[str, Any] | None = None

        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.flush)
        self._counter = QTimer(self, singleShot=True, interval=COUNT_MS)
        self._counter.timeout.connect(self._update_count)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.scroll_screen = ScrollScreen(max_chars=72)
        outer.addWidget(self.scroll_screen, 1)
        column = self.scroll_screen.column

        top = QHBoxLayout()
        self.back_button = button(self.tr("Back to the journal"), self.close_editor,
                                  role="link", accessible_name=self.tr("Back to the journal"))
        top.addWidget(self.back_button)
        top.addStretch(1)
        column.addLayout(top)
        self.heading = label("", "title")
        self.description = label("", "hint")
        column.addWidget(self.heading)
        column.addWidget(self.description)
        self.banner = MessageBanner(closable=True)
        column.addWidget(self.banner)

        self.form = QWidget()
        self.form_layout = QVBoxLayout(self.form)
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.form_layout.setSpacing(16)
        column.addWidget(self.form)
        # The changes in My adjustments this record backs up, each a way to open it there.
        self.adjustment_links = AdjustmentLinks(
            ctx, self.tr("This entry is linked to these changes in My adjustments:"))
        column.addWidget(self.adjustment_links)
        # "If today feels like too much": shown with the after-shift questions, whatever is written.
        self.support = SupportLine()
        self.support.hide()
        column.addWidget(self.support)

        # The bar stays in view however long the entry is.
        bar = QWidget()
        bar.setObjectName("editorBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(24, 10, 24, 12)
        row.setSpacing(10)
        self.count_label = label("", "hint")
        self.status_label = label("", "hint")
        self.undo_button = button(self.tr("Undo"), self.undo,
                                  tooltip=self.tr("Undo typing in the last box you used"))
        self.redo_button = button(self.tr("Redo"), self.redo)
        self.trash_button = button(self.tr("Move to trash"), self.move_to_trash, role="danger")
        self.discard_button = button(self.tr("Discard"), self.ask_discard,
                                     accessible_name=self.tr("Discard this unsaved writing"))
        self.save_button = button(self.tr("Save"), self.save, role="primary",
                                  tooltip=self.tr("Save the entry (Ctrl+S)"))
        notes = QVBoxLayout()
        notes.setSpacing(2)
        notes.addWidget(self.count_label)
        notes.addWidget(self.status_label)
        row.addLayout(notes, 1)
        # At large text the buttons go onto a second line rather than squeezing.
        actions = FlowRow(align_end=True)
        for widget in (self.undo_button, self.redo_button, self.trash_button,
                       self.discard_button, self.save_button):
            actions.addWidget(widget)
        row.addWidget(actions, 3)
        outer.addWidget(bar)

        save_shortcut = QShortcut(QKeySequence(shortcuts.JOURNAL_SAVE), self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self.save)
        app = QApplication.instance()
        if isinstance(app, QApplication):  # focus belongs to the GUI application
            app.focusChanged.connect(self._focus_changed)

        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.textChanged.connect(self._touched)
        self.tags_edit = TagEdit()
        self.tags_edit.setAccessibleName(self.tr("Tags"))
        self.tags_edit.setAccessibleDescription(
            self.tr("Words to group entries by, separated by commas."))
        self.tags_edit.setPlaceholderText(self.tr("For example: night shift, team meeting"))
        self.tags_edit.textChanged.connect(self._touched)

    # -- opening ---------------------------------------------------------------

    @property
    def journal(self) -> JournalRepository:
        assert self.ctx.vault is not None
        return self.ctx.vault.journal

    @property
    def is_open(self) -> bool:
        return self.key is not None

    def set_plans(self, plans: list[tuple[int, str]]) -> None:
        self._plans = list(plans)
        for field in self._fields:
            if isinstance(field, PlanField):
                field.set_plans(self._plans)

    def set_known_tags(self, names: list[str]) -> None:
        self.tags_edit.set_known(names)

    def start_new(self, template_id: str, plan_id: int | None = None) -> None:
        self._open(Entry(kind=template_id, plan_id=plan_id), draft_key(), new=True)

    def open_entry(self, entry_id: int) -> None:
        """Open a saved entry, or the unsaved changes to it if a draft is waiting."""
        key = draft_key(entry_id)
        draft = self.journal.load_draft(key)
        if draft is not None:
            self.open_draft(draft)
            return
        self._open(self.journal.get(entry_id), key, new=False)

    def open_draft(self, draft: Draft) -> None:
        entry = entry_from_payload(draft.payload)
        if entry.id is None and draft.entry_id is not None:
            entry.id = draft.entry_id
        self._draft_payload = dict(draft.payload)
        self._open(entry, draft.key, new=entry.id is None)
        self._draft_payload = None
        self.dirty = False
        self.banner.show_message(
            self.tr("Here is the writing you had not saved yet, just as you left it."), "info")

    def _open(self, entry: Entry, key: str, new: bool) -> None:
        template = self.journal.template(entry.kind) or self.journal.template(FREE)
        assert template is not None
        self.template = template
        self.entry_id = entry.id
        self.key = key
        self.banner.dismiss()
        self._show_adjustment_links(entry.id)
        # A saved incident record is kept as first written; it shows as a record that
        # takes dated additions, not as a form to rewrite.
        self.kept = not new and entry.kind == INCIDENT and entry.id is not None
        if self.kept:
            self._build_kept(template, entry)
        else:
            self._build(template)
            self._load(entry)
        self.dirty = False
        self.status_label.setText("")
        self.trash_button.setVisible(not new)
        self.discard_button.setVisible(new)
        self.heading.setText(template.label if new or self.kept else self.tr("Edit: %1")
                             .replace("%1", template.label))
        self.description.setText(template.description)
        self.description.setVisible(bool(template.description))
        self.support.setVisible(template.id == AFTER_SHIFT)
        if template.id == AFTER_SHIFT:
            self.support.refresh(self.ctx)
        self._update_count()
        self.scroll_screen.verticalScrollBar().setValue(0)
        QTimer.singleShot(0, self.focus_first)

    def _show_adjustment_links(self, entry_id: int | None) -> None:
        links: list = []
        if entry_id is not None and self.ctx.is_unlocked:
            try:
                links = self.ctx.require_vault().adjustments.for_entry(entry_id)
            except VaultError:
                links = []  # the entry itself still opens; the links are a convenience
        self.adjustment_links.show_links(links)

    def focus_first(self) -> None:
        if self.title_edit.isVisible():
            self.title_edit.setFocus()
        elif self._fields:
            self._fields[0].focus_target.setFocus()
        else:
            # A kept record has no answers to type into. Opened from elsewhere (a link
            # in My adjustments), focus would otherwise be left on the page just hidden.
            self.back_button.setFocus()

    def _build(self, template: Template) -> None:
        self._clear_form()

        answers = Card()
        answers.body.setSpacing(22)
        self.title_label = label(self.tr("Title"), "subheading")
        self.title_label.setBuddy(self.title_edit)
        self.title_edit.setPlaceholderText(
            template.title_hint or self.tr("A title, if you want one"))
        # A check-in is three numbers and a line; a title would only slow it down.
        show_title = bool(template.title_hint)
        if show_title:
            box = QVBoxLayout()
            box.setSpacing(6)
            box.addWidget(self.title_label)
            box.addWidget(self.title_edit)
            answers.body.addLayout(box)
        self.title_edit.setVisible(show_title)
        for spec in template.fields:
            field = make_field(spec)
            field.changed.connect(self._touched)
            if isinstance(field, PlanField):
                field.set_plans(self._plans)
            self._fields.append(field)
            self._answer_fields.append(field)
            answers.body.addWidget(field)
        self.form_layout.addWidget(answers)

        details = Card(self.tr("Details"))
        details.body.setSpacing(16)
        tags_box = QVBoxLayout()
        tags_box.setSpacing(6)
        tags_label = label(self.tr("Tags"), "subheading")
        tags_label.setBuddy(self.tags_edit)
        tags_box.addWidget(tags_label)
        tags_box.addWidget(label(self.tr("Separate tags with commas. Known tags are offered as "
                                         "you type."), "hint"))
        tags_box.addWidget(self.tags_edit)
        details.body.addLayout(tags_box)
        # Every entry can have its date changed and be linked to a plan.
        ids = {spec.id for spec in template.fields}
        if OCCURRED_FIELD not in ids:
            when = DateTimeField(TemplateField(
                OCCURRED_FIELD, self.tr("When"), "datetime",
                help=self.tr("Change this if you are writing about another day.")))
            when.changed.connect(self._touched)
            self._fields.append(when)
            self._detail_fields.append(when)
            details.body.addWidget(when)
        if PLAN_FIELD not in ids:
            plan = PlanField(TemplateField(
                PLAN_FIELD, self.tr("Linked plan"), "plan-link",
                help=self.tr("Keep this entry next to one of your disclosure plans.")))
            plan.set_plans(self._plans)
            plan.changed.connect(self._touched)
            self._fields.append(plan)
            self._detail_fields.append(plan)
            details.body.addWidget(plan)
        self.form_layout.addWidget(details)
        self._set_tab_order()

    def _clear_form(self) -> None:
        while self.form_layout.count():
            item = self.form_layout.takeAt(0)
            if item is None:  # only when the layout is empty after all
                break
            widget = item.widget()
            if widget is not None and widget not in (self.title_edit, self.tags_edit):
                discard_widget(widget)
        for keep in (self.title_edit, self.tags_edit):
            keep.setParent(None)
        self._fields = []
        self._answer_fields = []
        self._detail_fields = []

    def _build_kept(self, template: Template, shown: Entry) -> None:
        """An incident record as first written, what was added since, and room to add."""
        self._clear_form()
        words = addition_words()
        assert shown.id is not None  # a kept record is always a saved one
        stored = self.journal.get(shown.id)  # the record itself, never a draft of it
        additions = self.journal.additions(shown.id)
        record = export_entry(stored, template, dict(self._plans), additions)
        written = format_moment(stored.created) if stored.created else ""

        # Card titles a step above the field names inside them, so the parts stand apart.
        original = Card(stored.title.strip() or template.label, title_role="heading")
        original.body.addWidget(label(words["kept_note"].replace("{date}", written), "hint"))
        if record.when:
            original.body.addWidget(label(self.tr("When it happened: %1").replace(
                "%1", record.when), selectable=True))
        for item in record.fields:
            original.body.addWidget(label(item.label, "subheading"))
            original.body.addWidget(label(item.text, selectable=True))
        self.form_layout.addWidget(original)

        self.additions_card: Card | None = None
        if record.additions:
            later = self.additions_card = Card(words["heading"], title_role="heading")
            for added in record.additions:
                later.body.addWidget(label(f"{added.when} \u00b7 {added.label}", "subheading"))
                later.body.addWidget(label(added.text, selectable=True))
            self.form_layout.addWidget(later)

        adding = Card(words["add_heading"], title_role="heading")
        self.addition_kind = QComboBox()
        self.addition_kind.setAccessibleName(words["add_kind"])
        for choice in addition_kinds():
            self.addition_kind.addItem(choice.label, choice.id)
        kind_label = label(words["add_kind"], "subheading")
        kind_label.setBuddy(self.addition_kind)
        self.addition_text = QPlainTextEdit()
        self.addition_text.setTabChangesFocus(True)
        self.addition_text.setAccessibleName(words["add_text"])
        self.addition_text.setMinimumHeight(self.addition_text.fontMetrics().lineSpacing() * 5)
        text_label = label(words["add_text"], "subheading")
        text_label.setBuddy(self.addition_text)
        self.add_button = button(words["add_button"], self.add_to_record, role="primary")
        for widget in (kind_label, self.addition_kind, text_label, self.addition_text):
            adding.body.addWidget(widget)
        adding.body.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.form_layout.addWidget(adding)
        draft = self._draft_payload or {}
        pending = draft.get("addition") if isinstance(draft.get("addition"), dict) else None
        if pending is None and draft and str(draft.get("body") or "") != stored.body:
            # A draft from before records were kept: its words are offered as an addition.
            pending = {"kind": "correction", "text": str(draft.get("body") or "")}
        if pending:
            self.addition_kind.setCurrentIndex(max(0, self.addition_kind.findData(
                pending.get("kind"))))
            self.addition_text.setPlainText(str(pending.get("text") or ""))
        self.addition_text.textChanged.connect(self._touched)
        self.addition_kind.currentIndexChanged.connect(self._touched)

        limits = self._time_limits()
        if limits:
            card = Card(words["time_limits"], title_role="heading")
            for point in limits:
                card.body.addWidget(label("\u2022  " + point, selectable=True))
            self.form_layout.addWidget(card)

        details = Card(self.tr("Details"), title_role="heading")
        tags_label = label(self.tr("Tags"), "subheading")
        tags_label.setBuddy(self.tags_edit)
        details.body.addWidget(tags_label)
        details.body.addWidget(self.tags_edit)
        self.form_layout.addWidget(details)
        self._loading = True
        self.tags_edit.set_tags(stored.tags)
        self._loading = False
        self._kept_tags = list(stored.tags)
        chain: list[QWidget] = [self.back_button, *self.banner.tab_stops(),
                                self.addition_kind, self.addition_text,
                                self.add_button, self.tags_edit,
                                *self.adjustment_links.buttons, self.undo_button,
                                self.redo_button, self.trash_button, self.save_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _time_limits(self) -> tuple[str, ...]:
        """The time limits on the person's own rights card, as a pointer beside the record."""
        vault = self.ctx.vault
        if vault is None:
            return ()
        card = card_for_region(chosen_region(vault.settings, vault.plans))
        for section in card.sections:
            if section.id == "time_limits":
                return section.points
        return ()

    def add_to_record(self) -> bool:
        """Save what is in the "add to this record" box, dated now. True when nothing is left."""
        if not self.kept or self.entry_id is None:
            return True
        text = self.addition_text.toPlainText()
        if not text.strip():
            return True
        try:
            self.journal.add_addition(self.entry_id, text, self.addition_kind.currentData())
            if self.key is not None:
                self.journal.discard_draft(self.key)
        except VaultError as exc:
            self.banner.show_message(exc.message, "error")
            return False
        self.dirty = False
        entry = self.journal.get(self.entry_id)
        assert self.template is not None  # set when the record was opened
        self._build_kept(self.template, entry)
        self.banner.show_message(self.tr("Added, with today's date."), "info")
        QTimer.singleShot(0, self.addition_text.setFocus)
        return True

    def _kept_payload(self) -> dict[str, Any]:
        assert self.entry_id is not None  # a kept record is always a saved one
        entry = self.journal.get(self.entry_id)
        payload = entry_to_payload(entry)
        payload["addition"] = {"kind": self.addition_kind.currentData(),
                               "text": self.addition_text.toPlainText()}
        return payload

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [self.back_button, *self.banner.tab_stops()]
        if self.template is not None and self.template.title_hint:
            chain.append(self.title_edit)
        for field in self._answer_fields:
            chain.extend(_focusable(field))
        chain.append(self.tags_edit)
        for field in self._detail_fields:
            chain.extend(_focusable(field))
        chain.extend(self.adjustment_links.buttons)
        chain += [self.undo_button, self.redo_button, self.trash_button, self.discard_button,
                  self.save_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _load(self, entry: Entry) -> None:
        self._loading = True
        try:
            self.title_edit.setText(entry.title)
            self.tags_edit.set_tags(entry.tags)
            values = dict(entry.fields)
            values[BODY_FIELD] = entry.body
            values[OCCURRED_FIELD] = entry.occurred_at
            values[PLAN_FIELD] = entry.plan_id
            known = set()
            for field in self._fields:
                known.add(field.spec.id)
                field.set_value(values.get(field.spec.id))
            # Answers the template no longer asks about are kept, never dropped.
            self._extra_fields = {k: v for k, v in entry.fields.items() if k not in known}
            if BODY_FIELD not in known and entry.body:
                self._extra_fields[BODY_FIELD] = entry.body
        finally:
            self._loading = False

    # -- reading back ------------------------------------------------------------

    def collect(self) -> Entry:
        """The entry as it stands on screen."""
        assert self.template is not None
        fields: dict[str, Any] = dict(self._extra_fields)
        body = str(fields.pop(BODY_FIELD, ""))
        occurred = None
        plan_id = None
        for field in self._fields:
            value = field.value()
            # Templates give these three fields only the kinds that hold these types.
            if field.spec.id == BODY_FIELD:
                body = value if isinstance(value, str) else ""
            elif field.spec.id == OCCURRED_FIELD:
                occurred = value if isinstance(value, datetime) else None
            elif field.spec.id == PLAN_FIELD:
                plan_id = value if isinstance(value, int) else None
            elif value not in (None, "", []):
                fields[field.spec.id] = value
        return Entry(
            kind=self.template.id,
            title=self.title_edit.text() if self.template.title_hint else "",
            body=body,
            fields=fields,
            tags=self.tags_edit.raw_tags(),
            occurred_at=occurred,
            plan_id=plan_id,
            id=self.entry_id,
        )

    def texts(self) -> list[str]:
        if self.kept:
            return [self.addition_text.toPlainText()]
        found = [self.title_edit.text()]
        for field in self._fields:
            value = field.value()
            if isinstance(value, str):
                found.append(value)
        return found

    # -- changes and drafts --------------------------------------------------------

    def _touched(self, *_args: object) -> None:
        if self._loading or self.key is None:
            return
        self.dirty = True
        self.status_label.setText("")
        self._autosave.start()
        self._counter.start()

    def _update_count(self) -> None:
        words = count_words(self.texts())
        self.count_label.setText(self.tr("%n words", "", words))

    def flush(self, report: bool = True) -> bool:
        """Write the draft now if anything changed. True when nothing is left unsaved.

        `report=False` when the caller has just said what went wrong itself."""
        self._autosave.stop()
        if not self.dirty or self.key is None or not self.ctx.is_unlocked:
            return not self.dirty
        try:
            payload = self._kept_payload() if self.kept else entry_to_payload(self.collect())
            self.journal.save_draft(self.key, payload, self.entry_id)
        except VaultError as exc:
            if report:
                self._show_error(exc, self.tr("Your latest changes could not be kept as a "
                                              "draft yet. They are still on screen."))
            return False
        self.dirty = False
        self.status_label.setText(self.tr("Draft kept"))
        return True

    def save(self) -> bool:
        if self.key is None:
            return False
        self._autosave.stop()
        if self.kept:
            return self._save_kept()
        entry = self.collect()
        try:
            if entry.id is None:
                stored = self.journal.add(entry, draft_key=self.key)
            else:
                stored = self.journal.update(entry, draft_key=self.key)
        except VaultError as exc:
            self._show_error(exc)
            # Kept as a draft when the vault still can; if not, the message above is the
            # one to hear (said twice, a screen reader would start it all over again).
            self.flush(report=False)
            return False
        assert stored.id is not None
        self.dirty = False
        self._forget()
        self.saved.emit(stored.id)
        return True

    def _show_error(self, exc: VaultError, lead: str = "") -> None:
        """A failed save: say why, keep every word on screen, and when the vault's folder
        has gone, offer to save a copy somewhere else."""
        show_save_error(self.banner, exc, self.save_copy, lead)

    def copy_text(self) -> str:
        """What is on screen as plain text: the heading, then each answer under its label."""
        assert self.template is not None
        shown = export_entry(self.collect(), self.template)
        lines = [shown.heading, ""]
        for item in shown.fields:
            lines += [f"{item.label}:", item.text, ""]
        if shown.tags:
            lines += [", ".join(shown.tags), ""]
        return "\n".join(lines)

    def save_copy(self) -> object:
        """Write what is on screen to a file the person chooses (a plain text file)."""
        if self.template is None:
            return None
        text = self.copy_text()
        return save_copy(self, self.banner, title=self.tr("Save a copy of this entry"),
                         file_name="journal-entry-copy.txt", pdf=False,
                         write=lambda path: write_text(path, text), retry=self.save_copy)

    def _save_kept(self) -> bool:
        """A kept record saves only new tags and anything waiting to be added."""
        entry_id = self.entry_id
        assert entry_id is not None
        if not self.add_to_record():
            return False
        try:
            if self.tags_edit.raw_tags() != self._kept_tags:
                self.journal.set_tags(entry_id, self.tags_edit.raw_tags())
            if self.key is not None:
                self.journal.discard_draft(self.key)
        except VaultError as exc:
            self.banner.show_message(exc.message, "error")
            return False
        self.dirty = False
        self._forget()
        self.saved.emit(entry_id)
        return True

    def close_editor(self) -> None:
        """Back to the list; unsaved writing stays as a draft to continue later."""
        if not self.flush():
            return  # the message is showing and the words are still here
        self._forget()
        self.closed.emit()

    def ask_discard(self) -> None:
        self.banner.show_message(
            self.tr("Discard this writing? It has not been saved and cannot be brought back."),
            "warning", action=(self.tr("Yes, discard it"), self.discard))

    def discard(self) -> None:
        if self.key is not None and self.ctx.is_unlocked:
            try:
                self.journal.discard_draft(self.key)
            except VaultError as exc:
                self.banner.show_message(exc.message, "error")
                return
        self.dirty = False
        self._forget()
        self.discarded.emit()

    def move_to_trash(self) -> None:
        if self.entry_id is None:
            return
        entry_id = self.entry_id
        try:
            if self.key is not None:
                self.journal.discard_draft(self.key)
            self.journal.delete(entry_id)
        except VaultError as exc:
            self.banner.show_message(exc.message, "error")
            return
        self.dirty = False
        self._forget()
        self.trashed.emit(entry_id)

    def clear(self) -> None:
        """Forget everything shown (after `flush`), e.g. when the vault locks."""
        self._forget()

    def _forget(self) -> None:
        self._autosave.stop()
        self._loading = True
        self.title_edit.clear()
        self.tags_edit.clear()
        for field in self._fields:
            field.set_value(None)
        self._loading = False
        self._extra_fields = {}
        if self.kept:
            self.addition_text.blockSignals(True)
            self.addition_text.clear()
            self.addition_text.blockSignals(False)
        self.kept = False
        self.key = None
        self.entry_id = None
        self.banner.dismiss()
        self.adjustment_links.clear()

    # -- undo and redo -------------------------------------------------------------

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, (QLineEdit, QPlainTextEdit)) and self.isAncestorOf(new):
            self._last_text = new

    def undo(self) -> None:
        if self._last_text is not None:
            self._last_text.undo()
            self._last_text.setFocus()

    def redo(self) -> None:
        if self._last_text is not None:
            self._last_text.redo()
            self._last_text.setFocus()


def _focusable(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and not w.objectName().startswith("qt_")
            and w.window() is root.window()]  # a combo box's popup is a window of its own

