"""Disclosure plans: one decision a person is thinking through, kept in the vault.

`vault.plans` is a `PlanRepository`, and this module is only that: storage. The plain
data and the rules for answers live in `plan_model`, the words in `plan_text`. The UI
edits a `Plan` and calls `save(plan)` as often as it likes (it writes only what changed). Decision
history and SURE checks are their own dated rows, so the person can see their thinking
change over time. The app never judges a decision: "not telling" is as complete an
outcome as any other.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, timezone
from typing import Any

from disclosure_helper.guide import MAX_TEXT_CHARS, NOT_SURE, Guide, InvalidAnswer, load_guide
from disclosure_helper.plan_model import (
    ANSWERS_FORMAT,
    DECISION_STEP,
    FOLLOWUP_STEP,
    MAX_NOTE_CHARS,
    MAX_TITLE_CHARS,
    Decision,
    DecisionChange,
    Followup,
    InvalidPlan,
    Plan,
    PlanNotFound,
    PlanSummary,
    SureCheck,
    clean_date,
    clean_decision,
)
from disclosure_helper.rights import load_rights_cards


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


# -- storage helpers --------------------------------------------------------------


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _storable(answers: dict[str, Any]) -> dict[str, Any]:
    """Answers exactly as they will be stored and read back: JSON, and text SQLite can
    hold. Lone surrogates (which a GUI toolkit can hand over, in answers or in their
    keys) become U+FFFD instead of failing the save; values JSON cannot hold are
    refused with InvalidAnswer, a kind message, never a TypeError."""
    try:
        text = _dump(answers)
    except (TypeError, ValueError, RecursionError):
        raise InvalidAnswer() from None
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # Through UTF-16 so a surrogate pair split into two code points is rejoined.
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
        return json.loads(text)
    return answers


def _ts(value: datetime) -> str:
    return value.astimezone(timezone.utc).isoformat()


def _parse_ts(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _parse_date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _bool_or_none(value: Any) -> int | None:
    if value is None or value == NOT_SURE:
        return None
    if isinstance(value, bool):
        return int(value)
    raise InvalidPlan("Please answer each question with yes, no or not sure yet.")


def _from_int(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def _sure_check(
    check_id: int, plan_id: int, answers: Sequence[int | None], checked_at: datetime
) -> SureCheck:
    """A SureCheck from its four stored answers (sure, understand, risk_benefit, encouragement)."""
    sure, understand, risk_benefit, encouragement = (_from_int(v) for v in answers)
    return SureCheck(check_id, plan_id, sure, understand, risk_benefit, encouragement, checked_at)


_PLAN_COLUMNS = "id, title, situation, region, decision, revisit_on, next_steps, created, updated"


class PlanRepository:
    """Plans, their answers, decision history, SURE checks and follow-ups in one vault."""

    def __init__(
        self,
        db,
        guide: Guide | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        self._db = db
        self._guide = guide
        self._now = now or _utcnow

    @property
    def guide(self) -> Guide:
        if self._guide is None:
            self._guide = load_guide()
        return self._guide

    # -- plans ------------------------------------------------------------------

    def create(self, title: str, situation: str, region: str) -> Plan:
        """A new plan, undecided. Its history starts with that first "undecided"."""
        title = self._clean_title(title)
        self._check_situation(situation)
        self._check_region(region)
        stamp = _ts(self._now())
        with self._db.transaction():
            cur = self._db.execute(
                "INSERT INTO plans(title, situation, region, decision, created, updated) "
                "VALUES(?, ?, ?, ?, ?, ?)",
                (title, situation, region, Decision.UNDECIDED.value, stamp, stamp),
            )
            plan_id = int(cur.lastrowid)
            self._add_history(plan_id, Decision.UNDECIDED, None, "", stamp)
        return self.get(plan_id)

    def get(self, plan_id: int) -> Plan:
        row = self._db.query_one(f"SELECT {_PLAN_COLUMNS} FROM plans WHERE id = ?", (plan_id,))
        if row is None:
            raise PlanNotFound()
        answers = {
            step: json.loads(raw)
            for step, raw in self._db.query(
                "SELECT step, answers FROM plan_answers WHERE plan_id = ?", (plan_id,)
            )
        }
        return self._plan(row, answers)

    def exists(self, plan_id: int) -> bool:
        return self._db.scalar("SELECT 1 FROM plans WHERE id = ?", (plan_id,)) is not None

    def save(self, plan: Plan) -> Plan:
        """Store the plan. Cheap and idempotent: only what changed is written.

        A changed decision is added to the history. The plan is cleaned in place
        (empty answers dropped, values normalised) and returned.
        """
        return self._save(plan, note="")

    def summaries(self, today: date | None = None) -> list[PlanSummary]:
        """Every plan, most recently changed first, with its status and revisit flag."""
        today = today or date.today()
        guide = self.guide
        counted = {s.id for s in guide.walk_steps}
        started: dict[int, int] = {}
        has_decision_answers: set[int] = set()
        for plan_id, step in self._db.query("SELECT plan_id, step FROM plan_answers"):
            if step in counted:
                started[plan_id] = started.get(plan_id, 0) + 1
            elif step == DECISION_STEP:
                has_decision_answers.add(plan_id)
        decision_step = guide.has_step(DECISION_STEP)
        out = []
        for row in self._db.query(
            f"SELECT {_PLAN_COLUMNS} FROM plans ORDER BY updated DESC, id DESC"
        ):
            plan = self._plan(row, {})
            steps_started = started.get(plan.id, 0)
            if decision_step and (
                plan.decision is not Decision.UNDECIDED
                or plan.revisit_on
                or plan.next_steps
                or plan.id in has_decision_answers
            ):
                steps_started += 1
            out.append(
                PlanSummary(
                    id=plan.id,
                    title=plan.title,
                    situation=plan.situation,
                    region=plan.region,
                    decision=plan.decision,
                    status=plan.status(today),
                    revisit_on=plan.revisit_on,
                    due_for_revisit=plan.due_for_revisit(today),
                    steps_started=steps_started,
                    steps_total=len(counted) + int(decision_step),
                    created=plan.created,
                    updated=plan.updated,
                )
            )
        return out

    def due_for_revisit(self, today: date | None = None) -> list[PlanSummary]:
        """Plans whose revisit date is today or past, earliest first."""
        due = [s for s in self.summaries(today) if s.due_for_revisit]
        due.sort(key=lambda s: (s.revisit_on, s.id))
        return due

    def delete(self, plan_id: int) -> bool:
        """Delete a plan with its answers, history, SURE checks and follow-ups.

        Returns False if there was no such plan. Ids are never reused, and links from
        other parts of the vault (journal entries) are cleared by their ON DELETE SET NULL.
        """
        with self._db.transaction():
            cur = self._db.execute("DELETE FROM plans WHERE id = ?", (plan_id,))
        return cur.rowcount > 0

    # -- decisions ----------------------------------------------------------------

    def set_decision(self, plan_id: int, decision: Decision | str, note: str = "") -> Plan:
        """Change the decision; history gains a row only when the decision really changes."""
        plan = self.get(plan_id)
        plan.decision = clean_decision(decision)
        return self._save(plan, note=note)

    def history(self, plan_id: int) -> list[DecisionChange]:
        """How the decision changed, oldest first."""
        self._require(plan_id)
        return [
            DecisionChange(
                id=row[0],
                plan_id=row[1],
                decision=Decision(row[2]),
                revisit_on=_parse_date(row[3]),
                note=row[4],
                changed_at=_parse_ts(row[5]),
            )
            for row in self._db.query(
                "SELECT id, plan_id, decision, revisit_on, note, changed_at "
                "FROM plan_decisions WHERE plan_id = ? ORDER BY id",
                (plan_id,),
            )
        ]

    # -- SURE checks ----------------------------------------------------------------

    def record_sure(
        self,
        plan_id: int,
        sure: bool | None,
        understand: bool | None,
        risk_benefit: bool | None,
        encouragement: bool | None,
    ) -> SureCheck:
        """Record one SURE check, dated now. None (or NOT_SURE) means "not sure yet"."""
        values = [_bool_or_none(v) for v in (sure, understand, risk_benefit, encouragement)]
        stamp = self._now()
        with self._db.transaction():
            self._require(plan_id)
            cur = self._db.execute(
                "INSERT INTO plan_sure_checks"
                "(plan_id, sure, understand, risk_benefit, encouragement, checked_at) "
                "VALUES(?, ?, ?, ?, ?, ?)",
                (plan_id, *values, _ts(stamp)),
            )
        return _sure_check(int(cur.lastrowid), plan_id, values, stamp)

    def sure_checks(self, plan_id: int) -> list[SureCheck]:
        """Every SURE check for the plan, oldest first, so a change in certainty shows."""
        self._require(plan_id)
        return [
            _sure_check(row[0], row[1], row[2:6], _parse_ts(row[6]))
            for row in self._db.query(
                "SELECT id, plan_id, sure, understand, risk_benefit, encouragement, checked_at "
                "FROM plan_sure_checks WHERE plan_id = ? ORDER BY id",
                (plan_id,),
            )
        ]

    # -- follow-ups -------------------------------------------------------------------

    def add_followup(
        self,
        plan_id: int,
        answers: Mapping[str, Any] | None = None,
        happened_on: date | None = None,
    ) -> Followup:
        """Start a "how did it go?" reflection for the plan (answers may be filled in later)."""
        clean = self._followup_answers(answers or {})
        happened = clean_date(happened_on)
        stamp = self._now()
        with self._db.transaction():
            self._require(plan_id)
            cur = self._db.execute(
                "INSERT INTO plan_followups"
                "(plan_id, happened_on, format, answers, created, updated) "
                "VALUES(?, ?, ?, ?, ?, ?)",
                (
                    plan_id,
                    happened.isoformat() if happened else None,
                    ANSWERS_FORMAT,
                    _dump(clean),
                    _ts(stamp),
                    _ts(stamp),
                ),
            )
        return Followup(int(cur.lastrowid), plan_id, happened, clean, stamp, stamp)

    def save_followup(self, followup: Followup) -> Followup:
        """Store changes to a follow-up; idempotent, cleans it in place and returns it."""
        clean = self._followup_answers(followup.answers)
        happened = clean_date(followup.happened_on)
        raw = _dump(clean)
        happened_text = happened.isoformat() if happened else None
        with self._db.transaction():
            row = self._db.query_one(
                "SELECT happened_on, answers FROM plan_followups WHERE id = ? AND plan_id = ?",
                (followup.id, followup.plan_id),
            )
            if row is None:
                raise PlanNotFound(
                    "That reflection could not be found. It may have been deleted."
                )
            if (happened_text, raw) != (row[0], row[1]):
                stamp = self._now()
                self._db.execute(
                    "UPDATE plan_followups SET happened_on = ?, answers = ?, format = ?, "
                    "updated = ? WHERE id = ?",
                    (happened_text, raw, ANSWERS_FORMAT, _ts(stamp), followup.id),
                )
                followup.updated = stamp
        followup.answers = clean
        followup.happened_on = happened
        return followup

    def followups(self, plan_id: int) -> list[Followup]:
        """The plan's reflections, oldest first."""
        self._require(plan_id)
        return [
            Followup(
                id=row[0],
                plan_id=row[1],
                happened_on=_parse_date(row[2]),
                answers=json.loads(row[3]),
                created=_parse_ts(row[4]),
                updated=_parse_ts(row[5]),
            )
            for row in self._db.query(
                "SELECT id, plan_id, happened_on, answers, created, updated "
                "FROM plan_followups WHERE plan_id = ? ORDER BY id",
                (plan_id,),
            )
        ]

    def delete_followup(self, followup_id: int) -> bool:
        with self._db.transaction():
            cur = self._db.execute("DELETE FROM plan_followups WHERE id = ?", (followup_id,))
        return cur.rowcount > 0

    # -- internals ----------------------------------------------------------------------

    def _save(self, plan: Plan, note: str) -> Plan:
        title = self._clean_title(plan.title)
        decision = clean_decision(plan.decision)
        revisit_on = clean_date(plan.revisit_on)
        next_steps = self._clean_text(plan.next_steps, MAX_TEXT_CHARS)
        note = self._clean_text(note, MAX_NOTE_CHARS)
        answers = self._clean_answers(plan.answers)
        new_rows = {step: _dump(values) for step, values in answers.items()}
        with self._db.transaction():
            row = self._db.query_one(
                f"SELECT {_PLAN_COLUMNS} FROM plans WHERE id = ?", (plan.id,)
            )
            if row is None:
                raise PlanNotFound()
            if plan.situation != row[2]:
                self._check_situation(plan.situation)
            if plan.region != row[3]:
                self._check_region(plan.region)
            old_rows = dict(
                self._db.query(
                    "SELECT step, answers FROM plan_answers WHERE plan_id = ?", (plan.id,)
                )
            )
            fields = (
                title,
                plan.situation,
                plan.region,
                decision.value,
                revisit_on.isoformat() if revisit_on else None,
                next_steps,
            )
            changed = fields != tuple(row[1:7]) or new_rows != old_rows
            if changed:
                stamp = self._now()
                self._db.execute(
                    "UPDATE plans SET title = ?, situation = ?, region = ?, decision = ?, "
                    "revisit_on = ?, next_steps = ?, updated = ? WHERE id = ?",
                    (*fields, _ts(stamp), plan.id),
                )
                for step in old_rows.keys() - new_rows.keys():
                    self._db.execute(
                        "DELETE FROM plan_answers WHERE plan_id = ? AND step = ?",
                        (plan.id, step),
                    )
                for step, raw in new_rows.items():
                    if old_rows.get(step) != raw:
                        self._db.execute(
                            "INSERT INTO plan_answers(plan_id, step, format, answers, updated) "
                            "VALUES(?, ?, ?, ?, ?) ON CONFLICT(plan_id, step) DO UPDATE SET "
                            "format = excluded.format, answers = excluded.answers, "
                            "updated = excluded.updated",
                            (plan.id, step, ANSWERS_FORMAT, raw, _ts(stamp)),
                        )
                if decision.value != row[4]:
                    self._add_history(plan.id, decision, revisit_on, note, _ts(stamp))
                plan.updated = stamp
        plan.title = title
        plan.decision = decision
        plan.revisit_on = revisit_on
        plan.next_steps = next_steps
        plan.answers = answers
        return plan

    def _add_history(
        self, plan_id: int, decision: Decision, revisit_on: date | None, note: str, stamp: str
    ) -> None:
        self._db.execute(
            "INSERT INTO plan_decisions(plan_id, decision, revisit_on, note, changed_at) "
            "VALUES(?, ?, ?, ?, ?)",
            (plan_id, decision.value, revisit_on.isoformat() if revisit_on else None, note, stamp),
        )

    def _require(self, plan_id: int) -> None:
        if not self.exists(plan_id):
            raise PlanNotFound()

    def _plan(self, row: tuple, answers: dict[str, dict[str, Any]]) -> Plan:
        try:
            decision = Decision(row[4])
        except ValueError:
            # A decision written by a newer version: show it as still being thought through.
            decision = Decision.UNDECIDED
        return Plan(
            id=row[0],
            title=row[1],
            situation=row[2],
            region=row[3],
            decision=decision,
            revisit_on=_parse_date(row[5]),
            next_steps=row[6],
            answers=answers,
            created=_parse_ts(row[7]),
            updated=_parse_ts(row[8]),
        )

    def _clean_answers(self, answers: Mapping[str, Mapping[str, Any]]) -> dict[str, dict]:
        if not isinstance(answers, Mapping):
            raise InvalidPlan()
        out = {}
        for step_id, values in answers.items():
            if not isinstance(values, Mapping):
                raise InvalidPlan()
            clean = self.guide.validate_answers(str(step_id), values)
            if clean:
                out[str(step_id)] = clean
        return _storable(out)

    def _followup_answers(self, answers: Mapping[str, Any]) -> dict[str, Any]:
        if not isinstance(answers, Mapping):
            raise InvalidPlan()
        return _storable(self.guide.validate_answers(FOLLOWUP_STEP, answers))

    @staticmethod
    def _clean_title(title: Any) -> str:
        if not isinstance(title, str) or not title.strip():
            raise InvalidPlan(
                "Please give this plan a short name, like \"Telling my new manager\"."
            )
        title = " ".join(title.split())
        if len(title) > MAX_TITLE_CHARS:
            raise InvalidPlan(
                "That name is a little long. Please keep it under {limit} characters.",
                limit=MAX_TITLE_CHARS,
            )
        return PlanRepository._clean_text(title, MAX_TITLE_CHARS)

    @staticmethod
    def _clean_text(text: Any, limit: int) -> str:
        if text is None:
            return ""
        if not isinstance(text, str):
            raise InvalidPlan()
        if len(text) > limit:
            raise InvalidPlan(
                "That is longer than this box can keep ({limit} characters). "
                "Your words are still on screen; please shorten them a little.",
                limit=limit,
            )
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            text = text.encode("utf-8", "replace").decode("utf-8")
        return text

    def _check_situation(self, situation: Any) -> None:
        if not isinstance(situation, str) or self.guide.situation(situation) is None:
            raise InvalidPlan("Please choose the situation that fits best from the list.")

    @staticmethod
    def _check_region(region: Any) -> None:
        if not isinstance(region, str) or region not in {c.id for c in load_rights_cards()}:
            raise InvalidPlan("Please choose where you live from the list.")


__all__ = ["PlanRepository"]
