"""Start building the bundle as soon as the test run knows it will need it.

PyInstaller takes a couple of minutes and mostly waits on the disk, while the tests
before tests/packaging/ keep one core busy. So when the bundle test is collected, the
build starts in a background process on the other core, and the test waits for it only
if it has not finished by then. It builds with `--reuse`, so an unchanged checkout
costs nothing; the process is stopped if the run ends first.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / "build" / "bundle-test"
_builder: subprocess.Popen | None = None


def pytest_collection_modifyitems(session, config, items) -> None:
    global _builder
    wanted = any(Path(str(item.fspath)).name == "test_bundle.py" for item in items)
    if not wanted or _builder is not None or config.option.collectonly \
            or not sys.platform.startswith("linux") or shutil.which("objdump") is None:
        return
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    with open(CACHE.parent / "bundle-test.log", "wb") as log:
        _builder = subprocess.Popen(
            [sys.executable, str(ROOT / "packaging" / "build_bundle.py"), "--out", str(CACHE),
             "--reuse"],
            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True,  # its own process group, so PyInstaller stops with it
        )


def wait_for_background_build() -> None:
    """Let a build started at collection finish (it may have failed: the caller builds
    again in the foreground, and reports or skips as the bundle test says)."""
    if _builder is not None:
        _builder.wait()


def pytest_sessionfinish(session, exitstatus) -> None:
    if _builder is not None and _builder.poll() is None:
        os.killpg(_builder.pid, signal.SIGTERM)
        try:
            _builder.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(_builder.pid, signal.SIGKILL)
