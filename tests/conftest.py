"""Shared fixtures. Sets the offscreen Qt platform so GUI tests run with no display, on
one 1366x768 screen (the people's laptop size) whatever the machine has."""

from __future__ import annotations

import atexit
import json
import os
import shutil
import socket  # noqa: TID251 - imported only to forbid it
import tempfile
from pathlib import Path

import pytest

LAPTOP_SCREEN = (1366, 768)


def _offscreen_laptop() -> None:
    """Qt's offscreen platform with one screen the size of the people's laptops.

    Dialogs size themselves to the screen they are on, so tests must see the same
    screen on every machine; 1366x768 is the one the app has to fit.
    """
    folder = Path(tempfile.mkdtemp(prefix="dh-screen-"))
    config = folder / "offscreen.json"
    width, height = LAPTOP_SCREEN
    config.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    atexit.register(shutil.rmtree, folder, ignore_errors=True)


_offscreen_laptop()


def _hide_system_fonts() -> None:
    """Show Qt no system fonts at all, only the typeface the app ships.

    Text then measures the same on every machine, whatever fonts it has installed, so a
    layout test that passes here passes on a fresh CI machine too.
    """
    folder = Path(tempfile.mkdtemp(prefix="dh-fonts-"))
    config = folder / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
        f"<fontconfig><cachedir>{folder / 'cache'}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    os.environ["FONTCONFIG_FILE"] = str(config)
    os.environ.pop("FONTCONFIG_PATH", None)
    atexit.register(shutil.rmtree, folder, ignore_errors=True)


_hide_system_fonts()
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
