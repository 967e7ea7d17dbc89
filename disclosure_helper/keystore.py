"""'Remember on this device': the data key in the OS credential store, opt-in only.

Modelled on Vorta's keyring layer: a small interface, a system implementation that
refuses stores which would keep the key in plain text, and an in-memory fake for tests.
Every failure means "not available" and the person unlocks with their passphrase.
"""

from __future__ import annotations

import contextlib
import logging
from abc import ABC, abstractmethod

log = logging.getLogger(__name__)

SERVICE = "Disclosure Helper vault"

# Backends that would store the key unprotected, prompt on a terminal, or do nothing.
INSECURE_BACKENDS = {
    "keyring.backends.fail.Keyring",
    "keyring.backends.null.Keyring",
    "keyrings.alt.file.PlaintextKeyring",
    "keyrings.alt.file.EncryptedKeyring",
    "keyrings.alt.Gnome.Keyring",
    "keyrings.alt.pyfs.PlaintextKeyring",
    "keyrings.alt.pyfs.EncryptedKeyring",
    "keyring_insecure_backend.InsecureBackend",
}


class KeyStore(ABC):
    """Where a device may remember data keys, one per vault id."""

    name = "keystore"

    @abstractmethod
    def available(self) -> bool: ...

    @abstractmethod
    def get(self, vault_id: str) -> bytes | None: ...

    @abstractmethod
    def set(self, vault_id: str, key: bytes) -> None: ...

    @abstractmethod
    def delete(self, vault_id: str) -> None: ...


def backend_path(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def is_secure_backend(backend: object) -> bool:
    if backend_path(backend) in INSECURE_BACKENDS:
        return False
    children = getattr(backend, "backends", None)
    if children is not None:  # keyring's ChainerBackend
        return bool(children) and all(is_secure_backend(child) for child in children)
    try:
        return float(type(backend).priority) > 0  # type: ignore[attr-defined]
    except Exception:
        return False


class SystemKeyStore(KeyStore):
    """The OS store through the `keyring` library (Keychain, Credential Locker, Secret Service)."""

    name = "system"

    def __init__(self, backend: object | None = None) -> None:
        self._backend = backend

    def _get_backend(self) -> object | None:
        if self._backend is None:
            try:
                import keyring  # imported late: it scans entry points, slow at start-up

                self._backend = keyring.get_keyring()
            except Exception:
                log.info("no usable credential store")
                return None
        return self._backend if is_secure_backend(self._backend) else None

    def available(self) -> bool:
        return self._get_backend() is not None

    def get(self, vault_id: str) -> bytes | None:
        backend = self._get_backend()
        if backend is None:
            return None
        try:
            value = backend.get_password(SERVICE, vault_id)  # type: ignore[attr-defined]
            return bytes.fromhex(value) if value else None
        except Exception:
            log.info("credential store could not be read")
            return None

    def set(self, vault_id: str, key: bytes) -> None:
        from disclosure_helper.errors import KeyringUnavailable

        backend = self._get_backend()
        if backend is None:
            raise KeyringUnavailable()
        try:
            backend.set_password(SERVICE, vault_id, bytes(key).hex())  # type: ignore[attr-defined]
        except Exception:
            log.info("credential store refused the key")
            raise KeyringUnavailable() from None

    def delete(self, vault_id: str) -> None:
        backend = self._get_backend()
        if backend is None:
            return
        with contextlib.suppress(Exception):
            backend.delete_password(SERVICE, vault_id)  # type: ignore[attr-defined]


class MemoryKeyStore(KeyStore):
    """A working in-memory store for tests and for sessions where remembering is off."""

    name = "memory"

    def __init__(self, available: bool = True) -> None:
        self._available = available
        self.items: dict[str, bytes] = {}

    def available(self) -> bool:
        return self._available

    def get(self, vault_id: str) -> bytes | None:
        return self.items.get(vault_id) if self._available else None

    def set(self, vault_id: str, key: bytes) -> None:
        from disclosure_helper.errors import KeyringUnavailable

        if not self._available:
            raise KeyringUnavailable()
        self.items[vault_id] = bytes(key)

    def delete(self, vault_id: str) -> None:
        self.items.pop(vault_id, None)
