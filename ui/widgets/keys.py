"""Keyboard use everywhere in the app: Enter presses the focused button, and whatever
gets focus is scrolled into view.

Qt presses a focused push button only with Space (Enter works only on a dialog's
default button), but people expect Enter to work too, and screen reader users are
told "press Enter to activate". The app's watch on key presses does it (`window_input`):

    install_enter_presses_buttons(app)   # once, at start-up

Qt scrolls a scroll area to a control only when Tab moves focus inside it; focus moved
by the app itself (the check-in going to the next question, an error's field) could
land below the visible part. `install_focus_follows(app)` scrolls every scroll area
around the newly focused control so it is seen, from any cause. The app's scroll areas
are `FocusScrollArea`s, which is how it finds them.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QPushButton, QScrollArea, QWidget
from shiboken6 import isValid

from disclosure_helper.ui.widgets.window_input import window_input

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent


class _EnterPressesButtons:
    def __init__(self) -> None:
        # Made once the first window is up, as PySide's `Qt` namespace and event classes
        # are built on first use (ui/startup.py).
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QToolButton

        self._buttons = (QPushButton, QToolButton)
        self._enter_keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        # Keypad Enter comes with the keypad modifier; any other modifier means
        # something else.
        self._plain = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)

    def __call__(self, receiver: QObject | None, event: QKeyEvent) -> bool:
        if (isinstance(receiver, self._buttons) and event.key() in self._enter_keys
                and event.modifiers() in self._plain and not event.isAutoRepeat()
                and receiver.isEnabled()):
            receiver.click()
            return True
        return False


_handler: _EnterPressesButtons | None = None


def install_enter_presses_buttons(app: QApplication) -> None:
    """Let Enter press whichever button has focus (once per process)."""
    global _handler
    if _handler is None:
        watch = window_input(app)
        if watch is None:
            return
        _handler = _EnterPressesButtons()
        watch.add_key_handler(_handler)


# Room kept around a focused control, so its label above it is usually seen too.
FOCUS_MARGIN = 48

_areas: weakref.WeakSet[FocusScrollArea] = weakref.WeakSet()


class FocusScrollArea(QScrollArea):
    """A scroll area that scrolls to whichever control inside it gets focus.

    Focus is followed through the areas themselves rather than by walking up from the
    focused control: on the way up is each area's viewport, which Qt makes, and the first
    Qt-made widget to reach Python makes PySide try its whole tree of widget classes to
    name it (28-34 ms on the GUI thread when the first window first takes focus).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _areas.add(self)


def scroll_into_view(widget: QWidget) -> None:
    """Scroll each scroll area around `widget`, innermost first, until it is in view."""
    areas = []
    for area in list(_areas):
        inner = area.widget() if isValid(area) else None
        # isAncestorOf stays within one window, as the focus does.
        if inner is not None and inner.isAncestorOf(widget):
            areas.append(area)
    # Innermost first: an area inside others has the most of them around it.
    areas.sort(key=lambda area: sum(other.isAncestorOf(area) for other in areas),
               reverse=True)
    if not areas:
        return  # nothing to scroll: pending layouts run on their own turn, not now
    # A resize or a newly shown part may still have its layout pending; positions read
    # before it runs are stale and the scroll would land short.
    from PySide6.QtCore import QEvent  # focus moves once the first window is up

    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    for area in areas:
        area.ensureWidgetVisible(widget, FOCUS_MARGIN, FOCUS_MARGIN)


def _focus_changed(_old: QWidget | None, new: QWidget | None) -> None:
    if new is not None and new.isVisible():
        scroll_into_view(new)


_following = False


def install_focus_follows(app: QApplication) -> None:
    """Scroll whatever gets focus into view (once per process)."""
    global _following
    if not _following:
        app.focusChanged.connect(_focus_changed)
        _following = True
