"""The unlock screen: right and wrong passphrase, recovery code, keyring, keyboard only."""

from __future__ import annotations

from PySide6.QtCore import Qt

from disclosure_helper.ui.app import create_main_window
from disclosure_helper.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.helpers import focus_chain


def _window(qtbot, ctx):
    window = create_main_window(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def test_right_passphrase_unlocks_off_the_gui_thread(qtbot, ctx, existing_vault):
    window = _window(qtbot, ctx)
    screen = window.unlock_screen
    qtbot.keyClicks(screen.passphrase.edit, PASSPHRASE)
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    # The click returns at once: the key derivation runs in the background.
    assert screen.busy.running or window.current_screen == "app"
    qtbot.waitUntil(lambda: window.current_screen == "app", timeout=10_000)
    assert ctx.is_unlocked
    assert screen.passphrase.text() == ""
    assert window.shell.current_key == "home"


def test_unlocked_window_is_drawn_on_the_turn_after_it_is_shown(qtbot, ctx, existing_vault):
    # Shown in one turn, drawn in the next (each under a frame); never left undrawn.
    window = _window(qtbot, ctx)
    states: list[tuple[str, bool]] = []
    window.screens.currentChanged.connect(
        lambda _i: states.append((window.current_screen, window.updatesEnabled())))
    window.unlock_screen.passphrase.setText(PASSPHRASE)
    window.unlock_screen.submit()
    qtbot.waitUntil(lambda: window.current_screen == "app", timeout=10_000)
    assert states[-1] == ("app", False)
    qtbot.waitUntil(window.updatesEnabled)


def test_locked_again_at_once_the_window_is_still_drawn(qtbot, ctx, existing_vault):
    window = _window(qtbot, ctx)
    window.unlock_screen.passphrase.setText(PASSPHRASE)
    window.unlock_screen.submit()
    qtbot.waitUntil(lambda: window.current_screen == "app", timeout=10_000)
    window.hide_now()  # Hide now straight after unlocking
    assert window.current_screen == "unlock"
    qtbot.waitUntil(window.updatesEnabled)


def test_wrong_passphrase_is_kind_and_reveals_nothing(qtbot, ctx, existing_vault):
    window = _window(qtbot, ctx)
    screen = window.unlock_screen
    for attempt in range(2):
        screen.passphrase.setText(f"not it {attempt}")
        qtbot.keyClick(screen.passphrase.edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: screen.error.isVisible(), timeout=10_000)
        qtbot.waitUntil(lambda: not screen.busy.running)
        text = screen.error.text()
        assert "did not open" in text
        assert not any(ch.isdigit() for ch in text)  # no attempt counts
    assert not ctx.is_unlocked
    assert window.current_screen == "unlock"
    assert window.windowTitle() == "Disclosure Helper"
    assert not window.top_bar.isVisible()


def test_empty_passphrase_asks_gently(qtbot, ctx, existing_vault):
    window = _window(qtbot, ctx)
    window.unlock_screen.submit()
    assert "type your passphrase" in window.unlock_screen.error.text()


def test_recovery_code_unlocks_and_offers_a_new_passphrase(qtbot, ctx):
    vault = Vault.create(ctx.data_dir, PASSPHRASE, kdf=FAST_KDF, keystore=ctx.keystore)
    code = vault.recovery_code
    vault.close()
    window = _window(qtbot, ctx)
    screen = window.unlock_screen
    qtbot.mouseClick(screen.switch_mode, Qt.MouseButton.LeftButton)
    assert screen.mode == "recovery"
    qtbot.keyClicks(screen.code, "WRONG-CODE")
    qtbot.keyClick(screen.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.error.isVisible(), timeout=10_000)
    assert not ctx.is_unlocked
    screen.code.setText(code.lower().replace("-", " "))
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_screen == "app", timeout=10_000)
    settings = window.shell.pages["settings"]
    assert window.shell.current_key == "settings"
    assert settings.opened_with_recovery_code
    assert "recovery code" in settings.banner.text.text()


def test_keyring_unlocks_automatically_when_opted_in(qtbot, ctx):
    vault = Vault.create(ctx.data_dir, PASSPHRASE, kdf=FAST_KDF, keystore=ctx.keystore)
    vault.set_remember_on_device(True)
    vault.close()
    window = _window(qtbot, ctx)
    qtbot.waitUntil(lambda: window.current_screen == "app", timeout=10_000)
    assert ctx.is_unlocked


def test_keyring_missing_falls_back_to_passphrase(qtbot, ctx):
    vault = Vault.create(ctx.data_dir, PASSPHRASE, kdf=FAST_KDF, keystore=ctx.keystore)
    vault.set_remember_on_device(True)
    vault.close()
    ctx.keystore.items.clear()
    window = _window(qtbot, ctx)
    qtbot.waitUntil(lambda: window.current_screen == "unlock"
                    and not window.unlock_screen.busy.running, timeout=10_000)
    assert not ctx.is_unlocked


def test_keyboard_only_unlock(qtbot, ctx, existing_vault):
    window = _window(qtbot, ctx)
    screen = window.unlock_screen
    assert window.focusWidget() is screen.passphrase.edit
    assert focus_chain(screen.passphrase.edit, 3) == [
        screen.passphrase.toggle, screen.unlock_button, screen.switch_mode]
    qtbot.keyClick(screen.switch_mode, Qt.Key.Key_Space)
    assert screen.mode == "recovery"
    assert window.focusWidget() is screen.code
    assert focus_chain(screen.code, 2) == [screen.unlock_button, screen.switch_mode]
    qtbot.keyClick(screen.switch_mode, Qt.Key.Key_Space)
    assert window.focusWidget() is screen.passphrase.edit
    qtbot.keyClicks(screen.passphrase.edit, PASSPHRASE)
    qtbot.keyClick(screen.passphrase.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_screen == "app", timeout=10_000)
