"""A picture of what matters to the person, side by side, with no verdict.

Each reason they picked is a row with a small painted bar for how much it matters.
Both sides are drawn the same way and in the same colour: the picture never says
which side "wins", and there is no total.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from disclosure_helper.guide import Balance, WeightedItem
from disclosure_helper.ui.widgets import label


class WeightBar(QWidget):
    """`weight` filled segments out of `top`, in the theme's accent colour."""

    def __init__(self, weight: int, top: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weight = weight
        self.top = max(top, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        line = self.fontMetrics().height()
        return QSize(line * 5, max(8, line // 2))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.fontMetrics().height() * 2, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        gap = 3.0
        width = (self.width() - gap * (self.top - 1)) / self.top
        height = float(self.height())
        radius = min(height / 2, 4.0)
        for i in range(self.top):
            rect = QRectF(i * (width + gap), 0, width, height)
            filled = i < self.weight
            if filled:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(pal.color(QPalette.ColorRole.Link))
            else:
                painter.setPen(pal.color(QPalette.ColorRole.Mid))
                painter.setBrush(pal.color(QPalette.ColorRole.AlternateBase))
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
        painter.end()


class BalanceView(QWidget):
    """Two columns: reasons to tell and reasons to keep it private, each with its weight."""

    def __init__(self, scale: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale = scale
        self.setAccessibleName(self.tr("What matters to you, side by side"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(10)
        self.columns = QHBoxLayout()
        self.columns.setSpacing(24)
        outer.addLayout(self.columns)
        self.left = QWidget()
        self.right = QWidget()
        self.columns.addWidget(self.left, 1)
        self.columns.addWidget(self.right, 1)
        self.caption = label(
            self.tr(
                "This only shows what you said, and how much each thing matters to you. "
                "It is not a score, and it does not make the choice."
            ),
            "hint",
        )
        outer.addWidget(self.caption)
        self.set_balance(Balance((), ()))

    # Side by side only while each column has room for this many average characters;
    # narrower, the second column goes under the first.
    SIDE_BY_SIDE_CHARS = 24

    def _side_by_side_width(self) -> int:
        each = self.fontMetrics().averageCharWidth() * self.SIDE_BY_SIDE_CHARS
        return (max(self.left.minimumSizeHint().width(), each)
                + max(self.right.minimumSizeHint().width(), each) + self.columns.spacing())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        narrow = max(self.left.minimumSizeHint().width(), self.right.minimumSizeHint().width(),
                     self.caption.minimumSizeHint().width())
        return QSize(narrow, hint.height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        wanted = (QBoxLayout.Direction.LeftToRight
                  if event.size().width() >= self._side_by_side_width()
                  else QBoxLayout.Direction.TopToBottom)
        if self.columns.direction() != wanted:
            self.columns.setDirection(wanted)

    def set_balance(self, balance: Balance) -> None:
        self._fill(self.left, self.tr("What might make telling worth it"), balance.for_items)
        self._fill(self.right, self.tr("What might make keeping it private feel right"),
                   balance.against_items)
        self.setAccessibleDescription(self._describe(balance))

    def _fill(self, column: QWidget, heading: str, items: tuple[WeightedItem, ...]) -> None:
        old = column.layout()
        if old is not None:
            QWidget().setLayout(old)  # reparent the old layout so it is deleted with a temp
        grid = QGridLayout(column)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(4)
        grid.setHorizontalSpacing(8)
        grid.addWidget(label(heading, "subheading"), 0, 0)
        ordered = sorted(items, key=lambda i: -i.weight)
        if not ordered:
            grid.addWidget(label(self.tr("Nothing picked yet."), "hint"), 1, 0)
        row = 1
        for item in ordered:
            text = label(item.label)
            text.setContentsMargins(0, 6, 0, 0)
            grid.addWidget(text, row, 0, 1, 2)
            grid.addWidget(WeightBar(item.weight, len(self.scale)), row + 1, 0)
            grid.addWidget(label(self._words(item.weight), "hint"), row + 1, 1)
            row += 2
        grid.setColumnStretch(0, 1)
        grid.setRowStretch(row, 1)

    def _words(self, weight: int) -> str:
        return self.scale[weight - 1] if 1 <= weight <= len(self.scale) else str(weight)

    def _describe(self, balance: Balance) -> str:
        def side(items: tuple[WeightedItem, ...]) -> str:
            return "; ".join(f"{i.label}: {self._words(i.weight)}" for i in items) or "-"

        return self.tr("Telling: %1. Keeping it private: %2.").replace(
            "%1", side(balance.for_items)).replace("%2", side(balance.against_items))
