"""Every damaged input gives a typed VaultError with a kind message, and changes no file.

Bit-flipped databases, tampered backups (with their checksum recomputed), deeply nested
or subtly damaged key files, tampered key-derivation parameters, odd answers and tags.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import shutil
import struct

import pytest

from disclosure_helper.backup import MAGIC
from disclosure_helper.errors import (
    BackupError,
    VaultCorrupt,
    VaultError,
    WrongPassphrase,
)
from disclosure_helper.guide import InvalidAnswer
from disclosure_helper.journal import Entry, EntryQuery, InvalidEntry, entry_to_payload
from disclosure_helper.keyslots import FILE_NAME, PREVIOUS_NAME, _checksum
from disclosure_helper.together import supporter_notes
from disclosure_helper.vault import Vault
from tests.conftest import PASSPHRASE
from tests.core.helpers import snapshot_files

# -- databases ---------------------------------------------------------------------------


def _read_everything(handle: Vault, plan_id: int) -> None:
    for summary in handle.journal.page(EntryQuery(), 0, 200):
        handle.journal.get(summary.id)
    handle.journal.search("words")
    handle.journal.tags()
    handle.journal.drafts()
    handle.plans.summaries()
    handle.plans.get(plan_id)
    handle.settings.all()
    supporter_notes(handle).all()
    handle.integrity_problems()


def test_bit_flipped_databases_give_typed_errors_and_change_nothing(vault, tmp_path, keystore):
    for i in range(30):
        vault.journal.add(Entry(kind="free", title=f"Day {i}", body="words " * 150,
                                tags=["work", f"t{i % 5}"]))
    plan_id = vault.plans.create("A plan", vault.plans.guide.situations[0].id, "elsewhere").id
    vault.settings.set("k", "v")
    source = vault.folder
    vault.close()
    size = (source / "vault.db").stat().st_size
    rng = random.Random(20240601)
    untyped = []
    for n in range(40):
        copy = tmp_path / f"flip{n}"
        shutil.copytree(source, copy)
        db = copy / "vault.db"
        data = bytearray(db.read_bytes())
        data[rng.randrange(size)] ^= 1 << rng.randrange(8)
        db.write_bytes(bytes(data))
        before = snapshot_files(copy)
        try:
            handle = Vault.open(copy, keystore=keystore)
            try:
                handle.unlock(PASSPHRASE)
                _read_everything(handle, plan_id)
            finally:
                handle.close()
        except VaultError as exc:
            assert "sqlite" not in str(exc).lower() and "Traceback" not in str(exc)
        except Exception as exc:  # the defect: the driver's own error escaping
            untyped.append(type(exc).__name__)
        assert snapshot_files(copy) == before, f"flip {n} changed a file"
        shutil.rmtree(copy)
    assert untyped == []


# -- key files ---------------------------------------------------------------------------


@pytest.fixture
def two_key_files(vault):
    """A closed vault whose key file was written twice, so `.previous` holds the same
    passphrase slot (a new recovery code changes only the other slot)."""
    vault.settings.set("note", "kept safe")
    vault.new_recovery_code()
    folder = vault.folder
    vault.close()
    return folder


def test_deeply_nested_key_file_is_damage_not_a_crash(two_key_files, keystore):
    path = two_key_files / FILE_NAME
    path.write_bytes(b"[" * 200_000 + b"]" * 200_000)
    handle = Vault.open(two_key_files, keystore=keystore)  # falls back to the kept copy
    assert handle.used_previous_keyfile
    handle.unlock(PASSPHRASE)
    handle.close()
    (two_key_files / PREVIOUS_NAME).write_bytes(b'{"a":' * 100_000 + b"1" + b"}" * 100_000)
    before = snapshot_files(two_key_files)
    with pytest.raises(VaultCorrupt, match="damaged"):
        Vault.open(two_key_files, keystore=keystore)
    assert snapshot_files(two_key_files) == before


def _flip_in_wrapped_key(raw: bytes, checksum: bool = True) -> bytes:
    doc = json.loads(raw)
    slot = next(s for s in doc["slots"] if s["kind"] == "passphrase")
    wrapped = bytearray(base64.b64decode(slot["wrapped_key"]))
    wrapped[5] ^= 0x10  # well-formed: still valid base64 of the right length
    slot["wrapped_key"] = base64.b64encode(bytes(wrapped)).decode()
    if not checksum:
        doc.pop("checksum", None)
    return json.dumps(doc, indent=2).encode()


def test_damaged_but_well_formed_slot_uses_the_kept_copy(two_key_files, keystore):
    path = two_key_files / FILE_NAME
    path.write_bytes(_flip_in_wrapped_key(path.read_bytes()))
    before = snapshot_files(two_key_files)
    handle = Vault.open(two_key_files, keystore=keystore)
    handle.unlock(PASSPHRASE)  # not "wrong passphrase": the kept copy opens it
    assert handle.used_previous_keyfile
    assert handle.settings.get("note") == "kept safe"
    handle.close()
    assert snapshot_files(two_key_files) == before


def test_damaged_slot_in_a_file_without_checksum_still_tries_the_kept_copy(
    two_key_files, keystore
):
    # Key files written before checksums existed: the failed slot shares its random salt
    # with the kept copy's, so it is the same wrapping, damaged.
    for name in (FILE_NAME, PREVIOUS_NAME):
        doc = json.loads((two_key_files / name).read_bytes())
        doc.pop("checksum", None)
        (two_key_files / name).write_text(json.dumps(doc, indent=2))
    path = two_key_files / FILE_NAME
    path.write_bytes(_flip_in_wrapped_key(path.read_bytes(), checksum=False))
    handle = Vault.open(two_key_files, keystore=keystore)
    with pytest.raises(WrongPassphrase):
        handle.unlock("not the passphrase at all")
    handle.unlock(PASSPHRASE)
    assert handle.used_previous_keyfile
    handle.close()


def test_damaged_slot_with_no_kept_copy_says_damaged(two_key_files, keystore):
    (two_key_files / PREVIOUS_NAME).unlink()
    path = two_key_files / FILE_NAME
    path.write_bytes(_flip_in_wrapped_key(path.read_bytes()))
    with pytest.raises(VaultCorrupt, match="damaged"):
        Vault.open(two_key_files, keystore=keystore)


def test_old_passphrase_never_opens_through_the_kept_copy(vault, keystore):
    vault.change_passphrase("the new passphrase, much longer")
    folder = vault.folder
    vault.close()
    handle = Vault.open(folder, keystore=keystore)
    with pytest.raises(WrongPassphrase):
        handle.unlock(PASSPHRASE)  # still in keyslots.json.previous, never tried
    handle.unlock("the new passphrase, much longer")
    handle.close()


@pytest.mark.parametrize(
    "params",
    [
        {"memory_kib": 4 * 1024 * 1024},
        {"time_cost": 100},
        {"parallelism": 64},
        {"time_cost": 100, "memory_kib": 4 * 1024 * 1024, "parallelism": 64},
    ],
    ids=["4GiB", "100-passes", "64-lanes", "all"],
)
def test_tampered_kdf_parameters_are_refused_not_run(vault, keystore, params):
    folder = vault.folder
    vault.close()
    path = folder / FILE_NAME
    doc = json.loads(path.read_bytes())
    for slot in doc["slots"]:
        slot["kdf"].update(params)
    doc.pop("checksum")
    doc["checksum"] = _checksum(doc)  # a deliberate edit, not bit rot: the checksum fits
    path.write_text(json.dumps(doc))
    (folder / PREVIOUS_NAME).unlink(missing_ok=True)
    with pytest.raises(VaultCorrupt, match="key file"):
        Vault.open(folder, keystore=keystore)


# -- backups -----------------------------------------------------------------------------


def _tamper(raw: bytes, rng: random.Random, where: str) -> bytes:
    """Change the backup as someone editing it would: then fix its SHA-256 to match."""
    (length,) = struct.unpack(">I", raw[len(MAGIC): len(MAGIC) + 4])
    start = len(MAGIC) + 4
    header = json.loads(raw[start: start + length])
    body = bytearray(raw[start + length:])
    tag = b""
    if header.get("format_version", 1) >= 2:
        body, tag = body[:-32], bytes(body[-32:])
    if where == "page":
        body[rng.randrange(len(body))] ^= 1 << rng.randrange(8)
    elif where == "bytes":
        offset = rng.randrange(len(body) - 64)
        body[offset: offset + 64] = rng.randbytes(64)
    elif where == "truncate-pages":
        body = body[: len(body) - 4096]
    elif where == "schema":
        header["schema_version"] = 999
    elif where == "created":
        header["created"] = "1999-01-01T00:00:00+00:00"
    header["db_size"] = len(body)
    header["db_sha256"] = hashlib.sha256(body).hexdigest()
    new = json.dumps(header).encode()
    return MAGIC + struct.pack(">I", len(new)) + new + bytes(body) + tag


def test_tampered_backups_are_refused_before_any_page_is_used(vault, tmp_path):
    for i in range(20):
        vault.journal.add(Entry(kind="free", title=f"Day {i}", body="words " * 100))
    backup = tmp_path / "b.dhbackup"
    vault.backup(backup)
    raw = backup.read_bytes()
    rng = random.Random(99)
    kinds = ["page"] * 18 + ["bytes"] * 6 + ["truncate-pages"] * 2 + ["schema", "created"] * 2
    untyped = []
    for n, where in enumerate(kinds):
        tampered = tmp_path / f"t{n}.dhbackup"
        tampered.write_bytes(_tamper(raw, rng, where))
        target = tmp_path / f"r{n}"
        try:
            Vault.restore(tampered, target, passphrase=PASSPHRASE)
        except BackupError as exc:
            assert "changed since it was made" in str(exc)
        except Exception as exc:
            untyped.append((where, type(exc).__name__))
        else:
            untyped.append((where, "restored"))
        assert not target.exists()
    assert untyped == []


def test_backups_from_before_authentication_still_restore(vault, tmp_path):
    vault.settings.set("story", "an older backup")
    backup = tmp_path / "b.dhbackup"
    vault.backup(backup)
    raw = backup.read_bytes()
    (length,) = struct.unpack(">I", raw[len(MAGIC): len(MAGIC) + 4])
    start = len(MAGIC) + 4
    header = json.loads(raw[start: start + length])
    header["format_version"] = 1
    header.pop("authentication")
    new = json.dumps(header).encode()
    old = MAGIC + struct.pack(">I", len(new)) + new + raw[start + length: -32]
    (tmp_path / "old.dhbackup").write_bytes(old)
    restored = Vault.restore(tmp_path / "old.dhbackup", tmp_path / "r", passphrase=PASSPHRASE)
    restored.unlock(PASSPHRASE)
    assert restored.settings.get("story") == "an older backup"
    restored.close()
    # Tampered pages of an old-format file: SQLCipher's page HMACs catch them, typed.
    rng = random.Random(5)
    for n in range(6):
        (tmp_path / f"old{n}.dhbackup").write_bytes(_tamper(old, rng, "bytes"))
        with pytest.raises(BackupError):
            Vault.restore(tmp_path / f"old{n}.dhbackup", tmp_path / f"o{n}",
                          passphrase=PASSPHRASE)
        assert not (tmp_path / f"o{n}").exists()


def test_restore_needs_the_backups_passphrase(vault, tmp_path):
    vault.backup(tmp_path / "b.dhbackup")
    with pytest.raises(WrongPassphrase, match="passphrase"):
        Vault.restore(tmp_path / "b.dhbackup", tmp_path / "r")
    assert not (tmp_path / "r").exists()


def test_backup_of_another_vault_with_this_vaults_key_file_is_refused(vault, tmp_path, keystore):
    # Someone swaps the key file inside a backup for this vault's own: the HMAC, keyed
    # from the data key of this vault, does not match the other vault's pages.
    other = Vault.create(tmp_path / "other", PASSPHRASE, kdf=vault._kdf, keystore=keystore)
    other.backup(tmp_path / "other.dhbackup")
    other.close()
    raw = (tmp_path / "other.dhbackup").read_bytes()
    (length,) = struct.unpack(">I", raw[len(MAGIC): len(MAGIC) + 4])
    start = len(MAGIC) + 4
    header = json.loads(raw[start: start + length])
    header["keyslots"] = (vault.folder / FILE_NAME).read_text()
    new = json.dumps(header).encode()
    swapped = MAGIC + struct.pack(">I", len(new)) + new + raw[start + length:]
    (tmp_path / "swapped.dhbackup").write_bytes(swapped)
    with pytest.raises(BackupError, match="changed since it was made"):
        Vault.restore(tmp_path / "swapped.dhbackup", tmp_path / "r", passphrase=PASSPHRASE)


# -- answers and tags at the repository boundary -------------------------------------------


def test_plan_answers_with_lone_surrogates_are_cleaned(vault):
    plans = vault.plans
    plan = plans.create("Plan \ud800", plans.guide.situations[0].id, "elsewhere")
    plan.answers = {
        "who": {"trust": {"\ud800": 1}, "future_question": "words \udc00 here"},
        "a_step_from_a_newer_app": {"q": ["\ud83d\ude00 joined", "lone \ud83d"]},
    }
    saved = plans.save(plan)
    again = plans.get(plan.id)
    assert again.answers == saved.answers
    assert again.answers["a_step_from_a_newer_app"]["q"] == ["\U0001f600 joined", "lone \ufffd"]
    assert again.answers["who"]["future_question"] == "words \ufffd here"
    followup = plans.add_followup(plan.id, {"\ud800": "x\udfff"})
    assert plans.followups(plan.id)[0].answers == followup.answers == {"\ufffd": "x\ufffd"}


def test_plan_answers_of_a_type_json_cannot_hold_are_refused_kindly(vault):
    plans = vault.plans
    plan = plans.create("Plan", plans.guide.situations[0].id, "elsewhere")
    plan.answers = {"a_newer_step": {"q": object()}}
    with pytest.raises(InvalidAnswer):
        plans.save(plan)


@pytest.mark.parametrize("tags", [5, 3.5, object(), [1, 2], [None], [["a"]], {"a": 1}, b"x"])
def test_tags_of_the_wrong_type_are_refused_with_a_typed_error(vault, tags):
    entry = Entry(kind="free", title="t", body="b", tags=tags)
    with pytest.raises(InvalidEntry, match="tags"):
        vault.journal.add(entry)
    with pytest.raises(InvalidEntry):
        vault.journal.save_draft("new:x", entry)
    assert vault.journal.count() == 0


def test_missing_tags_are_no_tags(vault):
    entry = Entry(kind="free", title="t", body="b", tags=None)
    assert entry_to_payload(entry)["tags"] == []
    vault.journal.save_draft("new:y", entry)
    assert vault.journal.add(entry).tags == []
