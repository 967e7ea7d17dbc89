"""Small helpers for driving modal dialogs and the window in UI tests."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget


def when_dialog_opens(cls: type[QDialog], act: Callable[[QDialog], None],
                      timeout_ms: int = 5000) -> None:
    """Run `act(dialog)` as soon as a visible `cls` dialog exists (for code that calls exec())."""
    waited = [0]

    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, cls) and widget.isVisible():
                act(widget)
                return
        waited[0] += 20
        if waited[0] < timeout_ms:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def focus_chain(start: QWidget, steps: int) -> list[QWidget]:
    """The widgets focus visits when Tab is pressed `steps` times from `start`."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window = start.window()
    start.setFocus()
    QApplication.processEvents()
    seen = []
    for _ in range(steps):
        QTest.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        QApplication.processEvents()
        seen.append(window.focusWidget())
    return seen


def tab_round(start: QWidget, limit: int = 400) -> list[QWidget]:
    """Every control Tab visits from `start` until it comes back to `start`; fails if it
    never does (a loop that shuts out part of the window)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window = start.window()
    start.setFocus()
    QApplication.processEvents()
    seen: list[QWidget] = []
    for _ in range(limit):
        QTest.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        QApplication.processEvents()
        now = window.focusWidget()
        if now is start:
            return seen
        assert now not in seen, f"Tab goes round {seen[seen.index(now):]} and never back"
        seen.append(now)
    raise AssertionError("Tab never came back to where it started")


class FakeClock:
    """A monotonic clock (seconds) that moves only when a test says so; give it to
    `IdleWatcher.clock` and call `idle.check()` instead of waiting on real time."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, ms: float) -> None:
        self.now += ms / 1000


def key_through_window(widget: QWidget, key, modifier=None) -> None:
    """Press and release `key` as the window system delivers it: to `widget`'s window,
    which hands it to its focused widget (`widget`, which must have focus there).

    The app watches input where the window system delivers it (shortcuts, Enter on
    buttons, Escape twice, auto-lock: ui/widgets/window_input.py); a key sent straight
    to a widget would pass all of that by.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest

    window = widget.window()
    handle = window.windowHandle()
    assert handle is not None, "the window is not shown"
    if QGuiApplication.focusWindow() is not handle:
        # Keys go to the window that has the focus, as a person's do. (Not
        # qWaitForWindowActive: a dialog counts as active while its parent window is.)
        window.activateWindow()
        deadline = time.monotonic() + 5
        while QGuiApplication.focusWindow() is not handle:
            assert time.monotonic() < deadline, "the window did not take the focus"
            QTest.qWait(5)
    assert window.focusWidget() is widget, "the key would go to another widget"
    QTest.keyClick(handle, key, modifier or Qt.KeyboardModifier.NoModifier)
