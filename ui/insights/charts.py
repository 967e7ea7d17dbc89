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
from disclosure_helper.ui.widgets import dates

# Theme colour names for series, in order; chosen to stay distinct in every palette.
_SERIES_COLOURS = ("accent", "focus", "warning_border", "danger")
_LINE_STYLES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine,
                Qt.PenStyle.DashDotLine)
_MARKERS = ("circle", "square", "triangle", "diamond")


@dataclass(frozen=True)
class LegendItem:
    index: int
    name: str
    key: QRectF  # the line and marker
    text: QRectF  # the name, exactly its width


@dataclass(frozen=True)
class ChartLayout:
    rtl: bool
    plot: QRectF
    legend: list[LegendItem]
    ticks: list[tuple[float, QRectF, str]]  # value, its label's box, the label
    labels: list[tuple[QRectF, str]]  # a period's label box and text

    def text_boxes(self) -> list[QRectF]:
        return ([i.text for i in self.legend] + [i.key for i in self.legend]
                + [b for _t, b, _s in self.ticks] + [b for b, _s in self.labels])


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

    def chart_layout(self) -> ChartLayout:
        """Where everything goes at this size and direction. Each text has a box exactly its
        width, so nothing overlaps or leaves the widget however the text is aligned. Under
        right-to-left the chart is mirrored: legend from the right, the scale on the right,
        time running leftwards."""
        fm = QFontMetrics(self.font())
        line = fm.height()
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        legend, legend_h = self._legend_layout(fm, rtl) if len(self.series) > 1 else ([], 0)
        ticks = self._ticks()
        tick_texts = [_format_number(t) for t in ticks]
        left = max((fm.horizontalAdvance(t) for t in tick_texts), default=0) + line // 2
        width = max(10.0, self.width() - left - 4 - line * 0.6)
        plot = QRectF(
            line * 0.6 if rtl else left + 4,
            legend_h + line * 0.6,
            width,
            max(10.0, self.height() - legend_h - line * 0.6 - line * 1.8),
        )
        top = self._top()
        span = (top - self.y_min) or 1.0
        tick_boxes = []
        for tick, text in zip(ticks, tick_texts, strict=True):
            y = plot.bottom() - (tick - self.y_min) / span * plot.height()
            w = fm.horizontalAdvance(text)
            # Beside the plot, a little apart from it, on whichever side the scale is.
            x = plot.right() + line // 4 if rtl else plot.left() - 4 - line // 4 - w
            tick_boxes.append((tick, QRectF(x, y - line / 2, w, line), text))
        return ChartLayout(rtl, plot, legend, tick_boxes, self._label_layout(fm, plot, rtl))

    def _legend_layout(self, fm: QFontMetrics, rtl: bool) -> tuple[list[LegendItem], int]:
        line = fm.height()
        items = []
        edge, y, rows = 4.0, 2.0, 1  # `edge`: distance from the leading side
        for index, series in enumerate(self.series):
            # A name longer than the chart is wide is shortened (the summary has it whole).
            name = fm.elidedText(series.name, Qt.TextElideMode.ElideRight,
                                 int(max(line, self.width() - 8 - line * 1.8)))
            text_w = fm.horizontalAdvance(name)
            width = line * 1.8 + text_w + line
            if edge + width > self.width() and edge > 4:
                edge, y = 4.0, y + line * 1.3
                rows += 1
            if rtl:
                right = self.width() - edge
                key = QRectF(right - line * 1.5, y, line * 1.5, line)
                text = QRectF(right - line * 1.8 - text_w, y, text_w, line)
            else:
                key = QRectF(edge, y, line * 1.5, line)
                text = QRectF(edge + line * 1.8, y, text_w, line)
            items.append(LegendItem(index, name, key, text))
            edge += width
        return items, int(rows * line * 1.3 + 4)

    def _label_layout(self, fm: QFontMetrics, plot: QRectF, rtl: bool) -> list[tuple[QRectF, str]]:
        if not self.labels:
            return []
        _x, width = self._slot(plot, 0, rtl)
        widest = max(fm.horizontalAdvance(label) for label in self.labels) + fm.height() // 2
        # Skip labels rather than let them overlap when many periods share little room.
        every = max(1, int(widest // max(1.0, width)) + 1)
        boxes = []
        for index, label in enumerate(self.labels):
            if index % every:
                continue
            x, w = self._slot(plot, index, rtl)
            text_w = fm.horizontalAdvance(label)
            # Centred under its period, but kept inside the widget at either end.
            left = min(max(0.0, x + w / 2 - text_w / 2), self.width() - text_w)
            # Below the lowest scale number, which is centred on the plot's bottom line.
            top = plot.bottom() + fm.height() / 2 + 2
            boxes.append((QRectF(left, top, text_w, fm.height()), label))
        return boxes

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        colours = theme_colours()
        muted = colours.get("muted", text)
        grid = colours.get("border", pal.color(QPalette.ColorRole.Mid))
        layout = self.chart_layout()
        plot = layout.plot
        self._rtl = layout.rtl
        exact = Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignLeft | \
            Qt.AlignmentFlag.AlignVCenter

        for item in layout.legend:
            colour = series_colour(item.index, colours, text)
            painter.setPen(QPen(colour, 2.5, _LINE_STYLES[item.index % len(_LINE_STYLES)]))
            mid = item.key.center().y()
            painter.drawLine(QPointF(item.key.left(), mid), QPointF(item.key.right(), mid))
            _draw_marker(painter, _MARKERS[item.index % len(_MARKERS)], item.key.center(),
                         item.key.height() * 0.22, colour)
            painter.setPen(text)
            painter.drawText(item.text, exact, item.name)

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

        for _tick, box, label in layout.ticks:
            y = box.center().y()
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(muted)
            painter.drawText(box, exact, label)

        painter.setPen(muted)
        for box, label in layout.labels:
            painter.drawText(box, exact | Qt.AlignmentFlag.AlignTop, label)
        self.draw_series(painter, plot, y_of, colours, text)

    def _slot(self, plot: QRectF, index: int, rtl: bool | None = None) -> tuple[float, float]:
        """The left edge and width of period `index` (the first on the leading side)."""
        rtl = getattr(self, "_rtl", False) if rtl is None else rtl
        count = max(1, len(self.labels))
        width = plot.width() / count
        if rtl:
            return plot.right() - width * (index + 1), width
        return plot.left() + width * index, width

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
        if self.hasFocus():
            painter.setPen(QPen(colours.get("focus", text), 2))
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 6, 6)
        if not self.items or not any(count for _n, count in self.items):
            painter.setPen(colours.get("muted", text))
            painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter,
                             self.tr("Nothing recorded in this period yet."))
            return
        bar = series_colour(0, colours, text)
        exact = Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignLeft | \
            Qt.AlignmentFlag.AlignVCenter
        for row in self.bar_layout():
            painter.setPen(text)
            painter.drawText(row.name_box, exact, row.name)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(bar)
            if row.bar.width() > 0:
                painter.drawRoundedRect(row.bar, 3, 3)
            painter.setPen(text)
            painter.drawText(row.count_box, exact, row.count)

    def bar_layout(self) -> list[BarRow]:
        """Each row's boxes: the name on the leading side (the right, right-to-left), the
        bar growing away from it, the count just past the bar's end."""
        fm = self.fontMetrics()
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        # Names take up to half the width; longer ones are elided (the summary has them whole).
        name_w = min(self.width() * 0.5,
                     max(fm.horizontalAdvance(name) for name, _c in self.items) + fm.height())
        number_w = fm.horizontalAdvance("0000") + fm.height() // 2
        bar_room = max(10.0, self.width() - name_w - number_w - 8)
        highest = max(count for _n, count in self.items) or 1
        row_h = self._row_h()
        rows = []
        for index, (name, count) in enumerate(self.items):
            y = 4 + index * row_h
            shown = fm.elidedText(name, Qt.TextElideMode.ElideRight, int(name_w - fm.height() / 2))
            shown_w = fm.horizontalAdvance(shown)
            width = bar_room * count / highest
            number = dates.number(count)
            number_w_now = fm.horizontalAdvance(number)
            if rtl:
                name_box = QRectF(self.width() - 4 - shown_w, y, shown_w, row_h)
                bar = QRectF(self.width() - name_w - width, y + row_h * 0.2, width, row_h * 0.6)
                count_box = QRectF(bar.left() - 6 - number_w_now, y, number_w_now, row_h)
            else:
                name_box = QRectF(4, y, shown_w, row_h)
                bar = QRectF(name_w, y + row_h * 0.2, width, row_h * 0.6)
                count_box = QRectF(bar.right() + 6, y, number_w_now, row_h)
            rows.append(BarRow(shown, number, name_box, bar, count_box))
        return rows


@dataclass(frozen=True)
class BarRow:
    name: str
    count: str
    name_box: QRectF
    bar: QRectF
    count_box: QRectF


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
    return dates.number(value) if float(value).is_integer() else dates.number(value, 1)
