"""What the content issue put on screen: the support line, kept incident records."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtWidgets import QApplication

from disclosure_helper.journal import Entry
from disclosure_helper.support import COUNTRY_SETTING
from disclosure_helper.ui.home.page import HomePage
from disclosure_helper.ui.journal.page import JournalPage
from disclosure_helper.ui.together.page import TogetherPage
from disclosure_helper.ui.widgets import SupportLine


@pytest.fixture
def journal_page(qtbot, unlocked_ctx):
    widget = JournalPage(unlocked_ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 760)
    widget.show()
    widget.on_unlocked()
    qtbot.waitExposed(widget)
    return widget


def test_support_line_follows_the_chosen_country_only(qtbot, unlocked_ctx):
    vault = unlocked_ctx.vault
    line = SupportLine()
    qtbot.addWidget(line)
    line.refresh(unlocked_ctx)
    assert "local emergency number" in line.text.text()
    vault.plans.create("Interview", "applying", "au")
    line.refresh(unlocked_ctx)
    assert "13 11 14" in line.text.text() and "Australia" in line.country.text()
    vault.settings.set(COUNTRY_SETTING, "uk")
    # Writing about a very hard day changes nothing: the line depends on the country alone.
    vault.journal.add_checkin(1, 1, 5, "the worst shift")
    line.refresh(unlocked_ctx)
    assert "116 123" in line.text.text() and "999" in line.emergency.text()
    assert line.accessibleName() == "If today feels like too much"
    assert "116 123" in line.accessibleDescription()


def test_support_line_is_on_home_journal_checkin_after_shift_and_together(
        qtbot, unlocked_ctx, journal_page):
    unlocked_ctx.vault.settings.set(COUNTRY_SETTING, "nz")
    home = HomePage(unlocked_ctx)
    together = TogetherPage(unlocked_ctx)
    for widget in (home, together):
        qtbot.addWidget(widget)
        widget.on_unlocked()
    journal_page.on_unlocked()
    journal_page.show_checkin()
    shown = [home.support, together.support, journal_page.support,
             journal_page.checkin.support]
    assert all("1737" in s.text.text() for s in shown)
    journal_page.show_browse()
    journal_page.editor.start_new("after_shift")
    assert journal_page.editor.support.isVisibleTo(journal_page.editor)
    assert "1737" in journal_page.editor.support.text.text()
    journal_page.editor.discard()
    journal_page.editor.start_new("free")
    assert not journal_page.editor.support.isVisibleTo(journal_page.editor)


def test_a_saved_incident_opens_as_a_kept_record_that_takes_additions(
        qtbot, unlocked_ctx, journal_page):
    journal = unlocked_ctx.vault.journal
    unlocked_ctx.vault.settings.set(COUNTRY_SETTING, "uk")
    saved = journal.add(Entry(kind="incident", title="Handover", body="He laughed at me.",
                              fields={"evidence": "Email in my own inbox."},
                              occurred_at=datetime(2026, 10, 1, 9, 0, tzinfo=timezone.utc)))
    editor = journal_page.editor
    journal_page.open_entry(saved.id)
    assert editor.kept
    shown = " ".join(w.text() for w in editor.form.findChildren(type(editor.heading)))
    assert "He laughed at me." in shown and "Email in my own inbox." in shown
    assert "kept just as you first wrote it" in shown
    assert "three months, less one day" in shown  # the UK card's time limits, beside it
    editor.addition_text.setFocus()
    qtbot.keyClicks(editor.addition_text, "They replied on 3 October.")
    editor.addition_kind.setCurrentIndex(editor.addition_kind.findData("reply"))
    editor.add_button.click()
    assert not editor.banner.message() or "Added" in editor.banner.message(), \
        editor.banner.message()
    added = journal.additions(saved.id)
    assert [(a.kind, a.text) for a in added] == [("reply", "They replied on 3 October.")]
    assert journal.get(saved.id).body == "He laughed at me."
    shown = " ".join(w.text() for w in editor.form.findChildren(type(editor.heading)))
    assert "They replied on 3 October." in shown
    # Text waiting to be added survives leaving the editor, as a draft.
    qtbot.keyClicks(editor.addition_text, "More to say")
    editor.close_editor()
    journal_page.open_entry(saved.id)
    assert editor.kept and editor.addition_text.toPlainText() == "More to say"
    assert QApplication.focusWidget() is not None
