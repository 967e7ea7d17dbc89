"""Long work off the GUI thread, reported back by signal (after Anki's QueryOp).

The worker never touches a widget: it runs a plain function and the result or the
error is delivered to callbacks on the GUI thread through a queued signal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

_running: set[Op] = set()


class _Relay(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # reported to the GUI thread, never lost
            # Only the type is logged: messages might quote something personal.
            log.info("background work failed: %s", type(exc).__name__)
            self._relay.failed.emit(exc)
        else:
            self._relay.finished.emit(result)


class Op(QObject):
    """Run `work()` in the thread pool; call `on_done(result)` or `on_error(exc)` after.

        Op(self, lambda: vault.backup(path), on_done=self._saved, on_error=self._show).start()

    `busy` tells whether it is still running; `done` fires on the GUI thread either way.
    """

    done = Signal()

    def __init__(
        self,
        parent: QObject | None,
        work: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._on_done = on_done
        self._on_error = on_error
        self._relay = _Relay()
        self._relay.finished.connect(self._finished)
        self._relay.failed.connect(self._failed)
        self.busy = False

    def start(self, pool: QThreadPool | None = None) -> Op:
        self.busy = True
        _running.add(self)
        (pool or QThreadPool.globalInstance()).start(_Job(self._work, self._relay))
        return self

    def _finished(self, result: Any) -> None:
        self._end()
        if self._on_done is not None:
            self._on_done(result)

    def _failed(self, exc: Exception) -> None:
        self._end()
        if self._on_error is not None:
            self._on_error(exc)
        else:
            raise exc

    def _end(self) -> None:
        self.busy = False
        _running.discard(self)
        self.done.emit()


def run_in_background(
    parent: QObject | None,
    work: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
) -> Op:
    return Op(parent, work, on_done, on_error).start()
