"""Journal entries: every kind round-trips, filters, tags, trash, drafts, own templates."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from disclosure_helper.journal import (
    Entry,
    EntryNotFound,
    EntryQuery,
    EntryTooLarge,
    InvalidEntry,
    draft_key,
    entry_from_payload,
    entry_to_payload,
)
from disclosure_helper.journal_model import MAX_ENTRY_CHARS, TemplateError
from disclosure_helper.migrations import latest_version
from disclosure_helper.templates import builtin_templates, new_own_template, strategies
from tests.conftest import PASSPHRASE

ODD_TEXT = "Cafe\u0301 🙂👩🏽‍⚕️ שלום עולם e\u0308\u0301 zero\x00width\u200b tab\tline\r\nend 𝔘𝔫𝔦"
KINDS = ("free", "after_shift", "incident", "reflection", "disclosure_followup", "checkin")


def _value_for(spec, n: int):
    if spec.kind == "multiline":
        return f"{spec.label} answer {n}\nsecond line {ODD_TEXT}"
    if spec.kind == "text":
        return f"{spec.label} {n} {ODD_TEXT}"
    if spec.kind == "choice":
        return spec.options[-1].id
    if spec.kind == "multi-choice":
        return [o.id for o in spec.options]
    if spec.kind == "datetime":
        return datetime(2024, 2, 29, 23, 15, tzinfo=timezone(timedelta(hours=-5))).isoformat()
    if spec.kind == "rating":
        return 1 + n % 5
    raise AssertionError(spec.kind)


def _full_entry(kind: str, n: int = 1) -> Entry:
    template = next(t for t in builtin_templates() if t.id == kind)
    entry = Entry(
        kind=kind,
        title=f"Title {n} {ODD_TEXT}",
        tags=["Work", "after shift", f"tag{n}"],
        occurred_at=datetime(2023, 11, 5, 22, 40, tzinfo=timezone(timedelta(hours=10))),
    )
    for spec in template.fields:
        if spec.id == "body":
            entry.body = _value_for(spec, n)
        elif spec.id == "occurred_at":
            continue
        elif spec.id == "plan_id":
            entry.plan_id = 7
        else:
            entry.fields[spec.id] = _value_for(spec, n)
    return entry


def test_schema_version_is_three_with_triggers(vault):
    assert vault.db.user_version == latest_version() >= 3
    triggers = {r[0] for r in vault.db.query("SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert {
        "journal_entries_fts_insert",
        "journal_entries_fts_delete",
        "journal_entries_fts_update",
    } <= triggers


def test_builtin_templates_cover_every_kind():
    ids = [t.id for t in builtin_templates()]
    assert ids == list(("free", "checkin", "after_shift", "incident", "reflection",
                        "disclosure_followup"))
    after_shift = next(t for t in builtin_templates() if t.id == "after_shift")
    picked = after_shift.field("strategies")
    assert picked is not None and picked.options == strategies()
    assert {s.id for s in strategies()} >= {
        "sought_support", "confronted", "educated", "advocated", "reinforced_value",
        "boundary", "stepped_away", "other",
    }
    assert after_shift.field("me_or_system").note  # the careful prompt is there


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_round_trips_with_all_fields(vault, kind):
    entry = _full_entry(kind)
    saved = vault.journal.add(entry)
    assert saved.id is not None
    vault.lock()
    vault.unlock(PASSPHRASE)
    loaded = vault.journal.get(saved.id)
    assert loaded.kind == kind
    assert loaded.title == entry.title
    assert loaded.body == entry.body
    assert loaded.fields == entry.fields
    assert loaded.tags == entry.tags
    assert loaded.plan_id == entry.plan_id
    assert loaded.occurred_at == entry.occurred_at
    assert loaded.occurred_at.utcoffset() == timedelta(hours=10)
    assert loaded.created is not None and loaded.updated is not None
    assert loaded.deleted_at is None


def test_naive_dates_are_local_and_past_dates_group_by_their_own_day(vault):
    naive = datetime(2020, 1, 2, 3, 4, 5)
    saved = vault.journal.add(Entry(kind="incident", title="long ago", occurred_at=naive))
    assert saved.occurred_at == naive.astimezone()
    late = datetime(2024, 3, 1, 23, 30, tzinfo=timezone(timedelta(hours=-8)))
    vault.journal.add(Entry(title="late shift", occurred_at=late))
    assert (date(2024, 3, 1), 1) in vault.journal.day_counts()


def test_checkin_ratings_are_validated(vault):
    entry = vault.journal.add_checkin(5, 1, 3, note="tired but ok")
    assert entry.fields == {"mood": 5, "energy": 1, "stress": 3}
    assert entry.body == "tired but ok"
    summary = vault.journal.page()[0]
    assert (summary.mood, summary.energy, summary.stress) == (5, 1, 3)
    for bad in (0, 6, "x", True, None, 2.5):
        with pytest.raises(InvalidEntry) as caught:
            vault.journal.add_checkin(bad, 3, 3)
        assert "1 to 5" in str(caught.value)
    assert vault.journal.count() == 1


def test_unknown_kind_and_bad_values_get_kind_errors(vault):
    with pytest.raises(InvalidEntry):
        vault.journal.add(Entry(kind="nonsense"))
    with pytest.raises(InvalidEntry):
        vault.journal.add(Entry(title="x" * 5000))
    with pytest.raises(InvalidEntry):
        vault.journal.add(Entry(plan_id="7"))  # type: ignore[arg-type]
    with pytest.raises(InvalidEntry):
        vault.journal.add(Entry(tags=[f"t{i}" for i in range(80)]))
    assert vault.journal.count() == 0


def test_odd_unicode_round_trips_and_lone_surrogates_become_replacement(vault):
    saved = vault.journal.add(
        Entry(title=ODD_TEXT, body=ODD_TEXT + "\ud800 after", fields={"note": ODD_TEXT})
    )
    loaded = vault.journal.get(saved.id)
    assert loaded.title == ODD_TEXT
    assert loaded.body == ODD_TEXT + "\ufffd after"
    assert loaded.fields == {"note": ODD_TEXT}


def test_huge_paste_round_trips_and_too_huge_is_refused_kindly(vault):
    big = ("A long paste with words and 🙂 emoji. " * 140_000)[:5_000_000]
    saved = vault.journal.add(Entry(body=big))
    assert vault.journal.get(saved.id).body == big
    with pytest.raises(EntryTooLarge) as caught:
        vault.journal.add(Entry(body="x" * (MAX_ENTRY_CHARS + 1)))
    assert "still on screen" in str(caught.value)
    assert vault.journal.count() == 1


def test_update_changes_text_and_tags_in_one_go(vault):
    saved = vault.journal.add(Entry(title="first", body="one", tags=["Alpha", "beta"]))
    saved.title, saved.body, saved.tags = "second", "two", ["beta", "Gamma"]
    saved.occurred_at = datetime(2022, 5, 5, 9, 0, tzinfo=timezone.utc)
    updated = vault.journal.update(saved)
    assert (updated.title, updated.body, updated.tags) == ("second", "two", ["beta", "Gamma"])
    assert updated.created == saved.created
    assert [t.name for t in vault.journal.tags()] == ["beta", "Gamma"]  # Alpha is gone
    assert vault.journal.search("two")[0].id == saved.id
    assert vault.journal.search("one") == []
    with pytest.raises(EntryNotFound):
        vault.journal.update(Entry(id=9999, title="nowhere"))


def test_tags_are_deduplicated_case_insensitively_and_complete(vault):
    vault.journal.add(Entry(tags=["#Work ", "work", "  team   meeting "]))
    vault.journal.add(Entry(tags=["WORK", "Wellbeing"]))
    vault.journal.add(Entry(tags="boundaries, work"))  # type: ignore[arg-type]
    names = {t.name: t.count for t in vault.journal.tags()}
    assert names == {"Work": 3, "team meeting": 1, "Wellbeing": 1, "boundaries": 1}
    assert vault.journal.complete_tags("w") == ["Work", "Wellbeing"]
    assert vault.journal.complete_tags("meet") == ["team meeting"]
    assert vault.journal.complete_tags("") == ["Work", "boundaries", "team meeting", "Wellbeing"]


def test_page_count_and_filters(vault):
    j = vault.journal
    base = datetime(2024, 6, 1, 12, 0, tzinfo=timezone.utc)
    for i in range(30):
        kind = ("free", "incident", "checkin")[i % 3]
        entry = Entry(
            kind=kind,
            title=f"entry {i}",
            occurred_at=base + timedelta(days=i),
            tags=["even"] if i % 2 == 0 else ["odd"],
            plan_id=3 if i < 5 else None,
        )
        if kind == "checkin":
            entry.fields = {"mood": 3, "energy": 3, "stress": 3}
        j.add(entry)
    assert j.count() == 30
    rows = j.page(offset=0, limit=10)
    assert [r.title for r in rows] == [f"entry {i}" for i in range(29, 19, -1)]
    tail = j.page(offset=25, limit=10)
    assert [r.title for r in tail] == [f"entry {i}" for i in range(4, -1, -1)]
    assert j.count(EntryQuery(kinds=("incident",))) == 10
    assert j.count(EntryQuery(kinds=("incident", "free"))) == 20
    assert j.count(EntryQuery(tags=("EVEN",))) == 15
    assert j.count(EntryQuery(tags=("even", "odd"))) == 0
    assert j.count(EntryQuery(plan_id=3)) == 5
    window = EntryQuery(date_from=date(2024, 6, 3), date_to=date(2024, 6, 7))
    assert [r.day for r in j.page(window)] == [date(2024, 6, d) for d in range(7, 2, -1)]
    assert len(j.ids(EntryQuery(kinds=("free",), tags=("even",)))) == 5
    assert sum(n for _, n in j.day_counts()) == 30
    assert j.page(limit=-5) == []


def test_trash_restore_and_empty(vault):
    j = vault.journal
    keep = j.add(Entry(title="keep me", tags=["shared"]))
    gone = j.add(Entry(title="let go of this", body="private words", tags=["shared", "only"]))
    j.save_draft(draft_key(gone.id), entry_to_payload(gone))
    j.delete(gone.id)
    assert j.count() == 1
    assert j.search("private") == []
    assert [t.id for t in j.trash()] == [gone.id]
    assert j.trash()[0].deleted_at is not None
    assert {t.name for t in j.tags()} == {"shared"}
    restored = j.restore(gone.id)
    assert restored.deleted_at is None and j.count() == 2
    assert j.search("private")[0].id == gone.id
    j.delete_many([gone.id])
    assert j.empty_trash() == 1
    assert j.trash_count() == 0
    with pytest.raises(EntryNotFound):
        j.get(gone.id)
    with pytest.raises(EntryNotFound):
        j.restore(gone.id)
    assert j.load_draft(draft_key(gone.id)) is None
    assert [t.name for t in j.tags()] == ["shared"]
    fts_rows = vault.db.scalar(
        "SELECT count(*) FROM journal_fts WHERE journal_fts MATCH ?", ('"private"',)
    )
    assert fts_rows == 0
    assert j.get(keep.id).title == "keep me"


def test_empty_trash_only_touches_trashed_entries(vault):
    j = vault.journal
    a = j.add(Entry(title="a"))
    b = j.add(Entry(title="b"))
    c = j.add(Entry(title="c"))
    j.delete_many([b.id, c.id])
    assert j.empty_trash([a.id, b.id]) == 1  # a is not in the trash, so it stays
    assert [e.id for e in j.trash()] == [c.id]
    assert j.get(a.id).title == "a"


def test_drafts_save_load_revise_and_discard(vault):
    j = vault.journal
    key = draft_key()
    assert key.startswith("new:") and key != draft_key()
    assert j.save_draft(key, {"body": "first"}) == 1
    assert j.save_draft(key, {"body": "second " + ODD_TEXT}) == 2
    draft = j.load_draft(key)
    assert draft is not None and draft.revision == 2
    assert draft.payload == {"body": "second " + ODD_TEXT}
    vault.lock()
    vault.unlock(PASSPHRASE)
    j = vault.journal
    assert [d.key for d in j.drafts()] == [key]
    saved = j.add(entry_from_payload({"kind": "free", "body": "second"}), draft_key=key)
    assert j.load_draft(key) is None
    edit_key = draft_key(saved.id)
    j.save_draft(edit_key, saved)
    assert j.load_draft(edit_key).entry_id == saved.id
    saved.body = "edited"
    j.update(saved, draft_key=edit_key)
    assert j.drafts() == []
    j.save_draft("scratch", {"x": 1})
    j.discard_draft("scratch")
    assert j.load_draft("scratch") is None
    with pytest.raises(EntryTooLarge):
        j.save_draft("huge", {"body": "x" * (MAX_ENTRY_CHARS + 200_000)})


def test_entry_payload_round_trip():
    entry = _full_entry("incident")
    entry.id = 12
    back = entry_from_payload(entry_to_payload(entry))
    for name in ("id", "kind", "title", "body", "fields", "tags", "occurred_at", "plan_id"):
        assert getattr(back, name) == getattr(entry, name)
    assert entry_from_payload({"occurred_at": "not a date"}).occurred_at is None


def test_own_templates_are_saved_listed_and_retired(vault):
    j = vault.journal
    template = new_own_template(
        "Supervision notes",
        [
            {"id": "body", "kind": "multiline", "label": "What we talked about"},
            {"id": "topic", "kind": "choice", "label": "Topic",
             "options": [{"id": "caseload", "label": "Caseload"},
                         {"id": "team", "label": "The team"}]},
            {"id": "strategies", "kind": "multi-choice", "label": "What I did",
             "options_from": "strategies"},
        ],
    )
    saved = j.save_template(template)
    assert saved.id.startswith("own:") and not saved.builtin
    assert saved.id in [t.id for t in j.templates()]
    entry = j.add(Entry(kind=saved.id, body="talked", fields={"topic": "team"}))
    assert j.search("the team")[0].id == entry.id  # option labels are searchable
    j.delete_template(saved.id)
    assert saved.id not in [t.id for t in j.templates()]
    assert j.template(saved.id) is not None and j.template(saved.id).retired
    assert j.get(entry.id).fields == {"topic": "team"}
    with pytest.raises(TemplateError):
        j.delete_template("incident")


@pytest.mark.parametrize(
    "fields",
    [
        [],
        [{"id": "Bad Id", "kind": "text", "label": "x"}],
        [{"id": "a", "kind": "essay", "label": "x"}],
        [{"id": "a", "kind": "choice", "label": "x"}],
        [{"id": "a", "kind": "text", "label": "x"}, {"id": "a", "kind": "text", "label": "y"}],
        [{"id": "occurred_at", "kind": "text", "label": "x"}],
        [{"id": "a", "kind": "text", "label": ""}],
    ],
)
def test_broken_own_templates_get_kind_errors(fields):
    with pytest.raises(TemplateError) as caught:
        new_own_template("Mine", fields)
    assert str(caught.value)


def test_an_unfinished_checkin_is_kept_as_a_draft(vault):
    journal = vault.journal
    assert journal.save_checkin_draft("", {"mood": None, "energy": None}) is None
    assert journal.drafts() == []
    key = journal.save_checkin_draft("Long shift", {"mood": 3, "energy": None, "stress": 4})
    (draft,) = journal.drafts()
    assert draft.key == key and draft.entry_id is None
    assert draft.payload == {"kind": "checkin", "body": "Long shift",
                             "fields": {"mood": 3, "stress": 4}}
