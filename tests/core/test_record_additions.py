"""Incident records hold up: kept as first written, with dated additions, in the timeline too."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from disclosure_helper.export_markdown import incident_timeline, incident_timeline_markdown
from disclosure_helper.journal import Entry, EntryNotFound, InvalidEntry, RecordKeptAsWritten
from disclosure_helper.migrations import discover
from disclosure_helper.templates import addition_kinds, builtin_templates

WHEN = datetime(2026, 3, 2, 14, 0, tzinfo=timezone.utc)


def _record(vault, **fields):
    return vault.journal.add(Entry(
        kind="incident", title="Team meeting", body="He said it again.", fields=fields,
        tags=["record"], occurred_at=WHEN))


def test_schema_six_adds_the_additions_table():
    assert [m.name for m in discover()][5] == "v0006_record_additions"


def test_incident_template_asks_for_evidence_report_reference_and_reply():
    incident = next(t for t in builtin_templates() if t.id == "incident")
    for field_id in ("evidence", "reported_to", "reference", "reply"):
        assert incident.field(field_id) is not None, field_id
    assert "where" in incident.field("evidence").label.lower()
    assert "time limits" in incident.field("reply").note.lower()
    assert {k.id for k in addition_kinds()} >= {"more", "evidence", "reply", "correction"}


def test_a_saved_record_is_kept_as_written(vault):
    saved = _record(vault, evidence="Email from J.B. in my own inbox.")
    changed = vault.journal.get(saved.id)
    changed.body = "Something softer."
    with pytest.raises(RecordKeptAsWritten) as caught:
        vault.journal.update(changed)
    assert "add to it" in caught.value.message
    assert vault.journal.get(saved.id).body == "He said it again."
    # Filing it under other tags is still fine.
    assert vault.journal.set_tags(saved.id, ["record", "manager"]).tags == ["record", "manager"]
    assert vault.journal.get(saved.id).body == "He said it again."


def test_additions_are_dated_kept_in_order_and_searchable(vault):
    saved = _record(vault)
    later = WHEN + timedelta(days=9)
    first = vault.journal.add_addition(saved.id, "HR gave reference 4471.", "reply", at=later)
    second = vault.journal.add_addition(saved.id, "It was 3pm, not 2pm.", "correction")
    assert first.written == later and first.kind == "reply"
    assert [a.id for a in vault.journal.additions(saved.id)] == [first.id, second.id]
    assert vault.journal.additions_for([saved.id, 999]) == {saved.id: [first, second]}
    assert [h.id for h in vault.journal.search("4471")] == [saved.id]
    with pytest.raises(Exception, match="kept as written"):  # noqa: B017 - any driver error
        vault._db.execute("UPDATE journal_additions SET text = 'changed' WHERE id = ?",
                          (first.id,))
    assert vault.journal.additions(saved.id)[0].text == "HR gave reference 4471."


def test_additions_refuse_what_does_not_fit(vault):
    saved = _record(vault)
    free = vault.journal.add(Entry(kind="free", body="Just a note."))
    with pytest.raises(InvalidEntry):
        vault.journal.add_addition(saved.id, "   ")
    with pytest.raises(InvalidEntry):
        vault.journal.add_addition(free.id, "More.")
    with pytest.raises(EntryNotFound):
        vault.journal.add_addition(12345, "More.")
    vault.journal.delete(saved.id)
    with pytest.raises(InvalidEntry):
        vault.journal.add_addition(saved.id, "More.")
    vault.journal.restore(saved.id)
    vault.journal.add_addition(saved.id, "More.")
    vault.journal.delete(saved.id)
    assert vault.journal.empty_trash() == 1
    assert vault.journal.additions(saved.id) == []


def test_timeline_export_keeps_the_original_with_its_date_and_the_additions(vault):
    saved = _record(vault, evidence="Screenshot on my phone.", reported_to="Ward manager",
                    reference="HR-22")
    vault.journal.add_addition(saved.id, "They replied: no action.", "reply",
                               at=WHEN + timedelta(days=20))
    document = incident_timeline(vault.journal)
    entry = document.entries[0]
    labels = [f.label for f in entry.fields]
    assert entry.written and labels[:2] == ["What was said or done",
                                            "Evidence, and where it is kept"]
    assert len(entry.additions) == 1 and entry.additions[0].label == "A reply I got"
    text = incident_timeline_markdown(vault.journal)
    assert text.index("He said it again.") < text.index("They replied: no action.")
    assert "First written:" in text and "Added later" in text
    assert "Screenshot on my phone." in text and "HR-22" in text


def test_timeline_says_when_a_record_was_changed_after_it_was_first_written(vault):
    kept = _record(vault)
    older = _record(vault)
    # A record changed the day after it was written, as one saved before records were
    # kept as written could have been: the export says so, so no one is misled.
    vault._db.execute("UPDATE journal_entries SET updated = updated + 86400 WHERE id = ?",
                      (older.id,))
    document = incident_timeline(vault.journal)
    shown = {entry.id: entry for entry in document.entries}
    assert shown[kept.id].changed == "" and shown[older.id].changed
    assert shown[older.id].changed != shown[older.id].written
    text = incident_timeline_markdown(vault.journal)
    assert text.count("Last changed:") == 1
