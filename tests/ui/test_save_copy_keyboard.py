"""A vanished vault folder, by keyboard alone: Tab reaches "Save a copy…" where the
message is, going round the page never traps focus, and after the copy is saved focus
stays in the message rather than jumping elsewhere. Also: a kept record opened from My
adjustments has focus on it, not on the page left behind."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.helpers import focus_chain, tab_round


def _save_copy_button(banner) -> QWidget:
    action = banner.tab_stops()[0]
    assert action.text() == "Save a copy…"
    assert action.accessibleName() == "Save a copy"
    assert "not encrypted" in action.accessibleDescription()
    return action


def test_editor_reaches_save_a_copy_after_back_and_goes_round(qtbot, unlocked_ctx, tmp_path,
                                                            monkeypatch):
    from disclosure_helper.ui.journal.page import JournalPage

    page = JournalPage(unlocked_ctx)
    qtbot.addWidget(page)
    page.show()
    page.new_entry("free")  # has a date field, which once made Tab loop near the end
    editor = page.editor
    qtbot.waitUntil(lambda: page.focusWidget() is editor.title_edit)  # once it is built
    editor.title_edit.setText("After the team meeting")
    shutil.rmtree(unlocked_ctx.data_dir)
    said: list[str] = []
    monkeypatch.setattr("disclosure_helper.ui.widgets.banner.announce",
                        lambda _widget, text, assertive=False: said.append(text))
    assert not editor.save()
    assert len(said) == 1 and "can no longer be found" in said[0]  # once, not twice
    action = _save_copy_button(editor.banner)
    # Where the message sits on screen: after Back, before Dismiss and the form.
    assert focus_chain(editor.back_button, 3) == [action, editor.banner.close_button,
                                                  editor.title_edit]
    stops = tab_round(editor.save_button)
    assert editor.back_button in stops and action in stops

    # Pressed from the keyboard: the file is written and focus stays in the message.
    chosen = tmp_path / "entry.txt"
    monkeypatch.setattr("disclosure_helper.ui.dialogs.ask_save_path", lambda *a, **k: chosen)
    action.setFocus()
    QTest.keyClick(action, Qt.Key.Key_Space)
    assert chosen.exists() and str(chosen) in editor.banner.message()
    assert page.focusWidget() is editor.banner.close_button


def test_a_failed_copy_offers_it_again_with_focus_on_the_new_button(qtbot, unlocked_ctx,
                                                                   tmp_path, monkeypatch):
    from disclosure_helper.ui.journal.checkin import CheckInView

    view = CheckInView(unlocked_ctx)
    qtbot.addWidget(view)
    view.show()
    view.start()
    first = next(iter(view.pickers.values()))
    qtbot.waitUntil(lambda: view.focusWidget() is first)  # once it is built
    for picker in view.pickers.values():
        picker.set_value(3)
    view.note.setText("Rough handover")
    shutil.rmtree(unlocked_ctx.data_dir)
    assert not view.save()
    action = _save_copy_button(view.banner)
    stops = tab_round(view.note)
    assert action in stops
    assert stops[stops.index(action) + 1] is view.banner.close_button

    gone = tmp_path / "not there" / "check-in.txt"  # a folder that does not exist
    monkeypatch.setattr("disclosure_helper.ui.dialogs.ask_save_path", lambda *a, **k: gone)
    action.setFocus()
    QTest.keyClick(action, Qt.Key.Key_Space)
    again = _save_copy_button(view.banner)
    assert again is not action and view.focusWidget() is again
    assert view.note.text() == "Rough handover"


def test_a_plan_reaches_save_a_copy_in_its_header(qtbot, unlocked_ctx):
    from disclosure_helper.ui.decisions.page import DecisionsPage

    page = DecisionsPage(unlocked_ctx)
    qtbot.addWidget(page)
    page.show()
    plans = unlocked_ctx.vault.plans
    plan = plans.create("Telling my manager", plans.guide.situations[0].id, "uk")
    page.open_plan(plan.id, step="how")
    edit = page.plan_view.editor.card("how", "opening").control.edit
    edit.setPlainText("Could we find twenty minutes on Thursday?")
    shutil.rmtree(unlocked_ctx.data_dir)
    assert not page.flush()
    banner = page.plan_view.banner
    action = _save_copy_button(banner)
    stops = tab_round(edit)
    assert stops[stops.index(action) + 1] is banner.close_button


def test_a_kept_record_opened_from_my_adjustments_takes_focus(qtbot, main_window):
    from PySide6.QtWidgets import QPushButton

    from disclosure_helper.journal_model import INCIDENT, Entry

    main_window.activateWindow()  # focus moves as on a real desktop only in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    vault = main_window.ctx.vault
    entry = vault.journal.add(Entry(kind=INCIDENT, title="Rota changed again",
                                    body="Moved to nights with a day's notice."))
    change = vault.adjustments.create(own_words="Fixed shifts, agreed a week ahead")
    vault.adjustments.link_entry(change.id, entry.id)
    main_window.ctx.navigate("adjustments", adjustment_id=change.id)
    adjustments = main_window.shell.pages["adjustments"]
    qtbot.waitUntil(lambda: any(b.isVisible() for b in adjustments.findChildren(QPushButton)
                                if b.accessibleName() == "Open linked journal entry 1"))
    link = next(b for b in adjustments.findChildren(QPushButton)
                if b.accessibleName() == "Open linked journal entry 1" and b.isVisible())
    link.setFocus()
    QTest.keyClick(link, Qt.Key.Key_Space)
    editor = main_window.shell.pages["journal"].editor
    qtbot.waitUntil(lambda: editor.isVisible() and editor.entry_id == entry.id)
    # Focus is on the record, not left behind on the page that was hidden.
    qtbot.waitUntil(lambda: main_window.focusWidget() is editor.back_button)
