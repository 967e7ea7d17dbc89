"""What the content issue put on screen: the support line, kept incident records, rights
cards with their sources and review dates, and About this content."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from shiboken6 import isValid

from disclosure_helper.journal import Entry
from disclosure_helper.plan_text import format_day
from disclosure_helper.rights import card_for_region, load_about_content
from disclosure_helper.support import COUNTRY_SETTING
from disclosure_helper.ui.a11y import missing_accessible_names
from disclosure_helper.ui.decisions.panels import RightsPage
from disclosure_helper.ui.home.page import HomePage
from disclosure_helper.ui.journal.page import JournalPage
from disclosure_helper.ui.settings.page import SettingsPage
from disclosure_helper.ui.together.page import TogetherPage
from disclosure_helper.ui.widgets import SupportLine
from tests.ui.helpers import key_through_window


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


def test_the_journal_line_is_one_quiet_line_that_still_reads_in_full(journal_page):
    journal_page.ctx.vault.settings.set(COUNTRY_SETTING, "us")
    journal_page.on_unlocked()
    line = journal_page.support
    assert line.compact and line.isVisible()
    shown = line.text.text()
    assert "If today feels like too much" in shown and "988" in shown
    assert not line.emergency.isVisible() and not line.country.isVisible()
    # The whole line, with the emergency number and where the country comes from, is still
    # there for a screen reader and as a tooltip.
    for words in ("988 Lifeline", "911", "United States"):
        assert words in line.accessibleDescription() and words in line.toolTip()


def _rights_page(qtbot):
    page = RightsPage("uk")
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    return page


def test_a_rights_card_past_its_next_review_date_says_so_gently(qtbot):
    page = _rights_page(qtbot)
    card = card_for_region("uk")
    # Dates are given, so the answer never depends on the day the test runs.
    page.show_card(card, today=card.last_reviewed)
    assert page.overdue is None
    page.show_card(card, today=card.next_review)
    assert page.overdue is None  # due that day is not yet overdue
    page.show_card(card, today=card.next_review + timedelta(days=1))
    assert page.overdue is not None
    qtbot.waitUntil(page.overdue.isVisible)
    note = page.overdue.text()
    assert format_day(card.next_review) in note and "may have changed" in note
    assert "legal advice" not in note  # the card's own note stays as it was, beside it
    page.show_card(card_for_region("ie"), today=date(2026, 12, 1))
    assert page.overdue is None


def test_every_point_on_a_rights_card_shows_its_source_and_who_checked_it(qtbot):
    page = _rights_page(qtbot)
    card = card_for_region("uk")
    page.show_card(card, today=card.last_reviewed)
    qtbot.waitUntil(lambda: page.about_button.isVisible())
    shown = [w.text() for w in page.widget().findChildren(QLabel) if w.isVisible()]
    points = [item for section in card.sections for item in section.items]
    for item in points:
        at = shown.index("\u2022  " + item.text)
        assert shown[at + 1].startswith(("Source: ", "Sources: ")), item.text
        for source in card.sources_for(item):
            assert source.title in shown[at + 1]
    assert any(card.reviewed_by in text for text in shown)
    assert card.update_policy in shown and card.review_method in shown
    assert any(format_day(card.next_review) in text for text in shown)


def _about_shown(qtbot, dialog) -> str:
    qtbot.waitUntil(dialog.isVisible)
    assert missing_accessible_names(dialog) == []
    return " ".join(w.text() for w in dialog.findChildren(QLabel))


def test_about_this_content_opens_from_a_rights_card_and_from_settings(qtbot, unlocked_ctx):
    about = load_about_content()
    page = _rights_page(qtbot)
    page.about_button.click()
    text = _about_shown(qtbot, page.about_dialog)
    for heading, words in about.sections:
        assert heading in text and words in text
    assert "No one paid" in text and "no conflicts of interest" in text
    qtbot.waitUntil(page.about_dialog.close_button.hasFocus)
    dialog = page.about_dialog
    key_through_window(dialog.close_button, Qt.Key.Key_Return)
    # Closed, and deleted as it closes.
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible())

    settings = SettingsPage(unlocked_ctx)
    qtbot.addWidget(settings)
    settings.show()
    settings.content.about_button.click()
    text = _about_shown(qtbot, settings.content.dialog)
    assert about.intro in text and "Who paid for it" in text
    settings.content.dialog.reject()
