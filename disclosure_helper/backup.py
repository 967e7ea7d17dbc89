"""Backup files: one encrypted file holding the key file and a database snapshot.

Layout: MAGIC, a 4-byte big-endian header length, a JSON header (the key file, the
snapshot's size and SHA-256), then the SQLCipher snapshot bytes. Nothing in it is
plaintext: the snapshot is encrypted with the vault's data key, and the key file only
holds that key wrapped under the passphrase and the recovery code.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import struct
from dataclasses import dataclass
from pathlib import Path

from disclosure_helper.atomic import fsync_dir
from disclosure_helper.errors import BackupError, storage_error_from_os

MAGIC = b"DISCLOSURE-HELPER-BACKUP\n"
FORMAT_VERSION = 1
SUFFIX = ".dhbackup"
_CHUNK = 1 << 20


@dataclass(frozen=True)
class BackupHeader:
    keyslots: bytes
    db_size: int
    db_sha256: str
    created: str
    schema_version: int


def write_backup(dest: Path, keyslots: bytes, snapshot: Path, created: str, schema: int) -> int:
    """Write the backup next to `dest` and rename it into place; returns its size."""
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
        }
    ).encode("utf-8")
    dest = Path(dest)
    partial = dest.with_name(dest.name + ".partial")
    try:
        with open(partial, "wb") as out, open(snapshot, "rb") as src:
            out.write(MAGIC + struct.pack(">I", len(header)) + header)
            for chunk in iter(lambda: src.read(_CHUNK), b""):
                out.write(chunk)
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
    """Parse a backup file's header; with verify, check the snapshot's checksum too."""
    try:
        with open(path, "rb") as src:
            if src.read(len(MAGIC)) != MAGIC:
                raise BackupError("This file is not a Disclosure Helper backup.")
            (length,) = struct.unpack(">I", src.read(4))
            if length > 16 * 1024 * 1024:
                raise BackupError()
            doc = json.loads(src.read(length).decode("utf-8"))
            if int(doc["format_version"]) > FORMAT_VERSION:
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
            )
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
                if src.read(1) or digest.hexdigest() != header.db_sha256:
                    raise BackupError("The backup file is damaged: its contents do not match.")
            return header
    except BackupError:
        raise
    except FileNotFoundError:
        raise BackupError("The backup file could not be found.") from None
    except (OSError, ValueError, KeyError, TypeError, struct.error, UnicodeDecodeError):
        raise BackupError() from None


def extract_snapshot(path: Path, dest: Path) -> None:
    """Copy the database snapshot out of a backup file into `dest`.

    The checksum is checked on the way, in the same single read of the file (a second
    pass over a large vault's backup doubled the time to restore it): a mismatch
    raises BackupError after the copy, which the caller then removes.
    """
    header = read_header(path, verify=False)
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as src, open(dest, "wb") as out:
            src.seek(len(MAGIC))
            (length,) = struct.unpack(">I", src.read(4))
            src.seek(len(MAGIC) + 4 + length)
            remaining = header.db_size
            while remaining:
                chunk = src.read(min(_CHUNK, remaining))
                if not chunk:
                    raise BackupError("The backup file is incomplete. It may have been cut short.")
                digest.update(chunk)
                out.write(chunk)
                remaining -= len(chunk)
            trailing = src.read(1)
            out.flush()
            os.fsync(out.fileno())
    except OSError as exc:
        raise storage_error_from_os(exc) from None
    if trailing or digest.hexdigest() != header.db_sha256:
        raise BackupError("The backup file is damaged: its contents do not match.")
