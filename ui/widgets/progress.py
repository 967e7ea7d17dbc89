"""Long work with a progress dialog: runs off the GUI thread, the window stays responsive."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from disclosure_helper.ui.branding import app_title
from disclosure_helper.ui.ops import Op


def run_with_progress(
    parent: QWidget,
    text: str,
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
) -> Op:
    """Show a modal, uncancellable progress dialog while `work()` runs in the thread pool.

    The dialog closes before `on_done(result)` or `on_error(exc)` is called. Work that
    cannot report how far along it is shows a moving bar.
    """
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setObjectName("progressDialog")
    dialog.setWindowTitle(app_title())
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAccessibleName(text)
    dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 44)
    dialog.show()

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()
        callback(value)

    return Op(
        parent,
        work,
        on_done=lambda result: finish(on_done, result),
        on_error=lambda exc: finish(on_error, exc),
    ).start()
