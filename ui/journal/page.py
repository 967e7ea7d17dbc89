"""The Journal section: a timeline grouped by day, search, filters, editor, check-in, trash.

Privacy: nothing from an entry goes into window titles, notifications or settings.
Text being written is kept as a draft in the vault before any lock or quit.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from disclosure_helper.errors import VaultError
from disclosure_helper.journal import EntryQuery
from disclosure_helper.journal_model import CHECKIN, Draft
from disclosure_helper.ui import shortcuts
from disclosure_helper.ui.context import AppContext
from disclosure_helper.ui.journal.checkin import CheckInView
from disclosure_helper.ui.journal.editor import EntryEditor
from disclosure_helper.ui.journal.export import ExportDialog
from disclosure_helper.ui.journal.filters import FilterPanel
from disclosure_helper.ui.journal.look import day_and_time, discard_widget
from disclosure_helper.ui.journal.model import PAGE_SIZE, EntryListModel
from disclosure_helper.ui.journal.search import SearchField
from disclosure_helper.ui.journal.timeline import EntryList
from disclosure_helper.ui.journal.trash import TrashView
from disclosure_helper.ui.ops import Op, run_in_background
from disclosure_helper.ui.page import Page
from disclosure_helper.ui.widgets import (
    Card,
    CurrentPageStack,
    FlowRow,
    HeaderScroll,
    MessageBanner,
    ScrollScreen,
    SupportLine,
    button,
    label,
)

if TYPE_CHECKING:
    from disclosure_helper.journal import JournalRepository
    from disclosure_helper.templates import Template

MAX_DRAFTS_SHOWN = 3
# Beyond this many results, exporting "what the list shows" stops collecting ids.
MAX_EXPORT_SEARCH = 20_000


class TemplateChooser(QWidget):
    """'What would you like to write?' One button per template, with its description."""

    def __init__(self, page: JournalPage) -> None:
        super().__init__()
        self.page = page
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # Not `screen`, which would hide QWidget's own screen().
        self.scroll_screen = ScrollScreen(max_chars=64)
        outer.addWidget(self.scroll_screen)
        self.buttons: dict[str, QPushButton] = {}

    def rebuild(self, templates: list[Template]) -> None:
        column = self.scroll_screen.column
        while column.count():
            item = column.takeAt(0)
            if item is None:  # only when the layout is empty after all
                break
            widget = item.widget()
            if widget is not None:
                discard_widget(widget)
        self.buttons = {}
        self.back_button = button(self.tr("Back to the journal"), self.page.show_browse,
                                  role="link", accessible_name=self.tr("Back to the journal"))
        column.addWidget(self.back_button)
        column.addWidget(label(self.tr("What would you like to write?"), "title"))
        column.addWidget(label(self.tr("Pick a starting point. Every question is optional, and "
                                       "you can change the date later."), "hint"))
        for template in templates:
            card = Card()
            text = template.label if template.builtin else \
                self.tr("%1 (your template)").replace("%1", template.label)
            choose = button(text, partial(self.page.new_entry, template.id), role="primary",
                            accessible_name=text)
            choose.setAccessibleDescription(template.description)
            card.body.addWidget(choose, 0, Qt.AlignmentFlag.AlignLeft)
            if template.description:
                card.body.addWidget(label(template.description, "hint"))
            self.buttons[template.id] = choose
            column.addWidget(card)
        first = next(iter(self.buttons.values()), None)
        if first is not None:
            QWidget.setTabOrder(self.back_button, first)


class JournalPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._plans: dict[int, str] = {}
        self._search_generation = 0
        self._search_op: Op | None = None
        self._more_op: Op | None = None
        self._choices_op: Op | None = None
        self._searching = False
        self._after_load: list[Any] = []
        self.export_dialog: ExportDialog | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = CurrentPageStack()
        layout.addWidget(self.stack)

        self.browse = self._build_browse()
        self.editor = EntryEditor(ctx)
        self.checkin = CheckInView(ctx)
        self.trash = TrashView(ctx)
        self.chooser = TemplateChooser(self)
        for widget in (self.browse, self.editor, self.checkin, self.trash, self.chooser):
            self.stack.addWidget(widget)

        self.editor.closed.connect(self._editor_closed)
        self.editor.saved.connect(self._entry_saved)
        self.editor.trashed.connect(lambda entry_id: self._trashed([entry_id]))
        self.editor.discarded.connect(self._editor_closed)
        self.checkin.saved.connect(self._checkin_saved)
        self.checkin.closed.connect(self.show_browse)
        self.trash.closed.connect(self.show_browse)
        self.trash.changed.connect(self._trash_changed)

        for keys, action in (
            (shortcuts.JOURNAL_NEW, self.show_chooser),
            (shortcuts.JOURNAL_FIND, self.focus_search),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)
        ctx.appearance_changed.connect(self.list.viewport().update)

    # -- building ------------------------------------------------------------------

    def _build_browse(self) -> QWidget:
        browse = QWidget()
        page_layout = QVBoxLayout(browse)
        page_layout.setContentsMargins(32, 18, 32, 12)
        page_layout.setSpacing(10)
        # Everything above the list: it scrolls at large text so the list keeps its room.
        self.header = HeaderScroll()
        page_layout.addWidget(self.header)
        layout = self.header.column

        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(label(self.tr("Journal"), "title"), 1)
        actions = FlowRow(align_end=True)
        self.checkin_button = button(self.tr("Quick check-in"), self.show_checkin,
                                     tooltip=self.tr("Mood, energy and stress in about 20 "
                                                     "seconds"))
        self.new_button = button(self.tr("New entry"), self.show_chooser, role="primary",
                                 tooltip=self.tr("Write something new (Ctrl+N)"))
        actions.addWidget(self.checkin_button)
        actions.addWidget(self.new_button)
        top.addWidget(actions, 2)
        layout.addLayout(top)
        self.intro = label(self.tr("Only you can read this. Write after a hard shift, keep "
                                   "a factual record, or just check in."), "hint")
        layout.addWidget(self.intro)

        self.drafts_card = Card(self.tr("Unfinished writing"))
        self.drafts_box = QVBoxLayout()
        self.drafts_card.body.addLayout(self.drafts_box)
        self.drafts_card.hide()
        layout.addWidget(self.drafts_card)

        self.banner = MessageBanner(closable=True)
        layout.addWidget(self.banner)

        row = QHBoxLayout()
        row.setSpacing(10)
        self.search = SearchField()
        self.search.search_changed.connect(lambda _text: self.refresh())
        row.addWidget(self.search, 1)
        self.filters_button = button(self.tr("Filters"), self._toggle_filters)
        self.filters_button.setCheckable(True)
        self.filters_button.setAccessibleName(self.tr("Show filters"))
        self.export_button = button(self.tr("Export…"), self.show_export)
        self.trash_button = button(self.tr("Trash"), self.show_trash,
                                   accessible_name=self.tr("Open the trash"))
        tools = FlowRow(align_end=True)
        for widget in (self.filters_button, self.export_button, self.trash_button):
            tools.addWidget(widget)
        row.addWidget(tools)
        layout.addLayout(row)

        self.filters = FilterPanel()
        self.filters.hide()
        self.filters.changed.connect(self.refresh)
        layout.addWidget(self.filters)

        self.status = label("", "hint", live=True)
        layout.addWidget(self.status)

        self.model = EntryListModel(parent=self)
        self.model.plan_label = self.plan_label
        self.list = EntryList(self.model, self.tr("Journal entries"))
        self.list.entry_delegate.plan_label = self.plan_label
        self.list.open_requested.connect(self.open_entry)
        self.list.delete_requested.connect(self.delete_entries)
        # Any spare height in the header goes below its last line, not between lines.
        layout.addStretch(1)
        page_layout.addWidget(self.list, 1)

        self.empty = Card(self.tr("Nothing here yet"),
                          self.tr("Your journal is private and stays on this device. A quick "
                                  "check-in takes about twenty seconds; after a hard shift, "
                                  "there is a gentle set of questions to help you set the day "
                                  "down."))
        self.empty.hide()
        page_layout.addWidget(self.empty)
        page_layout.addStretch(0)
        # One quiet line under the list, so the list keeps its room at large text.
        self.support = SupportLine(compact=True)
        page_layout.addWidget(self.support)
        return browse

    # -- the Page contract ---------------------------------------------------------------

    @property
    def journal(self) -> JournalRepository:
        assert self.ctx.vault is not None
        return self.ctx.vault.journal

    def on_unlocked(self) -> None:
        self.support.refresh(self.ctx)
        self.reload_choices()
        self.show_browse()
        self.refresh()
        self.refresh_drafts()

    def on_about_to_lock(self) -> None:
        """Keep anything typed as a draft, then forget everything on screen."""
        if self.editor.is_open:
            self.editor.flush()
        if self.checkin.has_input() and self.ctx.is_unlocked:
            try:
                self.journal.save_checkin_draft(self.checkin.note.text(),
                                                self.checkin.values())
            except VaultError:
                pass  # locking must go on; the check-in is three numbers and a line
        self._stop_list_work()
        self.editor.clear()
        self.checkin.reset()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.filters.clear()
        self.model.clear()
        self.trash.model.clear()
        self.banner.dismiss()
        self._clear_drafts()
        self.stack.setCurrentWidget(self.browse)
        if self.export_dialog is not None:
            self.export_dialog.reject()

    def open_with(self, **kwargs: Any) -> None:
        """`entry_id=` opens an entry; `new=<template>` starts one (with `plan_id=` linked);
        `plan_id=` alone shows the entries linked to that plan; `search=` searches."""
        if not self.ctx.is_unlocked:
            return
        if "entry_id" in kwargs:
            self.open_entry(int(kwargs["entry_id"]))
        elif "new" in kwargs:
            self.new_entry(str(kwargs["new"]), plan_id=kwargs.get("plan_id"))
        elif "plan_id" in kwargs:
            self.show_browse()
            self.filters.show()
            self.filters_button.setChecked(True)
            self.filters.plan.setCurrentIndex(max(0, self.filters.plan.findData(
                kwargs["plan_id"])))
        elif "search" in kwargs:
            self.show_browse()
            self.search.setText(str(kwargs["search"]))
            self.search.search_now()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        # Leaving the section keeps the editor as it is, with its words safe in a draft.
        if self.editor.is_open and self.ctx.is_unlocked:
            self.editor.flush()
        super().hideEvent(event)

    # -- choices shared by filters and the editor ----------------------------------------

    def reload_choices(self) -> None:
        if not self.ctx.is_unlocked:
            return
        journal = self.journal
        try:
            self._plans = {p.id: p.title for p in self.ctx.require_vault().plans.summaries()}
        except VaultError:
            self._plans = {}
        plans = list(self._plans.items())
        templates = journal.templates()
        self.editor.set_plans(plans)
        self.chooser.rebuild(templates)
        self.model.kind_label = self.kind_label
        kinds = [(t.id, t.label) for t in templates]
        # Counting tags reads every entry's tags: with years of entries that takes longer
        # than a frame, so it runs in the background and the lists fill in when it ends.
        if self._choices_op is not None:
            self._choices_op.cancel()

        def done(tags: list[str]) -> None:
            if self.ctx.is_unlocked:
                self.filters.set_options(kinds, tags, plans)
                self.editor.set_known_tags(tags)

        self._choices_op = run_in_background(
            self, lambda: [t.name for t in journal.tags()], done, lambda _exc: None)

    def kind_label(self, kind: str) -> str:
        template = self.journal.template(kind) if self.ctx.is_unlocked else None
        return template.label if template is not None else self.tr("Entry")

    def plan_label(self, plan_id: int) -> str:
        title = self._plans.get(plan_id)
        if title is None:
            return self.tr("Linked to a plan that was deleted")
        return self.tr("Plan: %1").replace("%1", title or self.tr("Untitled plan"))

    # -- views -------------------------------------------------------------------------

    def show_browse(self) -> None:
        self.stack.setCurrentWidget(self.browse)

    def show_chooser(self) -> None:
        if not self.ctx.is_unlocked:
            return
        if self.editor.is_open:
            self.stack.setCurrentWidget(self.editor)
            self.banner.show_message(self.tr("Finish or close this entry first."))
            return
        self.stack.setCurrentWidget(self.chooser)
        first = next(iter(self.chooser.buttons.values()), None)
        if first is not None:
            first.setFocus()

    def show_checkin(self) -> None:
        if not self.ctx.is_unlocked:
            return
        self.stack.setCurrentWidget(self.checkin)
        self.checkin.start()

    def show_trash(self) -> None:
        if not self.ctx.is_unlocked:
            return
        self.trash.reload()
        self.stack.setCurrentWidget(self.trash)
        self.trash.back_button.setFocus()

    def focus_search(self) -> None:
        if self.stack.currentWidget() is self.editor:
            self.editor.close_editor()
        self.show_browse()
        self.search.setFocus()
        self.search.selectAll()

    def _toggle_filters(self) -> None:
        shown = self.filters_button.isChecked()
        self.filters.setVisible(shown)
        self.filters_button.setAccessibleName(
            self.tr("Hide filters") if shown else self.tr("Show filters"))
        if shown:
            self.filters.kind.setFocus()

    # -- entries -------------------------------------------------------------------------

    def new_entry(self, template_id: str, plan_id: int | None = None) -> None:
        if not self.ctx.is_unlocked:
            return
        if template_id == CHECKIN:
            self.show_checkin()
            return
        self.editor.start_new(template_id, plan_id=plan_id)
        self.stack.setCurrentWidget(self.editor)

    def open_entry(self, entry_id: int) -> None:
        try:
            self.editor.open_entry(entry_id)
        except VaultError as exc:
            self.banner.show_message(exc.message, "error")
            self.refresh()
            return
        self.stack.setCurrentWidget(self.editor)

    def open_draft(self, draft: Draft) -> None:
        self.editor.open_draft(draft)
        self.stack.setCurrentWidget(self.editor)

    def _editor_closed(self) -> None:
        self.show_browse()
        self.refresh_drafts()
        self.list.setFocus()

    def _entry_saved(self, entry_id: int) -> None:
        self.show_browse()
        self.reload_choices()
        searching = self.search.text().strip() != ""
        self.refresh(then=None if searching else lambda: self.list.select_entry(entry_id))
        self.refresh_drafts()
        self.banner.show_message(self.tr("Saved."))
        self.list.setFocus()

    def _checkin_saved(self, _entry_id: int) -> None:
        self.show_browse()
        self.refresh()
        self.banner.show_message(self.tr("Check-in saved. Thank you for checking in with "
                                         "yourself."))
        self.list.setFocus()

    def delete_entries(self, ids: list[int]) -> None:
        try:
            self.journal.delete_many(ids)
        except VaultError as exc:
            self.banner.show_message(exc.message, "error")
            return
        self._trashed(ids)

    def _trashed(self, ids: list[int]) -> None:
        self.show_browse()
        self.reload_choices()
        self.refresh()
        self.refresh_drafts()
        self.banner.show_message(
            self.tr("Moved %n entries to the trash.", "", len(ids)),
            action=(self.tr("Undo"), lambda: self.undo_delete(ids)))
        self.list.setFocus()

    def _trash_changed(self) -> None:
        self.refresh()
        # An earlier "Moved to the trash. Undo" no longer matches what is in the trash.
        self.banner.dismiss()

    def undo_delete(self, ids: list[int]) -> None:
        try:
            for entry_id in ids:
                self.journal.restore(entry_id)
        except VaultError as exc:
            self.banner.show_message(exc.message, "error")
            return
        self.reload_choices()
        self.refresh()
        self.banner.show_message(self.tr("The %n entries are back.", "", len(ids)))

    # -- the list: timeline or search -----------------------------------------------------

    def query(self) -> EntryQuery:
        return self.filters.query()

    def refresh(self, then: Any = None) -> None:
        """Show the timeline or the search results for what is typed and filtered.

        The reading runs off the GUI thread; a load still running is stopped, since its
        rows would be replaced anyway. `then()` runs once the new rows are shown.
        """
        if not self.ctx.is_unlocked:
            return
        if then is not None:
            self._after_load.append(then)
        text = self.search.text()
        query = self.query()
        self.filters_button.setText(self.tr("Filters (on)") if self.filters.is_active()
                                    else self.tr("Filters"))
        if text.strip():
            self._start_search(text, query)
        else:
            self._start_timeline(query)

    def _stop_list_work(self) -> int:
        """Stop any list reading in progress; returns the generation for the next one."""
        self._search_generation += 1
        self._searching = False
        for op in (self._search_op, self._more_op):
            if op is not None:
                op.cancel()
        self._search_op = self._more_op = None
        return self._search_generation

    def _run_page_read(self, work: Any, done: Any) -> Op:
        """The list model's runner: its next page is read on the vault worker."""
        self._more_op = run_in_background(self, work, done, lambda _exc: done(None))
        return self._more_op

    def _start_list_load(self, work: Any, show: Any) -> None:
        generation = self._stop_list_work()
        self._searching = True

        def done(result: Any) -> None:
            if generation != self._search_generation or not self.ctx.is_unlocked:
                return
            self._searching = False
            show(result)
            waiting, self._after_load = self._after_load, []
            for then in waiting:
                then()

        def failed(_exc: Exception) -> None:
            if generation != self._search_generation:
                return
            self._searching = False
            self._after_load = []
            self.model.clear()
            self.status.setText(self.tr("The list could not be read just now. Please try "
                                        "again."))

        self._search_op = run_in_background(self, work, done, failed)

    def _start_timeline(self, query: EntryQuery) -> None:
        journal = self.journal
        filtered = self.filters.is_active()

        def work() -> tuple[int, list, int]:
            total = journal.count(query)
            first = journal.page(query, 0, PAGE_SIZE)
            return total, first, journal.count() if filtered else total

        def show(result: tuple[int, list, int]) -> None:
            total, first, everything = result
            self.model.set_source(
                lambda offset, limit: journal.page(query, offset, limit), total, first,
                fetch_after=lambda last, limit: journal.page(query, limit=limit, after=last),
                refetch=journal.summaries, runner=self._run_page_read)
            self.empty.setVisible(everything == 0)
            self.list.setVisible(everything > 0)
            # Once there is writing, the list gets the room (large text needs every line).
            self.intro.setVisible(everything == 0)
            if filtered:
                self.status.setText(self.tr("%n entries match your filters.", "", total))
            else:
                self.status.setText(self.tr("%n entries, newest first.", "", total))

        self._start_list_load(work, show)

    def _start_search(self, text: str, query: EntryQuery) -> None:
        """Search off the GUI thread; a search still running for older text is stopped."""
        journal = self.journal
        self.status.setText(self.tr("Searching…"))

        def work() -> tuple[int, list]:
            first = journal.search(text, query, limit=PAGE_SIZE, order="newest")
            # A short first page is every hit: no need to count them again.
            total = len(first) if len(first) < PAGE_SIZE else journal.search_count(text, query)
            return total, first

        def show(result: tuple[int, list]) -> None:
            total, first = result
            self.model.set_source(
                lambda offset, limit: journal.search(text, query, limit=limit, offset=offset,
                                                     order="newest"),
                total, first,
                fetch_after=lambda last, limit: journal.search(
                    text, query, limit=limit, order="newest", after=last),
                refetch=lambda ids: journal.search_hits(text, ids),
                runner=self._run_page_read)
            self.empty.hide()
            self.list.show()
            if total:
                self.status.setText(self.tr("%n entries hold these words.", "", total))
            else:
                self.status.setText(self.tr("Nothing found. Try fewer words, or check the "
                                            "filters."))

        self._start_list_load(work, show)

    @property
    def is_searching(self) -> bool:
        """True while the list is being read (the timeline, or search results)."""
        return self._searching

    @property
    def is_loading(self) -> bool:
        return self._searching

    def shown_ids(self) -> list[int]:
        """Every entry the list shows (all pages), for "export what I see"."""
        return self.shown_ids_reader()()

    def shown_ids_reader(self) -> Any:
        """A function giving every entry the list shows now; safe to call off the GUI
        thread (what is typed and filtered is read here, on the GUI thread)."""
        journal = self.journal
        text, query = self.search.text(), self.query()
        if not text.strip():
            return lambda: journal.ids(query)
        return lambda: journal.search_ids(text, query, limit=MAX_EXPORT_SEARCH)

    # -- drafts ---------------------------------------------------------------------------

    def _clear_drafts(self) -> None:
        while self.drafts_box.count():
            item = self.drafts_box.takeAt(0)
            if item is None:  # only when the layout is empty after all
                break
            widget, inner = item.widget(), item.layout()
            if widget is not None:
                discard_widget(widget)
            elif inner is not None:
                _clear_layout(inner)
        self.drafts_card.hide()

    def refresh_drafts(self) -> None:
        """Offer back any writing that was not saved (after a lock, a quit or a crash)."""
        self._clear_drafts()
        if not self.ctx.is_unlocked:
            return
        current = self.editor.key
        drafts = [d for d in self.journal.drafts() if d.key != current]
        if not drafts:
            return
        for draft in drafts[:MAX_DRAFTS_SHOWN]:
            row = QVBoxLayout()
            row.setSpacing(6)
            kind = self.kind_label(str(draft.payload.get("kind") or ""))
            text = self.tr("%1, last changed %2").replace("%1", kind).replace(
                "%2", day_and_time(draft.updated))
            if draft.entry_id is not None:
                text = self.tr("Changes to an entry: %1").replace("%1", text)
            row.addWidget(label(text))
            go = button(self.tr("Continue writing"), partial(self.open_draft, draft),
                        role="primary", accessible_name=self.tr("Continue writing: %1")
                        .replace("%1", text))
            drop = button(self.tr("Discard"), partial(self._discard_draft, draft),
                          accessible_name=self.tr("Discard: %1").replace("%1", text))
            buttons = FlowRow()
            buttons.addWidget(go)
            buttons.addWidget(drop)
            row.addWidget(buttons)
            self.drafts_box.addLayout(row)
        if len(drafts) > MAX_DRAFTS_SHOWN:
            self.drafts_box.addWidget(label(
                self.tr("And %n more.", "", len(drafts) - MAX_DRAFTS_SHOWN), "hint"))
        self.drafts_card.show()

    def _discard_draft(self, draft: Draft) -> None:
        self.banner.show_message(
            self.tr("Discard this unfinished writing? It cannot be brought back."), "warning",
            action=(self.tr("Yes, discard it"), lambda: self._really_discard(draft)))

    def _really_discard(self, draft: Draft) -> None:
        try:
            self.journal.discard_draft(draft.key)
        except VaultError as exc:
            self.banner.show_message(exc.message, "error")
            return
        self.banner.dismiss()
        self.refresh_drafts()

    # -- export -------------------------------------------------------------------------

    def show_export(self) -> None:
        if not self.ctx.is_unlocked:
            return
        self.export_dialog = ExportDialog(self.ctx, self.list.selected_ids(),
                                          self.shown_ids_reader(), parent=self)
        self.export_dialog.finished.connect(self._export_closed)
        self.export_dialog.open()

    def _export_closed(self, _result: int) -> None:
        if self.export_dialog is not None:
            self.export_dialog.deleteLater()
            self.export_dialog = None


def _clear_layout(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item is None:  # only when the layout is empty after all
            break
        widget = item.widget()
        if widget is not None:
            discard_widget(widget)
