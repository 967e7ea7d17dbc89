"""Clear messages, and nothing lost, when the vault cannot be opened."""

from __future__ import annotations

from PySide6.QtCore import Qt

from disclosure_helper.database import DB_NAME
from disclosure_helper.ui.app import create_main_window
from disclosure_helper.ui.restore import RestoreDialog
from disclosure_helper.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.helpers import when_dialog_opens


def _window(qtbot, ctx):
    window = create_main_window(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def test_second_instance_gets_a_kind_message(qtbot, ctx, existing_vault):
    other = Vault.open(ctx.data_dir, keystore=ctx.keystore)  # the "other window"
    try:
        window = _window(qtbot, ctx)
        assert window.current_screen == "problem"
        problem = window.problem_screen
        assert "already open" in problem.message.text()
        assert not problem.restore_button.isVisible()
        assert problem.quit_button.isVisible()
    finally:
        other.close()
    qtbot.mouseClick(problem.retry_button, Qt.MouseButton.LeftButton)
    assert window.current_screen == "unlock"


def test_damaged_vault_offers_restore_and_changes_nothing(qtbot, ctx, tmp_path):
    vault = Vault.create(ctx.data_dir, PASSPHRASE, kdf=FAST_KDF, keystore=ctx.keystore)
    vault.settings.set("auto_lock_minutes", 9)
    backup_file = tmp_path / "b.dhbackup"
    vault.backup(backup_file)
    vault.close()
    (ctx.data_dir / DB_NAME).rename(tmp_path / "moved-away.db")
    before = sorted(p.name for p in ctx.data_dir.iterdir())

    window = _window(qtbot, ctx)
    problem = window.problem_screen
    assert window.current_screen == "problem"
    assert "restore" in problem.message.text()
    assert problem.restore_button.isVisible()
    assert sorted(p.name for p in ctx.data_dir.iterdir()) == before

    new_home = tmp_path / "restored"

    def fill(dialog: RestoreDialog) -> None:
        assert dialog.choose_folder.isVisible()  # the damaged folder is never restored over
        dialog.set_backup_file(backup_file)
        dialog.set_folder(new_home)
        dialog.passphrase.setText(PASSPHRASE)
        dialog.restore_button.click()

    when_dialog_opens(RestoreDialog, fill)
    from PySide6.QtWidgets import QMessageBox

    when_dialog_opens(QMessageBox, lambda box: box.accept())
    qtbot.mouseClick(problem.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_screen == "app", timeout=10_000)
    assert ctx.vault.folder == new_home
    assert ctx.vault.settings.get("auto_lock_minutes") == 9
    assert sorted(p.name for p in (tmp_path / "data").iterdir()) == before


def test_every_section_loads_its_real_page():
    from disclosure_helper.ui.main_window import load_page_class
    from disclosure_helper.ui.navigation import PAGES
    from disclosure_helper.ui.page import Page

    for spec in PAGES:
        assert issubclass(load_page_class(spec), Page), spec.key


def test_other_import_errors_surface(monkeypatch, tmp_path):
    import sys

    import pytest

    from disclosure_helper.ui.main_window import load_page_class
    from disclosure_helper.ui.navigation import PageSpec

    (tmp_path / "broken_page_mod.py").write_text("import a_module_that_is_not_there\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    spec = PageSpec("x", "X", "broken_page_mod", "X", "Ctrl+9")
    with pytest.raises(ModuleNotFoundError):
        load_page_class(spec)
    sys.modules.pop("broken_page_mod", None)
