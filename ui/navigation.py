"""The main window's sections, declared once. Each feature owns its subpackage."""

from __future__ import annotations

from typing import NamedTuple

from disclosure_helper.ui.widgets.translation import QT_TRANSLATE_NOOP


class PageSpec(NamedTuple):
    key: str
    title: str  # translated with QCoreApplication.translate("Navigation", title)
    module: str
    class_name: str
    shortcut: str


PAGES: tuple[PageSpec, ...] = (
    PageSpec("home", QT_TRANSLATE_NOOP("Navigation", "Home"),
             "disclosure_helper.ui.home.page", "HomePage", "Ctrl+1"),
    PageSpec("decisions", QT_TRANSLATE_NOOP("Navigation", "Decisions"),
             "disclosure_helper.ui.decisions.page", "DecisionsPage", "Ctrl+2"),
    # "Passport" for My adjustments: the living record is the person's adjustments
    # passport, and a short name keeps the sidebar narrow enough at the largest text.
    PageSpec("adjustments", QT_TRANSLATE_NOOP("Navigation", "Passport"),
             "disclosure_helper.ui.adjustments.page", "AdjustmentsPage", "Ctrl+6"),
    PageSpec("journal", QT_TRANSLATE_NOOP("Navigation", "Journal"),
             "disclosure_helper.ui.journal.page", "JournalPage", "Ctrl+3"),
    PageSpec("insights", QT_TRANSLATE_NOOP("Navigation", "Insights"),
             "disclosure_helper.ui.insights.page", "InsightsPage", "Ctrl+4"),
    PageSpec("together", QT_TRANSLATE_NOOP("Navigation", "Together"),
             "disclosure_helper.ui.together.page", "TogetherPage", "Ctrl+5"),
    PageSpec("settings", QT_TRANSLATE_NOOP("Navigation", "Settings"),
             "disclosure_helper.ui.settings.page", "SettingsPage", "Ctrl+,"),
)
