"""Together mode's guidance for the supporter: how to sit alongside someone without
deciding for them, and open questions they might ask on each page of the plan.

Content lives in resources/content/<lang>/together.toml.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from disclosure_helper import content
from disclosure_helper.guide import _need


@dataclass(frozen=True)
class Principle:
    id: str
    title: str
    text: str


@dataclass(frozen=True)
class SupporterGuidance:
    """Together mode: how to sit alongside someone without deciding for them."""

    title: str
    intro: str
    closing: str
    principles: tuple[Principle, ...]
    # Open questions a supporter might ask, by step id.
    step_questions: Mapping[str, tuple[str, ...]]

    def questions_for(self, step_id: str) -> tuple[str, ...]:
        return self.step_questions.get(step_id, ())


@content.per_language
def load_supporter_guidance(lang: str | None = None) -> SupporterGuidance:
    data = content.load("together", lang)
    where = "together"
    principles = tuple(
        Principle(
            id=str(_need(p, "id", where)),
            title=str(_need(p, "title", where)).strip(),
            text=str(_need(p, "text", where)).strip(),
        )
        for p in _need(data, "principles", where)
    )
    step_questions = MappingProxyType(
        {
            str(_need(block, "step", where)): tuple(
                str(q).strip() for q in _need(block, "questions", where)
            )
            for block in _need(data, "step_questions", where)
        }
    )
    return SupporterGuidance(
        title=str(_need(data, "title", where)).strip(),
        intro=str(_need(data, "intro", where)).strip(),
        closing=str(_need(data, "closing", where)).strip(),
        principles=principles,
        step_questions=step_questions,
    )


__all__ = ["Principle", "SupporterGuidance", "load_supporter_guidance"]
