"""The command line: `disclosure-helper [--data-dir PATH] [BACKUP] [Qt options]`.

Parsed before Qt is imported, so `--version` and `--help` answer at once and a
double-clicked backup file reaches the restore flow. Qt's own options (`-platform
offscreen`, `-reverse`, `-style fusion`) are set aside first and handed to Qt
untouched: argparse alone would read `offscreen` in `-platform offscreen` as the
backup file.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence
from types import SimpleNamespace
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import argparse

from disclosure_helper import APP_NAME, __version__
from disclosure_helper.paths import ENV_VAR

# The options QGuiApplication and QApplication read themselves (Qt 6 documentation of
# QGuiApplication and QApplication), with one or two leading dashes as Qt accepts.
QT_OPTIONS_WITH_VALUE = frozenset({
    "platform", "platformpluginpath", "platformtheme", "plugin", "qmljsdebugger",
    "qwindowgeometry", "qwindowicon", "qwindowtitle", "session", "style", "stylesheet",
    "display", "geometry", "name", "title", "visual",
})
QT_FLAGS = frozenset({"reverse", "widgetcount", "nograb", "dograb", "sync"})


def split_qt_args(argv: Sequence[str]) -> tuple[list[str], list[str]]:
    """Separate Qt's options from ours: (our arguments, Qt's arguments), order kept."""
    ours: list[str] = []
    qt: list[str] = []
    items = list(argv)
    index = 0
    while index < len(items):
        arg = items[index]
        name = arg.lstrip("-") if arg.startswith("-") and not arg.startswith("---") else ""
        if name in QT_FLAGS:
            qt.append(arg)
        elif name in QT_OPTIONS_WITH_VALUE:
            qt.append(arg)
            if index + 1 < len(items):
                index += 1
                qt.append(items[index])
        elif arg == "--":
            ours.extend(items[index:])
            break
        else:
            ours.append(arg)
        index += 1
    return ours, qt


class LaunchArgs(Protocol):
    """What the command line said (argparse's namespace, or the quick path's)."""

    data_dir: str | None
    version: bool
    self_test: bool
    backup: str | None
    qt_args: list[str]


def build_parser() -> argparse.ArgumentParser:
    # Loaded only here: with gettext, which it brings, argparse takes several ms to load,
    # and an everyday start does without it (`_everyday`).
    import argparse

    parser = argparse.ArgumentParser(
        prog="disclosure-helper",
        description="A private, offline companion for decisions about disclosure at work, "
        "with an encrypted journal.",
        epilog="Qt's own options, such as -platform offscreen or -reverse, are passed to Qt.",
    )
    parser.add_argument(
        "--data-dir",
        metavar="PATH",
        help=f"the folder that holds your vault (default: the {ENV_VAR} environment "
        "variable, then your user data folder)",
    )
    parser.add_argument(
        "--version", action="store_true", help="print the version and exit"
    )
    parser.add_argument(
        "--self-test", action="store_true",
        help="start, check that every part of the app was installed, print what was "
        "found and quit (for packagers)",
    )
    parser.add_argument(
        "backup",
        nargs="?",
        metavar="BACKUP",
        help="a backup file (.dhbackup) to restore; the app opens its restore screen with it",
    )
    return parser


def _everyday(ours: Sequence[str]) -> SimpleNamespace | None:
    """The launches a desktop makes (nothing, a data folder, a double-clicked backup),
    read without building the parser: its help texts are looked up in gettext's catalogues
    one by one, a few milliseconds at every start. None for anything else, which the
    parser reads (and words any mistake in). tests/core/test_cli.py checks both agree."""
    data_dir: str | None = None
    backup: str | None = None
    items = list(ours)
    while items:
        arg = items.pop(0)
        if arg == "--data-dir" and data_dir is None and items and items[0][:1] not in ("", "-"):
            data_dir = items.pop(0)
        elif (arg.startswith("--data-dir=") and data_dir is None
              and arg[len("--data-dir="):][:1] not in ("", "-")):
            data_dir = arg[len("--data-dir="):]
        elif arg[:1] not in ("", "-") and backup is None:
            backup = arg
        else:
            return None
    return SimpleNamespace(data_dir=data_dir, version=False, self_test=False, backup=backup)


def parse_args(argv: Sequence[str] | None = None) -> LaunchArgs:
    """Our options, with Qt's kept in `qt_args` for QApplication."""
    ours, qt = split_qt_args(sys.argv[1:] if argv is None else argv)
    args: SimpleNamespace | argparse.Namespace | None = _everyday(ours)
    if args is None:
        args = build_parser().parse_args(ours)
    args.qt_args = qt
    return args


def version_text() -> str:
    return f"{APP_NAME} {__version__}"


def main(argv: Sequence[str] | None = None) -> int:
    """The `disclosure-helper` launcher."""
    args = parse_args(argv)
    if args.version:
        # A windowed build on Windows has no console: there is nowhere to print to.
        if sys.stdout is not None:
            print(version_text())
        return 0
    # Collection resumes once the first window is up (disclosure_helper.ui.startup):
    # loading the app makes many objects that live as long as it does, and walking
    # them again and again while they load is wasted time at every start.
    gc.disable()
    # Imported only now, so --version and --help never load Qt.
    from disclosure_helper.ui.app import run

    return run(args)
