"""Together mode for My adjustments: changes staged in memory, kept only if the person says so.

Like a Together session on a plan (`together.TogetherSession`), nothing touches the
vault while the supporter sits alongside. The session holds the passport and every
adjustment as stored when it began, and the person's changes beside them: the passport's
own-words parts, each adjustment's words, and notes of where a change stands now. At the
end the person keeps them all or lets them all go. Keeping writes only what changed, onto
what is stored at that moment, in one transaction: if any of it cannot be kept, nothing
is written and every word stays on screen.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from disclosure_helper.adjustments import AdjustmentsRepository
from disclosure_helper.adjustments_model import (
    MAX_TEXT_CHARS,
    Adjustment,
    AdjustmentNotFound,
    Status,
    clean_date,
    clean_passport_fields,
    clean_short,
    clean_status,
    clean_text,
)
from disclosure_helper.together import SessionFinished

# A session the app locked in the middle of, kept in the vault's own (encrypted)
# settings so a lock never throws the staged changes away.
STASH_KEY = "adjustments_together_interrupted"
STASH_FORMAT = 1


@dataclass(frozen=True)
class StagedStatus:
    """Where one adjustment stands now, noted in the session (see `change_status`)."""

    adjustment_id: int
    status: Status
    on: date | None = None
    whom: str = ""
    how: str = ""
    reason: str = ""
    note: str = ""
    review_on: date | None = None


@dataclass(frozen=True)
class AdjustmentsSessionSummary:
    """What keeping would write: passport part ids, and adjustment ids by kind of change."""

    parts: tuple[str, ...]
    words: tuple[int, ...]
    statuses: tuple[int, ...]

    @property
    def is_empty(self) -> bool:
        return not (self.parts or self.words or self.statuses)


class AdjustmentsSession:
    """My adjustments as they were when the session began, and the changes made since."""

    def __init__(self, repo: AdjustmentsRepository) -> None:
        passport = repo.passport()
        self.original_parts: dict[str, str] = dict(passport.fields)
        self.parts: dict[str, str] = dict(passport.fields)
        self.original: dict[int, Adjustment] = {a.id: a for a in repo.all()}
        self.words: dict[int, tuple[str, str]] = {
            a.id: (a.details, a.helps) for a in self.original.values()
        }
        self.statuses: list[StagedStatus] = []
        # The own-words parts the person chose to show in the session.
        self.shown: list[str] = []
        self.finished = False

    # -- staging ---------------------------------------------------------------------------

    def set_part(self, field_id: str, text: str) -> None:
        self._open()
        if text.strip():
            self.parts[field_id] = text
        else:
            self.parts.pop(field_id, None)

    def part(self, field_id: str) -> str:
        return self.parts.get(field_id, "")

    def set_words(self, adjustment_id: int, details: str, helps: str) -> None:
        self._open()
        if adjustment_id not in self.original:
            raise AdjustmentNotFound()
        self.words[adjustment_id] = (details, helps)

    def note_status(self, staged: StagedStatus) -> None:
        """Stage a change of status; checked now, so a problem shows before the end."""
        self._open()
        if staged.adjustment_id not in self.original:
            raise AdjustmentNotFound()
        clean_status(staged.status)
        clean_short(staged.whom, "Who")
        clean_short(staged.how, "How")
        clean_text(staged.reason, MAX_TEXT_CHARS, "The reason")
        clean_text(staged.note, MAX_TEXT_CHARS, "That note")
        clean_date(staged.review_on, "The date to look again")
        self.statuses.append(staged)

    def adjustments(self) -> list[Adjustment]:
        """Each adjustment as it would be kept: its staged words and latest staged status."""
        out = []
        for adjustment_id, stored in self.original.items():
            details, helps = self.words[adjustment_id]
            shown = replace(stored, details=details, helps=helps)
            for staged in self.statuses:
                if staged.adjustment_id == adjustment_id:
                    shown = replace(shown, status=staged.status,
                                    status_on=staged.on or shown.status_on,
                                    review_on=staged.review_on or shown.review_on)
            out.append(shown)
        return out

    # -- the end ---------------------------------------------------------------------------

    def summary(self) -> AdjustmentsSessionSummary:
        keys = sorted(set(self.parts) | set(self.original_parts))
        parts = tuple(
            k for k in keys if self.parts.get(k, "") != self.original_parts.get(k, "")
        )
        words = tuple(
            i for i, a in self.original.items() if self.words[i] != (a.details, a.helps)
        )
        statuses = tuple(dict.fromkeys(s.adjustment_id for s in self.statuses))
        return AdjustmentsSessionSummary(parts, words, statuses)

    def discard(self) -> None:
        """Forget every staged change. Nothing was ever written."""
        self.parts = dict(self.original_parts)
        self.words = {a.id: (a.details, a.helps) for a in self.original.values()}
        self.statuses = []
        self.finished = True

    def keep(self, repo: AdjustmentsRepository) -> list[int]:
        """Write what changed, in one transaction. Returns ids of adjustments that were
        deleted meanwhile (their changes could not be kept; everything else was)."""
        self._open()
        summary = self.summary()
        # Checked before anything is written, so a kind message comes first.
        clean_passport_fields(self.parts)
        gone: list[int] = []
        with repo.transaction():
            if summary.parts:
                stored = repo.passport()
                for key in summary.parts:
                    stored.fields.pop(key, None)
                    if self.parts.get(key, "").strip():
                        stored.fields[key] = self.parts[key]
                repo.save_passport(stored)
            for adjustment_id in summary.words:
                details, helps = self.words[adjustment_id]
                original = self.original[adjustment_id]
                try:
                    current = repo.get(adjustment_id)
                except AdjustmentNotFound:
                    gone.append(adjustment_id)
                    continue
                # Only the box that changed here is written: the other may have been
                # changed elsewhere since, and that stays.
                if details != original.details:
                    current = replace(current, details=details)
                if helps != original.helps:
                    current = replace(current, helps=helps)
                repo.save(current)
            for staged in self.statuses:
                if staged.adjustment_id in gone:
                    continue
                try:
                    repo.get(staged.adjustment_id)
                except AdjustmentNotFound:
                    gone.append(staged.adjustment_id)
                    continue
                repo.change_status(
                    staged.adjustment_id, staged.status, on=staged.on, whom=staged.whom,
                    how=staged.how, reason=staged.reason, note=staged.note,
                    review_on=staged.review_on,
                )
        self.finished = True
        return gone

    def _open(self) -> None:
        if self.finished:
            raise SessionFinished()

    # -- kept across a lock ------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        return {
            "format": STASH_FORMAT,
            "shown": self.shown,
            "original_parts": self.original_parts,
            "parts": self.parts,
            "original_words": {str(i): [a.details, a.helps] for i, a in self.original.items()},
            "words": {str(i): list(w) for i, w in self.words.items()},
            "statuses": [
                {"id": s.adjustment_id, "status": s.status.value,
                 "on": s.on.isoformat() if s.on else None, "whom": s.whom, "how": s.how,
                 "reason": s.reason, "note": s.note,
                 "review_on": s.review_on.isoformat() if s.review_on else None}
                for s in self.statuses
            ],
        }

    @classmethod
    def from_json(cls, repo: AdjustmentsRepository, data: Any) -> AdjustmentsSession:
        """A stashed session again, over what is stored now. Changes to adjustments
        deleted meanwhile are dropped; ValueError if it cannot be read."""
        try:
            if data.get("format") != STASH_FORMAT:
                raise ValueError("unknown format")
            session = cls(repo)
            session.shown = [str(part) for part in data.get("shown", [])]
            session.original_parts = {str(k): str(v) for k, v in data["original_parts"].items()}
            session.parts = {str(k): str(v) for k, v in data["parts"].items()}
            for key, (details, helps) in data["original_words"].items():
                if int(key) in session.original:
                    session.original[int(key)] = replace(
                        session.original[int(key)], details=str(details), helps=str(helps))
            for key, (details, helps) in data["words"].items():
                if int(key) in session.original:
                    session.words[int(key)] = (str(details), str(helps))
            for row in data["statuses"]:
                if int(row["id"]) not in session.original:
                    continue
                session.statuses.append(StagedStatus(
                    int(row["id"]), Status(row["status"]), clean_date(row.get("on")),
                    str(row.get("whom") or ""), str(row.get("how") or ""),
                    str(row.get("reason") or ""), str(row.get("note") or ""),
                    clean_date(row.get("review_on"))))
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            raise ValueError("this session could not be read") from exc
        return session


def stash_session(settings: Any, session: AdjustmentsSession) -> None:
    """Keep an unfinished session in the vault, encrypted, to carry on after unlocking."""
    if not session.finished:
        settings.set(STASH_KEY, session.to_json())


def stashed_session(settings: Any, repo: AdjustmentsRepository) -> AdjustmentsSession | None:
    """The session a lock interrupted, if any. One this version cannot read stays where it
    is (never deleted unseen) and None is returned."""
    data = settings.get(STASH_KEY)
    if data is None:
        return None
    try:
        return AdjustmentsSession.from_json(repo, data)
    except ValueError:
        return None


def drop_stashed_session(settings: Any) -> None:
    settings.delete(STASH_KEY)


__all__ = [
    "AdjustmentsSession",
    "AdjustmentsSessionSummary",
    "StagedStatus",
    "drop_stashed_session",
    "stash_session",
    "stashed_session",
]
