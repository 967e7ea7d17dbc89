"""Enter and keypad Enter press the focused button, everywhere in the app.

Qt presses a focused push button only with Space (Enter works only on a dialog's
default button), but people expect Enter to work too, and screen reader users are
told "press Enter to activate". One app-wide event filter does it:

    install_enter_presses_buttons(app)   # once, at start-up
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QToolButton

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# Keypad Enter comes with the keypad modifier; any other modifier means something else.
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class _EnterPressesButtons(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (event.type() == QEvent.Type.KeyPress
                and isinstance(watched, (QPushButton, QToolButton))):
            key_event: QKeyEvent = event  # type: ignore[assignment]
            if (key_event.key() in _ENTER_KEYS and key_event.modifiers() in _PLAIN
                    and not key_event.isAutoRepeat() and watched.isEnabled()):
                watched.click()
                return True
        return False


_filter: _EnterPressesButtons | None = None


def install_enter_presses_buttons(app: QApplication) -> None:
    """Let Enter press whichever button has focus (once per process)."""
    global _filter
    if _filter is None:
        _filter = _EnterPressesButtons()
        app.installEventFilter(_filter)
