"""Small line and bar charts drawn with QPainter (QtCharts is not in PySide6-Essentials).

Charts are pictures for people who can see them; the same facts always come as a
plain text summary too, which is the chart's accessible description and is shown
beneath it. Series differ by colour *and* by line style and marker shape, so they can
be told apart without colour vision. Colours come from the active theme.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from disclosure_helper.ui.theme import theme_colours

# Theme colour names for series, in order; chosen to stay distinct in every palette.
_SERIES_COLOURS = ("accent", "focus", "warning_border", "danger")
_LINE_STYLES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine,
                Qt.PenStyle.DashDotLine)
_MARKERS = ("circle", "square", "triangle", "diamond")


@dataclass(frozen=True)
class Series:
    """One line (or one set of bars). `None` is a gap: nothing was recorded then."""

    name: str
    values: tuple[float | None, ...]


def series_colour(index: int, colours: dict[str, QColor], fallback: QColor) -> QColor:
    return colours.get(_SERIES_COLOURS[index % len(_SERIES_COLOURS)], fallback)


class Chart(QWidget):
    """Shared frame: axes, grid, category labels along the bottom, a legend on top.

    `set_data(labels, series, summary)`; `summary` becomes the accessible description.
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.labels: list[str] = []
        self.series: list[Series] = []
        self.summary = ""
        self.y_min: float = 0.0
        self.y_max: float | None = None
        self.y_ticks: list[float] | None = None
        self.setAccessibleName(title)
        # Keyboard and screen reader users can land on the chart and hear its summary.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    # -- data --------------------------------------------------------------

    def set_data(
        self,
        labels: Sequence[str],
        series: Sequence[Series],
        summary: str,
        y_range: tuple[float, float] | None = None,
        y_ticks: Sequence[float] | None = None,
    ) -> None:
        self.labels = list(labels)
        self.series = list(series)
        self.summary = summary
        if y_range is not None:
            self.y_min, self.y_max = y_range
        else:
            self.y_min, self.y_max = 0.0, None
        self.y_ticks = list(y_ticks) if y_ticks is not None else None
        self.setAccessibleDescription(summary)
        self.setToolTip(summary)
        self.updateGeometry()
        self.update()

    def is_empty(self) -> bool:
        return not any(v is not None for s in self.series for v in s.values)

    def _top(self) -> float:
        if self.y_max is not None:
            return self.y_max
        highest = max((v for s in self.series for v in s.values if v is not None), default=0.0)
        return _nice_ceiling(highest)

    def _ticks(self) -> list[float]:
        if self.y_ticks is not None:
            return self.y_ticks
        top = self._top()
        step = _nice_step(top - self.y_min)
        ticks, value = [], self.y_min
        while value <= top + 1e-9:
            ticks.append(value)
            value += step
        return ticks

    # -- size ----------------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        line = self.fontMetrics().height()
        return QSize(line * 28, line * 14)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        line = self.fontMetrics().height()
        return QSize(line * 12, line * 10)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return False

    # -- drawing ---------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        colours = theme_colours()
        muted = colours.get("muted", text)
        grid = colours.get("border", pal.color(QPalette.ColorRole.Mid))
        fm = QFontMetrics(self.font())
        line = fm.height()

        legend_h = self._draw_legend(painter, fm, colours, text) if len(self.series) > 1 else 0
        ticks = self._ticks()
        tick_texts = [_format_number(t) for t in ticks]
        left = max((fm.horizontalAdvance(t) for t in tick_texts), default=0) + line // 2
        plot = QRectF(
            left + 4,
            legend_h + line * 0.6,
            max(10.0, self.width() - left - 4 - line * 0.6),
            max(10.0, self.height() - legend_h - line * 0.6 - line * 1.8),
        )

        if self.focusWidget() is self and self.hasFocus():
            focus = QPen(colours.get("focus", text), 2)
            painter.setPen(focus)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 6, 6)

        if self.is_empty():
            painter.setPen(muted)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.tr("Nothing recorded in this period yet."))
            return

        top = self._top()
        span = (top - self.y_min) or 1.0

        def y_of(value: float) -> float:
            return plot.bottom() - (value - self.y_min) / span * plot.height()

        painter.setPen(QPen(grid, 1))
        for tick, label in zip(ticks, tick_texts, strict=True):
            y = y_of(tick)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.save()
            painter.setPen(muted)
            painter.drawText(QRectF(0, y - line / 2, left, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            painter.restore()

        self._draw_labels(painter, fm, plot, muted)
        self.draw_series(painter, plot, y_of, colours, text)

    def _slot(self, plot: QRectF, index: int) -> tuple[float, float]:
        count = max(1, len(self.labels))
        width = plot.width() / count
        return plot.left() + width * index, width

    def _draw_labels(self, painter: QPainter, fm: QFontMetrics, plot: QRectF,
                     colour: QColor) -> None:
        if not self.labels:
            return
        painter.setPen(colour)
        _x, width = self._slot(plot, 0)
        widest = max(fm.horizontalAdvance(label) for label in self.labels) + fm.height() // 2
        # Skip labels rather than let them overlap when many periods share little room.
        every = max(1, int(widest // max(1.0, width)) + 1)
        for index, label in enumerate(self.labels):
            if index % every:
                continue
            x, w = self._slot(plot, index)
            centre = x + w / 2
            rect = QRectF(centre - widest / 2, plot.bottom() + 4, widest, fm.height() * 1.4)
            painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)

    def _draw_legend(self, painter: QPainter, fm: QFontMetrics, colours: dict[str, QColor],
                     text: QColor) -> int:
        line = fm.height()
        x, y = 4.0, 2.0
        rows = 1
        for index, series in enumerate(self.series):
            width = line * 2 + fm.horizontalAdvance(series.name) + line
            if x + width > self.width() and x > 4:
                x, y = 4.0, y + line * 1.3
                rows += 1
            colour = series_colour(index, colours, text)
            pen = QPen(colour, 2.5, _LINE_STYLES[index % len(_LINE_STYLES)])
            painter.setPen(pen)
            mid = y + line / 2
            painter.drawLine(QPointF(x, mid), QPointF(x + line * 1.5, mid))
            _draw_marker(painter, _MARKERS[index % len(_MARKERS)],
                         QPointF(x + line * 0.75, mid), line * 0.22, colour)
            painter.setPen(text)
            painter.drawText(QRectF(x + line * 1.8, y, width, line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             series.name)
            x += width
        return int(rows * line * 1.3 + 4)

    def draw_series(self, painter: QPainter, plot: QRectF, y_of, colours: dict[str, QColor],
                    text: QColor) -> None:
        raise NotImplementedError


class LineChart(Chart):
    """Lines through each period's value; a gap where nothing was recorded."""

    def draw_series(self, painter: QPainter, plot: QRectF, y_of, colours: dict[str, QColor],
                    text: QColor) -> None:
        radius = self.fontMetrics().height() * 0.22
        for index, series in enumerate(self.series):
            colour = series_colour(index, colours, text)
            pen = QPen(colour, 2.5, _LINE_STYLES[index % len(_LINE_STYLES)])
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            path = QPainterPath()
            drawing = False
            points: list[QPointF] = []
            for slot, value in enumerate(series.values[: len(self.labels)]):
                if value is None:
                    drawing = False
                    continue
                x, w = self._slot(plot, slot)
                point = QPointF(x + w / 2, y_of(value))
                points.append(point)
                if drawing:
                    path.lineTo(point)
                else:
                    path.moveTo(point)
                    drawing = True
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            for point in points:
                _draw_marker(painter, _MARKERS[index % len(_MARKERS)], point, radius, colour)


class BarChart(Chart):
    """Bars side by side in each period, one per series."""

    def draw_series(self, painter: QPainter, plot: QRectF, y_of, colours: dict[str, QColor],
                    text: QColor) -> None:
        count = max(1, len(self.series))
        base = y_of(self.y_min)
        for index, series in enumerate(self.series):
            colour = series_colour(index, colours, text)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            for slot, value in enumerate(series.values[: len(self.labels)]):
                if not value:
                    continue
                x, w = self._slot(plot, slot)
                gap = w * 0.2
                bar_w = (w - gap) / count
                left = x + gap / 2 + bar_w * index
                top = y_of(value)
                painter.drawRoundedRect(QRectF(left, top, max(1.0, bar_w - 1), base - top), 2, 2)


class CategoryBars(QWidget):
    """Horizontal bars with their names beside them, for categories with long names."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.items: list[tuple[str, int]] = []
        self.summary = ""
        self.setAccessibleName(title)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_data(self, items: Sequence[tuple[str, int]], summary: str) -> None:
        self.items = list(items)
        self.summary = summary
        self.setAccessibleDescription(summary)
        self.setToolTip(summary)
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def _row_h(self) -> int:
        return int(self.fontMetrics().height() * 1.7)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        line = self.fontMetrics().height()
        return QSize(line * 28, max(line * 3, self._row_h() * max(1, len(self.items)) + 8))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self.fontMetrics().height() * 12, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = theme_colours()
        text = self.palette().color(QPalette.ColorRole.WindowText)
        fm = self.fontMetrics()
        if self.hasFocus():
            painter.setPen(QPen(colours.get("focus", text), 2))
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 6, 6)
        if not self.items or not any(count for _n, count in self.items):
            painter.setPen(colours.get("muted", text))
            painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter,
                             self.tr("Nothing recorded in this period yet."))
            return
        # Names take up to half the width; longer ones are elided (the summary has them whole).
        name_w = min(self.width() * 0.5,
                     max(fm.horizontalAdvance(name) for name, _c in self.items) + fm.height())
        number_w = fm.horizontalAdvance("0000") + fm.height() // 2
        bar_room = max(10.0, self.width() - name_w - number_w - 8)
        highest = max(count for _n, count in self.items) or 1
        bar = series_colour(0, colours, text)
        row_h = self._row_h()
        for row, (name, count) in enumerate(self.items):
            y = 4 + row * row_h
            painter.setPen(text)
            shown = fm.elidedText(name, Qt.TextElideMode.ElideRight, int(name_w - fm.height() / 2))
            painter.drawText(QRectF(4, y, name_w, row_h),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
            width = bar_room * count / highest
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(bar)
            if width > 0:
                painter.drawRoundedRect(QRectF(name_w, y + row_h * 0.2, width, row_h * 0.6), 3, 3)
            painter.setPen(text)
            painter.drawText(QRectF(name_w + width + 6, y, number_w, row_h),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(count))


def _draw_marker(painter: QPainter, shape: str, centre: QPointF, radius: float,
                 colour: QColor) -> None:
    painter.save()
    painter.setPen(QPen(colour, 1.5))
    painter.setBrush(colour)
    if shape == "square":
        painter.drawRect(QRectF(centre.x() - radius, centre.y() - radius, radius * 2, radius * 2))
    elif shape == "triangle":
        path = QPainterPath(QPointF(centre.x(), centre.y() - radius * 1.2))
        path.lineTo(centre.x() + radius * 1.1, centre.y() + radius * 0.9)
        path.lineTo(centre.x() - radius * 1.1, centre.y() + radius * 0.9)
        path.closeSubpath()
        painter.drawPath(path)
    elif shape == "diamond":
        path = QPainterPath(QPointF(centre.x(), centre.y() - radius * 1.3))
        path.lineTo(centre.x() + radius * 1.3, centre.y())
        path.lineTo(centre.x(), centre.y() + radius * 1.3)
        path.lineTo(centre.x() - radius * 1.3, centre.y())
        path.closeSubpath()
        painter.drawPath(path)
    else:
        painter.drawEllipse(centre, radius, radius)
    painter.restore()


def _nice_step(span: float) -> float:
    if span <= 5:
        return 1.0
    for step in (2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if span / step <= 6:
            return float(step)
    return float(10 ** len(str(int(span))) // 10)


def _nice_ceiling(value: float) -> float:
    if value <= 0:
        return 1.0
    step = _nice_step(value)
    return float(-(-value // step) * step)


def _format_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"
