"""Charts under right-to-left: legends, scales and labels mirror, and no text overlaps
another or leaves the chart (they used to be drawn over each other and cut at the edge)."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QRectF, Qt

from disclosure_helper.ui.insights.charts import BarChart, CategoryBars, LineChart, Series

LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft
LABELS = ["Mar 4", "Mar 11", "Mar 18", "Mar 25", "Apr 1", "Apr 8"]
SERIES = [Series("Mood", (3, 4, None, 2, 3, 4)),
          Series("Energy level through the day", (2, 3, 4, 5, 4, 3)),
          Series("Stress at work", (5, 4, 3, 1, 2, 2))]


def _apart(boxes: list[QRectF]) -> list[tuple[QRectF, QRectF]]:
    return [(a, b) for a, b in itertools.combinations(boxes, 2) if a.intersects(b)]


def _inside(boxes: list[QRectF], width: int, height: int) -> list[QRectF]:
    outer = QRectF(0, 0, width, height).adjusted(-0.5, -0.5, 0.5, 0.5)
    return [b for b in boxes if not outer.contains(b)]


@pytest.mark.parametrize("direction", [LTR, RTL], ids=["ltr", "rtl"])
@pytest.mark.parametrize("kind", [LineChart, BarChart])
@pytest.mark.parametrize("width", [300, 560])
def test_chart_text_never_overlaps_or_clips(qtbot, kind, direction, width):
    chart = kind("Mood")
    qtbot.addWidget(chart)
    chart.setLayoutDirection(direction)
    chart.set_data(LABELS, SERIES, "summary", y_range=(1, 5), y_ticks=[1, 2, 3, 4, 5])
    chart.resize(width, 320)
    chart.show()
    layout = chart.chart_layout()
    boxes = layout.text_boxes()
    assert len(layout.legend) == 3 and len(layout.ticks) == 5 and layout.labels
    assert not _apart(boxes)
    assert not _inside(boxes, width, 320)
    # Nor does any text sit on the plot itself.
    assert not [b for b in boxes if b.intersects(layout.plot.adjusted(1, 1, -1, -1))]
    chart.grab()  # paints with the same layout without complaint


def test_right_to_left_mirrors_the_chart(qtbot):
    chart = LineChart("Mood")
    qtbot.addWidget(chart)
    chart.set_data(LABELS, SERIES, "summary", y_range=(1, 5), y_ticks=[1, 2, 3, 4, 5])
    chart.resize(560, 320)
    chart.setLayoutDirection(RTL)
    rtl = chart.chart_layout()
    first, second = rtl.legend[0], rtl.legend[1]
    assert first.text.left() > second.text.right()  # the legend reads from the right
    assert first.key.left() > first.text.right()  # each key before its name, on the right
    assert all(box.left() >= rtl.plot.right() for _t, box, _s in rtl.ticks)  # scale at right
    assert rtl.labels[0][0].left() > rtl.labels[-1][0].left()  # time runs leftwards
    chart.setLayoutDirection(LTR)
    ltr = chart.chart_layout()
    assert ltr.legend[0].text.right() < ltr.legend[1].text.left()
    assert all(box.right() <= ltr.plot.left() for _t, box, _s in ltr.ticks)


@pytest.mark.parametrize("direction", [LTR, RTL], ids=["ltr", "rtl"])
def test_category_bars_keep_names_bars_and_counts_apart(qtbot, direction):
    bars = CategoryBars("What you did")
    qtbot.addWidget(bars)
    bars.setLayoutDirection(direction)
    bars.set_data([("Set a boundary", 4), ("Sought support from a friend or a peer", 2),
                   ("Confronted", 0)], "summary")
    bars.resize(420, bars.height())
    bars.show()
    rows = bars.bar_layout()
    boxes = [box for row in rows for box in (row.name_box, row.bar, row.count_box)
             if box.width() > 0]
    assert not _apart(boxes)
    assert not _inside(boxes, 420, bars.height())
    if direction == RTL:
        assert all(row.name_box.left() > row.bar.right() for row in rows)
    else:
        assert all(row.name_box.right() < row.bar.left() for row in rows)
    bars.grab()
