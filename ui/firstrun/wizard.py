"""First run: what the app is, the privacy promise, a passphrase, the recovery code, done.

Steps live in one stack with their own Back/Continue buttons (a custom flow rather
than QWizard, so it follows the theme and text size like every other screen).
The vault is created off the GUI thread: calibrating and deriving keys take a second.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from disclosure_helper.errors import KeyringUnavailable, VaultError
from disclosure_helper.passphrase_policy import MIN_PASSPHRASE_CHARS
from disclosure_helper.ui import startup
from disclosure_helper.ui.context import AppContext
from disclosure_helper.ui.ops import Op
from disclosure_helper.ui.widgets import (
    BusyIndicator,
    Card,
    PassphraseField,
    ScrollScreen,
    button,
    field_group,
    label,
)

if TYPE_CHECKING:
    from disclosure_helper.vault import Vault

log = logging.getLogger(__name__)


STEPS = ("welcome", "passphrase", "recovery", "finish")


def _buttons_row(*widgets: QWidget, leading: QWidget | None = None) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(10)
    if leading is not None:
        row.addWidget(leading)
    row.addStretch(1)
    for widget in widgets:
        row.addWidget(widget)
    return row


class FirstRunWizard(QWidget):
    """Emits `finished(False)` once the new vault is in `ctx.vault`, unlocked."""

    finished = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("screen")
        self._op: Op | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)
        self.stack.addWidget(self._welcome())
        # The welcome step is all the first window needs; the others (and the code they
        # use) are built once it is on screen, or the moment they are asked for.
        self._complete = False
        startup.once_shown(self.build_remaining_steps)
        ctx.keyring_checked.connect(self._show_keyring)

    def build_remaining_steps(self) -> None:
        """Build the passphrase, recovery code and finish steps (once)."""
        if self._complete:
            return
        self._complete = True
        self.stack.addWidget(self._passphrase())
        self.stack.addWidget(self._recovery())
        self.stack.addWidget(self._finish())

    # -- steps -------------------------------------------------------------------

    def _step_screen(self, number: int, title: str) -> ScrollScreen:
        screen = ScrollScreen(max_chars=66)
        step = label(self.tr("Step %1 of %2").replace("%1", str(number))
                     .replace("%2", str(len(STEPS))), "hint")
        screen.column.addWidget(step)
        screen.column.addWidget(label(title, "title"))
        return screen

    def _welcome(self) -> QWidget:
        screen = self._step_screen(1, self.tr("Welcome to Disclosure Helper"))
        screen.column.addWidget(label(self.tr(
            "Disclosure Helper helps you think through whether, who, what, when, where, why "
            "and how to tell people at work about your mental health, and gives you a private "
            "journal for the days in between. The choices are always yours: it never tells "
            "you what to do.")))
        promise = Card(self.tr("Our privacy promise"))
        for line in (
            self.tr("Everything stays on this computer. The app never connects to the "
                    "internet."),
            self.tr("What you write is locked with a passphrase that only you know."),
            self.tr("Nothing leaves unless you export it yourself."),
            self.tr("If you forget your passphrase and lose your recovery code, nobody can "
                    "get your writing back. Not even us."),
        ):
            promise.body.addWidget(label("•  " + line))
        screen.column.addWidget(promise)
        self.start_button = button(self.tr("Get started"), lambda: self.go("passphrase"),
                                   role="primary")
        self.restore_button = button(self.tr("I have a backup to restore…"),
                                     self.restore, role="link")
        screen.column.addLayout(_buttons_row(self.start_button, leading=self.restore_button))
        return screen

    def _passphrase(self) -> QWidget:
        screen = self._step_screen(2, self.tr("Choose a passphrase"))
        screen.column.addWidget(label(self.tr(
            "A passphrase is like a password, only longer: a few words that mean something "
            "to you and nobody else. You will type it each time you open the app.")))
        from disclosure_helper.ui.widgets import StrengthMeter

        self.pass1 = PassphraseField(self.tr("Passphrase"))
        self.strength = StrengthMeter()
        self.pass2 = PassphraseField(self.tr("Type the passphrase again"))
        self.pass2.toggle.setAccessibleName(self.tr("Show second passphrase"))
        self.match = label(role="hint")
        self.pass_error = label(role="error")
        self.pass_error.hide()
        self.create_busy = BusyIndicator()
        screen.column.addWidget(field_group(self.tr("Passphrase"), self.pass1, self.strength))
        screen.column.addWidget(field_group(self.tr("Type it again"), self.pass2, self.match))
        screen.column.addWidget(self.pass_error)
        screen.column.addWidget(self.create_busy)
        self.pass_back = button(self.tr("Back"), lambda: self.go("welcome"))
        self.create_button = button(self.tr("Create my vault"), self.create_vault,
                                    role="primary")
        self.create_button.setEnabled(False)
        screen.column.addLayout(_buttons_row(self.pass_back, self.create_button))
        self.pass1.textChanged.connect(self._passphrase_changed)
        self.pass2.textChanged.connect(self._passphrase_changed)
        self.pass2.returnPressed.connect(self.create_vault)
        self.pass1.returnPressed.connect(lambda: self.pass2.setFocus())
        self.setTabOrder(self.pass1.edit, self.pass1.toggle)
        self.setTabOrder(self.pass1.toggle, self.pass2.edit)
        self.setTabOrder(self.pass2.edit, self.pass2.toggle)
        self.setTabOrder(self.pass2.toggle, self.pass_back)
        self.setTabOrder(self.pass_back, self.create_button)
        return screen

    def _recovery(self) -> QWidget:
        screen = self._step_screen(3, self.tr("Your recovery code"))
        screen.column.addWidget(label(self.tr(
            "If you ever forget your passphrase, this code is the only other way in. It is "
            "shown only now. Write it down, print it, or save it, and keep it somewhere safe "
            "and private.")))
        from disclosure_helper.ui.recovery import RecoveryCodePanel

        self.recovery_panel = RecoveryCodePanel(self.ctx)
        screen.column.addWidget(self.recovery_panel)
        self.recovery_next = button(self.tr("Continue"), lambda: self.go("finish"),
                                    role="primary")
        self.recovery_next.setEnabled(False)
        self.recovery_panel.confirmed.connect(self.recovery_next.setEnabled)
        screen.column.addLayout(_buttons_row(self.recovery_next))
        return screen

    def _finish(self) -> QWidget:
        screen = self._step_screen(4, self.tr("You're all set"))
        screen.column.addWidget(label(self.tr(
            "One last choice. You can change it any time in Settings.")))
        from disclosure_helper.ui.widgets import RememberOnDevice

        card = Card()
        self.remember_block = RememberOnDevice()
        self.remember = self.remember_block.box
        card.body.addWidget(self.remember_block)
        screen.column.addWidget(card)
        self.finish_error = label(role="error")
        self.finish_error.hide()
        screen.column.addWidget(self.finish_error)
        self.finish_button = button(self.tr("Start using Disclosure Helper"), self.complete,
                                    role="primary")
        screen.column.addLayout(_buttons_row(self.finish_button))
        return screen

    # -- flow --------------------------------------------------------------------

    @property
    def step(self) -> str:
        return STEPS[self.stack.currentIndex()]

    def go(self, step: str) -> None:
        self.build_remaining_steps()
        self.stack.setCurrentIndex(STEPS.index(step))
        if step == "finish":
            self._prepare_finish()
        self.focus_first()

    def focus_first(self) -> None:
        step = self.step
        target: QWidget
        if step == "welcome":
            target = self.start_button
        elif step == "passphrase":
            target = self.pass1.edit
        elif step == "recovery":
            target = self.recovery_panel.copy_button
        else:
            target = self.remember if self.remember.isEnabled() else self.finish_button
        target.setFocus()  # Qt's "other" reason, as when named

    def _passphrase_changed(self) -> None:
        first, second = self.pass1.text(), self.pass2.text()
        self.strength.update_for(first)
        self.pass_error.hide()
        if not second:
            self.match.setText("")
        elif first == second:
            self.match.setText(self.tr("Both passphrases match."))
        else:
            self.match.setText(self.tr("These don't match yet."))
        self.create_button.setEnabled(len(first) >= MIN_PASSPHRASE_CHARS and first == second)

    def create_vault(self) -> None:
        if self._op is not None and self._op.busy:
            return
        first, second = self.pass1.text(), self.pass2.text()
        if len(first) < MIN_PASSPHRASE_CHARS or first != second:
            self._passphrase_changed()
            return
        if not self.strength.acceptable_now(first):
            self._show_pass_error(self.tr(
                "That passphrase would be too easy to guess. Please add a word or two."))
            return
        self._set_creating(True)
        folder, kdf, keystore = self.ctx.data_dir, self.ctx.kdf, self.ctx.keystore
        if keystore is None:
            from disclosure_helper.keystore import SystemKeyStore

            keystore = SystemKeyStore()

        def work() -> Vault:
            from disclosure_helper.kdf import KdfParams
            from disclosure_helper.vault import Vault

            return Vault.create(folder, first, kdf=kdf or KdfParams.calibrated(),
                                keystore=keystore)

        self._op = Op(self, work, on_done=self._created, on_error=self._create_failed).start()

    def _set_creating(self, busy: bool) -> None:
        for widget in (self.pass1, self.pass2, self.pass_back, self.create_button):
            widget.setEnabled(not busy)
        if busy:
            self.create_busy.start(self.tr("Creating your private vault. This takes a "
                                           "moment…"))
        else:
            self.create_busy.stop()
            self._passphrase_changed()

    def _show_pass_error(self, text: str) -> None:
        self.pass_error.setText(text)
        self.pass_error.show()

    def _created(self, vault: Vault) -> None:
        self._set_creating(False)
        self.ctx.set_vault(vault)
        self.ctx.check_keyring()  # known by the time the person reaches the last step
        self.pass1.clear()
        self.pass2.clear()
        self.recovery_panel.set_code(vault.recovery_code or "")
        vault.recovery_code = None
        self.go("recovery")

    def _create_failed(self, exc: Exception) -> None:
        self._set_creating(False)
        if isinstance(exc, VaultError):
            self._show_pass_error(exc.message)
        else:
            log.info("vault creation failed: %s", type(exc).__name__)
            self._show_pass_error(self.tr("The vault could not be created. Nothing was "
                                          "saved. Please try again."))

    def _prepare_finish(self) -> None:
        self.recovery_panel.clear()
        self._show_keyring(self.ctx.keyring_available)
        self.ctx.check_keyring()

    def _show_keyring(self, available: bool | None) -> None:
        # Found out off the GUI thread; until then the person may still choose it (and
        # is told if the device turns out to have no safe store).
        self.build_remaining_steps()
        self.remember_block.show_available(available)

    def complete(self) -> None:
        vault = self.ctx.vault
        if vault is None:
            return
        if self.remember.isChecked():
            try:
                vault.set_remember_on_device(True)
            except KeyringUnavailable as exc:
                self.remember_block.refuse()
                self.finish_error.setText(exc.message)
                self.finish_error.show()
                return
        self.finished.emit(False)

    def restore(self, backup_file: Path | None = None) -> None:
        """Restore a backup into this data folder (a double-clicked one comes filled in)."""
        from disclosure_helper.ui.restore import RestoreDialog

        dialog = RestoreDialog(self.ctx, target=self.ctx.data_dir, unlock_after=True,
                               parent=self)
        if backup_file is not None:
            dialog.set_backup_file(backup_file)
            dialog.passphrase.edit.setFocus()  # the file and the place are known already
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.restored is not None:
            self.ctx.set_vault(dialog.restored)
            self.finished.emit(False)

