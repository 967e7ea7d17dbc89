"""The recovery code, shown once: copy, print, save to a file, and confirm it is stored."""

from __future__ import annotations

import contextlib
import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from disclosure_helper.atomic import atomic_write
from disclosure_helper.errors import VaultError, storage_error_from_os
from disclosure_helper.ui.context import AppContext
from disclosure_helper.ui.dialogs import ask_save_path, documents_dir
from disclosure_helper.ui.theme import code_font, current_text_scale
from disclosure_helper.ui.widgets import (
    DialogScroll,
    FlowRow,
    WrapCheckBox,
    button,
    dates,
    fit_to_text,
    label,
)


def code_file_text(code: str, heading: str, keep_safe: str, made_on: str) -> str:
    return f"{heading}\n\n{code}\n\n{keep_safe}\n{made_on}\n"


class RecoveryCodePanel(QWidget):
    """Shows `code` large and monospaced, with Copy / Print… / Save to a file….

    `confirmed` changes with the "I have stored it" checkbox; the caller enables its
    Continue button from it. Copying goes through `ctx.copy_text`, so locking clears it.
    """

    confirmed = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._code = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.code_label = label(role="code", wrap=True, selectable=True)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The code itself is what a screen reader reads; the description says what it is.
        self.code_label.setAccessibleDescription(self.tr("Your recovery code"))
        layout.addWidget(self.code_label)

        row = FlowRow()
        self.copy_button = button(self.tr("Copy"), self.copy,
                                  accessible_name=self.tr("Copy recovery code"))
        self.print_button = button(self.tr("Print…"), self.print_code,
                                   accessible_name=self.tr("Print recovery code"))
        self.save_button = button(self.tr("Save to a file…"), self.save_to_file,
                                  accessible_name=self.tr("Save recovery code to a file"))
        for widget in (self.copy_button, self.print_button, self.save_button):
            row.addWidget(widget)
        layout.addWidget(row)
        self.status = label(role="hint", live=True)
        self.status.hide()
        layout.addWidget(self.status)
        self.stored = WrapCheckBox(self.tr("I have stored my recovery code safely"))
        self.stored.setAccessibleName(self.tr("I have stored my recovery code safely"))
        self.stored.toggled.connect(self.confirmed)
        layout.addWidget(self.stored)

    def set_code(self, code: str) -> None:
        self._code = code
        # Spaces instead of dashes let the code wrap cleanly between groups at large sizes.
        self.code_label.setText(code.replace("-", "  "))
        self.code_label.setFont(code_font(current_text_scale()))
        self.stored.setChecked(False)
        self.status.hide()

    def clear(self) -> None:
        self._code = ""
        self.code_label.clear()
        self.stored.setChecked(False)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleDescription(text)
        self.status.show()

    def copy(self) -> None:
        self.ctx.copy_text(self._code, secret=True)
        seconds = max(1, round(self.ctx.secret_clear_ms / 1000))
        self._say(self.tr("Copied. Paste it somewhere safe, such as a password manager. "
                          "The clipboard is cleared in %1 seconds, and when the app locks.")
                  .replace("%1", str(seconds)))

    def _file_lines(self) -> tuple[str, str, str]:
        return (
            self.tr("Disclosure Helper recovery code"),
            self.tr("Keep this somewhere safe and private. With it, anyone who has your vault "
                    "folder can open your vault."),
            self.tr("Made on %1").replace("%1", dates.day(date.today())),
        )

    def save_to_file(self) -> None:
        path = ask_save_path(
            self, self.tr("Save recovery code"),
            documents_dir() / "disclosure-helper-recovery-code.txt",
            self.tr("Text files (*.txt)"),
        )
        if path is None:
            return
        heading, keep_safe, made_on = self._file_lines()
        try:
            atomic_write(Path(path), code_file_text(self._code, heading, keep_safe,
                                                    made_on).encode("utf-8"))
        except VaultError as exc:
            self._say(exc.message)
            return
        except OSError as exc:
            self._say(storage_error_from_os(exc).message)
            return
        self._say(self.tr("Saved to %1. Keep that file somewhere safe, away from this "
                          "computer if you can.").replace("%1", str(path)))

    def print_code(self) -> None:
        printer = self.ask_printer()
        if printer is not None:
            self.print_to(printer)

    def ask_printer(self):
        """The print dialog; a configured QPrinter, or None if the person cancelled.

        "Print to file" suggests a file in Documents (Qt's dialog suggests one in the
        folder the app was started from, so it is asked from Documents).
        """
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName("disclosure-helper-recovery-code")
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print recovery code"))
        with _in_folder(documents_dir()):
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return printer if accepted else None

    def print_to(self, printer) -> None:
        """Print, or write the PDF the person chose: readable by them alone (0600), and
        the message says where it went."""
        from PySide6.QtPrintSupport import QPrinter

        heading, keep_safe, made_on = self._file_lines()
        doc = QTextDocument()
        doc.setPlainText(code_file_text(self._code, heading, keep_safe, made_on))
        doc.setDefaultFont(code_font(1.2))
        target = printer.outputFileName() \
            if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat else ""
        if not target:
            doc.print_(printer)
            self._say(self.tr("Sent to the printer."))
            return
        path = Path(target)
        try:
            # Made private before a byte is written: Qt would create it world-readable.
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
            os.chmod(path, 0o600)  # if it was there already, with looser permissions
            doc.print_(printer)
            os.chmod(path, 0o600)
        except OSError as exc:
            self._say(storage_error_from_os(exc).message)
            return
        if not path.is_file() or path.stat().st_size == 0:
            self._say(self.tr("The PDF could not be written. Please try again, or choose "
                              "another folder."))
            return
        self._say(self.tr("Saved as a PDF in %1. Only you can open it on this computer; "
                          "keep it somewhere safe, away from this computer if you can.")
                  .replace("%1", str(path)))


@contextlib.contextmanager
def _in_folder(folder: Path):
    before = os.getcwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)


class RecoveryCodeDialog(QDialog):
    """The panel in a dialog, for a new code made from Settings."""

    def __init__(self, ctx: AppContext, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your new recovery code"))
        self.setObjectName("recoveryCodeDialog")
        self.setModal(True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 22, 24, 22)
        outer.setSpacing(14)
        self.body = DialogScroll()
        outer.addWidget(self.body, 1)
        layout = self.body.column
        layout.addWidget(label(self.tr("Your new recovery code"), "heading"))
        layout.addWidget(label(self.tr(
            "Your old recovery code no longer works. This new one is shown only now. Keep it "
            "somewhere safe and private.")))
        self.panel = RecoveryCodePanel(ctx)
        self.panel.set_code(code)
        layout.addWidget(self.panel)
        # What Copy, Print or Save say is shown outside the scrolling part, in view.
        outer.addWidget(self.panel.status)
        row = FlowRow(align_end=True)
        self.done_button = button(self.tr("Done"), self.accept, role="primary")
        self.done_button.setEnabled(False)
        self.panel.confirmed.connect(self.done_button.setEnabled)
        row.addWidget(self.done_button)
        outer.addWidget(row)
        fit_to_text(self, 64)

    def reject(self) -> None:
        # Closing without confirming would lose the only sight of the code; locking still works.
        if self.done_button.isEnabled() or not self.isVisible():
            super().reject()

    def force_close(self) -> None:
        super().reject()
