"""The vault: one encrypted folder holding everything the person writes.

`Vault` is the single facade the UI, tests and benchmarks use. Features hang off it
as repositories (`vault.plans`, `vault.journal`, `vault.settings`) that share one
SQLCipher connection, open only while the vault is unlocked.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from datetime import datetime, timezone
from pathlib import Path

from disclosure_helper import migrations, recovery
from disclosure_helper.backup import extract_snapshot, read_header, write_backup
from disclosure_helper.database import DB_NAME, Database
from disclosure_helper.errors import (
    BackupError,
    KeyringUnavailable,
    VaultCorrupt,
    VaultError,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
    WrongRecoveryCode,
    storage_error_from_os,
)
from disclosure_helper.kdf import KEY_BYTES, KdfParams
from disclosure_helper.keyslots import (
    FILE_NAME as KEYSLOTS_NAME,
)
from disclosure_helper.keyslots import (
    PASSPHRASE,
    PREVIOUS_NAME,
    RECOVERY,
    KeySlots,
    SlotMismatch,
)
from disclosure_helper.keystore import KeyStore, SystemKeyStore
from disclosure_helper.lockfile import ProcessLock

LOCK_NAME = "vault.lock"
MIN_PASSPHRASE_CHARS = 8

__all__ = [
    "Vault",
    "VaultError",
    "WrongPassphrase",
    "VaultLocked",
    "KdfParams",
    "MIN_PASSPHRASE_CHARS",
]


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def _wipe(buffer: bytearray | None) -> None:
    if buffer is not None:
        for i in range(len(buffer)):
            buffer[i] = 0


class Vault:
    """A handle on one vault folder. Open handles hold the folder's process lock."""

    def __init__(
        self,
        folder: Path,
        keyslots: KeySlots,
        keystore: KeyStore | None = None,
        used_previous_keyfile: bool = False,
        kdf: KdfParams | None = None,
    ) -> None:
        self.folder = Path(folder)
        self._keyslots = keyslots
        self._keystore = keystore if keystore is not None else SystemKeyStore()
        self._process_lock = ProcessLock(self.folder / LOCK_NAME)
        self._data_key: bytearray | None = None
        self._db: Database | None = None
        self._repos: dict[str, object] = {}
        self._kdf = kdf
        self.used_previous_keyfile = used_previous_keyfile
        self.recovery_code: str | None = None

    # -- finding and creating -----------------------------------------------

    @staticmethod
    def exists(folder: Path) -> bool:
        """True when the folder holds a vault (even a damaged one)."""
        folder = Path(folder)
        return any((folder / name).exists() for name in (KEYSLOTS_NAME, PREVIOUS_NAME, DB_NAME))

    @classmethod
    def create(
        cls,
        folder: Path,
        passphrase: str,
        kdf: KdfParams | None = None,
        keystore: KeyStore | None = None,
    ) -> Vault:
        """Make a new vault and return it unlocked; `recovery_code` is set to show once."""
        folder = Path(folder)
        if len(passphrase) < MIN_PASSPHRASE_CHARS:
            raise VaultError(
                f"Please choose a passphrase of at least {MIN_PASSPHRASE_CHARS} characters."
            )
        if cls.exists(folder):
            raise VaultError(
                "This folder already holds a vault. Nothing has been changed. "
                "Open it instead, or choose an empty folder."
            )
        kdf = kdf or KdfParams.calibrated()
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise storage_error_from_os(exc) from None
        keyslots = KeySlots.new()
        vault = cls(folder, keyslots, keystore, kdf=kdf)
        vault._process_lock.acquire()
        data_key = bytearray(secrets.token_bytes(KEY_BYTES))
        code = recovery.generate()
        try:
            db = Database.open(folder, bytes(data_key), create=True)
            try:
                migrations.migrate(db)
                with db.transaction():
                    db.execute(
                        "INSERT INTO meta(key, value) VALUES('vault_id', ?), ('created', ?)",
                        (keyslots.vault_id, keyslots.created),
                    )
                _share_connection(db, folder, data_key)
            except BaseException:
                db.close()
                raise
            keyslots.wrap(PASSPHRASE, passphrase, data_key, kdf)
            keyslots.wrap(RECOVERY, code, data_key, kdf)
            # The key file goes last: its presence is what makes the folder a vault.
            keyslots.save(folder)
        except BaseException:
            for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm"):
                with contextlib.suppress(OSError):
                    (folder / name).unlink()
            vault._process_lock.release()
            _wipe(data_key)
            raise
        vault._data_key = data_key
        vault._db = db
        vault.recovery_code = code
        return vault

    @classmethod
    def open(cls, folder: Path, keystore: KeyStore | None = None) -> Vault:
        """A locked handle on an existing vault. Reads only; never changes a byte."""
        folder = Path(folder)
        if not folder.is_dir():
            raise VaultNotFound("The vault folder could not be found.")
        if not cls.exists(folder):
            raise VaultNotFound()
        keyslots, used_previous = KeySlots.load(folder)
        if not (folder / DB_NAME).is_file():
            raise VaultCorrupt(
                "The vault's data file is missing. Nothing has been changed; "
                "you can restore it from a backup."
            )
        vault = cls(folder, keyslots, keystore, used_previous_keyfile=used_previous)
        vault._process_lock.acquire()
        return vault

    # -- unlocking -----------------------------------------------------------

    @property
    def is_unlocked(self) -> bool:
        return self._db is not None

    @property
    def is_open(self) -> bool:
        return self._process_lock.held

    @property
    def vault_id(self) -> str:
        return self._keyslots.vault_id

    def unlock(self, passphrase: str) -> None:
        """Open with the passphrase. WrongPassphrase leaves everything on disk as it was."""
        try:
            key = self._keyslots.unwrap(PASSPHRASE, passphrase)
        except SlotMismatch:
            raise WrongPassphrase() from None
        self._open_with_key(key)

    def unlock_with_recovery_code(self, code: str) -> None:
        canonical = recovery.normalise(code)
        if canonical is None:
            raise WrongRecoveryCode(
                "That does not look like a recovery code. It has seven groups of four "
                "letters and numbers."
            )
        try:
            key = self._keyslots.unwrap(RECOVERY, canonical)
        except SlotMismatch:
            raise WrongRecoveryCode() from None
        self._open_with_key(key)

    def unlock_from_keyring(self) -> bool:
        """Unlock with the key this device remembers. False (never an error) if it cannot."""
        if not self._keyslots.remember_on_device:
            return False
        try:
            stored = self._keystore.get(self.vault_id)
        except Exception:
            return False
        if not stored or len(stored) != KEY_BYTES:
            return False
        try:
            self._open_with_key(bytearray(stored))
        except VaultError:
            # A stale key (e.g. the vault was restored from a backup) or a damaged file:
            # either way the passphrase path takes over and reports what it finds.
            return False
        return True

    def _open_with_key(self, key: bytearray) -> None:
        if not self._process_lock.held:
            self._process_lock.acquire()
        if self._db is not None:
            _wipe(key)
            return
        try:
            db = Database.open(self.folder, bytes(key))
            try:
                migrations.migrate(db)
                _share_connection(db, self.folder, key)
            except BaseException:
                db.close()
                raise
        except BaseException:
            _wipe(key)
            raise
        self._data_key = key
        self._db = db

    def verify_passphrase(self, passphrase: str) -> bool:
        """True when `passphrase` is the current one (for confirming sensitive changes)."""
        try:
            _wipe(self._keyslots.unwrap(PASSPHRASE, passphrase))
            return True
        except SlotMismatch:
            return False

    def lock(self) -> None:
        """Close the database and forget the key. The handle stays, ready to unlock."""
        if self._db is not None:
            self._db.close()
            self._db = None
        self._repos.clear()
        _wipe(self._data_key)
        self._data_key = None
        self.recovery_code = None

    def close(self) -> None:
        """Lock and let go of the folder, so another process may open it."""
        self.lock()
        self._process_lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- changing the ways in -----------------------------------------------

    def _require_key(self) -> bytearray:
        if self._data_key is None or self._db is None:
            raise VaultLocked()
        return self._data_key

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-wrap the data key under a new passphrase. Instant: no data is re-encrypted."""
        key = self._require_key()
        if len(new_passphrase) < MIN_PASSPHRASE_CHARS:
            raise VaultError(
                f"Please choose a passphrase of at least {MIN_PASSPHRASE_CHARS} characters."
            )
        kdf = self._kdf or self._keyslots.slots[PASSPHRASE].kdf
        self._keyslots.wrap(PASSPHRASE, new_passphrase, key, kdf)
        self._keyslots.save(self.folder)

    def new_recovery_code(self) -> str:
        """Replace the recovery code; the old one stops working. Returns the new one."""
        key = self._require_key()
        code = recovery.generate()
        kdf = self._kdf or self._keyslots.slots[PASSPHRASE].kdf
        self._keyslots.wrap(RECOVERY, code, key, kdf)
        self._keyslots.save(self.folder)
        return code

    # -- key derivation strength (calibration) --------------------------------

    @property
    def passphrase_kdf(self) -> KdfParams:
        """The Argon2id parameters the passphrase slot was wrapped with."""
        return self._keyslots.slots[PASSPHRASE].kdf

    def strengthen_passphrase(self, passphrase: str, kdf: KdfParams) -> None:
        """Re-wrap the data key under the same passphrase with (stronger) `kdf`.

        The passphrase is checked first (WrongPassphrase changes nothing). Nothing is
        re-encrypted; the recovery code's slot stays as it is (its 140 random bits need
        no slow derivation to resist guessing).
        """
        key = self._require_key()
        try:
            _wipe(self._keyslots.unwrap(PASSPHRASE, passphrase))
        except SlotMismatch:
            raise WrongPassphrase() from None
        self._keyslots.wrap(PASSPHRASE, passphrase, key, kdf)
        self._keyslots.save(self.folder)

    @property
    def remember_on_device(self) -> bool:
        return self._keyslots.remember_on_device

    def keyring_available(self) -> bool:
        try:
            return self._keystore.available()
        except Exception:
            return False

    def set_remember_on_device(self, remember: bool) -> None:
        """Opt in or out of keeping the data key in this device's credential store.

        Raises KeyringUnavailable when there is no safe store; nothing is changed then.
        """
        if remember:
            key = self._require_key()
            if not self.keyring_available():
                raise KeyringUnavailable()
            self._keystore.set(self.vault_id, bytes(key))
        else:
            with contextlib.suppress(Exception):
                self._keystore.delete(self.vault_id)
        if self._keyslots.remember_on_device != remember:
            self._keyslots.remember_on_device = remember
            self._keyslots.save(self.folder)

    # -- repositories --------------------------------------------------------

    @property
    def db(self) -> Database:
        if self._db is None:
            raise VaultLocked()
        return self._db

    def _repo(self, name: str, factory):
        db = self.db
        repo = self._repos.get(name)
        if repo is None:
            repo = self._repos[name] = factory(db)
        return repo

    @property
    def settings(self):
        from disclosure_helper.settings import SettingsRepository

        return self._repo("settings", SettingsRepository)

    @property
    def plans(self):
        from disclosure_helper.plans import PlanRepository

        return self._repo("plans", PlanRepository)

    @property
    def journal(self):
        from disclosure_helper.journal import JournalRepository

        return self._repo("journal", JournalRepository)

    def integrity_problems(self) -> list[str]:
        return self.db.integrity_problems()

    # -- backup and restore --------------------------------------------------

    def backup(self, dest_file: Path) -> int:
        """Write one encrypted backup file; consistent even while the app is in use.

        Returns the file's size. The backup opens with the passphrase and recovery
        code that are current now.
        """
        key = self._require_key()
        dest_file = Path(dest_file)
        snapshot = self.folder / f".snapshot-{os.getpid()}.tmp"
        try:
            with contextlib.suppress(FileNotFoundError):
                snapshot.unlink()
            self.db.export_to(snapshot, bytes(key))
            size = write_backup(
                dest_file,
                self._keyslots.to_bytes(),
                snapshot,
                created=_now(),
                schema=self.db.user_version,
            )
        finally:
            with contextlib.suppress(OSError):
                snapshot.unlink()
        self.settings.set("last_backup", _now())
        return size

    @classmethod
    def restore(
        cls,
        backup_file: Path,
        folder: Path,
        passphrase: str | None = None,
        recovery_code: str | None = None,
        keystore: KeyStore | None = None,
        unlock: bool = False,
        full_check: bool = True,
    ) -> Vault:
        """Restore a backup into an empty folder and return a handle on it.

        Never overwrites: a folder that already holds a vault is refused. The file's
        checksum is verified while the snapshot is copied out; with a passphrase or
        recovery code the restored database is also opened before it is put in place,
        and with `unlock` the handle comes back unlocked with the key just checked (one
        key derivation, not two).

        `full_check` also checks every page (SQLCipher's and SQLite's integrity checks,
        seconds for years of entries). The app's own restore leaves it off: a matching
        checksum shows every byte is as it was written, and writing the backup read
        every row through SQLCipher's page authentication into a freshly built copy.
        """
        folder = Path(folder)
        if cls.exists(folder):
            raise VaultError(
                "That folder already holds a vault, so the backup was not restored there. "
                "Nothing has been changed. Please choose an empty folder."
            )
        header = read_header(Path(backup_file), verify=False)  # checksum: while copying
        keyslots = KeySlots.from_bytes(header.keyslots)
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise storage_error_from_os(exc) from None
        staging = folder / ".restoring"
        key: bytearray | None = None
        try:
            staging.mkdir(mode=0o700, exist_ok=True)
            staged_db = staging / DB_NAME
            extract_snapshot(Path(backup_file), staged_db)
            if passphrase is not None or recovery_code is not None:
                key = cls._verify_staged(staging, keyslots, passphrase, recovery_code,
                                         full_check)
            os.replace(staged_db, folder / DB_NAME)
            keyslots.remember_on_device = False
            keyslots.save(folder)
        except BaseException:
            _remove_tree(staging)
            _wipe(key)
            raise
        _remove_tree(staging)
        vault = cls.open(folder, keystore=keystore)
        if unlock and key is not None:
            try:
                vault._open_with_key(key)  # takes the key (and wipes it if this fails)
            except BaseException:
                vault.close()
                raise
        else:
            _wipe(key)
        return vault

    @staticmethod
    def _verify_staged(
        staging: Path,
        keyslots: KeySlots,
        passphrase: str | None,
        recovery_code: str | None,
        full_check: bool = True,
    ) -> bytearray:
        """The data key, once it is shown to open the staged copy (wiped on failure)."""
        try:
            if passphrase is not None:
                key = keyslots.unwrap(PASSPHRASE, passphrase)
            else:
                canonical = recovery.normalise(recovery_code or "")
                if canonical is None:
                    raise WrongRecoveryCode()
                key = keyslots.unwrap(RECOVERY, canonical)
        except SlotMismatch:
            if passphrase is not None:
                raise WrongPassphrase(
                    "That passphrase does not open this backup. It needs the passphrase "
                    "that was in use when the backup was made."
                ) from None
            raise WrongRecoveryCode() from None
        try:
            db = Database.open(staging, bytes(key))  # reads the schema with the key
            try:
                problems = db.integrity_problems() if full_check else []
            finally:
                db.close()
        except VaultCorrupt:
            _wipe(key)
            raise BackupError("The backup file is damaged and cannot be restored.") from None
        except BaseException:
            _wipe(key)
            raise
        if problems:
            _wipe(key)
            raise BackupError("The backup file is damaged and cannot be restored.")
        return key


def _share_connection(db: Database, folder: Path, key: bytearray) -> None:
    """A second connection, so background reads never keep the GUI thread waiting."""
    db.share(Database.open(folder, bytes(key)))


def _remove_tree(folder: Path) -> None:
    if not folder.exists():
        return
    for child in folder.iterdir():
        with contextlib.suppress(OSError):
            child.unlink()
    with contextlib.suppress(OSError):
        folder.rmdir()
