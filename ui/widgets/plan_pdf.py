"""A printable plan and script as a PDF, made only when the person asks for it.

The core builds the document (`plan_export.plan_document`); `plan_html()` lays it
out as simple HTML on the GUI thread (plain data in, a string out); `write_pdf()` lays
that out with QTextDocument and QPdfWriter and is safe to run in a worker thread: it
makes its own document and writes the file in one atomic step, so a half-written PDF is
never left behind. The file is not encrypted, and says so at the top.
"""

from __future__ import annotations

import html
from pathlib import Path

from disclosure_helper import plan_export
from disclosure_helper.guide import Guide
from disclosure_helper.plan_export import (
    Answer,
    ExportSection,
    ExportWords,
    Heading,
    Lines,
    PlanDocument,
    Prompt,
)
from disclosure_helper.plan_text import AnswerWords
from disclosure_helper.ui.widgets.pdf import write_pdf as write_shared_pdf
from disclosure_helper.ui.widgets.translation import translate

DEFAULT_FILE_NAME = "my-disclosure-plan.pdf"


def answer_words() -> AnswerWords:
    """Yes and no in the language the UI shows, for answers written out."""
    return AnswerWords(yes=translate("PlanExport", "Yes"), no=translate("PlanExport", "No"))


def export_words() -> ExportWords:
    """The export's own sentences in the language the UI shows."""
    return ExportWords(
        notice=translate(
            "PlanExport",
            "This file is not encrypted. Anyone who opens it can read it. Keep it somewhere "
            "safe, and delete it when you no longer need it.",
        ),
        summary_section=translate("PlanExport", "Decision, date to look again and next steps"),
        sure_section=translate("PlanExport", "SURE checks over time"),
        history_section=translate("PlanExport", "How the decision changed"),
        rights_section=translate("PlanExport", "Where to find your rights"),
        printed_on=translate("PlanExport", "Printed on %1"),
        where_i_am=translate("PlanExport", "Where I am now"),
        look_again=translate("PlanExport", "I will look at this again on %1."),
        next_steps=translate("PlanExport", "Next steps"),
        nothing_yet=translate("PlanExport", "Nothing written here yet."),
        no_history=translate("PlanExport", "The decision has not changed yet."),
        no_checks=translate("PlanExport", "No checks saved yet."),
        sure_score=translate("PlanExport", "%1: %2 of 4 yes"),
        last_reviewed=translate("PlanExport", "Last reviewed %1."),
        answers=answer_words(),
    )


def export_sections(guide: Guide) -> list[ExportSection]:
    """What the person can choose to include, in the UI's language."""
    return plan_export.export_sections(guide, export_words())


_STYLE = (
    "<html><head><style>"
    "body { font-family: 'Atkinson Hyperlegible', sans-serif; font-size: 10pt; }"
    "h1 { font-size: 17pt; margin-bottom: 2pt; }"
    "h2 { font-size: 12.5pt; margin-top: 12pt; margin-bottom: 3pt; }"
    "p.q { font-weight: 600; margin-top: 6pt; margin-bottom: 1pt; }"
    "p.a { margin-top: 0; margin-bottom: 2pt; }"
    "p.meta { color: #444444; margin-top: 0; }"
    "table.note { background: #fbeed6; }"
    "</style></head><body>"
)


def _esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _block_html(block: plan_export.Block) -> str:
    if isinstance(block, Heading):
        return f"<h2>{_esc(block.text)}</h2>"
    if isinstance(block, Prompt):
        return f"<p class='q'>{_esc(block.text)}</p>"
    if isinstance(block, Answer):
        text = f"<b>{_esc(block.text)}</b>" if block.strong else _esc(block.text)
        return f"<p class='a'>{text}</p>"
    if isinstance(block, Lines):
        return "<ul>" + "".join(f"<li>{_esc(line)}</li>" for line in block.items) + "</ul>"
    return f"<p class='meta'>{_esc(block.text)}</p>"


def plan_html(document: PlanDocument) -> str:
    """The plan document (`plan_export.plan_document`) as the HTML the PDF renderer
    lays out, the not-encrypted note first."""
    return "".join([
        _STYLE,
        "<table class='note' width='100%' cellpadding='6'><tr><td>",
        _esc(document.notice),
        "</td></tr></table>",
        f"<h1>{_esc(document.title)}</h1>",
        f"<p class='meta'>{_esc(document.meta)}</p>",
        *(_block_html(block) for block in document.blocks),
        "</body></html>",
    ])


def write_pdf(document_html: str, path: Path) -> Path:
    """Render and save in one step; raises a VaultError subclass with a kind message."""
    # The file's metadata stays free of personal words.
    return write_shared_pdf(document_html, path, translate("PlanExport", "Disclosure plan"))
