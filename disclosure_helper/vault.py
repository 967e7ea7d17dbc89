"""The vault: one encrypted folder holding everything the person writes.

`Vault` is the single facade the UI, tests and benchmarks use. Features hang off it
as repositories (`vault.plans`, `vault.journal`, `vault.settings`) that share one
SQLCipher connection, open only while the vault is unlocked.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from disclosure_helper import migrations, recovery
from disclosure_helper.backup import auth_key as backup_auth_key
from disclosure_helper.backup import (
    backup_is_due,
    extract_snapshot,
    last_backup_time,
    read_header,
    write_backup,
)
from disclosure_helper.changes import Changes
from disclosure_helper.database import DB_NAME, Database
from disclosure_helper.errors import (
    BackupError,
    KeyringUnavailable,
    ReadOnlyStorage,
    StorageError,
    UnusablePath,
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
    wipe_bytes,
)
from disclosure_helper.keystore import KeyStore, SystemKeyStore
from disclosure_helper.lockfile import ProcessLock
from disclosure_helper.passphrase_policy import (
    MAX_PASSPHRASE_CHARS,
    MIN_PASSPHRASE_CHARS,
    check_passphrase,
)
from disclosure_helper.paths import VAULT_FILE_NAMES, holds_vault

if TYPE_CHECKING:
    from disclosure_helper.adjustments import AdjustmentsRepository
    from disclosure_helper.journal import JournalRepository
    from disclosure_helper.plans import PlanRepository
    from disclosure_helper.settings import SettingsRepository
    from disclosure_helper.together import SupporterNotesRepository

# Any repository: each is made from the open database and kept until the vault locks.
R = TypeVar("R")

LOCK_NAME = "vault.lock"
# The first screen tells whether a vault is here from the file names alone (paths.py).
assert set(VAULT_FILE_NAMES) == {KEYSLOTS_NAME, PREVIOUS_NAME, DB_NAME}
# The vault setting that holds when the last backup was made (UTC, ISO 8601).
LAST_BACKUP_KEY = "last_backup"
# SQLite's Unix file layer refuses paths over 512 bytes; leave room for "-journal".
MAX_DB_PATH_BYTES = 512
# Left behind when the app is killed mid-write: our own temp names, nothing else.
# The vault folder is ours and we hold its lock, so every temp file in it is stale.
_STALE_TEMP = re.compile(r"^\.(.+\.\d+(\.dh)?\.tmp|snapshot-\d+\.tmp)$")

__all__ = [
    "Vault",
    "VaultError",
    "WrongPassphrase",
    "VaultLocked",
    "KdfParams",
    "MIN_PASSPHRASE_CHARS",
    "MAX_PASSPHRASE_CHARS",
]


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def _wipe(buffer: bytearray | bytes | None) -> None:
    wipe_bytes(buffer)


def check_folder_path(folder: Path) -> None:
    """UnusablePath, before anything is created, for a folder the database cannot live in.

    A name holding bytes that are not valid text in the file system's encoding, or a
    path too long for SQLite, would otherwise fail half-way and leave files behind.
    """
    text = str(folder)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise UnusablePath(
            "The vault cannot be kept in that folder: its name has characters this app "
            "cannot read. Nothing has been changed. Please choose or rename a folder "
            "with a plainer name."
        ) from None
    if "\0" in text:
        raise UnusablePath()
    db_path = Path(folder).absolute() / (DB_NAME + "-journal")
    if len(os.fsencode(db_path)) > MAX_DB_PATH_BYTES:
        raise UnusablePath(
            "The vault cannot be kept in that folder: its path is too long. Nothing has "
            "been changed. Please choose a folder nearer the top of your drive."
        )


def _folder_writable(folder: Path) -> bool:
    """False on a read-only folder or medium, where the vault opens read-only."""
    return os.access(folder, os.W_OK)


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
        self._repos: dict[Callable[..., object], object] = {}
        self._kdf = kdf
        self.used_previous_keyfile = used_previous_keyfile
        self.recovery_code: str | None = None
        # Told (on the thread that wrote) what each write outside a `changes.collecting`
        # block changed, once committed; the app turns it into its `vault_changed` signal.
        self.on_change: Callable[[Changes], None] | None = None
        # True when the folder or its medium cannot be written: reading works, saving
        # does not, and the app says so with a banner.
        self.read_only = False

    # -- finding and creating -----------------------------------------------

    @staticmethod
    def exists(folder: Path) -> bool:
        """True when the folder holds a vault (even a damaged one)."""
        return holds_vault(folder)

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
        check_passphrase(passphrase)
        check_folder_path(folder)
        if cls.exists(folder):
            raise VaultError(
                "This folder already holds a vault. Nothing has been changed. "
                "Open it instead, or choose an empty folder."
            )
        kdf = kdf or KdfParams.calibrated()
        made = _make_folder(folder)
        keyslots = KeySlots.new()
        vault = cls(folder, keyslots, keystore, kdf=kdf)
        had_lock_file = (folder / LOCK_NAME).exists()
        try:
            vault._process_lock.acquire()
        except BaseException:
            _undo_folder(made)
            raise
        data_key = bytearray(secrets.token_bytes(KEY_BYTES))
        code = recovery.generate()
        try:
            if vault._process_lock.read_only:
                raise ReadOnlyStorage(
                    "That folder cannot be written to, so no vault was made there. "
                    "Nothing has been changed. Please choose another folder."
                )
            db = Database.open(folder, data_key, create=True)
            try:
                migrations.migrate(db)
                with db.transaction():
                    db.execute(
                        "INSERT INTO meta(key, value) VALUES('vault_id', ?), ('created', ?)",
                        (keyslots.vault_id, keyslots.created),
                    )
                _share_connection(db, folder, data_key, read_only=False)
            except BaseException:
                db.close()
                raise
            keyslots.wrap(PASSPHRASE, passphrase, data_key, kdf)
            keyslots.wrap(RECOVERY, code, data_key, kdf)
            # The key file goes last: its presence is what makes the folder a vault.
            keyslots.save(folder)
        except BaseException:
            for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", DB_NAME + "-journal"):
                with contextlib.suppress(OSError):
                    (folder / name).unlink()
            vault._process_lock.release()
            if not had_lock_file:
                with contextlib.suppress(OSError):
                    (folder / LOCK_NAME).unlink()
            _undo_folder(made)
            _wipe(data_key)
            raise
        vault._data_key = data_key
        vault._attach(db)
        vault.recovery_code = code
        return vault

    @classmethod
    def open(cls, folder: Path, keystore: KeyStore | None = None) -> Vault:
        """A locked handle on an existing vault. Reads only; never changes a byte."""
        folder = Path(folder)
        check_folder_path(folder)
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
        vault.read_only = vault._process_lock.read_only or not _folder_writable(folder)
        if not vault.read_only:
            vault._remove_stale_temp_files()
        return vault

    def _remove_stale_temp_files(self) -> None:
        """Delete temp files a killed earlier run left here (we hold the lock, so no
        other run of the app can be writing them). Only our own names are touched."""
        try:
            names = [entry.name for entry in os.scandir(self.folder)]
        except OSError:
            return
        for name in names:
            if _STALE_TEMP.match(name):
                with contextlib.suppress(OSError):
                    (self.folder / name).unlink()

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
        if not isinstance(passphrase, str) or len(passphrase) > MAX_PASSPHRASE_CHARS:
            raise WrongPassphrase()
        try:
            key = self._unwrap(PASSPHRASE, passphrase)
        except SlotMismatch:
            raise WrongPassphrase() from None
        self._open_with_key(key)

    def _unwrap(self, kind: str, secret: str) -> bytearray:
        """Unwrap with the current key file, or with the kept previous copy when the
        current slot is damaged.

        The previous copy is tried only when it holds the same wrapping (same random salt
        or nonce) as the slot that failed: that means the slot was damaged, not replaced.
        After a real change of passphrase or code the old one therefore never works,
        even though the previous file still holds it.
        """
        try:
            return self._keyslots.unwrap(kind, secret)
        except SlotMismatch:
            previous = self._kept_previous()
            usable = (
                previous is not None
                and self._keyslots.same_wrap(previous, kind)
                and previous.slots[kind] != self._keyslots.slots[kind]
                or previous is not None
                and previous.vault_id != self._keyslots.vault_id
                and previous.slots.get(kind) == self._keyslots.slots.get(kind)
            )
            if not usable:
                raise
        assert previous is not None
        key = previous.unwrap(kind, secret)
        # The kept copy opened: carry on with it; the next save repairs the main file.
        self._keyslots = previous
        self.used_previous_keyfile = True
        return key

    def _kept_previous(self) -> KeySlots | None:
        try:
            raw = (self.folder / PREVIOUS_NAME).read_bytes()
            return KeySlots.from_bytes(raw)
        except (OSError, VaultError):
            return None

    def unlock_with_recovery_code(self, code: str) -> None:
        canonical = recovery.normalise(code)
        if canonical is None:
            raise WrongRecoveryCode(
                "That does not look like a recovery code. It has seven groups of four "
                "letters and numbers."
            )
        try:
            key = self._unwrap(RECOVERY, canonical)
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
        # Not wiped here: the store may hand out the very object it keeps.
        key = bytearray(stored)
        try:
            self._open_with_key(key)
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
            db = Database.open(self.folder, key, read_only=self.read_only)
            try:
                if self.read_only:
                    if db.user_version < migrations.latest_version():
                        raise ReadOnlyStorage(
                            "This vault needs a small update before this version of the app "
                            "can open it, and its folder cannot be written to. Nothing has "
                            "been changed. Copy the folder somewhere you can write to, or "
                            "open it with the version of the app that made it."
                        )
                    if db.user_version > migrations.latest_version():
                        from disclosure_helper.errors import VaultTooNew

                        raise VaultTooNew()
                else:
                    migrations.migrate(db)
                _share_connection(db, self.folder, key, self.read_only)
            except BaseException:
                db.close()
                raise
        except BaseException:
            _wipe(key)
            raise
        self._data_key = key
        self._attach(db)

    def _attach(self, db: Database) -> None:
        db.changes.listener = self._changed
        db.changes.source = self
        self._db = db

    def _changed(self, changes: Changes) -> None:
        if self.on_change is not None:
            self.on_change(changes)

    def verify_passphrase(self, passphrase: str) -> bool:
        """True when `passphrase` is the current one (for confirming sensitive changes)."""
        if not isinstance(passphrase, str) or len(passphrase) > MAX_PASSPHRASE_CHARS:
            return False
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

    def _save_keyslots(self, changed: KeySlots) -> None:
        """Write a changed copy of the key file, and only then make it current.

        If the write fails (a full disk, a vanished folder) the key file in memory stays
        exactly as it was, so a later, unrelated save cannot write the failed change.
        """
        if self.read_only:
            raise ReadOnlyStorage()
        if self._db is not None:
            self._db.ensure_present()
        changed.save(self.folder)
        self._keyslots = changed
        self.used_previous_keyfile = False

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-wrap the data key under a new passphrase. Instant: no data is re-encrypted.

        On any error nothing has changed, in memory or on disk.
        """
        key = self._require_key()
        check_passphrase(new_passphrase)
        kdf = self._kdf or self._keyslots.slots[PASSPHRASE].kdf
        changed = self._keyslots.copy()
        changed.wrap(PASSPHRASE, new_passphrase, key, kdf)
        self._save_keyslots(changed)

    def new_recovery_code(self) -> str:
        """Replace the recovery code; the old one stops working. Returns the new one."""
        key = self._require_key()
        code = recovery.generate()
        kdf = self._kdf or self._keyslots.slots[PASSPHRASE].kdf
        changed = self._keyslots.copy()
        changed.wrap(RECOVERY, code, key, kdf)
        self._save_keyslots(changed)
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
        if not self.verify_passphrase(passphrase):
            raise WrongPassphrase()
        # On a copy, made current only once saved: a failed save changes nothing.
        changed = self._keyslots.copy()
        changed.wrap(PASSPHRASE, passphrase, key, kdf)
        self._save_keyslots(changed)

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
            changed = self._keyslots.copy()
            changed.remember_on_device = remember
            try:
                self._save_keyslots(changed)
            except VaultError:
                if remember:
                    # The key file still says "not remembered": take the key back out.
                    with contextlib.suppress(Exception):
                        self._keystore.delete(self.vault_id)
                raise

    # -- repositories --------------------------------------------------------

    @property
    def db(self) -> Database:
        if self._db is None:
            raise VaultLocked()
        return self._db

    def _repo(self, factory: Callable[[Database], R]) -> R:
        """The one repository of this kind for the open database (VaultLocked if locked).

        Keyed by the factory, so each property's type is the repository it returns.
        """
        db = self.db
        repo = self._repos.get(factory)
        if repo is None:
            repo = self._repos[factory] = factory(db)
        return repo  # type: ignore[return-value]  # stored under its own factory

    @property
    def settings(self) -> SettingsRepository:
        from disclosure_helper.settings import SettingsRepository

        return self._repo(SettingsRepository)

    @property
    def plans(self) -> PlanRepository:
        from disclosure_helper.plans import PlanRepository

        return self._repo(PlanRepository)

    @property
    def journal(self) -> JournalRepository:
        from disclosure_helper.journal import JournalRepository

        return self._repo(JournalRepository)

    @property
    def adjustments(self) -> AdjustmentsRepository:
        from disclosure_helper.adjustments import AdjustmentsRepository

        return self._repo(AdjustmentsRepository)

    @property
    def together(self) -> SupporterNotesRepository:
        """What Together sessions keep beside plans: the supporter's notes."""
        from disclosure_helper.together import SupporterNotesRepository

        return self._repo(SupporterNotesRepository)

    def integrity_problems(self) -> list[str]:
        return self.db.integrity_problems()

    # -- backup and restore --------------------------------------------------

    def backup(self, dest_file: Path) -> int:
        """Write one encrypted backup file; consistent even while the app is in use.

        Returns the file's size. The backup opens with the passphrase and recovery
        code that are current now, and carries an HMAC keyed from the data key so a
        restore can tell it is unchanged before using any of it.
        """
        key = self._require_key()
        dest_file = Path(dest_file)
        snapshot = self.folder / f".snapshot-{os.getpid()}.tmp"
        mac_key = backup_auth_key(key)
        try:
            with contextlib.suppress(FileNotFoundError):
                snapshot.unlink()
            self.db.export_to(snapshot, key)
            size = write_backup(
                dest_file,
                self._keyslots.to_bytes(),
                snapshot,
                created=_now(),
                schema=self.db.user_version,
                key=mac_key,
            )
        finally:
            _wipe(mac_key)
            with contextlib.suppress(OSError):
                snapshot.unlink()
        if not self.read_only:
            self.settings.set(LAST_BACKUP_KEY, _now())
        return size

    def last_backup(self) -> datetime | None:
        """When the last backup of this vault was made, or None if there has been none."""
        return last_backup_time(self.settings.get(LAST_BACKUP_KEY))

    def backup_due(self, now: datetime | None = None) -> bool:
        """Whether it is time to suggest a backup: none in the last 30 days, or none yet."""
        return backup_is_due(self.settings.get(LAST_BACKUP_KEY), now)

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

        Never overwrites: a folder that already holds a vault is refused. The passphrase
        (or recovery code) that was current when the backup was made is needed: it
        unwraps the data key, which authenticates the whole file (format 2) while the
        snapshot is copied out, before any page of it is opened; the restored copy is
        then opened in a staging folder before it is put in place. On any error nothing
        is left in `folder` but what was there before. With `unlock` the handle comes
        back unlocked with the key just checked (one key derivation, not two).

        `full_check` also checks every page (SQLCipher's and SQLite's integrity checks,
        seconds for years of entries). The app's own restore leaves it off for
        authenticated backups: a matching HMAC shows every byte is as it was written, and
        writing the backup read every row through SQLCipher's page authentication into a
        freshly built copy. Older, unauthenticated backups are always checked in full.
        """
        folder = Path(folder)
        check_folder_path(folder)
        if cls.exists(folder):
            raise VaultError(
                "That folder already holds a vault, so the backup was not restored there. "
                "Nothing has been changed. Please choose an empty folder."
            )
        header = read_header(Path(backup_file), verify=False)  # checked while copying
        if passphrase is None and recovery_code is None:
            raise WrongPassphrase(
                "Please type the passphrase that was in use when the backup was made."
            )
        try:
            keyslots = KeySlots.from_bytes(header.keyslots)
        except VaultError:
            raise BackupError("The backup file is damaged and cannot be restored.") from None
        key = cls._unwrap_backup(keyslots, passphrase, recovery_code)
        made = _make_folder(folder)
        staging = folder / ".restoring"
        mac_key = backup_auth_key(key)
        try:
            staging.mkdir(mode=0o700, exist_ok=True)
            staged_db = staging / DB_NAME
            extract_snapshot(Path(backup_file), staged_db, mac_key)
            cls._verify_staged(staging, key, full_check or not header.authenticated)
            os.replace(staged_db, folder / DB_NAME)
            keyslots.remember_on_device = False
            keyslots.save(folder)
        except BaseException:
            _remove_tree(staging)
            _undo_folder(made)
            _wipe(key)
            raise
        finally:
            _wipe(mac_key)
        _remove_tree(staging)
        try:
            vault = cls.open(folder, keystore=keystore)
        except BaseException:
            _wipe(key)
            raise
        if unlock:
            try:
                vault._open_with_key(key)  # takes the key (and wipes it if this fails)
            except BaseException:
                vault.close()
                raise
        else:
            _wipe(key)
        return vault

    @staticmethod
    def _unwrap_backup(
        keyslots: KeySlots, passphrase: str | None, recovery_code: str | None
    ) -> bytearray:
        try:
            if passphrase is not None:
                if not isinstance(passphrase, str) or len(passphrase) > MAX_PASSPHRASE_CHARS:
                    raise SlotMismatch()
                return keyslots.unwrap(PASSPHRASE, passphrase)
            canonical = recovery.normalise(recovery_code or "")
            if canonical is None:
                raise WrongRecoveryCode()
            return keyslots.unwrap(RECOVERY, canonical)
        except SlotMismatch:
            if passphrase is not None:
                raise WrongPassphrase(
                    "That passphrase does not open this backup. It needs the passphrase "
                    "that was in use when the backup was made."
                ) from None
            raise WrongRecoveryCode() from None
        except VaultCorrupt:
            raise BackupError("The backup file is damaged and cannot be restored.") from None

    @staticmethod
    def _verify_staged(staging: Path, key: bytearray, full_check: bool = True) -> None:
        damaged = BackupError("The backup file is damaged and cannot be restored.")
        try:
            db = Database.open(staging, key)
            try:
                problems = db.integrity_problems() if full_check else []
            finally:
                db.close()
        except (VaultCorrupt, StorageError):
            raise damaged from None
        if problems:
            raise damaged


def _make_folder(folder: Path) -> list[Path]:
    """mkdir -p, returning the folders it made (deepest last) so a failure can undo them."""
    made = []
    current = folder
    while not current.exists() and current != current.parent:
        made.append(current)
        current = current.parent
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise storage_error_from_os(exc) from None
    return list(reversed(made))


def _undo_folder(made: list[Path]) -> None:
    """Remove folders `_make_folder` created, if they are still empty."""
    for folder in reversed(made):
        with contextlib.suppress(OSError):
            folder.rmdir()


def _share_connection(db: Database, folder: Path, key: bytearray, read_only: bool) -> None:
    """A second connection, so background reads never keep the GUI thread waiting."""
    db.share(Database.open(folder, key, read_only=read_only))


def _remove_tree(folder: Path) -> None:
    if not folder.exists():
        return
    for child in folder.iterdir():
        with contextlib.suppress(OSError):
            child.unlink()
    with contextlib.suppress(OSError):
        folder.rmdir()
