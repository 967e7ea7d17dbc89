"""Patterns over time, for the Insights page: each chart's data and a plain summary.

Every chart comes with `summary`, a few sentences saying what the chart shows, so
screen-reader users get the same picture. The wording lives in content/insights.toml.
All counts leave the trash out, and group by the day an entry happened on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from disclosure_helper import content, dates
from disclosure_helper.counted import counted
from disclosure_helper.journal_model import CHECKIN, INCIDENT
from disclosure_helper.templates import strategies

PERIODS = ("week", "month", "year")
# How far back each view looks when the caller gives no start.
DEFAULT_SPAN = {"week": 12, "month": 12, "year": 5}
_BUCKET = {
    "week": "date(day, 'weekday 0', '-6 days')",  # the Monday that starts its week
    "month": "substr(day, 1, 7) || '-01'",
    "year": "substr(day, 1, 4) || '-01-01'",
}
# A change smaller than this, on a 1–5 scale, is described as steady.
STEADY_WITHIN = 0.25


@dataclass(frozen=True)
class CheckinPoint:
    start: date
    label: str
    mood: float
    energy: float
    stress: float
    count: int


@dataclass(frozen=True)
class CheckinChart:
    period: str
    start: date
    end: date
    points: tuple[CheckinPoint, ...]
    title: str
    summary: str


@dataclass(frozen=True)
class CountPoint:
    start: date
    label: str
    count: int


@dataclass(frozen=True)
class CountChart:
    period: str
    start: date
    end: date
    points: tuple[CountPoint, ...]
    total: int
    title: str
    summary: str


@dataclass(frozen=True)
class StrategyCount:
    id: str
    label: str
    count: int


@dataclass(frozen=True)
class StrategyChart:
    start: date
    end: date
    items: tuple[StrategyCount, ...]
    entries: int
    title: str
    summary: str


def _words(lang: str | None = None) -> dict:
    return content.load("insights", lang)


_COUNTED = {"checkin": "%n check-ins", "entry": "%n entries", "incident": "%n incidents",
            "time": "%n times", "week": "%n weeks", "month": "%n months", "year": "%n years"}


def _plural(key: str, count: int) -> str:
    return counted(_COUNTED[key], count)


def format_day(day: date) -> str:
    return dates.day(day)


def period_label(start: date, period: str, long: bool = False) -> str:
    """'Mar 4' / 'Mar 2025' / '2025' for an axis; 'the week of March 4, 2025' in a sentence."""
    if period == "week":
        if long:
            return _words()["dates"]["week_long"].format(date=dates.day(start))
        return dates.day_month(start)
    if period == "month":
        return dates.month(start, short=not long)
    return dates.year(start)


def period_start(day: date, period: str) -> date:
    if period == "week":
        return day - timedelta(days=day.weekday())
    if period == "month":
        return day.replace(day=1)
    return day.replace(month=1, day=1)


def next_period(start: date, period: str) -> date:
    if period == "week":
        return start + timedelta(days=7)
    if period == "month":
        return date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return date(start.year + 1, 1, 1)


def periods_between(start: date, end: date, period: str) -> list[date]:
    found = []
    current = period_start(start, period)
    while current <= end:
        found.append(current)
        current = next_period(current, period)
    return found


def default_start(end: date, period: str) -> date:
    start = period_start(end, period)
    for _ in range(DEFAULT_SPAN[period] - 1):
        start = period_start(start - timedelta(days=1), period)
    return start


def _check_period(period: str) -> str:
    if period not in PERIODS:
        raise ValueError(f"period must be one of {PERIODS}")
    return period


def _fmt(value: float) -> str:
    return dates.number(value, 1)


class Insights:
    """Chart data from the journal. `Insights(vault.db)`; every method is one query."""

    def __init__(self, db) -> None:
        self._db = db

    def _range(self, start: date | None, end: date | None, period: str) -> tuple[date, date]:
        end = end or date.today()
        start = start or default_start(end, period)
        if start > end:
            start, end = end, start
        return start, end

    # -- check-ins -------------------------------------------------------------

    def checkins(
        self, period: str = "week", start: date | None = None, end: date | None = None
    ) -> CheckinChart:
        """Average mood, energy and stress per week, month or year (only periods with data)."""
        period = _check_period(period)
        start, end = self._range(start, end, period)
        rows = self._db.query(
            f"SELECT {_BUCKET[period]} AS bucket, avg(mood), avg(energy), avg(stress), count(*) "
            "FROM journal_entries WHERE kind = ? AND deleted_at IS NULL "
            "AND day BETWEEN ? AND ? GROUP BY bucket ORDER BY bucket",
            (CHECKIN, start.isoformat(), end.isoformat()),
        )
        points = tuple(
            CheckinPoint(
                start=date.fromisoformat(bucket),
                label=period_label(date.fromisoformat(bucket), period),
                mood=round(mood, 2),
                energy=round(energy, 2),
                stress=round(stress, 2),
                count=int(count),
            )
            for bucket, mood, energy, stress, count in rows
        )
        words = _words()["checkins"]
        return CheckinChart(
            period, start, end, points, words["title"],
            self._checkin_summary(points, period, start, end),
        )

    @staticmethod
    def _checkin_summary(
        points: tuple[CheckinPoint, ...], period: str, start: date, end: date
    ) -> str:
        words = _words()["checkins"]
        span = {"start": format_day(start), "end": format_day(end)}
        if not points:
            return words["none"].format(**span)
        total = sum(p.count for p in points)

        def average(measure: str) -> float:
            return sum(getattr(p, measure) * p.count for p in points) / total

        sentences = [
            words["overall"].format(
                checkins=_plural("checkin", total),
                periods=_plural(period, len(points)),
                mood=_fmt(average("mood")),
                energy=_fmt(average("energy")),
                stress=_fmt(average("stress")),
                **span,
            )
        ]
        if len(points) >= 2:
            first, last = points[0], points[-1]
            for measure in ("mood", "energy", "stress"):
                before, after = getattr(first, measure), getattr(last, measure)
                if abs(after - before) < STEADY_WITHIN:
                    key = "steady"
                else:
                    key = "rose" if after > before else "fell"
                sentences.append(
                    words[key].format(
                        measure=words["measures"][measure],
                        first=_fmt(before),
                        last=_fmt(after),
                        first_label=period_label(first.start, period, long=True),
                        last_label=period_label(last.start, period, long=True),
                    )
                )
            peak = max(points, key=lambda p: (p.stress, p.start))
            sentences.append(
                words["highest_stress"].format(
                    label=period_label(peak.start, period, long=True), value=_fmt(peak.stress)
                )
            )
        return " ".join(sentences)

    # -- strategies ------------------------------------------------------------

    def strategies(self, start: date | None = None, end: date | None = None) -> StrategyChart:
        """How often each shielding strategy was picked, in the content's order."""
        if start is None and end is None:
            start, end = self._first_day(), date.today()  # all of it
        else:
            start, end = self._range(start, end, "year")
        span = (start.isoformat(), end.isoformat())
        # Both queries read only the small journal_strategies index.
        rows = dict(
            self._db.query(
                "SELECT s.value, count(*) FROM journal_entries e, json_each(e.strategies) s "
                "WHERE e.strategies IS NOT NULL AND e.deleted_at IS NULL "
                "AND e.day BETWEEN ? AND ? GROUP BY s.value",
                span,
            )
        )
        entries = int(
            self._db.scalar(
                "SELECT count(*) FROM journal_entries e WHERE e.strategies IS NOT NULL "
                "AND e.deleted_at IS NULL AND e.day BETWEEN ? AND ?",
                span,
            )
        )
        known = strategies()
        items = [StrategyCount(s.id, s.label, int(rows.pop(s.id, 0))) for s in known]
        items += [
            StrategyCount(str(key), str(key), int(n)) for key, n in sorted(rows.items())
        ]
        words = _words()["strategies"]
        dates = {"start": format_day(start), "end": format_day(end)}
        used = sorted((i for i in items if i.count), key=lambda i: -i.count)
        if not used:
            summary = words["none"].format(**dates)
        else:
            parts = [words["overall"].format(entries=_plural("entry", entries), **dates)]
            parts += [
                words["item"].format(label=i.label, times=_plural("time", i.count)) for i in used
            ]
            parts.append(words["most"].format(label=used[0].label))
            summary = " ".join(parts)
        return StrategyChart(start, end, tuple(items), entries, words["title"], summary)

    def _first_day(self) -> date:
        first = self._db.scalar("SELECT min(day) FROM journal_entries WHERE deleted_at IS NULL")
        return date.fromisoformat(first) if first else date.today()

    # -- counts over time -----------------------------------------------------

    def incidents_per_month(
        self, start: date | None = None, end: date | None = None
    ) -> CountChart:
        """Incident records per month, with empty months as zero."""
        start, end = self._range(start, end, "month")
        chart = self._counts("month", start, end, "e.kind = ?", [INCIDENT])
        words = _words()["incidents"]
        dates = {"start": format_day(start), "end": format_day(end)}
        if chart.total == 0:
            summary = words["none"].format(**dates)
        else:
            busiest = max(chart.points, key=lambda p: (p.count, p.start))
            summary = " ".join(
                (
                    words["overall"].format(incidents=_plural("incident", chart.total), **dates),
                    words["busiest"].format(
                        count=_plural("incident", busiest.count),
                        label=period_label(busiest.start, "month", long=True),
                    ),
                    words["months_with"].format(
                        months_with=sum(1 for p in chart.points if p.count),
                        months=_plural("month", len(chart.points)),
                    ),
                )
            )
        return CountChart(
            "month", start, end, chart.points, chart.total, words["title"], summary
        )

    def entries_per_week(
        self,
        start: date | None = None,
        end: date | None = None,
        include_checkins: bool = False,
    ) -> CountChart:
        """Entries written per week (check-ins left out unless asked), empty weeks as zero."""
        start, end = self._range(start, end, "week")
        condition, params = ("1", []) if include_checkins else ("e.kind <> ?", [CHECKIN])
        chart = self._counts("week", start, end, condition, params)
        words = _words()["entries"]
        dates = {"start": format_day(start), "end": format_day(end)}
        if chart.total == 0:
            summary = words["none"].format(**dates)
        else:
            busiest = max(chart.points, key=lambda p: (p.count, p.start))
            summary = " ".join(
                (
                    words["overall"].format(
                        entries=_plural("entry", chart.total),
                        weeks=_plural("week", len(chart.points)),
                        average=_fmt(chart.total / len(chart.points)),
                    ),
                    words["busiest"].format(
                        label=period_label(busiest.start, "week", long=True),
                        count=_plural("entry", busiest.count),
                    ),
                )
            )
        return CountChart("week", start, end, chart.points, chart.total, words["title"], summary)

    def _counts(
        self, period: str, start: date, end: date, condition: str, params: list
    ) -> CountChart:
        rows = dict(
            self._db.query(
                f"SELECT {_BUCKET[period]} AS bucket, count(*) FROM journal_entries e "
                f"WHERE e.deleted_at IS NULL AND e.day BETWEEN ? AND ? AND {condition} "
                "GROUP BY bucket",
                [start.isoformat(), end.isoformat(), *params],
            )
        )
        points = tuple(
            CountPoint(s, period_label(s, period), int(rows.get(s.isoformat(), 0)))
            for s in periods_between(start, end, period)
        )
        return CountChart(period, start, end, points, sum(p.count for p in points), "", "")
