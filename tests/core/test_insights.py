"""Insights: check-in series, strategy counts, incidents per month, entries per week."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from disclosure_helper import content
from disclosure_helper.insights import Insights, period_label, periods_between
from disclosure_helper.journal import Entry


def _at(day: date, hour: int = 12) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=timezone.utc)


@pytest.fixture
def insights(vault):
    return Insights(vault.db)


def test_checkins_average_by_week_month_and_year(vault, insights):
    j = vault.journal
    # Monday 4 March 2024 and Sunday 10 March 2024 share a week; 11 March starts the next.
    j.add_checkin(2, 3, 5, at=_at(date(2024, 3, 4)))
    j.add_checkin(4, 3, 3, at=_at(date(2024, 3, 10), 23))
    j.add_checkin(5, 5, 1, at=_at(date(2024, 3, 11)))
    j.add_checkin(1, 1, 5, at=_at(date(2024, 4, 2)))
    trashed = j.add_checkin(5, 5, 5, at=_at(date(2024, 3, 5)))
    j.delete(trashed.id)
    j.add(Entry(title="not a check-in", occurred_at=_at(date(2024, 3, 5))))

    weeks = insights.checkins("week", date(2024, 3, 1), date(2024, 4, 30))
    assert [(p.start, p.count) for p in weeks.points] == [
        (date(2024, 3, 4), 2),
        (date(2024, 3, 11), 1),
        (date(2024, 4, 1), 1),
    ]
    first = weeks.points[0]
    assert (first.mood, first.energy, first.stress) == (3.0, 3.0, 4.0)
    assert first.label == "Mar 4"

    months = insights.checkins("month", date(2024, 1, 1), date(2024, 12, 31))
    assert [(p.start, p.count, p.mood) for p in months.points] == [
        (date(2024, 3, 1), 3, round(11 / 3, 2)),
        (date(2024, 4, 1), 1, 1.0),
    ]
    years = insights.checkins("year", date(2020, 1, 1), date(2024, 12, 31))
    assert [(p.start, p.count) for p in years.points] == [(date(2024, 1, 1), 4)]

    summary = months.summary
    assert "4 check-ins" in summary
    assert "Mood went down from 3.7 in March 2024 to 1.0 in April 2024." in summary
    assert "Stress was highest in April 2024, at 5.0." in summary
    assert weeks.title == content.load("insights")["checkins"]["title"]
    with pytest.raises(ValueError):
        insights.checkins("fortnight")


def test_empty_periods_get_a_gentle_summary(insights):
    chart = insights.checkins("week", date(2024, 1, 1), date(2024, 3, 31))
    assert chart.points == ()
    assert chart.summary.startswith("There are no check-ins between January 1, 2024")
    assert insights.incidents_per_month(date(2024, 1, 1), date(2024, 3, 31)).summary == (
        "No incidents recorded between January 1, 2024 and March 31, 2024."
    )
    strategies = insights.strategies()
    assert all(item.count == 0 for item in strategies.items)
    assert strategies.summary.startswith("No strategies noted")


def test_default_ranges_end_today(insights):
    chart = insights.entries_per_week()
    assert chart.end == date.today()
    assert len(chart.points) == 12
    assert len(insights.incidents_per_month().points) == 12


def test_strategy_counts_follow_content_order(vault, insights):
    j = vault.journal
    day = _at(date(2024, 5, 1))
    j.add(Entry(kind="after_shift", fields={"strategies": ["boundary", "sought_support"]},
                occurred_at=day))
    j.add(Entry(kind="after_shift", fields={"strategies": ["boundary"]}, occurred_at=day))
    j.add(Entry(kind="after_shift", fields={"strategies": []}, occurred_at=day))
    gone = j.add(Entry(kind="after_shift", fields={"strategies": ["confronted"]},
                       occurred_at=day))
    j.delete(gone.id)
    chart = insights.strategies(date(2024, 1, 1), date(2024, 12, 31))
    counts = {item.id: item.count for item in chart.items}
    assert counts["boundary"] == 2 and counts["sought_support"] == 1
    assert counts["confronted"] == 0
    assert [i.id for i in chart.items][0] == "sought_support"
    assert chart.entries == 2
    assert chart.summary == (
        "Between January 1, 2024 and December 31, 2024 you noted what you did in 2 entries. "
        "Set a boundary: 2 times. Sought support: once. "
        "The one you turned to most was Set a boundary."
    )
    assert insights.strategies().entries == 2  # all time


def test_incidents_per_month_fill_empty_months(vault, insights):
    j = vault.journal
    for day in (date(2024, 1, 15), date(2024, 1, 20), date(2024, 3, 2)):
        j.add(Entry(kind="incident", title="record", occurred_at=_at(day)))
    j.add(Entry(kind="free", occurred_at=_at(date(2024, 2, 2))))
    chart = insights.incidents_per_month(date(2024, 1, 1), date(2024, 4, 30))
    assert [(p.start, p.count) for p in chart.points] == [
        (date(2024, 1, 1), 2),
        (date(2024, 2, 1), 0),
        (date(2024, 3, 1), 1),
        (date(2024, 4, 1), 0),
    ]
    assert chart.total == 3
    assert chart.summary == (
        "3 incidents recorded between January 1, 2024 and April 30, 2024. "
        "The most in one month was 2 incidents, in January 2024. "
        "Incidents were recorded in 2 of 4 months."
    )


def test_entries_per_week_leave_checkins_out_unless_asked(vault, insights):
    j = vault.journal
    monday = date(2024, 6, 3)
    for offset in (0, 1, 2, 8):
        j.add(Entry(title="entry", occurred_at=_at(monday + timedelta(days=offset))))
    j.add_checkin(3, 3, 3, at=_at(monday))
    chart = insights.entries_per_week(monday, monday + timedelta(days=13))
    assert [p.count for p in chart.points] == [3, 1]
    assert chart.summary == (
        "4 entries over 2 weeks, about 2.0 a week. "
        "Your busiest week was the week of June 3, 2024, with 3 entries."
    )
    with_checkins = insights.entries_per_week(
        monday, monday + timedelta(days=13), include_checkins=True
    )
    assert with_checkins.total == 5


def test_period_helpers():
    assert periods_between(date(2024, 11, 20), date(2025, 2, 1), "month") == [
        date(2024, 11, 1), date(2024, 12, 1), date(2025, 1, 1), date(2025, 2, 1)
    ]
    assert period_label(date(2024, 3, 4), "week", long=True) == "the week of March 4, 2024"
    assert period_label(date(2024, 3, 1), "month") == "Mar 2024"
    assert period_label(date(2024, 1, 1), "year") == "2024"
