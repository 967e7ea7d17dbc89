"""Keeping secrets out of places they outlive: core dumps and memory we let go of.

Python gives no guarantee that a value is erased when it is dropped, so this module does
what can be done honestly and no more:

- `protect_process()` turns off core dumps (RLIMIT_CORE 0) and, on Linux, marks the
  process undumpable (PR_SET_DUMPABLE 0), which also stops other programs running as
  the same user from attaching a debugger or reading /proc/<pid>/mem. With glibc it also
  asks malloc to overwrite every block it frees (M_PERTURB): SQLite's page cache (your
  decrypted text) and Python's larger strings no longer linger after lock. It costs a
  memset per allocation; benchmarks/bench_memory.py shows the figures.
- `wipe()` zeroes the buffers of keys we hold: bytearrays in the ordinary way, and on
  CPython also `bytes` and ASCII `str` objects (the key as hex for SQLCipher), in place,
  right after their last use. It never touches text the person wrote: that lives in
  many copies we do not own (widgets, the SQLite page cache, which SQLCipher's
  `cipher_memory_security` wipes on free).

`count_in_memory()` reads this process's own memory through /proc/self/mem, so tests and
benchmarks can count how many copies of a key or a sentence are still there.
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys
from collections.abc import Iterable

log = logging.getLogger(__name__)

_CPYTHON = sys.implementation.name == "cpython"
# Where the characters start inside a bytes object and a compact ASCII str object.
_BYTES_DATA = sys.getsizeof(b"") - 1
_ASCII_DATA = sys.getsizeof("") - 1

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3
M_PERTURB = -6
# Freed blocks are filled with this byte (and new ones with its complement).
_PERTURB_BYTE = 0xA5


def wipe(data: bytes | bytearray | str | None) -> None:
    """Overwrite `data` with zero bytes, as far as the runtime allows.

    Only for values this app created and owns (keys, key hex); never for a value
    that might be shared, such as a string constant.
    """
    if data is None:
        return
    if isinstance(data, bytearray):
        if data:
            ctypes.memset((ctypes.c_char * len(data)).from_buffer(data), 0, len(data))
        return
    if not _CPYTHON or len(data) < 2:
        # Empty and one-character values are shared singletons in CPython: never touch.
        return
    if isinstance(data, bytes):
        ctypes.memset(id(data) + _BYTES_DATA, 0, len(data))
    elif isinstance(data, str) and data.isascii():
        ctypes.memset(id(data) + _ASCII_DATA, 0, len(data))


def protect_process() -> dict[str, bool]:
    """No core dumps and, on Linux, no debugger attach. Returns what was switched on.

    Called once at start-up, before the vault is opened. Failures are logged (by name
    only) and never stop the app: a person must still be able to reach their writing.
    """
    done = {"core_dumps_off": False, "undumpable": False, "freed_memory_wiped": False}
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        done["core_dumps_off"] = True
    except (ImportError, ValueError, OSError) as exc:
        log.info("could not turn off core dumps: %s", type(exc).__name__)
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0:
                done["undumpable"] = True
        except (OSError, AttributeError) as exc:
            log.info("could not mark the process undumpable: %s", type(exc).__name__)
        done["freed_memory_wiped"] = _wipe_freed_memory()
    return done


def _wipe_freed_memory() -> bool:
    """glibc only: overwrite blocks as they are freed. False where there is no glibc."""
    try:  # what platform.libc_ver() asks first, without importing platform
        if not (os.confstr("CS_GNU_LIBC_VERSION") or "").startswith("glibc"):
            return False
    except (AttributeError, ValueError, OSError):
        return False
    try:
        libc = ctypes.CDLL(None)
        return bool(libc.mallopt(M_PERTURB, _PERTURB_BYTE))
    except (OSError, AttributeError):
        return False


def is_dumpable() -> bool | None:
    """The process's PR_GET_DUMPABLE flag on Linux; None where there is no such thing."""
    if not sys.platform.startswith("linux"):
        return None
    libc = ctypes.CDLL(None, use_errno=True)
    return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))


def _readable_regions() -> Iterable[tuple[int, int]]:
    with open("/proc/self/maps", encoding="ascii", errors="replace") as maps:
        for line in maps:
            parts = line.split()
            span, perms = parts[0], parts[1]
            name = parts[5] if len(parts) > 5 else ""
            # Only private writable memory: heaps, stacks, anonymous maps. Code and
            # read-only files cannot hold what was typed; [vvar] and friends fault.
            if not perms.startswith("rw") or name.startswith("[v") or name.startswith("/dev/"):
                continue
            start, end = (int(x, 16) for x in span.split("-"))
            yield start, end


def count_in_memory(needles: dict[str, bytes], chunk_size: int = 4 << 20) -> dict[str, int]:
    """How many times each needle appears in this process's writable memory (Linux only).

    Reads /proc/self/mem into one reused buffer (whose own pages are skipped), so the
    scan itself leaves no extra copies behind to count. The caller's own needle objects
    are in memory too: compare counts, or subtract the copies the caller holds.
    """
    counts = dict.fromkeys(needles, 0)
    longest = max((len(n) for n in needles.values()), default=1)
    buffer = bytearray(chunk_size)
    view = memoryview(buffer)
    own_start = ctypes.addressof((ctypes.c_char * chunk_size).from_buffer(buffer))
    own_end = own_start + chunk_size
    step = chunk_size - (longest - 1)
    with open("/proc/self/mem", "rb", buffering=0) as mem:
        spans = []
        for start, end in list(_readable_regions()):
            # The kernel merges neighbouring anonymous maps, so the buffer may share a
            # region with other memory: skip only the buffer's own bytes.
            if start < own_end and own_start < end:
                spans += [(start, own_start), (own_end, end)]
            else:
                spans.append((start, end))
        for start, end in spans:
            if end <= start:
                continue
            position = start
            while position < end:
                size = min(end - position, chunk_size)
                try:
                    mem.seek(position)
                    got = mem.readinto(view[:size])
                except (OSError, ValueError, OverflowError):
                    break
                if not got:
                    break
                last = position + got >= end
                # Count matches that start before the overlap; the next read counts the rest.
                limit = got if last else min(got, step)
                for name, needle in needles.items():
                    counts[name] += buffer.count(needle, 0, min(got, limit + len(needle) - 1))
                if last:
                    break
                position += limit
    view.release()
    return counts


def supported() -> bool:
    """True where `count_in_memory` can read this process's memory."""
    return sys.platform.startswith("linux") and os.path.exists("/proc/self/mem")
