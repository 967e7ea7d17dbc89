"""Documents from My adjustments: the passport, request letters and the Access to Work
checklist, as plain text and Markdown. A letter holds no health detail the person did
not write and pick, and works with no diagnosis at all."""

from __future__ import annotations

from datetime import date

import pytest

from disclosure_helper.adjustments_export import (
    DEFAULT_PASSPORT_PARTS,
    PassportPart,
    RequestOptions,
    access_to_work_checklist,
    letter_notes,
    passport_document,
    request_letter,
)
from disclosure_helper.adjustments_model import InvalidAdjustment, Status
from disclosure_helper.document import (
    CheckItem,
    Checklist,
    Detail,
    Document,
    Item,
    ItemList,
    Paragraph,
    Section,
)
from tests.core.test_adjustments_content import CONDITIONS

TODAY = date(2026, 11, 26)
HEALTH = "HEALTH-WORDS-7731 some mornings are slow"
HARD = "HARD-WORDS-5150 busy open-plan mornings"
NOTICE = "This file is not encrypted"


@pytest.fixture
def repo(vault):
    repo = vault.adjustments
    passport = repo.passport()
    for part, words in (
        ("name", "Alex Morgan"),
        ("job", "Peer support worker"),
        ("manager", "Sam Lee"),
        ("health_effects", HEALTH),
        ("hard_things", HARD),
        ("bad_day", "A quiet corner and a short walk"),
        ("contact", "Email first, please"),
        ("unwell_contact", "Jo, 07700 900123"),
    ):
        passport.set(part, words)
    passport.review_on = date(2027, 5, 26)
    repo.save_passport(passport)
    return repo


def _adjustments(repo):
    flexible = repo.create(
        "flexible_hours", details="Starting at 10 on Mondays", helps="I arrive calm and ready"
    )
    own = repo.create(own_words="An agenda before meetings")
    repo.change_status(flexible.id, Status.ASKED, on=date(2026, 9, 1), whom="Sam Lee")
    repo.change_status(flexible.id, Status.AGREED, on=date(2026, 9, 8), whom="Sam Lee")
    repo.change_status(own.id, Status.REFUSED, on=date(2026, 9, 9), reason="No time to write one")
    return flexible, own


# -- the document itself ------------------------------------------------------------------------


def test_a_document_renders_as_plain_text_and_markdown():
    doc = Document(
        title="A *title*",
        notice="This file is not encrypted.",
        meta=("Written on May 1, 2026",),
        sections=(
            Section("", (Paragraph("Dear Sam,\nsecond line\x07"),)),
            Section(
                "What # helps",
                (
                    ItemList((Item("One_thing", (Detail("Why:", "Because [so]"),)),)),
                    Checklist((CheckItem("Name", "Alex"), CheckItem("Bank", "", "Have it"))),
                ),
            ),
        ),
    )
    assert doc.to_text() == (
        "A *title*\n=========\n\nThis file is not encrypted.\n\nWritten on May 1, 2026\n\n"
        "Dear Sam,\nsecond line\n\nWhat # helps\n\n- One_thing\n  Why: Because [so]\n\n"
        "[x] Name\n    Alex\n[ ] Bank\n    Have it\n"
    )
    assert NOTICE not in doc.to_text(include_notice=False)
    assert doc.body_text().startswith("Dear Sam,\nsecond line\n\nWhat # helps")
    assert "title" not in doc.body_text() and "encrypted" not in doc.body_text()
    markdown = doc.to_markdown()
    assert markdown.startswith("# A \\*title\\*\n\n> **This file is not encrypted.**\n")
    assert "Dear Sam,  \nsecond line" in markdown and "\x07" not in markdown
    assert "## What \\# helps" in markdown
    assert "- One\\_thing\n  - *Why:* Because \\[so\\]" in markdown
    assert "- [x] **Name**\n  Alex" in markdown and "- [ ] **Bank**\n  *Have it*" in markdown


# -- the passport --------------------------------------------------------------------------------


def test_the_passport_holds_the_chosen_parts_and_never_health_unless_picked(repo):
    flexible, own = _adjustments(repo)
    doc = passport_document(repo, today=TODAY)
    plain = doc.to_text()
    assert doc.title == "My adjustments passport" and NOTICE in plain
    assert "Written on November 26, 2026" in plain and "Name: Alex Morgan" in plain
    assert "- Flexible start and finish times" in plain
    assert "Where it stands: Agreed on September 8, 2026" in plain
    assert "Who agreed it: Sam Lee" in plain
    assert "What this looks like for me: Starting at 10 on Mondays" in plain
    assert "Look at it again on: March 8, 2027" in plain
    assert "- An agenda before meetings" in plain
    assert "The reason they gave: No time to write one" in plain
    assert HARD in plain and "Jo, 07700 900123" in plain
    assert "I plan to look at this passport again on May 26, 2027." in plain
    assert "https://www.tuc.org.uk/exampledisabilityadjustmentpassport" in plain
    assert HEALTH not in plain and "How things have gone" not in plain
    assert PassportPart.HEALTH_EFFECTS not in DEFAULT_PASSPORT_PARTS

    everything = passport_document(repo, parts=list(PassportPart), today=TODAY).to_text()
    assert HEALTH in everything
    assert "How things have gone" in everything
    assert "September 1, 2026: Asked for. Who I asked: Sam Lee." in everything

    only = passport_document(
        repo, parts=[PassportPart.ADJUSTMENTS], adjustment_ids=[own.id], today=TODAY
    ).to_text()
    assert "An agenda before meetings" in only and "Flexible start" not in only
    assert "Alex Morgan" not in only and HARD not in only and "tuc.org.uk" not in only
    assert "Email first" not in only


def test_an_empty_passport_still_makes_a_kind_document(vault):
    plain = passport_document(vault.adjustments, today=TODAY).to_text()
    assert "Nothing noted here yet." in plain and NOTICE in plain
    assert "Name:" not in plain


# -- request letters -


def test_the_us_letter_reads_as_a_letter(repo):
    flexible, own = _adjustments(repo)
    letter = request_letter(
        repo, RequestOptions((flexible.id, own.id), region="us", recipient="Sam"), today=TODAY
    )
    assert letter.title == "Request for a reasonable accommodation"
    assert letter.meta == ("November 26, 2026", "From: Alex Morgan, Peer support worker")
    assert letter.body_text() == (
        "Dear Sam,\n\n"
        "I am writing to ask for some changes at work that would help me do my job well. "
        "I am asking because of a health condition. Please treat this as a request for a "
        "reasonable accommodation.\n\n"
        "These are the changes I am asking for:\n\n"
        "- Flexible start and finish times\n"
        "  What this looks like: Starting at 10 on Mondays\n"
        "  How it would help: I arrive calm and ready\n"
        "- An agenda before meetings\n\n"
        "I understand this is the start of a conversation about what could work, often "
        "called the interactive process. I would be glad to talk it through, and to hear "
        "other ideas that could work as well.\n\n"
        "If you need a note from a health professional to support this request, please let me "
        "know what it needs to cover. I would ask that it is limited to what this request "
        "needs, and that it is kept private, apart from my personnel file.\n\n"
        "Could you let me know that you received this, and what happens next?\n\n"
        "Thank you for taking the time to read this.\n\n"
        "Best wishes,\nAlex Morgan\n"
    )
    assert letter.to_text().startswith(
        "Request for a reasonable accommodation\n======================================\n\n"
        "This file is not encrypted."
    )


def test_a_letter_holds_no_health_detail_the_person_did_not_pick(repo):
    flexible, _ = _adjustments(repo)
    for region in ("us", "uk", "elsewhere"):
        letter = request_letter(repo, RequestOptions((flexible.id,), region=region))
        words = letter.to_text() + letter.to_markdown()
        assert HEALTH not in words and HARD not in words
        assert not [c for c in CONDITIONS if c in words.lower()]
        picked = request_letter(
            repo,
            RequestOptions(
                (flexible.id,), region=region, include_health_effects=True,
                include_hard_things=True,
            ),
        ).body_text()
        assert HEALTH in picked and HARD in picked


def test_a_letter_can_leave_health_out_altogether(repo):
    flexible, _ = _adjustments(repo)
    for region in ("us", "uk", "elsewhere"):
        letter = request_letter(
            repo,
            RequestOptions(
                (flexible.id,), region=region, link_to_health=False,
                include_health_effects=True,
            ),
        )
        body = letter.body_text().lower()
        assert "health" not in body and "accommodation" not in body
        assert "equality act" not in body and "access to work" not in body
        assert letter.title == "A request for some changes at work"
        assert "flexible start and finish times" in body


def test_a_letter_works_with_no_diagnosis_and_an_empty_passport(vault):
    repo = vault.adjustments
    own = repo.create(own_words="Time to talk after hard shifts")
    letter = request_letter(repo, RequestOptions((own.id,), region="uk"))
    body = letter.body_text()
    assert body.startswith("Hello,\n\nI am writing to ask for some changes at work")
    assert "- Time to talk after hard shifts" in body
    assert body.rstrip().endswith("Best wishes,")
    assert letter.meta == (letter.meta[0],)


def test_the_us_and_uk_letters_carry_their_country_parts(repo):
    flexible, _ = _adjustments(repo)
    us = request_letter(repo, RequestOptions((flexible.id,), region="us")).body_text()
    uk = request_letter(repo, RequestOptions((flexible.id,), region="uk")).body_text()
    general = request_letter(repo, RequestOptions((flexible.id,), region="nz")).body_text()
    assert "reasonable accommodation" in us and "interactive process" in us
    assert "apart from my personnel file" in us and "Access to Work" not in us
    assert "reasonable adjustments under the Equality Act 2010" in uk
    assert "I may also apply to Access to Work" in uk and "interactive process" not in uk
    assert "write it down, with a date to look at it again" in uk
    for law in ("Equality Act", "accommodation", "Access to Work", "personnel file"):
        assert law not in general
    without = request_letter(
        repo,
        RequestOptions(
            (flexible.id,), region="uk", include_access_to_work=False, include_write_down=False
        ),
    ).body_text()
    assert "Access to Work" not in without and "write it down" not in without
    no_documents = request_letter(
        repo, RequestOptions((flexible.id,), region="us", include_documentation=False)
    ).body_text()
    assert "health professional" not in no_documents


def test_a_letter_asks_only_for_what_was_chosen(repo):
    flexible, own = _adjustments(repo)
    body = request_letter(
        repo,
        RequestOptions((own.id,), region="us", include_details=False, include_contact=True,
                       sender="A. Morgan"),
    ).body_text()
    assert "An agenda before meetings" in body and "Flexible" not in body
    assert "The best way to reach me about this: Email first, please" in body
    assert body.rstrip().endswith("Best wishes,\nA. Morgan")
    no_details = request_letter(
        repo, RequestOptions((flexible.id,), include_details=False)
    ).body_text()
    assert "Starting at 10" not in no_details
    with pytest.raises(InvalidAdjustment):
        request_letter(repo, RequestOptions(()))
    with pytest.raises(InvalidAdjustment):
        request_letter(repo, RequestOptions((flexible.id,), recipient="n" * 501))


def test_letter_notes_are_for_the_person_and_sourced(repo):
    flexible, _ = _adjustments(repo)
    notes = letter_notes("us")
    assert notes and all(n.sources for n in notes)
    body = request_letter(repo, RequestOptions((flexible.id,), region="us")).to_text()
    assert not [n.text for n in notes if n.text in body]


# -- Access to Work --------------------------------------------------------------------------------


def test_the_access_to_work_checklist_is_filled_from_the_passport(repo):
    flexible, own = _adjustments(repo)
    doc = access_to_work_checklist(repo, today=TODAY)
    plain = doc.to_text()
    assert doc.title == "Getting ready to apply to Access to Work" and NOTICE in plain
    assert "never sends anything" in plain
    assert "[x] Your name\n    Alex Morgan" in plain
    assert "[x] Your job\n    Peer support worker" in plain
    assert "[x] How your health affects your work\n    " + HEALTH in plain
    assert (
        "[x] The support you think you need\n"
        "    Flexible start and finish times: Starting at 10 on Mondays\n"
        "    An agenda before meetings"
    ) in plain
    assert "[ ] Your National Insurance number, if you have one\n    Have this ready." in plain
    assert "https://www.gov.uk/access-to-work/apply" in plain
    checks = [
        item
        for section in doc.sections for block in section.blocks
        if isinstance(block, Checklist) for item in block.items
    ]
    assert {c.label for c in checks if not c.ready} >= {
        "Your date of birth", "The address and postcode of your workplace",
        "Your bank or building society account number and sort code",
    }


def test_the_access_to_work_checklist_keeps_only_the_chosen_parts(vault):
    doc = access_to_work_checklist(vault.adjustments, sections=["your_work"], include_notes=False)
    plain = doc.to_text()
    assert "Your work" in plain and "About you" not in plain and "Good to know" not in plain
    assert "[ ] Your job\n    Not in your passport yet." in plain
