"""The app's form dialogs share one shape: a heading, a short plain intro, the form, a
place for progress and errors, and a row of buttons.

    class ChangePassphraseDialog(FormDialog):
        def __init__(self, parent=None):
            super().__init__(self.tr("Change passphrase"), self.tr("Your writing stays…"),
                             parent, object_name="changePassphraseDialog")
            self.form.addWidget(field_group(...))
            self.cancel_button = self.add_button(self.tr("Cancel"), self.reject)
            self.save_button = self.add_button(self.tr("Change"), self.submit, "primary")
            self.fit(60)

The form scrolls on a short screen (1366x768, or 200% text) while the status and the
buttons stay in view; `fit()` opens the dialog as wide and tall as its text needs. While
`op` (a running `ui.ops.Op`) is busy, Escape and Cancel wait for it: the work it is doing
is never left half done behind a closed dialog.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

from disclosure_helper.errors import VaultError
from disclosure_helper.ui.widgets.basics import button, label
from disclosure_helper.ui.widgets.busy import BusyIndicator
from disclosure_helper.ui.widgets.fit import DialogScroll, fit_to_text
from disclosure_helper.ui.widgets.flow import FlowRow

log = logging.getLogger(__name__)


class FormDialog(QDialog):
    """`form` is the scrolling column for the fields; under it, always in view, `error`
    (read out when it appears), `busy` and anything else added to `status`; then
    `buttons`, the row the buttons sit in, at the right."""

    def __init__(
        self,
        title: str,
        intro: str = "",
        parent: QWidget | None = None,
        object_name: str = "",
        spacing: int = 14,
        modal: bool = True,
        waits_for_work: bool = True,
        heading: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        if object_name:
            self.setObjectName(object_name)
        self.setModal(modal)
        # The running operation, if any (see the module's note on closing). An export
        # need not wait: its file is written whole or not at all, dialog open or closed.
        self.op: Any = None
        self._waits_for_work = waits_for_work
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 22, 24, 22)
        outer.setSpacing(spacing)
        self.body = DialogScroll(spacing=spacing)
        outer.addWidget(self.body, 1)
        self.form = self.body.column
        # The heading repeats the window's title unless it asks the question itself.
        self.heading = label(heading or title, "heading")
        self.form.addWidget(self.heading)
        self.intro = label(intro, "hint")
        # In its place before it is shown: shown with no parent, it would open for a moment
        # as a window of its own.
        self.form.addWidget(self.intro)
        self.intro.setVisible(bool(intro))
        # Outside the scrolling part: progress or an error is seen without scrolling.
        self.status = QVBoxLayout()
        self.status.setSpacing(8)
        outer.addLayout(self.status)
        self.error = label(role="error", live=True)
        self.error.hide()
        self.status.addWidget(self.error)
        self.busy = BusyIndicator()
        self.status.addWidget(self.busy)
        self.buttons = FlowRow(align_end=True)
        outer.addWidget(self.buttons)

    def add_button(
        self,
        text: str,
        on_click: Callable[[], object] | None = None,
        role: str | None = None,
        accessible_name: str | None = None,
    ) -> QPushButton:
        """A button in the row, after those already there (Tab follows that order)."""
        widget = button(text, on_click, role=role, accessible_name=accessible_name)
        self.buttons.addWidget(widget)
        return widget

    def fit(self, min_chars: int = 60) -> None:
        """Call once the form is built: at least `min_chars` average characters wide."""
        fit_to_text(self, min_chars)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def show_failure(self, exc: Exception, fallback: str) -> None:
        """Say why the work failed: the vault's own kind message, or `fallback` for
        anything else (logged by type only: never the person's words)."""
        if isinstance(exc, VaultError):
            self.show_error(exc.message)
        else:
            log.info("%s failed: %s", self.objectName() or "dialog", type(exc).__name__)
            self.show_error(fallback)

    def set_busy(self, busy: bool, text: str = "", *inputs: QWidget) -> None:
        """While work runs: the buttons and `inputs` wait, and `busy` says what is happening."""
        for widget in (*inputs, *self.buttons.widgets()):
            widget.setEnabled(not busy)
        if busy:
            self.error.hide()
            self.busy.start(text)
        else:
            self.busy.stop()

    def working(self) -> bool:
        return (self._waits_for_work and self.op is not None
                and bool(getattr(self.op, "busy", False)))

    def reject(self) -> None:
        if self.working():
            return
        super().reject()


__all__ = ["FormDialog"]
