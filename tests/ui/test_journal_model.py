"""The timeline's list model: Qt's model checks, lazy pages, day headings."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QModelIndex, Qt

from disclosure_helper.journal import Entry
from disclosure_helper.ui.journal.model import (
    PAGE_SIZE,
    DayRow,
    EntryListModel,
    EntryRole,
    IdRole,
    IsHeaderRole,
)


def _fill(vault, count: int) -> None:
    start = datetime(2025, 3, 1, 12, 0).astimezone()
    vault.journal.add_many(
        Entry(kind="free", title=f"Entry {n}", body=f"words {n}",
              occurred_at=start + timedelta(hours=7 * n), tags=["t"] if n % 3 else [])
        for n in range(count)
    )


def _model_over(vault) -> EntryListModel:
    journal = vault.journal
    model = EntryListModel()
    model.kind_label = lambda kind: journal.template(kind).label
    model.set_source(lambda offset, limit: journal.page(None, offset, limit), journal.count())
    return model


def test_model_passes_qt_model_tester(qtmodeltester, vault):
    _fill(vault, 400)
    model = _model_over(vault)
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    qtmodeltester.check(model)


def test_model_loads_pages_lazily_and_groups_by_day(vault):
    _fill(vault, 2 * PAGE_SIZE + 20)
    model = _model_over(vault)
    assert model.loaded == PAGE_SIZE
    assert model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    assert model.loaded == model.total == 2 * PAGE_SIZE + 20
    headers = [model.row_at(r) for r in range(model.rowCount())
               if isinstance(model.row_at(r), DayRow)]
    days = [day for day, _n in vault.journal.day_counts()]
    # One heading per day, even where a day spans two pages.
    assert [h.day for h in headers] == days
    assert len(model.entry_ids()) == model.total


def test_headings_are_not_selectable_and_entries_describe_themselves(vault):
    _fill(vault, 5)
    model = _model_over(vault)
    heading = model.index(0)
    assert heading.data(IsHeaderRole) is True
    assert not model.flags(heading) & Qt.ItemFlag.ItemIsSelectable
    entry = model.index(1)
    assert model.flags(entry) & Qt.ItemFlag.ItemIsSelectable
    assert isinstance(entry.data(IdRole), int)
    assert entry.data(EntryRole).title == "Entry 4"
    spoken = entry.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Free writing" in spoken and "Entry 4" in spoken


def test_fetch_stops_when_rows_vanish(vault):
    _fill(vault, PAGE_SIZE + 10)
    journal = vault.journal
    model = _model_over(vault)
    journal.delete_many(journal.ids()[PAGE_SIZE - 5:])
    model.fetchMore()
    assert not model.canFetchMore()
