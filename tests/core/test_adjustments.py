"""My adjustments: the passport, statuses and history, reviews, links to plans and the
journal, bad input, change reports, and the schema step that adds them."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from disclosure_helper import migrations
from disclosure_helper.adjustments import AdjustmentsRepository
from disclosure_helper.adjustments_model import (
    AdjustmentChanges,
    AdjustmentNotFound,
    ChangeKind,
    InvalidAdjustment,
    LinkNotFound,
    Passport,
    ReviewReason,
    Status,
    add_months,
)
from disclosure_helper.database import Database
from disclosure_helper.errors import VaultError, VaultLocked
from disclosure_helper.guide import NOT_SURE
from disclosure_helper.journal import Entry
from tests.conftest import PASSPHRASE

TODAY = date(2026, 3, 10)


def relock(vault) -> None:
    vault.lock()
    vault.unlock(PASSPHRASE)


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 10, 9, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.now

    def tick(self) -> None:
        self.now += timedelta(minutes=1)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def repo(vault, clock) -> AdjustmentsRepository:
    return AdjustmentsRepository(vault.db, now=clock, today=lambda: TODAY)


def noted_last(history):
    """The change noted most recently (history itself reads in date order)."""
    return max(history, key=lambda change: change.id)


def _incident(vault, day: date = date(2026, 2, 3)) -> int:
    entry = vault.journal.add(
        Entry(
            kind="incident",
            title="Flexible start refused",
            body="My manager said no to later starts.",
            occurred_at=datetime(day.year, day.month, day.day, 15, 0, tzinfo=timezone.utc),
        )
    )
    return int(entry.id)


# -- the typed property and persistence ----------------------------------------------------


def test_vault_has_a_typed_adjustments_repository(vault):
    assert isinstance(vault.adjustments, AdjustmentsRepository)
    assert vault.adjustments is vault.adjustments
    vault.lock()
    with pytest.raises(VaultLocked):
        _ = vault.adjustments


def test_adjustments_passport_and_history_persist_across_lock_and_unlock(vault):
    repo = vault.adjustments
    flexible = repo.create(
        "flexible_hours", details="Start at 10 on Mondays", helps="I arrive calm"
    )
    own = repo.create(own_words="  An agenda   before meetings ")
    repo.change_status(flexible.id, "asked", on=date(2026, 1, 5), whom="Sam", how="Email")
    repo.change_status(
        flexible.id, Status.AGREED, on=date(2026, 1, 12), whom="Sam", review_on=date(2026, 4, 1)
    )
    repo.change_status(own.id, Status.REFUSED, on=date(2026, 2, 1), reason="Not possible now")
    passport = repo.passport()
    passport.set("name", "Alex")
    passport.set("bad_day", "A quiet corner\nand a short walk")
    passport.review_on = date(2026, 6, 1)
    repo.save_passport(passport)
    before = (repo.all(), [repo.history(a.id) for a in repo.all()], repo.passport())

    relock(vault)

    repo = vault.adjustments
    after = (repo.all(), [repo.history(a.id) for a in repo.all()], repo.passport())
    assert after == before
    stored_flexible, stored_own = after[0]
    assert stored_flexible.label == "Flexible start and finish times"
    assert stored_flexible.status is Status.AGREED
    assert stored_flexible.status_on == date(2026, 1, 12)
    assert stored_flexible.review_on == date(2026, 4, 1)
    assert stored_own.label == "An agenda before meetings" and stored_own.need is None
    assert stored_own.status is Status.REFUSED
    assert [c.status for c in after[1][0]] == [Status.IDEA, Status.ASKED, Status.AGREED]
    asked = after[1][0][1]
    assert (asked.whom, asked.how, asked.happened_on) == ("Sam", "Email", date(2026, 1, 5))
    assert noted_last(after[1][1]).reason == "Not possible now"
    assert after[2].get("bad_day") == "A quiet corner\nand a short walk"
    assert after[2].review_on == date(2026, 6, 1)


# -- needs, statuses, history ------------------------------------------------------------


def test_an_adjustment_is_a_need_from_the_shared_list_or_own_words(repo):
    with pytest.raises(InvalidAdjustment):
        repo.create()
    with pytest.raises(InvalidAdjustment):
        repo.create(own_words="   ")
    with pytest.raises(InvalidAdjustment):
        repo.create("no_such_need")
    # "Nothing right now" is on the Why page, but it is not something to ask for.
    with pytest.raises(InvalidAdjustment):
        repo.create("nothing_now")
    listed = repo.create("quiet_space", own_words="ignored when a need is picked")
    assert listed.own_words == "" and listed.label == "A quieter place to work"
    assert repo.count() == 1


def test_the_status_is_what_was_noted_last_and_history_reads_in_date_order(repo, clock):
    adjustment = repo.create("breaks")
    assert adjustment.status is Status.IDEA and adjustment.status_on == TODAY
    clock.tick()
    # Noted afterwards: asked in January, agreed a week later.
    repo.change_status(adjustment.id, Status.ASKED, on=date(2026, 1, 5), whom="Sam")
    clock.tick()
    current = repo.change_status(adjustment.id, Status.AGREED, on=date(2026, 1, 12))
    assert current.status is Status.AGREED and current.status_on == date(2026, 1, 12)
    clock.tick()
    current = repo.change_status(adjustment.id, Status.WORKING, note="Much better")
    assert current.status is Status.WORKING and current.status_on == TODAY
    history = repo.history(adjustment.id)
    # It was an idea before it was asked for: the first plain note moves back to that day.
    assert [(c.status, c.happened_on) for c in history] == [
        (Status.IDEA, date(2026, 1, 5)),
        (Status.ASKED, date(2026, 1, 5)),
        (Status.AGREED, date(2026, 1, 12)),
        (Status.WORKING, TODAY),
    ]
    assert all(c.kind is ChangeKind.STATUS for c in history)


@pytest.mark.parametrize(
    "agreed_on,suggested",
    [
        (date(2026, 1, 12), date(2026, 7, 12)),
        (date(2026, 8, 31), date(2027, 2, 28)),
        (date(2027, 8, 31), date(2028, 2, 29)),
    ],
)
def test_agreed_with_no_review_date_gets_the_six_months_the_passports_suggest(
    repo, agreed_on, suggested
):
    adjustment = repo.create("check_ins")
    agreed = repo.change_status(adjustment.id, Status.AGREED, on=agreed_on, whom="Sam")
    assert agreed.review_on == suggested
    assert noted_last(repo.history(adjustment.id)).review_on == suggested
    # A date the person picks wins, and a later change keeps it.
    chosen = repo.change_status(adjustment.id, Status.AGREED, review_on=date(2026, 5, 1))
    assert chosen.review_on == date(2026, 5, 1)
    assert repo.change_status(adjustment.id, Status.WORKING).review_on == date(2026, 5, 1)


def test_created_as_agreed_also_gets_a_review_date(repo):
    agreed = repo.create("written_tasks", status=Status.AGREED, on=date(2026, 2, 1))
    assert agreed.review_on == date(2026, 8, 1)
    assert repo.history(agreed.id)[0].status is Status.AGREED


def test_save_writes_only_what_changed(repo, clock):
    seen: list[AdjustmentChanges] = []
    adjustment = repo.create("home_working")
    repo.subscribe(seen.append)
    clock.tick()
    same = repo.save(adjustment)
    assert same.updated == adjustment.updated and seen == []
    adjustment.details = "Tuesdays and Thursdays"
    adjustment.review_on = date(2026, 9, 1)
    saved = repo.save(adjustment)
    assert saved.details == "Tuesdays and Thursdays" and saved.updated == clock.now
    assert saved.review_on == date(2026, 9, 1)
    assert seen == [AdjustmentChanges(adjustment_ids=frozenset({adjustment.id}))]
    assert len(repo.history(adjustment.id)) == 1
    # A status changed on screen is a change dated today, kept in the history.
    saved.status = Status.ASKED
    again = repo.save(saved)
    assert again.status is Status.ASKED and again.status_on == TODAY
    assert [c.status for c in repo.history(adjustment.id)] == [Status.IDEA, Status.ASKED]


def test_a_review_keeps_the_status_and_sets_the_next_date(repo):
    adjustment = repo.create("flexible_hours", status=Status.WORKING, on=date(2025, 9, 1))
    reviewed = repo.review(adjustment.id, on=date(2026, 3, 1), note="Still helping")
    assert reviewed.status is Status.WORKING
    assert reviewed.review_on == date(2026, 9, 1)
    last = noted_last(repo.history(adjustment.id))
    assert (last.kind, last.status, last.note) == (
        ChangeKind.REVIEW, Status.WORKING, "Still helping",
    )
    chosen = repo.review(adjustment.id, next_review=date(2026, 4, 1))
    assert chosen.review_on == date(2026, 4, 1)


# -- reviews -------------------------------------------------------------------------------


def test_due_reviews_list_the_passport_and_adjustments_earliest_first(repo):
    assert repo.due_reviews() == []
    late = repo.create("breaks")
    early = repo.create("quiet_space")
    later = repo.create("debrief")
    for adjustment, day in ((late, date(2026, 3, 10)), (early, date(2026, 2, 1)),
                            (later, date(2026, 3, 11))):
        adjustment.review_on = day
        repo.save(adjustment)
    passport = repo.passport()
    passport.review_on = date(2026, 2, 1)
    repo.save_passport(passport)

    due = repo.due_reviews()
    assert [(d.adjustment_id, d.review_on) for d in due] == [
        (None, date(2026, 2, 1)),
        (early.id, date(2026, 2, 1)),
        (late.id, date(2026, 3, 10)),
    ]
    assert due[1].label == "A quieter place to work"
    assert [d.adjustment_id for d in repo.due_reviews(date(2026, 3, 11))][-1] == later.id
    repo.review_passport(on=TODAY)
    assert repo.passport().review_on == date(2026, 9, 10)
    assert repo.passport().reviewed_on == TODAY
    assert None not in [d.adjustment_id for d in repo.due_reviews()]


def test_a_change_of_job_manager_or_health_puts_active_adjustments_up_for_review(repo):
    idea = repo.create("breaks")
    asked = repo.create("quiet_space", status=Status.ASKED)
    agreed = repo.create("check_ins", status=Status.AGREED, on=date(2026, 1, 1))
    refused = repo.create("home_working", status=Status.REFUSED)
    already = repo.create("debrief", status=Status.WORKING)
    already.review_on = date(2026, 3, 1)
    repo.save(already)

    changed = repo.something_changed(ReviewReason.MANAGER, on=TODAY)

    assert sorted(changed) == sorted([asked.id, agreed.id])
    assert repo.get(agreed.id).review_on == TODAY
    assert repo.get(agreed.id).review_reason is ReviewReason.MANAGER
    assert repo.get(idea.id).review_on is None and repo.get(refused.id).review_on is None
    # An earlier look-again date stays as it was.
    assert repo.get(already.id).review_on == date(2026, 3, 1)
    passport = repo.passport()
    assert passport.review_on == TODAY and passport.review_reason is ReviewReason.MANAGER
    due = repo.due_reviews()
    assert due[0].adjustment_id == already.id and due[1].adjustment_id is None
    assert {d.adjustment_id for d in due} == {None, asked.id, agreed.id, already.id}
    # A fresh look clears the reason.
    assert repo.review(agreed.id).review_reason is None


# -- links with plans -------------------------------------------------------------------------


def _plan_with_needs(vault, needs) -> int:
    plan = vault.plans.create("Telling my new manager", "starting", "uk")
    plan.set_answer("why", "needs_at_work", needs)
    vault.plans.save(plan)
    return plan.id


def test_a_plans_needs_feed_the_passport_once(vault, repo):
    plan_id = _plan_with_needs(
        vault, ["flexible_hours", "nothing_now", {"own": "A quiet   start"}, "check_ins"]
    )
    repo.create("check_ins")
    offered = repo.plan_needs(plan_id)
    assert [(n.need, n.own_words, n.in_passport) for n in offered] == [
        ("flexible_hours", "", False),
        (None, "A quiet start", False),
        ("check_ins", "", True),
    ]
    added = repo.add_from_plan(plan_id, picks=[offered[1]])
    assert [(a.own_words, a.plan_id, a.status) for a in added] == [
        ("A quiet start", plan_id, Status.IDEA)
    ]
    rest = repo.add_from_plan(plan_id)
    assert [a.need for a in rest] == ["flexible_hours"]
    assert repo.add_from_plan(plan_id) == []
    assert [a.label for a in repo.for_plan(plan_id)] == [
        "A quiet start", "Flexible start and finish times",
    ]
    assert all(n.in_passport for n in repo.plan_needs(plan_id))
    assert repo.count() == 3


def test_a_plan_not_sure_about_needs_offers_none(vault, repo):
    assert repo.plan_needs(_plan_with_needs(vault, NOT_SURE)) == []
    assert repo.plan_needs(_plan_with_needs(vault, None)) == []
    with pytest.raises(LinkNotFound):
        repo.plan_needs(9999)
    with pytest.raises(LinkNotFound):
        repo.create("breaks", plan_id=9999)


def test_deleting_a_plan_keeps_its_adjustments_and_clears_the_link(vault, repo):
    plan_id = _plan_with_needs(vault, ["breaks"])
    (added,) = repo.add_from_plan(plan_id)
    repo.change_status(added.id, Status.AGREED, whom="Sam")
    assert vault.plans.delete(plan_id)
    kept = repo.get(added.id)
    assert kept.plan_id is None and kept.status is Status.AGREED
    assert repo.for_plan(plan_id) == []
    assert len(repo.history(added.id)) == 2


# -- links with the journal --------------------------------------------------------------------


def test_an_incident_records_a_refused_adjustment_both_ways(vault, repo):
    adjustment = repo.create("flexible_hours", status=Status.ASKED, on=date(2026, 1, 20))
    entry_id = _incident(vault, date(2026, 2, 3))

    refused = repo.record_from_entry(
        entry_id, adjustment.id, reason="They said the rota cannot change", whom="Sam"
    )

    assert refused.status is Status.REFUSED and refused.status_on == date(2026, 2, 3)
    last = noted_last(repo.history(adjustment.id))
    assert (last.entry_id, last.reason, last.whom) == (
        entry_id, "They said the rota cannot change", "Sam",
    )
    assert [a.id for a in repo.for_entry(entry_id)] == [adjustment.id]
    links = repo.entries_for(adjustment.id)
    assert [(link.entry_id, link.in_trash) for link in links] == [(entry_id, False)]
    withdrawn = repo.record_from_entry(
        entry_id, adjustment.id, status=Status.WITHDRAWN, on=date(2026, 2, 4)
    )
    assert withdrawn.status is Status.WITHDRAWN
    assert len(repo.entries_for(adjustment.id)) == 1


def test_a_trashed_entry_stays_linked_and_an_emptied_one_lets_go(vault, repo):
    adjustment = repo.create("quiet_space", status=Status.ASKED)
    entry_id = _incident(vault)
    repo.record_from_entry(entry_id, adjustment.id, reason="No spare desks")

    vault.journal.delete(entry_id)
    assert [link.in_trash for link in repo.entries_for(adjustment.id)] == [True]
    vault.journal.restore(entry_id)
    assert [link.in_trash for link in repo.entries_for(adjustment.id)] == [False]

    vault.journal.delete(entry_id)
    assert vault.journal.empty_trash() == 1
    assert repo.entries_for(adjustment.id) == [] and repo.for_entry(entry_id) == []
    refusal = noted_last(repo.history(adjustment.id))
    assert refusal.status is Status.REFUSED and refusal.entry_id is None
    assert refusal.reason == "No spare desks"
    # A new entry that reuses the id is not linked to the adjustment.
    reused = vault.journal.add(Entry(kind="free", title="Another day", body="Fine"))
    assert repo.for_entry(int(reused.id)) == []
    with pytest.raises(LinkNotFound):
        repo.link_entry(adjustment.id, 9999)


def test_linking_and_unlinking_an_entry(vault, repo):
    adjustment = repo.create("debrief")
    entry_id = _incident(vault)
    repo.link_entry(adjustment.id, entry_id)
    repo.link_entry(adjustment.id, entry_id)
    assert len(repo.entries_for(adjustment.id)) == 1
    assert repo.get(adjustment.id).status is Status.IDEA
    assert repo.unlink_entry(adjustment.id, entry_id)
    assert not repo.unlink_entry(adjustment.id, entry_id)
    assert repo.entries_for(adjustment.id) == []


def test_deleting_an_adjustment_removes_its_history_and_links_only(vault, repo):
    plan_id = _plan_with_needs(vault, ["breaks"])
    (adjustment,) = repo.add_from_plan(plan_id)
    entry_id = _incident(vault)
    repo.record_from_entry(entry_id, adjustment.id)
    assert repo.delete(adjustment.id)
    assert not repo.delete(adjustment.id)
    with pytest.raises(AdjustmentNotFound):
        repo.get(adjustment.id)
    with pytest.raises(AdjustmentNotFound):
        repo.history(adjustment.id)
    assert vault.db.scalar("SELECT count(*) FROM adjustment_history") == 0
    assert vault.db.scalar("SELECT count(*) FROM adjustment_entries") == 0
    assert vault.journal.get(entry_id).title == "Flexible start refused"
    assert vault.plans.exists(plan_id)


# -- bad input ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "call",
    [
        lambda r, a: r.create(own_words=42),
        lambda r, a: r.create("breaks", details=["not", "text"]),
        lambda r, a: r.create("breaks", details="x" * 20_001),
        lambda r, a: r.create(own_words="y" * 2_001),
        lambda r, a: r.create("breaks", status="maybe"),
        lambda r, a: r.create("breaks", on="next week"),
        lambda r, a: r.change_status(a.id, Status.ASKED, whom=b"Sam"),
        lambda r, a: r.change_status(a.id, Status.ASKED, whom="z" * 501),
        lambda r, a: r.change_status(a.id, Status.REFUSED, reason="r" * 20_001),
        lambda r, a: r.change_status(a.id, Status.AGREED, review_on="soon"),
        lambda r, a: r.change_status(str(a.id), Status.AGREED),
        lambda r, a: r.change_status(True, Status.AGREED),
        lambda r, a: r.something_changed("new hat"),
        lambda r, a: r.save_passport(Passport(fields={"bad_day": 3})),
        lambda r, a: r.save_passport(Passport(fields={"name": "n" * 501})),
        lambda r, a: r.save_passport({"name": "Alex"}),
        lambda r, a: r.save_passport(Passport(fields={f"part{i}": "x" for i in range(101)})),
        lambda r, a: r.save_passport(Passport(fields={7: "seven"})),
        lambda r, a: r.passport().set("shoe_size", "nine"),
    ],
)
def test_bad_input_is_refused_kindly_and_changes_nothing(repo, call):
    adjustment = repo.create("breaks")
    before = (repo.all(), repo.history(adjustment.id), repo.passport())
    with pytest.raises(InvalidAdjustment) as caught:
        call(repo, adjustment)
    assert isinstance(caught.value, VaultError)
    message = str(caught.value)
    assert message and "Traceback" not in message
    for leaked in ("zzzzz", "rrrrr", "nnnnn", "xxxxx", "yyyyy", "next week", "new hat"):
        assert leaked not in message
    assert (repo.all(), repo.history(adjustment.id), repo.passport()) == before


def test_lone_surrogates_are_kept_as_replacement_characters(vault, repo):
    adjustment = repo.create(own_words="Quiet \ud800 start", details="Mornings \udfff")
    passport = repo.passport()
    passport.set("hard_things", "Loud \ud83d rooms")
    repo.save_passport(passport)
    repo.change_status(adjustment.id, Status.REFUSED, reason="No \udc00 reason")
    relock(vault)
    stored = vault.adjustments.get(adjustment.id)
    assert stored.own_words == "Quiet \ufffd start" and stored.details == "Mornings \ufffd"
    assert vault.adjustments.passport().get("hard_things") == "Loud \ufffd rooms"
    assert noted_last(vault.adjustments.history(adjustment.id)).reason == "No \ufffd reason"


def test_missing_adjustments_are_reported_kindly(repo):
    with pytest.raises(AdjustmentNotFound):
        repo.get(404)
    with pytest.raises(AdjustmentNotFound):
        repo.change_status(404, Status.ASKED)
    with pytest.raises(AdjustmentNotFound):
        repo.review(404)


def test_the_passport_drops_empty_parts_and_keeps_parts_a_newer_app_wrote(vault, repo):
    vault.db.execute(
        "INSERT INTO adjustment_passport(id, fields, updated) VALUES(1, ?, ?)",
        ('{"name": "Alex", "pronouns": "they/them"}', "2026-01-01T00:00:00+00:00"),
    )
    passport = repo.passport()
    passport.set("name", "  Alex   Morgan ")
    passport.set("bad_day", "   ")
    passport.set("contact", "Email first")
    saved = repo.save_passport(passport)
    assert saved.fields == {"name": "Alex Morgan", "contact": "Email first",
                            "pronouns": "they/them"}
    assert saved.get("bad_day") == ""


def test_a_passport_holds_a_bounded_number_of_adjustments(repo, monkeypatch):
    import disclosure_helper.adjustments as module

    monkeypatch.setattr(module, "MAX_ADJUSTMENTS", 2)
    repo.create("breaks")
    repo.create("debrief")
    with pytest.raises(InvalidAdjustment):
        repo.create("quiet_space")
    assert repo.count() == 2


# -- change reports -------------------------------------------------------------------------------


def test_writes_report_what_changed(vault, repo):
    seen: list[AdjustmentChanges] = []
    unsubscribe = repo.subscribe(seen.append)
    adjustment = repo.create("breaks")
    repo.change_status(adjustment.id, Status.ASKED)
    passport = repo.passport()
    passport.set("name", "Alex")
    repo.save_passport(passport)
    repo.save_passport(passport)
    repo.link_entry(adjustment.id, _incident(vault))
    repo.delete(adjustment.id)
    one = frozenset({adjustment.id})
    assert seen == [
        AdjustmentChanges(adjustment_ids=one),
        AdjustmentChanges(adjustment_ids=one),
        AdjustmentChanges(passport=True),
        AdjustmentChanges(adjustment_ids=one, links=True),
        AdjustmentChanges(deleted_ids=one, links=True),
    ]
    unsubscribe()
    repo.create("debrief")
    assert len(seen) == 5


def test_add_months_keeps_the_day_or_the_end_of_the_month():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 15), 6) == date(2027, 5, 15)
    assert add_months(date(2026, 12, 1), 12) == date(2027, 12, 1)


# -- schema ---------------------------------------------------------------------------------------


def test_the_adjustments_step_upgrades_a_vault_from_the_schema_before_it(tmp_path):
    shipped = migrations.discover()
    step = next(m for m in shipped if m.name == "v0005_adjustments")
    before = [m for m in shipped if m.version < step.version]
    database = Database.open(tmp_path, b"\x22" * 32, create=True)
    try:
        migrations.migrate(database, before)
        assert database.user_version == step.version - 1
        with database.transaction():
            database.execute(
                "INSERT INTO plans(title, situation, region, created, updated) "
                "VALUES('Old plan', 'current_job', 'uk', '2025-01-01', '2025-01-01')"
            )
            database.execute(
                "INSERT INTO journal_entries(kind, title, body, occurred_at, day, created, "
                "updated) VALUES('incident', 'Old entry', 'Kept', 0, '2025-01-01', 0, 0)"
            )
        migrations.migrate(database, shipped)
        assert database.user_version == migrations.latest_version()
        assert database.scalar("SELECT title FROM plans") == "Old plan"
        assert database.scalar("SELECT body FROM journal_entries") == "Kept"
        repo = AdjustmentsRepository(database, today=lambda: TODAY)
        plan_id = int(database.scalar("SELECT id FROM plans"))
        entry_id = int(database.scalar("SELECT id FROM journal_entries"))
        adjustment = repo.create("breaks", plan_id=plan_id)
        repo.record_from_entry(entry_id, adjustment.id)
        assert repo.get(adjustment.id).status is Status.REFUSED
        assert database.integrity_problems() == []
        assert database.query("PRAGMA foreign_key_check") == []
    finally:
        database.close()
