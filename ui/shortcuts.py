"""Every keyboard shortcut in the app, declared once.

The screens that bind a key import it from here, and the keyboard shortcuts sheet
(F1 or Ctrl+?) lists these same groups, so the sheet cannot drift from what the keys
do. Keys handled inside a widget (a number on the rating, Delete in the journal
list) are declared here too, for the sheet. A test walks the running app's QShortcut
objects and checks that each one's key is listed here.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from disclosure_helper.ui.navigation import PAGES
from disclosure_helper.ui.widgets.translation import QT_TRANSLATE_NOOP

Key = str | QKeySequence.StandardKey

# -- everywhere ---------------------------------------------------------------------
HIDE = "Ctrl+Shift+H"
SHORTCUTS_SHEET = ("F1", "Ctrl+?")

# -- journal ------------------------------------------------------------------------
JOURNAL_NEW = QKeySequence.StandardKey.New
JOURNAL_FIND = QKeySequence.StandardKey.Find
JOURNAL_SAVE = QKeySequence.StandardKey.Save

# -- Together mode ------------------------------------------------------------------
TOGETHER_PAUSE = "Ctrl+P"
TOGETHER_GUIDANCE = ("F1", "Ctrl+G")
TOGETHER_END = "Ctrl+E"
TOGETHER_NEXT = "Alt+Right"
TOGETHER_PREVIOUS = "Alt+Left"


@dataclass(frozen=True)
class Shortcut:
    keys: tuple[Key, ...]
    action: str  # translated in the "Shortcuts" context
    spoken_keys: str = ""  # for keys no QKeySequence can name ("Escape twice", "1 to 5")
    subject: str = ""  # a section title (Navigation context) that fills %1 in the action

    def key_text(self) -> list[str]:
        """Each key as this platform writes it (Ctrl on Linux and Windows, ⌘ on a Mac)."""
        if self.spoken_keys:
            return [QCoreApplication.translate("Shortcuts", self.spoken_keys)]
        return [key_text(key) for key in self.keys]

    def action_text(self) -> str:
        text = QCoreApplication.translate("Shortcuts", self.action)
        if self.subject:
            text = text.replace("%1", QCoreApplication.translate("Navigation", self.subject))
        return text


@dataclass(frozen=True)
class Group:
    title: str
    shortcuts: tuple[Shortcut, ...]

    def title_text(self) -> str:
        return QCoreApplication.translate("Shortcuts", self.title)


def key_text(key: Key) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def sequences(key: Key) -> list[QKeySequence]:
    """The concrete key sequences a key stands for (a standard key may have several)."""
    if isinstance(key, QKeySequence.StandardKey):
        return list(QKeySequence.keyBindings(key))
    return [QKeySequence(key)]


def _navigation() -> tuple[Shortcut, ...]:
    return tuple(
        Shortcut((spec.shortcut,), QT_TRANSLATE_NOOP("Shortcuts", "Go to %1"), subject=spec.title)
        for spec in PAGES
    )


def groups() -> tuple[Group, ...]:
    """What the sheet shows, in order."""
    return (
        Group(QT_TRANSLATE_NOOP("Shortcuts", "Anywhere in the app"), (
            Shortcut((HIDE,), QT_TRANSLATE_NOOP("Shortcuts", "Hide now: lock straight away")),
            Shortcut((), QT_TRANSLATE_NOOP("Shortcuts", "Hide now: lock straight away"),
                     QT_TRANSLATE_NOOP("Shortcuts", "Escape twice")),
            Shortcut(SHORTCUTS_SHEET, QT_TRANSLATE_NOOP(
                "Shortcuts", "Show this list of shortcuts (in Together mode, F1 shows the "
                "guidance instead)")),
            Shortcut((), QT_TRANSLATE_NOOP("Shortcuts", "Move to the next or previous control"),
                     QT_TRANSLATE_NOOP("Shortcuts", "Tab, Shift+Tab")),
            Shortcut((), QT_TRANSLATE_NOOP("Shortcuts", "Press the focused button"),
                     QT_TRANSLATE_NOOP("Shortcuts", "Enter or Space")),
        )),
        Group(QT_TRANSLATE_NOOP("Shortcuts", "Moving between sections"), _navigation()),
        Group(QT_TRANSLATE_NOOP("Shortcuts", "Journal"), (
            Shortcut((JOURNAL_NEW,), QT_TRANSLATE_NOOP("Shortcuts", "Write a new entry")),
            Shortcut((JOURNAL_FIND,), QT_TRANSLATE_NOOP("Shortcuts", "Search your entries")),
            Shortcut((JOURNAL_SAVE,), QT_TRANSLATE_NOOP("Shortcuts", "Save the entry")),
            Shortcut((), QT_TRANSLATE_NOOP("Shortcuts", "Open the chosen entry"),
                     QT_TRANSLATE_NOOP("Shortcuts", "Enter (in the list)")),
            Shortcut((), QT_TRANSLATE_NOOP("Shortcuts", "Move the chosen entries to the bin"),
                     QT_TRANSLATE_NOOP("Shortcuts", "Delete (in the list)")),
            Shortcut((), QT_TRANSLATE_NOOP("Shortcuts", "Clear the search"),
                     QT_TRANSLATE_NOOP("Shortcuts", "Escape (in the search box)")),
            Shortcut((), QT_TRANSLATE_NOOP("Shortcuts", "Pick a rating"),
                     QT_TRANSLATE_NOOP("Shortcuts", "1 to 5, or the arrow keys")),
            Shortcut((), QT_TRANSLATE_NOOP("Shortcuts", "Clear a rating"),
                     QT_TRANSLATE_NOOP("Shortcuts", "Delete, Backspace or 0")),
        )),
        Group(QT_TRANSLATE_NOOP("Shortcuts", "Together mode"), (
            Shortcut((TOGETHER_PAUSE,), QT_TRANSLATE_NOOP("Shortcuts",
                                                          "Pause, and continue again")),
            Shortcut(TOGETHER_GUIDANCE, QT_TRANSLATE_NOOP(
                "Shortcuts", "Show or hide the guidance for the supporter")),
            Shortcut((TOGETHER_NEXT,), QT_TRANSLATE_NOOP("Shortcuts", "Next page")),
            Shortcut((TOGETHER_PREVIOUS,), QT_TRANSLATE_NOOP("Shortcuts", "Previous page")),
            Shortcut((TOGETHER_END,), QT_TRANSLATE_NOOP("Shortcuts", "End the session")),
        )),
    )


def listed_sequences() -> set[str]:
    """Every concrete key sequence the sheet lists, in portable text form."""
    found: set[str] = set()
    for group in groups():
        for shortcut in group.shortcuts:
            for key in shortcut.keys:
                found.update(seq.toString() for seq in sequences(key))
    return found
