"""What a new passphrase must be: one rule for the vault, the strength meter and every
screen that asks for one.

Two parts. The vault refuses a passphrase outside the length limits (`check_passphrase`).
The screens that let someone choose one also ask that it not be easy to guess: zxcvbn's
score, judged on what zxcvbn accepts (its first `MAX_CHECKED_CHARS` characters), with a
too-short passphrase never scoring above "easy to guess" (`strength`, `acceptable`).
"""

from __future__ import annotations

from typing import NamedTuple

from disclosure_helper.errors import PassphraseTooLong, VaultError

MIN_PASSPHRASE_CHARS = 8
# Long enough for any passphrase a person types or a password manager makes (SECURITY.md
# recommends long phrases); Argon2 takes any length. Passphrase boxes use the same limit.
MAX_PASSPHRASE_CHARS = 1024
# zxcvbn's "could be guessed with some effort" is the least a new passphrase may score.
MIN_SCORE = 2
# zxcvbn 4.5 refuses input over 72 characters (ValueError), and gets slow near it anyway.
# A longer passphrase is judged on its first 72: at least that strong, and usually more.
MAX_CHECKED_CHARS = 72


class Strength(NamedTuple):
    """How hard a passphrase would be to guess: zxcvbn's score (0-4), capped at 1 while
    it is shorter than the minimum, with zxcvbn's own warning and first suggestion."""

    score: int
    warning: str = ""
    suggestion: str = ""
    too_short: bool = False

    @property
    def acceptable(self) -> bool:
        return not self.too_short and self.score >= MIN_SCORE


def check_passphrase(passphrase: str) -> None:
    """VaultError when a new passphrase cannot be used, with a message saying why."""
    if not isinstance(passphrase, str) or len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise VaultError(
            "Please choose a passphrase of at least {limit} characters.",
            limit=MIN_PASSPHRASE_CHARS,
        )
    if len(passphrase) > MAX_PASSPHRASE_CHARS:
        raise PassphraseTooLong(
            "That passphrase is longer than the vault can take ({limit} characters). "
            "Please choose a shorter one.",
            limit=MAX_PASSPHRASE_CHARS,
        )


def estimate(passphrase: str, user_inputs: list[str] | None = None) -> tuple[int, str, str]:
    """(score 0-4, zxcvbn warning, first suggestion) for a passphrase of any length."""
    if not passphrase:
        return 0, "", ""
    from zxcvbn import zxcvbn  # imported late: it loads word lists

    checked = passphrase[:MAX_CHECKED_CHARS]
    inputs = [word[:MAX_CHECKED_CHARS] for word in (user_inputs or [])]
    try:
        result = zxcvbn(checked, user_inputs=inputs)
    except ValueError:
        # A future zxcvbn with a lower limit must not stop someone choosing a passphrase.
        result = zxcvbn(checked[:32], user_inputs=[])
    feedback = result.get("feedback") or {}
    suggestions = feedback.get("suggestions") or []
    first = suggestions[0] if suggestions else ""
    return int(result["score"]), feedback.get("warning") or "", first


def strength(passphrase: str, user_inputs: list[str] | None = None) -> Strength:
    """The strength the meter shows and the screens check before accepting a passphrase."""
    score, warning, suggestion = estimate(passphrase, user_inputs)
    too_short = len(passphrase) < MIN_PASSPHRASE_CHARS
    if too_short:
        score = min(score, 1)
    return Strength(score, warning, suggestion, too_short)


def acceptable(passphrase: str) -> bool:
    """Long enough, not too long, and not easy to guess."""
    return len(passphrase) <= MAX_PASSPHRASE_CHARS and strength(passphrase).acceptable


__all__ = [
    "MAX_CHECKED_CHARS",
    "MAX_PASSPHRASE_CHARS",
    "MIN_PASSPHRASE_CHARS",
    "MIN_SCORE",
    "Strength",
    "acceptable",
    "check_passphrase",
    "estimate",
    "strength",
]
