"""keyslots.json: the data key, wrapped with AES-256-GCM under Argon2id-derived keys.

One slot per way in (passphrase, recovery code). Changing the passphrase re-wraps
the same data key, so it is instant and touches none of the data.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import hmac
import json
import secrets
import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from disclosure_helper.atomic import atomic_write
from disclosure_helper.errors import VaultCorrupt
from disclosure_helper.kdf import KEY_BYTES, SALT_BYTES, KdfParams, derive_key

FILE_NAME = "keyslots.json"
PREVIOUS_NAME = FILE_NAME + ".previous"
FORMAT = "disclosure-helper-keyslots"
VERSION = 1
NONCE_BYTES = 12
PASSPHRASE = "passphrase"  # noqa: S105 - a slot name, not a secret
RECOVERY = "recovery"


CHECK_FIELD = "checksum"
# A real key file is about 1 KiB; anything far larger is not one.
MAX_FILE_BYTES = 64 * 1024


def _checksum(doc: dict) -> str:
    """SHA-256 over the rest of the file, to tell a damaged slot from a wrong passphrase.

    Not a secret and not a defence against someone who edits the file on purpose (they
    can recompute it); it catches bit rot and half-copied files, so damage is reported
    as damage and the kept previous copy is used instead.
    """
    canonical = json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


def wipe_bytes(data: bytes | bytearray | None) -> None:
    """Overwrite a key we hold. bytes are immutable in Python, so for those the buffer
    is zeroed in place (CPython only) once nothing else should be reading it."""
    from disclosure_helper.memory import wipe

    wipe(data)


def _derive(secret: str, salt: bytes, kdf: KdfParams) -> bytes:
    """The key-encryption key; the passphrase's bytes are wiped once Argon2 has them."""
    raw = secret_bytes(secret)
    try:
        return derive_key(raw, salt, kdf)
    finally:
        if raw is not secret:
            wipe_bytes(raw)


class SlotMismatch(Exception):
    """The secret does not open this slot (wrong passphrase or code)."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str, size: int | None = None) -> bytes:
    data = base64.b64decode(text.encode("ascii"), validate=True)
    if size is not None and len(data) != size:
        raise ValueError("wrong length")
    return data


def secret_bytes(secret: str) -> bytes:
    # NFC so the same passphrase typed through different keyboards gives the same bytes.
    return unicodedata.normalize("NFC", secret).encode("utf-8")


@dataclass
class KeySlot:
    kind: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes

    def to_json(self) -> dict:
        return {
            "kind": self.kind,
            "kdf": self.kdf.to_json(),
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped_key": _b64(self.wrapped),
        }

    @classmethod
    def from_json(cls, data: dict) -> KeySlot:
        return cls(
            kind=str(data["kind"]),
            kdf=KdfParams.from_json(data["kdf"]),
            salt=_unb64(data["salt"], SALT_BYTES),
            nonce=_unb64(data["nonce"], NONCE_BYTES),
            wrapped=_unb64(data["wrapped_key"], KEY_BYTES + 16),
        )


@dataclass
class KeySlots:
    vault_id: str
    created: str
    slots: dict[str, KeySlot] = field(default_factory=dict)
    remember_on_device: bool = False

    @classmethod
    def new(cls) -> KeySlots:
        return cls(
            vault_id=str(uuid.uuid4()),
            created=datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
        )

    def _aad(self, kind: str) -> bytes:
        # Binds each wrapped key to this vault and this slot, so slots cannot be swapped.
        return f"{FORMAT}/v{VERSION}/{self.vault_id}/{kind}".encode()

    def wrap(self, kind: str, secret: str, data_key: bytes, kdf: KdfParams) -> None:
        salt = secrets.token_bytes(SALT_BYTES)
        nonce = secrets.token_bytes(NONCE_BYTES)
        kek = _derive(secret, salt, kdf)
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        # A copy of our own to wipe afterwards; a caller's bytes object is left alone.
        plain = bytes(data_key) if isinstance(data_key, bytearray) else data_key
        try:
            wrapped = AESGCM(kek).encrypt(nonce, plain, self._aad(kind))
        finally:
            if plain is not data_key:
                wipe_bytes(plain)
            wipe_bytes(kek)
        self.slots[kind] = KeySlot(kind, kdf, salt, nonce, wrapped)

    def unwrap(self, kind: str, secret: str) -> bytearray:
        slot = self.slots.get(kind)
        if slot is None:
            raise VaultCorrupt("The vault's key file has no entry for this way of unlocking.")
        kek = _derive(secret, slot.salt, slot.kdf)
        # Imported on first use, so the unlock screen shows before the crypto stack loads.
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        try:
            plain = AESGCM(kek).decrypt(slot.nonce, slot.wrapped, self._aad(kind))
        except InvalidTag:
            raise SlotMismatch() from None
        finally:
            wipe_bytes(kek)
        key = bytearray(plain)
        wipe_bytes(plain)
        return key

    def copy(self) -> KeySlots:
        """An independent copy, so a change can be saved before it is made current."""
        return copy.deepcopy(self)

    def same_wrap(self, other: KeySlots, kind: str) -> bool:
        """True when `other` holds the same wrapping of the key in slot `kind` as this one,
        perhaps damaged: a real re-wrap (a new passphrase or code) draws a fresh random salt
        and nonce, so sharing either means both files describe the same wrap."""
        mine, theirs = self.slots.get(kind), other.slots.get(kind)
        if mine is None or theirs is None:
            return False
        return mine.salt == theirs.salt or mine.nonce == theirs.nonce

    # -- file ----------------------------------------------------------------

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "created": self.created,
            "remember_on_device": self.remember_on_device,
            "slots": [slot.to_json() for slot in self.slots.values()],
        }
        doc[CHECK_FIELD] = _checksum(doc)
        return (json.dumps(doc, indent=2) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeySlots:
        try:
            if len(raw) > MAX_FILE_BYTES:
                raise ValueError("too large for a key file")
            doc = json.loads(raw.decode("utf-8"))
            if doc.get("format") != FORMAT:
                raise ValueError("not a key file")
            if int(doc["version"]) > VERSION:
                from disclosure_helper.errors import VaultTooNew

                raise VaultTooNew()
            if CHECK_FIELD in doc:
                # Files written before the checksum existed have none; they are still read.
                stated = doc.pop(CHECK_FIELD)
                if not isinstance(stated, str) or not hmac.compare_digest(
                    stated, _checksum(doc)
                ):
                    raise ValueError("checksum does not match")
            slots = [KeySlot.from_json(s) for s in doc["slots"]]
            result = cls(
                vault_id=str(uuid.UUID(doc["vault_id"])),
                created=str(doc["created"]),
                slots={s.kind: s for s in slots},
                remember_on_device=bool(doc.get("remember_on_device", False)),
            )
        except (
            ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError, RecursionError
        ):
            # RecursionError: deeply nested brackets make the JSON parser give up.
            raise VaultCorrupt(
                "The vault's key file is damaged, so the vault cannot be opened. "
                "Nothing has been changed; you can restore it from a backup."
            ) from None
        if PASSPHRASE not in result.slots:
            raise VaultCorrupt("The vault's key file is incomplete. Nothing has been changed.")
        return result

    @classmethod
    def load(cls, folder: Path) -> tuple[KeySlots, bool]:
        """Read the key file; fall back to the kept previous copy if the main one is damaged.

        Returns (slots, used_previous_copy). Reading never changes anything on disk.
        """
        main = Path(folder) / FILE_NAME
        previous = Path(folder) / PREVIOUS_NAME
        first_error: Exception | None = None
        try:
            return cls.from_bytes(main.read_bytes()), False
        except FileNotFoundError as exc:
            first_error = exc
        except VaultCorrupt as exc:
            first_error = exc
        except OSError:
            raise VaultCorrupt("The vault's key file could not be read.") from None
        try:
            return cls.from_bytes(previous.read_bytes()), True
        except (OSError, VaultCorrupt):
            pass
        if isinstance(first_error, FileNotFoundError):
            raise VaultCorrupt(
                "The vault's key file is missing, so the vault cannot be opened. "
                "Nothing has been changed; you can restore it from a backup."
            )
        raise first_error

    def save(self, folder: Path) -> None:
        atomic_write(Path(folder) / FILE_NAME, self.to_bytes(), keep_previous=True)
