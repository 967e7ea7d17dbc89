"""Settings through the real widgets: passphrase, recovery code, backup, restore, look."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from disclosure_helper.errors import DiskFull
from disclosure_helper.ui.recovery import RecoveryCodeDialog
from disclosure_helper.ui.restore import RestoreDialog
from disclosure_helper.ui.settings.passphrase import ChangePassphraseDialog
from disclosure_helper.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.helpers import when_dialog_opens

NEW_PASSPHRASE = "seven quiet otters under maple"


def _settings(main_window):
    return main_window.shell.show_page("settings")


def test_change_passphrase(qtbot, main_window, ctx):
    page = _settings(main_window)
    errors = []

    def wrong_then_right(dialog: ChangePassphraseDialog) -> None:
        dialog.current.setText("not my passphrase")
        dialog.new.setText(NEW_PASSPHRASE)
        dialog.again.setText(NEW_PASSPHRASE)
        dialog.save_button.click()

        def retry() -> None:
            errors.append(dialog.error.text())
            dialog.current.setText(PASSPHRASE)
            dialog.save_button.click()

        qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
        retry()

    when_dialog_opens(ChangePassphraseDialog, wrong_then_right)
    qtbot.mouseClick(page.keys.change_button, Qt.MouseButton.LeftButton)
    assert errors and "not your current passphrase" in errors[0]
    assert "changed" in page.banner.text.text()
    vault = ctx.vault
    assert vault.verify_passphrase(NEW_PASSPHRASE)
    assert not vault.verify_passphrase(PASSPHRASE)


def test_new_recovery_code(qtbot, main_window, ctx, monkeypatch):
    page = _settings(main_window)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    shown = []

    def confirm(dialog: RecoveryCodeDialog) -> None:
        shown.append(dialog.panel._code)
        dialog.reject()  # not allowed before confirming: the code would be lost
        assert dialog.isVisible()
        dialog.panel.stored.setChecked(True)
        dialog.done_button.click()

    when_dialog_opens(RecoveryCodeDialog, confirm)
    qtbot.mouseClick(page.keys.recovery_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    qtbot.waitUntil(lambda: not any(isinstance(w, RecoveryCodeDialog) and w.isVisible()
                                    for w in QApplication.topLevelWidgets()))
    ctx.lock_now()
    ctx.vault.unlock_with_recovery_code(shown[0])
    assert ctx.is_unlocked


def test_backup_and_restore(qtbot, main_window, ctx, tmp_path, monkeypatch):
    page = _settings(main_window)
    ctx.vault.settings.set("auto_lock_minutes", 7)
    backup_file = tmp_path / "my.dhbackup"
    monkeypatch.setattr("disclosure_helper.ui.settings.page.ask_save_path",
                        lambda *a, **k: backup_file)
    assert "No backup" in page.backups.last.text()
    qtbot.mouseClick(page.backups.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "saved and checked" in page.banner.text.text(), timeout=10_000)
    assert backup_file.is_file()
    assert "Last backup" in page.backups.last.text()

    target = tmp_path / "restored"

    def fill(dialog: RestoreDialog) -> None:
        dialog.set_backup_file(backup_file)
        dialog.set_folder(ctx.data_dir)  # refused: it already holds a vault
        assert dialog.error.isVisible()
        dialog.set_folder(target)
        dialog.passphrase.setText("wrong passphrase here")
        dialog.restore_button.click()

        def then_right() -> None:
            dialog.passphrase.setText(PASSPHRASE)
            dialog.restore_button.click()

        qtbot.waitUntil(lambda: dialog.error.isVisible() and not dialog.busy.running,
                        timeout=10_000)
        assert "does not open this backup" in dialog.error.text()
        then_right()

    when_dialog_opens(RestoreDialog, fill)
    qtbot.mouseClick(page.backups.restore_button, Qt.MouseButton.LeftButton)
    assert "restored" in page.banner.text.text()
    assert ctx.is_unlocked  # the current vault is untouched and still open
    with Vault.open(target, keystore=ctx.keystore) as restored:
        restored.unlock(PASSPHRASE)
        assert restored.settings.get("auto_lock_minutes") == 7


def test_disk_full_during_backup_gets_a_kind_message(qtbot, main_window, ctx, tmp_path,
                                                      monkeypatch):
    page = _settings(main_window)
    monkeypatch.setattr("disclosure_helper.ui.settings.page.ask_save_path",
                        lambda *a, **k: tmp_path / "x.dhbackup")

    def full(*_a, **_k):
        raise DiskFull()

    monkeypatch.setattr(type(ctx.vault), "backup", full)
    qtbot.mouseClick(page.backups.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "disk is full" in page.banner.text.text(), timeout=10_000)
    assert ctx.is_unlocked


def test_privacy_settings_apply_at_once(qtbot, main_window, ctx):
    page = _settings(main_window)
    combo = page.privacy.auto_lock
    combo.setCurrentIndex(combo.findData(0))
    assert ctx.vault.settings.get("auto_lock_minutes") == 0
    assert not main_window.idle.running
    combo.setCurrentIndex(combo.findData(2))
    assert main_window.idle.interval_ms == 120_000
    page.privacy.lock_on_minimise.setChecked(True)
    assert ctx.vault.settings.get("lock_on_minimise") is True
    page.privacy.remember.setChecked(True)
    assert ctx.vault.remember_on_device
    page.privacy.remember.setChecked(False)
    assert not ctx.vault.remember_on_device


def test_text_size_and_theme(qtbot, main_window, ctx):
    page = _settings(main_window)
    app = QApplication.instance()
    before = app.font().pointSizeF()
    sizes = page.appearance.text_size
    sizes.setCurrentIndex(sizes.findData(1.5))
    assert app.font().pointSizeF() > before * 1.4
    assert ctx.prefs.text_scale == 1.5
    themes = page.appearance.theme
    themes.setCurrentIndex(themes.findData("high_contrast"))
    assert app.property("dh_theme") == "high_contrast"
    from disclosure_helper.preferences import Preferences

    saved = Preferences.load(ctx.data_dir)
    assert saved.theme == "high_contrast" and saved.text_scale == 1.5


def test_home_offers_a_backup_when_none_was_made(qtbot, main_window, ctx):
    home = main_window.shell.show_page("home")
    assert home.backup_banner.isVisible()
    ctx.vault.settings.set("last_backup", "2999-01-01T00:00:00+00:00")
    home.refresh_backup_reminder()
    assert not home.backup_banner.isVisible()


def test_backup_reminder_rule():
    from datetime import datetime, timezone

    from disclosure_helper.backup import backup_is_due

    now = datetime(2025, 3, 31, tzinfo=timezone.utc)
    assert backup_is_due(None, now)
    assert backup_is_due("2025-02-27T00:00:00+00:00", now)
    assert not backup_is_due("2025-03-10T00:00:00+00:00", now)
    assert backup_is_due("garbled", now)


def test_a_stronger_passphrase_setting_is_offered_calmly_and_applied(qtbot, main_window, ctx,
                                                                     monkeypatch):
    from disclosure_helper.kdf import KdfParams
    from disclosure_helper.ui.settings.passphrase import StrengthenDialog

    # The vault was made with tiny test parameters; this "machine" would choose more.
    stronger = KdfParams(time_cost=3, memory_kib=4096, parallelism=1)
    monkeypatch.setattr(KdfParams, "calibrated", classmethod(lambda cls, **_k: stronger))
    ctx.kdf = None  # as in the app: no explicit parameters, so the machine is asked
    home = main_window.shell.show_page("home")
    with qtbot.waitSignal(ctx.stronger_kdf_available, timeout=10_000):
        ctx.check_kdf()
    assert home.kdf_offer.isVisible()
    assert "passphrase" in home.kdf_offer.accessibleDescription()
    assert ctx.kdf_advice == stronger

    def strengthen(dialog: StrengthenDialog) -> None:
        dialog.passphrase.setText("not my passphrase")
        dialog.save_button.click()
        qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
        assert ctx.vault.passphrase_kdf != stronger  # a wrong passphrase changes nothing
        dialog.passphrase.setText(PASSPHRASE)
        dialog.save_button.click()

    when_dialog_opens(StrengthenDialog, strengthen)
    home.strengthen_button.click()
    assert ctx.vault.passphrase_kdf == stronger
    assert not home.kdf_offer.isVisible()
    assert ctx.vault.verify_passphrase(PASSPHRASE)


def test_not_now_is_remembered_for_these_settings(qtbot, main_window, ctx, monkeypatch):
    from disclosure_helper.kdf import KdfParams

    stronger = KdfParams(time_cost=3, memory_kib=4096, parallelism=1)
    monkeypatch.setattr(KdfParams, "calibrated", classmethod(lambda cls, **_k: stronger))
    ctx.kdf = None
    home = main_window.shell.show_page("home")
    with qtbot.waitSignal(ctx.stronger_kdf_available, timeout=10_000):
        ctx.check_kdf()
    home.not_now_button.click()
    assert not home.kdf_offer.isVisible()
    # A later session does not ask again while the passphrase keeps these settings.
    ctx._kdf_checked = None
    with qtbot.assertNotEmitted(ctx.stronger_kdf_available, wait=300):
        ctx.check_kdf()
