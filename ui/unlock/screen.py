"""The neutral unlock screen: only the app's name and a way in, nothing about what is inside."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from disclosure_helper.errors import VaultError
from disclosure_helper.ui.context import AppContext
from disclosure_helper.ui.ops import Op
from disclosure_helper.ui.widgets import (
    BusyIndicator,
    Card,
    CurrentPageStack,
    PassphraseField,
    ScrollScreen,
    button,
    label,
)
from disclosure_helper.ui.widgets.accessible import SecretLineEdit

log = logging.getLogger(__name__)


class UnlockScreen(QWidget):
    """Passphrase or recovery code; the key derivation runs off the GUI thread.

    Emits `unlocked(via_recovery_code)` once `ctx.vault` is open.
    """

    unlocked = Signal(bool)
    # The key is being worked out on the worker: the GUI thread is free meanwhile.
    unlock_started = Signal()
    # Unlock was pressed before the window had opened the vault (it does so just after
    # this screen first shows): the window opens it now, synchronously.
    open_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("screen")
        self._op: Op | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        screen = ScrollScreen(max_chars=46, centre_vertically=True)
        layout.addWidget(screen)

        self.card = Card()
        self.card.body.setSpacing(14)
        self.card.body.setContentsMargins(28, 26, 28, 26)
        self.title = label(self.tr("Disclosure Helper"), "title")
        self.card.body.addWidget(self.title)
        self.intro = label(self.tr("Locked. Enter your passphrase to open."), "hint")
        self.card.body.addWidget(self.intro)

        self.modes = CurrentPageStack()
        self.card.body.addWidget(self.modes)

        # Passphrase mode
        pass_page = QWidget()
        pass_layout = QVBoxLayout(pass_page)
        pass_layout.setContentsMargins(0, 0, 0, 0)
        pass_layout.setSpacing(6)
        pass_label = label(self.tr("Passphrase"), "subheading")
        self.passphrase = PassphraseField(self.tr("Passphrase"))
        pass_label.setBuddy(self.passphrase.edit)
        self.passphrase.returnPressed.connect(self.submit)
        pass_layout.addWidget(pass_label)
        pass_layout.addWidget(self.passphrase)
        pass_layout.addStretch(1)

        # Recovery code mode
        code_page = QWidget()
        code_layout = QVBoxLayout(code_page)
        code_layout.setContentsMargins(0, 0, 0, 0)
        code_layout.setSpacing(6)
        code_label = label(self.tr("Recovery code"), "subheading")
        self.code = SecretLineEdit()
        # Typed in the clear on screen (a long code is hard to type blind); still never
        # given to assistive technology.
        self.code.setEchoMode(QLineEdit.EchoMode.Normal)
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.code.setMaxLength(200)
        code_label.setBuddy(self.code)
        self.code.returnPressed.connect(self.submit)
        code_hint = label(
            self.tr("The code you saved when you set up the app. Spaces and dashes "
                    "don't matter."),
            "hint",
        )
        code_layout.addWidget(code_label)
        code_layout.addWidget(self.code)
        code_layout.addWidget(code_hint)
        code_layout.addStretch(1)

        self.modes.addWidget(pass_page)
        self.modes.addWidget(code_page)

        self.error = label(role="error", live=True)
        self.error.hide()
        self.card.body.addWidget(self.error)
        self.busy = BusyIndicator()
        self.card.body.addWidget(self.busy)
        self.unlock_button = button(self.tr("Unlock"), self.submit, role="primary")
        self.unlock_button.setDefault(True)
        self.card.body.addSpacing(4)
        self.card.body.addWidget(self.unlock_button)
        self.switch_mode = button(self.tr("Use recovery code instead"), self._toggle_mode,
                                  role="link")
        # On the left at its own width (a row and a stretch rather than an alignment
        # flag: no enum namespace for the first window, see ui/startup.py).
        switch_row = QHBoxLayout()
        switch_row.setContentsMargins(0, 0, 0, 0)
        switch_row.addWidget(self.switch_mode)
        switch_row.addStretch(1)
        self.card.body.addLayout(switch_row)
        screen.column.addWidget(self.card)
        self.setTabOrder(self.passphrase.edit, self.passphrase.toggle)
        self.setTabOrder(self.passphrase.toggle, self.code)
        self.setTabOrder(self.code, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.switch_mode)
        self.set_mode("passphrase")

    # -- state -----------------------------------------------------------------

    @property
    def mode(self) -> str:
        return "recovery" if self.modes.currentIndex() == 1 else "passphrase"

    def _toggle_mode(self) -> None:
        self.set_mode("passphrase" if self.mode == "recovery" else "recovery")

    def set_mode(self, mode: str) -> None:
        recovery = mode == "recovery"
        self.modes.setCurrentIndex(1 if recovery else 0)
        self.modes.updateGeometry()
        self.intro.setText(
            self.tr("Locked. Enter your recovery code to open.") if recovery
            else self.tr("Locked. Enter your passphrase to open.")
        )
        self.switch_mode.setText(
            self.tr("Use passphrase instead") if recovery
            else self.tr("Use recovery code instead"))
        self.switch_mode.setAccessibleName(self.switch_mode.text())
        self.clear_error()
        self.focus_first()

    def set_show_name(self, show: bool) -> None:
        """With a plain name chosen for a shared computer, the screen names no app at all."""
        self.title.setVisible(show)

    def focus_first(self) -> None:
        target = self.code if self.mode == "recovery" else self.passphrase.edit
        target.setFocus()  # Qt's "other" reason, as when named

    def reset(self) -> None:
        """Back to a clean passphrase prompt: nothing typed, nothing shown."""
        self.passphrase.clear()
        self.code.clear()
        self.set_mode("passphrase")
        self.set_busy(False)

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setAccessibleDescription(text)
        self.error.show()

    def set_busy(self, busy: bool, text: str = "") -> None:
        for widget in (self.passphrase, self.code, self.unlock_button, self.switch_mode):
            widget.setEnabled(not busy)
        if busy:
            self.busy.start(text or self.tr("Unlocking…"))
        else:
            self.busy.stop()

    @property
    def busy_running(self) -> bool:
        return self._op is not None and self._op.busy

    # -- unlocking -------------------------------------------------------------

    def submit(self) -> None:
        if self.ctx.vault is None:
            self.open_requested.emit()
        vault = self.ctx.vault
        if vault is None or self.busy_running or self.busy.running:
            return
        via_recovery = self.mode == "recovery"
        secret = self.code.text() if via_recovery else self.passphrase.text()
        if not secret.strip():
            self.show_error(
                self.tr("Please type your recovery code.") if via_recovery
                else self.tr("Please type your passphrase.")
            )
            return
        self.clear_error()
        self.set_busy(True)
        if via_recovery:
            work = lambda: vault.unlock_with_recovery_code(secret)  # noqa: E731
        else:
            work = lambda: vault.unlock(secret)  # noqa: E731
        self._op = Op(
            self,
            work,
            on_done=lambda _result: self._done(via_recovery),
            on_error=self._failed,
        ).start()
        self.unlock_started.emit()

    def _done(self, via_recovery: bool) -> None:
        self.set_busy(False)
        self.passphrase.clear()
        self.code.clear()
        self.unlocked.emit(via_recovery)

    def _failed(self, exc: Exception) -> None:
        self.set_busy(False)
        if isinstance(exc, VaultError):
            self.show_error(exc.message)
        else:
            log.info("unlock failed: %s", type(exc).__name__)
            self.show_error(self.tr("Something went wrong while opening. Nothing has been "
                                    "changed. Please try again."))
        target = self.code if self.mode == "recovery" else self.passphrase.edit
        target.selectAll()
        target.setFocus()

