"""Exports on request: Markdown and PDF, marked as not encrypted, with neutral file names."""

from __future__ import annotations

from pathlib import Path

from disclosure_helper.journal import Entry
from disclosure_helper.ui.journal.export import ExportDialog, default_file_name, document_html
from disclosure_helper.ui.journal.page import JournalPage


def _page(qtbot, ctx) -> JournalPage:
    page = JournalPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.on_unlocked()
    qtbot.waitUntil(lambda: not page.is_loading)  # the list is read off the GUI thread
    return page


def _export(qtbot, dialog: ExportDialog, path: Path) -> None:
    op = dialog.export_to(path)
    assert op is not None
    qtbot.waitUntil(lambda: not op.busy, timeout=10_000)


def test_markdown_export_of_selected_entries(qtbot, unlocked_ctx, tmp_path):
    journal = unlocked_ctx.vault.journal
    keep = journal.add(Entry(kind="free", title="Chosen one", body="**not bold** <b>x</b>"))
    journal.add(Entry(kind="free", title="Left out", body="other"))
    page = _page(qtbot, unlocked_ctx)
    page.list.select_entry(keep.id)
    dialog = ExportDialog(unlocked_ctx, page.list.selected_ids(), page.shown_ids, parent=page)
    qtbot.addWidget(dialog)
    assert "not encrypted" in dialog.warning.text()
    assert dialog.scope_selected.isChecked()
    target = tmp_path / default_file_name(False, "markdown")
    _export(qtbot, dialog, target)
    text = target.read_text(encoding="utf-8")
    assert "not encrypted" in text
    assert "Chosen one" in text and "Left out" not in text
    assert "Saved 1 entry" in dialog.banner.message()
    assert (target.stat().st_mode & 0o777) == 0o600


def test_pdf_incident_timeline_of_what_the_list_shows(qtbot, unlocked_ctx, tmp_path):
    journal = unlocked_ctx.vault.journal
    journal.add(Entry(kind="incident", title="Remark at handover", body="Said in front of "
                      "two students.", fields={"where": "Ward 3"}, tags=["record"]))
    journal.add(Entry(kind="free", title="Not an incident", tags=["record"]))
    page = _page(qtbot, unlocked_ctx)
    page.filters.set_tag("record")
    dialog = ExportDialog(unlocked_ctx, [], page.shown_ids, parent=page)
    qtbot.addWidget(dialog)
    assert not dialog.scope_selected.isEnabled() and dialog.scope_shown.isChecked()
    dialog.kind_timeline.setChecked(True)
    dialog.fmt_pdf.setChecked(True)
    target = tmp_path / default_file_name(True, "pdf")
    _export(qtbot, dialog, target)
    assert target.read_bytes().startswith(b"%PDF")
    assert "Saved 1 entry" in dialog.banner.message()


def test_export_to_an_unwritable_place_says_so(qtbot, unlocked_ctx, tmp_path):
    unlocked_ctx.vault.journal.add(Entry(kind="free", body="x"))
    page = _page(qtbot, unlocked_ctx)
    dialog = ExportDialog(unlocked_ctx, [], page.shown_ids, parent=page)
    qtbot.addWidget(dialog)
    _export(qtbot, dialog, tmp_path / "missing-folder" / "journal.md")
    assert "could not be written" in dialog.banner.message()


def test_default_names_hold_only_a_date():
    from datetime import date

    assert default_file_name(True, "pdf", date(2025, 5, 2)) == "incident-timeline-2025-05-02.pdf"
    assert default_file_name(False, "markdown", date(2025, 5, 2)) == "journal-export-2025-05-02.md"


def test_pdf_html_escapes_everything_written(unlocked_ctx):
    from disclosure_helper.export_markdown import entries_document

    journal = unlocked_ctx.vault.journal
    entry = journal.add(Entry(kind="free", title="<script>x</script>", body="a & b <i>"))
    html = document_html(entries_document(journal, [entry.id]))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "a &amp; b &lt;i&gt;" in html
