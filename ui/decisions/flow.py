"""A layout that places items in rows and wraps them, like words in a sentence.

Used for short choices (a rating scale, sentence starters) and rows of controls so they
stay on one line at normal text size and wrap, rather than clip, when the text is large.
An item wider than the whole row gets the row's width; wrapping controls (see `wrap.py`)
then take more lines.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    """Items left to right, wrapping to a new row when the next one does not fit.

    `sizeHint()` is everything on one row; `minimumSize()` is the widest single item.
    With `align_right`, each row sits against the right edge (a row of actions).
    """

    def __init__(
        self, parent: QWidget | None = None, spacing: int = 8, align_right: bool = False
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._align_right = align_right
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        if rect != self.geometry():  # see _arrange: calls into Qt are kept to what changed
            super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        items = self._shown()
        width = sum(i.sizeHint().width() for i in items) + self._spacing * max(len(items) - 1, 0)
        height = max((i.sizeHint().height() for i in items), default=0)
        m: QMargins = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        m: QMargins = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if i.widget() is None or not i.widget().isHidden()]

    def _arrange(self, rect: QRect, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        room = max(area.width(), 1)
        rows: list[list[tuple[QLayoutItem, int, int]]] = [[]]
        used = 0
        for item in self._shown():
            hint = item.sizeHint()
            width = min(hint.width(), room)
            if rows[-1] and used + self._spacing + width > room:
                rows.append([])
                used = 0
            # An item squeezed below its natural width (a long choice at large text)
            # wraps its text, so it needs the height it asks for at that width.
            height = hint.height()
            if width < hint.width() and item.hasHeightForWidth():
                height = max(height, item.heightForWidth(width))
            used += (self._spacing if rows[-1] else 0) + width
            rows[-1].append((item, width, height))
        y = area.y()
        for row in rows:
            if not row:
                continue
            line_height = max(h for _i, _w, h in row)
            taken = sum(w for _i, w, _h in row) + self._spacing * (len(row) - 1)
            x = area.x() + (room - taken if self._align_right else 0)
            for item, width, height in row:
                place = QRect(QPoint(x, y), QSize(width, height))
                # Only when it moves: layout passes come often, and each call into Qt
                # that returns nothing costs PySide6 6.12 (Python 3.11) a None reference.
                if move and item.geometry() != place:
                    item.setGeometry(place)
                x += width + self._spacing
            y += line_height + self._spacing
        bottom = y - self._spacing if any(rows) else area.y()
        return bottom - rect.y() + m.bottom()


def fixed_policy(widget: QWidget) -> QWidget:
    widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    return widget
