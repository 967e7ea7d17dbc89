"""My adjustments, as plain data: the passport, each adjustment, its history, its rules.

These are what the UI holds and shows; `adjustments.AdjustmentsRepository` reads and
writes them. Nothing here needs a diagnosis: an adjustment is a need (from the shared
needs list or in the person's own words) with where it stands, and the passport's other
parts are the person's own words, every one of them optional.

Cleaning rules live here too, so the repository refuses bad input the same way
everywhere: wrong types and over-long text get a kind `InvalidAdjustment`; a lone
surrogate (possible from a GUI toolkit) becomes U+FFFD rather than losing the text.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from enum import Enum
from typing import Any

from disclosure_helper.errors import VaultError
from disclosure_helper.guide import MAX_OWN_CHARS

# The person's words about one need, and each part of the passport. Far above a real
# answer, low enough that one paste cannot make the vault sluggish.
MAX_TEXT_CHARS = 20_000
# A need in the person's own words: as long as the plan's Why page lets it be, so a need
# brought over from a plan always fits.
MAX_NEED_CHARS = MAX_OWN_CHARS
# Who, how: a name or a few words.
MAX_SHORT_CHARS = 500
MAX_ADJUSTMENTS = 500
# Parts of the passport, counting any a newer version added.
MAX_PASSPORT_PARTS = 100


class Status(str, Enum):
    """Where an adjustment stands. Any status can follow any other: it is a record, not a form."""

    IDEA = "idea"
    ASKED = "asked"
    AGREED = "agreed"
    WORKING = "working"
    NOT_WORKING = "not_working"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"


# Adjustments someone has asked for or that are in place: the ones a change of job,
# manager or health puts up for a fresh look.
ACTIVE = frozenset({Status.ASKED, Status.AGREED, Status.WORKING, Status.NOT_WORKING})
# An incident record can note one of these (a no, or something taken back).
ENDED_BY_OTHERS = frozenset({Status.REFUSED, Status.WITHDRAWN})


class ChangeKind(str, Enum):
    STATUS = "status"
    REVIEW = "review"


class ReviewReason(str, Enum):
    """Why a fresh look is due. The passports suggest one at least every six months."""

    SIX_MONTHS = "six_months"
    JOB = "job"
    MANAGER = "manager"
    HEALTH = "health"
    OTHER = "other"


class PassportField(str, Enum):
    """The passport's parts in the person's own words. All optional."""

    NAME = "name"
    JOB = "job"
    MANAGER = "manager"
    HEALTH_EFFECTS = "health_effects"
    HARD_THINGS = "hard_things"
    BAD_DAY = "bad_day"
    CONTACT = "contact"
    UNWELL_CONTACT = "unwell_contact"


# Parts that only go into something shared when the person picks them.
SENSITIVE_FIELDS = frozenset({PassportField.HEALTH_EFFECTS})
SHORT_FIELDS = frozenset({PassportField.NAME, PassportField.JOB, PassportField.MANAGER})


# -- errors -----------------------------------------------------------------------------


class AdjustmentError(VaultError):
    default_message = (
        "That change to your adjustments could not be saved. Your words are still on screen."
    )


class AdjustmentNotFound(AdjustmentError):
    default_message = (
        "That adjustment could not be found. It may have been deleted. "
        "The rest of your passport is safe."
    )


class InvalidAdjustment(AdjustmentError):
    default_message = (
        "Part of that could not be saved. Your words are still on screen; "
        "please check them and try again."
    )


class LinkNotFound(AdjustmentError):
    default_message = (
        "That plan or journal entry could not be found. It may have been deleted. "
        "Nothing else has changed."
    )


# -- data -----------------------------------------------------------------------------------


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class Adjustment:
    """One change at work: a need from the shared list (`need`) or the person's own words.

    `details` (what it looks like for me) and `helps` (how it helps me) are optional.
    `status`, `status_on` and `review_on` are kept by `change_status()` and `review()`,
    which also write the history; `save()` stores the rest.
    """

    id: int
    need: str | None = None
    own_words: str = ""
    details: str = ""
    helps: str = ""
    plan_id: int | None = None
    status: Status = Status.IDEA
    status_on: date = field(default_factory=date.today)
    review_on: date | None = None
    review_reason: ReviewReason | None = None
    created: datetime = field(default_factory=_utcnow)
    updated: datetime = field(default_factory=_utcnow)

    @property
    def label(self) -> str:
        """The need's name from the needs list, or the person's own words."""
        from disclosure_helper.adjustments_content import need_label

        if self.need is None:
            return self.own_words
        return need_label(self.need) or self.own_words or self.need.replace("_", " ").capitalize()

    def due_for_review(self, today: date | None = None) -> bool:
        return self.review_on is not None and self.review_on <= (today or date.today())


@dataclass(frozen=True)
class StatusChange:
    """One dated row of an adjustment's history: a change of status, or a fresh look."""

    id: int
    adjustment_id: int
    kind: ChangeKind
    status: Status
    happened_on: date
    whom: str = ""
    how: str = ""
    reason: str = ""
    note: str = ""
    review_on: date | None = None
    # The journal entry (an incident record, say) this change was written up in.
    entry_id: int | None = None
    recorded_at: datetime = field(default_factory=_utcnow)


@dataclass
class Passport:
    """The passport's own-words parts (by PassportField value) and its review dates."""

    fields: dict[str, str] = field(default_factory=dict)
    review_on: date | None = None
    review_reason: ReviewReason | None = None
    reviewed_on: date | None = None
    updated: datetime | None = None

    def get(self, name: PassportField | str) -> str:
        return self.fields.get(_part(name), "")

    def set(self, name: PassportField | str, text: str) -> None:
        """Set one part in memory; empty text clears it. Call `save_passport()` after."""
        key = _part(name)
        if text is None or (isinstance(text, str) and not text.strip()):
            self.fields.pop(key, None)
        else:
            self.fields[key] = text

    def due_for_review(self, today: date | None = None) -> bool:
        return self.review_on is not None and self.review_on <= (today or date.today())


def _part(name: PassportField | str) -> str:
    try:
        return PassportField(name).value
    except ValueError:
        raise InvalidAdjustment("That part of the passport could not be found.") from None


@dataclass(frozen=True)
class DueReview:
    """A fresh look that is due, for Home and My adjustments. Earliest first."""

    review_on: date
    reason: ReviewReason | None
    # None for the passport as a whole.
    adjustment_id: int | None = None
    label: str = ""


@dataclass(frozen=True)
class EntryLink:
    """A journal entry linked to an adjustment. In the trash, it can still be restored."""

    entry_id: int
    adjustment_id: int
    in_trash: bool
    linked_at: datetime


@dataclass(frozen=True)
class PlanNeed:
    """A need picked on a plan's Why page, and whether the passport already has it."""

    need: str | None
    own_words: str
    label: str
    adjustment_id: int | None

    @property
    def in_passport(self) -> bool:
        return self.adjustment_id is not None


@dataclass(frozen=True)
class AdjustmentChanges:
    """What one write changed, for whoever listens (the UI refreshes only that)."""

    adjustment_ids: frozenset[int] = frozenset()
    deleted_ids: frozenset[int] = frozenset()
    passport: bool = False
    links: bool = False


# -- cleaning ---------------------------------------------------------------------------------


def clean_text(value: Any, limit: int = MAX_TEXT_CHARS, what: str = "That text") -> str:
    """Text as typed, ready to store; refuses what is not text or is too long."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidAdjustment("{what} could not be read as text. Please type it again.",
                                what=what)
    if len(value) > limit:
        raise InvalidAdjustment(
            "{what} is longer than this box can keep ({limit} characters). "
            "Your words are still on screen; please shorten them a little.",
            what=what, limit=limit,
        )
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        value = value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return value


def clean_short(value: Any, what: str = "That") -> str:
    """A name or a few words, on one line."""
    return " ".join(clean_text(value, MAX_SHORT_CHARS, what).split())


def clean_date(value: Any, what: str = "That date") -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise InvalidAdjustment(
        "{what} does not look like a date. Please pick one from the calendar.", what=what)


def clean_status(value: Any) -> Status:
    try:
        return Status(value)
    except ValueError:
        raise InvalidAdjustment("Please choose where this stands from the list.") from None


def clean_reason(value: Any) -> ReviewReason | None:
    if value is None:
        return None
    try:
        return ReviewReason(value)
    except ValueError:
        raise InvalidAdjustment("Please choose what has changed from the list.") from None


def clean_id(value: Any, what: str = "That") -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidAdjustment("{what} could not be found. Please pick it again.", what=what)
    return value


def clean_passport_fields(fields: Any) -> dict[str, str]:
    """The passport's parts, cleaned; empty parts dropped, unknown parts kept as they are.

    A newer version may add parts; an older one keeps them untouched rather than lose them.
    """
    if not isinstance(fields, Mapping) or len(fields) > MAX_PASSPORT_PARTS:
        raise InvalidAdjustment()
    out: dict[str, str] = {}
    for key, value in fields.items():
        if not isinstance(key, str) or not key or len(key) > 100:
            raise InvalidAdjustment()
        try:
            part = PassportField(key)
        except ValueError:
            part = None
        limit = MAX_SHORT_CHARS if part in SHORT_FIELDS else MAX_TEXT_CHARS
        text = clean_text(value, limit, "That part of your passport")
        if part in SHORT_FIELDS:
            text = " ".join(text.split())
        if text.strip():
            out[key] = text
    return out


def add_months(day: date, months: int) -> date:
    """The same day `months` later (the month's last day when it is shorter)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


__all__ = [
    "ACTIVE",
    "ENDED_BY_OTHERS",
    "MAX_NEED_CHARS",
    "MAX_SHORT_CHARS",
    "MAX_TEXT_CHARS",
    "SENSITIVE_FIELDS",
    "Adjustment",
    "AdjustmentChanges",
    "AdjustmentError",
    "AdjustmentNotFound",
    "ChangeKind",
    "DueReview",
    "EntryLink",
    "InvalidAdjustment",
    "LinkNotFound",
    "Passport",
    "PassportField",
    "PlanNeed",
    "ReviewReason",
    "Status",
    "StatusChange",
    "add_months",
    "clean_date",
    "clean_id",
    "clean_passport_fields",
    "clean_reason",
    "clean_short",
    "clean_status",
    "clean_text",
]
