"""The printable plan: chosen sections only, the not-encrypted note, a clean file name."""

from __future__ import annotations

import io
import re
import unicodedata
from datetime import date

import pypdf
import pytest

from disclosure_helper.ui.decisions import export_dialog
from disclosure_helper.ui.decisions.page import DecisionsPage
from disclosure_helper.ui.widgets.plan_pdf import DEFAULT_FILE_NAME


def pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    raw = " ".join(page.extract_text() for page in reader.pages)
    # Qt's PDFs may use ligatures (ﬁ) and tabs between words.
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", raw))


@pytest.fixture
def plan_page(qtbot, unlocked_ctx):
    repo = unlocked_ctx.vault.plans
    plan = repo.create("Telling my new manager", "starting", "uk")
    plan.answers = {
        "why": {"reasons_for": [{"id": "get_support", "weight": 4}],
                "what_matters_most": "Keeping my mornings calm"},
        "how": {"opening": "Thank you for making time to talk.",
                "what_i_need": "I work best with a later start on some days."},
    }
    plan.revisit_on = date(2031, 5, 4)
    plan.next_steps = "Talk it over with my peer group first."
    repo.save(plan)
    repo.set_decision(plan.id, "telling_some")
    page = DecisionsPage(unlocked_ctx)
    qtbot.addWidget(page)
    page.show()
    page.open_plan(plan.id)
    return page


def test_export_the_chosen_sections_as_pdf(qtbot, plan_page, tmp_path, monkeypatch):
    target = tmp_path / "plan.pdf"
    asked = []
    monkeypatch.setattr(export_dialog, "ask_pdf_path",
                        lambda parent: asked.append(True) or target)
    plan_page.export()
    dialog = plan_page.dialog
    assert "not encrypted" in dialog.warning.message()
    assert set(dialog.chosen()) == {"summary", "how"}
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.saved_path == target, timeout=15_000)
    assert asked and "not encrypted" in dialog.message.message()

    text = pdf_text(target.read_bytes())
    assert text.index("This file is not encrypted") < text.index("Telling my new manager")
    for words in ("Telling some things to some people", "May 4, 2031",
                  "Talk it over with my peer group first.", "Thank you for making time to talk.",
                  "I work best with a later start on some days.", "United Kingdom"):
        assert words in text, words
    # The Why page was not chosen, so none of it is in the file.
    assert "Keeping my mornings calm" not in text
    assert "To get changes that help me work well" not in text


def test_more_sections_when_chosen(qtbot, plan_page, tmp_path):
    plan_page.export()
    dialog = plan_page.dialog
    dialog.checks["why"].setChecked(True)
    dialog.checks["how"].setChecked(False)
    dialog.checks["history"].setChecked(True)
    dialog.checks["rights"].setChecked(True)
    target = tmp_path / "more.pdf"
    dialog.save_to(target)
    qtbot.waitUntil(lambda: dialog.saved_path == target, timeout=15_000)
    text = pdf_text(target.read_bytes())
    assert "Keeping my mornings calm" in text
    assert "To get changes that help me work well (a lot)" in text
    assert "Thank you for making time to talk." not in text
    assert "Undecided" in text  # the history starts where the plan started
    assert "information, not legal advice" in text


def test_nothing_chosen_means_nothing_to_save(qtbot, plan_page):
    plan_page.export()
    dialog = plan_page.dialog
    for box in dialog.checks.values():
        box.setChecked(False)
    assert not dialog.save_button.isEnabled()


def test_a_folder_that_cannot_be_written_gives_a_kind_message(qtbot, plan_page, tmp_path):
    plan_page.export()
    dialog = plan_page.dialog
    target = tmp_path / "missing-folder" / "plan.pdf"
    dialog.save_to(target)
    qtbot.waitUntil(lambda: not dialog.busy.running, timeout=15_000)
    assert dialog.saved_path is None
    assert dialog.message.message()
    assert "Traceback" not in dialog.message.message()
    assert not target.exists()


def test_save_dialog_suggests_a_name_with_nothing_personal(qtbot, plan_page, monkeypatch):
    suggested = []
    monkeypatch.setattr(export_dialog.dialogs, "ask_save_path",
                        lambda parent, title, path, filters: suggested.append(path) or None)
    plan_page.export()
    plan_page.dialog.choose_and_save()  # the person cancels the file chooser
    assert suggested[0].name == DEFAULT_FILE_NAME
    assert "manager" not in str(suggested[0]).lower()
    assert plan_page.dialog.saved_path is None and not plan_page.dialog.busy.running
