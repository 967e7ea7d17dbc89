"""Counted phrases come from one place with real plural forms, never from content keys."""

from __future__ import annotations

import pytest

from disclosure_helper import content
from disclosure_helper.counted import ENGLISH, counted


def test_english_forms_without_a_translator():
    assert counted("%n entries", 1) == "1 entry"
    assert counted("%n entries", 0) == "0 entries"
    assert counted("%n times", 1) == "once"
    assert counted("%n check-ins", 12) == "12 check-ins"
    with pytest.raises(KeyError):
        counted("%n unknown things", 2)
    assert all("%n" in plural for plural in ENGLISH)


def _keys(value, path=""):
    if isinstance(value, dict):
        for key, inner in value.items():
            yield f"{path}{key}"
            yield from _keys(inner, f"{path}{key}.")
    elif isinstance(value, list):
        for inner in value:
            yield from _keys(inner, path)


@pytest.mark.parametrize("lang", content.languages())
def test_no_content_file_holds_hand_made_plurals(lang):
    for name in content.available("", lang, recursive=True):
        keys = [k for k in _keys(content.load(name, lang)) if k.endswith(("_one", "_other"))]
        assert not keys, f"{lang}/{name}: counts go through counted() and the catalogues"
