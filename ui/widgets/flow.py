"""A row of buttons that moves buttons onto the next line when they no longer fit.

Longer translations and large text make a row of buttons wider than its screen; a
plain QHBoxLayout then squeezes every button until its text is cut. This row keeps each
button at its full width and flows the rest onto another line instead:

    row = FlowRow(align_end=True)        # dialog buttons sit on the right
    row.addWidget(cancel_button)
    row.addWidget(save_button)
    layout.addWidget(row)

Tab order follows the order buttons were added, as it does in a box layout.

It is a widget that places its children itself rather than a QLayout subclass: Qt asks
a layout for items past its end and expects a null pointer back, and a Python layout
answering None there upsets the binding's reference counting.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize
from PySide6.QtWidgets import QSizePolicy, QWidget
from shiboken6 import isValid


class FlowRow(QWidget):
    """Lays out widgets left to right (or packed to the right), wrapping when needed."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 10,
                 align_end: bool = False) -> None:
        super().__init__(parent)
        self._widgets: list[QWidget] = []
        self._spacing = spacing
        self.align_end = align_end
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def addWidget(self, widget: QWidget) -> None:  # noqa: N802 - Qt's name
        self.insertWidget(len(self._widgets), widget)

    def insertWidget(self, index: int, widget: QWidget) -> None:  # noqa: N802 - Qt's name
        widget.setParent(self)
        self._widgets.insert(index, widget)
        from PySide6.QtCore import Qt  # no row is in the first window (ui/startup.py)

        explicitly_hidden = (widget.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)
                             and widget.isHidden())
        if not explicitly_hidden:
            widget.show()
        self._changed()

    def widgets(self) -> list[QWidget]:
        return list(self._widgets)

    def spacing(self) -> int:
        return self._spacing

    # -- sizes --------------------------------------------------------------------

    def _visible(self) -> list[QWidget]:
        # Buttons deleted elsewhere drop out here; a ChildRemoved handler would run while
        # this row itself is being torn down.
        self._widgets = [w for w in self._widgets if isValid(w) and w.parentWidget() is self]
        return [w for w in self._widgets if not w.isHidden()]

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._arrange(width, place=False)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Everything on one line, when there is room for it."""
        visible = self._visible()
        width = sum(w.sizeHint().width() for w in visible)
        width += self._spacing * max(0, len(visible) - 1)
        height = max((w.sizeHint().height() for w in visible), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """As narrow as the widest single button: the others go on lines of their own."""
        visible = self._visible()
        width = max((w.minimumSizeHint().expandedTo(w.minimumSize()).width() for w in visible),
                    default=0)
        m = self.contentsMargins()
        width += m.left() + m.right()
        return QSize(width, self.heightForWidth(width) if visible else m.top() + m.bottom())

    # -- placing ------------------------------------------------------------------

    def _changed(self) -> None:
        self.updateGeometry()
        self._arrange(self.width(), place=True)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            # A button's text or visibility changed.
            self._changed()
        return super().event(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._arrange(self.width(), place=True)
        super().resizeEvent(event)

    def _lines(self, width: int) -> list[list[QWidget]]:
        lines: list[list[QWidget]] = [[]]
        used = 0
        for widget in self._visible():
            wanted = widget.sizeHint().width()
            if lines[-1] and used + self._spacing + wanted > width:
                lines.append([])
                used = 0
            used += (self._spacing if lines[-1] else 0) + wanted
            lines[-1].append(widget)
        return [line for line in lines if line]

    def _arrange(self, width: int, place: bool) -> int:
        # Inside the row's contents margins (an indented row of controls sets them).
        m = self.contentsMargins()
        width = max(1, width - m.left() - m.right())
        y = m.top()
        for line in self._lines(width):
            widths = [min(w.sizeHint().width(), width) for w in line]
            heights = [w.heightForWidth(wd) if w.hasHeightForWidth() else w.sizeHint().height()
                       for w, wd in zip(line, widths, strict=True)]
            height = max(heights)
            line_width = sum(widths) + self._spacing * (len(line) - 1)
            x = m.left() + (max(0, width - line_width) if self.align_end else 0)
            for widget, w in zip(line, widths, strict=True):
                if place:
                    widget.setGeometry(QRect(x, y, w, height))
                x += w + self._spacing
            y += height + self._spacing
        return max(m.top(), y - self._spacing) + m.bottom()
