"""One process per vault: OS locks held for as long as the vault is open.

Two locks, so that deleting `vault.lock` while the app runs cannot let a second copy of
the app in to write beside the first:

- an exclusive lock on `vault.lock` (flock on POSIX, a byte-range lock on Windows), as
  before, which older versions of the app also respect; and
- on POSIX, an exclusive flock on the vault folder itself. A folder cannot be deleted
  and recreated while it still holds the vault's files, so a second process always
  meets this lock, whatever happened to `vault.lock`. On Windows an open file cannot be
  deleted in the first place, so the file lock is enough there.

Both belong to open file descriptions: the OS drops them if the process dies, so a crash
never leaves a stale lock behind.

On a read-only folder or medium `vault.lock` cannot be created; the folder lock still
works there (it needs only read access), so a read-only vault is locked too.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from pathlib import Path

from disclosure_helper.errors import VaultInUse, storage_error_from_os

_READ_ONLY_ERRORS = (errno.EROFS, errno.EACCES, errno.EPERM)

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

    def _lock_folder(folder: Path) -> int | None:
        return None
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)

    def _lock_folder(folder: Path) -> int | None:
        """An fd holding an exclusive flock on the folder; VaultInUse if another has it."""
        try:
            fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        except OSError as exc:
            raise storage_error_from_os(exc) from None
        if not _try_lock(fd):
            os.close(fd)
            raise VaultInUse()
        return fd


class ProcessLock:
    """Held for as long as a `Vault` handle is open.

    flock locks belong to the open file, so a second handle in the same process
    is refused too; the OS drops the lock if the process dies, so no stale locks.
    `read_only` is True when the folder could be locked but `vault.lock` could not be
    written (a read-only folder or medium).
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._fd: int | None = None
        self._folder_fd: int | None = None
        self._held = False
        self.read_only = False

    def acquire(self) -> None:
        folder_fd = _lock_folder(self.path.parent)
        try:
            self._fd, self.read_only = self._lock_file()
        except BaseException:
            if folder_fd is not None:
                _unlock(folder_fd)
                os.close(folder_fd)
            raise
        self._folder_fd = folder_fd
        self._held = True

    def _lock_file(self) -> tuple[int | None, bool]:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            if exc.errno not in _READ_ONLY_ERRORS:
                raise storage_error_from_os(exc) from None
            # A read-only folder: lock the existing file if there is one, else rely on
            # the folder lock alone (nobody can write here anyway).
            try:
                fd = os.open(self.path, os.O_RDONLY)
            except OSError:
                if os.name == "nt":  # pragma: no cover
                    raise storage_error_from_os(exc) from None
                return None, True
            if not _try_lock(fd):
                os.close(fd)
                raise VaultInUse() from None
            return fd, True
        if not _try_lock(fd):
            os.close(fd)
            raise VaultInUse()
        return fd, False

    def release(self) -> None:
        for fd in (self._fd, self._folder_fd):
            if fd is not None:
                _unlock(fd)
                with contextlib.suppress(OSError):
                    os.close(fd)
        self._fd = self._folder_fd = None
        self._held = False

    @property
    def held(self) -> bool:
        return self._held
