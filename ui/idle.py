"""Auto-lock: lock the vault after a stretch with no keyboard, mouse or touch input."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from disclosure_helper.ui.widgets.window_input import window_input

DEFAULT_MINUTES = 5


class IdleWatcher(QObject):
    """Calls `on_idle()` once after `interval` of no input; any input starts the wait again.

    Watches the whole application (dialogs included). `set_minutes(0)` turns it off.

    Time is read from `clock` (seconds, monotonic): the timer only says when to look,
    and `check()` decides from the clock whether the wait is over. Tests give it a
    clock they move by hand and call `check()`, so no test waits on real time.
    """

    def __init__(self, on_idle: Callable[[], None], parent: QObject | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._on_idle = on_idle
        self.clock = clock
        self._last_input = clock()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)
        self._interval_ms = 0
        self._active = False
        self._paused = False

    @property
    def interval_ms(self) -> int:
        return self._interval_ms

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    @property
    def paused(self) -> bool:
        return self._paused

    def set_paused(self, paused: bool) -> None:
        """Hold the countdown (Together mode: two people talking is not idleness).

        Nothing else changes: Hide now, its shortcut and lock on minimise still lock.
        """
        self._paused = bool(paused)
        self._restart()

    def set_minutes(self, minutes: float) -> None:
        self.set_interval_ms(int(max(0.0, float(minutes)) * 60_000))

    def set_interval_ms(self, ms: int) -> None:
        self._interval_ms = max(0, int(ms))
        self._restart()

    def start(self) -> None:
        """Begin watching (after unlock)."""
        self._active = True
        # Input is watched only while running: while locked there is nothing to watch for.
        watch = window_input()
        if watch is not None:
            watch.add_activity(self._input, owner=self)  # once, however often started
        self._restart()

    def stop(self) -> None:
        """Stop watching (while locked there is nothing to protect)."""
        self._active = False
        self._timer.stop()
        watch = window_input()
        if watch is not None:
            watch.remove_activity(self._input)

    def _restart(self) -> None:
        self._last_input = self.clock()
        if self._active and self._interval_ms > 0 and not self._paused:
            self._timer.start(self._interval_ms)
        else:
            self._timer.stop()

    def check(self) -> None:
        """Call `on_idle()` if there has been no input for the whole interval; otherwise
        look again when it would be over."""
        if not self._active or self._paused or self._interval_ms <= 0:
            return
        # Whole milliseconds, as the interval is: 0.3 s after input is exactly 300 ms.
        left = self._interval_ms - round((self.clock() - self._last_input) * 1000)
        if left > 0:
            self._timer.start(left)
            return
        self._timer.stop()
        self._on_idle()

    def _fire(self) -> None:
        self.check()

    def _input(self) -> None:
        """A key, a click, a move, the wheel, a touch or text from an input method."""
        if self._active and self._interval_ms > 0 and not self._paused:
            self._last_input = self.clock()
            self._timer.start(self._interval_ms)
