"""Shared fixtures. Sets the offscreen Qt platform so GUI tests run with no display."""

from __future__ import annotations

import os
import socket  # noqa: TID251 - imported only to forbid it
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
# Tests must never read or write the person's real data folder or credential store.
os.environ.pop("DISCLOSURE_HELPER_DATA_DIR", None)

from disclosure_helper.kdf import KdfParams  # noqa: E402
from disclosure_helper.keystore import MemoryKeyStore  # noqa: E402
from disclosure_helper.vault import Vault  # noqa: E402

FAST_KDF = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
PASSPHRASE = "a calm blue lake at dawn"

_real_socket = socket.socket


class _GuardedSocket(_real_socket):
    """Fails any test that opens an internet socket: the app must never touch the network."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if family in (socket.AF_INET, socket.AF_INET6):
            raise AssertionError("A test opened an internet socket; the app must stay offline.")
        super().__init__(family, type, proto, fileno)


@pytest.fixture(autouse=True)
def _no_network(monkeypatch):
    monkeypatch.setattr(socket, "socket", _GuardedSocket)
    monkeypatch.setattr(
        socket,
        "create_connection",
        lambda *a, **k: (_ for _ in ()).throw(
            AssertionError("A test tried to connect to the network.")
        ),
    )
    yield


@pytest.fixture
def fast_kdf() -> KdfParams:
    return FAST_KDF


@pytest.fixture
def keystore() -> MemoryKeyStore:
    return MemoryKeyStore()


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_dir: Path, keystore: MemoryKeyStore):
    """A new, unlocked vault with fast KDF parameters; closed after the test."""
    v = Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF, keystore=keystore)
    yield v
    v.close()
