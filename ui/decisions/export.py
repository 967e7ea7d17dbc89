"""A printable plan and script as a PDF, made only when the person asks for it.

`plan_html()` turns a plan into simple HTML on the GUI thread (plain data in, a string
out); `write_pdf()` lays it out with QTextDocument and QPdfWriter and is safe to run in
a worker thread: it makes its own document and writes the file in one atomic step, so a
half-written PDF is never left behind. The file is not encrypted, and says so at the top.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from disclosure_helper.guide import Guide
from disclosure_helper.plan_model import DecisionChange, Plan, SureCheck
from disclosure_helper.plan_text import (
    AnswerWords,
    decision_text,
    describe_answer,
    format_day,
    local_day,
)
from disclosure_helper.rights import card_for_region
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


def answer_words() -> AnswerWords:
    """Yes and no in the language the UI shows, for answers written out."""
    return AnswerWords(yes=_tr("Yes"), no=_tr("No"))


def _esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _answers_html(guide: Guide, step_id: str, answers: Mapping[str, Any],
                  skip_fields: bool = True) -> str:
    step = guide.step(step_id)
    parts = []
    for question in step.questions:
        if question.plan_field and skip_fields:
            continue
        lines = describe_answer(guide, question, answers.get(question.id), answer_words())
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
        out.append(f"<p class='a'><b>{_esc(decision_text(plan.decision, guide))}</b></p>")
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
                "%1", format_day(local_day(check.checked_at))).replace(
                "%2", str(check.score))) + "</p>")
    if HISTORY in chosen:
        out.append(f"<h2>{_esc(_tr('How the decision changed'))}</h2>")
        for change in history:
            out.append("<p class='a'>" + _esc(
                f"{format_day(local_day(change.changed_at))}: "
                f"{decision_text(change.decision, guide)}") + "</p>")
    if RIGHTS in chosen:
        out.append(f"<h2>{_esc(card.title)}</h2>")
        out.append(f"<p class='a'>{_esc(' '.join(card.intro.split()))}</p>")
        out.append(f"<p class='meta'>{_esc(card.note)} " + _esc(
            _tr("Last reviewed %1.").replace("%1", format_day(card.last_reviewed))) + "</p>")
        items = "".join(f"<li>{_esc(s.title)}: {_esc(s.url)}</li>" for s in card.sources)
        out.append(f"<ul>{items}</ul>")
    out.append("</body></html>")
    return "".join(out)


def write_pdf(document_html: str, path: Path) -> Path:
    """Render and save in one step; raises a VaultError subclass with a kind message."""
    # The file's metadata stays free of personal words.
    return write_shared_pdf(document_html, path, _tr("Disclosure plan"))
