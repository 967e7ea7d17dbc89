"""Choose what goes into the printable plan, then save it as a PDF off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget

from disclosure_helper.errors import VaultError
from disclosure_helper.guide import Guide
from disclosure_helper.ui import dialogs
from disclosure_helper.ui.ops import Op
from disclosure_helper.ui.widgets import (
    FormDialog,
    MessageBanner,
    WrapCheckBox,
    label,
)
from disclosure_helper.ui.widgets.plan_pdf import DEFAULT_FILE_NAME, export_sections, write_pdf


def ask_pdf_path(parent: QWidget | None) -> Path | None:
    """Where to save; a file name that says nothing personal. Tests replace this."""
    return dialogs.ask_save_path(
        parent,
        QCoreApplication.translate("ExportDialog", "Save your plan as a PDF"),
        dialogs.documents_dir() / DEFAULT_FILE_NAME,
        QCoreApplication.translate("ExportDialog", "PDF files (*.pdf)"),
    )


class ExportDialog(FormDialog):
    """Sections to include, a clear note that the file is not encrypted, and Save.

    `build_html(sections)` makes the document on the GUI thread; the rendering and
    writing run in the background through `ops.Op`.
    """

    def __init__(
        self,
        guide: Guide,
        build_html: Callable[[list[str]], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Save a printable copy"), parent=parent,
                         object_name="exportDialog", spacing=12, modal=False,
                         waits_for_work=False)
        self._build_html = build_html
        self.op: Op | None = None
        self.saved_path: Path | None = None
        layout = self.form
        self.warning = MessageBanner()
        self.warning.show_message(self.tr(
            "The PDF file is not encrypted. Anyone who can open the file can read it. "
            "Keep it somewhere safe, and delete it when you no longer need it."
        ), "warning")
        layout.addWidget(self.warning)
        layout.addWidget(label(self.tr("Choose what to include:"), "subheading"))
        self.checks: dict[str, QCheckBox] = {}
        # Two columns of short names keep the dialog within a laptop screen.
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(8)
        sections = export_sections(guide)
        half = (len(sections) + 1) // 2
        for index, section in enumerate(sections):
            box = WrapCheckBox(section.title)
            box.setAccessibleName(self.tr("Include: %1").replace("%1", section.title))
            box.setChecked(section.default)
            box.toggled.connect(self._update)
            self.checks[section.key] = box
            grid.addWidget(box, index % half, index // half)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.message = MessageBanner()
        self.status.addWidget(self.message)
        self.close_button = self.add_button(self.tr("Close"), self.reject)
        self.save_button = self.add_button(self.tr("Save PDF\u2026"), self.choose_and_save,
                                           role="primary", accessible_name=self.tr("Save as PDF"))
        self._update()
        self.fit(62)

    def chosen(self) -> list[str]:
        return [key for key, box in self.checks.items() if box.isChecked()]

    def _update(self, *_args: object) -> None:
        self.save_button.setEnabled(bool(self.chosen()) and not self.busy.running)

    def choose_and_save(self) -> None:
        path = ask_pdf_path(self)
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.save_to(path)

    def save_to(self, path: Path) -> Op:
        document = self._build_html(self.chosen())
        self.message.dismiss()
        self.busy.start(self.tr("Making your PDF\u2026"))
        self.save_button.setEnabled(False)
        # The document is already built, so laying it out never touches the vault.
        self.op = Op(self, lambda: write_pdf(document, path),
                     on_done=self._saved, on_error=self._failed, uses_vault=False)
        return self.op.start()

    def _saved(self, path: Path) -> None:
        self.busy.stop()
        self.saved_path = path
        self.message.show_message(self.tr(
            "Saved as %1. Remember, this file is not encrypted."
        ).replace("%1", path.name), "info")
        self._update()

    def _failed(self, exc: Exception) -> None:
        self.busy.stop()
        text = exc.message if isinstance(exc, VaultError) else self.tr(
            "The PDF could not be saved there. Please try another folder. "
            "Nothing in your plan has changed.")
        self.message.show_message(text, "error")
        self._update()
