"""A calm stand-in for a section whose page has not been added to this build yet."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from disclosure_helper.ui.context import AppContext
from disclosure_helper.ui.page import Page
from disclosure_helper.ui.widgets import Card, ScrollScreen, button, label


def _describe(key: str) -> str:
    tr = QCoreApplication.translate
    return {
        "decisions": tr(
            "PlaceholderPage",
            "Here you will think through whether, who, what, when, where, why and how to "
            "tell people at work, one step at a time, and keep a plan you can change later.",
        ),
        "journal": tr(
            "PlaceholderPage",
            "Here you will keep a private journal: quick check-ins, debriefs after hard "
            "days, and a factual record of anything that happened at work.",
        ),
        "insights": tr(
            "PlaceholderPage",
            "Here you will see patterns over time from your own check-ins and notes, "
            "kept on this device like everything else.",
        ),
        "together": tr(
            "PlaceholderPage",
            "Here you will be able to sit down with a supporter and show only what you "
            "choose, in large, clear text.",
        ),
    }.get(key, tr("PlaceholderPage", "This part of the app is on its way."))


class PlaceholderPage(Page):
    """Says what a section will hold, and offers the way back home (no dead buttons)."""

    def __init__(self, ctx: AppContext, key: str, title: str, parent=None) -> None:
        super().__init__(ctx, parent)
        from PySide6.QtWidgets import QVBoxLayout

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        screen = ScrollScreen()
        layout.addWidget(screen)
        screen.column.addWidget(label(title, "title"))
        card = Card(self.tr("Coming soon"), _describe(key))
        card.body.addWidget(label(
            self.tr("This section is not part of this version yet. Everything else works."),
            "hint",
        ))
        self.home_button = button(self.tr("Go to Home"), lambda: ctx.navigate("home"))
        card.body.addWidget(self.home_button)
        screen.column.addWidget(card)
