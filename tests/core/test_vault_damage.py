"""Damaged, missing or strange files: always a clear VaultError, never a changed byte."""

from __future__ import annotations

import json

import pytest

from disclosure_helper.database import DB_NAME
from disclosure_helper.errors import VaultCorrupt, VaultError, VaultNotFound, VaultTooNew
from disclosure_helper.keyslots import FILE_NAME, PREVIOUS_NAME
from disclosure_helper.vault import Vault
from tests.conftest import PASSPHRASE
from tests.core.helpers import snapshot_files


@pytest.fixture
def closed_vault(vault):
    vault.settings.set("note", "kept safe")
    folder = vault.folder
    vault.close()
    return folder


def assert_clear_error(folder, keystore, error=VaultError, unlock=True):
    before = snapshot_files(folder)
    with pytest.raises(error) as info:
        handle = Vault.open(folder, keystore=keystore)
        try:
            if unlock:
                handle.unlock(PASSPHRASE)
        finally:
            handle.close()
    message = str(info.value)
    assert message and "Traceback" not in message and "sqlite" not in message.lower()
    assert snapshot_files(folder) == before
    return message


def test_corrupted_database_pages(closed_vault, keystore):
    db = closed_vault / DB_NAME
    data = bytearray(db.read_bytes())
    for offset in range(0, len(data), 4096):
        data[offset + 100 : offset + 140] = b"\xff" * 40
    db.write_bytes(bytes(data))
    message = assert_clear_error(closed_vault, keystore, VaultCorrupt)
    assert "backup" in message


def test_database_replaced_by_garbage(closed_vault, keystore):
    (closed_vault / DB_NAME).write_bytes(b"this is not a database at all" * 100)
    assert_clear_error(closed_vault, keystore, VaultCorrupt)


def test_empty_database_file(closed_vault, keystore):
    (closed_vault / DB_NAME).write_bytes(b"")
    assert_clear_error(closed_vault, keystore, VaultCorrupt)


def test_truncated_database(closed_vault, keystore):
    db = closed_vault / DB_NAME
    db.write_bytes(db.read_bytes()[:5000])
    assert_clear_error(closed_vault, keystore, VaultCorrupt)


def test_missing_database(closed_vault, keystore):
    (closed_vault / DB_NAME).unlink()
    message = assert_clear_error(closed_vault, keystore, VaultCorrupt, unlock=False)
    assert "missing" in message


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) // 2],
        lambda raw: b"",
        lambda raw: raw.replace(b'"wrapped_key": "', b'"wrapped_key": "AAAA', 1),
        lambda raw: b"\x00\xff" * 300,
        lambda raw: json.dumps({"format": "something else"}).encode(),
        lambda raw: json.dumps([1, 2, 3]).encode(),
        lambda raw: raw.replace(b"argon2id", b"scrypt"),
        lambda raw: raw.replace(b'"memory_kib": 1024', b'"memory_kib": 99999999999'),
    ],
    ids=["truncated", "empty", "bad-slot", "binary", "foreign-json", "json-list", "kdf", "huge"],
)
def test_damaged_key_file(closed_vault, keystore, damage):
    path = closed_vault / FILE_NAME
    path.write_bytes(damage(path.read_bytes()))
    (closed_vault / PREVIOUS_NAME).unlink(missing_ok=True)
    message = assert_clear_error(closed_vault, keystore, VaultCorrupt, unlock=False)
    assert "key file" in message


def test_missing_key_file(closed_vault, keystore):
    (closed_vault / FILE_NAME).unlink()
    message = assert_clear_error(closed_vault, keystore, VaultCorrupt, unlock=False)
    assert "missing" in message


def test_damaged_key_file_falls_back_to_the_previous_copy(vault, keystore):
    vault.settings.set("note", "kept safe")
    vault.new_recovery_code()  # writes the key file a second time, keeping the first
    folder = vault.folder
    vault.close()
    (folder / FILE_NAME).write_bytes(b"{ garbled")
    before = snapshot_files(folder)
    handle = Vault.open(folder, keystore=keystore)
    assert handle.used_previous_keyfile
    handle.unlock(PASSPHRASE)
    assert handle.settings.get("note") == "kept safe"
    handle.lock()
    # Reading through the kept copy repairs nothing behind the person's back.
    assert snapshot_files(folder) == before
    handle.close()
    assert (folder / FILE_NAME).read_bytes() == b"{ garbled"


def test_key_file_from_a_newer_app(closed_vault, keystore):
    path = closed_vault / FILE_NAME
    doc = json.loads(path.read_text())
    doc["version"] = 99
    path.write_text(json.dumps(doc))
    (closed_vault / PREVIOUS_NAME).unlink(missing_ok=True)
    assert_clear_error(closed_vault, keystore, VaultTooNew, unlock=False)


def test_database_from_a_newer_app(vault, keystore):
    vault.db.execute("PRAGMA user_version = 999")
    folder = vault.folder
    vault.close()
    message = assert_clear_error(folder, keystore, VaultTooNew)
    assert "newer version" in message


def test_folder_with_unrelated_files_is_not_a_vault(tmp_path):
    (tmp_path / "holiday.txt").write_text("not ours")
    before = snapshot_files(tmp_path)
    with pytest.raises(VaultNotFound):
        Vault.open(tmp_path)
    assert snapshot_files(tmp_path) == before


def test_a_file_where_the_folder_should_be(tmp_path):
    target = tmp_path / "vault"
    target.write_text("a file, not a folder")
    with pytest.raises(VaultNotFound):
        Vault.open(target)
    with pytest.raises(VaultError):
        Vault.create(target, PASSPHRASE)
    assert target.read_text() == "a file, not a folder"
