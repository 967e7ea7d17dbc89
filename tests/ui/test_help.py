"""Help: the keyboard shortcuts sheet lists every key the app binds, and About tells the
version, the promise, the data folder, the licence and the credits."""

from __future__ import annotations

import importlib.metadata
import re
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from disclosure_helper import __version__, content
from disclosure_helper.ui import shortcuts
from disclosure_helper.ui.help.about import AboutDialog, LicenceDialog
from disclosure_helper.ui.help.shortcuts_sheet import ShortcutsDialog
from tests.ui.test_together import _start_from_plan, plan  # noqa: F401 - a fixture


def _bound_keys(root) -> set[str]:
    found = set()
    for shortcut in root.findChildren(QShortcut):
        for key in [shortcut.key(), *shortcut.keys()]:
            if not key.isEmpty():
                found.add(key.toString())
    return found


def test_the_sheet_lists_every_shortcut_bound_anywhere(qtbot, main_window, plan):  # noqa: F811
    # Every section, the journal editor and a Together session are built, so their
    # shortcuts exist; each bound key must be on the sheet.
    main_window.shell.show_page("journal")
    _page, view = _start_from_plan(qtbot, main_window, plan)
    bound = _bound_keys(main_window) | _bound_keys(view)
    assert {"Ctrl+Shift+H", "F1", "Ctrl+?", "Ctrl+1", "Ctrl+P", "Ctrl+E", "Alt+Right",
            "Ctrl+N", "Ctrl+F", "Ctrl+S"} <= bound
    assert bound - shortcuts.listed_sequences() == set()


def test_the_sheet_shows_each_group_with_readable_keys(qtbot):
    sheet = ShortcutsDialog()
    qtbot.addWidget(sheet)
    rows = dict((action, keys) for keys, action in sheet.rows)
    assert rows["Hide now: lock straight away"] in ("Ctrl+Shift+H", "Escape twice")
    assert rows["Go to Journal"] == QKeySequence("Ctrl+3").toString(
        QKeySequence.SequenceFormat.NativeText)
    assert rows["Pause, and continue again"] == "Ctrl+P"
    assert rows["Show or hide the guidance for the supporter"] == "F1 or Ctrl+G"
    assert "Together mode" in [g.title_text() for g in shortcuts.groups()]


def test_f1_and_ctrl_question_open_the_sheet_but_f1_is_the_guidance_in_together(
        qtbot, main_window, plan):  # noqa: F811
    main_window.activateWindow()
    qtbot.keyClick(main_window.shell.nav, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: isinstance(main_window._help_dialog, ShortcutsDialog)
                    and main_window._help_dialog.isVisible())
    main_window._help_dialog.close_button.click()
    qtbot.waitUntil(lambda: main_window._help_dialog is None)

    _page, view = _start_from_plan(qtbot, main_window, plan)
    assert view.guidance_visible
    view.window().activateWindow()
    qtbot.keyClick(view.page_box, Qt.Key.Key_F1)
    QApplication.processEvents()
    assert not view.guidance_visible
    assert main_window._help_dialog is None
    question = QKeySequence("Ctrl+?")[0]
    qtbot.keyClick(view.page_box, question.key(), question.keyboardModifiers())
    qtbot.waitUntil(lambda: isinstance(main_window._help_dialog, ShortcutsDialog))


def test_help_menu_and_settings_open_about(qtbot, main_window):
    menu = main_window.help_button.menu()
    texts = [action.text().split("\t")[0] for action in menu.actions()]
    assert texts == ["Keyboard shortcuts", "About"]
    menu.actions()[1].trigger()
    qtbot.waitUntil(lambda: isinstance(main_window._help_dialog, AboutDialog))
    main_window._help_dialog.close_button.click()
    qtbot.waitUntil(lambda: main_window._help_dialog is None)
    settings = main_window.shell.show_page("settings")
    settings.help.about_button.click()
    qtbot.waitUntil(lambda: isinstance(main_window._help_dialog, AboutDialog))
    settings.help.shortcuts_button.click()
    qtbot.waitUntil(lambda: isinstance(main_window._help_dialog, ShortcutsDialog))


def test_about_tells_version_promise_data_folder_licence_and_credits(qtbot, ctx):
    about = AboutDialog(ctx)
    qtbot.addWidget(about)
    shown = " ".join(label.text() for label in about.findChildren(type(about.version)))
    assert f"Version {__version__}" in shown
    assert "never uses the internet" in shown
    assert str(ctx.data_dir) in shown
    assert "GNU General Public License" in shown
    assert "Atkinson Hyperlegible" in shown and "SIL Open Font License 1.1" in shown
    assert "PySide6" in shown and "GNU Lesser General Public License 3.0" in shown

    about.licence_button.click()
    reader = about._licence_dialog
    assert isinstance(reader, LicenceDialog) and reader.isVisible()
    assert "GNU GENERAL PUBLIC LICENSE" in reader.text.toPlainText()
    assert "Version 3, 29 June 2007" in reader.text.toPlainText()
    reader.accept()
    font = next(b for b in about.credit_buttons if "Open Font" in b.text())
    font.click()
    assert "SIL OPEN FONT LICENSE" in about._licence_dialog.text.toPlainText()


def _requirement_names(dist: str) -> set[str]:
    names = set()
    for requirement in importlib.metadata.requires(dist) or []:
        if "extra ==" in requirement:
            continue
        older = re.search(r"python_version\s*<\s*'(\d+)\.(\d+)'", requirement.replace('"', "'"))
        if older and sys.version_info >= (int(older.group(1)), int(older.group(2))):
            continue  # only for older Pythons than this one
        names.add(re.split(r"[\s;<>=!~\[]", requirement, maxsplit=1)[0])
    return names


def _canon(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_every_library_the_app_ships_is_credited():
    credited = {_canon(p) for c in content.load("about")["credits"] for p in c["packages"]}
    todo, seen = list(_requirement_names("disclosure-helper")), set()
    while todo:
        name = _canon(todo.pop())
        if name in seen:
            continue
        seen.add(name)
        try:
            todo += _requirement_names(name)
        except importlib.metadata.PackageNotFoundError:
            continue  # not installed on this system (a platform-only dependency)
    assert seen - credited == set()
