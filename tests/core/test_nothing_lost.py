"""Nothing lost: long passphrases, failed key changes, a vanished folder, odd paths, locks."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from disclosure_helper.errors import (
    DiskFull,
    PassphraseTooLong,
    ReadOnlyStorage,
    UnusablePath,
    VaultInUse,
    VaultMissing,
    WrongPassphrase,
)
from disclosure_helper.journal import Entry
from disclosure_helper.vault import MAX_PASSPHRASE_CHARS, Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.core.helpers import snapshot_files

LONG = ("correct horse battery staple, a lighthouse keeper's ledger " * 30)[:300]


def test_long_passphrases_work_everywhere_up_to_the_vault_limit(tmp_path, keystore):
    longest = ("w" * 7 + " ") * (MAX_PASSPHRASE_CHARS // 8)
    assert len(longest) == MAX_PASSPHRASE_CHARS
    vault = Vault.create(tmp_path / "v", LONG, kdf=FAST_KDF, keystore=keystore)
    vault.change_passphrase(longest)
    vault.backup(tmp_path / "b.dhbackup")
    vault.close()
    reopened = Vault.open(tmp_path / "v", keystore=keystore)
    reopened.unlock(longest)
    assert reopened.verify_passphrase(longest)
    reopened.close()
    restored = Vault.restore(tmp_path / "b.dhbackup", tmp_path / "r", passphrase=longest)
    restored.unlock(longest)
    restored.close()
    # One past the limit: a kind, typed refusal, and nothing made.
    with pytest.raises(PassphraseTooLong, match="longer than the vault can take"):
        Vault.create(tmp_path / "w", longest + "x", kdf=FAST_KDF)
    assert not (tmp_path / "w").exists()


def test_a_failed_passphrase_change_is_never_applied_later(vault, keystore, monkeypatch):
    vault.settings.set("note", "kept")
    before = snapshot_files(vault.folder)
    real_replace = os.replace

    def disk_full(src, dst, *args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(DiskFull):
        vault.change_passphrase("a brand new passphrase")
    monkeypatch.setattr(os, "replace", real_replace)
    # Disk: only the database may have moved on (it is not touched); the key files not.
    after = snapshot_files(vault.folder)
    for name in ("keyslots.json", "keyslots.json.previous"):
        assert after.get(name) == before.get(name)
    # Memory: an unrelated key-file save afterwards must not carry the failed change.
    vault.set_remember_on_device(True)
    vault.new_recovery_code()
    folder = vault.folder
    vault.close()
    handle = Vault.open(folder, keystore=keystore)
    with pytest.raises(WrongPassphrase):
        handle.unlock("a brand new passphrase")
    handle.unlock(PASSPHRASE)
    assert handle.settings.get("note") == "kept"
    handle.close()


def test_failed_remember_on_device_leaves_nothing_behind(vault, keystore, monkeypatch):
    def read_only(src, dst, *args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(os, "replace", read_only)
    with pytest.raises(ReadOnlyStorage):
        vault.set_remember_on_device(True)
    assert not vault.remember_on_device
    assert keystore.get(vault.vault_id) is None  # the key did not stay in the keyring


@pytest.mark.parametrize("how", ["deleted", "moved"])
def test_saves_after_the_vault_folder_vanished_are_refused(vault, tmp_path, how):
    vault.journal.add(Entry(kind="free", title="Before", body="saved while it was there"))
    folder = vault.folder
    if how == "deleted":
        shutil.rmtree(folder)
    else:
        folder.rename(tmp_path / "elsewhere")
    with pytest.raises(VaultMissing, match="still on screen"):
        vault.journal.add(Entry(kind="free", title="After", body="words that must not vanish"))
    with pytest.raises(VaultMissing):
        vault.journal.save_draft("new:1", {"title": "After", "body": "draft"})
    with pytest.raises(VaultMissing):
        vault.settings.set("x", 1)
    with pytest.raises(VaultMissing):
        vault.change_passphrase("another long passphrase")
    vault.close()
    if how == "moved":
        # Put back, the vault holds what was saved before, and nothing half-written.
        (tmp_path / "elsewhere").rename(folder)
        again = Vault.open(folder)
        again.unlock(PASSPHRASE)
        assert [s.title for s in again.journal.page()] == ["Before"]
        again.close()


@pytest.mark.skipif(sys.platform != "linux", reason="Linux file names are bytes")
def test_folder_name_with_undecodable_bytes_is_a_typed_error(tmp_path):
    odd = Path(os.fsdecode(os.fsencode(str(tmp_path)) + b"/vault-\xff\xfe"))
    with pytest.raises(UnusablePath, match="characters"):
        Vault.create(odd, PASSPHRASE, kdf=FAST_KDF)
    assert not os.path.exists(os.fsencode(odd))
    os.mkdir(os.fsencode(odd))
    with pytest.raises(UnusablePath):
        Vault.open(odd)
    assert os.listdir(os.fsencode(odd)) == []


def test_very_long_folder_path_is_a_typed_error_and_leaves_no_lock(tmp_path):
    deep = tmp_path.joinpath(*(["a-rather-long-folder-name-" + "x" * 60] * 7))
    with pytest.raises(UnusablePath, match="too long"):
        Vault.create(deep, PASSPHRASE, kdf=FAST_KDF)
    assert not deep.exists()
    assert not list(tmp_path.rglob("vault.lock"))
    deep.mkdir(parents=True)
    with pytest.raises(UnusablePath):
        Vault.open(deep)
    assert list(deep.iterdir()) == []


def test_deleting_vault_lock_does_not_let_a_second_process_in(vault, tmp_path):
    (vault.folder / "vault.lock").unlink()
    with pytest.raises(VaultInUse):
        Vault.open(vault.folder)
    # And from another process, the way a second copy of the app would try.
    code = textwrap.dedent(f"""
        from disclosure_helper.errors import VaultInUse
        from disclosure_helper.vault import Vault
        try:
            Vault.open({str(vault.folder)!r})
        except VaultInUse:
            print("refused")
        else:
            print("opened")
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, check=True)
    assert out.stdout.strip() == "refused"
    vault.settings.set("still", "writable")  # the first one carries on as before


def test_stale_temp_files_from_a_killed_run_are_cleaned_on_open(vault, keystore):
    folder = vault.folder
    vault.close()
    leftovers = [".keyslots.json.4194301.tmp", ".snapshot-4194302.tmp",
                 ".keyslots.json.4194303.dh.tmp", ".preferences.json.4194304.dh.tmp"]
    for name in leftovers:
        (folder / name).write_bytes(b"left by a run that was killed")
    (folder / "holiday.txt").write_text("not ours, never touched")
    handle = Vault.open(folder, keystore=keystore)
    names = {p.name for p in folder.iterdir()}
    assert not names & set(leftovers)
    assert "holiday.txt" in names
    handle.close()


def test_a_killed_export_leaves_no_plaintext_after_the_next_export(tmp_path):
    from disclosure_helper.atomic import atomic_write

    dead = _dead_pid()
    half = tmp_path / f".journal-export-2024-05-01.md.{dead}.dh.tmp"
    half.write_text("# half an export of someone's private journal")
    older_style = tmp_path / f".plan.pdf.{dead}.tmp"
    older_style.write_bytes(b"%PDF half")
    alive = tmp_path / f".other.md.{os.getppid()}.dh.tmp"  # a live process's: kept
    alive.write_text("still being written")
    unrelated = tmp_path / ".cache.12.tmp"  # not ours: kept
    unrelated.write_text("someone else's")
    atomic_write(tmp_path / "plan.pdf", b"%PDF the new export")
    assert not half.exists() and not older_style.exists()
    assert alive.exists() and unrelated.exists()
    assert (tmp_path / "plan.pdf").read_bytes() == b"%PDF the new export"


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


@pytest.mark.skipif(sys.platform != "linux", reason="needs Linux permissions or capabilities")
def test_read_only_folder_opens_read_only(vault, tmp_path):
    from disclosure_helper.together import supporter_notes  # noqa: F401 - same process imports

    vault.journal.add(Entry(kind="free", title="Kept", body="readable from a read-only copy"))
    folder = vault.folder
    vault.close()
    (folder / "vault.lock").unlink()
    before = snapshot_files(folder)
    folder.chmod(0o555)
    script = textwrap.dedent(f"""
        import json
        from disclosure_helper.errors import ReadOnlyStorage
        from disclosure_helper.journal import Entry
        from disclosure_helper.vault import Vault
        v = Vault.open({str(folder)!r})
        v.unlock({PASSPHRASE!r})
        titles = [s.title for s in v.journal.page()]
        try:
            v.journal.add(Entry(kind="free", title="new", body="x"))
            wrote = "wrote"
        except ReadOnlyStorage as exc:
            wrote = str(exc)
        v.close()
        print(json.dumps({{"read_only": v.read_only, "titles": titles, "write": wrote}}))
    """)
    try:
        out = _run_without_write_privilege(script)
    finally:
        folder.chmod(0o700)
    import json

    result = json.loads(out.strip().splitlines()[-1])
    assert result["read_only"] is True
    assert result["titles"] == ["Kept"]
    assert "cannot be written" in result["write"]
    assert snapshot_files(folder) == before


def _run_without_write_privilege(script: str) -> str:
    """Run `script` so file permissions apply to it, even when the tests run as root."""
    command = [sys.executable, "-c", script]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv to drop the override")
        # Root still, but without the capability that ignores permissions.
        command = [setpriv, "--inh-caps=-all", "--bounding-set=-dac_override,-fowner",
                   *command]
    out = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout
