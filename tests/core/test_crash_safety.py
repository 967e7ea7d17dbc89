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
    from disclosure_helper.journal import Entry
    from disclosure_helper.keystore import MemoryKeyStore
    from disclosure_helper.vault import Vault

    folder, passphrase, start = sys.argv[1], sys.argv[2], int(sys.argv[3])
    vault = Vault.open(folder, keystore=MemoryKeyStore())
    vault.unlock(passphrase)
    i = start
    while True:
        body = ("shift notes %d " % i) * random.randint(1, 400)
        entry = vault.journal.add(
            Entry(kind="free", title="entry %d" % i, body=body, tags=["t%d" % (i % 7)])
        )
        print(i, entry.id, flush=True)  # printed only after the commit returned
        i += 1
    """
)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX only")
def test_sigkill_during_writes_never_loses_a_commit(tmp_path: Path):
    folder = tmp_path / "vault"
    vault = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF, keystore=MemoryKeyStore())
    vault.close()

    rng = random.Random(20261121)
    committed: dict[int, int] = {}  # writer's number -> entry id
    next_number = 0
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    for _ in range(ROUNDS):
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(folder), PASSPHRASE, str(next_number)],
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
        for line in (first + out).splitlines():
            parts = line.split()
            if len(parts) == 2:  # a line cut short by the kill was never a report
                committed[int(parts[0])] = int(parts[1])

        reopened = Vault.open(folder, keystore=MemoryKeyStore())
        reopened.unlock(PASSPHRASE)
        assert reopened.integrity_problems() == []
        stored = reopened.journal.count()
        for number, entry_id in committed.items():
            entry = reopened.journal.get(entry_id)
            assert entry.title == f"entry {number}", "a write whose commit returned was lost"
        # The search index moves with the entries in the same transaction.
        assert reopened.journal.search_count("shift") == stored
        reopened.close()
        next_number = max(committed) + 1 if committed else next_number
    assert len(committed) > ROUNDS
