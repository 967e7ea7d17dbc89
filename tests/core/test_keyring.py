"""'Remember on this device': works with a good store, falls back quietly otherwise."""

from __future__ import annotations

import pytest

from disclosure_helper.errors import KeyringUnavailable
from disclosure_helper.keystore import (
    KeyStore,
    MemoryKeyStore,
    SystemKeyStore,
    is_secure_backend,
)
from disclosure_helper.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


class BrokenKeyStore(KeyStore):
    """Says it works, then fails on every call, like a locked or crashed OS store."""

    def available(self) -> bool:
        return True

    def get(self, vault_id):
        raise RuntimeError("the store is locked")

    def set(self, vault_id, key):
        raise KeyringUnavailable()

    def delete(self, vault_id):
        raise RuntimeError("the store is locked")


def make(tmp_path, store):
    return Vault.create(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF, keystore=store)


def test_remembered_key_unlocks_without_a_passphrase(tmp_path):
    store = MemoryKeyStore()
    v = make(tmp_path, store)
    v.settings.set("k", "v")
    v.set_remember_on_device(True)
    assert v.remember_on_device
    # Only the data key is stored, never the passphrase.
    stored = store.items[v.vault_id]
    assert len(stored) == 32 and PASSPHRASE.encode() not in stored
    v.close()
    v = Vault.open(tmp_path / "v", keystore=store)
    assert v.unlock_from_keyring() is True
    assert v.settings.get("k") == "v"
    v.close()


def test_not_opted_in_means_keyring_is_never_used(tmp_path):
    store = MemoryKeyStore()
    v = make(tmp_path, store)
    v.close()
    v = Vault.open(tmp_path / "v", keystore=store)
    assert v.unlock_from_keyring() is False
    assert store.items == {}
    v.close()


def test_forgetting_removes_the_key(tmp_path):
    store = MemoryKeyStore()
    v = make(tmp_path, store)
    v.set_remember_on_device(True)
    v.set_remember_on_device(False)
    assert store.items == {}
    v.lock()
    assert v.unlock_from_keyring() is False
    v.close()


def test_failing_store_falls_back_to_the_passphrase(tmp_path):
    v = make(tmp_path, MemoryKeyStore())
    v.set_remember_on_device(True)
    v.close()
    v = Vault.open(tmp_path / "v", keystore=BrokenKeyStore())
    assert v.unlock_from_keyring() is False
    v.unlock(PASSPHRASE)
    v.close()


def test_missing_entry_or_wrong_key_falls_back(tmp_path):
    store = MemoryKeyStore()
    v = make(tmp_path, store)
    v.set_remember_on_device(True)
    vault_id = v.vault_id
    v.close()
    store.items[vault_id] = b"\x01" * 32  # a stale key from an older vault
    v = Vault.open(tmp_path / "v", keystore=store)
    assert v.unlock_from_keyring() is False
    del store.items[vault_id]
    assert v.unlock_from_keyring() is False
    v.unlock(PASSPHRASE)
    v.close()


def test_opting_in_without_a_store_changes_nothing(tmp_path):
    v = make(tmp_path, MemoryKeyStore(available=False))
    with pytest.raises(KeyringUnavailable):
        v.set_remember_on_device(True)
    assert not v.remember_on_device
    v.close()


def test_opting_in_with_a_failing_store_changes_nothing(tmp_path):
    v = make(tmp_path, BrokenKeyStore())
    with pytest.raises(KeyringUnavailable):
        v.set_remember_on_device(True)
    assert not v.remember_on_device
    v.close()


def _backend(module: str, name: str, priority: float = 1):
    cls = type(name, (), {"priority": priority, "__module__": module})
    cls.__qualname__ = name
    return cls()


@pytest.mark.parametrize(
    ("module", "name"),
    [
        ("keyring.backends.fail", "Keyring"),
        ("keyring.backends.null", "Keyring"),
        ("keyrings.alt.file", "PlaintextKeyring"),
        ("keyrings.alt.file", "EncryptedKeyring"),
    ],
)
def test_insecure_backends_are_refused(module, name):
    backend = _backend(module, name)
    assert not is_secure_backend(backend)
    store = SystemKeyStore(backend)
    assert not store.available()
    assert store.get("id") is None
    with pytest.raises(KeyringUnavailable):
        store.set("id", b"\0" * 32)


def test_low_priority_and_empty_chains_are_refused():
    assert not is_secure_backend(_backend("somewhere", "Weak", priority=0))
    chain = _backend("keyring.backends.chainer", "ChainerBackend")
    chain.backends = []
    assert not is_secure_backend(chain)
    chain.backends = [_backend("keyring.backends.SecretService", "Keyring", 5)]
    assert is_secure_backend(chain)


def test_system_store_with_a_good_backend_round_trips():
    class GoodBackend:
        priority = 5

        def __init__(self):
            self.saved = {}

        def get_password(self, service, user):
            return self.saved.get((service, user))

        def set_password(self, service, user, value):
            self.saved[(service, user)] = value

        def delete_password(self, service, user):
            self.saved.pop((service, user))

    store = SystemKeyStore(GoodBackend())
    assert store.available()
    store.set("vault", b"\x07" * 32)
    assert store.get("vault") == b"\x07" * 32
    store.delete("vault")
    assert store.get("vault") is None


def test_system_store_survives_a_backend_that_raises():
    class Exploding:
        priority = 5

        def get_password(self, *a):
            raise OSError("dbus went away")

        def set_password(self, *a):
            raise OSError("dbus went away")

        def delete_password(self, *a):
            raise OSError("dbus went away")

    store = SystemKeyStore(Exploding())
    assert store.get("x") is None
    with pytest.raises(KeyringUnavailable):
        store.set("x", b"\0" * 32)
    store.delete("x")
