"""Background work: one serial worker for the vault, ops that can be cancelled, and a
lock that stops the vault's work before it closes."""

from __future__ import annotations

import threading

from disclosure_helper.cancellation import Cancelled
from disclosure_helper.ui.ops import Op, run_in_background, tasks
from tests.core.test_cancellation import ENDLESS


def _recorder():
    seen = {"done": [], "errors": [], "finished": 0}
    return seen


def _op(parent, work, seen, **kwargs) -> Op:
    op = Op(parent, work, on_done=seen["done"].append, on_error=seen["errors"].append,
            **kwargs)
    op.done.connect(lambda: seen.__setitem__("finished", seen["finished"] + 1))
    return op


def test_vault_ops_run_one_at_a_time_in_the_order_started(qtbot, unlocked_ctx):
    order, threads = [], set()

    def step(n):
        def work():
            threads.add(threading.current_thread().name)
            order.append(n)
            return unlocked_ctx.vault.db.scalar("SELECT ?", (n,))
        return work

    ops = [run_in_background(None, step(n)) for n in range(6)]
    qtbot.waitUntil(lambda: not any(op.busy for op in ops), timeout=10_000)
    assert order == list(range(6))
    assert threads == {"vault-worker"}


def test_an_op_not_yet_started_never_runs_once_cancelled(qtbot):
    gate = threading.Event()
    seen_first, seen_second = _recorder(), _recorder()
    ran = []
    first = _op(None, lambda: gate.wait(30), seen_first).start()
    second = _op(None, lambda: ran.append("second"), seen_second).start()
    second.cancel()
    assert not second.busy and second.cancelled and seen_second["finished"] == 1
    gate.set()
    qtbot.waitUntil(lambda: not first.busy, timeout=10_000)
    assert seen_first["done"] == [True]
    assert ran == [] and seen_second["done"] == [] and seen_second["errors"] == []


def test_cancelling_a_running_query_ends_the_op_quietly(qtbot, unlocked_ctx):
    seen = _recorder()
    started = threading.Event()

    def work():
        started.set()
        return unlocked_ctx.vault.db.query(ENDLESS)

    op = _op(None, work, seen).start()
    assert started.wait(30)
    with qtbot.waitSignal(op.done, timeout=10_000):
        op.cancel()
    assert op.cancelled and seen["done"] == [] and seen["errors"] == []
    # The worker carries on with the next op as usual.
    after = run_in_background(None, lambda: unlocked_ctx.vault.db.scalar("SELECT 7"))
    qtbot.waitUntil(lambda: not after.busy, timeout=10_000)


def test_locking_stops_vault_work_before_the_vault_closes(qtbot, unlocked_ctx):
    seen_running, seen_queued = _recorder(), _recorder()
    started = threading.Event()
    vault = unlocked_ctx.vault

    def work():
        started.set()
        return vault.db.query(ENDLESS)

    running = _op(None, work, seen_running).start()
    queued = _op(None, lambda: vault.journal.count(), seen_queued).start()
    assert started.wait(30)
    unlocked_ctx.lock_now()  # returns only once the worker has let go
    assert not vault.is_unlocked
    assert tasks().wait_vault_idle(0)
    qtbot.waitUntil(lambda: not running.busy and not queued.busy, timeout=10_000)
    for seen in (seen_running, seen_queued):
        assert seen["done"] == [] and seen["errors"] == []


def test_work_that_never_touches_the_vault_runs_beside_it(qtbot, unlocked_ctx):
    gate = threading.Event()
    blocker = run_in_background(None, lambda: gate.wait(30))
    side = run_in_background(None, lambda: threading.current_thread().name, uses_vault=False)
    qtbot.waitUntil(lambda: not side.busy, timeout=10_000)
    assert blocker.busy  # the vault worker is still held; the other op finished anyway
    gate.set()
    qtbot.waitUntil(lambda: not blocker.busy, timeout=10_000)


def test_errors_still_reach_the_caller(qtbot):
    seen = _recorder()

    def fail():
        raise Cancelled("stopped by something else")  # not this op's own cancelling

    op = _op(None, fail, seen).start()
    qtbot.waitUntil(lambda: not op.busy, timeout=10_000)
    assert len(seen["errors"]) == 1 and seen["done"] == []
