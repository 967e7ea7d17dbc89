"""The Insights page: charts with plain text summaries, by week, month and year."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from disclosure_helper.journal import Entry
from disclosure_helper.ui.a11y import missing_accessible_names
from disclosure_helper.ui.insights.charts import BarChart, CategoryBars, LineChart, Series
from disclosure_helper.ui.insights.page import InsightsPage, checkin_series


@pytest.fixture
def insights(qtbot, unlocked_ctx):
    page = InsightsPage(unlocked_ctx)
    qtbot.addWidget(page)
    page.resize(900, 900)
    return page


def _loaded(qtbot, page: InsightsPage) -> None:
    qtbot.waitUntil(lambda: page.data is not None and not page.loading, timeout=5000)


def test_an_after_shift_entry_shows_on_the_insights_page(qtbot, insights, unlocked_ctx):
    journal = unlocked_ctx.vault.journal
    journal.add(Entry(kind="after_shift", title="Audit", body="Hard day",
                      fields={"strategies": ["sought_support", "boundary"]}))
    journal.add_checkin(2, 3, 4, "tired")
    insights.show()
    _loaded(qtbot, insights)
    counts = {item.id: item.count for item in insights.data.strategies.items}
    assert counts["sought_support"] == 1 and counts["boundary"] == 1
    assert "Sought support" in insights.strategy_card.summary.text()
    assert insights.strategy_chart.accessibleDescription() == insights.data.strategies.summary
    assert insights.data.entries.total == 1
    assert "1 check-in" in insights.checkin_chart.accessibleDescription()
    assert insights.checkin_card.summary.text() == insights.data.checkins.summary
    insights.grab()  # every chart paints with data


def test_period_choice_changes_the_checkin_chart(qtbot, insights, unlocked_ctx):
    journal = unlocked_ctx.vault.journal
    now = datetime.now().astimezone()
    for days in (1, 40, 80):
        journal.add_checkin(3, 3, 3, at=now - timedelta(days=days))
    insights.show()
    _loaded(qtbot, insights)
    insights.period_buttons["month"].click()
    _loaded(qtbot, insights)
    assert insights.data.checkins.period == "month"
    assert len(insights.checkin_chart.labels) == 12
    insights.set_period("year")
    _loaded(qtbot, insights)
    assert insights.data.checkins.period == "year"


def test_empty_journal_and_lock_show_nothing(qtbot, insights, unlocked_ctx):
    insights.show()
    _loaded(qtbot, insights)
    assert insights.checkin_chart.is_empty()
    insights.grab()
    insights.on_about_to_lock()
    assert insights.data is None
    assert insights.strategy_card.summary.text() == ""


def test_every_control_is_named(insights):
    assert missing_accessible_names(insights) == []


def test_checkin_series_leaves_gaps_for_quiet_weeks(unlocked_ctx):
    from disclosure_helper.insights import Insights

    journal = unlocked_ctx.vault.journal
    now = datetime.now().astimezone()
    journal.add_checkin(4, 2, 3, at=now - timedelta(days=30))
    chart = Insights(unlocked_ctx.vault.db).checkins("week")
    labels, series = checkin_series(chart, {"mood": "Mood", "energy": "Energy",
                                            "stress": "Stress"})
    assert len(labels) == 12
    mood = series[0].values
    assert sum(v is not None for v in mood) == 1
    assert 4.0 in mood


@pytest.mark.parametrize("cls", [LineChart, BarChart])
def test_charts_paint_at_any_size(qtbot, cls):
    chart = cls("A chart")
    qtbot.addWidget(chart)
    chart.set_data([f"W{n}" for n in range(52)],
                   [Series("a", tuple(float(n % 5) for n in range(52))),
                    Series("b", tuple(None if n % 4 else 2.0 for n in range(52)))],
                   "A summary.")
    for size in ((40, 30), (300, 200), (1600, 500)):
        chart.resize(*size)
        chart.grab()
    assert chart.accessibleDescription() == "A summary."


def test_category_bars_fit_their_rows(qtbot):
    bars = CategoryBars("Strategies")
    qtbot.addWidget(bars)
    bars.set_data([("A rather long strategy name that goes on", 3), ("Short", 0)], "Two.")
    assert bars.height() >= bars.fontMetrics().height() * 2
    bars.grab()
