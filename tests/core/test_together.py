"""Together mode's core: staged changes, the three end choices, kept supporter's notes."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from disclosure_helper.guide import NOT_SURE
from disclosure_helper.migrations import latest_version
from disclosure_helper.plan_model import Decision
from disclosure_helper.together import (
    LOCK_ON_EXIT_KEY,
    MAX_NOTES_CHARS,
    EndChoice,
    NotesTooLong,
    SessionFinished,
    TogetherSession,
    changed_questions,
    load_session_text,
    lock_on_exit,
    session_step_ids,
    set_lock_on_exit,
    supporter_notes,
)


def _tables(vault) -> dict[str, int]:
    names = [
        r[0]
        for r in vault.db.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '%fts%'"
        )
    ]
    return {name: vault.db.scalar(f'SELECT COUNT(*) FROM "{name}"') for name in names}


@pytest.fixture
def plan(vault):
    plan = vault.plans.create("Telling my manager", "current_job", "uk")
    plan.set_answer("how", "opening", "Thanks for making time.")
    plan.set_answer("who", "people", ["line_manager"])
    return vault.plans.save(plan)


def _edit(session: TogetherSession) -> None:
    session.plan.set_answer("how", "opening", "Could we talk for ten minutes?")
    session.plan.set_answer("what", "how_much", "need_only")
    session.plan.set_answer("decision", "decision", "telling_some")


def test_edits_stay_in_memory_until_finish(vault, plan):
    session = TogetherSession.from_plan(vault.plans, plan.id)
    _edit(session)
    session.notes = "You sounded calmer talking about the mornings."
    stored = vault.plans.get(plan.id)
    assert stored.answer("how", "opening") == "Thanks for making time."
    assert stored.decision is Decision.UNDECIDED
    assert supporter_notes(vault).for_plan(plan.id) == []


def test_summary_names_the_changed_steps_questions_and_decision(vault, plan):
    session = TogetherSession.from_plan(vault.plans, plan.id)
    assert session.summary().is_empty
    _edit(session)
    session.notes = "Notes"
    summary = session.summary()
    assert [s.step_id for s in summary.steps] == ["what", "how", "decision"]
    how = next(s for s in summary.steps if s.step_id == "how")
    assert how.title == session.guide.step("how").title
    assert how.prompts == (session.guide.question("how", "opening").prompt,)
    assert summary.decision_changed
    assert (summary.decision_before, summary.decision_after) == (
        Decision.UNDECIDED, Decision.TELLING_SOME)
    assert summary.has_notes and summary.questions_changed == 3


def test_setting_an_answer_back_is_no_change(vault, plan):
    session = TogetherSession.from_plan(vault.plans, plan.id)
    session.plan.set_answer("how", "opening", "Something else")
    session.plan.set_answer("how", "opening", "Thanks for making time.")
    session.plan.set_answer("decision", "decision", NOT_SURE)
    session.plan.set_answer("where", "settings", [])
    assert session.changes() == []


def test_discard_leaves_the_plan_unchanged(vault, plan):
    before = _tables(vault)
    session = TogetherSession.from_plan(vault.plans, plan.id)
    _edit(session)
    session.notes = "Kind words"
    assert session.finish(EndChoice.DISCARD, vault.plans, supporter_notes(vault)) is None
    assert _tables(vault) == before
    assert vault.plans.get(plan.id).answers == plan.answers
    assert session.finished and session.notes == ""


def test_keep_plan_only_drops_the_notes(vault, plan):
    notes = supporter_notes(vault)
    session = TogetherSession.from_plan(vault.plans, plan.id)
    _edit(session)
    session.notes = "Kind words"
    assert session.finish(EndChoice.KEEP_PLAN, vault.plans, notes) == plan.id
    stored = vault.plans.get(plan.id)
    assert stored.answer("how", "opening") == "Could we talk for ten minutes?"
    assert stored.answer("what", "how_much") == "need_only"
    assert stored.decision is Decision.TELLING_SOME
    assert [h.decision for h in vault.plans.history(plan.id)][-1] is Decision.TELLING_SOME
    assert notes.for_plan(plan.id) == []


def test_keep_all_keeps_edits_and_dated_notes(vault, plan):
    notes = supporter_notes(vault)
    session = TogetherSession.from_plan(vault.plans, plan.id)
    _edit(session)
    session.notes = "  You know your workplace best.  "
    session.finish(EndChoice.KEEP_ALL, vault.plans, notes)
    assert vault.plans.get(plan.id).answer("what", "how_much") == "need_only"
    kept = notes.for_plan(plan.id)
    assert [n.text for n in kept] == ["You know your workplace best."]
    assert kept[0].written.tzinfo is not None
    assert abs((datetime.now(timezone.utc) - kept[0].written).total_seconds()) < 60
    assert notes.counts() == {plan.id: 1}
    with pytest.raises(SessionFinished):
        session.finish(EndChoice.KEEP_ALL, vault.plans, notes)


def test_only_changed_questions_are_written_over_newer_stored_answers(vault, plan):
    session = TogetherSession.from_plan(vault.plans, plan.id)
    session.plan.set_answer("how", "opening", "New opening")
    # Changed elsewhere while the session was open: must survive the keep.
    newer = vault.plans.get(plan.id)
    newer.set_answer("when", "moments", ["first_weeks"])
    vault.plans.save(newer)
    session.finish(EndChoice.KEEP_PLAN, vault.plans, supporter_notes(vault))
    stored = vault.plans.get(plan.id)
    assert stored.answer("how", "opening") == "New opening"
    assert stored.answer("when", "moments") == ["first_weeks"]


def test_clearing_an_answer_in_the_session_clears_it_on_keep(vault, plan):
    session = TogetherSession.from_plan(vault.plans, plan.id)
    session.plan.set_answer("who", "people", [])
    session.finish(EndChoice.KEEP_PLAN, vault.plans, supporter_notes(vault))
    assert vault.plans.get(plan.id).answer("who", "people") is None


def test_exploring_discarded_leaves_no_trace(vault):
    before = _tables(vault)
    session = TogetherSession.exploring_session()
    _edit(session)
    session.notes = "Notes"
    session.finish(EndChoice.DISCARD, vault.plans, supporter_notes(vault))
    assert _tables(vault) == before
    assert vault.plans.summaries() == []


def test_exploring_kept_becomes_a_new_plan(vault):
    notes = supporter_notes(vault)
    session = TogetherSession.exploring_session(region="us")
    assert session.exploring and session.plan.region == "us"
    _edit(session)
    session.notes = "You can come back to this."
    plan_id = session.finish(EndChoice.KEEP_ALL, vault.plans, notes, title="  Just looking ",
                             situation="applying")
    plan = vault.plans.get(plan_id)
    assert (plan.title, plan.situation, plan.region) == ("Just looking", "applying", "us")
    assert plan.answer("how", "opening") == "Could we talk for ten minutes?"
    assert [n.text for n in notes.for_plan(plan_id)] == ["You can come back to this."]


def test_exploring_keep_without_a_name_writes_nothing_and_stays_open(vault):
    before = _tables(vault)
    session = TogetherSession.exploring_session()
    _edit(session)
    with pytest.raises(Exception) as info:
        session.finish(EndChoice.KEEP_PLAN, vault.plans, supporter_notes(vault), title=" ")
    assert "name" in str(info.value)
    assert _tables(vault) == before
    assert not session.finished
    assert session.plan.answer("how", "opening") == "Could we talk for ten minutes?"


def test_exploring_falls_back_to_known_situation_and_region():
    session = TogetherSession.exploring_session("nowhere", "atlantis")
    assert session.plan.region == "elsewhere"
    assert session.guide.situation(session.plan.situation) is not None


def test_notes_too_long_write_nothing(vault, plan):
    before = _tables(vault)
    session = TogetherSession.from_plan(vault.plans, plan.id)
    _edit(session)
    session.notes = "x" * (MAX_NOTES_CHARS + 1)
    with pytest.raises(NotesTooLong) as info:
        session.finish(EndChoice.KEEP_ALL, vault.plans, supporter_notes(vault))
    assert "shorten" in str(info.value)
    assert _tables(vault) == before and not session.finished
    # Keeping only the plan changes still works with the same session.
    session.finish(EndChoice.KEEP_PLAN, vault.plans, supporter_notes(vault))
    assert vault.plans.get(plan.id).answer("what", "how_much") == "need_only"


def test_odd_unicode_in_notes_is_kept_readably(vault, plan):
    notes = supporter_notes(vault)
    note = notes.add(plan.id, "Well done \ud800 💛 ﷽")
    assert "💛" in note.text and "\ud800" not in note.text
    assert notes.for_plan(plan.id)[0].text == note.text


def test_notes_are_deleted_one_by_one_and_with_their_plan(vault, plan):
    notes = supporter_notes(vault)
    first = notes.add(plan.id, "First")
    notes.add(plan.id, "Second")
    assert [n.text for n in notes.for_plan(plan.id)] == ["Second", "First"]
    assert notes.delete(first.id) and not notes.delete(first.id)
    vault.plans.delete(plan.id)
    assert notes.all() == []


def test_lock_on_exit_setting_defaults_on(vault):
    assert lock_on_exit(vault.settings)
    set_lock_on_exit(vault.settings, False)
    assert vault.settings.get(LOCK_ON_EXIT_KEY) is False
    assert not lock_on_exit(vault.settings)


def test_schema_has_the_notes_table(vault):
    assert vault.db.user_version == latest_version() >= 4
    assert "together_notes" in _tables(vault)


def test_session_pages_and_words_load():
    assert "followup" not in session_step_ids()
    assert session_step_ids()[:2] == ["why", "who"]
    text = load_session_text()
    assert text.consent_points and text.pause_text
    assert any("hide" in p.lower() and "not kept" in p for p in text.consent_points)
    assert {"title", "keep_all", "keep_plan", "discard"} <= set(text.end)


def test_changed_questions_between_two_plans_is_symmetric(vault, plan):
    other = vault.plans.get(plan.id)
    other.set_answer("why", "reasons_for", [{"id": "get_support", "weight": 3}])
    assert changed_questions(plan, other) == changed_questions(other, plan) == [
        ("why", "reasons_for")]
