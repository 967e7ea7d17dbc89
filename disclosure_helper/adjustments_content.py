"""My adjustments' words, loaded from `resources/content/<lang>/adjustments/`.

The needs list itself is the one the plan's Why page uses (`adjustments/needs.toml`, read
through `guide.load_options`), so the two never drift apart. Everything else here is the
passport's parts, status words, review prompts, request letters by country and the
Access to Work checklist. Facts carry source ids that must name a known source.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Any

from disclosure_helper import content
from disclosure_helper.adjustments_model import PassportField, ReviewReason, Status
from disclosure_helper.content import ContentError
from disclosure_helper.guide import Option, load_options

FOLDER = "adjustments"
NEEDS = f"{FOLDER}/needs"
LETTERS = f"{FOLDER}/letters"
# Parts of a letter that rest on a fact and so may carry sources.
SOURCED_PARTS = ("health_link", "talk", "documentation", "write_down", "access_to_work")
PLAIN_PARTS = (
    "greeting", "greeting_no_name", "opening", "own_words", "hard_things", "list_intro",
    "details", "helps", "contact", "confirm", "closing", "sign_off",
)


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    url: str


@dataclass(frozen=True)
class Sourced:
    """A sentence or two that states a fact, with the ids of where it comes from."""

    text: str
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class FieldText:
    id: str
    label: str
    help: str
    sensitive: bool = False


@dataclass(frozen=True)
class StatusText:
    id: str
    label: str
    description: str
    line: str
    asks: tuple[str, ...]


@dataclass(frozen=True)
class PassportText:
    title: str
    intro: str
    own_words: str
    fields: tuple[FieldText, ...]
    statuses: tuple[StatusText, ...]
    details: Mapping[str, str]
    document: Mapping[str, Any]

    def field(self, field_id: PassportField | str) -> FieldText:
        key = PassportField(field_id).value
        return next(f for f in self.fields if f.id == key)

    def status(self, status: Status | str) -> StatusText:
        key = Status(status).value
        return next(s for s in self.statuses if s.id == key)


@dataclass(frozen=True)
class ReasonText:
    id: str
    label: str
    prompt: str


@dataclass(frozen=True)
class ReviewText:
    every_months: int
    intro: Sourced
    due_passport: str
    due_adjustment: str
    reviewed: str
    reasons: tuple[ReasonText, ...]
    questions_heading: str
    questions: tuple[str, ...]

    def reason(self, reason: ReviewReason | str) -> ReasonText:
        key = ReviewReason(reason).value
        return next(r for r in self.reasons if r.id == key)


@dataclass(frozen=True)
class LetterText:
    """One country's request letter: its plain parts, its sourced parts, notes for the person."""

    id: str
    name: str
    title: str
    title_plain: str
    parts: Mapping[str, str]
    sourced: Mapping[str, Sourced]
    notes: tuple[Sourced, ...]
    is_fallback: bool = False

    def part(self, name: str) -> str:
        if name in self.sourced:
            return self.sourced[name].text
        return self.parts.get(name, "")

    def has(self, name: str) -> bool:
        return bool(self.part(name))


@dataclass(frozen=True)
class CheckItemText:
    id: str
    label: str
    # A passport field id, "needs", or None for something to have ready.
    source: str | None
    hint: str = ""


@dataclass(frozen=True)
class CheckSectionText:
    id: str
    heading: str
    items: tuple[CheckItemText, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True)
class AccessToWorkText:
    title: str
    intro: Sourced
    missing: str
    have_ready: str
    notes_heading: str
    notes: tuple[Sourced, ...]
    sections: tuple[CheckSectionText, ...]


@dataclass(frozen=True)
class AdjustmentsContent:
    needs: tuple[Option, ...]
    needs_sources: tuple[str, ...]
    passport: PassportText
    review: ReviewText
    letters: tuple[LetterText, ...]
    access_to_work: AccessToWorkText
    sources: Mapping[str, Source]
    last_reviewed: date

    def need(self, need_id: str) -> Option | None:
        for option in self.needs:
            if option.id == need_id:
                return option
        return None

    def letter_for_region(self, region: str | None) -> LetterText:
        """The letter for a rights region id; the general letter anywhere else."""
        for letter in self.letters:
            if letter.id == region and not letter.is_fallback:
                return letter
        return next(letter for letter in self.letters if letter.is_fallback)

    def cited(self, ids: tuple[str, ...]) -> tuple[Source, ...]:
        return tuple(self.sources[i] for i in ids)


# -- loading -----------------------------------------------------------------------------------


def _need(data: Mapping, key: str, where: str) -> Any:
    value = data.get(key)
    if value in (None, "", [], {}):
        raise ContentError(f"{where}: missing '{key}'")
    return value


def _text(data: Mapping, key: str, where: str) -> str:
    return " ".join(str(_need(data, key, where)).split())


def _sourced(data: Any, where: str) -> Sourced:
    if isinstance(data, str):
        return Sourced(" ".join(data.split()))
    if not isinstance(data, Mapping):
        raise ContentError(f"{where}: expected text or a table with text")
    return Sourced(_text(data, "text", where), tuple(str(s) for s in data.get("sources", [])))


def _date(data: Mapping, where: str) -> date:
    raw = _need(data, "last_reviewed", where)
    try:
        return raw if isinstance(raw, date) else date.fromisoformat(str(raw))
    except ValueError:
        raise ContentError(f"{where}: last_reviewed is not a date") from None


def _passport(lang: str | None) -> PassportText:
    where = f"{FOLDER}/passport"
    data = content.load(where, lang)
    fields = tuple(
        FieldText(
            id=str(_need(f, "id", where)),
            label=_text(f, "label", where),
            help=_text(f, "help", where),
            sensitive=bool(f.get("sensitive", False)),
        )
        for f in _need(data, "fields", where)
    )
    if [f.id for f in fields] != [p.value for p in PassportField]:
        raise ContentError(f"{where}: fields must match the passport's parts, in order")
    statuses = tuple(
        StatusText(
            id=str(_need(s, "id", where)),
            label=_text(s, "label", where),
            description=_text(s, "description", where),
            line=_text(s, "line", where),
            asks=tuple(str(a) for a in s.get("asks", [])),
        )
        for s in _need(data, "statuses", where)
    )
    if [s.id for s in statuses] != [s.value for s in Status]:
        raise ContentError(f"{where}: statuses must match the app's statuses, in order")
    details = {str(k): " ".join(str(v).split()) for k, v in _need(data, "details", where).items()}
    document = dict(_need(data, "document", where))
    return PassportText(
        title=_text(data, "title", where),
        intro=_text(data, "intro", where),
        own_words=_text(data, "own_words", where),
        fields=fields,
        statuses=statuses,
        details=MappingProxyType(details),
        document=MappingProxyType(document),
    )


def _review(lang: str | None) -> ReviewText:
    where = f"{FOLDER}/review"
    data = content.load(where, lang)
    every = data.get("every_months")
    if not isinstance(every, int) or not 1 <= every <= 24:
        raise ContentError(f"{where}: every_months must be a number of months")
    reasons = tuple(
        ReasonText(
            id=str(_need(r, "id", where)),
            label=_text(r, "label", where),
            prompt=_text(r, "prompt", where),
        )
        for r in _need(data, "reasons", where)
    )
    if [r.id for r in reasons] != [r.value for r in ReviewReason]:
        raise ContentError(f"{where}: reasons must match the app's review reasons, in order")
    questions = _need(data, "questions", where)
    return ReviewText(
        every_months=every,
        intro=Sourced(_text(data, "intro", where), tuple(data.get("sources", []))),
        due_passport=_text(data, "due_passport", where),
        due_adjustment=_text(data, "due_adjustment", where),
        reviewed=_text(data, "reviewed", where),
        reasons=reasons,
        questions_heading=_text(questions, "heading", where),
        questions=tuple(" ".join(str(q).split()) for q in _need(questions, "items", where)),
    )


def _letter(name: str, lang: str | None) -> LetterText:
    data = content.load(name, lang)
    raw = _need(data, "parts", name)
    parts: dict[str, str] = {}
    sourced: dict[str, Sourced] = {}
    for key, value in raw.items():
        if key == "more":
            parts.update({str(k): " ".join(str(v).split()) for k, v in value.items()})
        elif key in SOURCED_PARTS:
            sourced[key] = _sourced(value, f"{name}.{key}")
        else:
            parts[str(key)] = " ".join(str(value).split())
    missing = [p for p in PLAIN_PARTS if not parts.get(p)]
    if missing or "health_link" not in sourced or "talk" not in sourced:
        raise ContentError(f"{name}: missing letter parts {missing or ['health_link/talk']}")
    unknown = set(parts) - set(PLAIN_PARTS)
    if unknown:
        raise ContentError(f"{name}: unknown letter parts {sorted(unknown)}")
    return LetterText(
        id=str(_need(data, "id", name)),
        name=_text(data, "name", name),
        title=_text(data, "title", name),
        title_plain=_text(data, "title_plain", name),
        parts=MappingProxyType(parts),
        sourced=MappingProxyType(sourced),
        notes=tuple(_sourced(n, f"{name}.notes") for n in data.get("notes", [])),
        is_fallback=bool(data.get("fallback", False)),
    )


def _access_to_work(lang: str | None) -> AccessToWorkText:
    where = f"{FOLDER}/access_to_work"
    data = content.load(where, lang)
    known = {p.value for p in PassportField} | {"needs"}
    sections = []
    for s in _need(data, "sections", where):
        items = []
        for i in _need(s, "items", where):
            source = i.get("from")
            if source is not None and source not in known:
                raise ContentError(f"{where}: unknown 'from' {source!r}")
            items.append(
                CheckItemText(
                    id=str(_need(i, "id", where)),
                    label=_text(i, "label", where),
                    source=source,
                    hint=" ".join(str(i.get("hint", "")).split()),
                )
            )
        sections.append(
            CheckSectionText(
                id=str(_need(s, "id", where)),
                heading=_text(s, "heading", where),
                items=tuple(items),
                sources=tuple(str(x) for x in s.get("sources", [])),
            )
        )
    return AccessToWorkText(
        title=_text(data, "title", where),
        intro=Sourced(_text(data, "intro", where), tuple(data.get("intro_sources", []))),
        missing=_text(data, "missing", where),
        have_ready=_text(data, "have_ready", where),
        notes_heading=_text(data, "notes_heading", where),
        notes=tuple(_sourced(n, f"{where}.notes") for n in data.get("notes", [])),
        sections=tuple(sections),
    )


def _sources(lang: str | None) -> dict[str, Source]:
    where = f"{FOLDER}/sources"
    data = content.load(where, lang)
    out: dict[str, Source] = {}
    for s in _need(data, "sources", where):
        source = Source(
            id=str(_need(s, "id", where)),
            title=_text(s, "title", where),
            url=str(_need(s, "url", where)).strip(),
        )
        if source.id in out:
            raise ContentError(f"{where}: source ids must be unique ({source.id})")
        out[source.id] = source
    return out


def cited_ids(text: AdjustmentsContent) -> set[str]:
    """Every source id the content names, wherever it is."""
    ids = set(text.needs_sources) | set(text.review.intro.sources)
    ids |= set(text.passport.document.get("review_sources", []))
    for letter in text.letters:
        ids |= {i for part in letter.sourced.values() for i in part.sources}
        ids |= {i for note in letter.notes for i in note.sources}
    atw = text.access_to_work
    ids |= set(atw.intro.sources) | {i for n in atw.notes for i in n.sources}
    ids |= {i for s in atw.sections for i in s.sources}
    return ids


@content.per_language
def load_adjustments_content(lang: str | None = None) -> AdjustmentsContent:
    """All of My adjustments' words, validated, in `lang` (default: the person's
    language). Raises ContentError for a faulty file."""
    needs_data = content.load(NEEDS, lang)
    skip = {str(n) for n in needs_data.get("not_an_adjustment", [])}
    letters = tuple(_letter(name, lang) for name in content.available(LETTERS, lang))
    if sum(1 for letter in letters if letter.is_fallback) != 1:
        raise ContentError(f"{LETTERS}: there must be exactly one fallback letter")
    loaded = AdjustmentsContent(
        needs=tuple(o for o in load_options(NEEDS, lang) if o.id not in skip),
        needs_sources=tuple(str(s) for s in needs_data.get("sources", [])),
        passport=_passport(lang),
        review=_review(lang),
        letters=letters,
        access_to_work=_access_to_work(lang),
        sources=MappingProxyType(_sources(lang)),
        last_reviewed=_date(content.load(f"{FOLDER}/sources", lang), f"{FOLDER}/sources"),
    )
    unknown = cited_ids(loaded) - set(loaded.sources)
    if unknown:
        raise ContentError(f"{FOLDER}: unknown source ids {sorted(unknown)}")
    return loaded


def need_label(need_id: str, lang: str | None = None) -> str:
    """The needs list's name for a need id ("" if this version does not know it)."""
    option = load_adjustments_content(lang).need(need_id)
    return option.text if option else ""


__all__ = [
    "AccessToWorkText",
    "AdjustmentsContent",
    "CheckItemText",
    "CheckSectionText",
    "FieldText",
    "LetterText",
    "PassportText",
    "ReasonText",
    "ReviewText",
    "Source",
    "Sourced",
    "StatusText",
    "cited_ids",
    "load_adjustments_content",
    "need_label",
]
