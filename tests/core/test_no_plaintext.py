"""Nothing the person writes is ever on disk in plaintext: vault, temp or settings."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from disclosure_helper.preferences import Preferences
from disclosure_helper.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

SENTINELS = [
    "ZEBRA-SENTINEL-7731 my manager said something cruel",
    "Ünïcödé-SENTINEL-ß-漢字-🙂",
    "sentinel-lowercase-quartz-44",
]


def encodings(text: str) -> list[bytes]:
    out = [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]
    # Short fragments too: a page split could leave a partial copy.
    word = text.split()[0]
    out += [word.encode("utf-8"), word.encode("utf-16-le")]
    return out


def files_touched(folder: Path, since: float) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        try:
            if path.is_file() and path.stat().st_mtime >= since - 1:
                found.append(path)
        except OSError:
            continue
    return found


def scan(paths: list[Path]) -> list[str]:
    needles = [n for s in SENTINELS for n in encodings(s)]
    hits = []
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        hits += [f"{path.name}" for n in needles if n in data]
    return hits


def write_everything(vault: Vault) -> None:
    """Write every sentinel through every feature that stores the person's words."""
    from disclosure_helper.journal import Entry

    for i, text in enumerate(SENTINELS):
        vault.settings.set(f"note-{i}", text * 50)
        plan = vault.plans.create(text[:60], "current_job", "uk")
        plan.next_steps = text
        vault.plans.save(plan)
        vault.plans.set_decision(plan.id, "undecided", note=text)
        entry = vault.journal.add(
            Entry(kind="free", title=text[:60], body=text * 200, tags=[text.split()[0]])
        )
        assert vault.journal.search(text.split()[0])
        vault.journal.save_draft(f"draft-{i}", {"title": text, "body": text * 10})
        write_adjustments(vault, text, plan.id, entry.id)
        vault.journal.delete(entry.id)
    vault.journal.empty_trash()


def write_adjustments(vault: Vault, text: str, plan_id: int, entry_id: int) -> None:
    """The adjustments passport: every part that holds the person's words."""
    from disclosure_helper.adjustments_model import PassportField, ReviewReason, Status

    repo = vault.adjustments
    own = repo.create(own_words=text[:60], details=text * 20, helps=text, plan_id=plan_id)
    listed = repo.create("quiet_space", details=text)
    repo.change_status(own.id, Status.ASKED, whom=text[:60], how=text[:60], note=text)
    repo.change_status(own.id, Status.AGREED, whom=text[:60], review_on=None)
    repo.record_from_entry(entry_id, listed.id, reason=text * 5, whom=text[:60])
    repo.review(own.id, note=text)
    passport = repo.passport()
    for part in PassportField:
        passport.set(part, f"{text} {part.value}")
    repo.save_passport(passport)
    repo.something_changed(ReviewReason.HEALTH)
    assert text in repo.passport().get(PassportField.HEALTH_EFFECTS)


def test_sentinels_never_reach_disk_in_plaintext(tmp_path: Path, keystore):
    started = time.time()
    data_dir = tmp_path / "data"
    vault = Vault.create(data_dir, PASSPHRASE, kdf=FAST_KDF, keystore=keystore)
    write_everything(vault)
    Preferences(theme="dark").save(data_dir)
    vault.backup(tmp_path / "backup.dhbackup")
    vault.lock()
    vault.unlock(PASSPHRASE)
    for i in range(len(SENTINELS)):
        vault.settings.delete(f"note-{i}")
    vault.close()

    touched = files_touched(tmp_path, started) + files_touched(
        Path(tempfile.gettempdir()), started
    )
    assert any(p.name == "vault.db" for p in touched)
    assert scan(touched) == []
