"""Counted phrases ("3 entries") for the core's summaries and exports, without Qt.

Languages have one to six plural forms, so a count is never two keys in a content file:
the core names the phrase by its English plural ("%n entries"), and the UI installs a
translator that uses Qt's plural forms for the person's language (ui/i18n.py). Without
one (the command line, some tests) the English forms here are used.

    counted("%n entries", 3) -> "3 entries"
"""

from __future__ import annotations

from collections.abc import Callable

# The English plural -> its singular. Every phrase the core counts is listed here;
# `make translations` gathers them for the translators (packaging/core_messages.py).
ENGLISH = {
    "%n check-ins": "%n check-in",
    "%n entries": "%n entry",
    "%n incidents": "%n incident",
    "%n times": "once",
    "%n weeks": "%n week",
    "%n months": "%n month",
    "%n years": "%n year",
}

_translator: Callable[[str, int], str] | None = None


def set_translator(translator: Callable[[str, int], str] | None) -> None:
    """How counted phrases are put into the person's language (None: English)."""
    global _translator
    _translator = translator


def counted(phrase: str, count: int) -> str:
    """`phrase` (an English plural with %n, listed in ENGLISH) for `count` things."""
    if phrase not in ENGLISH:
        raise KeyError(phrase)
    if _translator is not None:
        return _translator(phrase, count)
    return (ENGLISH[phrase] if count == 1 else phrase).replace("%n", str(count))
