"""Exporting entries on request: Markdown, or PDF laid out with QTextDocument.

The dialog says plainly, before anything is written, that the file will not be
encrypted. Default file names hold a date and nothing the person wrote. The work
runs off the GUI thread; the file is written atomically, readable only by its owner.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QStyle,
    QWidget,
)

from disclosure_helper import cancellation, content
from disclosure_helper.atomic import atomic_write
from disclosure_helper.errors import DiskFull, StorageError, VaultError
from disclosure_helper.export_markdown import (
    ExportDocument,
    entries_document,
    incident_timeline,
    write_export_markdown,
)
from disclosure_helper.ui import dialogs
from disclosure_helper.ui.ops import Op, run_in_background
from disclosure_helper.ui.widgets import (
    FormDialog,
    MessageBanner,
    label,
)
from disclosure_helper.ui.widgets.pdf import notice_html
from disclosure_helper.ui.widgets.pdf import pdf_bytes as render_pdf

if TYPE_CHECKING:
    from disclosure_helper.journal import JournalRepository
    from disclosure_helper.ui.context import AppContext

FORMATS = ("markdown", "pdf")
SUFFIX = {"markdown": ".md", "pdf": ".pdf"}


def default_file_name(timeline: bool, fmt: str, today: date | None = None) -> str:
    """A name with a date only: a file name is seen by anyone who sees the folder."""
    stem = "incident-timeline" if timeline else "journal-export"
    return f"{stem}-{(today or date.today()).isoformat()}{SUFFIX[fmt]}"


def document_html(doc: ExportDocument) -> str:
    """The export as simple HTML for QTextDocument; every piece of text is escaped."""
    e = html.escape
    parts = [
        "<html><body style=\"font-family: 'Atkinson Hyperlegible', sans-serif;\">",
        f"<h1>{e(doc.title)}</h1>",
        notice_html(doc.warning),
        f"<p>{e(doc.exported_on)} · {e(doc.count_line)}</p>",
    ]
    if doc.intro:
        parts.append(f"<p>{e(doc.intro)}</p>")
    for entry in doc.entries:
        parts.append("<hr/>")
        parts.append(f"<h2>{e(entry.heading)}</h2>")
        meta = [f"<i>{e(entry.kind_label)}</i>", f"{e(doc.labels['happened'])}: {e(entry.when)}"]
        if entry.plan is not None:
            meta.append(f"{e(doc.labels['plan'])}: {e(entry.plan)}")
        if entry.tags:
            meta.append(f"{e(doc.labels['tags'])}: {e(', '.join(entry.tags))}")
        if entry.written:
            meta.append(f"{e(doc.labels['written'])}: {e(entry.written)}")
        if entry.changed:
            meta.append(f"{e(doc.labels['edited'])}: {e(entry.changed)}")
        parts.append("<p>" + "<br/>".join(meta) + "</p>")
        for item in entry.fields:
            text = e(item.text).replace("\n", "<br/>")
            if item.multiline:
                parts.append(f"<p><b>{e(item.label)}</b><br/>{text}</p>")
            else:
                parts.append(f"<p><b>{e(item.label)}:</b> {text}</p>")
        if entry.additions:
            parts.append(f"<h3>{e(doc.labels['additions'])}</h3>")
            for added in entry.additions:
                text = e(added.text).replace("\n", "<br/>")
                parts.append(f"<p><b>{e(added.when)} · {e(added.label)}</b><br/>{text}</p>")
    parts.append("</body></html>")
    return "".join(parts)


def pdf_bytes(doc: ExportDocument) -> bytes:
    """Lay the export out on A4 pages in memory (nothing touches disk until it is whole)."""
    return render_pdf(document_html(doc), doc.title)  # a generic title, never an entry's words


def write_export(journal: JournalRepository, path: Path, fmt: str, timeline: bool,
                 entry_ids: list[int] | None, plan_titles: dict[int, str]) -> int:
    """Build and write one export; returns how many entries it holds."""
    if fmt != "pdf":
        return write_export_markdown(Path(path), journal, entry_ids, timeline, plan_titles,
                                     check=cancellation.check)
    build = incident_timeline if timeline else entries_document
    doc = build(journal, entry_ids, plan_titles=plan_titles)
    atomic_write(Path(path), pdf_bytes(doc))
    return len(doc.entries)


def _choice_hint(radio: QRadioButton, text: str) -> QLabel:
    """What a choice means, under it and in line with its words; also read with it."""
    hint = label(text, "hint")
    indent = radio.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth) + \
        radio.style().pixelMetric(QStyle.PixelMetric.PM_RadioButtonLabelSpacing)
    hint.setContentsMargins(indent, 0, 0, 0)
    radio.setAccessibleDescription(text)
    return hint


class ExportDialog(FormDialog):
    """Pick what to export and in which format; `export_to(path)` does it in the background.

    `shown_ids()` gives the ids of everything the journal list shows right now
    (after search and filters); it runs in the worker, so it may be slow.
    """

    def __init__(self, ctx: AppContext, selected_ids: list[int],
                 shown_ids: Callable[[], list[int]], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Export journal entries"), parent=parent,
                         waits_for_work=False)
        self.ctx = ctx
        self.selected_ids = list(selected_ids)
        self.shown_ids = shown_ids
        self.op: Op | None = None
        self.saved_path: Path | None = None
        layout = self.form
        warning = label(content.load("journal/export")["export"]["warning"])
        warning.setProperty("role", "banner-warning")
        layout.addWidget(warning)
        self.warning = warning

        layout.addWidget(label(self.tr("Which entries?"), "subheading"))
        self.scope = QButtonGroup(self)
        self.scope_selected = QRadioButton(
            self.tr("The %n entries you selected", "", len(self.selected_ids))
            if self.selected_ids else
            self.tr("The entries you select in the list (none selected now)"))
        self.scope_shown = QRadioButton(self.tr("What the list shows now"))
        self.scope_all = QRadioButton(self.tr("Every entry in the journal"))
        # Choices stay short; what they mean goes underneath, where it can wrap.
        hints = {self.scope_shown: self.tr("With your search and filters as they are.")}
        for index, radio in enumerate((self.scope_selected, self.scope_shown, self.scope_all)):
            radio.setAccessibleName(radio.text())
            self.scope.addButton(radio, index)
            layout.addWidget(radio)
            if radio in hints:
                layout.addWidget(_choice_hint(radio, hints[radio]))
        self.scope_selected.setEnabled(bool(self.selected_ids))
        (self.scope_selected if self.selected_ids else self.scope_shown).setChecked(True)

        layout.addWidget(label(self.tr("What kind of export?"), "subheading"))
        self.kind = QButtonGroup(self)
        self.kind_entries = QRadioButton(self.tr("The entries as written"))
        self.kind_timeline = QRadioButton(self.tr("An incident timeline"))
        for index, radio in enumerate((self.kind_entries, self.kind_timeline)):
            radio.setAccessibleName(radio.text())
            self.kind.addButton(radio, index)
            layout.addWidget(radio)
        layout.addWidget(_choice_hint(self.kind_timeline, self.tr(
            "Only incident records, oldest first, to share with a union rep, HR or a legal "
            "adviser.")))
        self.kind_entries.setChecked(True)

        layout.addWidget(label(self.tr("Format"), "subheading"))
        self.fmt = QButtonGroup(self)
        fmt_row = QHBoxLayout()
        self.fmt_markdown = QRadioButton(self.tr("Markdown (plain text)"))
        self.fmt_pdf = QRadioButton(self.tr("PDF"))
        for index, radio in enumerate((self.fmt_markdown, self.fmt_pdf)):
            radio.setAccessibleName(self.tr("Format: %1").replace("%1", radio.text()))
            self.fmt.addButton(radio, index)
            fmt_row.addWidget(radio)
        fmt_row.addStretch(1)
        self.fmt_markdown.setChecked(True)
        layout.addLayout(fmt_row)
        layout.addWidget(label(self.tr("The file name will hold only the date, nothing you "
                                       "wrote."), "hint"))

        self.banner = MessageBanner()
        self.status.addWidget(self.banner)
        self.cancel_button = self.add_button(self.tr("Close"), self.reject)
        self.save_button = self.add_button(self.tr("Choose where to save…"), self.choose_file,
                                           role="primary")
        self.save_button.setDefault(True)
        self.fit(62)

    def format(self) -> str:
        return "pdf" if self.fmt_pdf.isChecked() else "markdown"

    def is_timeline(self) -> bool:
        return self.kind_timeline.isChecked()

    def choose_file(self) -> None:
        fmt = self.format()
        name = default_file_name(self.is_timeline(), fmt)
        filters = self.tr("Markdown files (*.md)") if fmt == "markdown" else \
            self.tr("PDF files (*.pdf)")
        chosen = dialogs.ask_save_path(self, self.tr("Save the export"),
                                       dialogs.documents_dir() / name, filters)
        if chosen is not None:
            path = str(chosen)
            if not path.lower().endswith(SUFFIX[fmt]):
                path += SUFFIX[fmt]
            self.export_to(Path(path))

    def export_to(self, path: Path) -> Op | None:
        if self.op is not None and self.op.busy or not self.ctx.is_unlocked:
            return None
        assert self.ctx.vault is not None
        vault = self.ctx.vault
        fmt, timeline = self.format(), self.is_timeline()
        scope = self.scope.checkedId()
        selected = list(self.selected_ids)
        shown_ids = self.shown_ids

        def work() -> int:
            journal = vault.journal
            ids = selected if scope == 0 else shown_ids() if scope == 1 else None
            try:
                plans = {p.id: p.title for p in vault.plans.summaries()}
            except VaultError:
                plans = {}
            return write_export(journal, path, fmt, timeline, ids, plans)

        self.banner.dismiss()
        self.save_button.setEnabled(False)
        self.busy.start(self.tr("Writing the file…"))
        self.op = run_in_background(self, work, self._done, self._failed)
        self.saved_path = path
        return self.op

    def _done(self, count: int) -> None:
        self.busy.stop()
        self.save_button.setEnabled(True)
        if count == 0:
            self.banner.show_message(
                self.tr("There was nothing to export, so an empty file was written. "
                        "An incident timeline holds incident records only."), "info")
            return
        self.banner.show_message(self.tr(
            "Saved %n entries. Remember: this file is not encrypted.", "", count), "info")

    def _failed(self, exc: Exception) -> None:
        self.busy.stop()
        self.save_button.setEnabled(True)
        # Storage errors speak of "your words still on screen", which fits the editor,
        # not a file being written somewhere else; exports get their own words.
        if isinstance(exc, DiskFull):
            message = self.tr("The disk is full, so the file could not be written. Free up "
                              "some space, or pick another place.")
        elif isinstance(exc, (StorageError, OSError)):
            message = self.tr("The file could not be written there. Please pick another "
                              "folder, or check that the disk has space.")
        else:
            message = exc.message if isinstance(exc, VaultError) else self.tr(
                "The export did not work. Nothing was written.")
        self.banner.show_message(message, "error")
