"""A faster export must say exactly what the export said before, byte for byte.

A varied journal (every built-in kind and an own template, awkward text, Markdown's own
characters, control characters, line breaks of every kind, incident records with later
additions and changes, plans kept and gone, trashed entries, several time zones) is
exported in English and in Spanish and compared with files written by the export before
it was made faster (tests/core/data/export_varied_*.md). If an intended change to what an
export says breaks this, regenerate the files with
`python tests/core/test_export_unchanged.py` and read the difference first.
"""

from __future__ import annotations

import os
import random
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from disclosure_helper import content, dates
from disclosure_helper.export_markdown import export_markdown
from disclosure_helper.journal import Entry
from disclosure_helper.templates import new_own_template

DATA = Path(__file__).with_name("data")
NOW = datetime(2025, 3, 9, 17, 45, tzinfo=timezone(timedelta(hours=-5)))
ZONES = [timezone(timedelta(minutes=m)) for m in (0, 60, -300, 330, 765, -570)]
_PIECES = [
    "plain words", "Said it *again* in front of _everyone_", "- looked like a list",
    "1. or a numbered one", "  2) indented number", "=== underline", "+ plus", "# not a heading",
    "back\\slash and `code`", "[link](there) <b>tag</b> a|b ~strike~", "tab\there",
    "line\r\nbreak", "lone\rreturn", "nul\x00char", "bell\x07and\x1bescape", "del\x7f",
    "c1\x85next\x9fline", "emoji 🙂 and שלום and 日本語", "café résumé naïve",
    "trailing spaces   ", "   ", "", "two\n\nparagraphs\n\n\n", "ta\tb\u2028sep\u2029par",
    "no-break\u00a0space\u3000ideographic", "٣. Arabic digit", "  - indented dash",
]


def _text(rng: random.Random, most: int = 4) -> str:
    return " ".join(rng.choice(_PIECES) for _ in range(rng.randint(0, most)))


def _lines(rng: random.Random) -> str:
    return "\n".join(_text(rng, 3) for _ in range(rng.randint(1, 4)))


def varied_journal(vault) -> None:
    """The same journal on every run and machine (times are set, not taken from the clock)."""
    rng = random.Random(20250309)
    j = vault.journal
    own = j.save_template(new_own_template("Supervision *notes*", [
        {"id": "body", "kind": "multiline", "label": "What we talked about"},
        {"id": "focus", "kind": "choice", "label": "Focus",
         "options": [{"id": "cases", "label": "Cases"}, {"id": "me", "label": "Me & [my] work"}]},
        {"id": "topics", "kind": "multi-choice", "label": "Topics",
         "options": [{"id": "a", "label": "Rota"}, {"id": "b", "label": "Breaks"}]},
        {"id": "energy", "kind": "rating", "label": "Energy after"},
        {"id": "next_time", "kind": "datetime", "label": "Next time"},
        {"id": "note", "kind": "text", "label": "A note"},
    ]))
    start = datetime(2022, 1, 3, 8, 15, tzinfo=timezone.utc)
    kinds = ["free", "checkin", "after_shift", "incident", "reflection", "disclosure_followup",
             own.id]
    stamps = []
    for n in range(160):
        kind = kinds[n % len(kinds)] if n % 11 else rng.choice(kinds)
        when = (start + timedelta(hours=rng.randint(0, 24 * 900), minutes=rng.randint(0, 59),
                                  seconds=rng.randint(0, 59))).astimezone(rng.choice(ZONES))
        fields: dict = {}
        if kind == "checkin":
            fields = {k: rng.randint(1, 5) for k in ("mood", "energy", "stress")}
        elif kind == "after_shift":
            fields = {"felt": _lines(rng), "prejudice": rng.choice(["yes", "not_sure", "no"]),
                      "strategies": rng.sample(["sought_support", "confronted", "educated",
                                                "advocated", "gone_option"], rng.randint(0, 3)),
                      "strategies_other": _text(rng), "mattered": _text(rng)}
        elif kind == "incident":
            fields = {"where": rng.choice(["Ward #3", "  ", "Corridor", "Team *meeting*"]),
                      "who": _text(rng, 2), "witnesses": rng.choice(["", "P.S.", "- none"]),
                      "affect": _lines(rng), "want": _lines(rng), "reference": "REF-12_3"}
        elif kind == "reflection":
            fields = {"so_what": _lines(rng), "now_what": _text(rng)}
        elif kind == "disclosure_followup":
            fields = {"outcome": rng.choice(["told", "told_part", "not_told", "ahead", "other"]),
                      "who": _text(rng, 2), "response": _lines(rng), "next": _lines(rng)}
        elif kind == own.id:
            fields = {"focus": rng.choice(["cases", "me", "gone"]),
                      "topics": rng.sample(["a", "b", "c"], rng.randint(0, 3)),
                      "energy": rng.randint(1, 5),
                      "next_time": rng.choice([
                          (when + timedelta(days=7)).isoformat(), "not a date", ""]),
                      "note": _text(rng)}
        if rng.random() < 0.2:  # answers to questions the template no longer asks
            fields["old_question"] = rng.choice([_lines(rng), 7, ["x", "", None, "y"], None])
        entry = j.add(Entry(kind=kind, title=_text(rng, 3) if rng.random() < 0.8 else "",
                            body=_lines(rng) if kind != "checkin" else _text(rng, 2),
                            fields=fields, occurred_at=when,
                            tags=rng.sample(["work", "a_b", "café", "🙂", "*star*", "union"],
                                            rng.randint(0, 3)),
                            plan_id=rng.choice([None, None, 1, 2])))
        created = int(when.timestamp()) + rng.randint(0, 3 * 86400)
        updated = created + rng.choice([0, 30, 59, 61, 3600, 86400 * 5])
        stamps.append((created, updated, entry.id))
        if kind == "incident":
            for _ in range(rng.randint(0, 3)):
                j.add_addition(int(entry.id), _lines(rng) or "more",
                               kind=rng.choice(["more", "reply", "something_else"]),
                               at=when + timedelta(days=rng.randint(1, 30),
                                                   minutes=rng.randint(0, 600)))
        if n % 17 == 5:
            j.delete(int(entry.id))  # in the trash: never exported
    with vault.db.transaction():
        for created, updated, entry_id in stamps:
            vault.db.execute("UPDATE journal_entries SET created = ?, updated = ? WHERE id = ?",
                             (created, updated, entry_id))


PLANS = {1: "Telling my <manager>"}


def exports(vault) -> dict[str, str]:
    j = vault.journal
    chosen = list(reversed(j.ids()))[::3]
    found = {}
    for name, ids, timeline in (("all", None, False), ("chosen", chosen, False),
                                ("timeline", None, True), ("timeline_chosen", chosen, True)):
        found[name] = export_markdown(j, ids, timeline, PLANS, now=NOW)[0]
    return found


@pytest.fixture
def utc_here(monkeypatch):
    """Records say when they were written in the computer's own time zone: fix it."""
    if not hasattr(time, "tzset"):
        pytest.skip("needs time.tzset to fix the local time zone")
    monkeypatch.setenv("TZ", "America/Toronto")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _in_language(lang: str):
    content.set_language(lang)
    dates.set_locale({"en": "en_US", "es": "es_ES"}[lang])


def _golden(lang: str, name: str) -> Path:
    return DATA / f"export_varied_{lang}_{name}.md"


def test_export_says_what_it_said_before(vault, utc_here):
    varied_journal(vault)
    for lang in ("en", "es"):
        try:
            _in_language(lang)
            made = exports(vault)
        finally:
            _in_language("en")
        for name, text in made.items():
            expected = _golden(lang, name).read_bytes().decode("utf-8", "surrogatepass")
            assert text == expected, f"{lang} {name} export differs from before"


def _write_golden() -> None:  # pragma: no cover - run by hand, see the docstring
    import tempfile

    from disclosure_helper.keystore import MemoryKeyStore
    from disclosure_helper.vault import Vault
    from tests.conftest import FAST_KDF, PASSPHRASE

    os.environ["TZ"] = "America/Toronto"
    time.tzset()
    DATA.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        vault = Vault.create(Path(tmp) / "v", PASSPHRASE, kdf=FAST_KDF,
                             keystore=MemoryKeyStore())
        varied_journal(vault)
        for lang in ("en", "es"):
            _in_language(lang)
            for name, text in exports(vault).items():
                _golden(lang, name).write_bytes(text.encode("utf-8", "surrogatepass"))
        vault.close()


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    _write_golden()
