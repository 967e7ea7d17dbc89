"""Answer controls built from the guide's content, one per question kind.

Nothing here knows about plans or the vault: each control shows a value, lets the
person change it with mouse or keyboard, and emits `changed`. Every control offers
"Not sure yet", and none is ever required. Value shapes follow
`disclosure_helper.guide` (an option id, a list, {"own": words}, an ISO date...).
"""

from __future__ import annotations

import re
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from disclosure_helper.guide import NO, NOT_SURE, YES, Guide, Kind, Option, Question, choice_key
from disclosure_helper.ui.widgets import Card, DateField, button, field_label, label, named
from disclosure_helper.ui.widgets.dates import pydate
from disclosure_helper.ui.widgets.flow import FlowRow
from disclosure_helper.ui.widgets.translation import translate
from disclosure_helper.ui.widgets.wrapping import WrapCheckBox, WrapRadioButton, wrap_button

# Own words are short: a reason or a need, not an essay (the core keeps up to 2,000).
MAX_OWN_CHARS = 2000


def flow_text(text: str) -> str:
    """Content text as it should wrap on screen: lines joined, blank-line paragraphs kept."""
    paragraphs = re.split(r"\n\s*\n", text.strip())
    return "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip())


def _indent(widget: QWidget) -> int:
    """How far option notes sit from the left: under the text, past the radio or tick."""
    style = widget.style()
    return style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth) + 14


def _option_notes(option: Option, region: str | None) -> list[QLabel]:
    notes = []
    if option.detail:
        notes.append(label(flow_text(option.detail), "hint"))
    if option.example:
        notes.append(label(translate("DecisionQuestions", "For example: %1")
                           .replace("%1", option.example), "hint"))
    if option.note:
        notes.append(label(option.note, "hint"))
    if option.often_without_disclosing:
        notes.append(label(translate("DecisionQuestions",
                                     "Often possible to ask for without saying why."), "hint"))
    where = option.region_note(region) if option.region_notes else ""
    if where:
        notes.append(label(translate("DecisionQuestions", "Where you live: %1")
                           .replace("%1", where), "hint"))
    return notes


def _describe(option: Option, region: str | None) -> str:
    parts = [option.detail, option.note]
    if option.region_notes:
        parts.append(option.region_note(region))
    return " ".join(p for p in parts if p)


class AnswerControl(QWidget):
    """Base for every answer control: `value()`, `set_value(v)`, `changed`."""

    changed = Signal()

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self._quiet = False

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        self._quiet = True
        try:
            self._show_value(value)
        finally:
            self._quiet = False

    def _show_value(self, value: Any) -> None:
        raise NotImplementedError

    def _emit(self, *_args: object) -> None:
        if not self._quiet:
            self.changed.emit()


# -- one choice (single, rating, yes/no) ----------------------------------------------


class RadioAnswer(AnswerControl):
    """Exclusive choices plus "Not sure yet", own words if allowed, and a way to clear."""

    def __init__(
        self,
        question: Question,
        choices: list[tuple[str, str, str, list[QLabel]]],
        not_sure_text: str,
        own_words_text: str = "",
        flow: bool = False,
        parent: QWidget | None = None,
        can_clear: bool = True,
    ) -> None:
        super().__init__(question, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QRadioButton] = {}
        box: QVBoxLayout | FlowRow
        if flow:
            holder = FlowRow(spacing=10)
            box = holder
            outer.addWidget(holder)
        else:
            box = outer
        for key, text, description, notes in choices:
            self._add_radio(box, key, text, description, notes, flow)
        self.own_radio: QRadioButton | None = None
        self.own_edit: QLineEdit | None = None
        if own_words_text:
            self.own_radio = self._add_radio(outer, "__own__", own_words_text, "", [], False)
            self.own_edit = QLineEdit()
            self.own_edit.setMaxLength(MAX_OWN_CHARS)
            named(self.own_edit, self.tr("Your own words for: %1").replace("%1", question.prompt))
            self.own_edit.textEdited.connect(self._own_edited)
            row = QHBoxLayout()
            row.setContentsMargins(_indent(self), 0, 0, 0)
            row.addWidget(self.own_edit)
            outer.addLayout(row)
        # On a row of short choices "Not sure yet" sits on the same row, so the arrow
        # keys move through all of them in one direction.
        self.flow = flow
        self.not_sure = self._add_radio(box if flow else outer, NOT_SURE, not_sure_text, "",
                                        [], flow)
        self.clear_button = button(
            self.tr("Clear my answer"),
            self.clear,
            role="link",
            accessible_name=self.tr("Clear my answer to: %1").replace("%1", question.prompt),
        )
        self.clear_button.hide()
        self.can_clear = can_clear
        if not can_clear:
            # A choice kept on the plan itself (the decision) always has a value; its
            # "still thinking" option is the not-sure answer.
            self.not_sure.hide()
        outer.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.group.buttonToggled.connect(self._toggled)

    def _add_radio(
        self,
        box: QVBoxLayout | FlowRow,
        key: str,
        text: str,
        description: str,
        notes: list[QLabel],
        flow: bool,
    ) -> QRadioButton:
        radio = WrapRadioButton(text)
        named(radio, text, description)
        radio.setProperty("answer_key", key)
        self.group.addButton(radio)
        self.buttons[key] = radio
        box.addWidget(radio)
        if notes and not flow:
            holder = QWidget()
            col = QVBoxLayout(holder)
            col.setContentsMargins(_indent(self), 0, 0, 4)
            col.setSpacing(2)
            for note in notes:
                col.addWidget(note)
            box.addWidget(holder)
        return radio

    def _own_edited(self, text: str) -> None:
        if self.own_radio is not None and text.strip() and not self.own_radio.isChecked():
            self.own_radio.setChecked(True)
        else:
            self._emit()

    def _toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self.clear_button.setVisible(self.can_clear)
            if _button is self.own_radio and self.own_edit is not None and not self._quiet:
                self.own_edit.setFocus()
            self._emit()

    def clear(self) -> None:
        self.group.setExclusive(False)
        for radio in self.buttons.values():
            radio.setChecked(False)
        self.group.setExclusive(True)
        self.clear_button.hide()
        self._emit()

    def value(self) -> Any:
        checked = self.group.checkedButton()
        if checked is None:
            return None
        key = checked.property("answer_key")
        if key == "__own__":
            words = self.own_edit.text().strip() if self.own_edit is not None else ""
            return {"own": words} if words else None
        return self._to_value(str(key))

    def _to_value(self, key: str) -> Any:
        return key

    def _to_key(self, value: Any) -> str | None:
        return str(value)

    def _show_value(self, value: Any) -> None:
        self.group.setExclusive(False)
        for radio in self.buttons.values():
            radio.setChecked(False)
        self.group.setExclusive(True)
        key: str | None = None
        if value == NOT_SURE:
            key = NOT_SURE
        elif isinstance(value, dict) and "own" in value and self.own_edit is not None:
            key = "__own__"
            self.own_edit.setText(str(value["own"]))
        elif value is not None:
            key = self._to_key(value)
        if key in self.buttons:
            self.buttons[key].setChecked(True)
        self.clear_button.setVisible(self.can_clear and self.group.checkedButton() is not None)


class RatingAnswer(RadioAnswer):
    def _to_value(self, key: str) -> Any:
        return int(key) if key.isdigit() else key


class YesNoAnswer(RadioAnswer):
    pass


# -- many choices (multi, weighted) -----------------------------------------------------


class _ChoiceRow(QWidget):
    toggled = Signal()

    def __init__(
        self,
        key: str,
        text: str,
        description: str,
        notes: list[QLabel],
        scale: tuple[str, ...],
        owner: AnswerControl,
    ) -> None:
        super().__init__()
        self.key = key
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        self._col = col
        self.check = WrapCheckBox(text)
        named(self.check, text, description)
        col.addWidget(self.check)
        indent = _indent(owner)
        for note in notes:
            note.setContentsMargins(indent, 0, 0, 0)
            col.addWidget(note)
        self._scale = scale
        self._indent = indent
        self._owner = owner
        self._text = text
        self._weight: QComboBox | None = None
        self.weight_row: QWidget | None = None
        self.check.toggled.connect(self._checked)

    @property
    def weight(self) -> QComboBox | None:
        """"How much it matters", for a weighted question (None otherwise).

        Made when first needed: most choices are never ticked, and a page of drop-downs
        nobody sees would only slow it down.
        """
        if self._weight is None and self._scale:
            self._make_weight()
        return self._weight

    def _make_weight(self) -> None:
        self.weight_row = FlowRow(spacing=8)
        # The drop-down goes under its label when large text leaves no room beside it.
        row = self.weight_row
        row.setContentsMargins(self._indent, 2, 0, 6)
        weight = QComboBox()
        says = field_label(self.tr("How much it matters:"), weight, "hint", wrap=True)
        # Read with the reason it belongs to: several of these sit one under another.
        says.setAccessibleName(self.tr("How much it matters: %1").replace("%1", self._text))
        row.addWidget(says)
        for i, words in enumerate(self._scale, start=1):
            weight.addItem(words, i)
        # The middle of the scale: picking a reason already says it matters somewhat.
        weight.setCurrentIndex(len(self._scale) // 2)
        named(weight, self.tr("How much it matters: %1").replace("%1", self._text))
        row.addWidget(weight)
        # In its place first: made visible with no parent, it would open as a window of
        # its own for a moment and take the keyboard focus from the tick box.
        self._col.addWidget(self.weight_row)
        self.weight_row.setVisible(self.check.isChecked())
        weight.currentIndexChanged.connect(lambda _i: self.toggled.emit())
        self._weight = weight

    def _checked(self, on: bool) -> None:
        if on and self._scale and self._weight is None:
            self._make_weight()
        if self.weight_row is not None:
            self.weight_row.setVisible(on)
        self.toggled.emit()


class ManyAnswer(AnswerControl):
    """Tick any number of options, add own words, or say "Not sure yet".

    With a scale (weighted questions), each ticked choice also says how much it matters.
    """

    def __init__(
        self,
        question: Question,
        guide: Guide,
        region: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(question, parent)
        self.weighted = question.kind is Kind.WEIGHTED
        self._scale = question.scale if self.weighted else ()
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(8)
        self.rows: list[_ChoiceRow] = []
        for opt in question.options:
            self._add_row(opt.id, opt.text, _describe(opt, region),
                          _option_notes(opt, region))
        self._own_at = self.layout_.count()
        self.own_edit: QLineEdit | None = None
        if question.allow_own:
            row = QHBoxLayout()
            row.setSpacing(8)
            self.own_edit = QLineEdit()
            self.own_edit.setMaxLength(MAX_OWN_CHARS)
            self.own_edit.setPlaceholderText(guide.own_words_text)
            named(self.own_edit, self.tr("Add in your own words: %1").replace(
                "%1", question.prompt))
            self.own_edit.returnPressed.connect(self._add_own_from_edit)
            self.add_button = button(
                self.tr("Add"),
                self._add_own_from_edit,
                accessible_name=self.tr("Add your own words"),
            )
            row.addWidget(self.own_edit, 1)
            row.addWidget(self.add_button)
            self.layout_.addLayout(row)
        self.not_sure = WrapCheckBox(guide.not_sure_text)
        named(self.not_sure, guide.not_sure_text, question.prompt)
        self.not_sure.toggled.connect(self._not_sure_toggled)
        self.layout_.addWidget(self.not_sure)

    def _add_row(
        self, key: str, text: str, description: str, notes: list[QLabel], at: int | None = None
    ) -> _ChoiceRow:
        row = _ChoiceRow(key, text, description, notes, self._scale, self)
        row.toggled.connect(lambda r=row: self._row_toggled(r))
        if at is None:
            self.layout_.addWidget(row)
        else:
            self.layout_.insertWidget(at, row)
            row.show()
        self.rows.append(row)
        return row

    def _add_own(self, words: str, weight: int | None = None) -> _ChoiceRow:
        key = choice_key({"own": words})
        for row in self.rows:
            if row.key == key:
                return row
        at = self._own_at
        self._own_at += 1
        row = self._add_row(key, words, self.tr("In your own words"), [], at)
        row.setProperty("own_words", words)
        if weight is not None and row.weight is not None:
            row.weight.setCurrentIndex(max(0, min(weight - 1, row.weight.count() - 1)))
        return row

    def _add_own_from_edit(self) -> None:
        if self.own_edit is None:
            return
        words = " ".join(self.own_edit.text().split())
        if not words:
            return
        row = self._add_own(words)
        self.own_edit.clear()
        row.check.setChecked(True)

    def _row_toggled(self, row: _ChoiceRow) -> None:
        if row.check.isChecked() and self.not_sure.isChecked():
            self._quiet_set(self.not_sure, False)
        self._emit()

    def _not_sure_toggled(self, on: bool) -> None:
        if on:
            for row in self.rows:
                self._quiet_set(row.check, False)
        self._emit()

    def _quiet_set(self, box: QCheckBox, on: bool) -> None:
        was = self._quiet
        self._quiet = True
        box.setChecked(on)
        self._quiet = was

    def value(self) -> Any:
        if self.not_sure.isChecked():
            return NOT_SURE
        out: list[Any] = []
        for row in self.rows:
            if not row.check.isChecked():
                continue
            own = row.property("own_words")
            item: Any = {"own": own} if own else row.key
            if self.weighted and row.weight is not None:
                entry = dict(item) if isinstance(item, dict) else {"id": item}
                entry["weight"] = int(row.weight.currentData())
                item = entry
            out.append(item)
        return out or None

    def _show_value(self, value: Any) -> None:
        for row in self.rows:
            row.check.setChecked(False)
        self.not_sure.setChecked(value == NOT_SURE)
        if not isinstance(value, list):
            return
        by_key = {row.key: row for row in self.rows}
        for item in value:
            weight = item.get("weight") if isinstance(item, dict) else None
            if isinstance(item, dict) and "own" in item:
                row = self._add_own(str(item["own"]), weight)
            else:
                key = str(item.get("id")) if isinstance(item, dict) else str(item)
                found = by_key.get(key)
                if found is None:
                    continue
                row = found
                if weight is not None and row.weight is not None:
                    row.weight.setCurrentIndex(max(0, min(int(weight) - 1,
                                                          row.weight.count() - 1)))
            row.check.setChecked(True)


# -- words (text, with sentence starters) ----------------------------------------------


class _TextBox(QPlainTextEdit):
    """Room for a few lines; it scrolls inside for more, so a page never turns into a wall."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        lines = self.fontMetrics().lineSpacing()
        return QSize(super().sizeHint().width(), lines * 5 + 20)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(super().minimumSizeHint().width(), self.fontMetrics().lineSpacing() * 3 + 20)


def _empty_layout(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().hide()
            item.widget().deleteLater()


class TextAnswer(AnswerControl):
    """A roomy text box. Sentence starters, when the content has them, drop in a beginning."""

    def __init__(self, question: Question, guide: Guide, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(8)
        self.starter_buttons: list[QPushButton] = []
        self.starter_box: QVBoxLayout | None = None
        if question.starters:
            col.addWidget(label(self.tr("Some ways to begin:"), "hint"))
            self.starter_box = QVBoxLayout()
            self.starter_box.setSpacing(6)
            col.addLayout(self.starter_box)
            self.set_starter_groups([("", question.starters)])
        self.edit = _TextBox()
        # Tab moves on to the next control, so the whole walk works with the keyboard.
        self.edit.setTabChangesFocus(True)
        named(self.edit, question.prompt, question.help)
        self.edit.textChanged.connect(self._text_changed)
        col.addWidget(self.edit)
        self.not_sure = WrapCheckBox(guide.not_sure_text)
        named(self.not_sure, guide.not_sure_text, question.prompt)
        self.not_sure.toggled.connect(self._emit)
        col.addWidget(self.not_sure)

    def set_starter_groups(self, groups: list[tuple[str, tuple[str, ...]]]) -> None:
        """Show sentence starters in groups (e.g. for talking, for writing), each headed."""
        if self.starter_box is None:
            return
        _empty_layout(self.starter_box)
        self.starter_buttons = []
        for heading, starters in groups:
            if heading:
                self.starter_box.addWidget(label(heading, "hint"))
            holder = FlowRow(spacing=8)
            flow = holder
            for starter in starters:
                # A long starter takes two lines at large text instead of widening the page.
                starter_button = wrap_button(
                    starter,
                    partial(self.insert_starter, starter),
                    accessible_name=self.tr("Begin with: %1").replace("%1", starter),
                )
                flow.addWidget(starter_button)
                self.starter_buttons.append(starter_button)
            self.starter_box.addWidget(holder)

    def insert_starter(self, starter: str) -> None:
        cursor = self.edit.textCursor()
        text = self.edit.toPlainText()
        before = text[: cursor.position()]
        if before and not before.endswith("\n"):
            starter = ("\n" if before.endswith((".", "!", "?")) else " ") + starter
        # A starter shown as "I want you to know…" goes in without its trailing dots.
        cursor.insertText(re.sub(r"(\u2026|\.\.\.)\s*$", "", starter).rstrip() + " ")
        self.edit.setTextCursor(cursor)
        self.edit.setFocus()

    def _text_changed(self) -> None:
        has_text = bool(self.edit.toPlainText().strip())
        # Words on the page are an answer; "not sure yet" stays available for an empty box.
        if has_text and self.not_sure.isChecked():
            self.not_sure.setChecked(False)
        self.not_sure.setEnabled(not has_text)
        self._emit()

    def value(self) -> Any:
        text = self.edit.toPlainText()
        if text.strip():
            return text
        return NOT_SURE if self.not_sure.isChecked() else None

    def _show_value(self, value: Any) -> None:
        if value == NOT_SURE:
            self.edit.setPlainText("")
            self.not_sure.setChecked(True)
        else:
            self.edit.setPlainText(value if isinstance(value, str) else "")
            self.not_sure.setChecked(False)
        self.not_sure.setEnabled(not self.edit.toPlainText().strip())


# -- a date ------------------------------------------------------------------------------


class DateAnswer(AnswerControl):
    """"On this date" with a calendar, "Not sure yet", or nothing at all."""

    def __init__(self, question: Question, guide: Guide, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(6)
        self.group = QButtonGroup(self)
        holder = FlowRow(spacing=10)
        # The date field goes under "On this date:" when large text leaves no room beside it.
        row = holder
        self.on_date = WrapRadioButton(self.tr("On this date:"))
        named(self.on_date, self.tr("Choose a date for: %1").replace("%1", question.prompt))
        self.edit = DateField()
        named(self.edit, self.tr("Date for: %1").replace("%1", question.prompt))
        self.edit.dateChanged.connect(self._date_changed)
        row.addWidget(self.on_date)
        row.addWidget(self.edit)
        col.addWidget(holder)
        self.not_sure = WrapRadioButton(guide.not_sure_text)
        named(self.not_sure, guide.not_sure_text, question.prompt)
        col.addWidget(self.not_sure)
        for radio in (self.on_date, self.not_sure):
            self.group.addButton(radio)
        self.clear_button = button(
            self.tr("No date for now"),
            self.clear,
            role="link",
            accessible_name=self.tr("Remove the date for: %1").replace("%1", question.prompt),
        )
        self.clear_button.hide()
        col.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignLeft)
        col.addWidget(self._past_note(question))
        self.group.buttonToggled.connect(self._toggled)

    def _past_note(self, question: Question) -> QWidget:
        """A gentle question when a date to look again at a plan is already behind us."""
        self.past = QWidget()
        self.past.setObjectName("pastDateQuestion")
        layout = QVBoxLayout(self.past)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.past_text = label(self.tr(
            "That day has already passed. Is it the date you meant? A day to look again "
            "is usually one still to come."), "hint")
        self.past.setAccessibleName(self.past_text.text())
        layout.addWidget(self.past_text)
        row = FlowRow(spacing=10)
        self.past_keep = button(self.tr("Yes, keep it"), self.past.hide, role="link",
                                accessible_name=self.tr("Yes, keep the date that has passed"))
        self.past_change = button(self.tr("Choose another date"), self._choose_again,
                                  role="link", accessible_name=self.tr(
                                      "Choose another date for: %1").replace(
                                      "%1", question.prompt))
        row.addWidget(self.past_keep)
        row.addWidget(self.past_change)
        layout.addWidget(row)
        self.past.hide()
        self._asks_about_past = question.plan_field == "revisit_on"
        return self.past

    def _choose_again(self) -> None:
        self.past.hide()
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _check_past(self) -> None:
        """Ask only when the person just set a past date, never about a stored one."""
        past = (
            self._asks_about_past
            and self.on_date.isChecked()
            and pydate(self.edit.date()) < date.today()
        )
        self.past.setVisible(past)
        # Heard with the date field itself, where a screen reader's focus is.
        self.edit.setAccessibleDescription(self.past_text.text() if past else "")

    def _date_changed(self, _d: QDate) -> None:
        if self._quiet:
            return
        if not self.on_date.isChecked():
            self.on_date.setChecked(True)
        else:
            self._check_past()
            self._emit()

    def _toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self.clear_button.show()
            if not self._quiet:
                self._check_past()
            self._emit()

    def clear(self) -> None:
        self.group.setExclusive(False)
        self.on_date.setChecked(False)
        self.not_sure.setChecked(False)
        self.group.setExclusive(True)
        self.clear_button.hide()
        self.past.hide()
        self._emit()

    def set_date(self, day: date) -> None:
        """Pick a date as the person would (used by quick choices like "in three months")."""
        self.edit.setDate(QDate(day.year, day.month, day.day))
        self.on_date.setChecked(True)

    def value(self) -> Any:
        if self.not_sure.isChecked():
            return NOT_SURE
        if self.on_date.isChecked():
            return pydate(self.edit.date()).isoformat()
        return None

    def _show_value(self, value: Any) -> None:
        self.past.hide()
        self.group.setExclusive(False)
        self.on_date.setChecked(False)
        self.not_sure.setChecked(False)
        self.group.setExclusive(True)
        if value == NOT_SURE:
            self.not_sure.setChecked(True)
        elif value:
            try:
                day = value if isinstance(value, date) else date.fromisoformat(str(value))
            except ValueError:
                day = None
            if day is not None:
                self.edit.setDate(QDate(day.year, day.month, day.day))
                self.on_date.setChecked(True)
        self.clear_button.setVisible(self.group.checkedButton() is not None)


# -- a question asked again for each earlier choice ----------------------------------------


class RepeatAnswer(AnswerControl):
    """The same question for each choice made earlier on the page (e.g. trust, per person)."""

    def __init__(
        self,
        question: Question,
        guide: Guide,
        region: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(question, parent)
        self._guide = guide
        self._region = region
        self.col = QVBoxLayout(self)
        self.col.setContentsMargins(0, 0, 0, 0)
        self.col.setSpacing(12)
        self.empty = label(self.tr("This comes up once you have made a choice above."), "hint")
        self.col.addWidget(self.empty)
        self.parts: dict[str, tuple[QWidget, AnswerControl]] = {}
        self._values: dict[str, Any] = {}

    def set_items(self, items: list[tuple[str, str]]) -> None:
        """Show one sub-question per (key, label); answers for keys no longer chosen are kept."""
        self._values.update(self._current())
        for holder, _control in self.parts.values():
            holder.deleteLater()
        self.parts = {}
        for key, text in items:
            holder = QWidget()
            col = QVBoxLayout(holder)
            col.setContentsMargins(0, 0, 0, 0)
            col.setSpacing(4)
            col.addWidget(label(text, "subheading"))
            control = make_control(self.question, self._guide, self._region,
                                   repeat_item=text)
            if key in self._values:
                control.set_value(self._values[key])
            control.changed.connect(self._emit)
            col.addWidget(control)
            self.col.addWidget(holder)
            holder.show()  # at once, not on the next event loop pass: Tab can reach it now
            self.parts[key] = (holder, control)
        self.empty.setVisible(not items)

    def _current(self) -> dict[str, Any]:
        return {key: control.value() for key, (_h, control) in self.parts.items()}

    def value(self) -> Any:
        current = {k: v for k, v in self._current().items() if v is not None}
        return current or None

    def _show_value(self, value: Any) -> None:
        self._values = dict(value) if isinstance(value, dict) else {}
        for key, (_h, control) in self.parts.items():
            control.set_value(self._values.get(key))


def make_control(
    question: Question,
    guide: Guide,
    region: str | None,
    repeat_item: str | None = None,
) -> AnswerControl:
    """The control for a question. `repeat_item` builds one copy inside a RepeatAnswer."""
    if question.repeat_for and repeat_item is None:
        return RepeatAnswer(question, guide, region)
    kind = question.kind
    own = guide.own_words_text if question.allow_own else ""
    if kind is Kind.SINGLE:
        choices = [
            (o.id, o.text, _describe(o, region), _option_notes(o, region))
            for o in question.options
        ]
        control: AnswerControl = RadioAnswer(question, choices, guide.not_sure_text, own,
                                             can_clear=question.plan_field is None)
    elif kind is Kind.RATING:
        choices = [(str(i), words, "", []) for i, words in enumerate(question.scale, start=1)]
        control = RatingAnswer(question, choices, guide.not_sure_text, flow=True)
    elif kind is Kind.YES_NO:
        yes_no: list[tuple[str, str, str, list[QLabel]]] = [
            (YES, translate("DecisionQuestions", "Yes"), "", []),
            (NO, translate("DecisionQuestions", "No"), "", []),
        ]
        control = YesNoAnswer(question, yes_no, guide.not_sure_text, flow=True)
    elif kind in (Kind.MULTI, Kind.WEIGHTED):
        control = ManyAnswer(question, guide, region)
    elif kind is Kind.DATE:
        control = DateAnswer(question, guide)
    else:
        control = TextAnswer(question, guide)
    if repeat_item is not None:
        # Inside a repeat, say which item each control is about, for screen readers.
        for widget in control.findChildren(QWidget):
            name = widget.accessibleName()
            if name:
                widget.setAccessibleName(f"{repeat_item}: {name}")
    return control


class QuestionCard(Card):
    """One question on its own card: the prompt, a short help line, and its control."""

    changed = Signal()

    def __init__(
        self,
        question: Question,
        guide: Guide,
        region: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(question.prompt, flow_text(question.help), parent)
        if self.text is not None:
            self.text.setProperty("role", "hint")
        self.question = question
        self.setAccessibleName(question.prompt)
        self.control = make_control(question, guide, region)
        self.control.changed.connect(self.changed)
        self.body.addSpacing(4)
        self.body.addWidget(self.control)

    def value(self) -> Any:
        return self.control.value()

    def set_value(self, value: Any) -> None:
        self.control.set_value(value)
