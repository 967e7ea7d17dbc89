"""One passphrase rule for the vault, the strength meter and every screen that sets one."""

from __future__ import annotations

import pytest

from disclosure_helper.errors import PassphraseTooLong, VaultError
from disclosure_helper.passphrase_policy import (
    MAX_CHECKED_CHARS,
    MAX_PASSPHRASE_CHARS,
    MIN_PASSPHRASE_CHARS,
    acceptable,
    check_passphrase,
    strength,
)


def test_the_length_rule():
    check_passphrase("x" * MIN_PASSPHRASE_CHARS)
    with pytest.raises(VaultError, match="at least 8 characters"):
        check_passphrase("x" * (MIN_PASSPHRASE_CHARS - 1))
    with pytest.raises(PassphraseTooLong):
        check_passphrase("x" * (MAX_PASSPHRASE_CHARS + 1))


def test_strength_is_judged_on_what_zxcvbn_accepts():
    # zxcvbn refuses text over 72 characters; a longer passphrase is judged on its start.
    long = "quiet harbour lantern " * 10
    assert len(long) > MAX_CHECKED_CHARS
    assert strength(long).score == strength(long[:MAX_CHECKED_CHARS]).score
    assert acceptable(long)


def test_short_or_easy_passphrases_are_not_accepted():
    short = strength("Xq7#pL")  # hard to guess, but too short
    assert short.too_short and short.score <= 1 and not short.acceptable
    assert not acceptable("password1")
    assert acceptable("lantern orbit meadow quietly")
    assert not acceptable("lantern orbit meadow " * 60)  # over the vault's limit
