"""The guided walk: steps, questions and options loaded from content files into typed objects.

The index `resources/content/en/guide.toml` names the steps in order and holds shared
wording; each step lives in `guide/<step>.toml`. Every question accepts `NOT_SURE`
("not sure yet") and can be left empty: nothing here is ever required.

Answer values are plain JSON so they survive storage and later versions:

- single:   an option id, or {"own": "words"} when the question takes own words
- multi:    a list of option ids and {"own": "words"} items
- weighted: a list of {"id": option id, "weight": n} or {"own": "words", "weight": n}
- text:     a string
- rating:   an int from 1 to len(scale)
- date:     an ISO date string "YYYY-MM-DD" (a `date` is accepted and converted)
- yes_no:   "yes" or "no"

A question with `repeat_for` is asked once for each choice made in another question of
the same step (e.g. trust, for each person they might tell); its value is a dict keyed
by `choice_key()` of those choices.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from types import MappingProxyType
from typing import Any

from disclosure_helper import content
from disclosure_helper.content import ContentError
from disclosure_helper.errors import VaultError
from disclosure_helper.rights import card_for_region, load_rights_cards

INDEX = "guide"
FOLDER = "guide"

# The value meaning "not sure yet". Valid for every question, and counts as an answer
# for progress: thinking it over is part of the walk.
NOT_SURE = "not_sure_yet"

MAX_TEXT_CHARS = 100_000
MAX_OWN_CHARS = 2_000
MAX_ITEMS = 200

WALK = "walk"
DECIDE = "decide"
EXTRA = "extra"
PARTS = (WALK, DECIDE, EXTRA)


class Kind(str, Enum):
    SINGLE = "single"
    MULTI = "multi"
    WEIGHTED = "weighted"
    TEXT = "text"
    RATING = "rating"
    DATE = "date"
    YES_NO = "yes_no"


YES = "yes"
NO = "no"


class InvalidAnswer(VaultError):
    """An answer that does not fit its question. The message is safe to show."""

    default_message = "That answer could not be saved. Please check it and try again."


@dataclass(frozen=True)
class Option:
    id: str
    text: str
    detail: str = ""
    example: str = ""
    note: str = ""
    # A need that people can often ask for without giving a health reason.
    often_without_disclosing: bool = False
    # What the rules say about this option, by rights region id (When step only).
    region_notes: Mapping[str, str] = field(default_factory=dict)
    # "tell" or "private": which way the option leans, so content tests can keep steps balanced.
    side: str = ""
    # "spoken" or "written" (Where step): which sentence starters fit this way of telling.
    mode: str = ""
    # Choosing it means none of the others (e.g. "No one"); per-person questions skip it.
    exclusive: bool = False

    def region_note(self, region: str | None) -> str:
        """What the rules say about this option where the person lives ("" if nothing)."""
        return self.region_notes.get(card_for_region(region).id, "")


@dataclass(frozen=True)
class Question:
    id: str
    kind: Kind
    prompt: str
    help: str = ""
    options: tuple[Option, ...] = ()
    allow_own: bool = False
    scale: tuple[str, ...] = ()
    starters: tuple[str, ...] = ()
    repeat_for: str | None = None
    # When set, the value lives on the Plan itself (e.g. "decision"), not in its answers.
    plan_field: str | None = None
    # "for" or "against" on the Why step's reasons.
    side: str | None = None
    # Sentence starters by mode ("spoken", "written"); `starters` holds them all.
    starter_sets: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # Shown only for these situations, or when the yes/no question `shown_if` is "yes".
    shown_for: tuple[str, ...] = ()
    shown_if: str | None = None

    def option(self, option_id: str) -> Option | None:
        for opt in self.options:
            if opt.id == option_id:
                return opt
        return None

    @property
    def option_ids(self) -> tuple[str, ...]:
        return tuple(o.id for o in self.options)

    def label(self, item: Any) -> str:
        """Readable text for one choice item (an option id or an own-words item)."""
        if isinstance(item, Mapping):
            if "own" in item:
                return str(item["own"])
            item = item.get("id")
        opt = self.option(str(item))
        return opt.text if opt else str(item)

    def validate(self, value: Any) -> Any:
        """Return the value in its stored form, or raise InvalidAnswer with a kind message."""
        if value == NOT_SURE:
            return NOT_SURE
        if self.repeat_for:
            if not isinstance(value, Mapping):
                raise InvalidAnswer("That answer could not be saved. Please try again.")
            return {
                str(k): (NOT_SURE if v == NOT_SURE else self._validate_one(v))
                for k, v in value.items()
                if not is_empty(v)
            }
        return self._validate_one(value)

    def _validate_one(self, value: Any) -> Any:
        kind = self.kind
        if kind is Kind.TEXT:
            return _text(value, MAX_TEXT_CHARS)
        if kind is Kind.DATE:
            if isinstance(value, date):
                return value.isoformat()
            try:
                return date.fromisoformat(str(value)).isoformat()
            except ValueError:
                raise InvalidAnswer(
                    "That does not look like a date. Please pick one from the calendar."
                ) from None
        if kind is Kind.YES_NO:
            if value in (YES, NO):
                return value
            if value is True or value is False:
                return YES if value else NO
            raise InvalidAnswer("Please choose yes, no or not sure yet.")
        if kind is Kind.RATING:
            return self._rating(value)
        if kind is Kind.SINGLE:
            return self._choice(value)
        if kind is Kind.MULTI:
            items = _list(value)
            out, seen = [], set()
            for item in items:
                clean = self._choice(item)
                key = choice_key(clean)
                if key not in seen:
                    seen.add(key)
                    out.append(clean)
            return out
        if kind is Kind.WEIGHTED:
            out, seen = [], set()
            for item in _list(value):
                if not isinstance(item, Mapping) or "weight" not in item:
                    raise InvalidAnswer("Please say how much this matters to you.")
                choice = {"own": item["own"]} if "own" in item else item.get("id")
                clean = self._choice(choice)
                key = choice_key(clean)
                if key in seen:
                    continue
                seen.add(key)
                entry = dict(clean) if isinstance(clean, dict) else {"id": clean}
                entry["weight"] = self._rating(item["weight"])
                out.append(entry)
            return out
        raise InvalidAnswer()  # pragma: no cover - kinds are checked when content loads

    def _rating(self, value: Any) -> int:
        top = len(self.scale)
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= top:
            raise InvalidAnswer("Please choose a point from 1 to {top}.", top=top)
        return value

    def _choice(self, value: Any) -> Any:
        if isinstance(value, Mapping) and "own" in value:
            if not self.allow_own:
                raise InvalidAnswer("Please choose one of the options.")
            words = _text(value["own"], MAX_OWN_CHARS).strip()
            if not words:
                raise InvalidAnswer("Please write a few words, or choose an option.")
            return {"own": words}
        if isinstance(value, str) and value in self.option_ids:
            return value
        raise InvalidAnswer("Please choose one of the options.")


@dataclass(frozen=True)
class Reference:
    id: str
    title: str
    url: str


@dataclass(frozen=True)
class EvidencePoint:
    text: str
    sources: tuple[Reference, ...]


@dataclass(frozen=True)
class Step:
    id: str
    part: str
    title: str
    intro: str
    questions: tuple[Question, ...]
    # Where the step's questions come from (e.g. the SURE test), shown under them.
    source: str = ""
    # What research has found (Why step): each point with the sources it rests on.
    evidence_heading: str = ""
    evidence: tuple[EvidencePoint, ...] = ()

    def shows(
        self, question: Question, situation: str | None, answers: Mapping[str, Any]
    ) -> bool:
        """Whether a question fits this plan's situation (e.g. signs for peer roles)."""
        if not question.shown_for and not question.shown_if:
            return True
        if situation is not None and situation in question.shown_for:
            return True
        if not question.shown_if:
            return False
        return answers.get(question.shown_if) == YES

    def question(self, question_id: str) -> Question | None:
        for q in self.questions:
            if q.id == question_id:
                return q
        return None

    @property
    def answer_questions(self) -> tuple[Question, ...]:
        """Questions whose values are kept in the plan's answers (not on the plan itself)."""
        return tuple(q for q in self.questions if q.plan_field is None)


@dataclass(frozen=True)
class Situation:
    id: str
    text: str
    detail: str = ""


@dataclass(frozen=True)
class WeightedItem:
    label: str
    weight: int
    own_words: bool


@dataclass(frozen=True)
class Balance:
    """What matters to the person on each side. Sums only: the app draws it, never judges it."""

    for_items: tuple[WeightedItem, ...]
    against_items: tuple[WeightedItem, ...]

    @property
    def for_total(self) -> int:
        return sum(i.weight for i in self.for_items)

    @property
    def against_total(self) -> int:
        return sum(i.weight for i in self.against_items)


@dataclass(frozen=True)
class ScriptPart:
    question_id: str
    title: str
    text: str


@dataclass(frozen=True)
class Guide:
    steps: tuple[Step, ...]
    situations: tuple[Situation, ...]
    not_sure_text: str
    skip_note: str
    own_words_text: str
    # A plan's status ("thinking", "decided", "revisit_due") in words, from the
    # decision step's [status] table.
    status_labels: Mapping[str, str] = field(default_factory=dict)
    # Headings over sentence starters by mode ("spoken" -> "If you are talking").
    starter_modes: Mapping[str, str] = field(default_factory=dict)

    def starters_for(
        self, question: Question, answers: Mapping[str, Mapping[str, Any]]
    ) -> list[tuple[str, tuple[str, ...]]]:
        """(heading, starters) groups that fit how this plan says the words will be given.

        The modes come from the options chosen anywhere in the plan (the Where page); with
        none chosen, every group shows. A question without groups gives one, unheaded.
        """
        if not question.starter_sets:
            return [("", question.starters)] if question.starters else []
        chosen: set[str] = set()
        for step in self.steps:
            step_answers = answers.get(step.id, {})
            for q in step.questions:
                if not any(o.mode for o in q.options):
                    continue
                value = step_answers.get(q.id)
                items = value if isinstance(value, list) else [value]
                for item in items:
                    option = q.option(item) if isinstance(item, str) else None
                    if option is not None and option.mode:
                        chosen.add(option.mode)
        modes = [m for m in question.starter_sets if m in chosen] or list(question.starter_sets)
        return [(self.starter_modes.get(m, ""), question.starter_sets[m]) for m in modes]

    def status_label(self, status: str) -> str:
        """The words for a plan status ("Time to look again"); readable even if missing."""
        return self.status_labels.get(status) or status.replace("_", " ").capitalize()

    def step(self, step_id: str) -> Step:
        for s in self.steps:
            if s.id == step_id:
                return s
        raise KeyError(step_id)

    def has_step(self, step_id: str) -> bool:
        return any(s.id == step_id for s in self.steps)

    def question(self, step_id: str, question_id: str) -> Question | None:
        if not self.has_step(step_id):
            return None
        return self.step(step_id).question(question_id)

    def steps_in(self, part: str) -> tuple[Step, ...]:
        return tuple(s for s in self.steps if s.part == part)

    @property
    def walk_steps(self) -> tuple[Step, ...]:
        """The six pages of the walk: why, who, what, when, where, how."""
        return self.steps_in(WALK)

    def situation(self, situation_id: str) -> Situation | None:
        for s in self.situations:
            if s.id == situation_id:
                return s
        return None

    def validate_answers(self, step_id: str, answers: Mapping[str, Any]) -> dict[str, Any]:
        """Clean one step's answers for storage, dropping empty ones.

        Answers to questions this version does not know are kept as they are, so an
        older app never throws away what a newer one wrote.
        """
        step = self.step(step_id) if self.has_step(step_id) else None
        out: dict[str, Any] = {}
        for qid, value in answers.items():
            if is_empty(value):
                continue
            question = step.question(qid) if step else None
            if question and question.plan_field:
                # Kept on the record itself; storing it twice would let the two disagree.
                raise InvalidAnswer(
                    "That answer could not be saved here. Please set it on the page itself."
                )
            out[str(qid)] = question.validate(value) if question else value
            if is_empty(out[str(qid)]):
                del out[str(qid)]
        return out

    def balance(self, answers: Mapping[str, Mapping[str, Any]]) -> Balance:
        """The weighted reasons for and against from the Why step."""
        sides: dict[str, list[WeightedItem]] = {"for": [], "against": []}
        for step in self.steps:
            step_answers = answers.get(step.id, {})
            for q in step.questions:
                if q.kind is not Kind.WEIGHTED or q.side not in sides:
                    continue
                value = step_answers.get(q.id)
                if not isinstance(value, list):
                    continue
                for item in value:
                    if not isinstance(item, Mapping):
                        continue
                    sides[q.side].append(
                        WeightedItem(q.label(item), int(item.get("weight", 0)), "own" in item)
                    )
        return Balance(tuple(sides["for"]), tuple(sides["against"]))

    def script(self, answers: Mapping[str, Mapping[str, Any]]) -> list[ScriptPart]:
        """The words written in the script builder, in order, leaving out empty parts."""
        parts = []
        for step in self.steps:
            step_answers = answers.get(step.id, {})
            for q in step.questions:
                if not q.starters:
                    continue
                text = step_answers.get(q.id)
                if isinstance(text, str) and text.strip() and text != NOT_SURE:
                    parts.append(ScriptPart(q.id, q.prompt, text.strip()))
        return parts


def choice_key(item: Any) -> str:
    """A stable key for a choice item: the option id, or "own:<words>"."""
    if isinstance(item, Mapping):
        if "own" in item:
            return f"own:{item['own']}"
        return str(item.get("id"))
    return str(item)


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _text(value: Any, limit: int) -> str:
    if not isinstance(value, str):
        raise InvalidAnswer("That answer could not be saved. Please try again.")
    if len(value) > limit:
        raise InvalidAnswer(
            "That is longer than this box can keep ({limit} characters). "
            "Your words are still on screen; please shorten them a little.",
            limit=limit,
        )
    # Lone surrogates cannot be encoded for storage; replace them rather than lose the text.
    return value.encode("utf-8", "replace").decode("utf-8") if _has_surrogates(value) else value


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _list(value: Any) -> list:
    if not isinstance(value, (list, tuple)):
        raise InvalidAnswer("That answer could not be saved. Please try again.")
    if len(value) > MAX_ITEMS:
        raise InvalidAnswer("That is more choices than this question can keep.")
    return list(value)


# -- loading -------------------------------------------------------------------


def _need(data: Mapping, key: str, where: str) -> Any:
    value = data.get(key)
    if value in (None, "", [], {}):
        raise ContentError(f"{where}: missing '{key}'")
    return value


def _option(data: Mapping, where: str, region_notes: Mapping[str, str]) -> Option:
    return Option(
        id=str(_need(data, "id", where)),
        text=str(_need(data, "text", where)).strip(),
        detail=str(data.get("detail", "")).strip(),
        example=str(data.get("example", "")).strip(),
        note=str(data.get("note", "")).strip(),
        often_without_disclosing=bool(data.get("often_without_disclosing", False)),
        region_notes=MappingProxyType(dict(region_notes)),
        side=_choice_of(data, "side", ("", "tell", "private"), where),
        mode=_choice_of(data, "mode", ("", "spoken", "written"), where),
        exclusive=bool(data.get("exclusive", False)),
    )


@content.per_language
def load_options(name: str, lang: str | None = None) -> tuple[Option, ...]:
    """A list of options kept in its own content file, shared by more than one feature.

    The needs list (`adjustments/needs`) is one: the Why page asks which needs fit, and
    My adjustments builds on the same list. A question names the file with `options_from`.
    """
    return tuple(
        _option(o, name, {}) for o in _need(content.load(name, lang), "options", name)
    )


def _choice_of(data: Mapping, key: str, allowed: tuple[str, ...], where: str) -> str:
    value = str(data.get(key, ""))
    if value not in allowed:
        raise ContentError(f"{where}: {key} must be one of {', '.join(a for a in allowed if a)}")
    return value


def _question(
    data: Mapping, where: str, default_scale: tuple[str, ...], lang: str | None
) -> Question:
    qid = str(_need(data, "id", where))
    where = f"{where}.{qid}"
    try:
        kind = Kind(str(_need(data, "kind", where)))
    except ValueError:
        raise ContentError(f"{where}: unknown kind '{data.get('kind')}'") from None
    timing_cards = load_rights_cards(lang) if data.get("rights_timing") else ()
    if data.get("options_from"):
        if data.get("options") or timing_cards:
            raise ContentError(f"{where}: options_from cannot be mixed with options")
        options = load_options(str(data["options_from"]), lang)
    else:
        options = tuple(
            _option(
                o,
                where,
                {card.id: card.timing_note(str(o.get("id"))) for card in timing_cards},
            )
            for o in data.get("options", [])
        )
    if kind in (Kind.SINGLE, Kind.MULTI, Kind.WEIGHTED) and not options:
        raise ContentError(f"{where}: a choice question needs options")
    ids = [o.id for o in options]
    if len(set(ids)) != len(ids) or NOT_SURE in ids:
        raise ContentError(f"{where}: option ids must be unique and not '{NOT_SURE}'")
    scale = tuple(str(s) for s in data.get("scale", default_scale))
    side = data.get("side")
    if side not in (None, "for", "against"):
        raise ContentError(f"{where}: side must be 'for' or 'against'")
    sets_raw = data.get("starter_sets", {})
    if not isinstance(sets_raw, Mapping):
        raise ContentError(f"{where}: starter_sets must be a table of lists")
    starter_sets = {str(m): tuple(str(x) for x in v) for m, v in sets_raw.items()}
    for mode in starter_sets:
        if mode not in ("spoken", "written"):
            raise ContentError(f"{where}: starter_sets are 'spoken' or 'written'")
    starters = tuple(str(s) for s in data.get("starters", []))
    starters += tuple(x for group in starter_sets.values() for x in group)
    return Question(
        id=qid,
        kind=kind,
        prompt=str(_need(data, "prompt", where)).strip(),
        help=" ".join(str(data.get("help", "")).split()),
        options=options,
        allow_own=bool(data.get("allow_own", False)),
        scale=scale if kind in (Kind.RATING, Kind.WEIGHTED) else (),
        starters=starters,
        repeat_for=data.get("repeat_for"),
        plan_field=data.get("plan_field"),
        side=side,
        starter_sets=MappingProxyType(starter_sets),
        shown_for=tuple(str(x) for x in data.get("shown_for", ())),
        shown_if=data.get("shown_if"),
    )


def _step(step_id: str, data: Mapping, default_scale: tuple[str, ...], lang: str | None) -> Step:
    where = f"{FOLDER}/{step_id}"
    if data.get("id") != step_id:
        raise ContentError(f"{where}: id must match the file name")
    part = str(_need(data, "part", where))
    if part not in PARTS:
        raise ContentError(f"{where}: unknown part '{part}'")
    questions = tuple(
        _question(q, where, default_scale, lang) for q in _need(data, "questions", where)
    )
    ids = [q.id for q in questions]
    if len(set(ids)) != len(ids):
        raise ContentError(f"{where}: question ids must be unique")
    for q in questions:
        if q.repeat_for and q.repeat_for not in ids:
            raise ContentError(f"{where}.{q.id}: repeat_for names no question in this step")
        gate = next((x for x in questions if x.id == q.shown_if), None) if q.shown_if else None
        if q.shown_if and (gate is None or gate.kind is not Kind.YES_NO):
            raise ContentError(f"{where}.{q.id}: shown_if names no yes/no question here")
    heading, evidence = _evidence(data.get("evidence"), where)
    return Step(
        id=step_id,
        part=part,
        title=str(_need(data, "title", where)).strip(),
        intro=str(_need(data, "intro", where)).strip(),
        questions=questions,
        source=" ".join(str(data.get("source", "")).split()),
        evidence_heading=heading,
        evidence=evidence,
    )


def _evidence(data: Any, where: str) -> tuple[str, tuple[EvidencePoint, ...]]:
    """Research findings, each point naming the sources it rests on."""
    if not data:
        return "", ()
    where = f"{where}.evidence"
    refs = {
        str(_need(r, "id", where)): Reference(
            id=str(r["id"]),
            title=" ".join(str(_need(r, "title", where)).split()),
            url=str(_need(r, "url", where)),
        )
        for r in _need(data, "sources", where)
    }
    points = []
    for raw in _need(data, "points", where):
        ids = raw.get("source", ())
        ids = (ids,) if isinstance(ids, str) else tuple(ids)
        if not ids or any(i not in refs for i in ids):
            raise ContentError(f"{where}: every finding needs a known source")
        points.append(EvidencePoint(" ".join(str(_need(raw, "text", where)).split()),
                                    tuple(refs[i] for i in ids)))
    return str(_need(data, "heading", where)), tuple(points)


def _status_labels(data: Mapping, where: str) -> dict[str, str]:
    table = data.get("status", {})
    if not isinstance(table, Mapping):
        raise ContentError(f"{where}: status must be a table of labels")
    labels = {}
    for status, words in table.items():
        if not isinstance(words, str) or not words.strip():
            raise ContentError(f"{where}: status '{status}' needs a label")
        labels[str(status)] = words.strip()
    return labels


@content.per_language
def load_guide(lang: str | None = None) -> Guide:
    """The whole guide, validated. Raises ContentError for a faulty content file."""
    index = content.load(INDEX, lang)
    default_scale = tuple(str(s) for s in _need(index, "rating_scale", INDEX))
    steps = []
    status_labels: dict[str, str] = {}
    for step_id in _need(index, "steps", INDEX):
        data = content.load(f"{FOLDER}/{step_id}", lang)
        steps.append(_step(str(step_id), data, default_scale, lang))
        status_labels.update(_status_labels(data, f"{FOLDER}/{step_id}"))
    situations_data = content.load("situations", lang)
    situations = tuple(
        Situation(
            id=str(_need(s, "id", "situations")),
            text=str(_need(s, "text", "situations")).strip(),
            detail=str(s.get("detail", "")).strip(),
        )
        for s in _need(situations_data, "situations", "situations")
    )
    return Guide(
        steps=tuple(steps),
        situations=situations,
        not_sure_text=str(_need(index, "not_sure", INDEX)),
        skip_note=str(_need(index, "skip_note", INDEX)).strip(),
        own_words_text=str(_need(index, "own_words", INDEX)),
        status_labels=MappingProxyType(status_labels),
        starter_modes=MappingProxyType(
            {str(k): str(v) for k, v in index.get("starter_modes", {}).items()}),
    )


__all__ = [
    "NOT_SURE",
    "YES",
    "NO",
    "Balance",
    "Guide",
    "InvalidAnswer",
    "Kind",
    "Option",
    "Question",
    "ScriptPart",
    "Situation",
    "Step",
    "WeightedItem",
    "choice_key",
    "is_empty",
    "EvidencePoint",
    "Reference",
    "load_guide",
    "load_options",
]
