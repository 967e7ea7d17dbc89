"""The calm "If today feels like too much" line, shown the same way wherever it appears.

It is passive: it is always there, it never moves or pops up, and which line shows depends
only on the country the person chose (or the country of their latest plan), never on what
they wrote or rated. The words come from resources/content/<lang>/support.toml.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from disclosure_helper.rights import card_for_region
from disclosure_helper.support import chosen_region, load_support
from disclosure_helper.ui.widgets.basics import label, set_role

if TYPE_CHECKING:
    from disclosure_helper.ui.context import AppContext


class SupportLine(QFrame):
    """`SupportLine()`; call `refresh(ctx)` when shown or unlocked, or `set_region(id)`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supportLine")
        set_role(self, "card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(4)
        words = load_support()
        self.heading = label(words.heading, "subheading")
        self.text = label(selectable=True)
        self.emergency = label(selectable=True)
        self.country = label(role="hint")
        for widget in (self.heading, self.text, self.emergency, self.country):
            layout.addWidget(widget)
        self.region: str | None = None
        self.set_region(None)

    def set_region(self, region: str | None) -> None:
        words = load_support()
        line = words.line_for(region)
        card = card_for_region(region)
        self.region = card.id
        self.text.setText(line.text)
        self.emergency.setText(line.emergency)
        self.emergency.setVisible(bool(line.emergency))
        self.country.setText(words.country_note.replace("{country}", card.name))
        # One stop for a screen reader, read as a whole; the text stays selectable.
        self.setAccessibleName(words.heading)
        self.setAccessibleDescription(" ".join(
            t for t in (line.text, line.emergency, self.country.text()) if t))

    def refresh(self, ctx: AppContext) -> None:
        """Show the line for the person's country (nothing else is read)."""
        if not ctx.is_unlocked:
            return
        vault = ctx.vault
        assert vault is not None
        self.set_region(chosen_region(vault.settings, vault.plans))
