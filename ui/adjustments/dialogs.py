"""The small dialogs of My adjustments: add a change, bring needs over from a plan, and
note where a change stands now.

Each dialog gathers the person's choices and hands them to a `save` callable; if the
vault refuses them (too long, a plan deleted meanwhile) the reason shows in the dialog
and every word stays on screen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from disclosure_helper.adjustments_model import PlanNeed, Status
from disclosure_helper.errors import VaultError
from disclosure_helper.ui.adjustments.fields import NotesBox, content, format_day
from disclosure_helper.ui.widgets import (
    DateField,
    DialogScroll,
    FlowRow,
    MessageBanner,
    WrapCheckBox,
    button,
    field_group,
    fit_to_text,
    label,
)

OWN_WORDS = "__own__"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class _Dialog(QDialog):
    """A heading, a scrolling body, a message strip and buttons that stay in view."""

    def __init__(self, title: str, action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 20)
        outer.setSpacing(12)
        self.body = DialogScroll(spacing=12)
        outer.addWidget(self.body, 1)
        self.column = self.body.column
        self.column.addWidget(label(title, "heading"))
        self.message = MessageBanner()
        outer.addWidget(self.message)
        row = FlowRow(align_end=True)
        self.cancel_button = button(self.tr("Cancel"), self.reject)
        self.ok_button = button(action, self._ok, role="primary")
        self.ok_button.setDefault(True)
        row.addWidget(self.cancel_button)
        row.addWidget(self.ok_button)
        outer.addWidget(row)
        self.first_field: QWidget | None = None

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # Keyboard users start at the first choice, not on Cancel.
        if self.first_field is not None:
            self.first_field.setFocus()

    def _ok(self) -> None:
        try:
            self.save()
        except VaultError as exc:
            self.message.show_message(exc.message, "error")
            return
        self.accept()

    def save(self) -> None:
        raise NotImplementedError


# -- add a change --------------------------------------------------------------------------


class AddDialog(_Dialog):
    """Pick a change from the shared needs list, or write it in your own words."""

    def __init__(self, save: Callable[[str | None, str, str, str], object],
                 taken: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add something that helps"), self.tr("Add"), parent)
        self.setObjectName("addAdjustmentDialog")
        self._save = save
        self.column.addWidget(label(self.tr(
            "Choose from the list, or put it in your own words. You can change it later.")))
        self.need = QComboBox()
        self.need.setAccessibleName(self.tr("What helps me work"))
        for option in content().needs:
            if option.id in taken:
                continue
            self.need.addItem(option.text, option.id)
        self.need.addItem(self.tr("Something else, in my own words"), OWN_WORDS)
        self.need_detail = label(role="hint")
        self.column.addWidget(field_group(self.tr("What helps me work"), self.need,
                                          self.need_detail))
        self.own_words = QLineEdit()
        self.own_words.setAccessibleName(self.tr("In my own words"))
        self.own_group = field_group(self.tr("In my own words"), self.own_words)
        self.column.addWidget(self.own_group)
        self.details = NotesBox(self.tr("What this looks like for me (optional)"))
        self.column.addWidget(field_group(self.tr("What this looks like for me (optional)"),
                                          self.details))
        self.helps = NotesBox(self.tr("How it helps me (optional)"))
        self.column.addWidget(field_group(self.tr("How it helps me (optional)"), self.helps))
        self.need.currentIndexChanged.connect(self._update)
        self.first_field = self.need
        self._update()
        fit_to_text(self, 56)

    def _update(self, *_args: object) -> None:
        need = self.need.currentData()
        own = need == OWN_WORDS
        self.own_group.setVisible(own)
        option = None if own else content().need(need)
        self.need_detail.setText(option.detail if option is not None else "")
        self.need_detail.setVisible(bool(self.need_detail.text()))

    def save(self) -> None:
        need = self.need.currentData()
        self._save(None if need == OWN_WORDS else need,
                   self.own_words.text() if need == OWN_WORDS else "",
                   self.details.toPlainText(), self.helps.toPlainText())


# -- from a plan ------------------------------------------------------------------------------


class FromPlanDialog(_Dialog):
    """The needs picked on a plan's Why page, each ready to tick; some may be there already."""

    def __init__(self, plans: Sequence[tuple[int, str]],
                 needs_of: Callable[[int], list[PlanNeed]],
                 save: Callable[[int, list[PlanNeed]], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add from a plan"), self.tr("Add these"), parent)
        self.setObjectName("fromPlanDialog")
        self._needs_of = needs_of
        self._save = save
        self.column.addWidget(label(self.tr(
            "The needs you picked on a plan's \u201cWhy\u201d page can start your list. "
            "Each one comes in as an idea, and nothing is shared.")))
        self.plan = QComboBox()
        for plan_id, title in plans:
            self.plan.addItem(title, plan_id)
        self.column.addWidget(field_group(self.tr("Which plan"), self.plan))
        self.column.addWidget(label(self.tr("Needs from this plan"), "subheading"))
        self.list_area = QVBoxLayout()
        self.list_area.setSpacing(6)
        self.column.addLayout(self.list_area)
        self.checks: list[tuple[WrapCheckBox, PlanNeed]] = []
        self.plan.currentIndexChanged.connect(self._load)
        self.first_field = self.plan
        self._load()
        fit_to_text(self, 56)

    def _load(self, *_args: object) -> None:
        for box, _need in self.checks:
            box.hide()
            box.deleteLater()
        self.checks = []
        while self.list_area.count():
            item = self.list_area.takeAt(0)
            if item is None:  # only when the layout is empty after all
                break
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        plan_id = self.plan.currentData()
        needs: list[PlanNeed] = []
        if plan_id is not None:
            try:
                needs = self._needs_of(plan_id)
            except VaultError as exc:
                self.message.show_message(exc.message, "error")
        if not needs:
            self.list_area.addWidget(label(self.tr(
                "This plan has no needs picked yet. You can pick some on its \u201cWhy\u201d "
                "page, or add changes here one at a time."), "hint"))
        for need in needs:
            text = need.label if not need.in_passport else self.tr(
                "%1 (already in My adjustments)").replace("%1", need.label)
            box = WrapCheckBox(text)
            box.setAccessibleName(text)
            box.setChecked(not need.in_passport)
            box.setEnabled(not need.in_passport)
            box.toggled.connect(self._update)
            self.list_area.addWidget(box)
            self.checks.append((box, need))
        self._update()

    def picked(self) -> list[PlanNeed]:
        return [need for box, need in self.checks if box.isChecked() and box.isEnabled()]

    def _update(self, *_args: object) -> None:
        self.ok_button.setEnabled(bool(self.picked()))

    def save(self) -> None:
        self._save(self.plan.currentData(), self.picked())


# -- where it stands now ----------------------------------------------------------------------


@dataclass(frozen=True)
class ChangeValues:
    status: Status
    on: date
    whom: str
    how: str
    reason: str
    note: str
    review_on: date | None
    entry_id: int | None


class ChangeDialog(_Dialog):
    """Where the change stands now, when, and the details worth noting at that point."""

    def __init__(self, current: Status, suggested_review: date,
                 entries: Sequence[tuple[int, str]],
                 save: Callable[[ChangeValues], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Note where it stands"), self.tr("Save"), parent)
        self.setObjectName("changeDialog")
        self._save = save
        self._suggested = suggested_review
        text = content().passport
        details = text.details
        self.status = QComboBox()
        for status_text in text.statuses:
            self.status.addItem(status_text.label, status_text.id)
        self.status.setCurrentIndex(max(0, self.status.findData(current.value)))
        self.description = label(role="hint")
        self.column.addWidget(field_group(self.tr("Where it stands now"), self.status,
                                          self.description))
        self.on = DateField()
        self.on.setAccessibleName(self.tr("When"))
        self.column.addWidget(field_group(self.tr("When"), self.on))
        self.whom = QLineEdit()
        self.whom_group = field_group(details["whom"], self.whom)
        self.column.addWidget(self.whom_group)
        self.how = QLineEdit()
        self.how.setAccessibleName(details["how"])
        self.how_group = field_group(details["how"], self.how,
                                     hint=self.tr("For example: by email, in a meeting."))
        self.column.addWidget(self.how_group)
        self.reason = NotesBox(details["reason"])
        self.reason_group = field_group(details["reason"], self.reason)
        self.column.addWidget(self.reason_group)
        self.has_review = WrapCheckBox(self.tr("Set a date to look at it again"))
        self.has_review.setAccessibleName(self.tr("Set a date to look at it again"))
        self.review_on = DateField()
        self.review_on.setAccessibleName(details["review_on"])
        self.review_on.setDate(_qdate(suggested_review))
        self.review_group = field_group(details["review_on"], self.review_on)
        self.column.addWidget(self.has_review)
        self.column.addWidget(self.review_group)
        self.entry = QComboBox()
        self.entry.addItem(self.tr("No journal entry"), None)
        for entry_id, title in entries:
            self.entry.addItem(title, entry_id)
        self.entry_group = field_group(
            self.tr("Written up in my journal (optional)"), self.entry,
            hint=self.tr("If you wrote about this in an incident record, you can link it."))
        self.column.addWidget(self.entry_group)
        self.note = NotesBox(details["note"])
        self.column.addWidget(field_group(details["note"], self.note))
        self.status.currentIndexChanged.connect(self._update)
        self.has_review.toggled.connect(self._update)
        self.first_field = self.status
        self._update()
        fit_to_text(self, 56)

    def chosen_status(self) -> Status:
        return Status(self.status.currentData())

    def _update(self, *_args: object) -> None:
        status = self.chosen_status()
        status_text = content().passport.status(status)
        asks = set(status_text.asks)
        self.description.setText(status_text.description)
        details = content().passport.details
        whom = details.get(f"whom_{status.value}", details["whom"])
        self.whom_group.title_label.setText(whom)  # type: ignore[attr-defined]
        self.whom.setAccessibleName(whom)
        self.whom_group.setVisible("whom" in asks)
        self.how_group.setVisible("how" in asks)
        self.reason_group.setVisible("reason" in asks)
        self.has_review.setVisible("review_on" in asks)
        if status is Status.AGREED and not self.has_review.isChecked():
            # The passports' suggestion, offered and easy to change.
            self.has_review.setChecked(True)
        self.review_group.setVisible("review_on" in asks and self.has_review.isChecked())
        self.entry_group.setVisible(self.entry.count() > 1)

    def values(self) -> ChangeValues:
        status = self.chosen_status()
        asks = set(content().passport.status(status).asks)
        review = (_pydate(self.review_on.date())
                  if "review_on" in asks and self.has_review.isChecked() else None)
        return ChangeValues(
            status=status,
            on=_pydate(self.on.date()),
            whom=self.whom.text() if "whom" in asks else "",
            how=self.how.text() if "how" in asks else "",
            reason=self.reason.toPlainText() if "reason" in asks else "",
            note=self.note.toPlainText(),
            review_on=review,
            entry_id=self.entry.currentData(),
        )

    def save(self) -> None:
        if self.on.has_problem() or self.review_on.has_problem():
            self.message.show_message(self.tr(
                "One of the dates could not be read. Please type it like 3 March 2026, or "
                "pick it from the calendar."), "error")
            raise _Kept()
        self._save(self.values())

    def _ok(self) -> None:
        try:
            self.save()
        except _Kept:
            return
        except VaultError as exc:
            self.message.show_message(exc.message, "error")
            return
        self.accept()


class _Kept(Exception):
    """The dialog already said what to fix; it stays open."""


class ReviewDialog(_Dialog):
    """A fresh look: a note if you like, and when to look next."""

    def __init__(self, what: str, suggested: date, save: Callable[[str, date], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Look at it again"), self.tr("Save"), parent)
        self.setObjectName("reviewDialog")
        self._save = save
        review = content().review
        self.column.addWidget(label(what, "subheading"))
        self.column.addWidget(label(review.questions_heading))
        for question in review.questions:
            self.column.addWidget(label("\u2022 " + question))
        self.note = NotesBox(content().passport.details["note"])
        self.column.addWidget(field_group(self.tr("Anything to note (optional)"), self.note))
        self.next_on = DateField()
        self.next_on.setAccessibleName(self.tr("Look at it again on"))
        self.next_on.setDate(_qdate(suggested))
        self.column.addWidget(field_group(
            self.tr("Look at it again on"), self.next_on,
            hint=self.tr("Suggested: six months from today. Change it to whatever suits "
                         "you.")))
        self.first_field = self.note
        fit_to_text(self, 56)

    def save(self) -> None:
        self._save(self.note.toPlainText(), _pydate(self.next_on.date()))


__all__ = [
    "AddDialog",
    "ChangeDialog",
    "ChangeValues",
    "FromPlanDialog",
    "ReviewDialog",
    "format_day",
]
