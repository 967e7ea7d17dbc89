"""Turning whatever the person types into a safe FTS5 query.

Nothing typed is ever FTS5 syntax: each word, and each "quoted phrase", becomes an
FTS5 string with its quotes doubled, so AND/OR/NOT/NEAR, column filters, brackets,
stars and SQL-looking text are all just words to look for. Words are joined with
spaces (FTS5's implicit AND), which quietly ignores a word the tokenizer reduces to
nothing, so even odd symbols cannot make a query fail. The last word is a prefix
while the person is still typing it ("frust" finds "frustrated").
"""

from __future__ import annotations

import re
import unicodedata

from disclosure_helper.journal_model import clean_text

# Far beyond a real search; keeps a pasted essay from becoming a slow query.
MAX_QUERY_CHARS = 400
MAX_TERMS = 16

_CHUNK = re.compile(r'"([^"]*)"?|([^\s"]+)')
# Token characters of the index's tokenizer (categories 'L* N* Co So').
_TOKEN_CATEGORIES = ("L", "N")
_TOKEN_EXACT = ("Co", "So")


def _is_token_char(ch: str) -> bool:
    category = unicodedata.category(ch)
    return category[0] in _TOKEN_CATEGORIES or category in _TOKEN_EXACT


def _has_token(text: str) -> bool:
    return any(_is_token_char(ch) for ch in text)


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _without_controls(text: str) -> str:
    # NUL would cut the query short inside SQLite; other control characters are invisible.
    return "".join(" " if unicodedata.category(ch) in ("Cc", "Cs") else ch for ch in text)


def terms(text: object) -> list[str]:
    """The words and phrases a query looks for, in the order typed."""
    cleaned = _without_controls(clean_text(text))[:MAX_QUERY_CHARS]
    found: list[str] = []
    for match in _CHUNK.finditer(cleaned):
        phrase = match.group(1) if match.group(1) is not None else match.group(2)
        phrase = " ".join(phrase.split())
        if phrase and _has_token(phrase):
            found.append(phrase)
        if len(found) >= MAX_TERMS:
            break
    return found


def match_expression(text: object, prefix: bool = True) -> str | None:
    """An FTS5 MATCH string for `text`, or None when there is nothing to look for."""
    cleaned = _without_controls(clean_text(text))[:MAX_QUERY_CHARS]
    words = terms(cleaned)
    if not words:
        return None
    parts = [_quote(word) for word in words]
    if prefix and _wants_prefix(cleaned, words[-1]):
        parts[-1] += "*"
    return " ".join(parts)


def _wants_prefix(cleaned: str, last: str) -> bool:
    stripped = cleaned.rstrip()
    if stripped != cleaned or stripped.endswith('"'):
        return False  # the last word is finished, or a phrase was closed
    tail = [ch for ch in last.split()[-1] if _is_token_char(ch)]
    # One Latin letter would expand to most of the vocabulary; wait for a second.
    return not (len(tail) == 1 and tail[0].isascii())
