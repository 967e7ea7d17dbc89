"""Layout helpers: a scrolling screen with a readable column in the middle.

Long lines are hard to read, so text sits in a column about 70 characters wide,
measured in the current font: it grows with the text size setting.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from disclosure_helper.ui.widgets.basics import set_qt_property


class ReadableColumn(QWidget):
    """A vertical box whose width stays within `max_chars` characters of body text."""

    def __init__(self, max_chars: int = 70, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.max_chars = max_chars
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(16)
        self._update_width()

    def _update_width(self) -> None:
        self.setMaximumWidth(self.fontMetrics().averageCharWidth() * self.max_chars + 48)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        # Font and style changes matter; the others (few, and a repeated width is a no-op)
        # are not told apart, as reading an event's type builds PySide's enum of them all.
        self._update_width()
        super().changeEvent(event)


class ScrollScreen(QScrollArea):
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
        row = QHBoxLayout()
        row.addStretch(1)
        self.readable = ReadableColumn(max_chars)
        row.addWidget(self.readable, 100)
        row.addStretch(1)
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
