"""A busy indicator for work running off the GUI thread: a moving bar and a short line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from disclosure_helper.ui.widgets.basics import label

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressBar


class BusyIndicator(QWidget):
    """Hidden until `start(text)`; `stop()` hides it again. Screen readers hear the text.

    Its line and bar are made at the first `start`: most screens show it rarely, and the
    unlock screen, where it waits from the start, is the first window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self._parts: tuple[QLabel, QProgressBar] | None = None
        self.hide()

    def _made(self) -> tuple[QLabel, QProgressBar]:
        if self._parts is None:
            from PySide6.QtWidgets import QProgressBar

            text = label(role="hint")
            bar = QProgressBar()
            bar.setRange(0, 0)  # indeterminate: the work cannot say how far along it is
            bar.setTextVisible(False)
            bar.setAccessibleName(self.tr("Working"))
            self._layout.addWidget(text)
            self._layout.addWidget(bar)
            self._parts = (text, bar)
        return self._parts

    @property
    def text(self) -> QLabel:
        return self._made()[0]

    @property
    def bar(self) -> QProgressBar:
        return self._made()[1]

    @property
    def running(self) -> bool:
        return not self.isHidden()

    def start(self, text: str) -> None:
        line, bar = self._made()
        line.setText(text)
        bar.setAccessibleDescription(text)
        self.show()

    def stop(self) -> None:
        self.hide()
