""""Remember on this device": the tick box and what it means, for the first-run wizard
and Settings alike.

It only shows the choice and what this device allows; the screen that holds it decides
when to store the choice (`Vault.set_remember_on_device`) and says if that fails.
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from disclosure_helper.ui.widgets.basics import label
from disclosure_helper.ui.widgets.wrapping import WrapCheckBox


class RememberOnDevice(QWidget):
    """The tick box (`box`) with its explanation underneath (`hint`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.box = WrapCheckBox(self.tr("Remember on this device"))
        self.box.setAccessibleName(self.tr("Remember on this device"))
        self.hint = label(self.tr(
            "Opens without your passphrase on this computer account, using its secure "
            "password store; anyone who can use this account could open it too."), "hint")
        self._about = self.hint.text()
        self.box.setAccessibleDescription(self._about)
        layout.addWidget(self.box)
        layout.addWidget(self.hint)

    def show_available(self, available: bool | None, keep_checked: bool = False) -> None:
        """Offer the choice as far as this device's credential store allows.

        None: not known yet, and the person may still choose it meanwhile (they are told
        if the device turns out to have no safe store). With `keep_checked` a choice
        already made stays on and can still be turned off; otherwise it is cleared.
        """
        if available is None:
            self.box.setEnabled(True)
            return
        if not available and not keep_checked:
            self.box.setChecked(False)
        self.box.setEnabled(available or self.box.isChecked())
        self.hint.setText(self._about if available else self.tr(
            "This device has no secure password store, so the app cannot remember "
            "you here. You will open it with your passphrase."))
        self.box.setAccessibleDescription(self.hint.text())

    def refuse(self) -> None:
        """The store would not take it after all: untick it and offer it no more."""
        self.box.setChecked(False)
        self.box.setEnabled(False)


__all__ = ["RememberOnDevice"]
