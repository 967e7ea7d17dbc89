"""One widget per template field kind, so the editor can draw any template.

Every field widget has `value()`, `set_value(v)`, a `changed` signal and
`focus_target` (the control that takes the keyboard). New templates, built-in or
the person's own, need no code: only these kinds exist (see templates.FIELD_KINDS).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QEvent, QSize, Qt, QTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from disclosure_helper.journal_model import aware
from disclosure_helper.templates import TemplateField
from disclosure_helper.ui.journal.rating import RatingPicker
from disclosure_helper.ui.widgets import DateField, WrapCheckBox, button, label, set_role


class GrowingTextEdit(QPlainTextEdit):
    """A text box that grows with what is written (to a limit), so a page of
    answers scrolls as one instead of many little boxes scrolling inside it."""

    def __init__(self, min_lines: int = 4, max_lines: int = 22,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.min_lines = min_lines
        self.max_lines = max_lines
        # Tab moves on to the next answer, as everywhere else; Ctrl+Tab is not needed.
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def _fit(self, *_args: object) -> None:
        line = self.fontMetrics().lineSpacing()
        lines = max(self.min_lines, min(self.max_lines, int(self.document().size().height()) + 1))
        frame = self.frameWidth() * 2 + int(self.document().documentMargin() * 2) + 12
        self.setFixedHeight(lines * line + frame)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(super().sizeHint().width(), self.height())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        self._fit()


class FieldWidget(QWidget):
    """The frame every field kind shares: its label, help and note.

    Each kind below adds its control and defines `value()` and `set_value(value)`.
    """

    changed = Signal()

    def __init__(self, spec: TemplateField, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(6)
        self.title = label(spec.label, "subheading")
        self.layout_.addWidget(self.title)
        if spec.help:
            self.layout_.addWidget(label(spec.help, "hint"))
        if spec.note:
            note = label(spec.note.strip())
            set_role(note, "banner-info")
            note.setMargin(8)
            note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.layout_.addWidget(note)
        self.focus_target: QWidget = self

    def value(self) -> object:
        """The answer as the entry stores it; each kind below says what it holds."""
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        """Show a stored answer; anything this kind cannot hold shows as no answer."""
        raise NotImplementedError

    def is_empty(self) -> bool:
        value = self.value()
        return value in (None, "", [], {})

    def _name(self, widget: QWidget) -> None:
        widget.setAccessibleName(self.spec.label)
        description = " ".join(p for p in (self.spec.help, self.spec.note.strip()) if p)
        if description:
            widget.setAccessibleDescription(description)
        self.title.setBuddy(widget)


class TextField(FieldWidget):
    def __init__(self, spec: TemplateField, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(spec.placeholder)
        self._name(self.edit)
        self.edit.textChanged.connect(self.changed)
        self.layout_.addWidget(self.edit)
        self.focus_target = self.edit

    def value(self) -> str:
        return self.edit.text()

    def set_value(self, value: Any) -> None:
        self.edit.setText(value if isinstance(value, str) else "")


class MultilineField(FieldWidget):
    def __init__(self, spec: TemplateField, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.edit = GrowingTextEdit()
        self.edit.setPlaceholderText(spec.placeholder)
        self._name(self.edit)
        self.edit.textChanged.connect(self.changed)
        self.layout_.addWidget(self.edit)
        self.focus_target = self.edit

    def value(self) -> str:
        return self.edit.toPlainText()

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText(value if isinstance(value, str) else "")


class ChoiceField(FieldWidget):
    """Radio buttons, plus a way back to "no answer" (answering is always optional)."""

    def __init__(self, spec: TemplateField, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        box = QVBoxLayout()
        box.setSpacing(2)
        for index, option in enumerate(spec.options):
            radio = QRadioButton(option.label)
            radio.setAccessibleName(option.label)
            radio.setAccessibleDescription(spec.label + (f" {option.help}" if option.help else ""))
            if option.help:
                radio.setToolTip(option.help)
            self.group.addButton(radio, index)
            self.radios[option.id] = radio
            box.addWidget(radio)
        self.group.buttonToggled.connect(self._toggled)
        self.layout_.addLayout(box)
        self.clear_button = button(self.tr("Clear this answer"), lambda: self.set_value(None),
                                   role="link",
                                   accessible_name=self.tr("Clear the answer to: %1")
                                   .replace("%1", spec.label))
        self.clear_button.setVisible(False)
        self.layout_.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.focus_target = next(iter(self.radios.values()), self)

    def _toggled(self, _button: object, checked: bool) -> None:
        if checked:
            self.clear_button.setVisible(True)
            self.changed.emit()

    def value(self) -> str | None:
        for option_id, radio in self.radios.items():
            if radio.isChecked():
                return option_id
        return None

    def set_value(self, value: Any) -> None:
        self.group.setExclusive(False)
        for option_id, radio in self.radios.items():
            radio.setChecked(option_id == value)
        self.group.setExclusive(True)
        self.clear_button.setVisible(self.value() is not None)
        self.changed.emit()


class MultiChoiceField(FieldWidget):
    def __init__(self, spec: TemplateField, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.boxes: dict[str, QCheckBox] = {}
        box = QVBoxLayout()
        box.setSpacing(2)
        for option in spec.options:
            check = WrapCheckBox(option.label)
            check.setAccessibleName(option.label)
            check.setAccessibleDescription(
                spec.label + (f": {option.help}" if option.help else ""))
            if option.help:
                check.setToolTip(option.help)
            check.toggled.connect(self.changed)
            self.boxes[option.id] = check
            box.addWidget(check)
        self.layout_.addLayout(box)
        self._unknown: list[str] = []
        self.focus_target = next(iter(self.boxes.values()), self)

    def value(self) -> list[str]:
        # Keep picks of options a template no longer offers, so nothing is lost.
        return [o for o, c in self.boxes.items() if c.isChecked()] + self._unknown

    def set_value(self, value: Any) -> None:
        picked = [v for v in value if isinstance(v, str)] if isinstance(value, list) else []
        for option_id, check in self.boxes.items():
            check.blockSignals(True)
            check.setChecked(option_id in picked)
            check.blockSignals(False)
        self._unknown = [v for v in picked if v not in self.boxes]
        self.changed.emit()


class DateTimeField(FieldWidget):
    def __init__(self, spec: TemplateField, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.edit = DateField(with_time=True)
        self._name(self.edit)
        self.edit.setDateTime(QDateTime.currentDateTime())
        self.edit.dateTimeChanged.connect(self.changed)
        row = QHBoxLayout()
        row.addWidget(self.edit)
        self.now_button = button(self.tr("Now"), self._now,
                                 accessible_name=self.tr("Set %1 to now").replace("%1", spec.label))
        row.addWidget(self.now_button)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.focus_target = self.edit

    def _now(self) -> None:
        self.edit.setDateTime(QDateTime.currentDateTime())

    def value(self) -> datetime:
        moment = self.edit.dateTime().toPython()
        assert isinstance(moment, datetime)  # what a QDateTime always converts to
        return aware(moment.replace(second=0, microsecond=0))

    def set_value(self, value: Any) -> None:
        if isinstance(value, str):
            try:
                value = datetime.fromisoformat(value)
            except ValueError:
                value = None
        if isinstance(value, datetime):
            local = aware(value).astimezone()
            self.edit.setDateTime(QDateTime(
                QDate(local.year, local.month, local.day),
                QTime(local.hour, local.minute),
                QTimeZone.systemTimeZone(),
            ))
        else:
            self.edit.setDateTime(QDateTime.currentDateTime())

    def is_empty(self) -> bool:
        return False


class RatingField(FieldWidget):
    def __init__(self, spec: TemplateField, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.picker = RatingPicker(spec.label, spec.low_label, spec.high_label, spec.help)
        self.picker.changed.connect(self.changed)
        self.layout_.addWidget(self.picker)
        self.focus_target = self.picker

    def value(self) -> int | None:
        return self.picker.value()

    def set_value(self, value: Any) -> None:
        self.picker.set_value(value if isinstance(value, int) else None)


class PlanField(FieldWidget):
    """Pick one of the person's plans. A link to a deleted plan stays, and says so."""

    def __init__(self, spec: TemplateField, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.combo = QComboBox()
        # Plan titles can be long: the box shows the start, the list shows them whole.
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(16)
        self._name(self.combo)
        self.combo.currentIndexChanged.connect(self.changed)
        self.layout_.addWidget(self.combo)
        self.focus_target = self.combo
        self.set_plans([])

    def set_plans(self, plans: list[tuple[int, str]]) -> None:
        current = self.value() if self.combo.count() else None
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("Not linked to a plan"), None)
        for plan_id, title in plans:
            self.combo.addItem(title or self.tr("Untitled plan"), plan_id)
        self.combo.blockSignals(False)
        self.set_value(current)

    def value(self) -> int | None:
        data = self.combo.currentData()
        return int(data) if isinstance(data, int) else None

    def set_value(self, value: Any) -> None:
        if not isinstance(value, int) or isinstance(value, bool):
            self.combo.setCurrentIndex(0)
            return
        index = self.combo.findData(value)
        if index < 0:
            self.combo.addItem(self.tr("A plan that was deleted"), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)


FIELD_TYPES: dict[str, type[FieldWidget]] = {
    "text": TextField,
    "multiline": MultilineField,
    "choice": ChoiceField,
    "multi-choice": MultiChoiceField,
    "datetime": DateTimeField,
    "rating": RatingField,
    "plan-link": PlanField,
}


def make_field(spec: TemplateField) -> FieldWidget:
    return FIELD_TYPES.get(spec.kind, MultilineField)(spec)


def separator() -> QFrame:
    line = QFrame()
    set_role(line, "separator")
    line.setFrameShape(QFrame.Shape.HLine)
    return line

