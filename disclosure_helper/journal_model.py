"""The journal's plain data: entries, list rows, search hits, filters, drafts, errors.

These are what the UI holds and shows; `journal.JournalRepository` reads and writes them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from typing import Any, NamedTuple

from disclosure_helper.errors import VaultError

# Kinds of the built-in templates. The person's own templates use "own:<number>".
FREE = "free"
AFTER_SHIFT = "after_shift"
INCIDENT = "incident"
REFLECTION = "reflection"
DISCLOSURE_FOLLOWUP = "disclosure_followup"
CHECKIN = "checkin"
OWN_PREFIX = "own:"

# Field ids that live in an entry's own columns rather than in `fields`.
BODY_FIELD = "body"
OCCURRED_FIELD = "occurred_at"
PLAN_FIELD = "plan_id"
RATING_FIELDS = ("mood", "energy", "stress")
# The multi-choice answer the Insights page counts (after a hard shift, or own templates).
STRATEGIES_FIELD = "strategies"

# Far above any real entry (a long book is about 1 million characters), low enough
# that one paste cannot make the vault sluggish for everything else.
MAX_ENTRY_CHARS = 8_000_000
MAX_TITLE_CHARS = 1_000
MAX_TAG_CHARS = 60
MAX_TAGS = 50

# Start and end of a highlighted match inside SearchHit snippet strings.
MARK_START = "\x02"
MARK_END = "\x03"


class JournalError(VaultError):
    default_message = "That journal entry could not be saved. Your words are still on screen."


class EntryNotFound(JournalError):
    default_message = (
        "That entry could not be found. It may have been deleted or the trash emptied."
    )


class EntryTooLarge(JournalError):
    default_message = (
        "This entry is too long to save in one piece. Your words are still on screen. "
        "Please split it into two or more entries."
    )


class InvalidEntry(JournalError):
    default_message = "Something in this entry could not be saved. Your words are still on screen."


class TemplateError(JournalError):
    default_message = "That template could not be saved. Please check its fields and try again."


@dataclass
class Entry:
    """One journal entry. `fields` holds the template's structured answers by field id."""

    kind: str = FREE
    title: str = ""
    body: str = ""
    fields: dict[str, Any] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)
    occurred_at: datetime | None = None
    plan_id: int | None = None
    id: int | None = None
    created: datetime | None = None
    updated: datetime | None = None
    deleted_at: datetime | None = None

    @property
    def is_checkin(self) -> bool:
        return self.kind == CHECKIN

    @property
    def in_trash(self) -> bool:
        return self.deleted_at is not None


class EntrySummary(NamedTuple):
    """One row of the timeline or trash: enough to draw it without loading the text.

    A plain tuple (read-only, compared by value like the frozen row classes): a list
    reads thousands, and a tuple is made in one step where an object fills a dict.
    """

    id: int
    kind: str
    title: str
    preview: str
    occurred_at: datetime
    day: date
    tags: tuple[str, ...]
    plan_id: int | None
    mood: int | None = None
    energy: int | None = None
    stress: int | None = None
    deleted_at: datetime | None = None


@dataclass(frozen=True)
class SearchHit:
    """A search result. `title` and `snippet` carry MARK_START/MARK_END around matches."""

    id: int
    kind: str
    title: str
    snippet: str
    occurred_at: datetime
    day: date
    tags: tuple[str, ...]
    plan_id: int | None
    # Check-ins carry their ratings, so a found check-in shows its numbers too.
    mood: int | None = None
    energy: int | None = None
    stress: int | None = None

    @property
    def title_parts(self) -> list[tuple[str, bool]]:
        return split_marks(self.title)

    @property
    def snippet_parts(self) -> list[tuple[str, bool]]:
        """[(text, is_match), …] for drawing the matches in bold."""
        return split_marks(self.snippet)

    @property
    def plain_title(self) -> str:
        return self.title.replace(MARK_START, "").replace(MARK_END, "")

    @property
    def snippet_html(self) -> str:
        return marks_to_html(self.snippet)

    @property
    def title_html(self) -> str:
        return marks_to_html(self.title)


class ExportSource(NamedTuple):
    """What an export needs of one entry (a plain tuple: an export reads thousands)."""

    id: int
    kind: str
    title: str
    body: str
    fields: dict[str, Any]
    tags: tuple[str, ...]
    occurred_at: datetime
    plan_id: int | None
    # When an incident record was first kept and last changed (exports date records;
    # None for every other kind of entry).
    created: datetime | None = None
    updated: datetime | None = None


@dataclass(frozen=True)
class EntryQuery:
    """Filters for the timeline, search and counts. Dates are inclusive calendar days.

    `tags` must all be present on an entry; `kinds` match any.
    """

    kinds: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    plan_id: int | None = None


@dataclass(frozen=True)
class TagCount:
    name: str
    count: int


@dataclass(frozen=True)
class Draft:
    """Autosaved editor state. `payload` is whatever the editor stored (a JSON object)."""

    key: str
    payload: dict[str, Any]
    revision: int
    updated: datetime
    entry_id: int | None


# -- marks ---------------------------------------------------------------------


def split_marks(text: str) -> list[tuple[str, bool]]:
    parts: list[tuple[str, bool]] = []
    for i, piece in enumerate(re.split(f"[{MARK_START}{MARK_END}]", text)):
        if piece:
            parts.append((piece, i % 2 == 1))
    return parts


def marks_to_html(text: str) -> str:
    import html

    return "".join(
        f"<b>{html.escape(piece)}</b>" if hit else html.escape(piece)
        for piece, hit in split_marks(text)
    )


# -- time ------------------------------------------------------------------------


def now_ts() -> int:
    return int(datetime.now(timezone.utc).timestamp())


def aware(moment: datetime | None) -> datetime:
    """A timezone-aware datetime; naive ones are taken as the person's local time."""
    if moment is None:
        return datetime.now().astimezone().replace(microsecond=0)
    if not isinstance(moment, datetime):
        raise InvalidEntry("The date of this entry could not be read. Please pick it again.")
    if moment.tzinfo is None or moment.utcoffset() is None:
        return moment.astimezone()
    return moment


def to_stored(moment: datetime | None) -> tuple[int, int, str]:
    """(unix seconds, offset in minutes, local day) for an entry's date and time."""
    moment = aware(moment)
    offset = moment.utcoffset() or timedelta(0)
    try:
        seconds = int(moment.timestamp())
    except (OverflowError, OSError, ValueError):
        raise InvalidEntry("That date is out of range. Please pick another one.") from None
    return seconds, int(offset.total_seconds() // 60), moment.date().isoformat()


@lru_cache(maxsize=128)
def _zone(offset_minutes: int) -> timezone:
    return timezone(timedelta(minutes=offset_minutes))


def from_stored(seconds: int, offset_minutes: int) -> datetime:
    return datetime.fromtimestamp(seconds, _zone(offset_minutes))


def from_ts(seconds: int | None) -> datetime | None:
    if seconds is None:
        return None
    return datetime.fromtimestamp(seconds, timezone.utc).astimezone()


# -- text ------------------------------------------------------------------------


def clean_text(text: Any) -> str:
    """Text that SQLite can store exactly as typed.

    A lone surrogate (possible when text arrives from a GUI toolkit) cannot be written
    as UTF-8; it becomes U+FFFD while every other character, NUL included, is kept.
    """
    if text is None:
        return ""
    if not isinstance(text, str):
        text = str(text)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def clean_value(value: Any) -> Any:
    """Make a structured field value JSON-safe, recursively, keeping all text."""
    if isinstance(value, str):
        return clean_text(value)
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, datetime):
        return aware(value).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {clean_text(k): clean_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [clean_value(v) for v in value]
    return clean_text(value)


def normalise_tag(raw: Any) -> str:
    """'  #After  shift ' -> 'After shift'. Empty when nothing is left."""
    text = clean_text(raw)
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)
    text = " ".join(text.split()).lstrip("#").strip()
    return text[:MAX_TAG_CHARS].strip()


def tag_key(name: str) -> str:
    return unicodedata.normalize("NFKC", name).casefold()


def tag_list(raw: Any) -> list[str]:
    """Tags as a list of text: None is none, "a, b" is split; anything else that is not a
    list of text is refused with InvalidEntry (never a TypeError from deeper down)."""
    if raw is None:
        return []
    if isinstance(raw, str):
        return raw.split(",")
    if isinstance(raw, (list, tuple, set, frozenset)) and all(isinstance(t, str) for t in raw):
        return [clean_text(t) for t in raw]
    raise InvalidEntry("The tags on this entry could not be read. Please type them again.")


def normalise_tags(raw: Any) -> list[str]:
    raw = tag_list(raw)
    seen: set[str] = set()
    tags: list[str] = []
    for item in raw:
        name = normalise_tag(item)
        key = tag_key(name)
        if name and key not in seen:
            seen.add(key)
            tags.append(name)
    if len(tags) > MAX_TAGS:
        raise InvalidEntry(
            "An entry can have up to {limit} tags. Please remove a few and save again.",
            limit=MAX_TAGS,
        )
    return tags


def text_of(value: Any) -> list[str]:
    """Every piece of text inside a structured value, in order."""
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, dict):
        return [t for v in value.values() for t in text_of(v)]
    if isinstance(value, list):
        return [t for v in value for t in text_of(v)]
    return []


# -- dated additions to incident records --------------------------------------------

MAX_ADDITION_CHARS = 200_000


class RecordKeptAsWritten(JournalError):
    default_message = (
        "An incident record is kept just as you first wrote it, so it holds up later. "
        "You can add to it instead: what you add is saved with its own date."
    )


@dataclass(frozen=True)
class Addition:
    """Something added to an incident record later, with the date it was written."""

    id: int
    entry_id: int
    kind: str
    text: str
    written: datetime
