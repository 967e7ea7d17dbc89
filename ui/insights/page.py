"""The Insights section: patterns over time, each chart with a plain text summary.

The summaries come from the core (their words live in content), are shown under
each chart and are the chart's accessible description, so a screen reader gets
the same picture. Data is gathered off the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from disclosure_helper.changes import JOURNAL, Changes
from disclosure_helper.insights import (
    CheckinChart,
    CountChart,
    Insights,
    StrategyChart,
    default_start,
    period_label,
    periods_between,
)
from disclosure_helper.ui.context import AppContext
from disclosure_helper.ui.insights.charts import BarChart, CategoryBars, LineChart, Series
from disclosure_helper.ui.ops import run_in_background
from disclosure_helper.ui.page import Page
from disclosure_helper.ui.widgets import Card, FlowRow, ScrollScreen, label, set_role

PERIOD_KEYS = ("week", "month", "year")


@dataclass(frozen=True)
class InsightsData:
    checkins: CheckinChart
    entries: CountChart
    incidents: CountChart
    strategies: StrategyChart


def gather(db, period: str, today: date | None = None) -> InsightsData:
    """Every chart on the page for one period choice (runs in a worker thread)."""
    today = today or date.today()
    insights = Insights(db)
    return InsightsData(
        checkins=insights.checkins(period, end=today),
        entries=insights.entries_per_week(end=today),
        incidents=insights.incidents_per_month(end=today),
        strategies=insights.strategies(start=default_start(today, period), end=today),
    )


def checkin_series(chart: CheckinChart, names: dict[str, str]) -> tuple[list[str], list[Series]]:
    """Labels for every period in range, with gaps where there were no check-ins."""
    starts = periods_between(chart.start, chart.end, chart.period)
    by_start = {p.start: p for p in chart.points}
    labels = [period_label(s, chart.period) for s in starts]
    series = []
    for measure in ("mood", "energy", "stress"):
        values = tuple(
            getattr(by_start[s], measure) if s in by_start else None for s in starts
        )
        series.append(Series(names[measure], values))
    return labels, series


class ChartCard(Card):
    """A chart with its summary written out beneath it."""

    def __init__(self, chart: QWidget) -> None:
        super().__init__(title=" ", title_role="heading")
        self.chart = chart
        self.body.addWidget(chart)
        self.summary = label("", selectable=True)
        self.body.addWidget(self.summary)

    def show_summary(self, title: str, summary: str) -> None:
        assert self.title is not None
        self.title.setText(title)
        self.chart.setAccessibleName(title)
        self.summary.setText(summary)


class InsightsPage(Page):
    shows = frozenset({JOURNAL})
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.period = "week"
        self.data: InsightsData | None = None
        self._generation = 0
        self.loading = False

        screen = ScrollScreen(max_chars=96)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(screen)
        column = screen.column
        column.addWidget(label(self.tr("Insights"), "title"))
        column.addWidget(label(self.tr("Patterns from your own check-ins and entries, worked "
                                       "out on this device. They describe; they don't judge."),
                               "hint"))

        row = QHBoxLayout()
        row.setSpacing(8)
        periods = FlowRow(spacing=8)
        periods.addWidget(label(self.tr("Show by"), wrap=False))
        self.period_group = QButtonGroup(self)
        self.period_buttons: dict[str, QPushButton] = {}
        names = {"week": self.tr("Week"), "month": self.tr("Month"), "year": self.tr("Year")}
        for key in PERIOD_KEYS:
            choice = QPushButton(names[key])
            choice.setCheckable(True)
            choice.setAutoDefault(False)
            choice.setAccessibleName(self.tr("Show check-ins by %1").replace("%1", names[key]))
            choice.clicked.connect(lambda _c=False, k=key: self.set_period(k))
            self.period_group.addButton(choice)
            self.period_buttons[key] = choice
            periods.addWidget(choice)
        self.period_buttons[self.period].setChecked(True)
        self._mark_period()
        row.addWidget(periods, 2)
        self.status = label("", "hint")
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.status, 1)
        column.addLayout(row)

        self.measure_names = {"mood": self.tr("Mood"), "energy": self.tr("Energy"),
                              "stress": self.tr("Stress")}
        self.checkin_chart = LineChart(self.tr("Mood, energy and stress"))
        self.entries_chart = BarChart(self.tr("Entries per week"))
        self.incidents_chart = BarChart(self.tr("Incidents per month"))
        self.strategy_chart = CategoryBars(self.tr("What you did"))
        self.cards = [ChartCard(chart) for chart in (
            self.checkin_chart, self.strategy_chart, self.entries_chart, self.incidents_chart)]
        for card in self.cards:
            column.addWidget(card)
        self.checkin_card, self.strategy_card, self.entries_card, self.incidents_card = self.cards

    # -- the Page contract ---------------------------------------------------------

    def on_unlocked(self) -> None:
        self.reload()

    def on_about_to_lock(self) -> None:
        self._generation += 1
        self.data = None
        self.loading = False
        for card in self.cards:
            card.show_summary(card.chart.accessibleName(), "")
        self.checkin_chart.set_data([], [], "")
        self.entries_chart.set_data([], [], "")
        self.incidents_chart.set_data([], [], "")
        self.strategy_chart.set_data([], "")

    def open_with(self, **kwargs: Any) -> None:
        period = kwargs.get("period")
        if period in PERIOD_KEYS:
            self.set_period(str(period))

    def refresh(self, changes: Changes) -> None:
        # Entries change on other pages; the charts catch up when next shown.
        self.reload()

    # -- loading -------------------------------------------------------------------

    def set_period(self, period: str) -> None:
        self.period = period
        self.period_buttons[period].setChecked(True)
        self._mark_period()
        self.reload()

    def _mark_period(self) -> None:
        # The chosen period looks chosen in every theme, not only by a faint checked state.
        for key, choice in self.period_buttons.items():
            set_role(choice, "primary" if key == self.period else None)

    def reload(self) -> None:
        if not self.ctx.is_unlocked:
            return
        self._generation += 1
        generation = self._generation
        db = self.ctx.require_vault().db
        period = self.period
        self.loading = True
        self.status.setText(self.tr("Working it out…"))

        def done(data: InsightsData) -> None:
            if generation == self._generation and self.ctx.is_unlocked:
                self.show_data(data)

        def failed(_exc: Exception) -> None:
            if generation == self._generation:
                self.loading = False
                self.status.setText(self.tr("The charts could not be worked out just now."))

        run_in_background(self, lambda: gather(db, period), done, failed)

    def show_data(self, data: InsightsData) -> None:
        self.data = data
        self.loading = False
        self.status.setText("")
        labels, series = checkin_series(data.checkins, self.measure_names)
        self.checkin_chart.set_data(labels, series, data.checkins.summary, y_range=(1, 5),
                                    y_ticks=[1, 2, 3, 4, 5])
        self.checkin_card.show_summary(data.checkins.title, data.checkins.summary)
        for chart, card, counts in ((self.entries_chart, self.entries_card, data.entries),
                                    (self.incidents_chart, self.incidents_card, data.incidents)):
            chart.set_data([p.label for p in counts.points],
                           [Series(counts.title, tuple(float(p.count) for p in counts.points))],
                           counts.summary)
            card.show_summary(counts.title, counts.summary)
        self.strategy_chart.set_data([(i.label, i.count) for i in data.strategies.items],
                                     data.strategies.summary)
        self.strategy_card.show_summary(data.strategies.title, data.strategies.summary)
