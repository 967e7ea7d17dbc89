"""Settings cards for this computer's copy of the app: the name it shows, and Help.

Kept apart from page.py: the name is a device preference (needed before unlock, in
preferences.json) and About is reached through `ctx.show_help`, so neither needs the
vault.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from disclosure_helper import APP_NAME
from disclosure_helper.ui import branding, options
from disclosure_helper.ui.context import AppContext
from disclosure_helper.ui.widgets import Card, FlowRow, button, label


class NameSection(Card):
    """A plain name for the window and taskbar, for a shared computer."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Name on screen"), self.tr(
            "On a shared computer, the app can go by a plain name. The window, the taskbar "
            "and the top bar then show only that name, and the unlock screen shows no "
            "name at all."), parent, title_role="heading")
        self.ctx = ctx
        self._loading = False
        title = label(self.tr("Show the app as"), wrap=False)
        self.name = QComboBox()
        self.name.setAccessibleName(self.tr("Show the app as"))
        title.setBuddy(self.name)
        for key in options.LAUNCH_NAME.choices:
            shown = (self.tr("%1 (its own name)").replace("%1", APP_NAME) if not key
                     else QCoreApplication.translate("Branding", branding.PLAIN_NAMES[key]))
            self.name.addItem(shown, key)
        self.body.addWidget(title)
        self.body.addWidget(self.name, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addWidget(label(self.tr(
            "This applies to this computer only. Some taskbars show a new name the next "
            "time the app starts."), "hint"))
        self.name.currentIndexChanged.connect(self._changed)

    def load(self) -> None:
        self._loading = True
        try:
            index = self.name.findData(options.LAUNCH_NAME.get(self.ctx))
            self.name.setCurrentIndex(max(0, index))
        finally:
            self._loading = False

    def save(self) -> None:
        options.LAUNCH_NAME.set(self.ctx, str(self.name.currentData()))

    def _changed(self, *_args) -> None:
        if self._loading:
            return
        self.save()
        self.changed.emit()


class HelpSection(Card):
    """About the app, and the keyboard shortcuts, from Settings too."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("About this app"), self.tr(
            "The version, the privacy promise, the licence and the people whose work the "
            "app is built on."), parent, title_role="heading")
        self.ctx = ctx
        row = FlowRow()
        self.about_button = button(self.tr("About…"), lambda: ctx.show_help("about"),
                                   accessible_name=self.tr("About the app"))
        self.shortcuts_button = button(self.tr("Keyboard shortcuts…"),
                                       lambda: ctx.show_help("shortcuts"))
        row.addWidget(self.about_button)
        row.addWidget(self.shortcuts_button)
        self.body.addWidget(row)

    def load(self) -> None:
        """Nothing stored to show."""
