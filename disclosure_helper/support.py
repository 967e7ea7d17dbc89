"""Support lines: "If today feels like too much", by the country the person chose.

Passive by design: which line shows depends only on the country, never on anything the
person wrote or rated. Each line's number was checked against the service's own site
on the date it carries. Regions are the rights card ids (see `rights.regions`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from disclosure_helper import content
from disclosure_helper.content import ContentError
from disclosure_helper.rights import card_for_region, load_rights_cards

NAME = "support"
# The vault setting that holds the person's chosen country (a rights region id).
COUNTRY_SETTING = "country"


@dataclass(frozen=True)
class SupportLine:
    regions: tuple[str, ...]
    text: str
    # The same line in a few words, for places with little room; it carries the number too.
    short: str
    number: str
    emergency: str
    source_title: str
    source_url: str
    checked: date


@dataclass(frozen=True)
class SupportContent:
    heading: str
    country_note: str
    lines: tuple[SupportLine, ...]

    def line_for(self, region: str | None) -> SupportLine:
        """The line for a region; the "anywhere else" line for regions without one."""
        card = card_for_region(region)
        for line in self.lines:
            if card.id in line.regions:
                return line
        return self.line_for_fallback()

    def line_for_fallback(self) -> SupportLine:
        fallback = load_rights_cards()[-1].id
        return next(line for line in self.lines if fallback in line.regions)


def _need(data: Mapping, key: str, where: str, allow_empty: bool = False):
    if key not in data or (not allow_empty and data[key] in ("", None, [], {})):
        raise ContentError(f"{where}: missing '{key}'")
    return data[key]


@content.per_language
def load_support(lang: str | None = None) -> SupportContent:
    data = content.load(NAME, lang)
    lines = []
    for i, raw in enumerate(_need(data, "lines", NAME)):
        where = f"{NAME}.lines[{i}]"
        checked = _need(raw, "checked", where)
        if not isinstance(checked, date):
            try:
                checked = date.fromisoformat(str(checked))
            except ValueError:
                raise ContentError(f"{where}: checked is not a date") from None
        source = _need(raw, "source", where)
        line = SupportLine(
            regions=tuple(str(r) for r in _need(raw, "regions", where)),
            text=" ".join(str(_need(raw, "text", where)).split()),
            short=" ".join(str(_need(raw, "short", where)).split()),
            number=str(_need(raw, "number", where)),
            emergency=str(_need(raw, "emergency", where, allow_empty=True)).strip(),
            source_title=str(_need(source, "title", where)),
            source_url=str(_need(source, "url", where)),
            checked=checked,
        )
        if line.number not in line.text or line.number not in line.short:
            raise ContentError(f"{where}: the number must appear in the text and the short text")
        lines.append(line)
    known = {card.id for card in load_rights_cards(lang)}
    covered = [r for line in lines for r in line.regions]
    if sorted(covered) != sorted(known):
        raise ContentError(f"{NAME}: each country needs exactly one support line")
    return SupportContent(
        heading=str(_need(data, "heading", NAME)),
        country_note=str(_need(data, "country_note", NAME)),
        lines=tuple(lines),
    )


def chosen_region(settings, plans=None) -> str | None:
    """The person's country: their setting, else the region of their latest plan, else None."""
    region = settings.get(COUNTRY_SETTING) if settings is not None else None
    if isinstance(region, str) and region in {c.id for c in load_rights_cards()}:
        return region
    if plans is not None:
        recent = plans.summaries()
        if recent:
            return recent[0].region
    return None


__all__ = ["COUNTRY_SETTING", "SupportContent", "SupportLine", "chosen_region", "load_support"]
