"""Crash-safe file replacement: temp file, fsync, rename, fsync the folder."""

from __future__ import annotations

import contextlib
import os
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


def atomic_write(path: Path, data: bytes, keep_previous: bool = False) -> None:
    """Replace `path` with `data` so a crash leaves either the old or the new file whole.

    With keep_previous, the old file stays beside it as `<name>.previous`.
    """
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        if keep_previous and path.exists():
            previous = path.with_name(path.name + ".previous")
            # A hard link keeps the old copy without a window where neither exists.
            with contextlib.suppress(FileNotFoundError):
                os.unlink(previous)
            try:
                os.link(path, previous)
            except OSError:
                previous.write_bytes(path.read_bytes())
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise storage_error_from_os(exc) from None
