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
import stat
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from disclosure_helper import content, dates
from disclosure_helper import export_markdown as export_markdown_module
from disclosure_helper.cancellation import Cancelled
from disclosure_helper.export_markdown import export_markdown, write_export_markdown
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


@pytest.fixture
def out(tmp_path):
    """A folder of its own for the exported files."""
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def test_file_written_as_it_is_made_holds_the_same_bytes(vault, utc_here, out):
    """The Export dialog's way (a batch of entries at a time) writes exactly the text,
    however the batches fall, and leaves only the finished file, readable by the person
    alone."""
    varied_journal(vault)
    j = vault.journal
    chosen = list(reversed(j.ids()))[::3]
    for size in (1, 7, 500):
        export_markdown_module._BATCH = size
        try:
            for name, ids, timeline in (("all", None, False), ("chosen", chosen, False),
                                        ("timeline", None, True)):
                target = out / f"{name}-{size}.md"
                count = write_export_markdown(target, j, ids, timeline, PLANS, now=NOW)
                assert target.read_bytes() == _golden("en", name).read_bytes()
                assert count == export_markdown(j, ids, timeline, PLANS, now=NOW)[1]
                if os.name == "posix":
                    assert stat.S_IMODE(target.stat().st_mode) == 0o600
        finally:
            export_markdown_module._BATCH = 500
    assert sorted(p.name for p in out.iterdir()) == sorted(
        f"{name}-{size}.md" for name in ("all", "chosen", "timeline") for size in (1, 7, 500))


def test_an_empty_export_still_says_it_is_not_encrypted(vault, out):
    target = out / "none.md"
    assert write_export_markdown(target, vault.journal, now=NOW) == 0
    assert target.read_text(encoding="utf-8") == export_markdown(vault.journal, now=NOW)[0]
    assert "encrypted" in target.read_text(encoding="utf-8")


def test_an_entry_saved_during_the_export_still_gives_the_right_count(vault, out):
    """The heading's count is taken before the entries are read; if an entry is saved
    or deleted meanwhile, the file is made again with the count it really holds."""
    j = vault.journal
    for n in range(5):
        j.add(Entry(title=f"entry {n}", occurred_at=NOW - timedelta(days=n)))
    real_count = j.export_count

    def stale_count(*args, **kwargs):
        j.add(Entry(title="saved while exporting", occurred_at=NOW))
        return real_count(*args, **kwargs) - 1

    j.export_count = stale_count
    target = out / "out.md"
    assert write_export_markdown(target, j, now=NOW) == 6
    del j.export_count
    written = target.read_text(encoding="utf-8")
    assert written == export_markdown(j, now=NOW)[0]
    assert "· 6 entries" in written and "saved while exporting" in written
    assert [p.name for p in out.iterdir()] == ["out.md"]


def test_a_stopped_export_leaves_the_old_file_and_no_trace(vault, out):
    j = vault.journal
    for n in range(12):
        j.add(Entry(title=f"entry {n}", occurred_at=NOW - timedelta(days=n)))
    target = out / "journal.md"
    target.write_text("the earlier export", encoding="utf-8")
    checks = []

    def stop_on_the_second_check() -> None:
        checks.append(1)
        if len(checks) == 2:
            raise Cancelled()

    export_markdown_module._BATCH = 5
    try:
        with pytest.raises(Cancelled):
            write_export_markdown(target, j, now=NOW, check=stop_on_the_second_check)
    finally:
        export_markdown_module._BATCH = 500
    assert target.read_text(encoding="utf-8") == "the earlier export"
    assert [p.name for p in out.iterdir()] == ["journal.md"]


def test_export_count_matches_what_is_exported(vault):
    j = vault.journal
    ids = [j.add(Entry(kind=kind, title="t", occurred_at=NOW,
                       fields={"mood": 3, "energy": 3, "stress": 3} if kind == "checkin"
                       else {})).id
           for kind in ("free", "incident", "checkin", "incident")]
    j.delete(ids[3])
    assert j.export_count() == 3 and j.export_count(kind="incident") == 1
    assert j.export_count(ids) == 4 and j.export_count(ids, "incident") == 2
    assert j.export_count([ids[0], ids[0], 999999]) == 1
    for chosen in (None, ids, ids[:2]):
        for kind in (None, "incident"):
            rows = [r for r in j.export_sources(chosen, kind) if kind is None or r.kind == kind]
            assert j.export_count(chosen, kind) == len(rows)


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
