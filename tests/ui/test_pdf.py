"""The one PDF renderer: a core Document reads the same in the PDF as in plain text."""

from __future__ import annotations

import io

import pypdf

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
from disclosure_helper.ui.fonts import install_app_fonts
from disclosure_helper.ui.widgets.pdf import document_html, document_pdf


def _doc() -> Document:
    return Document(
        title="My adjustments",
        notice="This file is not encrypted.",
        meta=("Written 3 March 2026",),
        sections=(
            Section("What helps me work", (
                Paragraph("Quiet <mornings> & fewer calls\nwhen I can."),
                ItemList((Item("Flexible start", (Detail("How it helps:", "Less rush"),)),)),
            )),
            Section("Ready to apply", (
                Checklist((CheckItem("Employer's name", answer="Harbour Trust"),
                           CheckItem("Start date", hint="Add it when you know it."))),
            )),
        ),
    )


def _pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def test_every_part_of_a_document_reaches_the_pdf(qapp):
    install_app_fonts()
    data = document_pdf(_doc(), "Adjustments")
    assert data.startswith(b"%PDF")
    text = _pdf_text(data)
    for part in ("My adjustments", "This file is not encrypted.", "Written 3 March 2026",
                 "What helps me work", "Quiet <mornings> & fewer calls", "Flexible start",
                 "Less rush", "Harbour Trust", "Add it when you know it.", "To fill in"):
        assert part in text, part
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert reader.metadata.title == "Adjustments"  # generic, never the person's words


def test_the_notice_can_be_left_out_of_a_letter_and_text_is_escaped(qapp):
    page = document_html(_doc(), include_notice=False)
    assert "not encrypted" not in page
    assert "&lt;mornings&gt; &amp; fewer" in page and "<mornings>" not in page
