"""The search box: searches as the person types.

Each key starts a new search straight away; the page stops the one still running for
the text before, so the last key never waits behind searches nobody will see.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

# Keys arriving within this long (a burst, a paste) make one search, not several.
SEARCH_DELAY_MS = 0


class SearchField(QLineEdit):
    """Emits `search_changed(text)` as the text changes; Escape clears it.

    Any text at all is a valid search (quotes, operators, emoji, SQL-looking text):
    the core turns it into words to look for, so there is nothing to validate here.
    """

    search_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Search everything you have written"))
        self.setAccessibleName(self.tr("Search the journal"))
        self.setAccessibleDescription(
            self.tr("Results appear below as you type. Press Escape to clear."))
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.textChanged.connect(lambda _t: self._timer.start())

    def search_now(self) -> None:
        self._timer.stop()
        self.search_changed.emit(self.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        from PySide6.QtCore import Qt

        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            self.search_now()
            return
        super().keyPressEvent(event)
