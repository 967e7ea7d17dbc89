"""A busy indicator for work running off the GUI thread: a moving bar and a short line."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar, QVBoxLayout, QWidget

from disclosure_helper.ui.widgets.basics import label


class BusyIndicator(QWidget):
    """Hidden until `start(text)`; `stop()` hides it again. Screen readers hear the text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.text = label(role="hint")
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # indeterminate: the work cannot say how far along it is
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Working"))
        layout.addWidget(self.text)
        layout.addWidget(self.bar)
        self.hide()

    @property
    def running(self) -> bool:
        return not self.isHidden()

    def start(self, text: str) -> None:
        self.text.setText(text)
        self.bar.setAccessibleDescription(text)
        self.show()

    def stop(self) -> None:
        self.hide()
