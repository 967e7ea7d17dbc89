"""Killing the app mid-write never corrupts the vault or loses a committed write."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from disclosure_helper.keystore import MemoryKeyStore
from disclosure_helper.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

ROUNDS = 24

WRITER = textwrap.dedent(
    """
    import random, sys
    from disclosure_helper.keystore import MemoryKeyStore
    from disclosure_helper.vault import Vault

    folder, passphrase, start = sys.argv[1], sys.argv[2], int(sys.argv[3])
    vault = Vault.open(folder, keystore=MemoryKeyStore())
    vault.unlock(passphrase)
    db = vault.db
    i = start
    while True:
        body = ("entry %d " % i) * random.randint(1, 400)
        with db.transaction():
            db.execute("INSERT INTO crash_entries(id, body) VALUES(?, ?)", (i, body))
            db.execute("UPDATE crash_counter SET total = total + 1")
        print(i, flush=True)  # printed only after the commit returned
        i += 1
    """
)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX only")
def test_sigkill_during_writes_never_loses_a_commit(tmp_path: Path):
    folder = tmp_path / "vault"
    vault = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF, keystore=MemoryKeyStore())
    with vault.db.transaction():
        vault.db.execute("CREATE TABLE crash_entries(id INTEGER PRIMARY KEY, body TEXT)")
        vault.db.execute("CREATE TABLE crash_counter(total INTEGER NOT NULL)")
        vault.db.execute("INSERT INTO crash_counter VALUES(0)")
    vault.close()

    rng = random.Random(20261121)
    committed: set[int] = set()
    next_id = 0
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    for _ in range(ROUNDS):
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(folder), PASSPHRASE, str(next_id)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        assert child.stdout is not None
        first = child.stdout.readline()  # wait until it is really writing
        assert first, "the writer did not start"
        time.sleep(rng.uniform(0.0, 0.15))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate()
        child.stdout.close()
        printed = [int(x) for x in (first + out).split()]
        committed.update(printed)

        reopened = Vault.open(folder, keystore=MemoryKeyStore())
        reopened.unlock(PASSPHRASE)
        assert reopened.integrity_problems() == []
        ids = {row[0] for row in reopened.db.query("SELECT id FROM crash_entries")}
        total = reopened.db.scalar("SELECT total FROM crash_counter")
        reopened.close()
        assert committed <= ids, "a write whose commit returned was lost"
        assert total == len(ids), "a transaction was only half applied"
        next_id = max(ids) + 1
    assert len(committed) > ROUNDS
