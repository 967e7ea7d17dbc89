"""Start the desktop app: `disclosure-helper [--data-dir PATH] [BACKUP]`.

Also `python -m disclosure_helper`. The command line itself is read in `disclosure_helper.cli`,
before Qt loads.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication

from disclosure_helper.cli import LaunchArgs, parse_args
from disclosure_helper.memory import protect_process
from disclosure_helper.paths import resolve_data_dir
from disclosure_helper.preferences import Preferences
from disclosure_helper.ui import branding, crash, i18n, startup
from disclosure_helper.ui.context import AppContext
from disclosure_helper.ui.main_window import MainWindow
from disclosure_helper.ui.theme import ThemeWatcher
from disclosure_helper.ui.widgets.accessible import install_accessibility
from disclosure_helper.ui.widgets.keys import (
    install_enter_presses_buttons,
    install_focus_follows,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent

# The layout checker is for development only; it is loaded when asked for.
LAYOUT_TEST_VAR = "DISCLOSURE_HELPER_LAYOUT_TEST"


def make_application(
    argv: Sequence[str] | None = None, prefs: Preferences | None = None
) -> QApplication:
    """The QApplication, given Qt's own command-line options in `argv`, speaking the
    language `prefs` ask for."""
    app = QApplication.instance()
    made_here = app is None
    if app is None:
        # The calm Fusion look on every platform, styled by our QSS. Given as an option
        # rather than set afterwards: setStyle() hands back the style, and making its
        # Python type (hundreds of enum values) is a noticeable part of the start.
        app = QApplication([branding.program_name(prefs), *(argv or []), "-style", "Fusion"])
    # Before any window exists: every widget takes its words when it is built. Without
    # `prefs` (tests, the screenshot tour) a language already installed stays; else English,
    # whose catalogue holds the singular forms of "%n entries".
    if prefs is not None:
        i18n.install_language(app, i18n.effective_language(prefs.language))
    elif not i18n.is_installed():
        i18n.install_language(app, i18n.current_language())
    branding.apply_to_app(app, prefs)
    # Drawn by the desktop, not in the window: set once the window is up.
    startup.once_shown(lambda: app.setWindowIcon(branding.app_icon()))
    install_accessibility()
    startup.once_shown(lambda: install_enter_presses_buttons(app))
    install_focus_follows(app)
    if not made_here:
        app.setStyle("Fusion")
    if os.environ.get(LAYOUT_TEST_VAR, "").strip() not in ("", "0", "false", "no"):
        from disclosure_helper.ui.layout_test import enable_layout_test

        enable_layout_test(app)
    return app


def create_main_window(ctx: AppContext, app: QApplication | None = None) -> MainWindow:
    """Theme the app for `ctx.prefs`, build the window and choose its first screen."""
    app = app or QApplication.instance()
    # Also here, for windows made without make_application() (tests, the screenshot tour).
    install_accessibility()
    startup.once_shown(lambda: install_enter_presses_buttons(app))
    install_focus_follows(app)
    watcher = ThemeWatcher(app, lambda: ctx.prefs, parent=ctx)
    watcher.apply()
    ctx.appearance_changed.connect(watcher.apply)
    window = MainWindow(ctx)
    window.start()
    return window


class _FileOpenWatcher(QObject):
    """macOS hands a double-clicked backup to a running app as an event, not an argument."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        from PySide6.QtCore import QEvent  # macOS only: not built on other systems

        if event.type() == QEvent.Type.FileOpen and event.file():
            path = Path(event.file())
            QTimer.singleShot(0, lambda: self._window.open_backup(path))
            return True
        return False


def run(args: LaunchArgs) -> int:
    """Start the app for parsed command-line arguments (`disclosure_helper.cli`)."""
    # Before any key or text is in memory: no core dumps, no debugger attach.
    protect_process()
    # The first window shows before the rest loads (ui/startup.py says what waits).
    startup.begin()
    data_dir = resolve_data_dir(args.data_dir)
    app = make_application(getattr(args, "qt_args", []), Preferences.load(data_dir))
    crash.install()
    ctx = AppContext(data_dir)
    window = create_main_window(ctx, app)
    app.aboutToQuit.connect(ctx.shutdown)
    window.show()
    startup.shown(window)
    if sys.platform == "darwin":  # elsewhere the file comes as an argument
        app.installEventFilter(_FileOpenWatcher(window))
    if getattr(args, "self_test", False):
        from disclosure_helper.ui import selftest

        selftest.schedule(window)
    elif (named := getattr(args, "backup", None)):
        backup = Path(named).expanduser().absolute()
        # Once the event loop runs, so the window is on screen behind the restore dialog.
        QTimer.singleShot(0, lambda: window.open_backup(backup))
    return int(QCoreApplication.exec())


def main(argv: Sequence[str] | None = None) -> int:
    return run(parse_args(sys.argv[1:] if argv is None else argv))


if __name__ == "__main__":
    sys.exit(main())
