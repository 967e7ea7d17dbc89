"""Filters for the timeline and search: kind, tag, dates and linked plan."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from disclosure_helper.journal import EntryQuery
from disclosure_helper.ui.widgets import Card, DateField, FlowRow, button, label

RANGES = ("any", "week", "month", "year", "custom")
MIN_COMBO_CHARS = 12


class FilterPanel(Card):
    """`query()` gives the EntryQuery; `changed` fires whenever a filter changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.body.setSpacing(8)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Show kind of entry"))
        self.tag = QComboBox()
        self.tag.setAccessibleName(self.tr("Show entries with tag"))
        self.tag.setEditable(True)
        self.tag.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        tag_line = self.tag.lineEdit()
        assert tag_line is not None  # an editable box always has its line
        tag_line.setAccessibleName(self.tr("Tag to show"))
        tag_line.setPlaceholderText(self.tr("Any tag"))
        self.when = QComboBox()
        self.when.setAccessibleName(self.tr("Show entries from"))
        for key, text in zip(RANGES, (self.tr("Any time"), self.tr("The last 7 days"),
                                      self.tr("The last 30 days"), self.tr("The last 12 months"),
                                      self.tr("Dates I choose")), strict=True):
            self.when.addItem(text, key)
        self.plan = QComboBox()
        self.plan.setAccessibleName(self.tr("Show entries linked to plan"))
        for combo in (self.kind, self.tag, self.when, self.plan):
            # Long tag or plan names are cut short with an ellipsis in the box (the list
            # shows them whole) rather than widening the page past the window.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(MIN_COMBO_CHARS)
        self.date_from = DateField()
        self.date_from.setDate(QDate.currentDate().addMonths(-1))
        self.date_to = DateField()
        for edit, accessible in ((self.date_from, self.tr("From date")),
                                 (self.date_to, self.tr("To date"))):
            edit.setAccessibleName(accessible)
            edit.dateChanged.connect(self._emit)

        # Each filter is its name over its box; they sit side by side while they fit
        # and flow onto more lines at large text.
        groups = FlowRow(spacing=12)
        for text, widget in ((self.tr("Kind"), self.kind), (self.tr("Tag"), self.tag),
                             (self.tr("When"), self.when), (self.tr("Plan"), self.plan)):
            group = QWidget()
            column = QVBoxLayout(group)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(4)
            name = label(text)
            name.setBuddy(widget)
            column.addWidget(name)
            column.addWidget(widget)
            groups.addWidget(group)
        self.body.addWidget(groups)

        self.custom = QWidget()
        custom_row = QHBoxLayout(self.custom)
        custom_row.setContentsMargins(0, 0, 0, 0)
        for text, edit in ((self.tr("From"), self.date_from), (self.tr("to"), self.date_to)):
            name = label(text, wrap=False)
            name.setBuddy(edit)
            custom_row.addWidget(name)
            custom_row.addWidget(edit)
        custom_row.addStretch(1)
        self.custom.setVisible(False)
        self.body.addWidget(self.custom)

        self.clear_button = button(self.tr("Clear filters"), self.clear, role="link")
        self.body.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.kind.currentIndexChanged.connect(self._emit)
        self.tag.currentIndexChanged.connect(self._emit)
        tag_line.editingFinished.connect(self._emit)
        self.when.currentIndexChanged.connect(self._when_changed)
        self.plan.currentIndexChanged.connect(self._emit)
        self._quiet = False
        self.set_options([], [], [])

    def set_options(self, kinds: list[tuple[str, str]], tags: list[str],
                    plans: list[tuple[int, str]]) -> None:
        """Fill the choices, keeping what is picked where it still exists."""
        self._quiet = True
        kind, tag, plan = self.kind.currentData(), self.tag.currentText(), self.plan.currentData()
        self.kind.clear()
        self.kind.addItem(self.tr("All kinds"), None)
        for kind_id, text in kinds:
            self.kind.addItem(text, kind_id)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.tag.clear()
        self.tag.addItem("", None)
        for name in tags:
            self.tag.addItem(name, name)
        self.tag.setCurrentText(tag)
        self.plan.clear()
        self.plan.addItem(self.tr("Any plan or none"), None)
        for plan_id, title in plans:
            self.plan.addItem(title or self.tr("Untitled plan"), plan_id)
        self.plan.setCurrentIndex(max(0, self.plan.findData(plan)))
        self._quiet = False

    def _when_changed(self) -> None:
        self.custom.setVisible(self.when.currentData() == "custom")
        self._emit()

    def _emit(self, *_args: object) -> None:
        if not self._quiet:
            self.changed.emit()

    def set_tag(self, name: str) -> None:
        self.tag.setCurrentText(name)
        self._emit()

    def set_kind(self, kind: str | None) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))

    def clear(self) -> None:
        self._quiet = True
        self.kind.setCurrentIndex(0)
        self.tag.setCurrentIndex(0)
        self.tag.setCurrentText("")
        self.when.setCurrentIndex(0)
        self.plan.setCurrentIndex(0)
        self.custom.setVisible(False)
        self._quiet = False
        self.changed.emit()

    def is_active(self) -> bool:
        return self.query() != EntryQuery()

    def query(self, today: date | None = None) -> EntryQuery:
        today = today or date.today()
        kind = self.kind.currentData()
        tag = self.tag.currentText().strip()
        plan = self.plan.currentData()
        span = self.when.currentData()
        date_from: date | None = None
        date_to: date | None = None
        if span == "week":
            date_from = today - timedelta(days=6)
        elif span == "month":
            date_from = today - timedelta(days=29)
        elif span == "year":
            date_from = today.replace(year=today.year - 1) + timedelta(days=1) \
                if not (today.month == 2 and today.day == 29) else today - timedelta(days=365)
        elif span == "custom":
            start, end = self.date_from.date().toPython(), self.date_to.date().toPython()
            assert isinstance(start, date) and isinstance(end, date)  # what a QDate converts to
            date_from, date_to = (end, start) if start > end else (start, end)
        return EntryQuery(
            kinds=(kind,) if kind else (),
            tags=(tag,) if tag else (),
            date_from=date_from,
            date_to=date_to,
            plan_id=plan if isinstance(plan, int) else None,
        )
