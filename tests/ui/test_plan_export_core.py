"""The plan export is built in the core and only laid out by the UI; the PDF reads word
for word as it did when the UI built it (tests/ui/data/plan_export_text.txt is the text
pypdf read from a PDF made by the earlier code, from this same plan)."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

from disclosure_helper.guide import NOT_SURE, YES, Kind, load_guide
from disclosure_helper.plan_export import (
    Answer,
    Heading,
    Lines,
    Prompt,
    export_sections,
    plan_document,
)
from disclosure_helper.plan_model import Decision, DecisionChange, Plan, SureCheck
from disclosure_helper.ui.widgets import plan_pdf as export
from disclosure_helper.ui.widgets.pdf import pdf_bytes
from tests.ui.test_decisions_export import pdf_text

EXPECTED = Path(__file__).parent / "data" / "plan_export_text.txt"


def _value(question):
    """A plausible answer for every kind of question, so every kind is written out."""
    if question.kind is Kind.TEXT:
        return f"Words for {question.id} & <more>"
    if question.kind is Kind.YES_NO:
        return YES
    if question.kind is Kind.RATING:
        return 2
    if question.kind is Kind.DATE:
        return "2030-01-02"
    if question.kind is Kind.SINGLE and question.options:
        return question.options[0].id
    if question.kind is Kind.MULTI and question.options:
        return [o.id for o in question.options[:2] if not o.exclusive]
    if question.kind is Kind.WEIGHTED and question.options:
        return [{"id": question.options[0].id, "weight": 3}]
    return NOT_SURE


def full_plan(guide) -> Plan:
    plan = Plan(id=1, title="Telling my new manager", situation="starting", region="uk",
                decision=Decision.TELLING_SOME, revisit_on=date(2031, 5, 4),
                next_steps="Talk it over with my peer group first.\nThen decide.")
    plan.answers = {
        "why": {"reasons_for": [{"id": "get_support", "weight": 4},
                                {"own": "My own reason", "weight": 2}],
                "what_matters_most": "Keeping my mornings calm"},
        "how": {"opening": "Thank you for making time to talk.",
                "what_i_need": "I work best with a later start on some days."},
        "who": {"people": ["line_manager"]},
    }
    for step in guide.steps:
        for question in step.questions:
            if question.plan_field or question.repeat_for:
                continue
            plan.answers.setdefault(step.id, {}).setdefault(question.id, _value(question))
    return plan


def _at(month: int, day: int) -> datetime:
    return datetime(2026, month, day, 12, tzinfo=timezone.utc)


def test_the_pdf_reads_as_before_with_every_section(qapp):
    guide = load_guide()
    history = [DecisionChange(1, 1, Decision.UNDECIDED, None, "", _at(1, 2)),
               DecisionChange(2, 1, Decision.TELLING_SOME, None, "", _at(2, 3))]
    checks = [SureCheck(1, 1, True, False, None, True, _at(2, 4))]
    sections = [s.key for s in export.export_sections(guide)]
    page = export.plan_html(plan_document(guide, full_plan(guide), sections, history, checks,
                                          today=date(2026, 3, 1), words=export.export_words()))
    text = pdf_text(pdf_bytes(page, "Disclosure plan"))
    assert text == EXPECTED.read_text("utf-8")


def test_the_core_document_holds_only_what_was_chosen():
    guide = load_guide()
    plan = full_plan(guide)
    document = plan_document(guide, plan, ["summary", "how"], today=date(2026, 3, 1))
    assert document.title == "Telling my new manager"
    assert "not encrypted" in document.notice
    assert document.meta.endswith("Printed on March 1, 2026")
    headings = [b.text for b in document.blocks if isinstance(b, Heading)]
    assert headings == ["Where I am now", guide.step("how").title]
    assert Answer("Telling some things to some people", strong=True) in document.blocks
    assert Answer("I will look at this again on May 4, 2031.") in document.blocks
    prompts = [b.text for b in document.blocks if isinstance(b, Prompt)]
    assert guide.question("why", "what_matters_most").prompt not in prompts
    # Several chosen options are several lines; one answer is one line.
    assert any(isinstance(b, Lines) for b in
               plan_document(guide, plan, ["why"]).blocks)
    assert [s.key for s in export_sections(guide)][:1] == ["summary"]


def test_a_chosen_section_with_nothing_in_it_says_so():
    from disclosure_helper.plan_export import HISTORY, SURE, Heading, Quiet

    guide = load_guide()
    document = plan_document(guide, full_plan(guide), [HISTORY, SURE])
    blocks = list(document.blocks)
    for heading, quiet in (("How the decision changed", "The decision has not changed yet."),
                           ("SURE checks over time", "No checks saved yet.")):
        at = blocks.index(Heading(heading))
        assert blocks[at + 1] == Quiet(quiet)  # never a heading with nothing under it
