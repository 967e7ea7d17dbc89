"""What the app calls itself on screen: its own name, or a plain one the person chose.

Some people share a computer. With a plain name ("Notes", "Journal", "Planner") the
window title, the taskbar entry and the top bar say only that, and the unlock screen
shows no name at all. The choice is a key from a fixed list, never free text, so the
pre-unlock preferences file still holds nothing personal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from disclosure_helper import APP_NAME
from disclosure_helper.paths import resource_root
from disclosure_helper.preferences import LAUNCH_NAMES, Preferences
from disclosure_helper.ui.widgets.translation import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

DESKTOP_ID = "org.disclosurehelper.DisclosureHelper"
PROGRAM = "disclosure-helper"

# Shown names for the keys in preferences.LAUNCH_NAMES; "" is the app's own name.
PLAIN_NAMES = {
    "notes": QT_TRANSLATE_NOOP("Branding", "Notes"),
    "journal": QT_TRANSLATE_NOOP("Branding", "Journal"),
    "planner": QT_TRANSLATE_NOOP("Branding", "Planner"),
}
assert set(PLAIN_NAMES) == set(LAUNCH_NAMES) - {""}

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def plain_name(prefs: Preferences | None) -> str | None:
    """The plain name chosen for a shared computer ("notes", ...), or None for our own."""
    if prefs is not None and prefs.launch_name in PLAIN_NAMES:
        return prefs.launch_name
    return None


def is_plain(prefs: Preferences | None) -> bool:
    return plain_name(prefs) is not None


def display_name(prefs: Preferences | None) -> str:
    """The name for window titles and the top bar."""
    plain = plain_name(prefs)
    if plain is not None:
        return QCoreApplication.translate("Branding", PLAIN_NAMES[plain])
    return APP_NAME


def program_name(prefs: Preferences | None) -> str:
    """argv[0] for Qt, which X11 desktops read as the window's class; plain when chosen."""
    return plain_name(prefs) or PROGRAM


def apply_to_app(app: QGuiApplication, prefs: Preferences | None) -> None:
    """Name the running app. The taskbar looks a desktop file up by its id, so a plain
    name also gets a plain id that matches no installed entry naming the app."""
    name = display_name(prefs)
    app.setApplicationName(name)
    app.setApplicationDisplayName(name)
    plain = plain_name(prefs)
    app.setDesktopFileName(f"{plain}-app" if plain is not None else DESKTOP_ID)


def app_title() -> str:
    """The name the running app goes by now (for dialog titles)."""
    return QGuiApplication.applicationDisplayName() or APP_NAME


def app_icon() -> QIcon:
    """The window icon, from the PNG sizes in resources/icons/app (loaded when drawn)."""
    from PySide6.QtGui import QIcon

    folder = resource_root().joinpath("icons", "app")
    icon = QIcon()
    for size in ICON_SIZES:
        node = folder.joinpath(f"{PROGRAM}-{size}.png")
        if node.is_file():
            icon.addFile(str(node))
    return icon
