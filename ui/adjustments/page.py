"""The My adjustments section: what helps me work, where each change stands, its history,
the passport's own-words parts, fresh looks when they are due, and exports on request.

This page owns saving what is typed here: words are written to the vault about a second
after the last key, and always before another view or section shows, and before the
vault locks. Nothing personal goes into titles, logs or settings.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from disclosure_helper.adjustments import AdjustmentsRepository
from disclosure_helper.adjustments_model import (
    Adjustment,
    AdjustmentNotFound,
    ChangeKind,
    Passport,
    PassportField,
    Status,
    StatusChange,
)
from disclosure_helper.adjustments_session import (
    AdjustmentsSession,
    drop_stashed_session,
    stash_session,
    stashed_session,
)
from disclosure_helper.changes import ADJUSTMENTS, JOURNAL, PLANS, Changes
from disclosure_helper.errors import VaultError
from disclosure_helper.journal_model import INCIDENT
from disclosure_helper.ui import options
from disclosure_helper.ui.adjustments.dialogs import (
    AddDialog,
    ChangeDialog,
    ChangeValues,
    FromPlanDialog,
    ReviewDialog,
)
from disclosure_helper.ui.adjustments.export_dialog import AdjustmentsExportDialog
from disclosure_helper.ui.adjustments.fields import NotesBox, content, format_day, status_label
from disclosure_helper.ui.adjustments.together import (
    AdjustmentsTogetherView,
    TogetherStartDialog,
)
from disclosure_helper.ui.context import AppContext
from disclosure_helper.ui.page import Page
from disclosure_helper.ui.widgets import (
    Card,
    FlowRow,
    MessageBanner,
    ScrollScreen,
    button,
    field_group,
    label,
    set_role,
)

# A fixed context: tr() on another object would look the words up under its class.
translate = QCoreApplication.translate

SAVE_DELAY_MS = 800
MAX_ENTRIES_OFFERED = 50


def confirm_delete(parent: QWidget, what: str) -> bool:
    """Ask before deleting; says plainly that it cannot be undone. Tests replace this."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("AdjustmentsPage", "Delete this change?"))
    box.setText(translate("AdjustmentsPage", "Delete \u201c%1\u201d from My adjustments?")
                .replace("%1", what))
    box.setInformativeText(translate("AdjustmentsPage",
        "Its history goes with it. Your plans and journal entries stay as they are. "
        "This cannot be undone."))
    delete = box.addButton(translate("AdjustmentsPage", "Delete"),
                           QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(translate("AdjustmentsPage", "Keep it"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is delete


def _plan_summaries(vault: Any) -> list[Any]:
    return list(vault.plans.summaries())


def plan_choices(vault: Any) -> list[tuple[int, str]]:
    """Every plan as (id, title), most recently changed first."""
    return [(summary.id, summary.title) for summary in _plan_summaries(vault)]


def letter_region(ctx: AppContext) -> str | None:
    """Where the person said they live, else the country of their latest plan."""
    region = options.COUNTRY.get(ctx)
    vault = ctx.require_vault()
    if isinstance(region, str) and region:
        return region
    summaries = _plan_summaries(vault)
    return summaries[0].region if summaries else None


def status_line(adjustment: Adjustment) -> str:
    return content().passport.status(adjustment.status).line.format(
        date=format_day(adjustment.status_on))


# -- the list -----------------------------------------------------------------------------


class AdjustmentCard(Card):
    """One change: what it is, where it stands, when to look again, and Open."""

    def __init__(self, adjustment: Adjustment, today: date, parent: QWidget | None = None) -> None:
        super().__init__(adjustment.label, parent=parent, title_role="subheading")
        self.setObjectName(f"adjustment_{adjustment.id}")
        self.adjustment_id = adjustment.id
        self.body.setContentsMargins(18, 14, 18, 14)
        self.body.setSpacing(6)
        # Where it stands on the left, Open on the right: one card stays a few lines tall.
        row = QHBoxLayout()
        row.setSpacing(12)
        left = QVBoxLayout()
        left.setSpacing(6)
        self.status = label(status_line(adjustment))
        left.addWidget(self.status)
        self.badge = None
        if adjustment.due_for_review(today):
            self.badge = label(self.tr("Time to look at this again"), "banner-warning")
            badge_row = QHBoxLayout()
            badge_row.addWidget(self.badge)
            badge_row.addStretch(1)
            left.addLayout(badge_row)
        elif adjustment.review_on:
            left.addWidget(label(self.tr("Look again on %1").replace(
                "%1", format_day(adjustment.review_on)), "hint"))
        row.addLayout(left, 1)
        self.open_button = button(self.tr("Open"), role="primary",
                                  accessible_name=self.tr("Open %1").replace(
                                      "%1", adjustment.label))
        row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.body.addLayout(row)


class PassportForm(QWidget):
    """The passport's parts in the person's own words; every one optional."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        self.boxes: dict[str, QLineEdit | NotesBox] = {}
        for field in content().passport.fields:
            box: QLineEdit | NotesBox
            if field.id in (PassportField.NAME.value, PassportField.JOB.value,
                            PassportField.MANAGER.value):
                box = QLineEdit()
                box.setAccessibleName(field.label)
            else:
                box = NotesBox(field.label)
            box.setAccessibleDescription(field.help)
            box.setObjectName(f"passport_{field.id}")
            self.boxes[field.id] = box
            layout.addWidget(field_group(field.label, box, hint=field.help))

    def text(self, field_id: str) -> str:
        box = self.boxes[field_id]
        return box.text() if isinstance(box, QLineEdit) else box.toPlainText()

    def show_passport(self, passport: Passport) -> None:
        for field_id, box in self.boxes.items():
            value = passport.get(field_id)
            if self.text(field_id) == value:
                continue
            box.blockSignals(True)
            if isinstance(box, QLineEdit):
                box.setText(value)
            else:
                box.setPlainText(value)
            box.blockSignals(False)

    def apply(self, passport: Passport) -> Passport:
        for field_id in self.boxes:
            passport.set(field_id, self.text(field_id))
        return passport

    def clear(self) -> None:
        for field_id, box in self.boxes.items():
            # Empty boxes are left alone: clearing one still tells a screen reader that
            # its text changed, right as the unlock screen takes the passphrase.
            if not self.text(field_id):
                continue
            box.blockSignals(True)
            box.clear()
            box.blockSignals(False)


class ResumeCard(Card):
    """Offers back a session together that a lock interrupted (hidden until there is one);
    the list and a change's own view both show it."""

    def __init__(self) -> None:
        super().__init__(translate("ResumeCard", "A session together was interrupted"),
                         translate("ResumeCard",
            "The app locked while you were looking at this with someone. Nothing from "
            "that session has been kept yet. You can carry on where you left off, or let "
            "it go."))
        set_role(self, "banner-info")
        row = FlowRow()
        self.resume_button = button(translate("ResumeCard", "Carry on together"),
                                    role="primary")
        self.let_go_button = button(
            translate("ResumeCard", "Let it go"),
            accessible_name=translate("ResumeCard", "Let the interrupted session go"))
        row.addWidget(self.resume_button)
        row.addWidget(self.let_go_button)
        self.body.addWidget(row)
        self.hide()


class ListView(ScrollScreen):
    """Everything in My adjustments at a glance."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, max_chars=76)
        self.setObjectName("adjustmentsList")
        text = content()
        self.column.addWidget(label(text.passport.title, "title"))
        self.column.addWidget(label(text.passport.intro))
        self.due_banner = MessageBanner()
        self.column.addWidget(self.due_banner)
        self.message = MessageBanner(closable=True)
        self.column.addWidget(self.message)
        self.resume_card = ResumeCard()
        self.resume_button = self.resume_card.resume_button
        self.let_go_button = self.resume_card.let_go_button
        self.column.addWidget(self.resume_card)
        actions = FlowRow()
        self.add_button = button(self.tr("Add something that helps\u2026"), role="primary")
        self.from_plan_button = button(self.tr("Add from a plan\u2026"),
                                       accessible_name=self.tr("Add needs from a plan"))
        self.export_button = button(self.tr("Make a passport or a letter\u2026"),
                                    accessible_name=self.tr(
                                        "Make a passport, a request letter or a checklist"))
        self.together_button = button(self.tr("Look at it together…"),
                                      accessible_name=self.tr(
                                          "Look at My adjustments together with a supporter"))
        for widget in (self.add_button, self.from_plan_button, self.export_button,
                       self.together_button):
            actions.addWidget(widget)
        self.column.addWidget(actions)
        self.column.addWidget(label(self.tr("What helps me work"), "heading"))
        self.items = QVBoxLayout()
        self.items.setSpacing(12)
        self.column.addLayout(self.items)
        self.cards: list[AdjustmentCard] = []

        self.column.addWidget(label(text.passport.own_words, "heading"))
        self.column.addWidget(label(self.tr(
            "Every part is optional. What you write here stays in this app unless you "
            "choose to put it in a passport or a letter."), "hint"))
        self.form = PassportForm()
        self.column.addWidget(self.form)

        self.review_card = Card(self.tr("Looking at it again"), text.review.intro.text)
        self.review_when = label(role="hint")
        self.review_card.body.addWidget(self.review_when)
        self.reason = QComboBox()
        for reason in text.review.reasons:
            if reason.id != "six_months":
                self.reason.addItem(reason.label, reason.id)
        self.review_card.body.addWidget(field_group(self.tr("Has something changed?"),
                                                    self.reason))
        row = FlowRow()
        self.changed_button = button(self.tr("Mark it for a fresh look"),
                                     accessible_name=self.tr(
                                         "Mark everything in place for a fresh look"))
        self.reviewed_button = button(self.tr("I looked at it all\u2026"),
                                      accessible_name=self.tr(
                                          "I have looked at my adjustments again"))
        row.addWidget(self.changed_button)
        row.addWidget(self.reviewed_button)
        self.review_card.body.addWidget(row)
        self.column.addWidget(self.review_card)

    def set_adjustments(self, adjustments: list[Adjustment], today: date) -> None:
        self.clear_items()
        if not adjustments:
            self.items.addWidget(Card(self.tr("Nothing here yet"), self.tr(
                "Start with something that helps you, or bring over the needs you picked in "
                "a plan. An idea is a fine place to start.")))
        for adjustment in adjustments:
            card = AdjustmentCard(adjustment, today)
            self.items.addWidget(card)
            self.cards.append(card)
        # Cards are made after the form below them: Tab must still meet them in the
        # order they are shown.
        chain: list[QWidget] = [self.together_button, *(c.open_button for c in self.cards),
                                next(iter(self.form.boxes.values()))]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def clear_items(self) -> None:
        while self.items.count():
            item = self.items.takeAt(0)
            if item is None:  # only when the layout is empty after all
                break
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.cards = []


# -- one change ---------------------------------------------------------------------------------


class DetailView(ScrollScreen):
    """One change: its words, where it stands, its history and links."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, max_chars=76)
        self.setObjectName("adjustmentDetail")
        self.adjustment: Adjustment | None = None
        details = content().passport.details
        row = QHBoxLayout()
        self.back_button = button(self.tr("Back to My adjustments"), role="link",
                                  accessible_name=self.tr("Back to My adjustments"))
        row.addWidget(self.back_button)
        row.addStretch(1)
        self.column.addLayout(row)
        self.title = label(role="title")
        self.column.addWidget(self.title)
        self.status = label()
        self.review = label(role="hint")
        self.plan = label(role="hint")
        for widget in (self.status, self.review, self.plan):
            self.column.addWidget(widget)
        self.message = MessageBanner(closable=True)
        self.column.addWidget(self.message)
        self.resume_card = ResumeCard()
        self.resume_button = self.resume_card.resume_button
        self.let_go_button = self.resume_card.let_go_button
        self.column.addWidget(self.resume_card)
        actions = FlowRow()
        self.change_button = button(self.tr("Note where it stands\u2026"), role="primary")
        self.review_button = button(self.tr("Look at it again\u2026"))
        self.delete_button = button(self.tr("Delete\u2026"),
                                    accessible_name=self.tr("Delete this change"))
        for action in (self.change_button, self.review_button, self.delete_button):
            actions.addWidget(action)
        self.column.addWidget(actions)
        self.details = NotesBox(details["need_details"], lines=3)
        self.details.setObjectName("adjustmentDetails")
        self.helps = NotesBox(details["need_helps"], lines=3)
        self.helps.setObjectName("adjustmentHelps")
        self.column.addWidget(field_group(details["need_details"], self.details))
        self.column.addWidget(field_group(details["need_helps"], self.helps))
        self.column.addWidget(label(self.tr("How things have gone"), "heading"))
        self.history_area = QVBoxLayout()
        self.history_area.setSpacing(10)
        self.column.addLayout(self.history_area)
        self.history_rows: list[QWidget] = []
        self.entries_heading = label(self.tr("In my journal"), "heading")
        self.column.addWidget(self.entries_heading)
        self.entries_area = FlowRow()
        self.column.addWidget(self.entries_area)
        self.entry_buttons: list[QWidget] = []

    def show_adjustment(self, adjustment: Adjustment, history: list[StatusChange],
                        plan_title: str | None, entries: list[tuple[int, bool]],
                        today: date) -> None:
        same = self.adjustment is not None and self.adjustment.id == adjustment.id
        self.adjustment = adjustment
        self.title.setText(adjustment.label)
        self.status.setText(status_line(adjustment))
        if adjustment.due_for_review(today):
            self.review.setText(self.tr("It is time to look at this again."))
            set_role(self.review, "banner-warning")
        elif adjustment.review_on:
            self.review.setText(self.tr("Look again on %1").replace(
                "%1", format_day(adjustment.review_on)))
            set_role(self.review, "hint")
        else:
            self.review.setText("")
            set_role(self.review, "hint")
        self.review.setVisible(bool(self.review.text()))
        details = content().passport.details
        if adjustment.plan_id is None:
            self.plan.setText("")
        else:
            self.plan.setText(f"{details['plan']}: {plan_title}" if plan_title
                              else details["plan_gone"])
        self.plan.setVisible(bool(self.plan.text()))
        # Shown, not typed: no save is started. A box being typed in keeps its words.
        for box, value in ((self.details, adjustment.details), (self.helps, adjustment.helps)):
            if (not same or not box.hasFocus()) and box.toPlainText() != value:
                box.blockSignals(True)
                box.setPlainText(value)
                box.blockSignals(False)
        self._show_history(history)
        self._show_entries(entries)

    def _show_history(self, history: list[StatusChange]) -> None:
        for widget in self.history_rows:
            widget.hide()
            widget.deleteLater()
        self.history_rows = []
        details = content().passport.details
        # Newest first: what matters now sits at the top.
        for change in reversed(history):
            card = Card()
            card.body.setContentsMargins(16, 10, 16, 10)
            card.body.setSpacing(4)
            what = (details["review"] if change.kind is ChangeKind.REVIEW
                    else status_label(change.status))
            card.body.addWidget(label(f"{format_day(change.happened_on)}: {what}",
                                      "subheading", heading=True))
            whom = details.get(f"whom_{change.status.value}", details["whom"])
            for name, value in ((whom, change.whom), (details["how"], change.how),
                                (details["reason"], change.reason),
                                (details["note"], change.note)):
                if value.strip():
                    card.body.addWidget(label(f"{name}: {value}", selectable=True))
            if change.review_on:
                card.body.addWidget(label(f"{details['review_on']}: "
                                          f"{format_day(change.review_on)}", "hint"))
            if change.entry_id is not None:
                card.body.addWidget(label(details["entry"], "hint"))
            card.setAccessibleName(self.tr("History"))
            self.history_area.addWidget(card)
            self.history_rows.append(card)

    def _show_entries(self, entries: list[tuple[int, bool]]) -> None:
        for widget in self.entry_buttons:
            widget.hide()
            widget.deleteLater()
        self.entry_buttons = []
        self.entries_heading.setVisible(bool(entries))
        self.entries_area.setVisible(bool(entries))
        for number, (entry_id, in_trash) in enumerate(entries, 1):
            text = (self.tr("Open linked journal entry %1").replace("%1", str(number))
                    if not in_trash else
                    self.tr("Linked journal entry %1 (in the trash)").replace("%1", str(number)))
            widget = button(text)
            widget.setProperty("entry_id", entry_id)
            widget.setEnabled(not in_trash)
            self.entries_area.addWidget(widget)
            self.entry_buttons.append(widget)

    def typed(self) -> tuple[str, str]:
        return self.details.toPlainText(), self.helps.toPlainText()

    def clear(self) -> None:
        self.adjustment = None
        self.title.clear()
        for box in (self.details, self.helps):
            if box.toPlainText():
                box.clear()
        self._show_history([])
        self._show_entries([])


# -- the page ---------------------------------------------------------------------------------


class AdjustmentsPage(Page):
    """My adjustments: the list and one change, with saving and exports."""

    # A change can cite a plan or a journal entry; Together can keep changes here.
    shows = frozenset({ADJUSTMENTS, PLANS, JOURNAL})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)
        self.list_view = ListView()
        self.detail = DetailView()
        self.stack.addWidget(self.list_view)
        self.stack.addWidget(self.detail)
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(SAVE_DELAY_MS)
        self.save_timer.timeout.connect(self.save_now)
        self._passport_dirty = False
        self._detail_dirty = False
        self.dialog: Any = None
        self.together: AdjustmentsTogetherView | None = None

        lv = self.list_view
        lv.add_button.clicked.connect(self.add_adjustment)
        lv.from_plan_button.clicked.connect(self.add_from_plan)
        lv.export_button.clicked.connect(self.open_export)
        lv.together_button.clicked.connect(self.start_together)
        lv.resume_button.clicked.connect(self.resume_together)
        lv.let_go_button.clicked.connect(self.let_go_of_stash)
        lv.changed_button.clicked.connect(self.something_changed)
        lv.reviewed_button.clicked.connect(self.review_passport)
        for box in lv.form.boxes.values():
            box.textChanged.connect(self._passport_typed)
        d = self.detail
        d.back_button.clicked.connect(self.show_list)
        d.change_button.clicked.connect(self.note_change)
        d.review_button.clicked.connect(self.review_adjustment)
        d.delete_button.clicked.connect(self.delete_adjustment)
        d.details.textChanged.connect(self._detail_typed)
        d.helps.textChanged.connect(self._detail_typed)

    # -- vault ---------------------------------------------------------------------------

    @property
    def repo(self) -> AdjustmentsRepository:
        assert self.ctx.vault is not None
        return self.ctx.vault.adjustments

    def today(self) -> date:
        return date.today()

    # -- showing ---------------------------------------------------------------------------

    def on_unlocked(self) -> None:
        self.show_list()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        if self.ctx.is_unlocked:
            self.save_now()
        super().hideEvent(event)

    def on_about_to_lock(self) -> None:
        self.save_now()
        if self.together is not None:
            # Nothing staged with a supporter is kept without the person saying so, and
            # nothing is lost either: an unfinished session waits, encrypted, in the vault.
            session = self.together.session
            if not session.finished and not session.summary().is_empty:
                vault = self.ctx.vault
                assert vault is not None  # a session was open, so was the vault
                try:
                    stash_session(vault.settings, session)
                except VaultError:
                    pass  # the lock goes ahead; the session could not be kept
            self.together.abandon()
            self.ctx.end_focus_view()
            self.together.deleteLater()
            self.together = None
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None
        self.list_view.form.clear()
        self.list_view.resume_card.hide()
        self.list_view.clear_items()
        self.list_view.due_banner.dismiss()
        self.list_view.message.dismiss()
        self.detail.clear()
        self.stack.setCurrentWidget(self.list_view)

    def open_with(self, **kwargs: Any) -> None:
        if not self.ctx.is_unlocked:
            return
        if "adjustment_id" in kwargs:
            self.open_adjustment(int(kwargs["adjustment_id"]))
        elif kwargs.get("together"):
            self.show_list()
            self.start_together()
        else:
            self.show_list()

    def refresh(self, changes: Changes | None = None) -> None:
        """Show what the vault holds now, after a change made elsewhere (Together, a plan
        or an entry it cites)."""
        if self.stack.currentWidget() is self.detail and self.detail.adjustment is not None:
            self.open_adjustment(self.detail.adjustment.id, focus=False)
        else:
            self._load_list()

    def _load_list(self) -> None:
        repo = self.repo
        today = self.today()
        lv = self.list_view
        lv.set_adjustments(repo.all(), today)
        for card in lv.cards:
            card.open_button.clicked.connect(
                lambda _c=False, i=card.adjustment_id: self.open_adjustment(i))
        assert self.ctx.vault is not None
        lv.resume_card.setVisible(self.together is None and stashed_session(
            self.ctx.vault.settings, repo) is not None)
        passport = repo.passport()
        if not self._passport_dirty:
            lv.form.show_passport(passport)
        if passport.review_on:
            lv.review_when.setText(self.tr("Next look at the whole passport: %1").replace(
                "%1", format_day(passport.review_on)))
        else:
            lv.review_when.setText(self.tr("No date set yet for a fresh look."))
        due = repo.due_reviews(today)
        if due:
            first = due[0]
            lv.due_banner.show_message(
                self.tr("One fresh look is due. You might take a moment with it when it "
                        "suits you.") if len(due) == 1 else
                self.tr("%1 fresh looks are due. You might take a moment with them when it "
                        "suits you.").replace("%1", str(len(due))), "warning",
                action=(self.tr("Look now"),
                        self.review_passport if first.adjustment_id is None else
                        partial(self.open_adjustment, first.adjustment_id)))
        else:
            lv.due_banner.dismiss()

    def show_list(self) -> None:
        self.save_now()
        self.stack.setCurrentWidget(self.list_view)
        previous = self.detail.adjustment
        self.detail.adjustment = None
        if self.ctx.is_unlocked:
            self._load_list()
        if previous is not None:
            for card in self.list_view.cards:
                if card.adjustment_id == previous.id:
                    card.open_button.setFocus()
                    self.list_view.ensureWidgetVisible(card)
                    return
        self.list_view.add_button.setFocus()

    def open_adjustment(self, adjustment_id: int, focus: bool = True) -> None:
        if self.detail.adjustment is None or self.detail.adjustment.id != adjustment_id:
            self.save_now()
        repo = self.repo
        try:
            adjustment = repo.get(adjustment_id)
            history = repo.history(adjustment_id)
            entries = [(link.entry_id, link.in_trash) for link in repo.entries_for(adjustment_id)]
        except AdjustmentNotFound as exc:
            self.stack.setCurrentWidget(self.list_view)
            self._load_list()
            self.list_view.message.show_message(exc.message, "warning")
            return
        plan_title = None
        if adjustment.plan_id is not None:
            plan_title = dict(plan_choices(self.ctx.vault)).get(adjustment.plan_id)
        self.detail.show_adjustment(adjustment, history, plan_title, entries, self.today())
        for widget in self.detail.entry_buttons:
            entry_id = widget.property("entry_id")
            widget.clicked.connect(  # type: ignore[attr-defined]
                lambda _c=False, e=entry_id: self.ctx.navigate("journal", entry_id=e))
        self.stack.setCurrentWidget(self.detail)
        if focus:
            self.detail.verticalScrollBar().setValue(0)
            self.detail.change_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- saving what is typed -----------------------------------------------------------------

    def _passport_typed(self) -> None:
        self._passport_dirty = True
        self.save_timer.start()

    def _detail_typed(self) -> None:
        if self.detail.adjustment is not None:
            self._detail_dirty = True
            self.save_timer.start()

    def save_now(self) -> bool:
        """Write anything typed but not yet saved. False (and a message) if it failed."""
        self.save_timer.stop()
        if not self.ctx.is_unlocked:
            return True
        ok = True
        if self._passport_dirty:
            try:
                self.repo.save_passport(self.list_view.form.apply(self.repo.passport()))
                self._passport_dirty = False
            except VaultError as exc:
                ok = False
                self.list_view.message.show_message(exc.message, "error")
        adjustment = self.detail.adjustment
        if self._detail_dirty and adjustment is not None:
            details, helps = self.detail.typed()
            try:
                current = self.repo.get(adjustment.id)
                self.detail.adjustment = self.repo.save(
                    replace(current, details=details, helps=helps))
                self._detail_dirty = False
            except AdjustmentNotFound:
                self._detail_dirty = False
            except VaultError as exc:
                ok = False
                self.detail.message.show_message(exc.message, "error")
        return ok

    # -- actions ---------------------------------------------------------------------------

    def _open_dialog(self, dialog: Any, after: Any = None) -> None:
        """Show a dialog window-modal; `after()` runs once it saved."""
        self.dialog = dialog

        def finished(result: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            dialog.deleteLater()
            if result and after is not None and self.ctx.is_unlocked:
                after()

        dialog.finished.connect(finished)
        dialog.open()

    def add_adjustment(self) -> None:
        taken = [a.need for a in self.repo.all() if a.need]
        created: list[Adjustment] = []

        def save(need: str | None, own: str, details: str, helps: str) -> None:
            created.append(self.repo.create(need, own, details, helps))

        def after() -> None:
            self._load_list()
            if created:
                self.list_view.message.show_message(self.tr(
                    "Added as an idea. Open it to note where it stands."), "info")
                self._focus_card(created[-1].id)

        self._open_dialog(AddDialog(save, taken, self), after)

    def add_from_plan(self) -> None:
        plans = plan_choices(self.ctx.vault)
        if not plans:
            self.list_view.message.show_message(self.tr(
                "There are no plans yet. The needs you pick on a plan's \u201cWhy\u201d page "
                "can start your list here."), "info")
            return
        added: list[Adjustment] = []

        def save(plan_id: int, picks: list) -> None:
            added.extend(self.repo.add_from_plan(plan_id, picks))

        def after() -> None:
            self._load_list()
            count = len(added)
            self.list_view.message.show_message(
                self.tr("Added one need as an idea.") if count == 1 else
                self.tr("Added %1 needs as ideas.").replace("%1", str(count)), "info")
            if added:
                self._focus_card(added[0].id)

        self._open_dialog(FromPlanDialog(plans, self.repo.plan_needs, save, self), after)

    def _focus_card(self, adjustment_id: int) -> None:
        for card in self.list_view.cards:
            if card.adjustment_id == adjustment_id:
                card.open_button.setFocus()
                self.list_view.ensureWidgetVisible(card)

    def _incidents(self) -> list[tuple[int, str]]:
        from disclosure_helper.journal import EntryQuery

        assert self.ctx.vault is not None
        rows = self.ctx.vault.journal.page(EntryQuery(kinds=(INCIDENT,)),
                                           limit=MAX_ENTRIES_OFFERED)
        return [(row.id, f"{format_day(row.day)}: {row.title or self.tr('Incident record')}")
                for row in rows]

    def note_change(self) -> None:
        adjustment = self.detail.adjustment
        if adjustment is None or not self.save_now():
            return

        def save(values: ChangeValues) -> None:
            self.repo.change_status(
                adjustment.id, values.status, on=values.on, whom=values.whom, how=values.how,
                reason=values.reason, note=values.note, review_on=values.review_on,
                entry_id=values.entry_id)

        def after() -> None:
            self.open_adjustment(adjustment.id)
            self.detail.message.show_message(self.tr("Saved. It is in the history below."),
                                             "info")

        dialog = ChangeDialog(adjustment.status, self.repo.suggested_review(),
                              self._incidents(), save, self)
        self._open_dialog(dialog, after)

    def review_adjustment(self) -> None:
        adjustment = self.detail.adjustment
        if adjustment is None or not self.save_now():
            return

        def save(note: str, next_on: date) -> None:
            self.repo.review(adjustment.id, note=note, next_review=next_on)

        def after() -> None:
            self.open_adjustment(adjustment.id)
            self.detail.message.show_message(self.tr("Noted. Thank you for taking a look."),
                                             "info")

        self._open_dialog(ReviewDialog(adjustment.label, self.repo.suggested_review(), save,
                                       self), after)

    def review_passport(self) -> None:
        if not self.save_now():
            return

        def save(_note: str, next_on: date) -> None:
            self.repo.review_passport(next_review=next_on)

        def after() -> None:
            self._load_list()
            self.list_view.message.show_message(self.tr("Noted. Thank you for taking a look."),
                                                "info")

        self._open_dialog(ReviewDialog(self.tr("My adjustments as a whole"),
                                       self.repo.suggested_review(), save, self), after)

    def something_changed(self) -> None:
        reason = self.list_view.reason.currentData()
        try:
            changed = self.repo.something_changed(reason)
        except VaultError as exc:
            self.list_view.message.show_message(exc.message, "error")
            return
        self._load_list()
        prompt = content().review.reason(reason).prompt
        self.list_view.message.show_message(
            prompt + " " + (self.tr("One change is marked for a fresh look.")
                            if len(changed) == 1 else
                            self.tr("%1 changes are marked for a fresh look.").replace(
                                "%1", str(len(changed)))), "info")

    def delete_adjustment(self) -> None:
        adjustment = self.detail.adjustment
        if adjustment is None or not confirm_delete(self, adjustment.label):
            return
        self._detail_dirty = False
        try:
            self.repo.delete(adjustment.id)
        except VaultError as exc:
            self.detail.message.show_message(exc.message, "error")
            return
        self.detail.adjustment = None
        self.show_list()
        self.list_view.message.show_message(self.tr("Deleted."), "info")

    # -- together --------------------------------------------------------------------------

    def start_together(self) -> None:
        """Ask which own-words parts to show, then open the session over the window."""
        if not self.save_now() or self.together is not None:
            return
        assert self.ctx.vault is not None
        if stashed_session(self.ctx.vault.settings, self.repo) is not None:
            # One interrupted session at a time: carry on with it (it can be let go).
            self.resume_together()
            return
        start = TogetherStartDialog(self)

        def begin() -> None:
            self.open_together(start.shown_parts())

        self._open_dialog(start, begin)

    def resume_together(self) -> AdjustmentsTogetherView | None:
        assert self.ctx.vault is not None
        session = stashed_session(self.ctx.vault.settings, self.repo)
        if session is None or self.together is not None:
            self._load_list()
            return None
        drop_stashed_session(self.ctx.vault.settings)
        view = self.open_together(session.shown, session)
        view.message.show_message(self.tr(
            "Carrying on where you left off. Nothing from this session has been kept yet."),
            "info")
        return view

    def let_go_of_stash(self) -> None:
        assert self.ctx.vault is not None
        drop_stashed_session(self.ctx.vault.settings)
        self._load_list()
        self.list_view.message.show_message(self.tr("Nothing from that session was kept."),
                                            "info")
        self.list_view.together_button.setFocus()

    def open_together(self, parts: list[str],
                      session: AdjustmentsSession | None = None) -> AdjustmentsTogetherView:
        scale = options.together_scale(self.ctx)
        session = session or AdjustmentsSession(self.repo)
        session.shown = list(parts)
        view = AdjustmentsTogetherView(self.repo, session, parts, scale)
        view.finished.connect(self._together_finished)
        self.together = view
        self.ctx.show_focus_view(view)
        view.finish_button.setFocus()
        return view

    def _together_finished(self, kept: bool) -> None:
        view = self.together
        self.together = None
        self.ctx.end_focus_view()
        if view is not None:
            view.deleteLater()
        assert self.ctx.vault is not None
        if options.TOGETHER_LOCK_ON_EXIT.get(self.ctx):
            self.ctx.lock_now()
            return
        self.show_list()
        self.list_view.message.show_message(
            self.tr("Kept: the changes from your session together.") if kept
            else self.tr("Nothing from that session was kept."), "info")

    def open_export(self) -> None:
        if not self.save_now():
            return
        dialog = AdjustmentsExportDialog(self.repo, letter_region(self.ctx),
                                         self.ctx.copy_text, self)
        self._open_dialog(dialog)


__all__ = ["AdjustmentsPage", "Status"]
