"""The printable plan as plain data: what goes into it and in what order, never how it looks.

`plan_document()` picks and words the sections the person chose; the UI lays the result
out as a PDF (ui/widgets/plan_pdf.py, through the shared renderer), as the journal's
export is built here and laid out there. The words the UI translates itself come in as
`ExportWords` (English by default), so the same sentences reach the page in any language.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from disclosure_helper.guide import Guide
from disclosure_helper.plan_model import (
    CHECKLIST_STEP,
    DECISION_STEP,
    DecisionChange,
    Plan,
    SureCheck,
)
from disclosure_helper.plan_text import (
    AnswerWords,
    decision_text,
    describe_answer,
    format_day,
    local_day,
)
from disclosure_helper.rights import card_for_region

# Section keys besides the guide's own steps.
SUMMARY = "summary"
SURE = "sure"
HISTORY = "history"
RIGHTS = "rights"


@dataclass(frozen=True)
class ExportWords:
    """Sentences of the export that are not content. `%1`, `%2` stand for dates and counts."""

    notice: str = ("This file is not encrypted. Anyone who opens it can read it. Keep it "
                   "somewhere safe, and delete it when you no longer need it.")
    summary_section: str = "Decision, date to look again and next steps"
    sure_section: str = "SURE checks over time"
    history_section: str = "How the decision changed"
    rights_section: str = "Where to find your rights"
    printed_on: str = "Printed on %1"
    where_i_am: str = "Where I am now"
    look_again: str = "I will look at this again on %1."
    next_steps: str = "Next steps"
    nothing_yet: str = "Nothing written here yet."
    no_history: str = "The decision has not changed yet."
    no_checks: str = "No checks saved yet."
    sure_score: str = "%1: %2 of 4 yes"
    last_reviewed: str = "Last reviewed %1."
    answers: AnswerWords = field(default_factory=AnswerWords)


# -- the blocks a section is made of ---------------------------------------------------------


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Prompt:
    """A question as it was asked."""

    text: str


@dataclass(frozen=True)
class Answer:
    text: str
    strong: bool = False


@dataclass(frozen=True)
class Lines:
    """An answer (or a list of sources) of several lines."""

    items: tuple[str, ...]


@dataclass(frozen=True)
class Quiet:
    """A line of lesser weight: nothing written yet, a review date."""

    text: str


Block = Heading | Prompt | Answer | Lines | Quiet


@dataclass(frozen=True)
class PlanDocument:
    notice: str
    title: str
    meta: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class ExportSection:
    key: str
    title: str
    default: bool


def export_sections(guide: Guide, words: ExportWords | None = None) -> list[ExportSection]:
    """What the person can choose to include. The summary and the script start ticked."""
    words = words or ExportWords()
    sections = [ExportSection(SUMMARY, words.summary_section, True)]
    for step in guide.walk_steps:
        sections.append(ExportSection(step.id, step.title, step.id == "how"))
    if guide.has_step(CHECKLIST_STEP):
        sections.append(ExportSection(CHECKLIST_STEP, guide.step(CHECKLIST_STEP).title, False))
    sections.append(ExportSection(SURE, words.sure_section, False))
    sections.append(ExportSection(HISTORY, words.history_section, False))
    sections.append(ExportSection(RIGHTS, words.rights_section, False))
    return sections


def _answers(guide: Guide, step_id: str, answers: Mapping, words: ExportWords) -> list[Block]:
    """Each answered question of a step: its prompt, then its answer in one or more lines.
    Questions kept on the plan itself are written by the summary instead."""
    out: list[Block] = []
    for question in guide.step(step_id).questions:
        if question.plan_field:
            continue
        lines = describe_answer(guide, question, answers.get(question.id), words.answers)
        if not lines:
            continue
        out.append(Prompt(question.prompt))
        out.append(Answer(lines[0]) if len(lines) == 1 else Lines(tuple(lines)))
    return out


def plan_document(
    guide: Guide,
    plan: Plan,
    sections: Sequence[str],
    history: Sequence[DecisionChange] = (),
    sure_checks: Sequence[SureCheck] = (),
    today: date | None = None,
    words: ExportWords | None = None,
) -> PlanDocument:
    """The printable plan: the not-encrypted note, the title, then the chosen sections."""
    words = words or ExportWords()
    today = today or date.today()
    chosen = set(sections)
    situation = guide.situation(plan.situation)
    card = card_for_region(plan.region)
    meta = " \u00b7 ".join(
        p for p in (situation.text if situation else "", card.name,
                    words.printed_on.replace("%1", format_day(today))) if p)
    blocks: list[Block] = []
    if SUMMARY in chosen:
        blocks.append(Heading(words.where_i_am))
        blocks.append(Answer(decision_text(plan.decision, guide), strong=True))
        if plan.revisit_on:
            blocks.append(Answer(words.look_again.replace("%1", format_day(plan.revisit_on))))
        if plan.next_steps.strip():
            blocks.append(Prompt(words.next_steps))
            blocks.append(Answer(plan.next_steps.strip()))
        if guide.has_step(DECISION_STEP):
            blocks += _answers(guide, DECISION_STEP, plan.answers.get(DECISION_STEP, {}), words)
    for step in guide.steps:
        if step.id not in chosen or step.id == DECISION_STEP:
            continue
        blocks.append(Heading(step.title))
        body = _answers(guide, step.id, plan.answers.get(step.id, {}), words)
        blocks += body or [Quiet(words.nothing_yet)]
    if SURE in chosen:
        blocks.append(Heading(words.sure_section))
        if not sure_checks:
            blocks.append(Quiet(words.no_checks))
        for check in sure_checks:
            blocks.append(Answer(words.sure_score.replace(
                "%1", format_day(local_day(check.checked_at))).replace("%2", str(check.score))))
    if HISTORY in chosen:
        blocks.append(Heading(words.history_section))
        if not history:
            blocks.append(Quiet(words.no_history))
        for change in history:
            blocks.append(Answer(f"{format_day(local_day(change.changed_at))}: "
                                 f"{decision_text(change.decision, guide)}"))
    if RIGHTS in chosen:
        blocks.append(Heading(card.title))
        blocks.append(Answer(" ".join(card.intro.split())))
        blocks.append(Quiet(f"{card.note} " + words.last_reviewed.replace(
            "%1", format_day(card.last_reviewed))))
        blocks.append(Lines(tuple(f"{s.title}: {s.url}" for s in card.sources)))
    return PlanDocument(words.notice, plan.title, meta, tuple(blocks))


__all__ = [
    "HISTORY",
    "RIGHTS",
    "SUMMARY",
    "SURE",
    "Answer",
    "ExportSection",
    "ExportWords",
    "Heading",
    "Lines",
    "PlanDocument",
    "Prompt",
    "Quiet",
    "export_sections",
    "plan_document",
]
