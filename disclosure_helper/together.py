"""Together mode: a session with a supporter alongside, where nothing is kept without consent.

A `TogetherSession` holds two copies of a plan: the one that was stored when the
session began (`original`) and the one being edited (`plan`). Nothing touches the
vault until `finish()`, when the person chooses to keep everything, keep only the
plan changes, or let it all go. Only the questions that actually changed in the
session are written, onto the plan as it is stored at that moment.

A "just exploring" session starts from an in-memory plan that has never been
stored; keeping it creates a new plan. Discarding it leaves no trace at all.

Supporter's notes, when kept, are dated rows in `together_notes` (schema 4), read
and deleted through `SupporterNotesRepository`.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from enum import Enum
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from disclosure_helper import content
from disclosure_helper.errors import VaultError
from disclosure_helper.guide import Guide, load_guide
from disclosure_helper.plan_model import FOLLOWUP_STEP, Decision, Plan, normal_answer
from disclosure_helper.plans import PlanRepository
from disclosure_helper.rights import load_rights_cards

if TYPE_CHECKING:
    from disclosure_helper.vault import Vault

LOCK_ON_EXIT_KEY = "together_lock_on_exit"
MAX_NOTES_CHARS = 10_000
# An exploring plan has never been stored; real plan ids start at 1.
UNSAVED_PLAN_ID = 0
FALLBACK_REGION = "elsewhere"


class EndChoice(str, Enum):
    KEEP_ALL = "keep_all"
    KEEP_PLAN = "keep_plan"
    DISCARD = "discard"


class TogetherError(VaultError):
    default_message = (
        "This session could not be kept. Nothing has been lost; it is still on screen."
    )


class NotesTooLong(TogetherError):
    default_message = (
        "Their notes are longer than can be kept ({limit} characters). "
        "Everything is still on screen; please shorten them a little."
    )
    default_args = MappingProxyType({"limit": MAX_NOTES_CHARS})


class SessionFinished(TogetherError):
    default_message = "This session has already ended."


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


# -- what changed ---------------------------------------------------------------------


@dataclass(frozen=True)
class StepChanges:
    """One page of the plan with the questions whose answers changed."""

    step_id: str
    title: str
    prompts: tuple[str, ...]


@dataclass(frozen=True)
class SessionSummary:
    steps: tuple[StepChanges, ...]
    decision_before: Decision
    decision_after: Decision
    notes: str

    @property
    def decision_changed(self) -> bool:
        return self.decision_before is not self.decision_after

    @property
    def has_plan_changes(self) -> bool:
        return bool(self.steps)

    @property
    def has_notes(self) -> bool:
        return bool(self.notes.strip())

    @property
    def is_empty(self) -> bool:
        return not self.has_plan_changes and not self.has_notes

    @property
    def questions_changed(self) -> int:
        return sum(len(s.prompts) for s in self.steps)


def changed_questions(
    original: Plan, edited: Plan, guide: Guide | None = None
) -> list[tuple[str, str]]:
    """(step id, question id) for every guide question whose answer differs, in guide order."""
    guide = guide or load_guide()
    out = []
    for step in guide.steps:
        for question in step.questions:
            before = normal_answer(original.answer(step.id, question.id), question.plan_field)
            after = normal_answer(edited.answer(step.id, question.id), question.plan_field)
            if before != after:
                out.append((step.id, question.id))
    return out


def apply_changes(
    target: Plan, source: Plan, changes: list[tuple[str, str]]
) -> Plan:
    """Copy the listed answers from `source` onto `target` (in memory) and return it."""
    for step_id, question_id in changes:
        target.set_answer(step_id, question_id, source.answer(step_id, question_id))
    return target


# -- kept supporter's notes --------------------------------------------------------------


@dataclass(frozen=True)
class SupporterNote:
    """The supporter's words from one session, kept because the person agreed."""

    id: int
    plan_id: int
    text: str
    written: datetime


def clean_notes(text: str) -> str:
    """Notes ready to store; NotesTooLong if they cannot be kept as they are."""
    if not isinstance(text, str):
        raise TogetherError()
    if len(text) > MAX_NOTES_CHARS:
        raise NotesTooLong()
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # Lone surrogates cannot be stored; replace them rather than lose the words.
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text.strip()


class SupporterNotesRepository:
    """Supporter's notes kept with plans, newest first. Deleting a plan deletes its notes."""

    def __init__(self, db, now: Callable[[], datetime] | None = None) -> None:
        self._db = db
        self._now = now or _utcnow

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction for a whole "keep": the plan and its notes, or neither."""
        with self._db.transaction():
            yield

    def add(self, plan_id: int, text: str) -> SupporterNote:
        clean = clean_notes(text)
        if not clean:
            raise TogetherError("There are no notes to keep.")
        stamp = self._now()
        with self._db.transaction():
            cur = self._db.execute(
                "INSERT INTO together_notes(plan_id, notes, written) VALUES(?, ?, ?)",
                (plan_id, clean, stamp.astimezone(timezone.utc).isoformat()),
            )
        return SupporterNote(int(cur.lastrowid), plan_id, clean, stamp)

    def for_plan(self, plan_id: int) -> list[SupporterNote]:
        return self._select("WHERE plan_id = ?", (plan_id,))

    def all(self) -> list[SupporterNote]:
        return self._select("", ())

    def counts(self) -> dict[int, int]:
        """How many kept notes each plan has (plans without notes are left out)."""
        return {
            int(plan_id): int(n)
            for plan_id, n in self._db.query(
                "SELECT plan_id, COUNT(*) FROM together_notes GROUP BY plan_id"
            )
        }

    def delete(self, note_id: int) -> bool:
        with self._db.transaction():
            cur = self._db.execute("DELETE FROM together_notes WHERE id = ?", (note_id,))
        return cur.rowcount > 0

    def _select(self, where: str, args: tuple) -> list[SupporterNote]:
        return [
            SupporterNote(int(r[0]), int(r[1]), r[2], datetime.fromisoformat(r[3]))
            for r in self._db.query(
                f"SELECT id, plan_id, notes, written FROM together_notes {where} "
                "ORDER BY written DESC, id DESC",
                args,
            )
        ]


def supporter_notes(vault: Vault) -> SupporterNotesRepository:
    """The notes repository for an unlocked vault (the same as `vault.together`)."""
    return vault.together


def lock_on_exit(settings) -> bool:
    """Whether the app locks when a Together session ends (on unless the person turned it off)."""
    return bool(settings.get(LOCK_ON_EXIT_KEY, True))


def set_lock_on_exit(settings, value: bool) -> None:
    settings.set(LOCK_ON_EXIT_KEY, bool(value))


# -- the session -------------------------------------------------------------------------


def session_step_ids(guide: Guide | None = None) -> list[str]:
    """The pages a Together session shows: the plan's own pages, not the follow-ups."""
    guide = guide or load_guide()
    return [s.id for s in guide.steps if s.id != FOLLOWUP_STEP]


class TogetherSession:
    """Staged changes to one plan plus the supporter's notes, all in memory until `finish`."""

    def __init__(self, plan: Plan, exploring: bool = False, guide: Guide | None = None) -> None:
        self.guide = guide or load_guide()
        self.exploring = exploring
        self.original = copy.deepcopy(plan)
        self.plan = copy.deepcopy(plan)
        self.notes = ""
        self.finished = False
        # Set once the session has been kept in the vault because the app locked.
        self.stash_id: str | None = None

    @classmethod
    def from_plan(cls, plans: PlanRepository, plan_id: int) -> TogetherSession:
        return cls(plans.get(plan_id), guide=plans.guide)

    @classmethod
    def exploring_session(
        cls,
        situation: str | None = None,
        region: str | None = None,
        guide: Guide | None = None,
    ) -> TogetherSession:
        """A blank plan that exists only in memory."""
        guide = guide or load_guide()
        regions = {card.id for card in load_rights_cards()}
        if region not in regions:
            region = FALLBACK_REGION if FALLBACK_REGION in regions else sorted(regions)[0]
        if situation is None or guide.situation(situation) is None:
            situation = guide.situations[0].id
        plan = Plan(id=UNSAVED_PLAN_ID, title="", situation=situation, region=region)
        return cls(plan, exploring=True, guide=guide)

    def changes(self) -> list[tuple[str, str]]:
        return changed_questions(self.original, self.plan, self.guide)

    def summary(self) -> SessionSummary:
        by_step: dict[str, list[str]] = {}
        for step_id, question_id in self.changes():
            question = self.guide.question(step_id, question_id)
            by_step.setdefault(step_id, []).append(question.prompt if question else question_id)
        steps = tuple(
            StepChanges(step_id, self.guide.step(step_id).title, tuple(prompts))
            for step_id, prompts in by_step.items()
        )
        return SessionSummary(steps, self.original.decision, self.plan.decision, self.notes)

    def discard(self) -> None:
        """Forget the staged changes and the notes. Nothing was ever written."""
        self.plan = copy.deepcopy(self.original)
        self.notes = ""
        self.finished = True

    def finish(
        self,
        choice: EndChoice | str,
        plans: PlanRepository,
        notes: SupporterNotesRepository,
        title: str = "",
        situation: str | None = None,
        region: str | None = None,
    ) -> int | None:
        """Do what the person chose, in one transaction. Returns the id of the plan kept.

        For an exploring session, keeping creates a new plan named `title` (required);
        `situation` and `region` default to the ones the session started with. On any
        error nothing is written and the session stays open, with every word kept.
        """
        if self.finished:
            raise SessionFinished()
        choice = EndChoice(choice)
        if choice is EndChoice.DISCARD:
            self.discard()
            return None
        keep_notes = choice is EndChoice.KEEP_ALL and bool(self.notes.strip())
        if keep_notes:
            clean_notes(self.notes)  # a kind message before anything is written
        changes = self.changes()
        with notes.transaction():
            if self.exploring:
                target = plans.create(
                    title, situation or self.plan.situation, region or self.plan.region
                )
            else:
                target = plans.get(self.original.id)
            if changes:
                plans.save(apply_changes(target, self.plan, changes))
            if keep_notes:
                notes.add(target.id, self.notes)
        self.finished = True
        return target.id


# -- a session interrupted by a lock ------------------------------------------------------

# Kept in the vault's own settings table, so it is encrypted like everything else.
STASH_KEY = "together_interrupted"
STASH_FORMAT = 1


def _plan_to_json(plan: Plan) -> dict[str, Any]:
    return {
        "id": plan.id,
        "title": plan.title,
        "situation": plan.situation,
        "region": plan.region,
        "decision": Decision(plan.decision).value,
        "revisit_on": plan.revisit_on.isoformat() if plan.revisit_on else None,
        "next_steps": plan.next_steps,
        "answers": plan.answers,
        "created": plan.created.isoformat(),
        "updated": plan.updated.isoformat(),
    }


def _plan_from_json(data: dict[str, Any]) -> Plan:
    from datetime import date

    return Plan(
        id=int(data["id"]),
        title=str(data["title"]),
        situation=str(data["situation"]),
        region=str(data["region"]),
        decision=Decision(data["decision"]),
        revisit_on=date.fromisoformat(data["revisit_on"]) if data["revisit_on"] else None,
        next_steps=str(data["next_steps"] or ""),
        answers={str(k): dict(v) for k, v in dict(data["answers"]).items()},
        created=datetime.fromisoformat(data["created"]),
        updated=datetime.fromisoformat(data["updated"]),
    )


def stash_session(settings, session: TogetherSession) -> None:
    """Keep an unfinished session (staged changes and notes) in the vault, encrypted.

    Called when the app locks in the middle of a session, so a lock never throws the
    supporter's notes or the staged answers away; `stashed_sessions` brings them back.
    Each session has its own place, so stashing one never replaces another.
    """
    if session.finished:
        return
    if session.stash_id is None:
        session.stash_id = uuid.uuid4().hex
    kept = _stash(settings)
    kept[session.stash_id] = {
        "exploring": session.exploring,
        "original": _plan_to_json(session.original),
        "plan": _plan_to_json(session.plan),
        "notes": session.notes,
        "stashed": _utcnow().isoformat(),
    }
    settings.set(STASH_KEY, {"format": STASH_FORMAT, "sessions": kept})


def _stash(settings) -> dict[str, Any]:
    data = settings.get(STASH_KEY)
    if not isinstance(data, dict) or data.get("format") != STASH_FORMAT:
        return {}
    sessions = data.get("sessions")
    return dict(sessions) if isinstance(sessions, dict) else {}


def stashed_sessions(settings, guide: Guide | None = None) -> list[TogetherSession]:
    """Sessions a lock interrupted, most recent first. Any this version cannot read are
    left where they are (never deleted unseen) and skipped."""
    out = []
    for stash_id, data in _stash(settings).items():
        try:
            original = _plan_from_json(data["original"])
            edited = _plan_from_json(data["plan"])
            notes = str(data.get("notes") or "")
            exploring = bool(data.get("exploring"))
            stamp = str(data.get("stashed") or "")
        except (KeyError, TypeError, ValueError, AttributeError):
            continue
        session = TogetherSession(original, exploring=exploring, guide=guide)
        session.plan = edited
        session.notes = notes
        session.stash_id = stash_id
        out.append((stamp, session))
    out.sort(key=lambda pair: pair[0], reverse=True)
    return [session for _stamp, session in out]


def has_stashed_session(settings) -> bool:
    return bool(_stash(settings))


def drop_stashed_session(settings, session: TogetherSession) -> None:
    """Forget one interrupted session, once it has ended or the person let it go."""
    if session.stash_id is None:
        return
    kept = _stash(settings)
    if kept.pop(session.stash_id, None) is None:
        return
    if kept:
        settings.set(STASH_KEY, {"format": STASH_FORMAT, "sessions": kept})
    else:
        settings.delete(STASH_KEY)


# -- words ------------------------------------------------------------------------------


@dataclass(frozen=True)
class SessionText:
    """Content for the Together page, the consent step, the pause and the end."""

    intro: str
    setup_hint: str
    exploring: str
    consent_title: str
    consent_points: tuple[str, ...]
    consent_ready: str
    pause_title: str
    pause_text: str
    end: dict[str, str]


def _flat(text: Any) -> str:
    return " ".join(str(text).split())


def load_session_text(lang: str | None = None) -> SessionText:
    data = content.load("together_session", lang)
    try:
        consent = data["consent"]
        pause = data["pause"]
        return SessionText(
            intro=_flat(data["intro"]),
            setup_hint=_flat(data["setup_hint"]),
            exploring=_flat(data["exploring"]),
            consent_title=_flat(consent["title"]),
            consent_points=tuple(_flat(p) for p in consent["points"]),
            consent_ready=_flat(consent["ready"]),
            pause_title=_flat(pause["title"]),
            pause_text=_flat(pause["text"]),
            end={str(k): _flat(v) for k, v in data["end"].items()},
        )
    except (KeyError, TypeError) as exc:
        raise content.ContentError(f"together_session: missing {exc}") from None


__all__ = [
    "EndChoice",
    "LOCK_ON_EXIT_KEY",
    "NotesTooLong",
    "SessionFinished",
    "SessionSummary",
    "SessionText",
    "StepChanges",
    "SupporterNote",
    "SupporterNotesRepository",
    "TogetherError",
    "TogetherSession",
    "apply_changes",
    "changed_questions",
    "clean_notes",
    "drop_stashed_session",
    "has_stashed_session",
    "load_session_text",
    "lock_on_exit",
    "session_step_ids",
    "set_lock_on_exit",
    "stash_session",
    "stashed_sessions",
    "supporter_notes",
]
