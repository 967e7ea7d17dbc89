"""Stopping work that is no longer wanted: a search overtaken by the next key, a load
the person navigated away from, anything still running when the vault locks.

Whoever runs a piece of work gives it a `CancelToken` for as long as it runs on that
thread (`with running(token): ...`). The database checks the running thread's token
between steps of every statement (SQLite's progress handler), so a long query stops
within a fraction of a millisecond of `token.cancel()`, from any thread, and raises
`Cancelled`. Long loops in Python call `check()` now and then to do the same.

Only the thread that runs the work sees its token: cancelling a search never stops
a save the GUI thread is making at the same moment.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator

from disclosure_helper.errors import VaultError


class Cancelled(VaultError):
    """The work was stopped on purpose before it finished; nothing half-done was kept."""

    default_message = "That was stopped before it finished. Nothing has been changed."


class CancelToken:
    """A flag one thread sets and another checks; setting it can't be undone."""

    __slots__ = ("_cancelled",)

    def __init__(self) -> None:
        self._cancelled = False

    def cancel(self) -> None:
        # A plain attribute write is atomic in CPython; readers only ever see False -> True.
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def check(self) -> None:
        if self._cancelled:
            raise Cancelled()


_local = threading.local()


def current() -> CancelToken | None:
    """The token of the work running on this thread, if any."""
    return getattr(_local, "token", None)


def is_cancelled() -> bool:
    token = getattr(_local, "token", None)
    return token is not None and token._cancelled


def check() -> None:
    """Raise `Cancelled` if the work running on this thread has been cancelled."""
    token = getattr(_local, "token", None)
    if token is not None and token._cancelled:
        raise Cancelled()


@contextlib.contextmanager
def running(token: CancelToken | None) -> Iterator[CancelToken | None]:
    """Run the body with `token` as this thread's token (nested uses restore the outer one)."""
    outer = getattr(_local, "token", None)
    _local.token = token
    try:
        yield token
    finally:
        _local.token = outer


__all__ = ["CancelToken", "Cancelled", "check", "current", "is_cancelled", "running"]
