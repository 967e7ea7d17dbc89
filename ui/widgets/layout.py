"""Layout helpers: a scrolling screen with a readable column in the middle.

Long lines are hard to read, so text sits in a column about 70 characters wide,
measured in the current font: it grows with the text size setting.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from disclosure_helper.ui.widgets.basics import set_qt_property
from disclosure_helper.ui.widgets.keys import FocusScrollArea

if TYPE_CHECKING:
    from PySide6.QtCore import QRect


class ReadableColumn(QWidget):
    """A vertical box whose width stays within `max_chars` characters of body text: the
    middle of a ScrollScreen (`screen.column` is its layout), not used on its own.

    Its font can change after it is made: the text size setting, or Together mode's own
    size for part of the window. It is measured again each time the row holding it is
    laid out (`_ColumnRow`), which Qt does after any font change, rather than from a font
    change event: the first event a Python handler receives makes PySide build the types
    of all ~50 Qt event classes, a few ms the first window would otherwise spend.
    """

    def __init__(self, max_chars: int = 70, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.max_chars = max_chars
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(16)
        self.fit_width()

    def fit_width(self) -> bool:
        """Set the column's widest to `max_chars` of its current font; True if it moved."""
        width = self.fontMetrics().averageCharWidth() * self.max_chars + 48
        if width == self.maximumWidth():
            return False
        self.setMaximumWidth(width)
        return True


class _ColumnRow(QHBoxLayout):
    """The column between two stretches, measured again before each layout pass, so it
    lays out at its new width in the same pass after its font changed."""

    def __init__(self, column: ReadableColumn) -> None:
        super().__init__()
        self._column = column
        self.addStretch(1)
        self.addWidget(column, 100)
        self.addStretch(1)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        if self._column.fit_width():
            self.invalidate()  # this pass reads the new width, not the one it cached
        super().setGeometry(rect)


class ScrollScreen(FocusScrollArea):
    """A whole screen that scrolls when text is large, with content centred in a column.

        screen = ScrollScreen()
        screen.column.addWidget(label(tr("Welcome"), "title"))
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        max_chars: int = 70,
        centre_vertically: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("screenScroll")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Tab goes to the controls; the area scrolls to whichever one has focus.
        set_qt_property(self, "focusPolicy", "NoFocus")
        set_qt_property(self, "horizontalScrollBarPolicy", "ScrollBarAsNeeded")
        body = QWidget()
        body.setObjectName("screenBody")
        outer = QVBoxLayout(body)
        outer.setContentsMargins(32, 28, 32, 28)
        self.readable = ReadableColumn(max_chars)
        row = _ColumnRow(self.readable)
        if centre_vertically:
            outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1 if centre_vertically else 100)
        self.setWidget(body)
        self.column: QVBoxLayout = self.readable.layout_


class CurrentPageStack(QStackedWidget):
    """A stack sized by the page it shows, not by the largest page it holds.

    A plain QStackedWidget is never narrower than its widest page, so one wide page
    (say, with large text) would widen the whole window while any page is showing.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        current = self.currentWidget()
        return current.sizeHint() if current is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        current = self.currentWidget()
        if current is None:
            return super().minimumSizeHint()
        return current.minimumSizeHint().expandedTo(current.minimumSize())
