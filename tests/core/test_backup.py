"""Backups: one encrypted file, consistent while open, verified, never overwriting."""

from __future__ import annotations

import pytest

from disclosure_helper.backup import MAGIC
from disclosure_helper.errors import BackupError, VaultError, WrongPassphrase
from disclosure_helper.journal import Entry
from disclosure_helper.vault import Vault
from tests.conftest import PASSPHRASE
from tests.core.helpers import snapshot_files


def test_backup_and_restore_round_trip(vault, tmp_path, keystore):
    vault.settings.set("story", "a long day, but I got through it")
    backup = tmp_path / "backup.dhbackup"
    size = vault.backup(backup)
    assert size == backup.stat().st_size and backup.read_bytes().startswith(MAGIC)
    assert b"a long day" not in backup.read_bytes()
    assert vault.settings.get("last_backup")

    restored = Vault.restore(backup, tmp_path / "restored", passphrase=PASSPHRASE,
                             keystore=keystore)
    assert not restored.is_unlocked
    restored.unlock(PASSPHRASE)
    assert restored.settings.get("story") == "a long day, but I got through it"
    assert restored.integrity_problems() == []
    restored.close()


def _write_some_of_everything(vault: Vault) -> dict:
    """An entry, a plan with an answer, a kept note and a setting; what a restore must
    bring back, as the person would see it."""
    vault.journal.add(Entry(title="After the audit", body="Hard day, but I said no."))
    plan = vault.plans.create("Telling my new manager", "starting", "uk")
    vault.together.add(plan.id, "Start with what helps on a hard day.")
    vault.settings.set("auto_lock_minutes", 15)
    return _what_is_kept(vault)


def _what_is_kept(vault: Vault) -> dict:
    notes = vault.together.all()
    return {
        "entries": [(e.title, e.body) for e in
                    (vault.journal.get(i) for i in vault.journal.ids())],
        "plans": [(p.id, p.title, p.situation, p.region) for p in
                  (vault.plans.get(n.plan_id) for n in notes)],
        "notes": [(n.plan_id, n.text) for n in notes],
        "settings": {k: v for k, v in vault.settings.all().items() if k != "last_backup"},
    }


def _assert_restored(restored: Vault, written: dict) -> None:
    kept = _what_is_kept(restored)
    assert kept == {k: written[k] for k in kept}
    assert kept["entries"] == [("After the audit", "Hard day, but I said no.")]
    assert [title for _id, title, *_rest in kept["plans"]] == ["Telling my new manager"]
    assert kept["settings"]["auto_lock_minutes"] == 15
    assert restored.integrity_problems() == []


def test_backup_is_a_consistent_snapshot_while_writing(vault, tmp_path):
    with vault.db.transaction():
        vault.db.execute("CREATE TABLE numbers(n INTEGER)")
    for n in range(200):
        with vault.db.transaction():
            vault.db.execute("INSERT INTO numbers VALUES(?)", (n,))
    vault.backup(tmp_path / "b.dhbackup")
    with vault.db.transaction():
        vault.db.execute("INSERT INTO numbers VALUES(999)")
    restored = Vault.restore(tmp_path / "b.dhbackup", tmp_path / "r", passphrase=PASSPHRASE)
    restored.unlock(PASSPHRASE)
    assert restored.db.scalar("SELECT count(*) FROM numbers") == 200
    restored.close()


def test_restore_with_the_recovery_code(vault, tmp_path):
    code = vault.recovery_code
    written = _write_some_of_everything(vault)
    vault.backup(tmp_path / "b.dhbackup")
    restored = Vault.restore(tmp_path / "b.dhbackup", tmp_path / "r", recovery_code=code.lower())
    restored.unlock_with_recovery_code(code)
    _assert_restored(restored, written)
    restored.close()


def test_restore_never_overwrites_a_vault(vault, tmp_path, keystore):
    vault.backup(tmp_path / "b.dhbackup")
    folder = vault.folder
    vault.close()
    before = snapshot_files(folder)
    with pytest.raises(VaultError, match="already holds a vault"):
        Vault.restore(tmp_path / "b.dhbackup", folder)
    assert snapshot_files(folder) == before


def test_restore_with_the_wrong_passphrase_leaves_the_folder_empty(vault, tmp_path):
    vault.backup(tmp_path / "b.dhbackup")
    target = tmp_path / "r"
    with pytest.raises(WrongPassphrase, match="when the backup was made"):
        Vault.restore(tmp_path / "b.dhbackup", target, passphrase="not the right one")
    assert not Vault.exists(target)
    assert not target.exists()  # not even an empty folder is left behind


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) - 100],
        lambda raw: raw[:-2000] + b"\0" * 2000,
        lambda raw: b"just some text",
        lambda raw: MAGIC + b"\xff\xff\xff\xff",
        lambda raw: b"",
    ],
    ids=["truncated", "flipped", "foreign", "bad-header", "empty"],
)
def test_damaged_backup_is_refused_before_anything_is_written(vault, tmp_path, damage):
    backup = tmp_path / "b.dhbackup"
    vault.backup(backup)
    backup.write_bytes(damage(backup.read_bytes()))
    target = tmp_path / "r"
    with pytest.raises(BackupError):
        Vault.restore(backup, target, passphrase=PASSPHRASE)
    assert not Vault.exists(target)


def test_missing_backup_file(tmp_path):
    with pytest.raises(BackupError, match="could not be found"):
        Vault.restore(tmp_path / "nope.dhbackup", tmp_path / "r")


def test_backup_after_passphrase_change_opens_with_the_new_one(vault, tmp_path):
    written = _write_some_of_everything(vault)
    vault.change_passphrase("the newer passphrase here")
    vault.backup(tmp_path / "b.dhbackup")
    with pytest.raises(WrongPassphrase):
        Vault.restore(tmp_path / "b.dhbackup", tmp_path / "old", passphrase=PASSPHRASE)
    restored = Vault.restore(tmp_path / "b.dhbackup", tmp_path / "r",
                             passphrase="the newer passphrase here", unlock=True)
    _assert_restored(restored, written)
    restored.close()


def test_restored_vault_does_not_claim_the_device_keyring(vault, tmp_path, keystore):
    vault.set_remember_on_device(True)
    vault.backup(tmp_path / "b.dhbackup")
    restored = Vault.restore(tmp_path / "b.dhbackup", tmp_path / "r", passphrase=PASSPHRASE,
                             keystore=keystore)
    assert not restored.remember_on_device
    restored.close()


def test_restore_can_hand_back_an_unlocked_vault_with_one_key_derivation(vault, tmp_path,
                                                                          monkeypatch):
    from disclosure_helper import keyslots
    from disclosure_helper.journal import Entry

    vault.journal.add(Entry(kind="free", body="kept through the backup"))
    vault.backup(tmp_path / "b.dhbackup")
    derivations = []
    real = keyslots.derive_key
    monkeypatch.setattr(keyslots, "derive_key",
                        lambda *a: derivations.append(1) or real(*a))
    restored = Vault.restore(tmp_path / "b.dhbackup", tmp_path / "r", passphrase=PASSPHRASE,
                             unlock=True, full_check=False)
    try:
        assert restored.is_unlocked and len(derivations) == 1
        assert [e.preview for e in restored.journal.page()] == ["kept through the backup"]
        assert restored.integrity_problems() == []
    finally:
        restored.close()


def test_a_byte_changed_after_the_backup_is_caught_while_copying(vault, tmp_path):
    backup = tmp_path / "b.dhbackup"
    vault.backup(backup)
    raw = bytearray(backup.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    backup.write_bytes(bytes(raw))
    with pytest.raises(BackupError, match="damaged"):
        Vault.restore(backup, tmp_path / "r", passphrase=PASSPHRASE, full_check=False)
    assert not Vault.exists(tmp_path / "r")
    assert not (tmp_path / "r").exists()  # the folder it made is taken away again


def test_the_vault_says_when_a_backup_is_due(vault, tmp_path):
    from datetime import datetime, timedelta, timezone

    assert vault.last_backup() is None and vault.backup_due()
    vault.backup(tmp_path / "fresh.dhbackup")
    made = vault.last_backup()
    assert made is not None and not vault.backup_due()
    assert not vault.backup_due(made + timedelta(days=30))
    assert vault.backup_due(made + timedelta(days=31))
    vault.settings.set("last_backup", "garbled")  # unreadable: suggest one rather than never
    assert vault.last_backup() is None and vault.backup_due(datetime.now(timezone.utc))
