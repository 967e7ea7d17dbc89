"""Atomic writes, device preferences and where the data folder is."""

from __future__ import annotations

import errno
import os

import pytest

from disclosure_helper import paths
from disclosure_helper.atomic import atomic_write
from disclosure_helper.errors import DiskFull, ReadOnlyStorage, storage_error_from_os
from disclosure_helper.kdf import KdfParams
from disclosure_helper.preferences import Preferences


def test_atomic_write_replaces_and_keeps_previous(tmp_path):
    target = tmp_path / "file.json"
    atomic_write(target, b"one")
    atomic_write(target, b"two", keep_previous=True)
    assert target.read_bytes() == b"two"
    assert (tmp_path / "file.json.previous").read_bytes() == b"one"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.json", "file.json.previous"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_atomic_write_into_read_only_folder(tmp_path):
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(ReadOnlyStorage):
            atomic_write(tmp_path / "x", b"data")
    finally:
        tmp_path.chmod(0o700)


def test_os_errors_become_kind_messages():
    assert isinstance(storage_error_from_os(OSError(errno.ENOSPC, "full")), DiskFull)
    assert isinstance(storage_error_from_os(OSError(errno.EROFS, "ro")), ReadOnlyStorage)
    assert "still on screen" in str(storage_error_from_os(OSError(errno.EIO, "io")))


def test_preferences_round_trip_and_survive_damage(tmp_path):
    Preferences(theme="dark", text_scale=1.5).save(tmp_path)
    loaded = Preferences.load(tmp_path)
    assert loaded.theme == "dark" and loaded.text_scale == 1.5
    (tmp_path / "preferences.json").write_text("{ not json")
    assert Preferences.load(tmp_path) == Preferences()
    (tmp_path / "preferences.json").write_text('{"theme": "neon", "text_scale": 99, "x": 1}')
    odd = Preferences.load(tmp_path)
    assert odd.theme == "system" and odd.text_scale == 2.5


def test_data_dir_precedence(monkeypatch, tmp_path):
    monkeypatch.delenv(paths.ENV_VAR, raising=False)
    assert paths.resolve_data_dir() == paths.default_data_dir()
    monkeypatch.setenv(paths.ENV_VAR, str(tmp_path / "usb"))
    assert paths.resolve_data_dir() == (tmp_path / "usb").resolve()
    assert paths.resolve_data_dir(tmp_path / "cli") == (tmp_path / "cli").resolve()


def test_calibration_stays_within_bounds():
    params = KdfParams.calibrated(target_seconds=0.01, memory_kib=8 * 1024)
    assert params.time_cost >= 2 and params.memory_kib == 8 * 1024
    assert KdfParams.from_json(params.to_json()) == params
    with pytest.raises(ValueError):
        KdfParams.from_json({"algorithm": "argon2id", "time_cost": 0, "memory_kib": 8,
                             "parallelism": 1})


def test_atomic_write_on_a_read_only_disk_reports_kindly(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(ReadOnlyStorage, match="still on screen"):
        atomic_write(tmp_path / "x", b"data")


def test_full_disk_during_a_write_is_a_kind_error_and_loses_nothing(vault):
    from tests.conftest import PASSPHRASE

    vault.settings.set("before", "kept")
    pages = vault.db.scalar("PRAGMA page_count")
    vault.db.execute(f"PRAGMA max_page_count = {pages + 1}")
    with pytest.raises(DiskFull, match="disk is full"):
        vault.settings.set("big", "x" * 1_000_000)
    vault.lock()
    vault.unlock(PASSPHRASE)
    assert vault.settings.get("before") == "kept"
    assert vault.settings.get("big") is None
    assert vault.integrity_problems() == []
