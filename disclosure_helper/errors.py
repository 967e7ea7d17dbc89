"""Typed errors with plain-language messages.

Messages are shown to the person, so they never contain anything the person wrote:
only what happened and what they can do next.

Each error carries a message id (its English sentence, with `{name}` placeholders) and
the arguments that fill it. `str(err)` is the English, for logs and the command line;
`err.message` is what a person reads, in their language once the UI has set a translator
(ui/i18n.py). The core never imports Qt; `make translations` gathers every message id for
the translators (packaging/core_messages.py).

    raise InvalidPlan("Please keep it under {limit} characters.", limit=120)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

# (message id, arguments) -> the sentence in the person's language; None speaks English.
Translator = Callable[[str, Mapping[str, object]], str]
_translator: Translator | None = None


def set_translator(translator: Translator | None) -> None:
    """How `VaultError.message` is put into the person's language (None: English)."""
    global _translator
    _translator = translator


def english(message_id: str, args: Mapping[str, object]) -> str:
    """The English sentence: numbers grouped ("20,000"), words as they are."""
    if not args:
        return message_id
    shown = {k: f"{v:,}" if isinstance(v, int) and not isinstance(v, bool) else v
             for k, v in args.items()}
    return message_id.format(**shown)


class VaultError(Exception):
    """Base for every problem with the vault. `err.message` is safe to show."""

    default_message = "Something went wrong with your private vault. Nothing has been changed."
    # What fills the default message's placeholders, when it has any.
    default_args: Mapping[str, object] = MappingProxyType({})

    def __init__(self, message: str | None = None, **args: object) -> None:
        self.message_id = message or self.default_message
        self.message_args: dict[str, object] = dict(args if message else
                                                    {**self.default_args, **args})
        super().__init__(english(self.message_id, self.message_args))

    @property
    def message(self) -> str:
        if _translator is not None:
            return _translator(self.message_id, self.message_args)
        return str(self)


class WrongPassphrase(VaultError):
    default_message = "That passphrase did not open the vault. Please check it and try again."


class WrongRecoveryCode(WrongPassphrase):
    default_message = (
        "That recovery code did not open the vault. Please check each group of characters."
    )


class VaultLocked(VaultError):
    default_message = "The vault is locked. Unlock it to carry on."


class VaultNotFound(VaultError):
    default_message = "There is no vault in this folder yet."


class VaultCorrupt(VaultError):
    default_message = (
        "Part of the vault could not be read. It may be damaged. Nothing has been changed; "
        "you can restore it from a backup."
    )


class VaultInUse(VaultError):
    default_message = (
        "This vault is already open in another Disclosure Helper window. "
        "Please switch to that window, or close it and try again."
    )


class VaultTooNew(VaultError):
    default_message = (
        "This vault was saved by a newer version of Disclosure Helper. "
        "Please update the app to open it. Nothing has been changed."
    )


class StorageError(VaultError):
    default_message = (
        "Your words could not be saved to disk. They are still on screen. "
        "Please check that the disk has free space and the folder can be written to."
    )


class DiskFull(StorageError):
    default_message = (
        "The disk is full, so your words could not be saved. They are still on screen. "
        "Free up some space and try again."
    )


class ReadOnlyStorage(StorageError):
    default_message = (
        "The vault folder cannot be written to, so your words could not be saved. "
        "They are still on screen. Check the folder's permissions or choose another folder."
    )


class VaultMissing(StorageError):
    default_message = (
        "The vault folder can no longer be found. It may have been moved or deleted, or "
        "its drive unplugged. What you just wrote was not saved, but it is still on "
        "screen: you can save a copy of it somewhere else. Then put the folder back (or "
        "plug the drive in) and open the app again."
    )


class UnusablePath(VaultError):
    default_message = (
        "The vault cannot be kept in that folder because of its name. Nothing has been "
        "changed. Please choose another folder."
    )


class PassphraseTooLong(VaultError):
    default_message = "That passphrase is longer than the vault can take."


class KeyringUnavailable(VaultError):
    default_message = (
        "This device has no safe place to remember the vault. "
        "You can still unlock it with your passphrase."
    )


class BackupError(VaultError):
    default_message = "The backup file could not be read. It may be damaged or not a backup."


def storage_error_from_os(exc: OSError) -> StorageError:
    """Turn an OSError from a write into a kind message, without the path or content."""
    import errno

    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull()
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ReadOnlyStorage()
    return StorageError()
