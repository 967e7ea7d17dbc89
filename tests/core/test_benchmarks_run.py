"""`make bench` keeps running as the app changes: each benchmark at a tiny size.

The figures themselves are not checked here (machines are noisy); a benchmark that stops
running, because the app's rules moved under it, is.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(script: str, *args: str) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / script), *args],
        capture_output=True, text=True, env=env, timeout=600, cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def test_journal_benchmark_runs_every_step() -> None:
    out = _run("bench_journal.py", "--sizes", "200", "400", "--saves", "4", "--queries", "4")
    for row in ("save (edit entry)", "filter: incidents", "full Markdown export",
                "restore", "memory after use", "How each figure grows"):
        assert row in out, row


def test_startup_benchmark_runs() -> None:
    out = _run("bench_startup.py", "--repeat", "1")
    assert "returning: unlock screen" in out
