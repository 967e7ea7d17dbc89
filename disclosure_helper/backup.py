"""Backup files: one encrypted file holding the key file and a database snapshot.

Layout: MAGIC, a 4-byte big-endian header length, a JSON header (the key file, the
snapshot's size and SHA-256), then the SQLCipher snapshot bytes, and (from format 2) a
32-byte HMAC-SHA256 tag over everything before it. Nothing in it is plaintext: the
snapshot is encrypted with the vault's data key, and the key file only holds that key
wrapped under the passphrase and the recovery code.

The SHA-256 catches accidental damage without any key. The HMAC is keyed from the
vault's data key (HKDF-SHA256, its own label), so only someone who can open the vault
could have written it: a restore unwraps the key with the person's passphrase first and
checks the tag while copying the snapshot out, before any page of it is opened.
Format 1 files (no tag) still restore: there SQLCipher's own per-page HMAC (also keyed
from the data key) is checked on every page before the restored copy is put in place.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import struct
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from disclosure_helper.atomic import fsync_dir
from disclosure_helper.errors import BackupError, storage_error_from_os

MAGIC = b"DISCLOSURE-HELPER-BACKUP\n"
FORMAT_VERSION = 2
# Format 1 had no authentication tag; it is still read.
AUTHENTICATED_FROM = 2
SUFFIX = ".dhbackup"
TAG_BYTES = 32
_CHUNK = 1 << 20
_AUTH_LABEL = b"disclosure-helper backup authentication v2"

TAMPERED = (
    "This backup file has been changed since it was made, or it belongs to another vault, "
    "so it was not restored. Nothing has been changed. Please use another backup."
)


# Home suggests a fresh backup when the last one is older than this (or there is none).
BACKUP_REMINDER_DAYS = 30


def last_backup_time(stamp: object) -> datetime | None:
    """When the last backup was made, from the stamp the vault keeps; None when there is
    none or it cannot be read."""
    if not isinstance(stamp, str) or not stamp:
        return None
    try:
        when = datetime.fromisoformat(stamp)
    except ValueError:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=timezone.utc)


def backup_is_due(last_backup: object, now: datetime | None = None) -> bool:
    """True when no backup was made in the last 30 days (or ever, or the stamp is unreadable)."""
    when = last_backup_time(last_backup)
    if when is None:
        return True
    now = now or datetime.now(timezone.utc)
    return now - when > timedelta(days=BACKUP_REMINDER_DAYS)


@dataclass(frozen=True)
class BackupHeader:
    keyslots: bytes
    db_size: int
    db_sha256: str
    created: str
    schema_version: int
    format_version: int = 1
    header_bytes: int = 0

    @property
    def authenticated(self) -> bool:
        return self.format_version >= AUTHENTICATED_FROM


def auth_key(data_key: bytes | bytearray) -> bytes:
    """The HMAC key for backups: derived from the data key, never the data key itself."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    from disclosure_helper.memory import wipe

    raw = bytes(data_key) if isinstance(data_key, bytearray) else data_key
    try:
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_AUTH_LABEL).derive(raw)
    finally:
        if raw is not data_key:
            wipe(raw)


def write_backup(
    dest: Path,
    keyslots: bytes,
    snapshot: Path,
    created: str,
    schema: int,
    key: bytes,
) -> int:
    """Write the backup next to `dest` and rename it into place; returns its size.

    `key` is the HMAC key from `auth_key(data_key)`.
    """
    digest = hashlib.sha256()
    size = 0
    with open(snapshot, "rb") as src:
        for chunk in iter(lambda: src.read(_CHUNK), b""):
            digest.update(chunk)
            size += len(chunk)
    header = json.dumps(
        {
            "format_version": FORMAT_VERSION,
            "created": created,
            "schema_version": schema,
            "keyslots": keyslots.decode("utf-8"),
            "db_size": size,
            "db_sha256": digest.hexdigest(),
            "authentication": "hmac-sha256",
        }
    ).encode("utf-8")
    dest = Path(dest)
    partial = dest.with_name(dest.name + ".partial")
    try:
        mac = hmac.new(key, digestmod=hashlib.sha256)
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out, open(snapshot, "rb") as src:
            prefix = MAGIC + struct.pack(">I", len(header)) + header
            out.write(prefix)
            mac.update(prefix)
            for chunk in iter(lambda: src.read(_CHUNK), b""):
                out.write(chunk)
                mac.update(chunk)
            out.write(mac.digest())
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, dest)
        fsync_dir(dest.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(partial)
        raise storage_error_from_os(exc) from None
    read_header(dest, verify=True)
    return dest.stat().st_size


def read_header(path: Path, verify: bool = True) -> BackupHeader:
    """Parse a backup file's header; with verify, check the snapshot's checksum too.

    This needs no key, so it catches damage, not deliberate changes: see
    `extract_snapshot` for the authenticated check.
    """
    try:
        with open(path, "rb") as src:
            if src.read(len(MAGIC)) != MAGIC:
                raise BackupError("This file is not a Disclosure Helper backup.")
            (length,) = struct.unpack(">I", src.read(4))
            if length > 16 * 1024 * 1024:
                raise BackupError()
            doc = json.loads(src.read(length).decode("utf-8"))
            version = int(doc["format_version"])
            if version > FORMAT_VERSION:
                raise BackupError(
                    "This backup was made by a newer version of Disclosure Helper. "
                    "Please update the app to restore it."
                )
            header = BackupHeader(
                keyslots=doc["keyslots"].encode("utf-8"),
                db_size=int(doc["db_size"]),
                db_sha256=str(doc["db_sha256"]),
                created=str(doc["created"]),
                schema_version=int(doc.get("schema_version", 0)),
                format_version=version,
                header_bytes=len(MAGIC) + 4 + length,
            )
            if header.db_size < 0:
                raise BackupError()
            if verify:
                digest = hashlib.sha256()
                remaining = header.db_size
                while remaining:
                    chunk = src.read(min(_CHUNK, remaining))
                    if not chunk:
                        raise BackupError(
                            "The backup file is incomplete. It may have been cut short."
                        )
                    digest.update(chunk)
                    remaining -= len(chunk)
                trailer = src.read(TAG_BYTES + 1)
                expected = TAG_BYTES if header.authenticated else 0
                if len(trailer) != expected or digest.hexdigest() != header.db_sha256:
                    raise BackupError("The backup file is damaged: its contents do not match.")
            return header
    except BackupError:
        raise
    except FileNotFoundError:
        raise BackupError("The backup file could not be found.") from None
    except (
        OSError, ValueError, KeyError, TypeError, AttributeError, struct.error,
        UnicodeDecodeError, RecursionError, OverflowError,
    ):
        raise BackupError() from None


def extract_snapshot(path: Path, dest: Path, key: bytes | None) -> BackupHeader:
    """Copy the database snapshot out of a backup into `dest`, checking it on the way.

    One pass over the file: the SHA-256 and (format 2) the HMAC with `key` are computed
    over exactly the bytes copied, so the file cannot change between the check and the
    copy. On any mismatch `dest` is deleted and BackupError raised; nothing in it has
    been opened.
    """
    header = read_header(path, verify=False)
    if header.authenticated and key is None:
        raise BackupError("The backup's passphrase is needed to check it.")
    digest = hashlib.sha256()
    mac = (hmac.new(key, digestmod=hashlib.sha256)
           if header.authenticated and key is not None else None)
    try:
        fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with open(path, "rb") as src, os.fdopen(fd, "wb") as out:
            prefix = src.read(header.header_bytes)
            if mac is not None:
                mac.update(prefix)
            remaining = header.db_size
            while remaining:
                chunk = src.read(min(_CHUNK, remaining))
                if not chunk:
                    raise BackupError("The backup file is incomplete. It may have been cut short.")
                digest.update(chunk)
                if mac is not None:
                    mac.update(chunk)
                out.write(chunk)
                remaining -= len(chunk)
            trailer = src.read(TAG_BYTES + 1)
            if digest.hexdigest() != header.db_sha256:
                raise BackupError("The backup file is damaged: its contents do not match.")
            if mac is not None and (
                len(trailer) != TAG_BYTES or not hmac.compare_digest(mac.digest(), trailer)
            ):
                raise BackupError(TAMPERED)
            if mac is None and trailer:
                raise BackupError("The backup file is damaged: its contents do not match.")
            out.flush()
            os.fsync(out.fileno())
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(dest)
        if isinstance(exc, OSError):
            raise storage_error_from_os(exc) from None
        raise
    return header
