"""A failed save keeps the words on screen; when the vault's folder has gone, the person
can still put a copy of them somewhere they choose.

One behaviour for every place words are written (a journal entry, a check-in, a plan, the
end of a Together session): the error is said in the screen's banner, and a vanished
folder (`VaultMissing`) adds a "Save a copy…" action. The copy is a plain file the person
asked for, and the message after it says so.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from disclosure_helper.atomic import atomic_write
from disclosure_helper.errors import VaultError, VaultMissing
from disclosure_helper.ui import dialogs
from disclosure_helper.ui.widgets.banner import MessageBanner
from disclosure_helper.ui.widgets.translation import translate


def show_save_error(banner: MessageBanner, exc: VaultError,
                    save_copy: Callable[[], object], lead: str = "") -> None:
    """Say why a save failed; offer "Save a copy…" when the vault's folder has gone.

    `lead` goes before the error's own sentence, except for a vanished folder, whose
    message already says what happened and what to do."""
    missing = isinstance(exc, VaultMissing)
    text = f"{lead} {exc.message}" if lead and not missing else exc.message
    action = (translate("SaveCopy", "Save a copy…"), save_copy) if missing else None
    banner.show_message(text, "error", action=action,
                        action_description=_action_description() if missing else "")


def _action_description() -> str:
    # Heard with the button: a screen reader user may reach it without the message.
    return translate("SaveCopy", "Puts what is on screen in a file, in a folder you choose. "
                     "The file is not encrypted.")


def save_copy(
    parent: QWidget,
    banner: MessageBanner,
    *,
    title: str,
    file_name: str,
    pdf: bool,
    write: Callable[[Path], object],
    retry: Callable[[], object],
) -> Path | None:
    """Ask where, then `write(path)`; say where it went and that it is not encrypted.

    A PDF when `pdf`, else a plain text file. On a problem the banner says so and offers
    to try again (`retry`): nothing on screen is touched either way."""
    if pdf:
        file_filter = translate("SaveCopy", "PDF files (*.pdf)")
    else:
        file_filter = translate("SaveCopy", "Text files (*.txt)")
    path = dialogs.ask_save_path(parent, title, dialogs.documents_dir() / file_name,
                                file_filter)
    if path is None:
        return None
    try:
        write(path)
    except VaultError as exc:
        banner.show_message(exc.message, "error",
                            action=(translate("SaveCopy", "Save a copy…"), retry),
                            action_description=_action_description())
        return None
    if pdf:
        done = translate("SaveCopy", "A copy is saved in %1. It is a PDF, not encrypted, so "
                         "keep it somewhere private. Your words are still here too.")
    else:
        done = translate("SaveCopy", "A copy is saved in %1. It is a plain file, not "
                         "encrypted, so keep it somewhere private. Your words are still here "
                         "too.")
    banner.show_message(done.replace("%1", str(path)), "warning")
    return path


def write_text(path: Path, text: str) -> None:
    """A text copy in one atomic step, private to the person (see `atomic_write`)."""
    atomic_write(path, text.encode("utf-8", "replace"))
