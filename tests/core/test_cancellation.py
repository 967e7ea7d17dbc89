"""Stopping database work: a cancelled token stops its own statement at once, never
anyone else's; closing stops what runs and from then on says the vault is locked."""

from __future__ import annotations

import threading

import pytest

from disclosure_helper import cancellation
from disclosure_helper.cancellation import Cancelled, CancelToken
from disclosure_helper.errors import VaultLocked
from disclosure_helper.journal import Entry

ENDLESS = ("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
           "SELECT count(*) FROM c")


def _in_thread(work):
    """Run `work()` on another thread; returns (thread, outcome dict)."""
    outcome: dict = {}

    def run():
        try:
            outcome["result"] = work()
        except BaseException as exc:  # noqa: BLE001 - the test inspects it
            outcome["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    return thread, outcome


def test_a_cancelled_token_stops_an_endless_query_on_another_thread(vault):
    token = CancelToken()

    def work():
        with cancellation.running(token):
            return vault.db.query(ENDLESS)

    thread, outcome = _in_thread(work)
    token.cancel()  # before or after the query starts: either way it stops
    thread.join(timeout=30)
    assert not thread.is_alive()
    assert isinstance(outcome.get("error"), Cancelled)
    # The connection is fine afterwards, for everyone.
    assert vault.db.scalar("SELECT 1") == 1


def test_a_token_only_stops_work_on_its_own_thread(vault):
    other = CancelToken()
    other.cancel()
    with cancellation.running(other):
        with pytest.raises(Cancelled):
            vault.db.query(ENDLESS)
    # This thread has no token now: the same connection answers normally.
    vault.journal.add(Entry(kind="free", body="still saved"))
    assert vault.journal.count() == 1


def test_a_cancelled_write_leaves_nothing_half_done(vault):
    token = CancelToken()
    token.cancel()
    journal = vault.journal
    with cancellation.running(token), pytest.raises(Cancelled):
        with vault.db.transaction():
            journal.add_many([Entry(kind="free", body=f"row {n}") for n in range(50)])
            vault.db.query(ENDLESS)
    assert journal.count() == 0
    journal.add(Entry(kind="free", body="later"))
    assert journal.count() == 1


def test_closing_stops_a_running_query_and_then_says_locked(vault):
    db = vault.db
    thread, outcome = _in_thread(lambda: db.query(ENDLESS))
    vault.lock()  # waits for the statement to stop, then closes
    thread.join(timeout=30)
    assert not thread.is_alive()
    assert isinstance(outcome.get("error"), VaultLocked)
    # A worker still holding the old database learns the vault is locked.
    with pytest.raises(VaultLocked):
        db.query("SELECT 1")
    with pytest.raises(VaultLocked):
        db.execute("SELECT 1")
    with pytest.raises(VaultLocked), db.transaction():
        pass


def test_check_raises_only_for_the_running_threads_cancelled_token():
    cancellation.check()  # no token: nothing to stop
    token = CancelToken()
    with cancellation.running(token):
        cancellation.check()
        token.cancel()
        assert cancellation.is_cancelled()
        with pytest.raises(Cancelled):
            cancellation.check()
    assert cancellation.current() is None


def test_a_long_read_on_a_worker_never_keeps_the_opening_thread_waiting(vault):
    started = threading.Event()
    side = vault.db._side
    assert side is not None  # an unlocked vault has a second connection for other threads
    side._conn.create_function("started", 0, lambda: started.set() or 1)
    token = CancelToken()

    def work():
        with cancellation.running(token):
            return vault.db.query(
                "WITH RECURSIVE c(x) AS (SELECT started() UNION ALL SELECT x + 1 FROM c) "
                "SELECT count(*) FROM c")

    thread, outcome = _in_thread(work)
    assert started.wait(30)
    # The worker is inside its endless read; this thread reads and writes regardless.
    vault.journal.add(Entry(kind="free", body="saved while the worker reads"))
    assert vault.journal.count() == 1
    assert thread.is_alive()
    token.cancel()
    thread.join(timeout=30)
    assert isinstance(outcome.get("error"), Cancelled)
