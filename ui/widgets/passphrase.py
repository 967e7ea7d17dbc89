"""A passphrase box with a Show/Hide toggle that never leaves the text visible by accident."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from disclosure_helper.passphrase_policy import MAX_PASSPHRASE_CHARS
from disclosure_helper.ui.widgets.accessible import SecretLineEdit


class PassphraseField(QWidget):
    """`field.text()`, `field.clear()`, `returnPressed`, `textChanged`.

    The line edit and the toggle are separately named for screen readers; the edit
    refuses drag-out and copy while hidden, like the platform's own password boxes.
    """

    textChanged = Signal(str)  # noqa: N815 - matches Qt's naming
    returnPressed = Signal()  # noqa: N815

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.edit = SecretLineEdit()
        self.edit.setAccessibleName(accessible_name)
        self.edit.setDragEnabled(False)
        # The vault's own limit, so whatever fits here works everywhere it is typed.
        self.edit.setMaxLength(MAX_PASSPHRASE_CHARS)
        self.toggle = QPushButton(self.tr("Show"))
        self.toggle.setCheckable(True)
        self.toggle.setAutoDefault(False)
        self.toggle.setAccessibleName(self.tr("Show passphrase"))
        self.toggle.toggled.connect(self._set_visible)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.toggle)
        self.edit.textChanged.connect(self.textChanged)
        self.edit.returnPressed.connect(self.returnPressed)
        self.setFocusProxy(self.edit)

    def _set_visible(self, visible: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password)
        self.toggle.setText(self.tr("Hide") if visible else self.tr("Show"))
        self.toggle.setAccessibleName(
            self.tr("Hide passphrase") if visible else self.tr("Show passphrase")
        )

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's naming
        self.edit.setText(text)

    def clear(self) -> None:
        """Empty the box and hide the text again."""
        self.edit.clear()
        self.toggle.setChecked(False)

    def setPlaceholderText(self, text: str) -> None:  # noqa: N802
        self.edit.setPlaceholderText(text)
