"""Restore a backup into an empty folder, checking the backup's passphrase before anything is used.

Never overwrites: `Vault.restore` refuses a folder that already holds a vault, and
this dialog only offers folders without one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QGridLayout, QWidget

from disclosure_helper.ui.context import AppContext
from disclosure_helper.ui.dialogs import ask_folder, ask_open_path, backup_filter, documents_dir
from disclosure_helper.ui.ops import Op
from disclosure_helper.ui.widgets import (
    FormDialog,
    PassphraseField,
    button,
    label,
)
from disclosure_helper.vault import Vault


class RestoreDialog(FormDialog):
    """Pick a backup file, a place for it, and that backup's passphrase; then restore.

    `target`: the folder to restore into, or None to let the person choose an empty one.
    With `unlock_after`, the restored vault is also unlocked with the same passphrase.
    On success `restored` holds the open Vault handle and `folder` where it lives;
    whoever opened the dialog decides what to do with it (and closes it if unused).
    """

    def __init__(
        self,
        ctx: AppContext,
        target: Path | None = None,
        unlock_after: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Restore from a backup"),
            self.tr("A backup is restored into an empty folder, so nothing you have now is "
                    "overwritten. You will need the passphrase that was in use when the "
                    "backup was made."),
            parent, object_name="restoreDialog")
        self.ctx = ctx
        self.unlock_after = unlock_after
        self.backup_file: Path | None = None
        self.folder: Path | None = target
        self.restored: Vault | None = None
        self._fixed_target = target is not None
        layout = self.form

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(10)
        grid.addWidget(label(self.tr("Backup file"), "subheading"), 0, 0, 1, 2)
        self.file_label = label(self.tr("No file chosen yet."), selectable=True)
        self.choose_file = button(self.tr("Choose file…"), self._pick_file,
                                  accessible_name=self.tr("Choose backup file"))
        grid.addWidget(self.file_label, 1, 0)
        grid.addWidget(self.choose_file, 1, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(label(self.tr("Restore into"), "subheading"), 2, 0, 1, 2)
        self.folder_label = label(
            str(target) if target else self.tr("No folder chosen yet."), selectable=True
        )
        grid.addWidget(self.folder_label, 3, 0)
        self.choose_folder = button(self.tr("Choose folder…"), self._pick_folder,
                                    accessible_name=self.tr("Choose folder to restore into"))
        grid.addWidget(self.choose_folder, 3, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        layout.addLayout(grid)
        # Once the grid is in the dialog: shown with no parent yet, the button would open
        # for a moment as a window of its own.
        self.choose_folder.setVisible(not self._fixed_target)

        pass_label = label(self.tr("Passphrase for this backup"), "subheading")
        self.passphrase = PassphraseField(self.tr("Passphrase for this backup"))
        pass_label.setBuddy(self.passphrase.edit)
        self.passphrase.returnPressed.connect(self.start_restore)
        layout.addWidget(pass_label)
        layout.addWidget(self.passphrase)

        self.cancel_button = self.add_button(self.tr("Cancel"), self.reject)
        self.restore_button = self.add_button(self.tr("Restore and check"), self.start_restore,
                                              role="primary")
        self.fit(64)

    def _pick_file(self) -> None:
        chosen = ask_open_path(self, self.tr("Choose a backup file"), documents_dir(),
                               backup_filter())
        if chosen is not None:
            self.set_backup_file(chosen)

    def set_backup_file(self, path: Path) -> None:
        self.backup_file = Path(path)
        self.file_label.setText(str(self.backup_file))

    def _pick_folder(self) -> None:
        chosen = ask_folder(self, self.tr("Choose an empty folder"), documents_dir())
        if chosen is not None:
            self.set_folder(chosen)

    def set_folder(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.folder_label.setText(str(self.folder))
        if Vault.exists(self.folder):
            self.show_error(self.tr("That folder already holds a vault, so nothing will be "
                                     "restored there. Please choose an empty folder."))
        else:
            self.error.hide()

    def start_restore(self) -> None:
        if self.working():
            return
        if self.backup_file is None:
            self.show_error(self.tr("Please choose the backup file first."))
            return
        if self.folder is None:
            self.show_error(self.tr("Please choose an empty folder to restore into."))
            return
        if Vault.exists(self.folder):
            self.show_error(self.tr("That folder already holds a vault, so nothing will be "
                                     "restored there. Please choose an empty folder."))
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.show_error(self.tr("Please type the passphrase for this backup."))
            return
        self.error.hide()
        self._set_busy(True)
        backup_file, folder, keystore = self.backup_file, self.folder, self.ctx.keystore
        unlock_after = self.unlock_after

        def work() -> Vault:
            # One key derivation: the key that proves the backup opens also unlocks it.
            return Vault.restore(backup_file, folder, passphrase=passphrase, keystore=keystore,
                                 unlock=unlock_after, full_check=False)

        self.op = Op(self, work, on_done=self._done, on_error=self._failed).start()

    def _set_busy(self, busy: bool) -> None:
        self.set_busy(busy, self.tr("Restoring and checking the backup…"), self.choose_file,
                      self.choose_folder, self.passphrase)

    def _done(self, vault: Vault) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.restored = vault
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.show_failure(exc, self.tr("The backup could not be restored. Nothing has been "
                                       "changed."))



def restore_elsewhere(ctx: AppContext, backup_file: Path, parent: QWidget | None = None
                      ) -> Path | None:
    """Restore a backup into an empty folder the person picks, leaving the vault they
    have untouched; the folder it went into, or None if they stopped."""
    dialog = RestoreDialog(ctx, target=None, unlock_after=False, parent=parent)
    dialog.set_backup_file(backup_file)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.restored is None:
        return None
    folder = dialog.restored.folder
    dialog.restored.close()
    return folder
