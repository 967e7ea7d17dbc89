"""When the vault cannot be opened: say so kindly, change nothing, offer a way forward."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from disclosure_helper.errors import VaultError, VaultInUse
from disclosure_helper.ui.branding import app_title
from disclosure_helper.ui.context import AppContext
from disclosure_helper.ui.widgets import Card, FlowRow, ScrollScreen, button, label
from disclosure_helper.vault import Vault


class ProblemScreen(QWidget):
    """Shows a `VaultError` message. Never deletes or overwrites anything.

    Emits `recovered(False)` after a restore left an unlocked vault in `ctx.vault`,
    and `retry_requested` when the person wants to try opening again.
    """

    recovered = Signal(bool)
    retry_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("screen")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        screen = ScrollScreen(max_chars=56, centre_vertically=True)
        layout.addWidget(screen)
        card = Card()
        card.body.setSpacing(14)
        card.body.setContentsMargins(28, 26, 28, 26)
        self.title = label(self.tr("Your vault could not be opened"), "title")
        self.message = label(selectable=True, live=True)
        self.reassurance = label(self.tr("Your vault folder is here:"), "hint")
        self.folder = label(str(ctx.data_dir), "hint", selectable=True)
        card.body.addWidget(self.title)
        card.body.addWidget(self.message)
        card.body.addWidget(self.reassurance)
        card.body.addWidget(self.folder)
        self.status = label(role="banner-info")
        self.status.hide()
        card.body.addWidget(self.status)

        self.restore_button = button(self.tr("Restore from a backup…"), self.restore,
                                     role="primary")
        card.body.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        # Secondary actions on their own row, so large text never squeezes them.
        row = FlowRow()
        self.open_folder_button = button(self.tr("Show the folder"), self.open_folder)
        self.retry_button = button(self.tr("Try again"), self.retry_requested.emit)
        self.quit_button = button(self.tr("Quit"), QApplication.quit)
        for widget in (self.open_folder_button, self.retry_button, self.quit_button):
            row.addWidget(widget)
        card.body.addWidget(row)
        screen.column.addWidget(card)
        self.error: VaultError | None = None

    def show_problem(self, error: VaultError, can_restore: bool) -> None:
        self.error = error
        in_use = isinstance(error, VaultInUse)
        self.title.setText(
            self.tr("%1 is already open").replace("%1", app_title()) if in_use
            else self.tr("Your vault could not be opened")
        )
        self.message.setText(error.message)
        self.folder.setText(str(self.ctx.data_dir))
        self.reassurance.setVisible(not in_use)
        self.folder.setVisible(not in_use)
        self.open_folder_button.setVisible(not in_use)
        self.restore_button.setVisible(can_restore and not in_use)
        self.status.hide()
        (self.restore_button if self.restore_button.isVisible() else self.retry_button).setFocus()

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.data_dir)))

    def restore(self, backup_file: Path | None = None) -> None:
        from disclosure_helper.ui.restore import RestoreDialog

        # The broken files stay where they are; a damaged folder is never restored over.
        target = None if Vault.exists(self.ctx.data_dir) else self.ctx.data_dir
        dialog = RestoreDialog(self.ctx, target=target, unlock_after=True, parent=self)
        if backup_file is not None:
            dialog.set_backup_file(backup_file)
            dialog.passphrase.edit.setFocus()  # the file and the place are known already
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.restored is None:
            return
        self.adopt(dialog.restored)

    def adopt(self, vault: Vault) -> None:
        """Carry on with a restored, unlocked vault (possibly in a new folder)."""
        if vault.folder != self.ctx.data_dir:
            self.ctx.data_dir = vault.folder
            self.ctx.save_prefs()
            QMessageBox.information(
                self,
                self.tr("Backup restored"),
                self.tr("Your backup was restored into this folder and checked:\n%1\n\n"
                        "The damaged folder was left as it was. Next time, start Disclosure "
                        "Helper with this folder:\ndisclosure-helper --data-dir \"%1\"")
                .replace("%1", str(vault.folder)),
            )
        self.ctx.set_vault(vault)
        self.recovered.emit(False)
