"""Unlock cost: the calibrated Argon2id passphrase path versus the keyring path.

Baseline: opening the same SQLCipher file with the raw key directly, measured in the
same run, so the ratios show what the key derivation adds.

Calibration must not depend on how busy the machine is: it is run on a quiet moment
and again while two other processes keep both cores busy, in turns, and the chosen
passes are compared (a vault created at a busy moment must not get a cheaper key
derivation for good).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import median, ms, print_table, timed  # noqa: E402
from disclosure_helper.database import Database  # noqa: E402
from disclosure_helper.kdf import KdfParams  # noqa: E402
from disclosure_helper.keystore import MemoryKeyStore  # noqa: E402
from disclosure_helper.vault import Vault  # noqa: E402

PASSPHRASE = "benchmark passphrase, long enough"


BURN = "import time\nend = time.monotonic() + 120\nwhile time.monotonic() < end: pass\n"


def calibration_under_load(rounds: int = 1, burners: int = 2
                           ) -> tuple[list[list[str]], float]:
    """Calibrate on a quiet moment and with `burners` busy processes, in turns."""
    quiet, busy = [], []
    for _ in range(rounds):
        t0 = time.perf_counter()
        quiet.append((KdfParams.calibrated().time_cost, time.perf_counter() - t0))
        procs = [subprocess.Popen([sys.executable, "-c", BURN]) for _ in range(burners)]
        try:
            time.sleep(0.3)
            t0 = time.perf_counter()
            busy.append((KdfParams.calibrated().time_cost, time.perf_counter() - t0))
        finally:
            for proc in procs:
                proc.kill()
                proc.wait()
    q = median([t for t, _ in quiet])
    b = median([t for t, _ in busy])
    ratio = b / q
    return [
        ["calibration, quiet moment (passes chosen)", f"t={q:g}",
         f"{median([s for _, s in quiet]):.1f} s to calibrate", "-", "-"],
        [f"calibration, {burners} busy processes (passes chosen)", f"t={b:g}",
         f"{median([s for _, s in busy]):.1f} s to calibrate", "same as quiet (±25%)",
         f"{ratio:.2f}×"],
    ], ratio


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)

    calibration_rows, calibration_ratio = calibration_under_load()
    params = KdfParams.calibrated()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        store = MemoryKeyStore()
        vault = Vault.create(folder, PASSPHRASE, kdf=params, keystore=store)
        vault.set_remember_on_device(True)
        key = bytes(vault._data_key)
        vault.lock()

        def raw_open():
            Database.open(folder, key).close()

        def with_passphrase():
            vault.unlock(PASSPHRASE)
            vault.lock()

        def with_keyring():
            assert vault.unlock_from_keyring()
            vault.lock()

        raw = median(timed(raw_open, args.repeat))
        passphrase = median(timed(with_passphrase, args.repeat))
        keyring = median(timed(with_keyring, args.repeat))
        vault.close()

    rows = [
        ["raw SQLCipher open (baseline)", ms(raw), "1.0×", "-", "-"],
        ["unlock with passphrase", ms(passphrase), f"{passphrase / raw:.0f}×", "0.5–1 s",
         "-"],
        ["unlock from keyring", ms(keyring), f"{keyring / raw:.1f}×", "≈ baseline", "-"],
        *calibration_rows,
    ]
    print_table(
        f"Unlock (Argon2id t={params.time_cost}, m={params.memory_kib // 1024} MiB, "
        f"p={params.parallelism}; median of {args.repeat})",
        rows,
        ["path", "time", "vs raw / detail", "target", "ratio"],
    )
    return {"calibration ratio busy/quiet": calibration_ratio}


if __name__ == "__main__":
    main()
