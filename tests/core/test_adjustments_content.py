"""My adjustments' words: one shared needs list, plain and never directive, every fact
sourced, letters that name no condition and carry their country's parts."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import textstat

import disclosure_helper.resources as resources_package
from disclosure_helper.adjustments_content import cited_ids, load_adjustments_content
from disclosure_helper.adjustments_model import PassportField, ReviewReason, Status
from disclosure_helper.guide import load_guide, load_options
from tests.core.test_guide_content import MIN_READING_EASE, is_directive

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CONTENT = Path(resources_package.__file__).parent / "content" / "en"
FOLDER = CONTENT / "adjustments"
FILES = sorted(FOLDER.rglob("*.toml"))
LAST_REVIEWED = date(2026, 11, 26)

text = load_adjustments_content()


# -- the needs list lives in one place ----------------------------------------------------------


def test_the_why_page_and_my_adjustments_read_the_same_needs_list():
    why = load_guide().question("why", "needs_at_work")
    shared = load_options("adjustments/needs")
    assert why.options == shared
    assert [o.id for o in text.needs] == [o.id for o in shared if o.id != "nothing_now"]
    assert text.need("flexible_hours") == next(o for o in shared if o.id == "flexible_hours")
    assert any(o.often_without_disclosing for o in text.needs)
    assert not all(o.often_without_disclosing for o in text.needs)


def test_no_other_content_file_keeps_its_own_copy_of_the_needs():
    ids = [o.id for o in text.needs]
    for path in CONTENT.rglob("*.toml"):
        if path == FOLDER / "needs.toml":
            continue
        raw = path.read_text(encoding="utf-8")
        copies = [i for i in ids if re.search(rf'^\s*id\s*=\s*"{i}"', raw, re.MULTILINE)]
        assert not copies, f"{path.relative_to(CONTENT)} defines needs {copies} again"
    why = tomllib.loads((CONTENT / "guide" / "why.toml").read_text(encoding="utf-8"))
    needs = next(q for q in why["questions"] if q["id"] == "needs_at_work")
    assert needs["options_from"] == "adjustments/needs" and "options" not in needs


# -- complete ------------------------------------------------------------------------------------


def test_every_status_part_and_reason_has_words():
    passport = text.passport
    assert [f.id for f in passport.fields] == [p.value for p in PassportField]
    assert [f.id for f in passport.fields if f.sensitive] == ["health_effects"]
    assert all(f.label and f.help for f in passport.fields)
    assert [s.id for s in passport.statuses] == [s.value for s in Status]
    for status in passport.statuses:
        assert status.label and status.description and "{date}" in status.line
    assert [r.id for r in text.review.reasons] == [r.value for r in ReviewReason]
    assert all(r.label and r.prompt for r in text.review.reasons)
    assert text.review.every_months == 6
    assert len(text.review.questions) >= 3


def test_letters_cover_the_us_the_uk_and_everywhere_else():
    assert {letter.id for letter in text.letters} == {"us", "uk", "general"}
    assert text.letter_for_region("us").id == "us"
    assert text.letter_for_region("uk").id == "uk"
    for elsewhere in ("elsewhere", "nz", None):
        assert text.letter_for_region(elsewhere).is_fallback


def _letter_words(letter) -> str:
    sourced = (p.text for p in letter.sourced.values())
    return " ".join([letter.title, *letter.parts.values(), *sourced])


def test_the_us_letter_asks_for_a_reasonable_accommodation():
    us = text.letter_for_region("us")
    words = _letter_words(us)
    assert "reasonable accommodation" in us.title.lower()
    assert "interactive process" in us.part("talk")
    documentation = us.part("documentation")
    assert "only" in documentation or "limited to what this request needs" in documentation
    assert "private" in documentation and "personnel file" in documentation
    assert "Equality Act" not in words and "Access to Work" not in words


def test_the_uk_letter_asks_for_reasonable_adjustments_and_mentions_access_to_work():
    uk = text.letter_for_region("uk")
    assert "reasonable adjustments" in uk.title.lower()
    assert "Equality Act 2010" in uk.part("health_link")
    assert "Access to Work" in uk.part("access_to_work")
    assert uk.part("write_down")
    assert "accommodation" not in _letter_words(uk).lower()


def test_the_general_letter_names_no_law():
    general = text.letter_for_region(None)
    words = _letter_words(general)
    for law in ("Act", "ADA", "Equality", "accommodation", "Access to Work", "EEOC"):
        assert law not in words, law


CONDITIONS = (
    "depress", "anxi", "bipolar", "ptsd", "ocd", "schizo", "psychos", "diagnos", "autis",
    "adhd", "eating disorder", "personality disorder", "medication", "therapy", "psychiatr",
    "mental illness", "mental health condition",
)


@pytest.mark.parametrize("letter", text.letters, ids=[letter.id for letter in text.letters])
def test_no_letter_names_a_condition(letter):
    words = _letter_words(letter).lower()
    assert not [c for c in CONDITIONS if c in words]


def test_the_access_to_work_checklist_asks_what_the_application_asks():
    atw = text.access_to_work
    ids = {item.id for section in atw.sections for item in section.items}
    for needed in ("name", "date_of_birth", "national_insurance", "job", "workplace_address",
                   "workplace_contact", "how_it_affects", "support", "bank", "self_employed"):
        assert needed in ids, needed
    sources = {item.source for section in atw.sections for item in section.items}
    assert sources - {None} <= {p.value for p in PassportField} | {"needs"}
    # Identity numbers and bank details are never filled in from the vault.
    kept_out = {"date_of_birth", "national_insurance", "bank", "self_employed", "address"}
    assert all(
        item.source is None
        for section in atw.sections for item in section.items if item.id in kept_out
    )
    assert "never sends" in atw.intro.text
    assert any("Northern Ireland" in n.text for n in atw.notes)


# -- sources --------------------------------------------------------------------------------------


def test_every_source_is_cited_well_formed_and_every_cited_id_is_known():
    assert text.sources
    for source in text.sources.values():
        assert source.title.strip() and source.url.startswith("https://"), source.id
    assert cited_ids(text) == set(text.sources)


def test_content_is_dated():
    assert text.last_reviewed == LAST_REVIEWED
    for path in FILES:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        if path.name != "needs.toml":
            assert str(data.get("last_reviewed")) == LAST_REVIEWED.isoformat(), path.name


# Words that mark a fact about the law or a scheme: a block with one carries sources.
FACT_WORDS = re.compile(
    r"\b(ADA|EEOC|Equality Act|Access to Work|reasonable accommodation|reasonable adjustment|"
    r"interactive process|flexible working|six months|16 or over|Northern Ireland|GOV\.UK|"
    r"medical records|health professional|personnel file|staff file|duty)",
    re.IGNORECASE,
)


def sourced_blocks() -> Iterator[tuple[str, str, tuple[str, ...]]]:
    """(where, text, source ids) for every block that can state a fact."""
    for letter in text.letters:
        for name, part in letter.sourced.items():
            yield f"letters/{letter.id}.{name}", part.text, part.sources
        for i, note in enumerate(letter.notes):
            yield f"letters/{letter.id}.notes[{i}]", note.text, note.sources
    atw = text.access_to_work
    yield "access_to_work.intro", atw.intro.text, atw.intro.sources
    for i, note in enumerate(atw.notes):
        yield f"access_to_work.notes[{i}]", note.text, note.sources
    yield "review.intro", text.review.intro.text, text.review.intro.sources
    document = text.passport.document
    yield "passport.review_note", document["review_note"], tuple(document["review_sources"])


SOURCED = list(sourced_blocks())


@pytest.mark.parametrize("where,words,sources", SOURCED, ids=[w for w, _, _ in SOURCED])
def test_every_fact_carries_its_sources(where, words, sources):
    if FACT_WORDS.search(words):
        assert sources, f"{where} states a fact with no source"


def test_the_fact_check_finds_facts():
    # Guards the check above: if the pattern matched nothing, it would pass vacuously.
    assert sum(1 for _, words, _ in SOURCED if FACT_WORDS.search(words)) >= 12


# -- plain and never directive ---------------------------------------------------------------------


def prose_blocks() -> Iterator[tuple[str, str]]:
    """(where, text) for every block a person reads as sentences."""
    passport = text.passport
    yield "passport.intro", passport.intro
    for f in passport.fields:
        yield f"passport.{f.id}.help", f.help
    for s in passport.statuses:
        yield f"passport.status.{s.id}", s.description
    yield "passport.document.intro", passport.document["intro"]
    yield "passport.document.notice", passport.document["notice"]
    review = text.review
    yield "review.intro", review.intro.text
    for r in review.reasons:
        yield f"review.{r.id}", r.prompt
    for letter in text.letters:
        paragraphs = {
            "opening": f"{letter.part('opening')} {letter.part('health_link')}",
            **{name: letter.part(name) for name in letter.sourced if name != "health_link"},
            "confirm": letter.part("confirm"),
            "closing": letter.part("closing"),
        }
        for name, words in paragraphs.items():
            yield f"letters/{letter.id}.{name}", words
        for i, note in enumerate(letter.notes):
            yield f"letters/{letter.id}.notes[{i}]", note.text
    atw = text.access_to_work
    yield "access_to_work.intro", atw.intro.text
    for i, note in enumerate(atw.notes):
        yield f"access_to_work.notes[{i}]", note.text
    for option in text.needs:
        yield f"needs.{option.id}", f"{option.text}. {option.detail}"


BLOCKS = list(prose_blocks())


@pytest.mark.parametrize("where,words", BLOCKS, ids=[w for w, _ in BLOCKS])
def test_every_block_reads_plainly(where, words):
    textstat.set_lang("en_US")
    score = textstat.flesch_reading_ease(words)
    assert score >= MIN_READING_EASE, f"{where} reads at {score:.0f}: {words!r}"


def test_blocks_cover_the_content():
    assert len(BLOCKS) > 60
    assert sum(1 for w, _ in BLOCKS if w.startswith("letters/")) >= 20


def _strings(node) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(FOLDER)) for p in FILES])
def test_no_sentence_tells_the_person_what_to_do_and_no_stigma_framing(path):
    raw = path.read_text(encoding="utf-8")
    assert "stigma" not in raw.lower()
    data = tomllib.loads(raw)
    bad = [s for s in _strings(data) if is_directive(s)]
    assert not bad, f"{path.name}: {bad}"
