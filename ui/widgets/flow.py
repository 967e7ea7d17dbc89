"""A row of buttons that moves buttons onto the next line when they no longer fit.

Longer translations and large text make a row of buttons wider than its screen; a
plain QHBoxLayout then squeezes every button until its text is cut. This row keeps each
button at its full width and flows the rest onto another line instead:

    row = FlowRow(align_end=True)        # dialog buttons sit on the right
    row.addWidget(cancel_button)
    row.addWidget(save_button)
    layout.addLayout(row)

Tab order follows the order buttons were added, as it does in a box layout.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem


class FlowRow(QLayout):
    """Lays out widgets left to right (or packed to the right), wrapping when needed."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 10,
                 align_end: bool = False) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.align_end = align_end
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout's list of items --------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def addWidget(self, widget: QWidget) -> None:  # noqa: N802 - Qt's name
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def spacing(self) -> int:
        return self._spacing

    def setSpacing(self, spacing: int) -> None:  # noqa: N802 - Qt's name
        self._spacing = spacing
        self.invalidate()

    # -- sizes --------------------------------------------------------------------

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Everything on one line, when there is room for it."""
        visible = self._visible()
        margins = self.contentsMargins()
        width = sum(i.sizeHint().width() for i in visible)
        width += self._spacing * max(0, len(visible) - 1)
        height = max((i.sizeHint().height() for i in visible), default=0)
        return QSize(width + margins.left() + margins.right(),
                     height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        """As narrow as the widest single button: the others go on lines of their own."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    # -- placing ------------------------------------------------------------------

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._visible():
            wanted = item.sizeHint().width()
            if lines[-1] and used + self._spacing + wanted > width:
                lines.append([])
                used = 0
            used += (self._spacing if lines[-1] else 0) + wanted
            lines[-1].append(item)
        return [line for line in lines if line]

    def _arrange(self, rect: QRect, place: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        y = area.y()
        for line in self._lines(area.width()):
            height = max(item.sizeHint().height() for item in line)
            widths = [min(item.sizeHint().width(), area.width()) for item in line]
            line_width = sum(widths) + self._spacing * (len(line) - 1)
            x = area.x() + (area.width() - line_width if self.align_end else 0)
            for item, width in zip(line, widths, strict=True):
                if place:
                    item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
                x += width + self._spacing
            y += height + self._spacing
        return max(0, y - self._spacing - area.y()) + margins.top() + margins.bottom()
