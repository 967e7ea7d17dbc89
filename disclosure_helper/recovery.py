"""Recovery codes: about 136 bits of randomness in seven groups of four easy characters."""

from __future__ import annotations

import secrets

# No 0/O, 1/I/L or U/V pairs to confuse when written by hand.
ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ"
GROUPS = 7
GROUP_SIZE = 4
_SIMILAR = {"0": "O", "1": "I"}


def generate() -> str:
    chars = "".join(secrets.choice(ALPHABET) for _ in range(GROUPS * GROUP_SIZE))
    return format_code(chars)


def format_code(chars: str) -> str:
    return "-".join(chars[i : i + GROUP_SIZE] for i in range(0, len(chars), GROUP_SIZE))


def normalise(code: str) -> str | None:
    """The canonical form of a typed code, or None when it cannot be one of ours.

    Spaces, dashes, dots and case do not matter, so people can type it as they wrote it.
    """
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    if len(cleaned) != GROUPS * GROUP_SIZE or any(ch not in ALPHABET for ch in cleaned):
        return None
    return format_code(cleaned)


def entropy_bits() -> float:
    import math

    return GROUPS * GROUP_SIZE * math.log2(len(ALPHABET))
