"""A printable plan and script as a PDF, made only when the person asks for it.

`plan_html()` turns a plan into simple HTML on the GUI thread (plain data in, a string
out); `write_pdf()` lays it out with QTextDocument and QPdfWriter and is safe to run in
a worker thread: it makes its own document and writes the file in one atomic step, so a
half-written PDF is never left behind. The file is not encrypted, and says so at the top.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from disclosure_helper.guide import NO, NOT_SURE, YES, Guide, Kind, Question
from disclosure_helper.plans import Decision, DecisionChange, Plan, SureCheck
from disclosure_helper.rights import card_for_region
from disclosure_helper.ui.widgets import dates
from disclosure_helper.ui.widgets.pdf import write_pdf as write_shared_pdf

DEFAULT_FILE_NAME = "my-disclosure-plan.pdf"
SUMMARY = "summary"
SURE = "sure"
HISTORY = "history"
RIGHTS = "rights"
_DECISION_STEP = "decision"


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanExport", text)


@dataclass(frozen=True)
class ExportSection:
    key: str
    title: str
    default: bool


def export_sections(guide: Guide) -> list[ExportSection]:
    """What the person can choose to include. The summary and the script start ticked."""
    sections = [ExportSection(SUMMARY, _tr("Decision, date to look again and next steps"), True)]
    for step in guide.walk_steps:
        sections.append(ExportSection(step.id, step.title, step.id == "how"))
    for step_id in ("checklist",):
        if guide.has_step(step_id):
            sections.append(ExportSection(step_id, guide.step(step_id).title, False))
    sections.append(ExportSection(SURE, _tr("SURE checks over time"), False))
    sections.append(ExportSection(HISTORY, _tr("How the decision changed"), False))
    sections.append(ExportSection(RIGHTS, _tr("Where to find your rights"), False))
    return sections


def format_day(day: date) -> str:
    return dates.day(day)


def decision_text(guide: Guide, decision: Decision) -> str:
    """The content's wording for a decision (e.g. "Not telling for now")."""
    if guide.has_step(_DECISION_STEP):
        for question in guide.step(_DECISION_STEP).questions:
            if question.plan_field == "decision":
                option = question.option(decision.value)
                if option is not None:
                    return option.text
    return decision.value.replace("_", " ").capitalize()


def describe_answer(guide: Guide, question: Question, value: Any) -> list[str]:
    """An answer as lines of plain text (empty when there is no answer)."""
    if value is None or value == "" or value == [] or value == {}:
        return []
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
            words = describe_answer(guide, _single(question), item)
            if words:
                lines.append(f"{who}: {'; '.join(words)}")
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
        return [{YES: _tr("Yes"), NO: _tr("No")}.get(str(value), str(value))]
    if kind is Kind.RATING:
        scale = question.scale
        return [scale[value - 1] if isinstance(value, int) and 1 <= value <= len(scale)
                else str(value)]
    if kind is Kind.WEIGHTED and isinstance(value, list):
        out = []
        for item in value:
            weight = item.get("weight") if isinstance(item, Mapping) else None
            words = question.label(item)
            if isinstance(weight, int) and 1 <= weight <= len(question.scale):
                words = f"{words} ({question.scale[weight - 1].lower()})"
            out.append(words)
        return out
    if isinstance(value, list):
        return [question.label(item) for item in value]
    return [question.label(value)]


def _single(question: Question) -> Question:
    return replace(question, repeat_for=None)


def _esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _answers_html(guide: Guide, step_id: str, answers: Mapping[str, Any],
                  skip_fields: bool = True) -> str:
    step = guide.step(step_id)
    parts = []
    for question in step.questions:
        if question.plan_field and skip_fields:
            continue
        lines = describe_answer(guide, question, answers.get(question.id))
        if not lines:
            continue
        parts.append(f"<p class='q'>{_esc(question.prompt)}</p>")
        if len(lines) == 1:
            parts.append(f"<p class='a'>{_esc(lines[0])}</p>")
        else:
            items = "".join(f"<li>{_esc(line)}</li>" for line in lines)
            parts.append(f"<ul>{items}</ul>")
    return "".join(parts)


def plan_html(
    guide: Guide,
    plan: Plan,
    sections: Sequence[str],
    history: Sequence[DecisionChange] = (),
    sure_checks: Sequence[SureCheck] = (),
    today: date | None = None,
) -> str:
    """The printable page as HTML: the not-encrypted note first, then the chosen sections."""
    today = today or date.today()
    chosen = set(sections)
    situation = guide.situation(plan.situation)
    card = card_for_region(plan.region)
    out = [
        "<html><head><style>"
        "body { font-family: 'Atkinson Hyperlegible', sans-serif; font-size: 10pt; }"
        "h1 { font-size: 17pt; margin-bottom: 2pt; }"
        "h2 { font-size: 12.5pt; margin-top: 12pt; margin-bottom: 3pt; }"
        "p.q { font-weight: 600; margin-top: 6pt; margin-bottom: 1pt; }"
        "p.a { margin-top: 0; margin-bottom: 2pt; }"
        "p.meta { color: #444444; margin-top: 0; }"
        "table.note { background: #fbeed6; }"
        "</style></head><body>",
        "<table class='note' width='100%' cellpadding='6'><tr><td>",
        _esc(_tr(
            "This file is not encrypted. Anyone who opens it can read it. Keep it somewhere "
            "safe, and delete it when you no longer need it."
        )),
        "</td></tr></table>",
        f"<h1>{_esc(plan.title)}</h1>",
        "<p class='meta'>",
        _esc(" \u00b7 ".join(
            p for p in (situation.text if situation else "", card.name,
                        _tr("Printed on %1").replace("%1", format_day(today))) if p
        )),
        "</p>",
    ]
    if SUMMARY in chosen:
        out.append(f"<h2>{_esc(_tr('Where I am now'))}</h2>")
        out.append(f"<p class='a'><b>{_esc(decision_text(guide, plan.decision))}</b></p>")
        if plan.revisit_on:
            out.append("<p class='a'>" + _esc(_tr("I will look at this again on %1.").replace(
                "%1", format_day(plan.revisit_on))) + "</p>")
        if plan.next_steps.strip():
            out.append(f"<p class='q'>{_esc(_tr('Next steps'))}</p>")
            out.append(f"<p class='a'>{_esc(plan.next_steps.strip())}</p>")
        if guide.has_step(_DECISION_STEP):
            out.append(_answers_html(guide, _DECISION_STEP, plan.answers.get(_DECISION_STEP, {})))
    for step in guide.steps:
        if step.id not in chosen or step.id == _DECISION_STEP:
            continue
        body = _answers_html(guide, step.id, plan.answers.get(step.id, {}))
        out.append(f"<h2>{_esc(step.title)}</h2>")
        out.append(body or f"<p class='meta'>{_esc(_tr('Nothing written here yet.'))}</p>")
    if SURE in chosen:
        out.append(f"<h2>{_esc(_tr('SURE checks over time'))}</h2>")
        if not sure_checks:
            out.append(f"<p class='meta'>{_esc(_tr('No checks saved yet.'))}</p>")
        for check in sure_checks:
            out.append("<p class='a'>" + _esc(_tr("%1: %2 of 4 yes").replace(
                "%1", format_day(_local_day(check.checked_at))).replace(
                "%2", str(check.score))) + "</p>")
    if HISTORY in chosen:
        out.append(f"<h2>{_esc(_tr('How the decision changed'))}</h2>")
        for change in history:
            out.append("<p class='a'>" + _esc(
                f"{format_day(_local_day(change.changed_at))}: "
                f"{decision_text(guide, change.decision)}") + "</p>")
    if RIGHTS in chosen:
        out.append(f"<h2>{_esc(card.title)}</h2>")
        out.append(f"<p class='a'>{_esc(' '.join(card.intro.split()))}</p>")
        out.append(f"<p class='meta'>{_esc(card.note)} " + _esc(
            _tr("Last reviewed %1.").replace("%1", format_day(card.last_reviewed))) + "</p>")
        items = "".join(f"<li>{_esc(s.title)}: {_esc(s.url)}</li>" for s in card.sources)
        out.append(f"<ul>{items}</ul>")
    out.append("</body></html>")
    return "".join(out)


def _local_day(moment: datetime) -> date:
    return moment.astimezone().date()


def write_pdf(document_html: str, path: Path) -> Path:
    """Render and save in one step; raises a VaultError subclass with a kind message."""
    # The file's metadata stays free of personal words.
    return write_shared_pdf(document_html, path, _tr("Disclosure plan"))
