"""A plain name for a shared computer, the window icon, and a backup opened by double-click."""

from __future__ import annotations

import json

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from disclosure_helper.preferences import Preferences
from disclosure_helper.ui import branding
from disclosure_helper.ui.app import create_main_window, make_application
from disclosure_helper.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture(autouse=True)
def _own_name_afterwards(qapp):
    yield
    branding.apply_to_app(qapp, Preferences())


def _window(qtbot, ctx):
    window = create_main_window(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def test_plain_name_hides_the_apps_name_before_and_after_unlock(qtbot, ctx, existing_vault):
    ctx.prefs.launch_name = "notes"
    ctx.prefs.save(ctx.data_dir)
    window = _window(qtbot, ctx)
    assert window.current_screen == "unlock"
    assert window.windowTitle() == "Notes"
    assert not window.unlock_screen.title.isVisible()
    assert QGuiApplication.applicationDisplayName() == "Notes"
    # The taskbar finds a desktop entry by this id: it must not name the app.
    assert "disclosure" not in QGuiApplication.desktopFileName().lower()
    window.unlock_screen.passphrase.setText(PASSPHRASE)
    window.unlock_screen.submit()
    qtbot.waitUntil(lambda: window.current_screen == "app", timeout=10_000)
    assert window.windowTitle() == "Notes" and window.brand.text() == "Notes"
    visible = [w.text() for w in window.findChildren(type(window.brand)) if w.isVisible()]
    assert not any("Disclosure Helper" in text for text in visible)


def test_choosing_a_plain_name_in_settings_applies_at_once_and_is_kept(qtbot, main_window):
    ctx = main_window.ctx
    assert main_window.windowTitle() == "Disclosure Helper"
    settings = main_window.shell.show_page("settings")
    box = settings.naming.name
    box.setCurrentIndex(box.findData("journal"))
    assert main_window.windowTitle() == "Journal"
    assert main_window.brand.text() == "Journal"
    saved = json.loads((ctx.data_dir / "preferences.json").read_text(encoding="utf-8"))
    assert saved["launch_name"] == "journal"
    main_window.hide_now()
    assert main_window.current_screen == "unlock"
    assert not main_window.unlock_screen.title.isVisible()
    box.setCurrentIndex(box.findData(""))
    assert main_window.windowTitle() == "Disclosure Helper"
    assert main_window.unlock_screen.title.isVisibleTo(main_window)


def test_only_names_from_the_list_are_kept(tmp_path):
    (tmp_path / "preferences.json").write_text(json.dumps({"launch_name": "My secret diary"}))
    assert Preferences.load(tmp_path).launch_name == ""
    (tmp_path / "preferences.json").write_text(json.dumps({"launch_name": "planner"}))
    assert Preferences.load(tmp_path).launch_name == "planner"


def test_the_window_has_the_app_icon_at_every_size(qapp):
    app = make_application([])
    sizes = {size.width() for size in app.windowIcon().availableSizes()}
    assert sizes >= {16, 32, 48, 64, 128, 256}


def _backup(tmp_path, keystore):
    vault = Vault.create(tmp_path / "old", PASSPHRASE, kdf=FAST_KDF, keystore=keystore)
    vault.settings.set("auto_lock_minutes", 12)
    backup = tmp_path / "old.dhbackup"
    vault.backup(backup)
    vault.close()
    return backup


def test_a_backup_opened_on_first_run_is_restored_here_and_opened(qtbot, ctx, tmp_path):
    from disclosure_helper.ui.restore import RestoreDialog
    from tests.ui.helpers import when_dialog_opens

    backup = _backup(tmp_path, ctx.keystore)
    window = _window(qtbot, ctx)
    assert window.current_screen == "firstrun"
    seen = {}

    def fill(dialog: RestoreDialog) -> None:
        seen["file"] = dialog.backup_file
        seen["focus"] = dialog.focusWidget() is dialog.passphrase.edit
        dialog.passphrase.setText(PASSPHRASE)
        dialog.restore_button.click()

    when_dialog_opens(RestoreDialog, fill)
    window.open_backup(backup)
    qtbot.waitUntil(lambda: window.current_screen == "app", timeout=10_000)
    assert seen["file"] == backup
    assert seen["focus"]  # only the passphrase is left to type
    assert ctx.vault.folder == ctx.data_dir
    assert ctx.vault.settings.get("auto_lock_minutes") == 12


def test_a_backup_opened_beside_a_vault_goes_to_a_new_folder(qtbot, ctx, existing_vault,
                                                            tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from disclosure_helper.ui.restore import RestoreDialog
    from tests.ui.helpers import when_dialog_opens

    backup = _backup(tmp_path, ctx.keystore)
    before = sorted(p.name for p in ctx.data_dir.iterdir())
    window = _window(qtbot, ctx)
    assert window.current_screen == "unlock"
    told = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text: told.append(text))

    def fill(dialog: RestoreDialog) -> None:
        assert not dialog.choose_folder.isHidden()  # never this vault's folder
        dialog.set_folder(tmp_path / "restored")
        dialog.passphrase.setText(PASSPHRASE)
        dialog.restore_button.click()

    when_dialog_opens(RestoreDialog, fill)
    window.open_backup(backup)
    assert Vault.exists(tmp_path / "restored")
    assert told and str(tmp_path / "restored") in told[0]
    assert sorted(p.name for p in ctx.data_dir.iterdir()) == before
    assert window.current_screen == "unlock"
    QApplication.processEvents()
