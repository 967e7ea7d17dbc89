"""Uncaught errors: a kind note for the person, and a report that holds no personal text.

Python's default hook prints the exception message and the traceback's source lines.
A message can quote whatever was being processed — a journal line, a plan title — so
our report keeps only the error's type and where in the code it happened.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger("disclosure_helper")

_shown = False
_box: QMessageBox | None = None  # kept, or Python would delete the note as soon as it opens


def safe_report(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """`TypeName` and the code locations it passed through: no message, no values."""
    frames = traceback.extract_tb(tb)
    where = " <- ".join(
        f"{frame.filename.rsplit('/', 1)[-1]}:{frame.lineno} in {frame.name}"
        for frame in reversed(frames[-6:])
    )
    return f"uncaught {exc_type.__module__}.{exc_type.__qualname__} at {where or 'unknown'}"


class _Notifier(QObject):
    """Made in the GUI thread, so a worker thread's signal reaches `later` queued, in the GUI
    thread. The note then waits one more turn: it never opens in the middle of the code that
    failed. (Naming a queued connection instead would build PySide's whole `Qt` enum
    namespace while the app starts.)"""

    error = Signal()

    @Slot()
    def later(self) -> None:
        QTimer.singleShot(0, _show_note)


_notifier: _Notifier | None = None


def _show_note() -> None:
    global _shown, _box
    if _shown or QApplication.instance() is None:
        return
    _shown = True
    # Made only when there is something to say.
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Crash", "Something went wrong"))
    box.setText(
        QCoreApplication.translate(
            "Crash",
            "Something went wrong inside the app. Everything you had saved is safe in your "
            "vault. If you were typing, your words are still on screen: you can keep going, "
            "or use Hide now and unlock again.",
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setWindowModality(Qt.WindowModality.ApplicationModal)
    box.open()
    _box = box


def handle(
    exc_type: type[BaseException],
    exc: BaseException | None,
    tb: TracebackType | None,
) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)  # type: ignore[arg-type]
        return
    log.error(safe_report(exc_type, tb))
    if _notifier is not None:
        _notifier.error.emit()


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    handle(args.exc_type, args.exc_value, args.exc_traceback)


def install() -> None:
    """Route every uncaught error, GUI thread or worker, through `handle`."""
    global _notifier
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    _notifier = _Notifier()
    _notifier.error.connect(_notifier.later)
    sys.excepthook = handle
    threading.excepthook = _thread_hook
