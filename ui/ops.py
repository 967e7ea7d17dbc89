"""Long work off the GUI thread, reported back by signal (after Anki's TaskManager and QueryOp).

The worker never touches a widget: it runs a plain function and the result or the
error is delivered to callbacks on the GUI thread through a queued signal.

Where work runs:
- Vault work (the default) runs on ONE serial worker thread, in the order it was
  started, like Anki's collection executor. So background reads and writes never
  race each other, and "what is still running" has one answer when the vault locks.
- Work that never touches the vault (`uses_vault=False`: laying out a PDF from a
  document already built, say) runs on Qt's thread pool.

Any op can be cancelled (`op.cancel()`): if it has not started it never runs; if it
is running, its token is cancelled, so its database statement stops at once (see
`disclosure_helper.cancellation`). Either way neither `on_done` nor `on_error` is
called, and `done` fires. Before the vault locks, `AppContext` calls
`tasks().stop_vault_work()`: every vault op is cancelled and the running one is
waited for, so nothing holds the key or the connection while they go.

`tasks().op_finished(op)` fires on the GUI thread after each op ends;
`op.changes_to(vault)` then tells what the op's committed writes changed
(`disclosure_helper.changes`), from which `AppContext` announces `vault_changed`.
"""

from __future__ import annotations

import collections
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from disclosure_helper import cancellation, changes
from disclosure_helper.cancellation import Cancelled, CancelToken
from disclosure_helper.changes import Changes

log = logging.getLogger(__name__)

_running: set[Op] = set()


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from a worker arrive there queued."""

    finished = Signal(object)
    failed = Signal(object)


def _run(work: Callable[[], Any], token: CancelToken, relay: _Relay,
         collected: changes.Collected) -> None:
    """Run one piece of work on the current (worker) thread and report how it went.

    What it commits is gathered in `collected` (even when it fails part-way: what was
    committed before stays committed)."""
    if token.cancelled:
        relay.failed.emit(Cancelled())
        return
    try:
        with cancellation.running(token), changes.collecting(collected):
            result = work()
    except Exception as exc:  # reported to the GUI thread, never lost
        if not isinstance(exc, Cancelled):
            # Only the type is logged: messages might quote something personal.
            log.info("background work failed: %s", type(exc).__name__)
        relay.failed.emit(exc)
    else:
        if token.cancelled:
            relay.failed.emit(Cancelled())
        else:
            relay.finished.emit(result)


class _PoolJob(QRunnable):
    def __init__(self, work: Callable[[], Any], token: CancelToken, relay: _Relay,
                 collected: changes.Collected) -> None:
        super().__init__()
        self._work = work
        self._token = token
        self._relay = relay
        self._collected = collected

    def run(self) -> None:
        _run(self._work, self._token, self._relay, self._collected)


class _Job:
    __slots__ = ("work", "token", "relay", "collected")

    def __init__(self, work: Callable[[], Any], token: CancelToken, relay: _Relay,
                 collected: changes.Collected) -> None:
        self.work = work
        self.token = token
        self.relay = relay
        self.collected = collected


class _SerialWorker:
    """One thread running vault jobs one after another, in order."""

    def __init__(self) -> None:
        self._queue: collections.deque[_Job] = collections.deque()
        self._cond = threading.Condition()
        self._current: _Job | None = None
        self._thread: threading.Thread | None = None

    def submit(self, job: _Job) -> None:
        with self._cond:
            self._queue.append(job)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._loop, name="vault-worker", daemon=True)
                self._thread.start()
            self._cond.notify_all()

    def remove(self, job: _Job) -> bool:
        """Take a job out of the queue before it starts; False if it already started."""
        with self._cond:
            try:
                self._queue.remove(job)
            except ValueError:
                return False
            return True

    def cancel_all(self) -> list[_Job]:
        """Cancel the running job and take every queued one out; returns those taken."""
        with self._cond:
            taken = list(self._queue)
            self._queue.clear()
            if self._current is not None:
                self._current.token.cancel()
        for job in taken:
            job.token.cancel()
        return taken

    def wait_idle(self, timeout: float) -> bool:
        """Block until no job runs or is queued (True), or `timeout` seconds pass."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while self._current is not None or self._queue:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._cond.wait(left)
        return True

    @property
    def on_worker_thread(self) -> bool:
        return threading.current_thread() is self._thread

    def _loop(self) -> None:
        while True:
            with self._cond:
                while not self._queue:
                    self._cond.wait()
                job = self._current = self._queue.popleft()
            try:
                _run(job.work, job.token, job.relay, job.collected)
            except RuntimeError:
                pass  # the op's owner went away with its relay; nobody is waiting
            finally:
                with self._cond:
                    self._current = None
                    self._cond.notify_all()


class TaskManager(QObject):
    """The app's background work: one serial vault worker plus a pool for the rest."""

    op_finished = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._vault = _SerialWorker()

    def run_vault_job(self, job: _Job) -> None:
        self._vault.submit(job)

    def remove_vault_job(self, job: _Job) -> bool:
        return self._vault.remove(job)

    def stop_vault_work(self, timeout: float = 15.0) -> bool:
        """Cancel every vault op and wait for the running one to unwind.

        Called on the GUI thread before the vault locks. Queued ops end at once; a
        running query stops within a fraction of a millisecond; a key derivation in
        progress (an unlock or passphrase change) finishes first, which is at most
        about a second. True when the worker is idle.
        """
        for op in list(_running):
            if op.uses_vault:
                op._mark_cancelled()
        for job in self._vault.cancel_all():
            job.relay.failed.emit(Cancelled())
        return self._vault.wait_idle(timeout)

    def wait_vault_idle(self, timeout: float = 15.0) -> bool:
        return self._vault.wait_idle(timeout)


_manager: TaskManager | None = None


def tasks() -> TaskManager:
    """The app's one task manager (made on first use, on the GUI thread)."""
    global _manager
    if _manager is None:
        _manager = TaskManager()
    return _manager


class Op(QObject):
    """Run `work()` off the GUI thread; call `on_done(result)` or `on_error(exc)` after.

        Op(self, lambda: vault.backup(path), on_done=self._saved, on_error=self._show).start()

    `busy` tells whether it is still running; `done` fires on the GUI thread either way,
    also when the op was cancelled (`cancelled` is then True and no callback runs).
    """

    done = Signal()

    def __init__(
        self,
        parent: QObject | None,
        work: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        *,
        uses_vault: bool = True,
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._on_done = on_done
        self._on_error = on_error
        self.uses_vault = uses_vault
        self._token = CancelToken()
        # Filled on the worker thread; read on the GUI thread only after the op ended.
        self._collected: changes.Collected = {}
        self._job: _Job | None = None
        self._relay = _Relay()
        self._relay.finished.connect(self._finished)
        self._relay.failed.connect(self._failed)
        self.busy = False
        self.cancelled = False

    def start(self, pool: QThreadPool | None = None) -> Op:
        self.busy = True
        _running.add(self)
        if pool is not None or not self.uses_vault:
            self.uses_vault = False
            (pool or QThreadPool.globalInstance()).start(
                _PoolJob(self._work, self._token, self._relay, self._collected))
        else:
            self._job = _Job(self._work, self._token, self._relay, self._collected)
            tasks().run_vault_job(self._job)
        return self

    def changes_to(self, source: object) -> Changes:
        """What the op's committed writes changed in `source` (a vault), once it ended."""
        return Changes(frozenset(self._collected.get(source, ())))

    def cancel(self) -> None:
        """Stop this op: it never starts, or its running statement stops now."""
        if not self.busy or self.cancelled:
            return
        self._mark_cancelled()
        if self._job is not None and tasks().remove_vault_job(self._job):
            self._end()  # it never started: nothing more will arrive

    def _mark_cancelled(self) -> None:
        self.cancelled = True
        self._token.cancel()

    def _finished(self, result: Any) -> None:
        if not self.busy:
            return
        self._end()
        if self._on_done is not None and not self.cancelled:
            self._on_done(result)

    def _failed(self, exc: Exception) -> None:
        if not self.busy:
            return
        self._end()
        if self.cancelled:
            return
        if self._on_error is not None:
            self._on_error(exc)
        else:
            raise exc

    def _end(self) -> None:
        self.busy = False
        _running.discard(self)
        self.done.emit()
        tasks().op_finished.emit(self)


def run_in_background(
    parent: QObject | None,
    work: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
    *,
    uses_vault: bool = True,
) -> Op:
    return Op(parent, work, on_done, on_error, uses_vault=uses_vault).start()
