"""The bundle against `make run`: start-up to the first window, and size against budget.

    .venv/bin/python benchmarks/bench_bundle.py [--repeat 5]

Builds the bundle first unless one from the same sources exists (build/bundle-test, the
folder the test uses). Each start is a fresh process with `--self-test`, timed from
launch to its `shown:` line, printed on the event loop's first turn with the window on
screen; the two programs alternate so load on the machine falls on both alike.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "packaging"))

import build_bundle  # noqa: E402

from benchmarks.common import median, ms, print_table  # noqa: E402

CACHE = ROOT / "build" / "bundle-test"


def budgets() -> dict[str, float]:
    text = (ROOT / "benchmarks" / "NOTES.md").read_text(encoding="utf-8")
    return {m.group(1): float(m.group(2))
            for m in re.finditer(r"^(bundle-[a-z-]+-budget-mib): *([\d.]+)", text, re.M)}


def time_to_window(command: list[str], data_dir: Path) -> float:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    start = time.perf_counter()
    proc = subprocess.Popen([*command, "-platform", "offscreen", "--self-test",
                             "--data-dir", str(data_dir)], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=env)
    shown = None
    for line in proc.stdout:
        if line.startswith("shown:") and shown is None:
            shown = time.perf_counter() - start
    if proc.wait(timeout=120) != 0 or shown is None:
        raise RuntimeError(f"{command[0]} did not start")
    return shown


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    bundle = build_bundle.build(CACHE, reuse=True)
    with tempfile.TemporaryDirectory(prefix="dh-bench-bundle-") as tmp:
        with tarfile.open(bundle.archive) as tar:
            tar.extractall(tmp, filter="tar")
        program = Path(tmp) / build_bundle.FOLDER_NAME / build_bundle.PROGRAM
        commands = {"make run": [sys.executable, "-m", "disclosure_helper"],
                    "bundle": [str(program)]}
        for command in commands.values():  # warm the file cache for both
            time_to_window(command, Path(tmp) / "warm")
        samples: dict[str, list[float]] = {name: [] for name in commands}
        for index in range(args.repeat):
            for name, command in commands.items():
                samples[name].append(time_to_window(command, Path(tmp) / f"d{index}"))
    run = median(samples["make run"])
    frozen = median(samples["bundle"])
    folder = build_bundle.folder_size(bundle.folder) / 2**20
    archive = bundle.archive.stat().st_size / 2**20
    limits = budgets()
    print_table(
        f"Start-up to the first window (median of {args.repeat}, offscreen, first run)",
        [["make run (python -m disclosure_helper)", ms(run), "1.00×"],
         ["bundle (unpacked archive)", ms(frozen), f"{frozen / run:.2f}×"]],
        ["program", "time", "vs make run"],
    )
    print_table(
        "Bundle size",
        [["folder", f"{folder:.1f} MiB", f"{limits['bundle-folder-budget-mib']:.0f} MiB"],
         [bundle.archive.name, f"{archive:.1f} MiB",
          f"{limits['bundle-archive-budget-mib']:.0f} MiB"]],
        ["what", "size", "budget"],
    )


if __name__ == "__main__":
    main()
