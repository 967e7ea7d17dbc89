"""Change the passphrase: instant, because only the key wrapping changes, never the data."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from disclosure_helper.passphrase_policy import MIN_PASSPHRASE_CHARS
from disclosure_helper.ui.context import AppContext
from disclosure_helper.ui.ops import Op
from disclosure_helper.ui.widgets import (
    FormDialog,
    PassphraseField,
    StrengthMeter,
    field_group,
)


class _WrongCurrent(Exception):
    pass


class ChangePassphraseDialog(FormDialog):
    """Asks for the current passphrase (unless the session was opened with the recovery
    code, when the person may have forgotten it), then the new one twice."""

    def __init__(
        self, ctx: AppContext, require_current: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Change passphrase"),
            self.tr("Your writing stays exactly as it is. Backups made before today still "
                    "open with the passphrase that was in use when they were made."),
            parent, object_name="changePassphraseDialog", spacing=16)
        self.ctx = ctx
        self.require_current = require_current
        layout = self.form
        self.current = PassphraseField(self.tr("Current passphrase"))
        self.current.toggle.setAccessibleName(self.tr("Show current passphrase"))
        self.current_group = field_group(self.tr("Current passphrase"), self.current)
        layout.addWidget(self.current_group)
        self.current_group.setVisible(require_current)
        self.new = PassphraseField(self.tr("New passphrase"))
        self.new.toggle.setAccessibleName(self.tr("Show new passphrase"))
        self.strength = StrengthMeter()
        self.again = PassphraseField(self.tr("Type the new passphrase again"))
        self.again.toggle.setAccessibleName(self.tr("Show repeated passphrase"))
        layout.addWidget(field_group(self.tr("New passphrase"), self.new, self.strength))
        layout.addWidget(field_group(self.tr("Type the new passphrase again"), self.again))
        self.cancel_button = self.add_button(self.tr("Cancel"), self.reject)
        self.save_button = self.add_button(self.tr("Change passphrase"), self.submit,
                                           role="primary")
        self.new.textChanged.connect(self.strength.update_for)
        self.again.returnPressed.connect(self.submit)
        self.fit(60)

    def submit(self) -> None:
        if self.working():
            return
        vault = self.ctx.vault
        if vault is None or not self.ctx.is_unlocked:
            return
        current, new, again = self.current.text(), self.new.text(), self.again.text()
        if self.require_current and not current:
            self.show_error(self.tr("Please type your current passphrase."))
            return
        if len(new) < MIN_PASSPHRASE_CHARS:
            self.show_error(self.tr("Please choose a new passphrase of at least %n "
                                     "characters.", "", MIN_PASSPHRASE_CHARS))
            return
        if new != again:
            self.show_error(self.tr("The two new passphrases don't match yet."))
            return
        if not self.strength.acceptable_now(new):
            self.show_error(self.tr("That passphrase would be too easy to guess. Please add "
                                     "a word or two."))
            return
        self.error.hide()
        require_current = self.require_current

        def work() -> None:
            if require_current and not vault.verify_passphrase(current):
                raise _WrongCurrent()
            vault.change_passphrase(new)

        self.set_busy(True, self.tr("Changing your passphrase…"), self.current, self.new,
                      self.again)
        self.op = Op(self, work, on_done=self._done, on_error=self._failed).start()

    def _done(self, _result: object) -> None:
        self.set_busy(False, "", self.current, self.new, self.again)
        for field in (self.current, self.new, self.again):
            field.clear()
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.set_busy(False, "", self.current, self.new, self.again)
        if isinstance(exc, _WrongCurrent):
            self.show_error(self.tr("That is not your current passphrase. Nothing has been "
                                    "changed."))
            self.current.edit.selectAll()
            self.current.setFocus()
        else:
            self.show_failure(exc, self.tr("The passphrase could not be changed. Nothing has "
                                           "been changed."))


class StrengthenDialog(FormDialog):
    """Re-wraps the key under the same passphrase with the stronger setting this machine
    can afford (`ctx.kdf_advice`). Only the passphrase is asked for; nothing else changes."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Strengthen your passphrase's protection"),
            self.tr("Your passphrase stays the same. The app works it into the key more "
                    "thoroughly, which makes guessing it much slower for anyone who copies "
                    "your vault. Unlocking takes about a second on this computer."),
            parent, object_name="strengthenDialog", spacing=16)
        self.ctx = ctx
        self.passphrase = PassphraseField(self.tr("Your passphrase"))
        self.form.addWidget(field_group(self.tr("Your passphrase"), self.passphrase))
        self.cancel_button = self.add_button(self.tr("Cancel"), self.reject)
        self.save_button = self.add_button(self.tr("Strengthen"), self.submit, role="primary")
        self.passphrase.returnPressed.connect(self.submit)
        self.fit(56)

    def submit(self) -> None:
        if self.working():
            return
        vault, params = self.ctx.vault, self.ctx.kdf_advice
        if vault is None or params is None or not self.ctx.is_unlocked:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.show_error(self.tr("Please type your passphrase."))
            return
        self.set_busy(True, self.tr("Strengthening…"), self.passphrase)
        self.op = Op(self, lambda: vault.strengthen_passphrase(passphrase, params),
                      on_done=self._done, on_error=self._failed).start()

    def _done(self, _result: object) -> None:
        self.set_busy(False, "", self.passphrase)
        self.passphrase.clear()
        self.ctx.kdf_advice = None
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.set_busy(False, "", self.passphrase)
        self.show_failure(exc, self.tr("That did not work. Nothing has been changed."))
        self.passphrase.edit.selectAll()
        self.passphrase.setFocus()

