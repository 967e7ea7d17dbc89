"""Nothing leaked from memory: no core dumps, and no copies of the key left behind.

The counts come from benchmarks/bench_memory.py's scenario, run in a fresh process that
reads its own memory through /proc/self/mem (Linux). `make bench` prints the full table.
"""

from __future__ import annotations

import json
import platform
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from disclosure_helper.memory import count_in_memory, supported, wipe

ROOT = Path(__file__).resolve().parents[2]
linux_only = pytest.mark.skipif(not supported(), reason="reads /proc/self/mem (Linux)")


@linux_only
def test_counting_and_wiping_work_on_this_process():
    secret = bytes(range(7, 39))
    hexed = secret.hex()
    copies = [(hexed + " ")[:-1] for _ in range(5)]
    # The five copies, plus `hexed` itself; the needle is bytes, so it matches the str data.
    assert count_in_memory({"hex": hexed.encode()})["hex"] >= 6
    for copy in copies:
        wipe(copy)
    wipe(hexed)
    needle = bytes(secret).hex().encode()  # one copy: the needle itself
    assert count_in_memory({"hex": needle})["hex"] == 1
    held = bytearray(b"a key we hold here")
    wipe(held)
    assert held == bytearray(len(held))


@pytest.fixture(scope="module")
def runs() -> dict[str, dict]:
    """The scenario as the app runs it, and with nothing wiped, each in a fresh process."""
    return {mode: _scenario(mode) for mode in ("app", "none")}


def _scenario(mode: str, entries: int = 40) -> dict:
    out = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench_memory.py"), "--scenario",
         "--entries", str(entries), "--mode", mode],
        capture_output=True, text=True, timeout=300, cwd=ROOT, check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


@linux_only
def test_no_copy_of_the_data_key_is_left_in_memory(runs):
    figures = runs["app"]
    unlocked, locked = figures["unlocked"], figures["locked"]
    # While unlocked only the key we hold (raw bytes) is there: its hex form, which
    # SQLCipher is given, was wiped after use (it used to stay in two copies, and one
    # of them outlived lock()).
    assert unlocked["key"] == 1
    assert unlocked["key_hex"] == 0 and unlocked["key_HEX"] == 0
    # After lock() nothing of the key is left.
    assert locked == {**locked, "key": 0, "key_hex": 0, "key_HEX": 0}


@linux_only
@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="M_PERTURB is glibc's")
def test_most_copies_of_written_text_are_gone_after_lock(runs):
    plain, protected = runs["none"], runs["app"]
    print("copies of the marker after lock: none", plain["locked"]["text"],
          "app", protected["locked"]["text"], "(unlocked", protected["unlocked"]["text"], ")")
    # Freed memory is overwritten: what SQLite held (the decrypted pages) is gone, and
    # what is left is in Python's own small-object memory, which nothing can reach.
    assert protected["locked"]["text"] * 2 < plain["locked"]["text"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX resource limits")
def test_protect_process_turns_off_core_dumps():
    code = textwrap.dedent("""
        import json, resource, sys
        from disclosure_helper.memory import is_dumpable, protect_process
        done = protect_process()
        print(json.dumps({"done": done, "core": resource.getrlimit(resource.RLIMIT_CORE),
                          "dumpable": is_dumpable()}))
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, check=True, cwd=ROOT)
    result = json.loads(out.stdout)
    assert result["core"] == [0, 0]
    if sys.platform.startswith("linux"):
        assert result["dumpable"] is False
        assert result["done"]["core_dumps_off"] and result["done"]["undumpable"]
