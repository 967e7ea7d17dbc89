"""Start the desktop app: `disclosure-helper [--data-dir PATH]` or `python -m disclosure_helper`."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from disclosure_helper.paths import ENV_VAR, resolve_data_dir
from disclosure_helper.ui import crash
from disclosure_helper.ui.context import AppContext
from disclosure_helper.ui.main_window import APP_TITLE, MainWindow
from disclosure_helper.ui.theme import ThemeWatcher

# The layout checker is for development only; it is loaded when asked for.
LAYOUT_TEST_VAR = "DISCLOSURE_HELPER_LAYOUT_TEST"


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="disclosure-helper",
        description="A private, offline companion for decisions about disclosure at work, "
        "with an encrypted journal.",
    )
    parser.add_argument(
        "--data-dir",
        metavar="PATH",
        help=f"the folder that holds your vault (default: the {ENV_VAR} environment "
        "variable, then your user data folder)",
    )
    # Qt's own options (e.g. -platform) pass through untouched.
    args, _qt_args = parser.parse_known_args(argv)
    return args


def make_application(argv: Sequence[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "disclosure-helper", *(argv or [])])
    app.setApplicationName(APP_TITLE)
    app.setApplicationDisplayName(APP_TITLE)
    app.setDesktopFileName("disclosure-helper")
    app.setStyle("Fusion")  # the same calm look on every platform, styled by our QSS
    if os.environ.get(LAYOUT_TEST_VAR, "").strip() not in ("", "0", "false", "no"):
        from disclosure_helper.ui.layout_test import enable_layout_test

        enable_layout_test(app)
    return app


def create_main_window(ctx: AppContext, app: QApplication | None = None) -> MainWindow:
    """Theme the app for `ctx.prefs`, build the window and choose its first screen."""
    app = app or QApplication.instance()
    watcher = ThemeWatcher(app, lambda: ctx.prefs, parent=ctx)
    watcher.apply()
    ctx.appearance_changed.connect(watcher.apply)
    window = MainWindow(ctx)
    window.start()
    return window


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = make_application([])
    crash.install()
    ctx = AppContext(resolve_data_dir(args.data_dir))
    window = create_main_window(ctx, app)
    app.aboutToQuit.connect(ctx.shutdown)
    window.show()
    return int(QCoreApplication.exec())


if __name__ == "__main__":
    sys.exit(main())
