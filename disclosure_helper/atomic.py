"""Crash-safe file replacement: temp file, fsync, rename, fsync the folder."""

from __future__ import annotations

import contextlib
import os
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from disclosure_helper.errors import storage_error_from_os


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


TEMP_SUFFIX = ".dh.tmp"


def temp_name(path: Path, pid: int | None = None) -> Path:
    """Where `atomic_write` stages `path`: hidden, beside it, named after this process.

    The `.dh.tmp` ending marks it as ours, so a later write into the same folder can
    clean up what a killed one left, whatever file that was for.
    """
    pid = os.getpid() if pid is None else pid
    return path.with_name(f".{path.name}.{pid}{TEMP_SUFFIX}")


def _process_gone(pid: int) -> bool:
    if pid == os.getpid():
        return False
    if os.name != "posix":
        # Windows has no harmless "is it alive" probe in the standard library
        # (os.kill would end the process), so age decides there.
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


_OURS = re.compile(r"^\..+\.(\d+)\.dh\.tmp$")


def remove_stale_temps(path: Path, max_age_seconds: float = 24 * 3600) -> int:
    """Delete temp files that killed earlier writes left in `path`'s folder.

    An export killed half-way leaves plaintext in a temp file; the next write into the
    same folder cleans it up. Only our own temp names are touched (`.<name>.<pid>.dh.tmp`,
    and the older `.<name>.<pid>.tmp` of this same file), and only when the process that
    wrote them is gone (or, where that cannot be asked, they are a day old). Returns how
    many were removed.
    """
    path = Path(path)
    legacy = re.compile(rf"^\.{re.escape(path.name)}\.(\d+)\.tmp$")
    removed = 0
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return 0
    now = time.time()
    for entry in entries:
        match = _OURS.match(entry.name) or legacy.match(entry.name)
        if not match:
            continue
        try:
            old = now - entry.stat(follow_symlinks=False).st_mtime > max_age_seconds
            if _process_gone(int(match.group(1))) or old:
                os.unlink(entry.path)
                removed += 1
        except OSError:
            continue
    return removed


def atomic_write(path: Path, data: bytes, keep_previous: bool = False) -> None:
    """Replace `path` with `data` so a crash leaves either the old or the new file whole.

    With keep_previous, the old file stays beside it as `<name>.previous`. If the write
    fails (a full disk, a vanished folder), every file is as it was before the call.
    Temp files that killed earlier writes left in the folder are removed first.
    """
    with atomic_stream(path, keep_previous) as write:
        write(data)


@contextlib.contextmanager
def atomic_stream(path: Path, keep_previous: bool = False) -> Iterator[Callable[[bytes], None]]:
    """`atomic_write` for a file written piece by piece: `write(bytes)` as often as needed.

    Only the pieces not yet written are held in memory. The file replaces `path` once the
    block ends; if the block raises (an error, a cancelled export), the temp file is
    removed and `path` is as it was.
    """
    path = Path(path)
    remove_stale_temps(path)
    tmp = temp_name(path)
    staged_previous: Path | None = None

    def cleanup() -> None:
        for leftover in (tmp, staged_previous):
            if leftover is not None:
                with contextlib.suppress(OSError):
                    os.unlink(leftover)

    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            def write(data: bytes) -> None:
                view = memoryview(data)
                while view:
                    written = os.write(fd, view)
                    view = view[written:]

            yield write
            os.fsync(fd)
        finally:
            os.close(fd)
        if keep_previous and path.exists():
            # The old file is kept under a temp name first and becomes `.previous` only
            # once the new one is in place, so a failed write changes nothing. A hard
            # link keeps it without copying.
            staged_previous = temp_name(path.with_name(path.name + ".previous"))
            with contextlib.suppress(FileNotFoundError):
                os.unlink(staged_previous)
            try:
                os.link(path, staged_previous)
            except OSError:
                staged_previous.write_bytes(path.read_bytes())
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        cleanup()
        raise storage_error_from_os(exc) from None
    except BaseException:
        cleanup()
        raise
    if staged_previous is not None:
        # The new file is safely in place: from here on the write has succeeded, and a
        # failure to rotate the kept copy only leaves an older one in place.
        with contextlib.suppress(OSError):
            os.replace(staged_previous, path.with_name(path.name + ".previous"))
            fsync_dir(path.parent)
