"""`make bench`: every benchmark, each printing its own table, and how long each took."""

from __future__ import annotations

import importlib
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SCRIPTS = ["bench_unlock", "bench_startup", "bench_journal", "bench_together", "bench_memory"]


def main() -> None:
    began = time.perf_counter()
    took = []
    for name in SCRIPTS:
        start = time.perf_counter()
        module = importlib.import_module(f"benchmarks.{name}")
        module.main([])
        took.append(f"{name} {time.perf_counter() - start:.0f} s")
        sys.stdout.flush()
    print(f"\nmake bench took {time.perf_counter() - began:.0f} s ({', '.join(took)}).")


if __name__ == "__main__":
    main()
