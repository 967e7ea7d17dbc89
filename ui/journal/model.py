"""A list model over journal rows that loads page by page as the list scrolls.

Only what is on screen (plus a page or so) is ever in memory, so 20,000 entries
scroll as smoothly as 20. Rows are either day headings or entries; headings are
inserted as pages arrive, whenever the day changes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from disclosure_helper.journal import EntrySummary, SearchHit
from disclosure_helper.ui.journal.look import day_heading, time_of

Item = EntrySummary | SearchHit
Fetch = Callable[[int, int], Sequence[Item]]
PAGE_SIZE = 150

EntryRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
IsHeaderRole = Qt.ItemDataRole.UserRole + 3
DayRole = Qt.ItemDataRole.UserRole + 4
KindLabelRole = Qt.ItemDataRole.UserRole + 5


@dataclass(frozen=True)
class DayRow:
    day: date


Row = DayRow | EntrySummary | SearchHit
Index = QModelIndex | QPersistentModelIndex


class EntryListModel(QAbstractListModel):
    """`set_source(fetch, total)`; the view pulls more through canFetchMore/fetchMore.

    `fetch(offset, limit)` returns the next rows in order; `total` is how many there
    are. `kind_label(kind)` and `plan_label(plan_id)` name things for display.
    """

    def __init__(self, group_by_day: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.group_by_day = group_by_day
        self._rows: list[Row] = []
        self._fetch: Fetch | None = None
        self._loaded = 0
        self._total = 0
        self.kind_label: Callable[[str], str] = lambda kind: kind
        self.plan_label: Callable[[int], str] = lambda plan_id: ""

    # -- source ----------------------------------------------------------------

    def set_source(self, fetch: Fetch | None, total: int,
                   first: Sequence[Item] | None = None) -> None:
        if first is None and fetch is not None and total > 0:
            first = list(fetch(0, PAGE_SIZE))
        self.beginResetModel()
        self._rows = []
        self._fetch = fetch
        self._loaded = 0
        self._total = max(0, int(total)) if fetch is not None else 0
        if first:
            self._rows = self._with_headers(list(first), None)
            self._loaded = len(first)
        self.endResetModel()

    def clear(self) -> None:
        self.set_source(None, 0)

    @property
    def total(self) -> int:
        return self._total

    @property
    def loaded(self) -> int:
        return self._loaded

    def _with_headers(self, items: list[Item], last_day: date | None) -> list[Row]:
        if not self.group_by_day:
            return list(items)
        rows: list[Row] = []
        for item in items:
            if item.day != last_day:
                rows.append(DayRow(item.day))
                last_day = item.day
            rows.append(item)
        return rows

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802,B008
        return not parent.isValid() and self._fetch is not None and self._loaded < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802,B008
        if not self.canFetchMore(parent):
            return
        assert self._fetch is not None
        items = list(self._fetch(self._loaded, PAGE_SIZE))
        if not items:
            # Fewer rows than counted (something changed meanwhile): stop asking.
            self._total = self._loaded
            return
        last_day = next((r.day for r in reversed(self._rows) if not isinstance(r, DayRow)), None)
        rows = self._with_headers(items, last_day)
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self._loaded += len(items)
        self.endInsertRows()

    def load_all_for(self, entry_id: int, limit: int = 5000) -> int:
        """Fetch pages until `entry_id` is loaded (or `limit` rows); its row or -1."""
        while True:
            row = self.row_of(entry_id)
            if row >= 0 or not self.canFetchMore() or self._loaded >= limit:
                return row
            self.fetchMore()

    # -- reading ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else len(self._rows)

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, entry_id: int) -> int:
        for row, item in enumerate(self._rows):
            if not isinstance(item, DayRow) and item.id == entry_id:
                return row
        return -1

    def entry_ids(self) -> list[int]:
        return [r.id for r in self._rows if not isinstance(r, DayRow)]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._rows[index.row()], DayRow):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid() \
                or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if isinstance(item, DayRow):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return day_heading(item.day)
            if role == IsHeaderRole:
                return True
            if role == DayRole:
                return item.day
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.describe(item)
        if role == EntryRole:
            return item
        if role == IdRole:
            return item.id
        if role == IsHeaderRole:
            return False
        if role == DayRole:
            return item.day
        if role == KindLabelRole:
            return self.kind_label(item.kind)
        return None

    def describe(self, item: Item) -> str:
        """What a screen reader says for a row: kind, time, title and a glimpse of text."""
        parts = [self.kind_label(item.kind), time_of(item.occurred_at)]
        title = item.plain_title if isinstance(item, SearchHit) else item.title
        if title:
            parts.append(title)
        if item.mood is not None:
            parts.append(self.tr("mood %1, energy %2, stress %3 out of 5")
                         .replace("%1", str(item.mood)).replace("%2", str(item.energy))
                         .replace("%3", str(item.stress)))
        glimpse = _plain(item.snippet) if isinstance(item, SearchHit) else item.preview
        if glimpse:
            parts.append(glimpse)
        if item.plan_id is not None:
            parts.append(self.plan_label(item.plan_id))
        if item.tags:
            parts.append(self.tr("tags: %1").replace("%1", ", ".join(item.tags)))
        return ". ".join(p for p in parts if p)


def _plain(text: str) -> str:
    from disclosure_helper.journal_model import MARK_END, MARK_START

    return text.replace(MARK_START, "").replace(MARK_END, "")
