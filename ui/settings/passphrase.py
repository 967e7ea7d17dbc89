"""Change the passphrase: instant, because only the key wrapping changes, never the data."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from disclosure_helper.errors import VaultError
from disclosure_helper.ui.context import AppContext
from disclosure_helper.ui.firstrun.wizard import MIN_SCORE
from disclosure_helper.ui.ops import Op
from disclosure_helper.ui.widgets import (
    BusyIndicator,
    DialogScroll,
    FlowRow,
    PassphraseField,
    StrengthMeter,
    button,
    field_group,
    fit_to_text,
    label,
)
from disclosure_helper.vault import MIN_PASSPHRASE_CHARS

log = logging.getLogger(__name__)


class _WrongCurrent(Exception):
    pass


class ChangePassphraseDialog(QDialog):
    """Asks for the current passphrase (unless the session was opened with the recovery
    code, when the person may have forgotten it), then the new one twice."""

    def __init__(
        self, ctx: AppContext, require_current: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.require_current = require_current
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setObjectName("changePassphraseDialog")
        self.setModal(True)
        self._op: Op | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 22, 24, 22)
        outer.setSpacing(16)
        self.body = DialogScroll(spacing=16)
        outer.addWidget(self.body, 1)
        layout = self.body.column
        layout.addWidget(label(self.tr("Change passphrase"), "heading"))
        layout.addWidget(label(self.tr(
            "Your writing stays exactly as it is. Backups made before today still open with "
            "the passphrase that was in use when they were made."), "hint"))

        self.current = PassphraseField(self.tr("Current passphrase"))
        self.current.toggle.setAccessibleName(self.tr("Show current passphrase"))
        self.current_group = field_group(self.tr("Current passphrase"), self.current)
        layout.addWidget(self.current_group)
        self.current_group.setVisible(require_current)
        self.new = PassphraseField(self.tr("New passphrase"))
        self.new.toggle.setAccessibleName(self.tr("Show new passphrase"))
        self.strength = StrengthMeter(min_length=MIN_PASSPHRASE_CHARS)
        self.again = PassphraseField(self.tr("Type the new passphrase again"))
        self.again.toggle.setAccessibleName(self.tr("Show repeated passphrase"))
        layout.addWidget(field_group(self.tr("New passphrase"), self.new, self.strength))
        layout.addWidget(field_group(self.tr("Type the new passphrase again"), self.again))
        self.error = label(role="error")
        self.error.hide()
        layout.addWidget(self.error)
        self.busy = BusyIndicator()
        layout.addWidget(self.busy)
        row = FlowRow(align_end=True)
        self.cancel_button = button(self.tr("Cancel"), self.reject)
        self.save_button = button(self.tr("Change passphrase"), self.submit, role="primary")
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        outer.addWidget(row)
        self.new.textChanged.connect(self.strength.update_for)
        self.again.returnPressed.connect(self.submit)
        fit_to_text(self, 60)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def submit(self) -> None:
        if self._op is not None and self._op.busy:
            return
        vault = self.ctx.vault
        if vault is None or not self.ctx.is_unlocked:
            return
        current, new, again = self.current.text(), self.new.text(), self.again.text()
        if self.require_current and not current:
            self._show_error(self.tr("Please type your current passphrase."))
            return
        if len(new) < MIN_PASSPHRASE_CHARS:
            self._show_error(self.tr("Please choose a new passphrase of at least %n "
                                     "characters.", "", MIN_PASSPHRASE_CHARS))
            return
        if new != again:
            self._show_error(self.tr("The two new passphrases don't match yet."))
            return
        if self.strength.evaluate_now(new) < MIN_SCORE:
            self._show_error(self.tr("That passphrase would be too easy to guess. Please add "
                                     "a word or two."))
            return
        self.error.hide()
        require_current = self.require_current

        def work() -> None:
            if require_current and not vault.verify_passphrase(current):
                raise _WrongCurrent()
            vault.change_passphrase(new)

        self._set_busy(True)
        self._op = Op(self, work, on_done=self._done, on_error=self._failed).start()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.current, self.new, self.again, self.save_button, self.cancel_button):
            widget.setEnabled(not busy)
        if busy:
            self.busy.start(self.tr("Changing your passphrase…"))
        else:
            self.busy.stop()

    def _done(self, _result: object) -> None:
        self._set_busy(False)
        for field in (self.current, self.new, self.again):
            field.clear()
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, _WrongCurrent):
            self._show_error(self.tr("That is not your current passphrase. Nothing has been "
                                     "changed."))
            self.current.edit.selectAll()
            self.current.setFocus()
        elif isinstance(exc, VaultError):
            self._show_error(exc.message)
        else:
            log.info("passphrase change failed: %s", type(exc).__name__)
            self._show_error(self.tr("The passphrase could not be changed. Nothing has been "
                                     "changed."))

    def reject(self) -> None:
        if self._op is not None and self._op.busy:
            return
        super().reject()


class StrengthenDialog(QDialog):
    """Re-wraps the key under the same passphrase with the stronger setting this machine
    can afford (`ctx.kdf_advice`). Only the passphrase is asked for; nothing else changes."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Strengthen your passphrase's protection"))
        self.setObjectName("strengthenDialog")
        self.setModal(True)
        self._op: Op | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 22, 24, 22)
        outer.setSpacing(16)
        self.body = DialogScroll(spacing=16)
        outer.addWidget(self.body, 1)
        layout = self.body.column
        layout.addWidget(label(self.tr("Strengthen your passphrase's protection"), "heading"))
        layout.addWidget(label(self.tr(
            "Your passphrase stays the same. The app works it into the key more thoroughly, "
            "which makes guessing it much slower for anyone who copies your vault. Unlocking "
            "takes about a second on this computer."), "hint"))
        self.passphrase = PassphraseField(self.tr("Your passphrase"))
        layout.addWidget(field_group(self.tr("Your passphrase"), self.passphrase))
        self.error = label(role="error")
        self.error.hide()
        layout.addWidget(self.error)
        self.busy = BusyIndicator()
        layout.addWidget(self.busy)
        row = FlowRow(align_end=True)
        self.cancel_button = button(self.tr("Cancel"), self.reject)
        self.save_button = button(self.tr("Strengthen"), self.submit, role="primary")
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        outer.addWidget(row)
        self.passphrase.returnPressed.connect(self.submit)
        fit_to_text(self, 56)

    def submit(self) -> None:
        if self._op is not None and self._op.busy:
            return
        vault, params = self.ctx.vault, self.ctx.kdf_advice
        if vault is None or params is None or not self.ctx.is_unlocked:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self._show_error(self.tr("Please type your passphrase."))
            return
        self.error.hide()
        self._set_busy(True)
        self._op = Op(self, lambda: vault.strengthen_passphrase(passphrase, params),
                      on_done=self._done, on_error=self._failed).start()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.passphrase, self.save_button, self.cancel_button):
            widget.setEnabled(not busy)
        if busy:
            self.busy.start(self.tr("Strengthening…"))
        else:
            self.busy.stop()

    def _done(self, _result: object) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.ctx.kdf_advice = None
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, VaultError):
            self._show_error(exc.message)
        else:
            log.info("strengthening failed: %s", type(exc).__name__)
            self._show_error(self.tr("That did not work. Nothing has been changed."))
        self.passphrase.edit.selectAll()
        self.passphrase.setFocus()

    def reject(self) -> None:
        if self._op is not None and self._op.busy:
            return
        super().reject()
