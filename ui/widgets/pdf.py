"""The one PDF renderer: every export the person asks for is laid out here.

Exports are built as HTML (the journal and plan exports) or as a core `Document` (the
adjustments passport, a request letter, a checklist); both go through `pdf_bytes()`, so
every PDF has the same page, margins and typeface. It is safe to run off the GUI thread
(QTextDocument and QPdfWriter need no widgets). The PDF's title metadata is always a
generic name given by the caller, never the person's words.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from disclosure_helper.atomic import atomic_write
from disclosure_helper.document import (
    Block,
    Checklist,
    Document,
    ItemList,
    Paragraph,
)
from disclosure_helper.ui.fonts import FAMILY, app_font
from disclosure_helper.ui.widgets.translation import translate

# A4 with margins that also print on US Letter without clipping.
MARGIN_MM = 18
RESOLUTION = 300
BODY_PT = 11


def pdf_bytes(document_html: str, title: str) -> bytes:
    """Lay the HTML out on A4 pages in memory (nothing touches disk until it is whole)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Disclosure Helper")
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                          QPageLayout.Unit.Millimeter)
    writer.setResolution(RESOLUTION)
    text = QTextDocument()
    # The app's own typeface: the PDF reads the same whatever fonts this computer has.
    text.setDefaultFont(app_font(BODY_PT))
    text.setHtml(document_html)
    text.print_(writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(data.data())


def write_pdf(document_html: str, path: Path, title: str) -> Path:
    """Render and save in one step; the file appears whole or not at all."""
    atomic_write(Path(path), pdf_bytes(document_html, title))
    return Path(path)


# -- a core Document as HTML ------------------------------------------------------------


def _text(text: str) -> str:
    """Escaped, with the person's line breaks kept."""
    return html.escape(text.strip()).replace("\n", "<br/>")


def notice_html(notice: str) -> str:
    """The boxed note at the top of an export (for example, that it is not encrypted)."""
    return ("<table width='100%' cellpadding='8' style='border: 1px solid #b07a1a;"
            f" background: #fdf3df;'><tr><td><b>{_text(notice)}</b></td></tr></table>")


def _block_html(block: Block) -> str:
    if isinstance(block, Paragraph):
        return f"<p>{_text(block.text)}</p>"
    if isinstance(block, ItemList):
        items = []
        for item in block.items:
            details = "".join(f"<br/><i>{_text(d.label)}</i> {_text(d.text)}"
                              for d in item.details)
            items.append(f"<li style='margin-bottom: 4px;'>{_text(item.text)}{details}</li>")
        return "<ul>" + "".join(items) + "</ul>"
    assert isinstance(block, Checklist)
    rows = []
    for check in block.items:
        state = translate("Pdf", "Ready") if check.ready else translate("Pdf", "To fill in")
        body = f"<b>{_text(check.label)}</b>"
        if check.ready:
            body += f"<br/>{_text(check.answer)}"
        if check.hint:
            body += f"<br/><i>{_text(check.hint)}</i>"
        rows.append(f"<tr><td width='18%' style='color: #555555;'>{html.escape(state)}</td>"
                    f"<td>{body}</td></tr>")
    return ("<table width='100%' cellpadding='4' cellspacing='0'>" + "".join(rows)
            + "</table>")


def document_html(document: Document, include_notice: bool = True) -> str:
    """A core Document as simple HTML for QTextDocument; every piece of text is escaped."""
    parts = [f"<html><body style=\"font-family: '{FAMILY}', sans-serif;\">",
             f"<h1>{_text(document.title)}</h1>"]
    if include_notice and document.notice:
        parts.append(notice_html(document.notice))
    if document.meta:
        parts.append("<p>" + "<br/>".join(_text(m) for m in document.meta) + "</p>")
    for section in document.sections:
        if section.heading:
            parts.append(f"<h2>{_text(section.heading)}</h2>")
        parts.extend(_block_html(block) for block in section.blocks)
    parts.append("</body></html>")
    return "".join(parts)


def document_pdf(document: Document, title: str, include_notice: bool = True) -> bytes:
    """A core Document laid out as a PDF."""
    return pdf_bytes(document_html(document, include_notice), title)


def write_document_pdf(document: Document, path: Path, title: str,
                       include_notice: bool = True) -> Path:
    atomic_write(Path(path), document_pdf(document, title, include_notice))
    return Path(path)


__all__ = [
    "document_html",
    "document_pdf",
    "notice_html",
    "pdf_bytes",
    "write_document_pdf",
    "write_pdf",
]
