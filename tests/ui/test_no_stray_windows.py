"""No part of a screen opens as a window of its own while it is built.

A widget shown before it is put in its place has no parent yet: Qt opens it as a
window for a moment, and the desktop may give that window the keyboard focus, which
leaves a keyboard or screen reader user typing nowhere.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget

from disclosure_helper.ui.navigation import PAGES


class _WindowsShown(QObject):
    """Every window that shows (test only: an app-wide filter sees every event)."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (event.type() == QEvent.Type.Show and isinstance(watched, QWidget)
                and watched.isWindow() and not isinstance(watched, QMainWindow | QDialog)
                and watched.windowType() not in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)):
            self.shown.append(f"{type(watched).__name__} {watched.objectName()}".strip())
        return False


@pytest.fixture
def windows_shown():
    spy = _WindowsShown()
    QApplication.instance().installEventFilter(spy)
    yield spy.shown
    QApplication.instance().removeEventFilter(spy)


def test_every_section_builds_in_place(qtbot, main_window, ctx, windows_shown):
    for spec in PAGES:
        main_window.shell.show_page(spec.key)
        qtbot.waitUntil(lambda key=spec.key: main_window.shell.current_key == key)
    assert windows_shown == []


def test_dialogs_build_in_place(qtbot, unlocked_ctx, tmp_path, windows_shown):
    from disclosure_helper.ui.restore import RestoreDialog
    from disclosure_helper.ui.widgets import FormDialog

    for dialog in (FormDialog("A question", intro="Some words to read first."),
                   RestoreDialog(unlocked_ctx), RestoreDialog(unlocked_ctx, tmp_path / "here")):
        qtbot.addWidget(dialog)
    assert windows_shown == []
