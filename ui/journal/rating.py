"""A 1–5 picker that is quick by keyboard: focus it and press a number."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from disclosure_helper.ui.theme import theme_colours
from disclosure_helper.ui.widgets import label, set_role


class RatingPicker(QWidget):
    """Five buttons in one tab stop. Keys 1–5 pick, arrows step, Delete clears.

    `picked(value)` fires when the person chooses a number (not on `set_value`), so
    a check-in can move on to the next question straight away.
    """

    changed = Signal()
    picked = Signal(int)

    def __init__(self, name: str, low: str = "", high: str = "", help_text: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._value: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.setSpacing(4)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: list[QPushButton] = []
        for number in range(1, 6):
            button = QPushButton(str(number))
            button.setCheckable(True)
            # One tab stop for the whole picker; the number keys do the choosing.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            extra = low if number == 1 else high if number == 5 else ""
            spoken = self.tr("%1: %2 of 5").replace("%1", name).replace("%2", str(number))
            button.setAccessibleName(f"{spoken} ({extra})" if extra else spoken)
            button.clicked.connect(lambda _checked=False, n=number: self._choose(n))
            self.group.addButton(button, number)
            self.buttons.append(button)
            row.addWidget(button)
        row.addStretch(1)
        outer.addLayout(row)
        if low or high:
            ends = QHBoxLayout()
            ends.addWidget(label(self.tr("1 = %1").replace("%1", low) if low else "", "hint"))
            ends.addStretch(1)
            ends.addWidget(label(self.tr("5 = %1").replace("%1", high) if high else "", "hint"))
            outer.addLayout(ends)
        self._help = help_text
        self._announce()

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        if value is not None and not (isinstance(value, int) and 1 <= value <= 5):
            value = None
        self._value = value
        self.group.setExclusive(False)
        for number, button in enumerate(self.buttons, start=1):
            button.setChecked(number == value)
            # The picked number is filled in, so it stands out in every theme.
            set_role(button, "primary" if number == value else None)
        self.group.setExclusive(True)
        self._announce()
        self.changed.emit()

    def _choose(self, number: int) -> None:
        self.set_value(number)
        self.picked.emit(number)

    def _announce(self) -> None:
        self.setAccessibleName(self.tr("%1, from 1 to 5").replace("%1", self.name))
        now = (self.tr("Not picked yet.") if self._value is None
               else self.tr("Picked %1 of 5.").replace("%1", str(self._value)))
        hint = self.tr("Press a number from 1 to 5.")
        self.setAccessibleDescription(" ".join(p for p in (self._help, now, hint) if p))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_5:
            self._choose(key - Qt.Key.Key_0)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self._choose(min(5, (self._value or 0) + 1))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            self._choose(max(1, (self._value or 2) - 1))
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_0):
            self.set_value(None)
        else:
            super().keyPressEvent(event)

    # The buttons never take focus, so the picker shows its own focus ring.
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            colour = theme_colours()["focus"]  # every palette names it
            painter.setPen(QPen(colour, 2))
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 6, 6)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self.update()
