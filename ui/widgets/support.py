"""The calm "If today feels like too much" line, shown the same way wherever it appears.

It is passive: it is always there, it never moves or pops up, and which line shows depends
only on the country the person chose (or the country of their latest plan), never on what
they wrote or rated. The words come from resources/content/<lang>/support.toml.

Two looks: a small card (Home, the check-in, after a hard shift, the Together start page),
and `compact=True`, one quiet line under a thin rule for places where every line of height
counts (below the journal list, beside a Together session). Both are read the same way by a
screen reader: the heading as the name, the whole line as the description.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from disclosure_helper.rights import card_for_region
from disclosure_helper.support import chosen_region, load_support
from disclosure_helper.ui.widgets.basics import label, set_role

if TYPE_CHECKING:
    from disclosure_helper.ui.context import AppContext


class SupportLine(QFrame):
    """`SupportLine(compact=False)`; call `refresh(ctx)` when shown or unlocked, or
    `set_region(id)`."""

    def __init__(self, parent: QWidget | None = None, compact: bool = False) -> None:
        super().__init__(parent)
        self.compact = compact
        self.setObjectName("supportLine")
        layout = QVBoxLayout(self)
        words = load_support()
        self.heading = label(words.heading, "subheading")
        self.text = label(selectable=True)
        self.emergency = label(selectable=True)
        self.country = label(role="hint")
        if compact:
            # A rule above, then the heading and the line's few words as one sentence.
            layout.setContentsMargins(0, 0, 0, 0)
            layout.setSpacing(6)
            rule = QFrame()
            set_role(rule, "separator")
            rule.setFrameShape(QFrame.Shape.HLine)
            layout.addWidget(rule)
            self.text.setTextFormat(Qt.TextFormat.RichText)
            layout.addWidget(self.text)
            for part in (self.heading, self.emergency, self.country):
                part.setParent(self)
                part.hide()
        else:
            set_role(self, "card")
            self.setFrameShape(QFrame.Shape.StyledPanel)
            # Spaced like the cards around it (see Card), a little closer between lines.
            layout.setContentsMargins(20, 18, 20, 18)
            layout.setSpacing(6)
            for widget in (self.heading, self.text, self.emergency, self.country):
                layout.addWidget(widget)
        self.region: str | None = None
        self.set_region(None)

    def set_region(self, region: str | None) -> None:
        words = load_support()
        line = words.line_for(region)
        card = card_for_region(region)
        self.region = card.id
        self.country.setText(words.country_note.replace("{country}", card.name))
        self.emergency.setText(line.emergency)
        whole = " ".join(t for t in (line.text, line.emergency, self.country.text()) if t)
        if self.compact:
            self.text.setText(self.tr("%1: %2")
                              .replace("%1", f"<b>{html.escape(words.heading)}</b>")
                              .replace("%2", html.escape(line.short)))
            self.setToolTip(whole)
        else:
            self.text.setText(line.text)
            self.emergency.setVisible(bool(line.emergency))
        # One stop for a screen reader, read as a whole; the text stays selectable.
        self.setAccessibleName(words.heading)
        self.setAccessibleDescription(whole)

    def refresh(self, ctx: AppContext) -> None:
        """Show the line for the person's country (nothing else is read)."""
        if not ctx.is_unlocked:
            return
        vault = ctx.vault
        assert vault is not None
        self.set_region(chosen_region(vault.settings, vault.plans))
