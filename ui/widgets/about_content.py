"""About this content: who wrote the guidance and rights cards, that no one paid for them,
that no one gains from what the person decides, and how the words are checked and kept up.

Decision aids are expected to say this plainly (IPDAS). Opened from a rights card and from
Settings; the words live in resources/content/<lang>/about_content.toml.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from disclosure_helper.rights import load_about_content
from disclosure_helper.ui.widgets.basics import button, label
from disclosure_helper.ui.widgets.fit import DialogScroll, fit_to_text
from disclosure_helper.ui.widgets.flow import FlowRow


class AboutContentDialog(QDialog):
    """`AboutContentDialog(parent)`; open with `open_about_content(parent)`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        about = load_about_content()
        self.setObjectName("aboutContentDialog")
        self.setWindowTitle(about.title)
        self.setModal(True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 22, 24, 22)
        outer.setSpacing(14)
        # A little more room between parts than a form has, so each reads on its own.
        self.body = DialogScroll(spacing=20)
        outer.addWidget(self.body, 1)
        column = self.body.column
        self.heading = label(about.title, "heading")
        column.addWidget(self.heading)
        column.addWidget(label(about.intro))
        # A page to read: each part a heading and its words, without boxes around them.
        self.section_headings: list[QLabel] = []
        for heading, text in about.sections:
            part = QVBoxLayout()
            part.setSpacing(4)
            title = label(heading, "subheading")
            part.addWidget(title)
            part.addWidget(label(text, selectable=True))
            column.addLayout(part)
            self.section_headings.append(title)
        row = FlowRow(align_end=True)
        self.close_button = button(self.tr("Close"), self.accept, role="primary")
        self.close_button.setDefault(True)
        row.addWidget(self.close_button)
        outer.addWidget(row)
        fit_to_text(self, 70)


def open_about_content(parent: QWidget) -> AboutContentDialog:
    """Show the page without blocking; it deletes itself once closed."""
    dialog = AboutContentDialog(parent)
    dialog.finished.connect(lambda _result: dialog.deleteLater())
    dialog.open()
    dialog.close_button.setFocus()
    return dialog


__all__ = ["AboutContentDialog", "open_about_content"]
