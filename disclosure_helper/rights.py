"""Rights cards: offline, dated summaries of the rules about health and work in one place.

Cards live in `resources/content/en/rights/*.toml`. Each carries the date it was last
reviewed, its sources (text only; the app never opens them) and the reminder that it is
information, not legal advice. One card is the fallback for anywhere without its own card.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import Any

from disclosure_helper import content
from disclosure_helper.content import ContentError

FOLDER = "rights"


@dataclass(frozen=True)
class Source:
    title: str
    url: str
    id: str = ""


@dataclass(frozen=True)
class Point:
    """One claim on a card, with the ids of the sources it was checked against."""

    text: str
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Section:
    id: str
    heading: str
    items: tuple[Point, ...]

    @property
    def points(self) -> tuple[str, ...]:
        return tuple(item.text for item in self.items)


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
    timing_sources: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    is_fallback: bool = False
    order: int = 0
    # Provenance (IPDAS): who checked the card and how, when it is next due, and how it is kept up.
    next_review: date | None = None
    reviewed_by: str = ""
    review_method: str = ""
    update_policy: str = ""

    def timing_note(self, moment: str) -> str:
        return self.timing.get(moment, "")

    def source(self, source_id: str) -> Source | None:
        for source in self.sources:
            if source.id == source_id:
                return source
        return None

    def sources_for(self, point: Point) -> tuple[Source, ...]:
        return tuple(s for s in (self.source(i) for i in point.sources) if s is not None)

    def is_past_review(self, today: date | None = None) -> bool:
        """True once the next-review date has passed: the app then says so, gently."""
        return self.next_review is not None and (today or date.today()) > self.next_review


def _require(data: dict, key: str, where: str) -> Any:
    if key not in data or data[key] in ("", None, [], {}):
        raise ContentError(f"{where}: missing '{key}'")
    return data[key]


def _date(data: dict, key: str, where: str) -> date:
    raw = _require(data, key, where)
    try:
        return raw if isinstance(raw, date) else date.fromisoformat(str(raw))
    except ValueError:
        raise ContentError(f"{where}: {key} is not a date") from None


def _source_ids(raw: Any, known: set[str], where: str, required: bool) -> tuple[str, ...]:
    ids = (raw,) if isinstance(raw, str) else tuple(raw or ())
    if required and not ids:
        raise ContentError(f"{where}: every claim needs a source")
    for source_id in ids:
        if source_id not in known:
            raise ContentError(f"{where}: unknown source '{source_id}'")
    return tuple(str(i) for i in ids)


def _text_and_sources(
    raw: object, known: set[str], where: str, required: bool
) -> tuple[str, tuple[str, ...]]:
    """A claim is a plain string (cards without claims) or {text, source}."""
    if isinstance(raw, str):
        return raw.strip(), _source_ids((), known, where, required)
    if not isinstance(raw, dict):
        raise ContentError(f"{where}: a point must be text or a table")
    text = " ".join(str(_require(raw, "text", where)).split())
    return text, _source_ids(raw.get("source"), known, where, required)


def _card(name: str, data: dict) -> RightsCard:
    where = f"{FOLDER}/{name}"
    fallback = bool(data.get("fallback", False))
    reviewed = _date(data, "last_reviewed", where)
    next_review = _date(data, "next_review", where)
    if next_review <= reviewed:
        raise ContentError(f"{where}: next_review must come after last_reviewed")
    sources = tuple(
        Source(
            title=str(_require(s, "title", where)),
            url=str(_require(s, "url", where)),
            id=str(s.get("id", "")),
        )
        for s in _require(data, "sources", where)
    )
    known = {s.id for s in sources if s.id}
    # Claims on a country's card each carry their source; the fallback card only asks questions.
    claims = not fallback
    sections = []
    for s in data.get("sections", []):
        section_id = str(_require(s, "id", where))
        items = []
        for i, raw in enumerate(_require(s, "points", where)):
            text, ids = _text_and_sources(raw, known, f"{where}.{section_id}[{i}]", claims)
            items.append(Point(text, ids))
        sections.append(Section(section_id, str(_require(s, "heading", where)), tuple(items)))
    timing: dict[str, str] = {}
    timing_sources: dict[str, tuple[str, ...]] = {}
    for moment, raw in data.get("timing", {}).items():
        text, ids = _text_and_sources(raw, known, f"{where}.timing.{moment}", claims)
        timing[str(moment)], timing_sources[str(moment)] = text, ids
    return RightsCard(
        id=str(_require(data, "id", where)),
        name=str(_require(data, "name", where)),
        covers=str(data.get("covers", "")),
        title=str(_require(data, "title", where)),
        intro=" ".join(str(_require(data, "intro", where)).split()),
        note=str(_require(data, "note", where)),
        last_reviewed=reviewed,
        sections=tuple(sections),
        sources=sources,
        timing=MappingProxyType(timing),
        timing_sources=MappingProxyType(timing_sources),
        is_fallback=fallback,
        order=int(data.get("order", 0)),
        next_review=next_review,
        reviewed_by=" ".join(str(_require(data, "reviewed_by", where)).split()),
        review_method=" ".join(str(_require(data, "review_method", where)).split()),
        update_policy=" ".join(str(_require(data, "update_policy", where)).split()),
    )


@content.per_language
def load_rights_cards(lang: str | None = None) -> tuple[RightsCard, ...]:
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


def card_for_region(region: str | None, lang: str | None = None) -> RightsCard:
    """The card for a region id; the fallback card for anywhere without its own."""
    cards = load_rights_cards(lang)
    for card in cards:
        if card.id == region:
            return card
    return cards[-1]


def regions(lang: str | None = None) -> list[tuple[str, str]]:
    """(id, name) pairs for a "where do you live" choice, the fallback last."""
    return [(card.id, card.name) for card in load_rights_cards(lang)]


@dataclass(frozen=True)
class AboutContent:
    """Who wrote the content, who paid (no one), conflicts (none), how it is checked."""

    title: str
    intro: str
    overdue: str
    sections: tuple[tuple[str, str], ...]

    def overdue_note(self, when: str) -> str:
        return self.overdue.replace("{date}", when)


@content.per_language
def load_about_content(lang: str | None = None) -> AboutContent:
    data = content.load("about_content", lang)
    where = "about_content"
    return AboutContent(
        title=str(_require(data, "title", where)),
        intro=str(_require(data, "intro", where)),
        overdue=str(_require(data, "overdue", where)),
        sections=tuple(
            (str(_require(s, "heading", where)), " ".join(str(_require(s, "text", where)).split()))
            for s in _require(data, "sections", where)
        ),
    )


__all__ = [
    "AboutContent",
    "Point",
    "RightsCard",
    "Section",
    "Source",
    "card_for_region",
    "load_about_content",
    "load_rights_cards",
    "regions",
]
