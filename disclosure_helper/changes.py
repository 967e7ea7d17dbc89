"""What a write changed, so the parts of the app showing it can catch up (after Anki's
OpChanges).

Every write to the vault is reported once it is committed, as the areas it touched
(`PLANS`, `JOURNAL`, ...), never as content. The database finds the areas from the table
each statement writes, so no repository can forget to say, and a rolled-back write
reports nothing.

Where the report goes:
- Work running under `collecting(into)` on this thread (a background op) adds its
  areas to `into[source]`, where `source` is whatever owns the log (the vault);
  whoever ran the work announces them when it ends, with who asked for it.
- Any other write goes straight to the vault's `ChangeLog` listener.
"""

from __future__ import annotations

import contextlib
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

PLANS = "plans"
JOURNAL = "journal"
ADJUSTMENTS = "adjustments"
TOGETHER = "together"
SETTINGS = "settings"
AREAS = frozenset({PLANS, JOURNAL, ADJUSTMENTS, TOGETHER, SETTINGS})

# The area of each table; a table not named here (meta, the full-text index) is part of
# no area a person sees, or is kept up to date by triggers of a table that is.
_TABLE_PREFIXES: tuple[tuple[str, str | None], ...] = (
    # Unsaved words kept while typing: only the editor that wrote them shows them.
    ("journal_drafts", None),
    ("plan", PLANS),
    ("journal_", JOURNAL),
    ("adjustment", ADJUSTMENTS),
    ("together_", TOGETHER),
    ("settings", SETTINGS),
)
# Deleting a row of these tables also changes rows of other areas through foreign keys
# (a plan's kept notes go with it; an adjustment forgets the plan or entry it cited).
_CASCADES = {
    "plans": frozenset({TOGETHER, ADJUSTMENTS}),
    "journal_entries": frozenset({ADJUSTMENTS}),
}

_WRITE = re.compile(
    r"^\s*(?:WITH\b.*?\)\s*)?"
    r"(?:(?P<insert>INSERT|REPLACE)(?:\s+OR\s+\w+)?\s+INTO|(?P<update>UPDATE)(?:\s+OR\s+\w+)?"
    r"|(?P<delete>DELETE)\s+FROM)\s+[\"`\[]?(?P<table>\w+)",
    re.IGNORECASE | re.DOTALL,
)


def area_of(table: str) -> str | None:
    name = table.lower()
    for prefix, area in _TABLE_PREFIXES:
        if name.startswith(prefix):
            return area
    return None


def areas_written(sql: str) -> frozenset[str]:
    """The areas a statement changes (empty for a read, a pragma or BEGIN/COMMIT)."""
    match = _WRITE.match(sql)
    if match is None:
        return frozenset()
    area = area_of(match["table"])
    if area is None:
        return frozenset()
    if match["delete"]:
        return frozenset({area}) | _CASCADES.get(match["table"].lower(), frozenset())
    return frozenset({area})


class Changes(NamedTuple):
    """The areas of the vault one piece of work changed. (A named tuple rather than a
    dataclass: it is made while the app starts, where a dataclass costs a millisecond.)"""

    areas: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.areas)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.areas | other.areas)

    def touches(self, areas: Iterable[str]) -> bool:
        return not self.areas.isdisjoint(areas)

    @classmethod
    def everything(cls) -> Changes:
        """After a restore, say: every area may be different."""
        return cls(AREAS)


_local = threading.local()


Collected = dict[object, set[str]]


@contextlib.contextmanager
def collecting(into: Collected) -> Iterator[Collected]:
    """Gather what this thread commits into `into` (by the log's source) instead of
    telling the listener."""
    outer = getattr(_local, "into", None)
    _local.into = into
    try:
        yield into
    finally:
        _local.into = outer


class ChangeLog:
    """Where one vault's committed writes are reported (both its connections share it)."""

    def __init__(self) -> None:
        self.listener: Callable[[Changes], None] | None = None
        # Who owns this log (the vault), to tell apart what collected work wrote where.
        self.source: object = self

    def committed(self, areas: Iterable[str]) -> None:
        areas = frozenset(areas)
        if not areas:
            return
        into = getattr(_local, "into", None)
        if into is not None:
            into.setdefault(self.source, set()).update(areas)
            return
        listener = self.listener
        if listener is not None:
            listener(Changes(areas))


__all__ = [
    "ADJUSTMENTS",
    "AREAS",
    "JOURNAL",
    "PLANS",
    "SETTINGS",
    "TOGETHER",
    "ChangeLog",
    "Changes",
    "area_of",
    "areas_written",
    "Collected",
    "collecting",
]
