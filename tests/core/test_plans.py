"""Disclosure plans: storage, history, SURE checks and follow-ups, across lock and unlock."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from disclosure_helper.guide import NOT_SURE, InvalidAnswer, Kind, load_guide
from disclosure_helper.plan_model import (
    Decision,
    InvalidPlan,
    Plan,
    PlanNotFound,
    PlanStatus,
)
from disclosure_helper.plan_text import decision_text, status_text
from disclosure_helper.plans import PlanRepository
from tests.conftest import PASSPHRASE


def relock(vault) -> None:
    vault.lock()
    vault.unlock(PASSPHRASE)


class Clock:
    """A controllable clock, so "changed or not" never depends on timing luck."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 1, 9, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.now

    def tick(self, minutes: int = 1) -> None:
        self.now += timedelta(minutes=minutes)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def plans(vault, clock) -> PlanRepository:
    return PlanRepository(vault.db, now=clock)


# -- create, get, list, delete ------------------------------------------------------


def test_create_get_list_delete(vault):
    first = vault.plans.create("Telling my new manager", "starting", "uk")
    second = vault.plans.create("The health question on a form", "applying", "us")
    assert isinstance(first, Plan)
    assert first.decision is Decision.UNDECIDED
    assert first.answers == {}
    assert vault.plans.get(first.id).title == "Telling my new manager"

    listed = vault.plans.summaries()
    assert {s.id for s in listed} == {first.id, second.id}
    summary = next(s for s in listed if s.id == second.id)
    assert (summary.situation, summary.region) == ("applying", "us")
    assert summary.status is PlanStatus.THINKING
    assert summary.due_for_revisit is False

    assert vault.plans.delete(first.id) is True
    assert [s.id for s in vault.plans.summaries()] == [second.id]
    with pytest.raises(PlanNotFound) as err:
        vault.plans.get(first.id)
    assert "could not be found" in str(err.value)
    assert vault.plans.delete(first.id) is False


def test_plans_survive_lock_and_unlock(vault):
    plan = vault.plans.create("Whether to mention my recovery at interview", "applying", "uk")
    plan.set_answer("why", "reasons_for", [{"id": "own_terms", "weight": 5}])
    plan.set_answer("who", "people", ["interviewer", {"own": "my mentor"}])
    plan.set_answer("who", "trust", {"interviewer": 2, "own:my mentor": 5})
    plan.set_answer("how", "opening", "Thank you for making time to talk.")
    plan.revisit_on = date(2026, 12, 1)
    plan.next_steps = "Read the rights card."
    vault.plans.save(plan)
    relock(vault)
    again = vault.plans.get(plan.id)
    assert again.answers == plan.answers
    assert again.revisit_on == date(2026, 12, 1)
    assert again.next_steps == "Read the rights card."
    assert again.created == plan.created


def test_deleted_ids_are_never_reused(vault):
    # Journal entries may hold a plan id as a plain link; it must never point at a new plan.
    old = vault.plans.create("First", "current_job", "uk")
    vault.plans.delete(old.id)
    new = vault.plans.create("Second", "current_job", "uk")
    assert new.id > old.id


def test_delete_removes_everything_belonging_to_the_plan(vault):
    plan = vault.plans.create("Telling HR", "current_job", "us")
    plan.set_answer("what", "how_much", "need_only")
    vault.plans.save(plan)
    vault.plans.set_decision(plan.id, Decision.NOT_TELLING)
    vault.plans.record_sure(plan.id, True, True, False, None)
    vault.plans.add_followup(plan.id, {"feelings": "Relieved"})
    vault.plans.delete(plan.id)
    for table in ("plan_answers", "plan_decisions", "plan_sure_checks", "plan_followups"):
        count = vault.db.scalar(f"SELECT count(*) FROM {table} WHERE plan_id = ?", (plan.id,))
        assert count == 0, table


# -- saving ---------------------------------------------------------------------------


def test_save_is_idempotent_and_only_touches_what_changed(plans, clock):
    plan = plans.create("Telling my team", "peer_role", "uk")
    plan.set_answer("when", "moments", ["first_weeks"])
    clock.tick()
    plans.save(plan)
    saved_at = plan.updated
    assert saved_at == clock.now

    clock.tick()
    plans.save(plan)
    plans.save(plan)
    assert plan.updated == saved_at
    assert plans.get(plan.id).updated == saved_at

    plan.set_answer("when", "moments", ["first_weeks", "when_need_arises"])
    clock.tick()
    plans.save(plan)
    assert plan.updated == clock.now


def test_clearing_answers_removes_them(vault):
    plan = vault.plans.create("A", "current_job", "uk")
    plan.set_answer("where", "at_ease", "A quiet room")
    vault.plans.save(plan)
    plan.set_answer("where", "at_ease", "")
    vault.plans.save(plan)
    assert vault.plans.get(plan.id).answers == {}


def test_save_normalises_answers_in_place(vault):
    plan = vault.plans.create("A", "current_job", "uk")
    plan.answers = {
        "decision": {"what_helped": "Talking to a peer"},
        "who": {"people": ["hr", "hr", "team"], "keep_from": ""},
        "sure": {},
    }
    vault.plans.save(plan)
    assert plan.answers == {
        "decision": {"what_helped": "Talking to a peer"},
        "who": {"people": ["hr", "team"]},
    }


def test_title_is_required_and_kindly_explained(vault):
    with pytest.raises(InvalidPlan) as err:
        vault.plans.create("   ", "applying", "uk")
    assert "short name" in str(err.value)
    plan = vault.plans.create("Kept", "applying", "uk")
    plan.title = ""
    with pytest.raises(InvalidPlan):
        vault.plans.save(plan)
    assert vault.plans.get(plan.id).title == "Kept"


def test_unknown_situation_or_region_is_refused(vault):
    with pytest.raises(InvalidPlan) as err:
        vault.plans.create("A", "space travel", "uk")
    assert "situation" in str(err.value)
    with pytest.raises(InvalidPlan) as err:
        vault.plans.create("A", "applying", "atlantis")
    assert "where you live" in str(err.value)


def test_bad_answers_get_a_kind_message_and_nothing_is_lost(vault):
    plan = vault.plans.create("A", "applying", "uk")
    plan.set_answer("how", "opening", "My words")
    vault.plans.save(plan)
    plan.set_answer("what", "how_much", "everything at once")
    with pytest.raises(InvalidAnswer) as err:
        vault.plans.save(plan)
    assert "choose one of the options" in str(err.value)
    assert vault.plans.get(plan.id).answer("how", "opening") == "My words"
    assert plan.answer("how", "opening") == "My words"

    plan.set_answer("what", "how_much", "need_only")
    plan.set_answer("why", "reasons_for", [{"id": "be_myself", "weight": 9}])
    with pytest.raises(InvalidAnswer) as err:
        vault.plans.save(plan)
    assert "1 to 5" in str(err.value)


def test_huge_paste_is_refused_kindly_and_odd_unicode_is_kept(vault):
    plan = vault.plans.create("Ünïcödé 🌱 plan", "applying", "uk")
    plan.set_answer("how", "rehearsal", "x" * 200_000)
    with pytest.raises(InvalidAnswer) as err:
        vault.plans.save(plan)
    assert "still on screen" in str(err.value)
    odd = "Zero\u200bwidth, RTL \u202etext, emoji 👩🏽‍⚕️ and a lone \ud800 surrogate"
    plan.set_answer("how", "rehearsal", odd)
    vault.plans.save(plan)
    stored = vault.plans.get(plan.id).answer("how", "rehearsal")
    assert stored.startswith("Zero\u200bwidth") and "👩🏽‍⚕️" in stored
    assert vault.plans.get(plan.id).title == "Ünïcödé 🌱 plan"


def test_questions_kept_on_the_plan_are_routed_there(vault):
    plan = vault.plans.create("A", "current_job", "uk")
    plan.set_answer("decision", "decision", "not_telling_for_now")
    plan.set_answer("decision", "revisit_on", "2026-09-01")
    plan.set_answer("decision", "next_steps", "Ask about flexible hours.")
    plan.set_answer("decision", "what_helped", "The balance picture")
    vault.plans.save(plan)
    stored = vault.plans.get(plan.id)
    assert stored.decision is Decision.NOT_TELLING_FOR_NOW
    assert stored.revisit_on == date(2026, 9, 1)
    assert stored.answer("decision", "next_steps") == "Ask about flexible hours."
    assert stored.answer("decision", "decision") == "not_telling_for_now"
    assert stored.answers == {"decision": {"what_helped": "The balance picture"}}
    assert [h.decision for h in vault.plans.history(plan.id)][-1] is Decision.NOT_TELLING_FOR_NOW

    stored.set_not_sure("decision", "decision")
    stored.set_not_sure("decision", "revisit_on")
    assert stored.decision is Decision.UNDECIDED and stored.revisit_on is None
    with pytest.raises(InvalidPlan):
        stored.set_answer("decision", "decision", "tell them all")

    stored.answers["decision"]["decision"] = "not_telling"
    with pytest.raises(InvalidAnswer):
        vault.plans.save(stored)


def test_answers_from_a_newer_version_are_kept(vault):
    plan = vault.plans.create("A", "applying", "uk")
    plan.answers = {"why": {"a_future_question": {"nested": [1, 2]}}, "a_future_step": {"q": 1}}
    vault.plans.save(plan)
    assert vault.plans.get(plan.id).answers == plan.answers


@pytest.mark.parametrize(
    "step_id,question_id",
    [(s.id, q.id) for s in load_guide().steps for q in s.answer_questions],
)
def test_not_sure_yet_is_valid_for_every_question(vault, step_id, question_id):
    plan = vault.plans.create("A", "applying", "uk")
    plan.set_not_sure(step_id, question_id)
    vault.plans.save(plan)
    assert vault.plans.get(plan.id).answer(step_id, question_id) == NOT_SURE


def test_every_kind_of_answer_round_trips(vault):
    guide = load_guide()
    plan = vault.plans.create("A", "applying", "uk")
    samples = {
        Kind.TEXT: "some words",
        Kind.DATE: date(2027, 1, 5),
        Kind.YES_NO: True,
        Kind.RATING: 3,
    }
    for step in guide.steps:
        for q in step.answer_questions:
            if q.repeat_for:
                continue
            if q.kind in samples:
                value = samples[q.kind]
            elif q.kind is Kind.SINGLE:
                value = q.options[-1].id
            elif q.kind is Kind.MULTI:
                value = [q.options[0].id, q.options[-1].id]
            else:
                value = [{"id": q.options[0].id, "weight": 2}]
            plan.set_answer(step.id, q.id, value)
    vault.plans.save(plan)
    stored = vault.plans.get(plan.id)
    assert stored.answers == plan.answers
    assert stored.answer("sure", "sure") == "yes"
    assert stored.answer("decision", "what_helped") == "some words"


# -- decisions and history ----------------------------------------------------------------


def test_history_records_only_real_changes_and_survives_lock(vault):
    plan = vault.plans.create("Telling my manager", "current_job", "uk")
    assert [h.decision for h in vault.plans.history(plan.id)] == [Decision.UNDECIDED]

    vault.plans.set_decision(plan.id, Decision.NOT_TELLING_FOR_NOW, note="Not while on probation")
    vault.plans.set_decision(plan.id, "not_telling_for_now", note="Same again")
    plan = vault.plans.get(plan.id)
    plan.decision = Decision.TELLING_SOME
    plan.revisit_on = date(2026, 6, 1)
    vault.plans.save(plan)
    vault.plans.save(plan)

    relock(vault)
    history = vault.plans.history(plan.id)
    assert [h.decision for h in history] == [
        Decision.UNDECIDED,
        Decision.NOT_TELLING_FOR_NOW,
        Decision.TELLING_SOME,
    ]
    assert history[1].note == "Not while on probation"
    assert history[2].revisit_on == date(2026, 6, 1)
    assert all(h.changed_at.tzinfo is not None for h in history)
    assert vault.plans.get(plan.id).decision is Decision.TELLING_SOME


def test_unknown_decision_is_refused(vault):
    plan = vault.plans.create("A", "applying", "uk")
    with pytest.raises(InvalidPlan):
        vault.plans.set_decision(plan.id, "tell everyone now")
    assert len(vault.plans.history(plan.id)) == 1


def test_history_of_missing_plan_is_a_kind_error(vault):
    with pytest.raises(PlanNotFound):
        vault.plans.history(999)


# -- status and revisits -------------------------------------------------------------------


def test_status_is_derived_from_decision_and_revisit_date(vault):
    today = date(2026, 5, 10)
    plan = vault.plans.create("A", "applying", "uk")
    assert plan.status(today) is PlanStatus.THINKING
    plan.decision = Decision.NOT_TELLING
    assert plan.status(today) is PlanStatus.DECIDED
    plan.revisit_on = today + timedelta(days=1)
    assert plan.status(today) is PlanStatus.DECIDED
    plan.revisit_on = today
    assert plan.status(today) is PlanStatus.REVISIT_DUE
    plan.decision = Decision.UNDECIDED
    plan.revisit_on = today - timedelta(days=30)
    assert plan.status(today) is PlanStatus.REVISIT_DUE


def test_list_shows_what_is_due_for_a_revisit(vault):
    today = date(2026, 5, 10)
    due = vault.plans.create("Due", "applying", "uk")
    later = vault.plans.create("Later", "applying", "uk")
    none = vault.plans.create("No date", "applying", "uk")
    due.revisit_on = today - timedelta(days=2)
    later.revisit_on = today + timedelta(days=2)
    vault.plans.save(due)
    vault.plans.save(later)
    summaries = {s.id: s for s in vault.plans.summaries(today)}
    assert summaries[due.id].due_for_revisit and summaries[due.id].status is PlanStatus.REVISIT_DUE
    assert not summaries[later.id].due_for_revisit
    assert not summaries[none.id].due_for_revisit
    assert [s.id for s in vault.plans.due_for_revisit(today)] == [due.id]


def test_status_and_decision_words_come_from_content():
    assert status_text(PlanStatus.REVISIT_DUE) == "Time to look again"
    assert status_text("thinking") == "Thinking it through"
    assert decision_text(Decision.NOT_TELLING) == "Not telling"
    for decision in Decision:
        assert decision_text(decision) != decision.value


# -- progress --------------------------------------------------------------------------------


def test_progress_counts_steps_with_at_least_one_answer(vault):
    plan = vault.plans.create("A", "applying", "uk")
    progress = plan.progress()
    assert progress.started == 0
    assert [s.step_id for s in progress.steps] == [
        "why", "who", "what", "when", "where", "how", "decision",
    ]
    plan.set_not_sure("why", "what_matters_most")
    plan.set_answer("how", "opening", "Hello")
    plan.decision = Decision.NOT_TELLING_FOR_NOW
    vault.plans.save(plan)
    progress = vault.plans.get(plan.id).progress()
    started = {s.step_id for s in progress.steps if s.started}
    assert started == {"why", "how", "decision"}
    assert progress.started == 3 and progress.total == 7
    summary = vault.plans.summaries()[0]
    assert (summary.steps_started, summary.steps_total) == (3, 7)


# -- balance and script ------------------------------------------------------------------------


def test_balance_shows_weights_without_a_verdict(vault):
    guide = load_guide()
    plan = vault.plans.create("A", "applying", "uk")
    plan.set_answer(
        "why",
        "reasons_for",
        [{"id": "get_support", "weight": 4}, {"own": "To stop pretending", "weight": 3}],
    )
    plan.set_answer("why", "reasons_against", [{"id": "privacy", "weight": 5}])
    vault.plans.save(plan)
    balance = guide.balance(vault.plans.get(plan.id).answers)
    assert balance.for_total == 7 and balance.against_total == 5
    assert [i.label for i in balance.for_items] == [
        "To get changes that help me work well",
        "To stop pretending",
    ]
    assert balance.for_items[1].own_words
    assert not hasattr(balance, "verdict")


def test_script_collects_the_five_parts_in_order(vault):
    guide = load_guide()
    plan = vault.plans.create("A", "starting", "us")
    plan.set_answer("how", "how_you_can_help", "Just ask me how I am.")
    plan.set_answer("how", "opening", "Thanks for making time.")
    plan.set_not_sure("how", "what_i_need")
    parts = guide.script(plan.answers)
    assert [p.question_id for p in parts] == ["opening", "how_you_can_help"]
    assert parts[0].text == "Thanks for making time."


# -- SURE checks ---------------------------------------------------------------------------------


def test_sure_checks_are_dated_scored_and_survive_lock(vault, clock):
    plans = PlanRepository(vault.db, now=clock)
    plan = plans.create("A", "applying", "uk")
    first = plans.record_sure(plan.id, False, True, None, False)
    clock.tick(60 * 24 * 7)
    second = plans.record_sure(plan.id, True, True, True, True)
    assert (first.score, second.score) == (1, 4)
    assert first.risk_benefit is None

    relock(vault)
    checks = vault.plans.sure_checks(plan.id)
    assert [c.score for c in checks] == [1, 4]
    assert checks[0].checked_at == first.checked_at
    assert checks[1].checked_at - checks[0].checked_at == timedelta(days=7)
    assert checks[0].understand is True and checks[0].sure is False


def test_sure_check_accepts_not_sure_and_refuses_other_values(vault):
    plan = vault.plans.create("A", "applying", "uk")
    check = vault.plans.record_sure(plan.id, NOT_SURE, None, True, False)
    assert check.sure is None and check.score == 1
    with pytest.raises(InvalidPlan):
        vault.plans.record_sure(plan.id, "maybe", True, True, True)
    with pytest.raises(PlanNotFound):
        vault.plans.record_sure(999, True, True, True, True)
    assert len(vault.plans.sure_checks(plan.id)) == 1


# -- follow-ups -----------------------------------------------------------------------------------


def test_followups_are_linked_to_the_plan_and_survive_lock(vault):
    plan = vault.plans.create("Telling my supervisor", "peer_role", "uk")
    followup = vault.plans.add_followup(
        plan.id,
        {"how_it_went": "mixed", "their_response": ["listened", {"own": "Went quiet"}]},
        happened_on=date(2026, 4, 2),
    )
    followup.answers["feelings"] = "Tired but glad"
    followup.answers["look_again"] = "yes"
    vault.plans.save_followup(followup)

    relock(vault)
    stored = vault.plans.followups(plan.id)
    assert len(stored) == 1
    assert stored[0].happened_on == date(2026, 4, 2)
    assert stored[0].answers == {
        "how_it_went": "mixed",
        "their_response": ["listened", {"own": "Went quiet"}],
        "feelings": "Tired but glad",
        "look_again": "yes",
    }
    assert vault.plans.delete_followup(stored[0].id)
    assert vault.plans.followups(plan.id) == []


def test_followup_date_question_is_routed_to_happened_on(vault):
    plan = vault.plans.create("A", "applying", "uk")
    followup = vault.plans.add_followup(plan.id)
    followup.set_answer("happened_on", date(2026, 2, 3))
    followup.set_answer("who", "My manager")
    vault.plans.save_followup(followup)
    stored = vault.plans.followups(plan.id)[0]
    assert stored.happened_on == date(2026, 2, 3)
    assert stored.answer("happened_on") == date(2026, 2, 3)
    assert stored.answers == {"who": "My manager"}


def test_followup_bad_input_is_refused_kindly(vault):
    plan = vault.plans.create("A", "applying", "uk")
    with pytest.raises(InvalidAnswer):
        vault.plans.add_followup(plan.id, {"how_it_went": "awful beyond words"})
    with pytest.raises(InvalidPlan):
        vault.plans.add_followup(plan.id, {}, happened_on="last Tuesday")
    with pytest.raises(PlanNotFound):
        vault.plans.add_followup(999, {})
    assert vault.plans.followups(plan.id) == []


def test_schema_version_two_exists_and_plans_tables_are_there(vault):
    tables = {r[0] for r in vault.db.query("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"plans", "plan_answers", "plan_decisions", "plan_sure_checks", "plan_followups"} <= (
        tables
    )
    assert vault.db.user_version >= 2


def test_migration_two_upgrades_a_schema_one_vault(tmp_path):
    import secrets

    from disclosure_helper import migrations
    from disclosure_helper.database import Database

    db = Database.open(tmp_path, secrets.token_bytes(32), create=True)
    try:
        found = migrations.discover()
        assert [m.version for m in found][:2] == [1, 2]
        migrations.migrate(db, found[:1])
        assert db.user_version == 1
        migrations.migrate(db)
        assert db.user_version == migrations.latest_version()
        repo = PlanRepository(db)
        plan = repo.create("After the upgrade", "applying", "uk")
        assert repo.get(plan.id).title == "After the upgrade"
    finally:
        db.close()


def test_one_set_of_answer_rules_for_plans_and_followups():
    """The decision, dates and next steps are read, written and counted the same way
    whether a plan, a follow-up or the walk asks."""
    from disclosure_helper.plan_model import Followup, field_answered, normal_answer

    plan = Plan(id=0, title="", situation="starting", region="uk")
    assert plan.answer("decision", "decision") == "undecided"
    assert not plan.answered("decision", "decision")
    plan.set_answer("decision", "decision", "telling_some")
    assert plan.decision is Decision.TELLING_SOME and plan.answered("decision", "decision")
    plan.set_answer("decision", "decision", NOT_SURE)
    assert plan.decision is Decision.UNDECIDED
    plan.set_answer("decision", "revisit_on", "2026-05-01")  # as the date control gives it
    assert plan.answer("decision", "revisit_on") == date(2026, 5, 1)
    assert field_answered(plan, "revisit_on")
    with pytest.raises(InvalidPlan):
        plan.set_answer("decision", "revisit_on", "not a date")
    followup = Followup(id=0, plan_id=0)
    followup.set_answer("happened_on", "2026-02-03")
    assert followup.answer("happened_on") == date(2026, 2, 3)
    followup.set_answer("happened_on", NOT_SURE)
    assert followup.happened_on is None and not field_answered(followup, "happened_on")
    assert normal_answer("undecided", "decision") is None
    assert normal_answer(NOT_SURE) == NOT_SURE
