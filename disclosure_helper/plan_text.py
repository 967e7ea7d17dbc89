"""A plan's answers in words: decisions, statuses, answers as lines of text, and dates.

Qt-free, so the plan list, the panels, Together's summary and the plan export all say a
thing the same way. Words the guide content holds come from there; the two the UI
translates itself (yes and no) are passed in as `AnswerWords`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from disclosure_helper import content
from disclosure_helper.guide import NO, NOT_SURE, YES, Guide, Kind, Question, is_empty, load_guide

# The one way a day is written ("3 March 2026"), from the content's own month names.
from disclosure_helper.insights import format_day
from disclosure_helper.plan_model import DECISION_STEP, Decision, PlanStatus


@dataclass(frozen=True)
class AnswerWords:
    """Words for yes/no answers, in the language the UI shows."""

    yes: str = "Yes"
    no: str = "No"


def decision_text(decision: Decision | str, guide: Guide | None = None) -> str:
    """The words the guide uses for a decision, e.g. "Not telling for now"."""
    decision = Decision(decision)
    guide = guide or load_guide()
    question = guide.question(DECISION_STEP, "decision")
    option = question.option(decision.value) if question else None
    return option.text if option else decision.value.replace("_", " ").capitalize()


def status_text(status: PlanStatus | str, lang: str | None = None) -> str:
    """The words for a plan's status, e.g. "Time to look again"."""
    labels = content.load(f"guide/{DECISION_STEP}", lang).get("status", {})
    value = PlanStatus(status).value
    return str(labels.get(value, value))


def local_day(moment: datetime) -> date:
    """The day a stored moment fell on where the person is."""
    return moment.astimezone().date()


def describe_answer(
    guide: Guide, question: Question, value: Any, words: AnswerWords | None = None
) -> list[str]:
    """An answer as lines of plain text (empty when there is no answer)."""
    if is_empty(value):
        return []
    words = words or AnswerWords()
    if value == NOT_SURE:
        return [guide.not_sure_text]
    if question.repeat_for and isinstance(value, Mapping):
        source = None
        for step in guide.steps:
            if any(q is question for q in step.questions):
                source = step.question(question.repeat_for)
        lines = []
        for key, item in value.items():
            who = key[4:] if key.startswith("own:") else (
                source.label(key) if source is not None else key)
            said = describe_answer(guide, replace(question, repeat_for=None), item, words)
            if said:
                lines.append(f"{who}: {'; '.join(said)}")
        return lines
    kind = question.kind
    if kind is Kind.TEXT:
        return [str(value)]
    if kind is Kind.DATE:
        try:
            return [format_day(date.fromisoformat(str(value)))]
        except ValueError:
            return [str(value)]
    if kind is Kind.YES_NO:
        return [{YES: words.yes, NO: words.no}.get(str(value), str(value))]
    if kind is Kind.RATING:
        scale = question.scale
        return [scale[value - 1] if isinstance(value, int) and 1 <= value <= len(scale)
                else str(value)]
    if kind is Kind.WEIGHTED and isinstance(value, list):
        out = []
        for item in value:
            weight = item.get("weight") if isinstance(item, Mapping) else None
            text = question.label(item)
            if isinstance(weight, int) and 1 <= weight <= len(question.scale):
                text = f"{text} ({question.scale[weight - 1].lower()})"
            out.append(text)
        return out
    if isinstance(value, list):
        return [question.label(item) for item in value]
    return [question.label(value)]


__all__ = [
    "AnswerWords",
    "decision_text",
    "describe_answer",
    "format_day",
    "local_day",
    "status_text",
]
