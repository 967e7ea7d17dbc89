"""What stays in memory after the vault locks: copies of the data key and of written text.

Each run is a fresh process that creates a vault, writes journal entries holding a
marker sentence, reads them back (list, open each, search), then counts the marker and
the key (raw and as hex) in its own memory through /proc/self/mem: while unlocked, and
after `lock()`. Three ways of running are compared, alternating so load on the machine
hits all of them:

  none       nothing wiped beyond the key copies the vault owns
  app        what the app does: `protect_process()` (no core dumps, undumpable, and on
             glibc freed memory overwritten, M_PERTURB)
  sqlcipher  SQLCipher's cipher_memory_security on instead (wipes and mlocks every
             buffer SQLite allocates)

A second table times everyday work (unlock, search as you type, opening entries, saving)
on a vault of 20,000 entries in each mode, as ratios to "none".

    python benchmarks/bench_memory.py            # both tables
    python benchmarks/bench_memory.py --scenario --entries 200 --mode app   # one JSON run

Linux only (it reads /proc/self/mem); elsewhere it says so and stops.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PASSPHRASE = "memory benchmark passphrase"


MODES = ("none", "app", "sqlcipher")


def _prepare(mode: str) -> None:
    from disclosure_helper import database
    from disclosure_helper.memory import protect_process

    database.MEMORY_SECURITY = mode == "sqlcipher"
    if mode == "app":
        protect_process()


def scenario(entries: int, mode: str) -> dict:
    """Run in a fresh process: write, read, count, lock, count. Returns the figures."""
    from disclosure_helper.journal import Entry, EntryQuery
    from disclosure_helper.kdf import KdfParams
    from disclosure_helper.keystore import MemoryKeyStore
    from disclosure_helper.memory import count_in_memory, wipe
    from disclosure_helper.vault import Vault

    _prepare(mode)
    folder = Path(tempfile.mkdtemp(prefix="dh-mem-")) / "vault"
    vault = Vault.create(folder, PASSPHRASE, kdf=KdfParams(1, 1024, 1),
                         keystore=MemoryKeyStore())
    vault.lock()
    vault.unlock(PASSPHRASE)
    marker = "Quokka" + os.urandom(6).hex()
    start = time.perf_counter()
    for i in range(entries):
        vault.journal.add(Entry(kind="free", title=f"Day {i}",
                                body=f"{marker} is what I kept thinking about after shift {i}. "
                                     "It was a long day and I am tired. " * 9))
    for summary in vault.journal.page(EntryQuery(), 0, entries):
        vault.journal.get(summary.id)
    vault.journal.search(marker)
    elapsed = time.perf_counter() - start

    raw = bytes(vault._data_key)  # noqa: SLF001 - the benchmark needs the real key
    hexed = raw.hex()
    needles = {"key": raw, "key_hex": hexed.encode(), "key_HEX": hexed.upper().encode(),
               "text": marker.encode()}
    wipe(hexed)
    del hexed
    # The needles and the marker string are ours; they are not counted as leftovers.
    own = {"key": 1, "key_hex": 1, "key_HEX": 1, "text": 2}
    gc.collect()
    unlocked = count_in_memory(needles)
    vault.lock()
    gc.collect()
    locked = count_in_memory(needles)
    vault.close()
    return {
        "entries": entries,
        "mode": mode,
        "seconds": elapsed,
        "unlocked": {k: unlocked[k] - own[k] for k in needles},
        "locked": {k: locked[k] - own[k] for k in needles},
    }


def cost(folder: Path, mode: str, queries: int) -> dict:
    """Run in a fresh process on a built vault: the everyday operations, timed."""
    import random

    from benchmarks.bench_journal import make_entry, make_queries
    from benchmarks.common import percentile
    from disclosure_helper.journal import EntryQuery
    from disclosure_helper.keystore import MemoryKeyStore
    from disclosure_helper.vault import Vault

    _prepare(mode)
    rng = random.Random(7)
    vault = Vault.open(folder, keystore=MemoryKeyStore())
    start = time.perf_counter()
    vault.unlock(PASSPHRASE)
    first = vault.journal.page(EntryQuery(), 0, 50)
    opened = time.perf_counter() - start
    search = []
    for text in make_queries(rng, queries):
        t = time.perf_counter()
        vault.journal.search(text, limit=50)
        search.append(time.perf_counter() - t)
    t = time.perf_counter()
    for summary in first:
        vault.journal.get(summary.id)
    reading = time.perf_counter() - t
    saves = []
    from datetime import datetime, timezone

    for _ in range(10):
        t = time.perf_counter()
        vault.journal.add(make_entry(rng, datetime.now(timezone.utc)))
        saves.append(time.perf_counter() - t)
    vault.close()
    return {"open": opened, "search_p50": percentile(search, 50),
            "search_p95": percentile(search, 95), "read50": reading,
            "save_p50": percentile(saves, 50)}


def build(folder: Path, entries: int) -> None:
    import random
    from datetime import datetime, timedelta, timezone

    from benchmarks.bench_journal import make_entry
    from disclosure_helper.kdf import KdfParams
    from disclosure_helper.keystore import MemoryKeyStore
    from disclosure_helper.vault import Vault

    rng = random.Random(3)
    vault = Vault.create(folder, PASSPHRASE, kdf=KdfParams(1, 8 * 1024, 1),
                         keystore=MemoryKeyStore())
    now = datetime.now(timezone.utc)
    batch = [make_entry(rng, now - timedelta(hours=6 * i)) for i in range(entries)]
    vault.journal.add_many(batch)
    vault.close()


def run_cost(folder: Path, mode: str, queries: int) -> dict:
    out = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--cost-run", str(folder),
         "--mode", mode, "--queries", str(queries)],
        capture_output=True, text=True, check=True, cwd=ROOT, timeout=900,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_scenario(entries: int, mode: str) -> dict:
    """The scenario in its own process, so each starts with clean memory."""
    out = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--scenario",
         "--entries", str(entries), "--mode", mode],
        capture_output=True, text=True, check=True, cwd=ROOT, timeout=600,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scenario", action="store_true")
    parser.add_argument("--entries", type=int, default=500)
    parser.add_argument("--mode", choices=MODES, default="app")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--cost-entries", type=int, default=20_000)
    parser.add_argument("--queries", type=int, default=40)
    parser.add_argument("--cost-run", metavar="FOLDER")
    args = parser.parse_args(argv)
    from disclosure_helper.memory import supported

    if not supported():
        print("bench_memory: needs Linux /proc/self/mem; skipped.")
        return
    if args.scenario:
        print(json.dumps(scenario(args.entries, args.mode)))
        return
    if args.cost_run:
        print(json.dumps(cost(Path(args.cost_run), args.mode, args.queries)))
        return

    from benchmarks.common import median, print_table

    runs: dict[str, list[dict]] = {mode: [] for mode in MODES}
    for _ in range(args.rounds):
        for mode in MODES:  # alternating, so load on the machine hits each the same
            runs[mode].append(run_scenario(args.entries, mode))
    rows = []
    base = median([r["seconds"] for r in runs["none"]])
    for mode in MODES:
        last = runs[mode][-1]
        seconds = median([r["seconds"] for r in runs[mode]])
        for when in ("unlocked", "locked"):
            figures = last[when]
            rows.append([
                mode, when,
                str(figures["key"]), str(figures["key_hex"] + figures["key_HEX"]),
                str(figures["text"]),
                f"{seconds * 1000:.0f} ms ({seconds / base:.2f}x)" if when == "unlocked" else "",
            ])
    print_table(
        f"Copies left in memory ({args.entries} entries written, read and searched)",
        rows,
        ["mode", "state", "key (raw)", "key (hex)", "marker text", "write+read time"],
    )

    # What each costs in everyday use, at the scale of years of writing.
    with tempfile.TemporaryDirectory(prefix="dh-memcost-") as tmp:
        folder = Path(tmp) / "vault"
        build(folder, args.cost_entries)
        timings: dict[str, list[dict]] = {mode: [] for mode in MODES}
        for _ in range(args.rounds):
            for mode in MODES:
                timings[mode].append(run_cost(folder, mode, args.queries))
    cost_rows = []
    for key, name in (("open", "unlock + first page"), ("search_p50", "search, median"),
                      ("search_p95", "search, 95th pct"), ("read50", "open 50 entries"),
                      ("save_p50", "save one entry")):
        none = median([t[key] for t in timings["none"]])
        row = [name, f"{none * 1000:.1f} ms"]
        for mode in ("app", "sqlcipher"):
            value = median([t[key] for t in timings[mode]])
            row.append(f"{value * 1000:.1f} ms ({value / none:.2f}x)" if none else "-")
        cost_rows.append(row)
    print_table(
        f"Time for everyday work with {args.cost_entries:,} entries "
        f"(median of {args.rounds} alternating runs)",
        cost_rows, ["operation", "none", "app", "sqlcipher"],
    )


if __name__ == "__main__":
    main(sys.argv[1:])
