"""A list model over journal rows that loads page by page as the list scrolls.

Memory stays flat however far the person scrolls: for every row it keeps only an
id (or a day, for headings) and the card's line count, eight bytes and one; whole
rows are kept for a few pages around where the person is looking, and a page that
was let go is read again by id when it comes back into view. Rows are either day
headings or entries; headings are inserted as pages arrive, whenever the day changes.

A source may also be given a `runner`, so that the next page is read off the GUI
thread (the search's pages do this): the view then sees the new rows when they come.
"""

from __future__ import annotations

import bisect
from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from disclosure_helper.journal import EntrySummary, SearchHit
from disclosure_helper.ui.journal.look import card_lines, day_heading, time_of

Item = EntrySummary | SearchHit
Fetch = Callable[[int, int], Sequence[Item]]
# (the last row loaded, how many) -> the rows after it: keyset paging, as fast deep
# down a long list as at its top.
FetchAfter = Callable[[Item, int], Sequence[Item]]
Refetch = Callable[[Sequence[int]], Sequence[Item]]
# runner(work, on_done): run `work()` in the background and pass its result on.
Runner = Callable[[Callable[[], Any], Callable[[Any], None]], Any]
PAGE_SIZE = 150
# Whole rows kept at once (in pages), when the source can read let-go pages again.
PAGES_KEPT = 4
# Further down a long list, each read brings more rows (up to this many): the view lays
# out every row again whenever rows arrive, so many small reads would cost far more in
# total than a few larger ones. Rows beyond the kept pages are let go all the same.
MAX_READ = 20 * PAGE_SIZE

EntryRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
IsHeaderRole = Qt.ItemDataRole.UserRole + 3
DayRole = Qt.ItemDataRole.UserRole + 4
KindLabelRole = Qt.ItemDataRole.UserRole + 5
LinesRole = Qt.ItemDataRole.UserRole + 6


@dataclass(frozen=True)
class DayRow:
    day: date


Row = DayRow | EntrySummary | SearchHit
Index = QModelIndex | QPersistentModelIndex


class EntryListModel(QAbstractListModel):
    """`set_source(fetch, total)`; the view pulls more through canFetchMore/fetchMore.

    `fetch(offset, limit)` returns the next rows in order; `total` is how many there
    are. With `fetch_after(last_row, limit)` pages continue from the last row instead
    of counting an offset; with `refetch(ids)` (rows for those ids, in that order)
    pages far from view are let go and read again when needed. `kind_label(kind)`
    and `plan_label(plan_id)` name things for display.
    """

    def __init__(self, group_by_day: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.group_by_day = group_by_day
        self._fetch: Fetch | None = None
        self._fetch_after: FetchAfter | None = None
        self._refetch: Refetch | None = None
        self._runner: Runner | None = None
        self._loaded = 0
        self._total = 0
        self._generation = 0
        self._pending = False
        self._reset_rows()
        self.kind_label: Callable[[str], str] = lambda kind: kind
        self.plan_label: Callable[[int], str] = lambda plan_id: ""

    def _reset_rows(self) -> None:
        # Per row: an entry's id, or minus a heading's day number. Per entry: its row.
        self._keys = array("q")
        self._lines = bytearray()
        self._entry_rows = array("q")
        self._pages: OrderedDict[int, list[Item]] = OrderedDict()
        self._last: Item | None = None

    # -- source ----------------------------------------------------------------

    def set_source(self, fetch: Fetch | None, total: int,
                   first: Sequence[Item] | None = None, *,
                   fetch_after: FetchAfter | None = None, refetch: Refetch | None = None,
                   runner: Runner | None = None) -> None:
        if first is None and fetch is not None and total > 0:
            first = list(fetch(0, PAGE_SIZE))
        self.beginResetModel()
        self._generation += 1
        self._pending = False
        self._reset_rows()
        self._fetch = fetch
        self._fetch_after = fetch_after if fetch is not None else None
        self._refetch = refetch if fetch is not None else None
        self._runner = runner if fetch is not None else None
        self._loaded = 0
        self._total = max(0, int(total)) if fetch is not None else 0
        if first:
            self._add(list(first))
        self.endResetModel()

    def clear(self) -> None:
        self.set_source(None, 0)

    @property
    def total(self) -> int:
        return self._total

    @property
    def loaded(self) -> int:
        return self._loaded

    @property
    def kept(self) -> int:
        """How many whole rows are held in memory right now."""
        return sum(len(page) for page in self._pages.values())

    @property
    def is_fetching(self) -> bool:
        return self._pending

    def _add(self, items: list[Item]) -> None:
        """Append loaded entries (and headings) to the row index; the caller signals."""
        last_day = self._last.day if self._last is not None else None
        page_no = self._loaded // PAGE_SIZE
        if self._loaded % PAGE_SIZE and page_no not in self._pages:
            self._read_again(page_no)  # its first part was let go; these join it
        for item in items:
            if self.group_by_day and item.day != last_day:
                self._keys.append(-item.day.toordinal())
                self._lines.append(0)
                last_day = item.day
            self._entry_rows.append(len(self._keys))
            self._keys.append(int(item.id))
            self._lines.append(min(card_lines(item), 255))
        # Pages are PAGE_SIZE entries from the top; a short fetch may straddle two.
        for item in items:
            self._pages.setdefault(page_no, [])
            page = self._pages[page_no]
            page.append(item)
            if len(page) == PAGE_SIZE:
                page_no += 1
        self._loaded += len(items)
        self._last = items[-1] if items else self._last
        self._trim(keep=self._loaded // PAGE_SIZE)

    def _rows_for(self, items: list[Item]) -> int:
        """How many rows (entries plus new headings) `items` would add."""
        if not self.group_by_day:
            return len(items)
        last_day = self._last.day if self._last is not None else None
        count = 0
        for item in items:
            if item.day != last_day:
                count += 1
                last_day = item.day
            count += 1
        return count

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802,B008
        return (not parent.isValid() and self._fetch is not None and not self._pending
                and self._loaded < self._total)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802,B008
        if not self.canFetchMore(parent):
            return
        if self._runner is None:
            self._append(self._next_page())
            return
        self._pending = True
        generation = self._generation
        self._runner(self._next_page, lambda items: self._arrived(generation, items))

    def _read_size(self) -> int:
        if self._refetch is None:
            return PAGE_SIZE
        # A whole number of pages, growing with what is loaded (about a quarter more).
        pages = max(1, min(MAX_READ, self._loaded // 4) // PAGE_SIZE)
        return pages * PAGE_SIZE

    def _next_page(self) -> list[Item]:
        """Read the rows after the last one loaded (runs in the background with a runner)."""
        size = self._read_size()
        if self._fetch_after is not None and self._last is not None:
            items: list[Item] = []
            while len(items) < size:  # a page at a time, as sources give at most that
                want = min(PAGE_SIZE, size - len(items))
                more = list(self._fetch_after(items[-1] if items else self._last, want))
                items += more
                if len(more) < want:
                    break
            return items
        assert self._fetch is not None
        return list(self._fetch(self._loaded, PAGE_SIZE))

    def _arrived(self, generation: int, items: list[Item] | None) -> None:
        if generation != self._generation:
            return  # the list shows something else now
        self._pending = False
        if items is None:
            return  # the read failed or was stopped; scrolling asks again
        self._append(items)

    def fetch_failed(self) -> None:
        """The runner's work failed: let the view ask again later."""
        self._pending = False

    def _append(self, items: list[Item]) -> None:
        if not items:
            # Fewer rows than counted (something changed meanwhile): stop asking.
            self._total = self._loaded
            return
        first = len(self._keys)
        self.beginInsertRows(QModelIndex(), first, first + self._rows_for(items) - 1)
        self._add(items)
        self.endInsertRows()

    def load_all_for(self, entry_id: int, limit: int = 5000) -> int:
        """Fetch pages until `entry_id` is loaded (or `limit` rows); its row or -1."""
        while True:
            row = self.row_of(entry_id)
            if row >= 0 or self._loaded >= limit or self._fetch is None or \
                    self._loaded >= self._total:
                return row
            self._pending = False
            self._generation += 1  # a page on its way would now repeat rows
            self._append(self._next_page())

    # -- whole rows, kept for a few pages ------------------------------------------

    def _trim(self, keep: int) -> None:
        if self._refetch is None:
            return
        while len(self._pages) > PAGES_KEPT:
            oldest = next(iter(self._pages))
            if oldest == keep and len(self._pages) > 1:
                self._pages.move_to_end(oldest)
                continue
            del self._pages[oldest]

    def _item(self, entry_index: int) -> Item | None:
        page_no = entry_index // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            page = self._read_again(page_no)
        else:
            self._pages.move_to_end(page_no)
        offset = entry_index - page_no * PAGE_SIZE
        return page[offset] if 0 <= offset < len(page) else None

    def _read_again(self, page_no: int) -> list[Item]:
        assert self._refetch is not None
        start = page_no * PAGE_SIZE
        rows = self._entry_rows[start:min(start + PAGE_SIZE, self._loaded)]
        ids = [self._keys[r] for r in rows]
        found = {item.id: item for item in self._refetch(ids)}
        # An entry changed or removed since it was listed keeps its place with what
        # is known now; a vanished one shows as nothing until the list reloads.
        page = [found.get(i) for i in ids]
        self._pages[page_no] = page  # type: ignore[assignment]
        self._trim(keep=page_no)
        return page  # type: ignore[return-value]

    # -- reading ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else len(self._keys)

    def row_at(self, row: int) -> Row | None:
        if not 0 <= row < len(self._keys):
            return None
        key = self._keys[row]
        if key < 0:
            return DayRow(date.fromordinal(-key))
        return self._item(bisect.bisect_left(self._entry_rows, row))

    def row_of(self, entry_id: int) -> int:
        try:
            row = self._keys.index(int(entry_id))
        except ValueError:
            return -1
        return row

    def entry_ids(self) -> list[int]:
        return [k for k in self._keys if k >= 0]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or not 0 <= index.row() < len(self._keys):
            return Qt.ItemFlag.NoItemFlags
        if self._keys[index.row()] < 0:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid() \
                or not 0 <= index.row() < len(self._keys):
            return None
        row = index.row()
        key = self._keys[row]
        # Answered from the row index alone: never loads a row that is off screen.
        if role == IsHeaderRole:
            return key < 0
        if role == LinesRole:
            return self._lines[row]
        if role == IdRole:
            return key if key >= 0 else None
        if key < 0:
            day = date.fromordinal(-key)
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return day_heading(day)
            if role == DayRole:
                return day
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                        EntryRole, DayRole, KindLabelRole):
            return None
        item = self._item(bisect.bisect_left(self._entry_rows, row))
        if item is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.describe(item)
        if role == EntryRole:
            return item
        if role == DayRole:
            return item.day
        return self.kind_label(item.kind)

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
