"""Newest-first search, counts and keyset pages give exactly what the plain join gives.

The fast queries walk the timeline index and check a set of matching rowids instead of
joining every hit to its entry; this compares them with the straightforward query they
replace, over random entries, filters, backdated entries, the trash and page sizes.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from disclosure_helper import search as search_text
from disclosure_helper.journal import Entry, EntryQuery, JournalRepository
from disclosure_helper.journal_model import MARK_END, MARK_START
from disclosure_helper.keystore import MemoryKeyStore
from disclosure_helper.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

WORDS = ["ward", "warden", "nurse", "shift", "calm", "café", "team", "tired", "manager"]
TAGS = ["work", "home", "nights"]
KINDS = ["free", "incident", "checkin", "after_shift"]
QUERIES = ["ward", "war", "nurse shift", '"calm team"', "cafe", "ti", "manager ", "zzz"]


def _entry(rng: random.Random, when: datetime) -> Entry:
    kind = rng.choice(KINDS)
    words = " ".join(rng.choices(WORDS, k=rng.randint(1, 8)))
    fields = {"mood": 3, "energy": 2, "stress": 4} if kind == "checkin" else {}
    return Entry(kind=kind, title=rng.choice(["", "Note " + rng.choice(WORDS)]), body=words,
                 fields=fields, tags=rng.sample(TAGS, rng.randint(0, 2)), occurred_at=when,
                 plan_id=rng.choice([None, None, 1, 2]))


@pytest.fixture(scope="module")
def searched(tmp_path_factory):
    folder = tmp_path_factory.mktemp("newest") / "vault"
    vault = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF, keystore=MemoryKeyStore())
    rng = random.Random(5)
    start = datetime(2024, 1, 1, 8, 0, tzinfo=timezone.utc)
    # Written in time order, then some backdated (ids no longer follow time), two at the
    # very same moment, in several time zones; some go to the trash.
    moments = sorted(start + timedelta(hours=rng.randint(0, 24 * 200)) for _ in range(260))
    moments += [start + timedelta(hours=rng.randint(0, 24 * 200)) for _ in range(40)]
    moments += [moments[10]] * 2
    zones = [timezone(timedelta(hours=h)) for h in (-8, 0, 5, 13)]
    vault.journal.add_many(_entry(rng, m.astimezone(rng.choice(zones))) for m in moments)
    ids = vault.journal.ids()
    vault.journal.delete_many(rng.sample(ids, 30))
    yield vault
    vault.close()


def _reference(journal: JournalRepository, text: str, query: EntryQuery | None) -> list[int]:
    """The plain query: join every hit to its entry and sort them all."""
    match = search_text.match_expression(text)
    if match is None:
        return []
    where, params = journal._where(query)
    rows = journal._db.query(
        "SELECT e.id FROM journal_fts JOIN journal_entries e ON e.id = journal_fts.rowid "
        f"WHERE journal_fts MATCH ? AND {where} ORDER BY e.occurred_at DESC, e.id DESC",
        [match, *params])
    return [r[0] for r in rows]


FILTERS = [None, EntryQuery(kinds=("incident",)), EntryQuery(tags=("work",)),
           EntryQuery(date_from=date(2024, 3, 1), date_to=date(2024, 5, 31)),
           EntryQuery(plan_id=2), EntryQuery(kinds=("free", "checkin"), tags=("home",),
                                              date_from=date(2024, 2, 1))]


@pytest.mark.parametrize("text", QUERIES)
@pytest.mark.parametrize("query", FILTERS)
def test_newest_search_count_and_pages_match_the_plain_join(searched, text, query):
    journal = searched.journal
    expected = _reference(journal, text, query)
    assert journal.search_count(text, query) == len(expected)
    assert journal.search_ids(text, query) == expected
    # Offset pages and keyset pages both walk the same order.
    by_offset = [h.id for off in range(0, len(expected) + 7, 7)
                 for h in journal.search(text, query, limit=7, offset=off, order="newest")]
    assert by_offset == expected
    by_keyset, last = [], None
    while True:
        hits = journal.search(text, query, limit=7, order="newest", after=last)
        if not hits:
            break
        by_keyset += [h.id for h in hits]
        last = hits[-1]
    assert by_keyset == expected


def test_hits_carry_the_same_marks_as_the_match_itself(searched):
    journal = searched.journal
    match = search_text.match_expression("ward")
    expected = {
        r[0]: (r[1], " ".join(r[2].split()))
        for r in journal._db.query(
            f"SELECT rowid, highlight(journal_fts, 0, '{MARK_START}', '{MARK_END}'), "
            f"snippet(journal_fts, -1, '{MARK_START}', '{MARK_END}', '…', 14) "
            "FROM journal_fts WHERE journal_fts MATCH ?", [match])
    }
    hits = journal.search("ward", limit=500, order="newest")
    assert hits and all((h.title, h.snippet) == expected[h.id] for h in hits)
    again = journal.search_hits("ward", [h.id for h in reversed(hits[:20])])
    assert again == list(reversed(hits[:20]))
    entry = journal.get(hits[0].id)
    assert hits[0].occurred_at == entry.occurred_at and list(hits[0].tags) == entry.tags


def test_timeline_keyset_pages_match_offset_pages(searched):
    journal = searched.journal
    for query in FILTERS:
        everything = journal.ids(query)
        assert journal.count(query) == len(everything)
        assert sum(n for _day, n in journal.day_counts(query)) == len(everything)
        pages, last = [], None
        while True:
            rows = journal.page(query, limit=11, after=last)
            if not rows:
                break
            pages += [r.id for r in rows]
            last = rows[-1]
        assert pages == everything
        assert [r.id for r in journal.summaries(everything[::-3])] == everything[::-3]


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=30))
def test_any_text_gives_the_same_results_as_the_plain_join(searched, text):
    journal = searched.journal
    expected = _reference(journal, text, None)
    assert journal.search_count(text) == len(expected)
    assert [h.id for h in journal.search(text, limit=500, order="newest")] == expected[:500]
