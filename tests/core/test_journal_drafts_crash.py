"""Drafts and saved entries survive the app being killed at any moment (SIGKILL)."""

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

ROUNDS = 12
DRAFT_KEY = "new:crash-test"

# The child reports a revision only after save_draft() has returned, so every
# reported revision must be on disk, whenever the kill lands.
CHILD = textwrap.dedent(
    """
    import sys
    from disclosure_helper.journal import Entry
    from disclosure_helper.keystore import MemoryKeyStore
    from disclosure_helper.vault import Vault

    folder, passphrase, start = sys.argv[1], sys.argv[2], int(sys.argv[3])
    vault = Vault.open(folder, keystore=MemoryKeyStore())
    vault.unlock(passphrase)
    journal = vault.journal
    print("ready", flush=True)
    n = start
    while True:
        text = f"draft {n} " + "words that must not be lost 🙂 " * (1 + n % 40)
        journal.save_draft(sys.argv[4], {"body": text, "n": n})
        print(f"draft {n}", flush=True)
        if n % 7 == 0:
            entry = journal.add(Entry(title=f"saved {n}", body=text))
            print(f"entry {entry.id} {n}", flush=True)
        n += 1
    """
)


def _run_and_kill(folder: Path, start: int, rng: random.Random) -> tuple[int | None, dict]:
    env = dict(os.environ)
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(folder), PASSPHRASE, str(start), DRAFT_KEY],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=str(Path(__file__).resolve().parents[2]),
    )
    try:
        assert child.stdout is not None
        first = child.stdout.readline()
        assert first.strip() == "ready", child.stderr.read() if child.stderr else first
        # Wait for the first save, so every round has something to lose.
        early = [child.stdout.readline()]
        time.sleep(rng.uniform(0.0, 0.3))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate(timeout=10)
        out = early[0] + out
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL
    last_draft = None
    entries: dict = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] == "draft":
            last_draft = int(parts[1])
        elif len(parts) == 3 and parts[0] == "entry":
            entries[int(parts[1])] = int(parts[2])
    return last_draft, entries


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_drafts_and_entries_survive_sigkill(tmp_path):
    folder = tmp_path / "vault"
    Vault.create(folder, PASSPHRASE, kdf=FAST_KDF, keystore=MemoryKeyStore()).close()
    rng = random.Random(20240304)
    start = 0
    reported_entries: dict[int, int] = {}
    rounds_with_drafts = 0
    deadline = time.monotonic() + 20
    for done in range(1, ROUNDS + 1):
        last_draft, entries = _run_and_kill(folder, start, rng)
        reported_entries.update(entries)
        vault = Vault.open(folder, keystore=MemoryKeyStore())
        try:
            vault.unlock(PASSPHRASE)
            assert vault.integrity_problems() == []
            draft = vault.journal.load_draft(DRAFT_KEY)
            if last_draft is not None:
                rounds_with_drafts += 1
                assert draft is not None
                # The kill may land after a save but before its line was printed.
                assert draft.payload["n"] in (last_draft, last_draft + 1)
                assert draft.payload["body"].startswith(f"draft {draft.payload['n']} ")
                start = draft.payload["n"] + 1
            for entry_id, n in reported_entries.items():
                assert vault.journal.get(entry_id).title == f"saved {n}"
        finally:
            vault.close()
        if done >= 10 and time.monotonic() > deadline:
            break
    assert rounds_with_drafts >= 10
