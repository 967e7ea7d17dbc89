"""The timeline's list model: Qt's model checks, lazy pages, day headings."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st
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


def _windowed_model(vault) -> EntryListModel:
    journal = vault.journal
    model = EntryListModel()
    model.kind_label = lambda kind: journal.template(kind).label
    model.set_source(lambda offset, limit: journal.page(None, offset, limit), journal.count(),
                     fetch_after=lambda last, limit: journal.page(None, limit=limit, after=last),
                     refetch=journal.summaries)
    return model


def test_scrolling_far_keeps_a_bounded_window_of_rows(vault):
    from disclosure_helper.ui.journal.model import PAGES_KEPT

    _fill(vault, PAGES_KEPT * PAGE_SIZE * 2 + 37)
    model = _windowed_model(vault)
    seen = []
    while model.canFetchMore():
        model.fetchMore()
        # What a view does while scrolling down: read the rows now on screen.
        for row in range(max(0, model.rowCount() - 20), model.rowCount()):
            model.index(row).data(EntryRole)
        assert model.kept <= PAGES_KEPT * PAGE_SIZE
    for row in range(model.rowCount()):
        item = model.row_at(row)
        seen.append(item.day if isinstance(item, DayRow) else item.id)
        assert model.kept <= PAGES_KEPT * PAGE_SIZE
    journal = vault.journal
    assert model.entry_ids() == journal.ids()
    assert [s for s in seen if isinstance(s, int)] == journal.ids()
    # Rows read back after being let go are the rows first shown, headings included.
    fresh = _model_over(vault)
    while fresh.canFetchMore():
        fresh.fetchMore()
    assert [fresh.row_at(r) for r in range(fresh.rowCount())] == \
        [model.row_at(r) for r in range(model.rowCount())]


def test_card_heights_are_known_without_loading_rows(vault):
    from disclosure_helper.ui.journal.look import card_lines
    from disclosure_helper.ui.journal.model import PAGES_KEPT, LinesRole

    _fill(vault, PAGES_KEPT * PAGE_SIZE * 2)
    model = _windowed_model(vault)
    while model.canFetchMore():
        model.fetchMore()
    lines = [model.index(r).data(LinesRole) for r in range(model.rowCount())]
    assert model.kept <= PAGES_KEPT * PAGE_SIZE  # asking for heights loaded nothing
    expected = [0 if isinstance(model.row_at(r), DayRow) else card_lines(model.row_at(r))
                for r in range(model.rowCount())]
    assert lines == expected


def test_keyset_pages_follow_the_same_order_as_offsets(vault):
    _fill(vault, 3 * PAGE_SIZE + 5)
    offsets, keyset = _model_over(vault), _windowed_model(vault)
    for model in (offsets, keyset):
        while model.canFetchMore():
            model.fetchMore()
    assert keyset.entry_ids() == offsets.entry_ids()


def test_background_pages_arrive_later_and_stale_ones_are_dropped(vault):
    _fill(vault, 2 * PAGE_SIZE + 3)
    journal = vault.journal
    waiting = []
    model = EntryListModel()
    model.set_source(lambda offset, limit: journal.page(None, offset, limit), journal.count(),
                     runner=lambda work, done: waiting.append((work, done)))
    model.fetchMore()
    assert model.is_fetching and not model.canFetchMore()
    assert model.loaded == PAGE_SIZE
    work, done = waiting.pop()
    done(work())
    assert model.loaded == 2 * PAGE_SIZE and model.canFetchMore()
    model.fetchMore()
    stale_work, stale_done = waiting.pop()
    model.set_source(lambda offset, limit: journal.page(None, offset, limit), journal.count(),
                     runner=lambda work, done: waiting.append((work, done)))
    stale_done(stale_work())  # a page for the list as it was: ignored
    assert model.loaded == PAGE_SIZE
    model.fetchMore()
    _work, failed = waiting.pop()
    failed(None)  # the read failed or was stopped: scrolling can ask again
    assert model.canFetchMore()


def test_windowed_model_passes_qt_model_tester(qtmodeltester, vault):
    from disclosure_helper.ui.journal.model import PAGES_KEPT

    _fill(vault, PAGES_KEPT * PAGE_SIZE + 60)
    model = _windowed_model(vault)
    while model.canFetchMore():
        model.fetchMore()
    qtmodeltester.check(model)
    assert model.kept <= PAGES_KEPT * PAGE_SIZE


_MARKED = st.text(alphabet=st.sampled_from(["a", " ", "\x02", "\x03", "b", "\n"]), max_size=8)


@settings(max_examples=300, deadline=None)
@given(title=_MARKED, snippet=_MARKED, mood=st.sampled_from([None, 3]),
       tags=st.sampled_from([(), ("t",)]), hit=st.booleans())
def test_card_lines_counts_what_card_texts_draws(title, snippet, mood, tags, hit):
    from disclosure_helper.journal import SearchHit
    from disclosure_helper.journal_model import EntrySummary
    from disclosure_helper.ui.journal.look import card_lines, card_texts

    when = datetime(2025, 3, 1, 12, 0).astimezone()
    common = dict(id=1, kind="free", occurred_at=when, day=when.date(), tags=tags,
                  plan_id=None, mood=mood, energy=mood, stress=mood)
    item = (SearchHit(title=title, snippet=snippet, **common) if hit
            else EntrySummary(title=title, preview=snippet, **common))
    drawn_title, drawn_glimpse = card_texts(item, lambda _i: "ratings", "Untitled")
    assert card_lines(item) == 1 + bool(drawn_title) + bool(drawn_glimpse) + bool(item.tags)
