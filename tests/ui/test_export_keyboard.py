"""The export dialogs by keyboard alone: choose, save with Enter, and see the result."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from disclosure_helper.journal import Entry
from disclosure_helper.ui.decisions import export_dialog
from disclosure_helper.ui.journal import export as journal_export
from disclosure_helper.ui.widgets.keys import install_enter_presses_buttons
from tests.ui.helpers import key_through_window
from tests.ui.test_decisions_export import plan_page  # noqa: F401 - a fixture
from tests.ui.test_journal_keyboard import page  # noqa: F401 - a fixture


def _tab_to(qtbot, dialog, wanted, limit: int = 40):
    for _ in range(limit):
        if QApplication.focusWidget() is wanted:
            return
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Tab)
    raise AssertionError("could not reach the control with Tab")


def test_printable_plan_by_keyboard(qtbot, plan_page, tmp_path, monkeypatch):  # noqa: F811
    install_enter_presses_buttons(QApplication.instance())
    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(export_dialog, "ask_pdf_path", lambda parent: target)
    plan_page.export()
    dialog = plan_page.dialog
    dialog.activateWindow()
    dialog.checks["summary"].setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.checks["summary"])
    _tab_to(qtbot, dialog, dialog.checks["why"])
    qtbot.keyClick(dialog.checks["why"], Qt.Key.Key_Space)
    assert "why" in dialog.chosen()
    _tab_to(qtbot, dialog, dialog.save_button)
    key_through_window(dialog.save_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.saved_path == target, timeout=15_000)
    assert target.exists() and "not encrypted" in dialog.message.message()
    assert dialog.message.isVisible()


def test_journal_export_by_keyboard(qtbot, page, unlocked_ctx, tmp_path, monkeypatch):  # noqa: F811
    unlocked_ctx.vault.journal.add(Entry(kind="free", body="A calm day at last."))
    page.refresh()
    target = tmp_path / "journal.md"
    monkeypatch.setattr(journal_export.dialogs, "ask_save_path", lambda *a, **k: target)
    page.export_button.setFocus()
    key_through_window(page.export_button, Qt.Key.Key_Return)  # Enter opens the dialog
    qtbot.waitUntil(lambda: getattr(page, "export_dialog", None) is not None
                    and page.export_dialog.isVisible())
    dialog = page.export_dialog
    dialog.activateWindow()
    dialog.scope_shown.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.scope_shown)
    qtbot.keyClick(dialog.scope_shown, Qt.Key.Key_Down)  # arrow keys move between choices
    assert dialog.scope_all.isChecked()
    _tab_to(qtbot, dialog, dialog.save_button)
    key_through_window(dialog.save_button, Qt.Key.Key_Enter,
                       Qt.KeyboardModifier.KeypadModifier)
    qtbot.waitUntil(lambda: "Saved 1 entry" in dialog.banner.message(), timeout=15_000)
    assert Path(target).read_text(encoding="utf-8").count("A calm day at last.") == 1
    assert dialog.banner.isVisible()
    dialog.done(0)
