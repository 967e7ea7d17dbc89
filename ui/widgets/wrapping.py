"""A tick box whose text wraps onto more lines when space is short.

Qt draws a QCheckBox's text on one line, so at large text or in a longer translation
a sentence like "Lock when the window is minimised" pushes the page wider than the
window. `WrapCheckBox` keeps Qt's own drawing (the theme's indicator, focus ring and
colours) and only breaks the text where it has to:

    box = WrapCheckBox(self.tr("Lock when the window is minimised"))

The whole box, every line of it, toggles on click.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

# Never narrower than this many average characters (or the longest word).
MIN_CHARS = 12


class WrapCheckBox(QCheckBox):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        # Qt's Fixed height would hold it to one line whatever its width.
        policy.setVerticalPolicy(QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _text_width(self, text: str) -> int:
        return self.fontMetrics().horizontalAdvance(text)

    def _chrome(self) -> int:
        """What the style adds around the text: indicator, spacing and padding."""
        return max(0, super().sizeHint().width() - self._text_width(self.text()))

    def lines(self, width: int) -> list[str]:
        """The text broken into lines that fit a box `width` pixels wide."""
        text = self.text()
        room = width - self._chrome() - 2  # slack for rounding inside the style
        if not text or self._text_width(text) <= room:
            return [text]
        lines: list[str] = []
        current = ""
        for word in text.split():
            candidate = f"{current} {word}" if current else word
            if current and self._text_width(candidate) > room:
                lines.append(current)
                current = word
            else:
                current = candidate
        lines.append(current)
        return lines

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        extra = len(self.lines(width)) - 1
        return super().sizeHint().height() + extra * self.fontMetrics().lineSpacing()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        words = [self._text_width(w) for w in self.text().split()] or [0]
        text = min(self._text_width(self.text()),
                   max(max(words), self.fontMetrics().averageCharWidth() * MIN_CHARS))
        return QSize(self._chrome() + text + 2, super().sizeHint().height())

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 - Qt's name
        return self.rect().contains(pos)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        lines = self.lines(self.width())
        if len(lines) <= 1:
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = "\n".join(lines)
        painter.drawControl(QStyle.ControlElement.CE_CheckBox, option)
