"""Unlock cost: the calibrated Argon2id passphrase path versus the keyring path.

Baseline: opening the same SQLCipher file with the raw key directly, measured in the
same run, so the ratios show what the key derivation adds.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import median, ms, print_table, timed  # noqa: E402
from disclosure_helper.database import Database  # noqa: E402
from disclosure_helper.kdf import KdfParams  # noqa: E402
from disclosure_helper.keystore import MemoryKeyStore  # noqa: E402
from disclosure_helper.vault import Vault  # noqa: E402

PASSPHRASE = "benchmark passphrase, long enough"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)

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
        ["raw SQLCipher open (baseline)", ms(raw), "1.0×", "-"],
        ["unlock with passphrase", ms(passphrase), f"{passphrase / raw:.0f}×", "0.5–1 s"],
        ["unlock from keyring", ms(keyring), f"{keyring / raw:.1f}×", "≈ baseline"],
    ]
    print_table(
        f"Unlock (Argon2id t={params.time_cost}, m={params.memory_kib // 1024} MiB, "
        f"p={params.parallelism}; median of {args.repeat})",
        rows,
        ["path", "time", "vs raw", "target"],
    )


if __name__ == "__main__":
    main()
