"""Rights cards: offline, dated summaries of the rules about health and work in one place.

Cards live in `resources/content/en/rights/*.toml`. Each carries the date it was last
reviewed, its sources (text only; the app never opens them) and the reminder that it is
information, not legal advice. One card is the fallback for anywhere without its own card.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from types import MappingProxyType

from disclosure_helper import content
from disclosure_helper.content import ContentError

FOLDER = "rights"


@dataclass(frozen=True)
class Source:
    title: str
    url: str


@dataclass(frozen=True)
class Section:
    id: str
    heading: str
    points: tuple[str, ...]


@dataclass(frozen=True)
class RightsCard:
    id: str
    name: str
    covers: str
    title: str
    intro: str
    note: str
    last_reviewed: date
    sections: tuple[Section, ...]
    sources: tuple[Source, ...]
    # What the rules say about each moment of telling, keyed by the When step's option ids.
    timing: Mapping[str, str] = field(default_factory=dict)
    is_fallback: bool = False
    order: int = 0

    def timing_note(self, moment: str) -> str:
        return self.timing.get(moment, "")


def _require(data: dict, key: str, where: str) -> object:
    if key not in data or data[key] in ("", None, [], {}):
        raise ContentError(f"{where}: missing '{key}'")
    return data[key]


def _card(name: str, data: dict) -> RightsCard:
    where = f"{FOLDER}/{name}"
    raw_date = _require(data, "last_reviewed", where)
    try:
        reviewed = raw_date if isinstance(raw_date, date) else date.fromisoformat(str(raw_date))
    except ValueError:
        raise ContentError(f"{where}: last_reviewed is not a date") from None
    sections = tuple(
        Section(
            id=str(_require(s, "id", where)),
            heading=str(_require(s, "heading", where)),
            points=tuple(str(p) for p in _require(s, "points", where)),
        )
        for s in data.get("sections", [])
    )
    sources = tuple(
        Source(title=str(_require(s, "title", where)), url=str(_require(s, "url", where)))
        for s in _require(data, "sources", where)
    )
    return RightsCard(
        id=str(_require(data, "id", where)),
        name=str(_require(data, "name", where)),
        covers=str(data.get("covers", "")),
        title=str(_require(data, "title", where)),
        intro=str(_require(data, "intro", where)),
        note=str(_require(data, "note", where)),
        last_reviewed=reviewed,
        sections=sections,
        sources=sources,
        timing=MappingProxyType({str(k): str(v) for k, v in data.get("timing", {}).items()}),
        is_fallback=bool(data.get("fallback", False)),
        order=int(data.get("order", 0)),
    )


@lru_cache(maxsize=4)
def load_rights_cards(lang: str = content.DEFAULT_LANGUAGE) -> tuple[RightsCard, ...]:
    """Every card, in display order, with exactly one fallback card last."""
    cards = [
        _card(name, content.load(name, lang)) for name in content.available(FOLDER, lang)
    ]
    fallbacks = [c for c in cards if c.is_fallback]
    if len(fallbacks) != 1:
        raise ContentError("rights: there must be exactly one fallback card")
    ids = [c.id for c in cards]
    if len(set(ids)) != len(ids):
        raise ContentError("rights: card ids must be unique")
    cards.sort(key=lambda c: (c.is_fallback, c.order, c.name))
    return tuple(cards)


def card_for_region(region: str | None, lang: str = content.DEFAULT_LANGUAGE) -> RightsCard:
    """The card for a region id; the fallback card for anywhere without its own."""
    cards = load_rights_cards(lang)
    for card in cards:
        if card.id == region:
            return card
    return cards[-1]


def regions(lang: str = content.DEFAULT_LANGUAGE) -> list[tuple[str, str]]:
    """(id, name) pairs for a "where do you live" choice, the fallback last."""
    return [(card.id, card.name) for card in load_rights_cards(lang)]


__all__ = [
    "RightsCard",
    "Section",
    "Source",
    "card_for_region",
    "load_rights_cards",
    "regions",
]
