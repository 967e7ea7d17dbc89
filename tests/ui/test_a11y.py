"""Every control on every top-level screen has an accessible name."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QPushButton, QWidget

from disclosure_helper.ui.a11y import missing_accessible_names
from disclosure_helper.ui.app import create_main_window
from disclosure_helper.ui.recovery import RecoveryCodeDialog
from disclosure_helper.ui.restore import RestoreDialog
from disclosure_helper.ui.settings.passphrase import ChangePassphraseDialog
from disclosure_helper.ui.unlock.problem import ProblemScreen


def test_the_checker_finds_unnamed_controls(qapp):
    root = QWidget()
    named = QPushButton("Fine", root)
    named.setAccessibleName("Fine")
    QCheckBox("Nameless", root)
    assert missing_accessible_names(root) == ["QCheckBox ('Nameless') in QWidget"]


def test_first_run_and_unlock_screens(qtbot, ctx):
    window = create_main_window(ctx)
    qtbot.addWidget(window)
    assert missing_accessible_names(window.firstrun) == []
    assert missing_accessible_names(window.unlock_screen) == []
    assert missing_accessible_names(window.problem_screen) == []
    assert missing_accessible_names(window) == []


def test_every_page_of_the_app(qtbot, main_window):
    for key, page in main_window.shell.pages.items():
        main_window.shell.show_page(key)
        assert missing_accessible_names(page) == [], key
    assert missing_accessible_names(main_window) == []


def test_dialogs(qtbot, unlocked_ctx):
    for dialog in (
        ChangePassphraseDialog(unlocked_ctx),
        RestoreDialog(unlocked_ctx),
        RecoveryCodeDialog(unlocked_ctx, "ABCD-EFGH-JKMN-PQRS-TWXY-2345-6789"),
        ProblemScreen(unlocked_ctx),
    ):
        qtbot.addWidget(dialog)
        assert missing_accessible_names(dialog) == [], type(dialog).__name__
