"""Create, unlock, lock and the ways in: passphrase, recovery code, this device."""

from __future__ import annotations

import pytest

from disclosure_helper import recovery
from disclosure_helper.errors import (
    VaultError,
    VaultInUse,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
    WrongRecoveryCode,
)
from disclosure_helper.keyslots import FILE_NAME, KeySlots
from disclosure_helper.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.core.helpers import snapshot_files


def reopen(vault: Vault, keystore) -> Vault:
    folder = vault.folder
    vault.close()
    return Vault.open(folder, keystore=keystore)


def test_create_then_unlock_round_trip(vault, keystore):
    assert vault.is_unlocked
    vault.settings.set("greeting", "hello 👋 שלום")
    vault = reopen(vault, keystore)
    assert not vault.is_unlocked
    with pytest.raises(VaultLocked):
        vault.settings.get("greeting")
    vault.unlock(PASSPHRASE)
    assert vault.settings.get("greeting") == "hello 👋 שלום"
    vault.close()


def test_lock_forgets_the_key_and_keeps_the_handle(vault):
    vault.settings.set("a", 1)
    vault.lock()
    assert not vault.is_unlocked
    assert vault.is_open  # still holds the folder so no second process can take it
    with pytest.raises(VaultLocked):
        _ = vault.db
    vault.unlock(PASSPHRASE)
    assert vault.settings.get("a") == 1


def test_a_worker_holding_the_database_after_lock_learns_the_vault_locked(vault, tmp_path):
    """Every use of a captured database or repository after lock says "locked", on any
    thread, never an AttributeError from a connection that is gone."""
    import threading

    db, plans, journal, notes = vault.db, vault.plans, vault.journal, vault.together
    vault.lock()
    uses = {
        "execute": lambda: db.execute("SELECT 1"),
        "executemany": lambda: db.executemany("SELECT ?", [(1,)]),
        "query": lambda: db.query("SELECT 1"),
        "query_one": lambda: db.query_one("SELECT 1"),
        "scalar": lambda: db.scalar("SELECT 1"),
        "user_version": lambda: db.user_version,
        "export_to": lambda: db.export_to(tmp_path / "copy.db", b"k" * 32),
        "plans": lambda: plans.get(1),
        "journal": lambda: journal.count(),
        "notes": lambda: notes.all(),
    }
    outcomes: dict[str, BaseException | None] = {}

    def worker() -> None:
        for name, use in uses.items():
            try:
                use()
            except BaseException as exc:  # noqa: BLE001 - recorded and checked below
                outcomes[name] = exc
            else:
                outcomes[name] = None

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join(timeout=30)
    assert {name: type(exc).__name__ for name, exc in outcomes.items()} == {
        name: "VaultLocked" for name in uses
    }
    assert not (tmp_path / "copy.db").exists()


def test_wrong_passphrase_changes_no_byte_on_disk(vault, keystore):
    folder = vault.folder
    vault.settings.set("x", "y")
    vault.close()
    before = snapshot_files(folder)
    handle = Vault.open(folder, keystore=keystore)
    for attempt in ("", "a calm blue lake at dusk", PASSPHRASE.upper(), "x" * 10_000, "\0"):
        with pytest.raises(WrongPassphrase) as info:
            handle.unlock(attempt)
        assert attempt not in str(info.value) or attempt == ""
    handle.close()
    assert snapshot_files(folder) == before


def test_passphrase_is_unicode_normalised(tmp_path, keystore):
    composed = "café au lait, s'il vous plaît"
    decomposed = "cafe\u0301 au lait, s'il vous plai\u0302t"
    v = Vault.create(tmp_path / "v", composed, kdf=FAST_KDF, keystore=keystore)
    v.lock()
    v.unlock(decomposed)
    assert v.is_unlocked
    v.close()


def test_short_passphrase_is_refused_kindly(tmp_path):
    with pytest.raises(VaultError, match="at least"):
        Vault.create(tmp_path / "v", "short", kdf=FAST_KDF)
    assert not Vault.exists(tmp_path / "v")


def test_create_refuses_a_folder_that_holds_a_vault(vault, keystore):
    with pytest.raises(VaultError, match="already holds a vault"):
        Vault.create(vault.folder, PASSPHRASE, kdf=FAST_KDF, keystore=keystore)


def test_recovery_code_unlocks_in_any_format(vault, keystore):
    code = vault.recovery_code
    assert code is not None and recovery.normalise(code) == code
    variants = [
        code,
        code.lower(),
        code.replace("-", ""),
        code.replace("-", " "),
        "  " + code.replace("-", " - ").lower() + "\n",
        code.replace("-", "."),
    ]
    vault = reopen(vault, keystore)
    for variant in variants:
        vault.unlock_with_recovery_code(variant)
        assert vault.is_unlocked
        vault.lock()
    vault.close()


def test_recovery_code_is_strong_and_readable():
    assert recovery.entropy_bits() >= 128
    codes = {recovery.generate() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        assert not set(code.replace("-", "")) & set("01OILU")


def test_wrong_recovery_code_is_a_kind_error(vault, keystore):
    vault = reopen(vault, keystore)
    with pytest.raises(WrongRecoveryCode):
        vault.unlock_with_recovery_code("2222-2222-2222-2222-2222-2222-2222")
    with pytest.raises(WrongRecoveryCode, match="seven groups"):
        vault.unlock_with_recovery_code("not a code")
    assert not vault.is_unlocked
    vault.close()


def test_change_passphrase_keeps_data_and_old_one_stops_working(vault, keystore):
    vault.settings.set("kept", [1, 2, 3])
    assert vault.verify_passphrase(PASSPHRASE)
    vault.change_passphrase("a brand new river song")
    assert not vault.verify_passphrase(PASSPHRASE)
    vault = reopen(vault, keystore)
    with pytest.raises(WrongPassphrase):
        vault.unlock(PASSPHRASE)
    vault.unlock("a brand new river song")
    assert vault.settings.get("kept") == [1, 2, 3]
    vault.close()


def test_change_passphrase_needs_an_unlocked_vault(vault):
    vault.lock()
    with pytest.raises(VaultLocked):
        vault.change_passphrase("another long passphrase")


def test_new_recovery_code_replaces_the_old_one(vault, keystore):
    old = vault.recovery_code
    new = vault.new_recovery_code()
    assert new != old
    vault = reopen(vault, keystore)
    with pytest.raises(WrongRecoveryCode):
        vault.unlock_with_recovery_code(old)
    vault.unlock_with_recovery_code(new)
    vault.close()


def test_recovery_code_is_forgotten_on_lock(vault):
    assert vault.recovery_code
    vault.lock()
    assert vault.recovery_code is None


def test_second_handle_on_the_same_vault_is_refused(vault, keystore):
    with pytest.raises(VaultInUse, match="already open"):
        Vault.open(vault.folder, keystore=keystore)
    vault.close()
    again = Vault.open(vault.folder, keystore=keystore)
    again.close()


def test_opening_a_folder_that_is_not_a_vault(tmp_path):
    with pytest.raises(VaultNotFound):
        Vault.open(tmp_path)
    with pytest.raises(VaultNotFound):
        Vault.open(tmp_path / "nowhere")
    assert list(tmp_path.iterdir()) == []


def test_key_file_holds_no_key_or_passphrase(vault):
    raw = (vault.folder / FILE_NAME).read_bytes()
    assert PASSPHRASE.encode() not in raw
    assert vault.recovery_code.encode() not in raw
    assert bytes(vault._data_key).hex().encode() not in raw
    slots = KeySlots.from_bytes(raw)
    assert set(slots.slots) == {"passphrase", "recovery"}
    assert slots.slots["passphrase"].kdf == FAST_KDF


def test_key_file_is_written_with_the_previous_copy_kept(vault):
    first = (vault.folder / FILE_NAME).read_bytes()
    vault.change_passphrase("a brand new river song")
    assert (vault.folder / (FILE_NAME + ".previous")).read_bytes() == first
    assert not [p for p in vault.folder.iterdir() if p.name.endswith(".tmp")]
