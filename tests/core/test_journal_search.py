"""Full-text search: finds what was written anywhere in an entry; any typed text is safe."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
import sqlcipher3
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from disclosure_helper.journal import Entry, EntryQuery
from disclosure_helper.journal_model import MARK_END, MARK_START
from disclosure_helper.keystore import MemoryKeyStore
from disclosure_helper.migrations.v0003_journal import TOKENIZER
from disclosure_helper.search import MAX_TERMS, match_expression, terms
from disclosure_helper.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

NASTY = [
    "",
    " ",
    '"',
    '""',
    '"unclosed phrase',
    "AND",
    "OR NOT",
    "NEAR(a b, 3)",
    "title:ward",
    "body : x",
    "*",
    "a*",
    "^start",
    "(brackets",
    "{title body}: x",
    "'; DROP TABLE journal_entries; --",
    "1=1 OR 'a'='a'",
    "\x00",
    "ward\x00nurse",
    "🙂",
    "👩🏽‍⚕️ 🙂",
    "!!!???...",
    "- + = ~",
    "\u0301\u0308",
    "\ud800",
    "x" * 100_000,
    "word " * 5_000,
    "שלום",
    "\u202eevil rtl\u202c",
    "-ward",
    "ward AND",
    "col:",
    '"a" "b" AND "" OR NOT ""',
]


@pytest.fixture(scope="module")
def shared_vault(tmp_path_factory):
    folder = tmp_path_factory.mktemp("search") / "vault"
    vault = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF, keystore=MemoryKeyStore())
    j = vault.journal
    j.add(Entry(kind="after_shift", title="Hard day on the ward",
                body="The nurse said peers are not real staff.",
                fields={"felt": "Tight chest, angry", "strategies": ["boundary", "sought_support"],
                        "me_or_system": "This was the system, not me."},
                tags=["workplace", "Ward 3"],
                occurred_at=datetime(2024, 3, 4, 18, 0, tzinfo=timezone.utc)))
    j.add(Entry(kind="incident", title="Meeting comment",
                body="In the team meeting, J.B. said \"peer workers can't handle pressure\".",
                fields={"where": "Conference room", "who": "J.B., team lead",
                        "witnesses": "Priya from admin"},
                tags=["record"],
                occurred_at=datetime(2024, 2, 1, 10, 0, tzinfo=timezone.utc)))
    j.add(Entry(title="Café thoughts 🙂", body="Naïve hope, résumé, and a quiet evening.",
                tags=["home"], occurred_at=datetime(2024, 1, 1, 9, 0, tzinfo=timezone.utc)))
    j.add(Entry(title="Notes", body="אני מרגיש טוב היום", plan_id=4,
                occurred_at=datetime(2023, 12, 1, 9, 0, tzinfo=timezone.utc)))
    yield vault
    vault.close()


def _ids(hits):
    return [h.id for h in hits]


def _find(vault, text, **kwargs):
    hits = vault.journal.search(text, **kwargs)
    return {vault.journal.get(h.id).title for h in hits}


def test_finds_by_title_body_structured_fields_and_tags(shared_vault):
    assert _find(shared_vault, "ward") == {"Hard day on the ward"}  # title and tag
    assert _find(shared_vault, "real staff") == {"Hard day on the ward"}  # body
    assert _find(shared_vault, "tight chest") == {"Hard day on the ward"}  # text field
    assert _find(shared_vault, "boundary") == {"Hard day on the ward"}  # picked option label
    assert _find(shared_vault, "Priya") == {"Meeting comment"}  # witnesses
    assert _find(shared_vault, "conference") == {"Meeting comment"}  # where
    assert _find(shared_vault, "record") == {"Meeting comment"}  # tag
    assert _find(shared_vault, "workplace") == {"Hard day on the ward"}  # tag
    assert _find(shared_vault, "peer ") == {"Meeting comment"}  # a finished word: not "peers"


def test_prefix_phrase_diacritics_emoji_and_rtl(shared_vault):
    assert _find(shared_vault, "pee") == {"Meeting comment", "Hard day on the ward"}
    assert _find(shared_vault, "pee ") == set()  # a finished word is not a prefix
    assert _find(shared_vault, '"not real staff"') == {"Hard day on the ward"}
    assert _find(shared_vault, '"staff real"') == set()
    assert _find(shared_vault, "cafe naive resume") == {"Café thoughts 🙂"}
    assert _find(shared_vault, "🙂") == {"Café thoughts 🙂"}
    assert _find(shared_vault, "מרגיש") == {"Notes"}
    assert _find(shared_vault, "can't handle") == {"Meeting comment"}


def test_filters_apply_to_search(shared_vault):
    assert _find(shared_vault, "peer ", query=EntryQuery(kinds=("free",))) == set()
    assert _find(shared_vault, "peer ", query=EntryQuery(kinds=("incident",))) == {
        "Meeting comment"
    }
    assert _find(shared_vault, "pee", query=EntryQuery(tags=("ward 3",))) == {
        "Hard day on the ward"
    }
    window = EntryQuery(date_from=date(2024, 2, 1), date_to=date(2024, 2, 29))
    assert _find(shared_vault, "pee", query=window) == {"Meeting comment"}
    assert _find(shared_vault, "מרגיש", query=EntryQuery(plan_id=4)) == {"Notes"}
    assert shared_vault.journal.search_count("pee") == 2
    assert shared_vault.journal.search_count("pee", EntryQuery(kinds=("incident",))) == 1


def test_hits_carry_highlights_and_paging(shared_vault):
    hit = shared_vault.journal.search("nurse")[0]
    assert f"{MARK_START}nurse{MARK_END}" in hit.snippet
    assert ("nurse", True) in hit.snippet_parts
    assert "<b>nurse</b>" in hit.snippet_html
    assert hit.tags == ("workplace", "Ward 3")
    title_hit = shared_vault.journal.search("meeting")[0]
    assert title_hit.title_parts == [("Meeting", True), (" comment", False)]
    assert title_hit.plain_title == "Meeting comment"
    assert "&quot;" in shared_vault.journal.search("handle")[0].snippet_html  # escaped
    newest = shared_vault.journal.search("pee", order="newest")
    assert [h.occurred_at for h in newest] == sorted((h.occurred_at for h in newest), reverse=True)
    first = shared_vault.journal.search("pee", limit=1, order="newest")
    second = shared_vault.journal.search("pee", limit=1, offset=1, order="newest")
    assert _ids(first) + _ids(second) == _ids(newest)
    assert shared_vault.journal.search("pee", limit=0) == []


def test_trashed_entries_are_not_found(vault):
    entry = vault.journal.add(Entry(title="temporary thought"))
    vault.journal.delete(entry.id)
    assert vault.journal.search("temporary") == []
    vault.journal.restore(entry.id)
    assert _ids(vault.journal.search("temporary")) == [entry.id]


@pytest.mark.parametrize("text", NASTY)
def test_nasty_queries_never_fail(shared_vault, text):
    assert isinstance(shared_vault.journal.search(text), list)
    assert isinstance(shared_vault.journal.search(text, order="newest"), list)
    assert shared_vault.journal.search_count(text) >= 0


def test_query_building_is_bounded():
    assert match_expression("") is None
    assert match_expression("!!! ... ???") is None
    assert len(terms("word " * 5_000)) == MAX_TERMS
    assert match_expression('say "hello there" AND') == '"say" "hello there" "AND"*'
    assert match_expression('a"b') == '"a" "b"'
    assert match_expression("x") == '"x"'  # one Latin letter is not expanded


_fts = sqlcipher3.connect(":memory:")
_fts.execute(f"CREATE VIRTUAL TABLE t USING fts5(a, b, tokenize = \"{TOKENIZER}\")")
_fts.execute("INSERT INTO t VALUES ('some words 🙂', 'and more')")

# Every Unicode category, surrogates included, plus FTS5 and SQL syntax pieces.
_any_char = st.characters(codec=None, categories=None)
_syntax = st.sampled_from(
    ['"', "'", "*", "(", ")", ":", "^", "-", "+", "AND", "OR", "NOT", "NEAR", "NEAR(",
     "{", "}", ",", "\x00", ";", "--", "/*", "DROP TABLE", "🙂", "\u0301", " ", "\t"]
)
_queries = st.one_of(
    st.text(),
    st.text(alphabet=_any_char, max_size=200),
    st.lists(st.one_of(_syntax, st.text(max_size=5)), max_size=30).map("".join),
)


@settings(max_examples=400, deadline=None)
@given(_queries)
def test_built_expressions_always_parse(text):
    expression = match_expression(text)
    if expression is not None:
        _fts.execute("SELECT rowid FROM t WHERE t MATCH ?", (expression,)).fetchall()


@settings(
    max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=_queries, kinds=st.sampled_from([(), ("incident",), ("free", "checkin")]))
def test_search_barrage_never_raises(shared_vault, text, kinds):
    query = EntryQuery(kinds=kinds, date_from=date(2000, 1, 1) + timedelta(days=len(text)))
    hits = shared_vault.journal.search(text, query=query)
    assert isinstance(hits, list)
    assert all(isinstance(h.snippet, str) for h in hits)
    assert shared_vault.journal.search_count(text, query) >= len(hits)


def test_found_checkins_carry_their_ratings(vault):
    vault.journal.add_checkin(2, 3, 4, note="slept badly before handover")
    vault.journal.add(Entry(kind="free", title="Handover notes", body="A calm one."))
    hits = {hit.kind: hit for hit in vault.journal.search("handover")}
    assert (hits["checkin"].mood, hits["checkin"].energy, hits["checkin"].stress) == (2, 3, 4)
    assert hits["free"].mood is None
