"""The first-run wizard, driven through its real widgets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from disclosure_helper import recovery
from disclosure_helper.ui.app import create_main_window
from disclosure_helper.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.helpers import focus_chain, key_through_window


def _window(qtbot, ctx):
    window = create_main_window(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def _to_recovery_step(qtbot, wizard):
    qtbot.mouseClick(wizard.start_button, Qt.MouseButton.LeftButton)
    assert wizard.step == "passphrase"
    qtbot.keyClicks(wizard.pass1.edit, PASSPHRASE)
    qtbot.keyClicks(wizard.pass2.edit, PASSPHRASE)
    assert wizard.create_button.isEnabled()
    qtbot.mouseClick(wizard.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.step == "recovery", timeout=10_000)


def test_wizard_creates_vault_and_shows_recovery_code_once(qtbot, ctx, tmp_path, monkeypatch):
    window = _window(qtbot, ctx)
    wizard = window.firstrun
    _to_recovery_step(qtbot, wizard)
    shown = wizard.recovery_panel._code
    assert recovery.normalise(shown) == shown
    assert ctx.vault.recovery_code is None  # shown once, not kept on the vault handle

    qtbot.mouseClick(wizard.recovery_panel.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == shown

    saved = tmp_path / "code.txt"
    monkeypatch.setattr("disclosure_helper.ui.recovery.ask_save_path",
                        lambda *a, **k: saved)
    qtbot.mouseClick(wizard.recovery_panel.save_button, Qt.MouseButton.LeftButton)
    text = saved.read_text(encoding="utf-8")
    assert shown in text and "safe" in text

    assert not wizard.recovery_next.isEnabled()
    wizard.recovery_panel.stored.setChecked(True)
    qtbot.mouseClick(wizard.recovery_next, Qt.MouseButton.LeftButton)
    assert wizard.step == "finish"
    assert wizard.recovery_panel._code == ""  # not left in memory on a hidden page
    wizard.remember.setChecked(True)
    qtbot.mouseClick(wizard.finish_button, Qt.MouseButton.LeftButton)

    # Home shows on the next turn of the event loop (its data is read on this one).
    qtbot.waitUntil(lambda: window.current_screen == "app")
    assert ctx.is_unlocked and ctx.vault.remember_on_device
    assert ctx.keystore.get(ctx.vault.vault_id) is not None

    # The code opens the vault.
    ctx.lock_now()
    ctx.vault.unlock_with_recovery_code(shown)
    assert ctx.is_unlocked


def test_mismatch_and_weak_passphrases_are_refused_kindly(qtbot, ctx):
    wizard = _window(qtbot, ctx).firstrun
    wizard.go("passphrase")
    qtbot.keyClicks(wizard.pass1.edit, PASSPHRASE)
    qtbot.keyClicks(wizard.pass2.edit, PASSPHRASE[:-1])
    assert not wizard.create_button.isEnabled()
    assert "match" in wizard.match.text()

    wizard.pass1.setText("password")
    wizard.pass2.setText("password")
    wizard.create_vault()
    assert wizard.pass_error.isVisible()
    assert "guess" in wizard.pass_error.text()
    assert not Vault.exists(ctx.data_dir)


def test_show_hide_toggle(qtbot, ctx):
    wizard = _window(qtbot, ctx).firstrun
    wizard.go("passphrase")
    field = wizard.pass1
    assert field.edit.echoMode() == field.edit.EchoMode.Password
    qtbot.mouseClick(field.toggle, Qt.MouseButton.LeftButton)
    assert field.edit.echoMode() == field.edit.EchoMode.Normal
    assert field.toggle.accessibleName() == "Hide passphrase"
    field.clear()
    assert field.edit.echoMode() == field.edit.EchoMode.Password


def test_keyboard_only_through_the_wizard(qtbot, ctx):
    window = _window(qtbot, ctx)
    wizard = window.firstrun
    assert window.focusWidget() is wizard.start_button
    key_through_window(window.focusWidget(), Qt.Key.Key_Return)  # Enter presses buttons too
    assert wizard.step == "passphrase"
    assert window.focusWidget() is wizard.pass1.edit
    chain = focus_chain(wizard.pass1.edit, 4)
    assert chain == [wizard.pass1.toggle, wizard.pass2.edit, wizard.pass2.toggle,
                     wizard.pass_back]
    qtbot.keyClicks(wizard.pass1.edit, PASSPHRASE)
    qtbot.keyClicks(wizard.pass2.edit, PASSPHRASE)
    qtbot.keyClick(wizard.pass2.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.step == "recovery", timeout=10_000)
    panel = wizard.recovery_panel
    assert window.focusWidget() is panel.copy_button
    chain = focus_chain(panel.copy_button, 3)
    assert chain == [panel.print_button, panel.save_button, panel.stored]
    qtbot.keyClick(panel.stored, Qt.Key.Key_Space)
    assert panel.stored.isChecked()
    assert focus_chain(panel.stored, 1) == [wizard.recovery_next]
    key_through_window(wizard.recovery_next, Qt.Key.Key_Enter,
                       Qt.KeyboardModifier.KeypadModifier)
    assert wizard.step == "finish"
    assert window.focusWidget() is wizard.remember
    chain = focus_chain(wizard.remember, 1)
    assert chain == [wizard.finish_button]
    key_through_window(window.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_screen == "app")


def test_restore_on_first_run(qtbot, ctx, tmp_path, fast_kdf, keystore):
    from disclosure_helper.ui.restore import RestoreDialog
    from tests.ui.helpers import when_dialog_opens

    original = Vault.create(tmp_path / "elsewhere", PASSPHRASE, kdf=fast_kdf, keystore=keystore)
    original.settings.set("auto_lock_minutes", 12)
    backup_file = tmp_path / "b.dhbackup"
    original.backup(backup_file)
    original.close()

    window = _window(qtbot, ctx)

    def fill(dialog: RestoreDialog) -> None:
        dialog.set_backup_file(backup_file)
        dialog.passphrase.setText(PASSPHRASE)
        dialog.restore_button.click()

    when_dialog_opens(RestoreDialog, fill)
    qtbot.mouseClick(window.firstrun.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_screen == "app", timeout=10_000)
    assert Path(ctx.vault.folder) == ctx.data_dir
    assert ctx.vault.settings.get("auto_lock_minutes") == 12
