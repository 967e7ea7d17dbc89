"""`make bench`: every benchmark, each printing its own table."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SCRIPTS = ["bench_unlock", "bench_startup", "bench_journal", "bench_together", "bench_memory"]


def main() -> None:
    for name in SCRIPTS:
        module = importlib.import_module(f"benchmarks.{name}")
        module.main([])


if __name__ == "__main__":
    main()
