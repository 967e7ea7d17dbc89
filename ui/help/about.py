"""About: the version, the privacy promise, where the data lives, the licence and credits.

Its words come from resources/content/<lang>/about.toml; the version from the core.
Each licence opens in a plain reader, read from the resources the app ships.
"""

from __future__ import annotations

import platform
from functools import partial
from importlib import resources

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QPlainTextEdit, QVBoxLayout, QWidget

from disclosure_helper import APP_NAME, __version__, content
from disclosure_helper.ui.context import AppContext
from disclosure_helper.ui.widgets import Card, DialogScroll, FlowRow, button, fit_to_text, label


def licence_text(path: str) -> str:
    """A licence file shipped in the resources package (e.g. "fonts/OFL.txt")."""
    node = resources.files("disclosure_helper.resources")
    for part in path.split("/"):
        node = node.joinpath(part)
    return node.read_text(encoding="utf-8")


class LicenceDialog(QDialog):
    """One licence's full text, to read and scroll."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("licenceDialog")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 22, 24, 22)
        layout.setSpacing(14)
        layout.addWidget(label(title, "heading"))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setPlainText(text)
        self.text.setAccessibleName(title)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                          | Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text, 1)
        row = FlowRow(align_end=True)
        self.close_button = button(self.tr("Close"), self.accept, role="primary")
        row.addWidget(self.close_button)
        layout.addWidget(row)
        width = self.text.fontMetrics().averageCharWidth() * 84
        self.resize(width, round(width * 0.8))
        self.text.setFocus()


class AboutDialog(QDialog):
    """What the app is, what it promises, and whose work it stands on."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        words = content.load("about")
        self._licence_dialog: LicenceDialog | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 22, 24, 22)
        outer.setSpacing(14)
        self.body = DialogScroll()
        outer.addWidget(self.body, 1)
        column = self.body.column

        column.addWidget(label(APP_NAME, "title"))
        self.version = label(self.tr("Version %1").replace("%1", __version__), "subheading",
                             selectable=True)
        column.addWidget(self.version)
        column.addWidget(label(words["summary"]))
        self.translation: Card | None = None
        unreviewed = content.unreviewed()
        if unreviewed:
            # Said plainly: a person deciding about their job should know these words
            # have not yet been checked by someone who speaks the language.
            self.translation = Card(self.tr("Translation reviewed: no"), title_role="heading")
            self.translation.body.addWidget(label(self.tr(
                "The guidance, rights cards and other texts in this language were translated "
                "from English, and a person who speaks it has not checked them yet. Where "
                "something reads oddly, the English version is the original.")))
            column.addWidget(self.translation)

        privacy = Card(words["privacy"]["title"], title_role="heading")
        for point in words["privacy"]["points"]:
            privacy.body.addWidget(label(f"\u2022 {point}"))
        column.addWidget(privacy)

        data = Card(words["data"]["title"], title_role="heading")
        self.folder = label(str(ctx.data_dir), selectable=True)
        self.folder.setAccessibleName(self.tr("Data folder"))
        data.body.addWidget(self.folder)
        data.body.addWidget(label(words["data"]["text"], "hint"))
        self.show_folder = button(self.tr("Show the folder"), self._open_folder)
        data.body.addWidget(self.show_folder, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(data)

        licence = Card(self.tr("Licence"), title_role="heading")
        licence.body.addWidget(label(" ".join(words["licence_text"].split())))
        self.licence_button = button(
            self.tr("Read the licence"),
            lambda: self.show_licence(words["licence_name"], words["licence_file"]),
        )
        licence.body.addWidget(self.licence_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(licence)

        credits = Card(self.tr("Built with the work of others"), title_role="heading")
        self.credit_buttons = []
        for credit in words["credits"]:
            credits.body.addWidget(label(credit["name"], "subheading"))
            credits.body.addWidget(label(credit["what"]))
            credits.body.addWidget(label(
                self.tr("By %1. Licence: %2.").replace("%1", credit["by"])
                .replace("%2", credit["licence"]), "hint"))
            if credit.get("licence_file"):
                name, path = credit["licence"], credit["licence_file"]
                read = button(self.tr("Read the %1").replace("%1", name),
                              partial(self.show_licence, name, path), role="link")
                self.credit_buttons.append(read)
                credits.body.addWidget(read, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(credits)
        column.addWidget(label(self.tr("Running on Python %1, Qt %2, PySide6 %3.")
                               .replace("%1", platform.python_version())
                               .replace("%2", qVersion()).replace("%3", pyside_version),
                               "hint", selectable=True))

        row = FlowRow(align_end=True)
        self.close_button = button(self.tr("Close"), self.accept, role="primary")
        self.close_button.setDefault(True)
        row.addWidget(self.close_button)
        outer.addWidget(row)
        fit_to_text(self, 72)
        self.close_button.setFocus()

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.data_dir)))

    def show_licence(self, name: str, path: str) -> LicenceDialog:
        self._licence_dialog = LicenceDialog(name, licence_text(path), self)
        self._licence_dialog.open()
        return self._licence_dialog
