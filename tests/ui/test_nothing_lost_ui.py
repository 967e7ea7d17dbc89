"""Nothing lost, through the real widgets: long passphrases everywhere they are typed, a
vanished vault folder while writing, the mouse wheel over answers, a revisit date that
has passed, and a read-only vault."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, QPointF
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from disclosure_helper.ui.app import create_main_window
from disclosure_helper.ui.restore import RestoreDialog
from disclosure_helper.ui.settings.passphrase import ChangePassphraseDialog
from disclosure_helper.vault import MAX_PASSPHRASE_CHARS, Vault
from tests.conftest import PASSPHRASE
from tests.ui.helpers import when_dialog_opens

# What SECURITY.md recommends: a long phrase of unrelated words (well past zxcvbn's 72).
LONG = ("the otter keeps a ledger of tides under the old pier at dawn, " * 4)[:200]
LONGEST = ("quiet lanterns drift past seven copper herons near the mill; "
           + "harbour " * (MAX_PASSPHRASE_CHARS // 8))[:MAX_PASSPHRASE_CHARS]


def test_long_passphrases_in_the_wizard_unlock_change_and_restore(qtbot, ctx, tmp_path):
    window = create_main_window(ctx)
    qtbot.addWidget(window)
    window.show()
    wizard = window.firstrun
    wizard.go("passphrase")
    wizard.pass1.setText(LONG)
    wizard.pass2.setText(LONG)
    assert wizard.pass1.text() == LONG  # the field takes it all
    wizard.create_vault()
    qtbot.waitUntil(lambda: wizard.step == "recovery", timeout=15_000)
    assert not wizard.pass_error.isVisible()
    wizard.recovery_panel.stored.setChecked(True)
    wizard.recovery_next.click()
    wizard.finish_button.click()
    qtbot.waitUntil(lambda: window.current_screen == "app")

    # Unlock with it.
    window.hide_now()
    window.unlock_screen.passphrase.setText(LONG)
    window.unlock_screen.submit()
    qtbot.waitUntil(lambda: window.current_screen == "app", timeout=10_000)

    # Change it to the longest the vault takes.
    settings = window.shell.show_page("settings")

    def change(dialog: ChangePassphraseDialog) -> None:
        dialog.current.setText(LONG)
        dialog.new.setText(LONGEST)
        dialog.again.setText(LONGEST)
        assert dialog.new.text() == LONGEST
        dialog.save_button.click()

    when_dialog_opens(ChangePassphraseDialog, change)
    settings.keys.change_button.click()
    assert ctx.vault.verify_passphrase(LONGEST)

    # A backup made now restores with it.
    backup = tmp_path / "long.dhbackup"
    ctx.vault.backup(backup)
    target = tmp_path / "restored"

    def restore(dialog: RestoreDialog) -> None:
        dialog.set_backup_file(backup)
        dialog.set_folder(target)
        dialog.passphrase.setText(LONGEST)
        dialog.restore_button.click()

    when_dialog_opens(RestoreDialog, restore)
    settings.backups.restore_button.click()
    assert "restored" in settings.banner.text.text()
    with Vault.open(target, keystore=ctx.keystore) as restored:
        restored.unlock(LONGEST)


def test_strength_is_judged_on_any_length():
    from disclosure_helper.passphrase_policy import estimate

    score, _warning, _tip = estimate(LONGEST)
    assert score >= 3
    assert estimate("a" * 5000)[0] <= 1


def test_editor_keeps_the_words_and_offers_a_copy_when_the_folder_is_gone(
    qtbot, unlocked_ctx, tmp_path, monkeypatch
):
    from disclosure_helper.ui.journal.page import JournalPage

    page = JournalPage(unlocked_ctx)
    qtbot.addWidget(page)
    page.show()
    page.new_entry("free")
    editor = page.editor
    editor.title_edit.setText("After the team meeting")
    body = next(f for f in editor._fields if f.spec.id == "body")
    body.edit.setPlainText("What they said about my file, word for word.")
    shutil.rmtree(unlocked_ctx.data_dir)  # the folder vanishes (a USB stick pulled out)

    assert not editor.save()
    message = editor.banner.message()
    assert "can no longer be found" in message and "still on screen" in message
    assert body.value() == "What they said about my file, word for word."
    assert page.stack.currentWidget() is editor

    chosen = tmp_path / "copy" / "entry.txt"
    chosen.parent.mkdir()
    monkeypatch.setattr("disclosure_helper.ui.dialogs.ask_save_path", lambda *a, **k: chosen)
    action = editor.banner._action
    assert action is not None and action.text() == "Save a copy…"
    action.click()
    text = chosen.read_text(encoding="utf-8")
    assert "What they said about my file, word for word." in text
    assert "After the team meeting" in text
    assert chosen.stat().st_mode & 0o077 == 0
    assert str(chosen) in editor.banner.message()
    assert body.value() == "What they said about my file, word for word."


def test_decisions_keep_the_answers_and_offer_a_copy_when_the_folder_is_gone(
    qtbot, unlocked_ctx, tmp_path, monkeypatch
):
    from pypdf import PdfReader

    from disclosure_helper.ui import dialogs
    from disclosure_helper.ui.fonts import install_app_fonts

    install_app_fonts()  # as the app does at start, so the PDF's text can be read back
    page, plan = _decision_page(qtbot, unlocked_ctx)
    page.plan_view.editor.set_step("how")
    edit = page.plan_view.editor.card("how", "opening").control.edit
    edit.setPlainText("Could we find twenty minutes on Thursday?")
    shutil.rmtree(unlocked_ctx.data_dir)
    assert not page.flush()
    banner = page.plan_view.banner
    assert "can no longer be found" in banner.message()
    assert edit.toPlainText() == "Could we find twenty minutes on Thursday?"
    chosen = tmp_path / "plan copy.pdf"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, **k: chosen)
    banner._action.click()
    text = " ".join(p.extract_text() for p in PdfReader(chosen).pages)
    assert "twenty minutes on Thursday" in " ".join(text.split())
    assert chosen.stat().st_mode & 0o077 == 0
    assert str(chosen) in banner.message()


def test_a_checkin_keeps_its_numbers_and_offers_a_copy_when_the_folder_is_gone(
    qtbot, unlocked_ctx, tmp_path, monkeypatch
):
    from disclosure_helper.ui.journal.checkin import CheckInView

    view = CheckInView(unlocked_ctx)
    qtbot.addWidget(view)
    view.show()
    view.start()
    for picker, value in zip(view.pickers.values(), (2, 4, 5), strict=True):
        picker.set_value(value)
    view.note.setText("Rough handover, kept it together")
    shutil.rmtree(unlocked_ctx.data_dir)

    assert not view.save()
    assert "can no longer be found" in view.banner.message()
    assert view.note.text() == "Rough handover, kept it together"
    assert [p.value() for p in view.pickers.values()] == [2, 4, 5]

    chosen = tmp_path / "check-in.txt"
    monkeypatch.setattr("disclosure_helper.ui.dialogs.ask_save_path", lambda *a, **k: chosen)
    assert view.banner._action is not None and view.banner._action.text() == "Save a copy…"
    view.banner._action.click()
    text = chosen.read_text(encoding="utf-8")
    assert "Rough handover, kept it together" in text
    names = [p.name for p in view.pickers.values()]
    for name, value in zip(names, (2, 4, 5), strict=True):
        assert f"{name}: {value}" in text
    assert chosen.stat().st_mode & 0o077 == 0
    assert str(chosen) in view.banner.message()
    assert view.note.text() == "Rough handover, kept it together"


# -- the mouse wheel ---------------------------------------------------------------------


def _wheel(widget: QWidget, steps: int = -1) -> None:
    """One notch of the wheel over the middle of `widget` (negative: towards the person),
    as the window system delivers it: to the window, which finds the widget under it."""
    QApplication.processEvents()  # laid out and drawn, as what a person scrolls over is
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if area is not None:
        area.ensureWidgetVisible(widget)  # in view, where the pointer can be over it
    window = widget.window()
    centre = widget.mapTo(window, QPoint(widget.width() // 2, widget.height() // 2))
    assert window.childAt(centre) in (widget, *widget.findChildren(QWidget))
    QTest.wheelEvent(window.windowHandle(), QPointF(centre), QPoint(0, 120 * steps))


@pytest.fixture
def scrolling_form(qtbot, unlocked_ctx):
    area = QScrollArea()
    area.setWidgetResizable(True)
    body = QWidget()
    column = QVBoxLayout(body)
    typing = QLineEdit()  # where the person was typing: focus is here, not on the answers
    column.addWidget(typing)
    combo, day, number = QComboBox(), QDateEdit(), QSpinBox()
    combo.addItems(["A little", "Some", "A lot"])
    combo.setCurrentIndex(1)
    day.setDate(QDate(2031, 5, 20))
    number.setValue(5)
    for widget in (combo, day, number):
        column.addWidget(widget)
        column.addSpacing(600)
    area.setWidget(body)
    area.resize(400, 300)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    typing.setFocus()
    return area, combo, day, number


def test_wheel_over_unfocused_answers_scrolls_the_page(qtbot, scrolling_form):
    area, combo, day, number = scrolling_form
    bar = area.verticalScrollBar()
    for control in (combo, day, number):
        area.ensureWidgetVisible(control)
        start = bar.value()
        _wheel(control)
        assert bar.value() > start, "the page did not scroll"
        assert not control.hasFocus()
    assert combo.currentIndex() == 1
    assert day.date() == QDate(2031, 5, 20)
    assert number.value() == 5


def test_wheel_still_changes_a_focused_answer(qtbot, scrolling_form):
    area, combo, _day, number = scrolling_form
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    _wheel(combo, steps=-1)
    assert combo.currentIndex() == 2
    number.setFocus()
    qtbot.waitUntil(number.hasFocus)
    area.ensureWidgetVisible(number)
    _wheel(number, steps=1)
    assert number.value() == 6


def _decision_page(qtbot, ctx):
    from disclosure_helper.ui.decisions.page import DecisionsPage

    page = DecisionsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=3000)
    plans = ctx.vault.plans
    plan = plans.create("Telling my manager", plans.guide.situations[0].id, "elsewhere")
    plan.revisit_on = date.today() + timedelta(days=90)
    plans.save(plan)
    page.open_plan(plan.id, step="decision")
    return page, plan


def test_wheel_over_the_revisit_date_does_not_change_it(qtbot, unlocked_ctx):
    page, plan = _decision_page(qtbot, unlocked_ctx)
    control = page.plan_view.editor.card("decision", "revisit_on").control
    before = control.edit.date()
    for _ in range(3):
        _wheel(control.edit)
    assert control.edit.date() == before
    page.flush()
    assert unlocked_ctx.vault.plans.get(plan.id).revisit_on == plan.revisit_on


def test_a_revisit_date_in_the_past_gets_a_gentle_question(qtbot, unlocked_ctx):
    page, plan = _decision_page(qtbot, unlocked_ctx)
    control = page.plan_view.editor.card("decision", "revisit_on").control
    assert not control.past.isVisible()
    yesterday = date.today() - timedelta(days=1)
    control.edit.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    assert control.past.isVisible()
    assert "already passed" in control.past_text.text()
    control.past_change.click()
    assert not control.past.isVisible()
    qtbot.waitUntil(control.edit.hasFocus, timeout=3000)
    control.edit.setDate(QDate(yesterday.year, yesterday.month, yesterday.day - 1)
                         if yesterday.day > 1 else QDate(yesterday.year, yesterday.month, 1))
    control.past_keep.click()  # the person's choice stands
    assert not control.past.isVisible()
    page.flush()
    assert unlocked_ctx.vault.plans.get(plan.id).revisit_on < date.today()
    # A later visit does not ask again about a date already stored.
    page.open_plan(plan.id, step="decision")
    again = page.plan_view.editor.card("decision", "revisit_on").control
    assert not again.past.isVisible()


# -- a read-only vault ---------------------------------------------------------------------


def test_read_only_vault_opens_with_a_clear_banner(qtbot, ctx, existing_vault, monkeypatch):
    monkeypatch.setattr("disclosure_helper.vault._folder_writable", lambda folder: False)
    window = create_main_window(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.current_screen == "unlock"
    window.unlock_screen.passphrase.setText(PASSPHRASE)
    window.unlock_screen.submit()
    qtbot.waitUntil(lambda: window.current_screen == "app", timeout=10_000)
    assert ctx.vault.read_only
    banner = window.read_only_banner
    assert banner.isVisible() and "Read only" in banner.message()
    window.hide_now()
    assert not banner.isVisible()


def test_documents_is_where_saving_starts(monkeypatch, tmp_path):
    from PySide6.QtCore import QStandardPaths

    from disclosure_helper.ui import dialogs

    missing = tmp_path / "no-documents-here"
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda *_a: str(missing))
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: tmp_path))
    assert dialogs.documents_dir() == tmp_path
    (missing).mkdir()
    assert dialogs.documents_dir() == missing
