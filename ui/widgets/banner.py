"""A calm message strip: info, warning or error, with an optional action and a close button."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from disclosure_helper.ui.widgets.accessible import announce
from disclosure_helper.ui.widgets.basics import button, label, set_role
from disclosure_helper.ui.widgets.flow import FlowRow

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QResizeEvent

KINDS = ("info", "warning", "error")

# Fewer characters a line than this beside the buttons, and the text goes above them: a
# word or two a line is hard to read (large text, a narrow window).
TEXT_MIN_CHARS = 28


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
        self._box = layout
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
        action_description: str = "",
    ) -> None:
        """`action_description` tells a screen reader what the action does, when its
        name and the message leave that unclear."""
        set_role(self, f"banner-{kind if kind in KINDS else 'info'}")
        self.text.setText(text)
        self.setAccessibleDescription(text)
        old = self._action
        # Pressing the action often brings the next message (a copy saved, or why not):
        # focus then stays in the banner rather than jumping to wherever Qt puts it.
        had_focus = old is not None and self.window().focusWidget() is old
        self._action = None
        if action is not None:
            self._action = button(action[0], action[1])
            if action_description:
                self._action.setAccessibleDescription(action_description)
            self._action_layout.insertWidget(0, self._action)
            self._place_in_tab_order(self._action)
        if had_focus:
            successor = self._action or self.close_button
            if successor is not None:
                successor.setFocus()
        if old is not None:
            old.hide()
            old.deleteLater()
        self._arrange(self.width())  # the buttons changed
        self.show()
        if self.isVisible():  # news on a page nobody is looking at is not spoken
            announce(self, text, assertive=kind == "error")

    def _place_in_tab_order(self, action: QPushButton) -> None:
        """Tab reaches a new action where the banner is: just before Dismiss, or after the
        last control before the banner. (Qt would put it at the very end of the window's
        chain, past controls a page has ordered itself, where Tab may never arrive.)"""
        anchor: QWidget = self.close_button or self
        before = _previous_tab_stop(anchor)
        if before is not None:
            QWidget.setTabOrder(before, action)
        if self.close_button is not None:
            QWidget.setTabOrder(action, self.close_button)
            # And read before Dismiss, as it sits on screen (Qt reads children in the
            # order they were added).
            action.stackUnder(self.close_button)

    def tab_stops(self) -> list[QWidget]:
        """The action (when there is one) and Dismiss, in Tab order, for a page that sets
        its own tab order: put them where the banner sits on screen."""
        return [w for w in (self._action, self.close_button) if w is not None]

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        self._arrange(event.size().width())
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        from PySide6.QtCore import QEvent  # no banner is in the first window

        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._arrange(self.width())  # the text size changed
        super().changeEvent(event)

    def _arrange(self, width: int) -> None:
        """The buttons beside the text when it keeps room for a readable line, else below
        it, at the right."""
        from PySide6.QtWidgets import QBoxLayout

        margins = self._box.contentsMargins()
        buttons = self._action_layout.sizeHint().width()
        room = width - margins.left() - margins.right() - self._box.spacing() - buttons
        wanted = self.text.fontMetrics().averageCharWidth() * TEXT_MIN_CHARS
        direction = (QBoxLayout.Direction.TopToBottom if buttons and room < wanted
                     else QBoxLayout.Direction.LeftToRight)
        if self._box.direction() != direction:
            self._box.setDirection(direction)

    def message(self) -> str:
        return self.text.text() if self.isVisible() or self.text.text() else ""

    def dismiss(self) -> None:
        self.text.clear()
        self.hide()
        self.closed.emit()


def _previous_tab_stop(widget: QWidget) -> QWidget | None:
    """The nearest control before `widget` in its window's focus chain that Tab can reach."""
    from PySide6.QtCore import Qt  # not for the first window: see set_qt_property

    current = widget.previousInFocusChain()
    while current is not None and current is not widget and not current.isWindow():
        if current.focusPolicy() & Qt.FocusPolicy.TabFocus and not widget.isAncestorOf(current):
            return current
        current = current.previousInFocusChain()
    return None
