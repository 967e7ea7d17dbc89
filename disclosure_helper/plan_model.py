"""A disclosure plan's plain data and the one set of rules for reading and writing its answers.

These are what the UI edits and shows; `plans.PlanRepository` stores them. Every question
of the guide is answered through `Plan.answer` / `Plan.set_answer` (or `Followup`'s), and
the few questions kept on the plan itself rather than in its answers (the decision, the
date to look again, next steps, when a follow-up happened) go through `field_value`,
`set_field` and `field_answered` below, so the walk, Together mode and the store agree on
what an answer is, what "not sure yet" means and when a page has answers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from enum import Enum
from typing import Any

from disclosure_helper.errors import VaultError
from disclosure_helper.guide import NOT_SURE, Guide, InvalidAnswer, is_empty, load_guide

ANSWERS_FORMAT = 1
MAX_TITLE_CHARS = 200
MAX_NOTE_CHARS = 10_000
DECISION_STEP = "decision"
CHECKLIST_STEP = "checklist"
FOLLOWUP_STEP = "followup"


class Decision(str, Enum):
    UNDECIDED = "undecided"
    NOT_TELLING_FOR_NOW = "not_telling_for_now"
    NOT_TELLING = "not_telling"
    TELLING_SOME = "telling_some"
    TELLING_OPENLY = "telling_openly"


class PlanStatus(str, Enum):
    """Derived, never stored: from the decision and the revisit date."""

    THINKING = "thinking"
    DECIDED = "decided"
    REVISIT_DUE = "revisit_due"


class PlanError(VaultError):
    default_message = "That plan could not be saved. Nothing has been lost; please try again."


class PlanNotFound(PlanError):
    default_message = (
        "That plan could not be found. It may have been deleted. Your other plans are safe."
    )


class InvalidPlan(PlanError):
    default_message = "Part of that plan could not be saved. Please check it and try again."


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


# -- cleaning the values kept on the plan itself ---------------------------------------------


def clean_decision(decision: Any) -> Decision:
    try:
        return Decision(decision)
    except ValueError:
        raise InvalidPlan("Please choose one of the decisions on the list.") from None


def clean_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise InvalidPlan(
            "That does not look like a date. Please pick one from the calendar."
        ) from None


# -- the answer rules ---------------------------------------------------------------------
# A "plan field" is a question whose answer is an attribute of the plan (or follow-up)
# rather than an entry in its answers: decision, revisit_on, next_steps, happened_on.


def field_value(target: object, name: str) -> Any:
    """A plan (or follow-up) attribute as an answer: a decision's value, a date or text
    as it is; None when there is nothing there. `set_field` takes each of these back, as
    it takes what the question's control gives (a date as ISO text)."""
    value = getattr(target, name, None)
    if isinstance(value, Decision):
        return value.value
    return None if is_empty(value) else value


def set_field(target: object, name: str, value: Any) -> None:
    """Store an answer on the attribute; "not sure yet" or empty means nothing chosen
    (undecided, no date, no words). InvalidPlan for a value the field cannot hold."""
    if value == NOT_SURE:
        value = None
    if name == "decision":
        new: Any = Decision.UNDECIDED if is_empty(value) else clean_decision(value)
    elif name in ("revisit_on", "happened_on"):
        new = clean_date(value)
    elif name == "next_steps":
        new = value if isinstance(value, str) else ""
    else:
        raise InvalidAnswer()
    setattr(target, name, new)


def normal_answer(value: Any, plan_field: str | None = None) -> Any:
    """An answer as the person sees it: None when nothing is given (empty, or a decision
    still undecided), so values that look alike on screen compare alike."""
    if is_empty(value):
        return None
    if plan_field == "decision" and value in (Decision.UNDECIDED, Decision.UNDECIDED.value):
        return None
    return value


def field_answered(target: object, name: str) -> bool:
    return normal_answer(field_value(target, name), name) is not None


def plan_field(step_id: str, question_id: str, guide: Guide | None = None) -> str | None:
    """The attribute a question's answer lives in, or None when it is kept in the answers."""
    question = (guide or load_guide()).question(step_id, question_id)
    return question.plan_field if question else None


# -- the data -----------------------------------------------------------------------------


@dataclass(frozen=True)
class StepProgress:
    step_id: str
    title: str
    answered: int
    total: int

    @property
    def started(self) -> bool:
        return self.answered > 0


@dataclass(frozen=True)
class Progress:
    steps: tuple[StepProgress, ...]

    @property
    def started(self) -> int:
        return sum(1 for s in self.steps if s.started)

    @property
    def total(self) -> int:
        return len(self.steps)


@dataclass
class Plan:
    id: int
    title: str
    situation: str
    region: str
    decision: Decision = Decision.UNDECIDED
    revisit_on: date | None = None
    next_steps: str = ""
    # step id -> question id -> value (see disclosure_helper.guide for value shapes).
    answers: dict[str, dict[str, Any]] = field(default_factory=dict)
    created: datetime = field(default_factory=_utcnow)
    updated: datetime = field(default_factory=_utcnow)

    def status(self, today: date | None = None) -> PlanStatus:
        if self.due_for_revisit(today):
            return PlanStatus.REVISIT_DUE
        if self.decision is Decision.UNDECIDED:
            return PlanStatus.THINKING
        return PlanStatus.DECIDED

    def due_for_revisit(self, today: date | None = None) -> bool:
        """True when the revisit date is today or has passed."""
        return self.revisit_on is not None and self.revisit_on <= (today or date.today())

    def answer(self, step_id: str, question_id: str, default: Any = None) -> Any:
        """One answer, in the shape its question's control shows. Questions kept on the
        plan (decision, revisit date, next steps) read it through `field_value`."""
        name = plan_field(step_id, question_id)
        if name is not None:
            value = field_value(self, name)
            return default if value is None else value
        return self.answers.get(step_id, {}).get(question_id, default)

    def set_answer(self, step_id: str, question_id: str, value: Any) -> None:
        """Set one answer in memory; an empty value (None, "", []) clears it. Call save() after.

        Questions kept on the plan itself are routed there, so a UI can treat every
        question alike: "not sure yet" there means undecided, no date, or no steps yet.
        """
        name = plan_field(step_id, question_id)
        if name is not None:
            set_field(self, name, value)
            return
        step = self.answers.setdefault(step_id, {})
        if is_empty(value):
            step.pop(question_id, None)
            if not step:
                del self.answers[step_id]
        else:
            step[question_id] = value

    def set_not_sure(self, step_id: str, question_id: str) -> None:
        self.set_answer(step_id, question_id, NOT_SURE)

    def answered(self, step_id: str, question_id: str) -> bool:
        """Whether the person has given this question an answer ("not sure yet" counts)."""
        name = plan_field(step_id, question_id)
        return normal_answer(self.answer(step_id, question_id), name) is not None

    @property
    def checklist(self) -> dict[str, Any]:
        """Answers to "Is this a good place to tell?", kept with the plan."""
        return self.answers.get(CHECKLIST_STEP, {})

    def progress(self, guide: Guide | None = None) -> Progress:
        """Which steps of the walk (and the decision page) have at least one answer."""
        guide = guide or load_guide()
        steps = [*guide.walk_steps]
        if guide.has_step(DECISION_STEP):
            steps.append(guide.step(DECISION_STEP))
        out = []
        for step in steps:
            given = self.answers.get(step.id, {})
            answered = 0
            for q in step.questions:
                if q.plan_field:
                    answered += int(field_answered(self, q.plan_field))
                elif not is_empty(given.get(q.id)):
                    answered += 1
            out.append(StepProgress(step.id, step.title, answered, len(step.questions)))
        return Progress(tuple(out))


@dataclass(frozen=True)
class PlanSummary:
    id: int
    title: str
    situation: str
    region: str
    decision: Decision
    status: PlanStatus
    revisit_on: date | None
    due_for_revisit: bool
    steps_started: int
    steps_total: int
    created: datetime
    updated: datetime


@dataclass(frozen=True)
class DecisionChange:
    id: int
    plan_id: int
    decision: Decision
    revisit_on: date | None
    note: str
    changed_at: datetime


@dataclass(frozen=True)
class SureCheck:
    """One SURE check. Each answer is True (yes), False (no) or None (not sure yet)."""

    id: int
    plan_id: int
    sure: bool | None
    understand: bool | None
    risk_benefit: bool | None
    encouragement: bool | None
    checked_at: datetime

    @property
    def score(self) -> int:
        """How many of the four are a yes (0-4)."""
        return sum(
            1
            for v in (self.sure, self.understand, self.risk_benefit, self.encouragement)
            if v is True
        )


@dataclass
class Followup:
    """A "how did it go?" reflection linked to a plan."""

    id: int
    plan_id: int
    happened_on: date | None = None
    answers: dict[str, Any] = field(default_factory=dict)
    created: datetime = field(default_factory=_utcnow)
    updated: datetime = field(default_factory=_utcnow)

    def answer(self, question_id: str, default: Any = None) -> Any:
        name = plan_field(FOLLOWUP_STEP, question_id)
        if name is not None:
            value = field_value(self, name)
            return default if value is None else value
        return self.answers.get(question_id, default)

    def set_answer(self, question_id: str, value: Any) -> None:
        """Set one answer in memory (the date goes on `happened_on`). Call save_followup()."""
        name = plan_field(FOLLOWUP_STEP, question_id)
        if name is not None:
            set_field(self, name, value)
        elif is_empty(value):
            self.answers.pop(question_id, None)
        else:
            self.answers[question_id] = value


__all__ = [
    "ANSWERS_FORMAT",
    "CHECKLIST_STEP",
    "DECISION_STEP",
    "FOLLOWUP_STEP",
    "MAX_NOTE_CHARS",
    "MAX_TITLE_CHARS",
    "Decision",
    "DecisionChange",
    "Followup",
    "InvalidPlan",
    "Plan",
    "PlanError",
    "PlanNotFound",
    "PlanStatus",
    "PlanSummary",
    "Progress",
    "StepProgress",
    "SureCheck",
    "clean_date",
    "clean_decision",
    "field_answered",
    "field_value",
    "normal_answer",
    "plan_field",
    "set_field",
]
