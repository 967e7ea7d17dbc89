"""A calm message strip: info, warning or error, with an optional action and a close button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from disclosure_helper.ui.widgets.accessible import announce
from disclosure_helper.ui.widgets.basics import button, label, set_role
from disclosure_helper.ui.widgets.flow import FlowRow

KINDS = ("info", "warning", "error")


class MessageBanner(QFrame):
    """Shows one message at a time; hidden while empty.

        banner = MessageBanner(closable=True)
        banner.show_message(text, "warning", action=(tr("Back up now"), self._backup))

    Screen readers announce each message as it appears, focus staying where it is (an
    error straight away, other news once they finish speaking), and the text is
    selectable so it can be copied.
    """

    closed = Signal()

    def __init__(self, parent: QWidget | None = None, closable: bool = False) -> None:
        super().__init__(parent)
        self.setProperty("role", "banner-info")  # new, so styled when first polished
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(12)
        self.text = label(selectable=True)
        layout.addWidget(self.text, 1)
        self._action: QPushButton | None = None
        # Buttons stack under each other beside the text when there is little room.
        self._action_layout = FlowRow(align_end=True)
        layout.addWidget(self._action_layout)
        self.close_button: QPushButton | None = None
        if closable:
            self.close_button = button(self.tr("Dismiss"), self.dismiss,
                                       accessible_name=self.tr("Dismiss message"))
            self._action_layout.addWidget(self.close_button)
        self.setAccessibleName(self.tr("Message"))
        self.hide()

    def show_message(
        self,
        text: str,
        kind: str = "info",
        action: tuple[str, Callable[[], object]] | None = None,
    ) -> None:
        set_role(self, f"banner-{kind if kind in KINDS else 'info'}")
        self.text.setText(text)
        self.setAccessibleDescription(text)
        if self._action is not None:
            self._action.hide()
            self._action.deleteLater()
            self._action = None
        if action is not None:
            self._action = button(action[0], action[1])
            self._action_layout.insertWidget(0, self._action)
        self.show()
        if self.isVisible():  # news on a page nobody is looking at is not spoken
            announce(self, text, assertive=kind == "error")

    def message(self) -> str:
        return self.text.text() if self.isVisible() or self.text.text() else ""

    def dismiss(self) -> None:
        self.text.clear()
        self.hide()
        self.closed.emit()
