"""Spanish content: the same shape as English, read by the app's own loaders, plain to read,
and never telling the person what to decide.

Every check walks whatever Spanish files exist, so a file added later is covered the day it
lands. Only prose may differ from English: ids, kinds, sources, numbers, dates, URLs and
placeholders are the app's wiring and the facts people rely on.
"""

from __future__ import annotations

import re
import statistics
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
import textstat

import disclosure_helper.resources as resources_package
from disclosure_helper import content, dates, export_markdown, insights, templates
from disclosure_helper.adjustments_content import load_adjustments_content
from disclosure_helper.guide import load_guide, load_options
from disclosure_helper.plan_model import PlanStatus
from disclosure_helper.plan_text import status_text
from disclosure_helper.rights import load_about_content, load_rights_cards
from disclosure_helper.support import load_support
from disclosure_helper.together import load_session_text
from disclosure_helper.together_guidance import load_supporter_guidance

# The same sentence splitter and string walk as the English content checks.
from tests.core.test_guide_content import _sentences, _strings

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

LANG = "es"
ROOT = Path(resources_package.__file__).parent / "content"
EN, ES = ROOT / "en", ROOT / LANG
ES_FILES = sorted(str(p.relative_to(ES).with_suffix("")) for p in ES.rglob("*.toml"))
EN_FILES = sorted(str(p.relative_to(EN).with_suffix("")) for p in EN.rglob("*.toml"))

REVIEW_KEY = "translation_reviewed"
REVIEW_COMMENT = "# Traducción automática revisada por una persona: no"

# Values the app and the people reading rely on as they are: ids it stores, the kinds and
# sides it branches on, source ids, dates, URLs and file paths. Under these keys a one-word
# string (or every one in a list) must be exactly the English one; a sentence under one of
# them (the SURE step's "source" line) is prose.
WIRING_KEYS = frozenset({
    "id", "kind", "part", "mode", "side", "plan_field", "repeat_for", "shown_if",
    "shown_for", "steps", "regions", "packages", "source", "sources", "intro_sources",
    "review_sources", "url", "licence_file", "options_from", "step", "last_reviewed",
    "next_review", "checked",
})

def _is_wiring(key: str, value) -> bool:
    return key in WIRING_KEYS and not (isinstance(value, str) and len(value.split()) > 1)


# Names of people, works and licences: they may stay as published, and they are not prose.
NAME_KEYS = frozenset({"name", "by", "licence", "licence_name"})

# Numbers a Spanish text may add to the English facts, each with the reason. Every English
# number must still be there.
EXTRA_NUMBERS = {
    # The 988 Lifeline's own "What to expect" page: "Spanish-language (Press 2)".
    "support.lines[0].text": ["2"],
}

_PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%\d")
_URL = re.compile(r"https?://[^\s\"')>]+")
_NUMBER = re.compile(r"\d+")


def _read(folder: Path, name: str) -> dict:
    return tomllib.loads((folder / f"{name}.toml").read_text(encoding="utf-8"))


def es_data(name: str) -> dict:
    return _read(ES, name)


def en_data(name: str) -> dict:
    return _read(EN, name)


def test_there_is_spanish_content_to_check():
    # Guards every parametrised test below: an empty list would pass them all silently.
    assert len(ES_FILES) >= 20
    assert {"guide", "guide/why", "journal/incident", "support"} <= set(ES_FILES)


# -- (1) the same shape as English; only prose differs ---------------------------------------


def _parity(en, es, where: str, key: str = "") -> Iterator[str]:
    """Every way `es` differs from `en` other than in its prose."""
    if isinstance(en, dict):
        if not isinstance(es, dict):
            yield f"{where}: a table in English, {type(es).__name__} here"
            return
        for missing in en.keys() - es.keys():
            yield f"{where}: '{missing}' is missing"
        for extra in es.keys() - en.keys():
            yield f"{where}: '{extra}' is not in English"
        for k in en.keys() & es.keys():
            yield from _parity(en[k], es[k], f"{where}.{k}", k)
    elif isinstance(en, list):
        if not isinstance(es, list) or len(es) != len(en):
            yield f"{where}: {len(en)} items in English, not the same here"
            return
        for i, (a, b) in enumerate(zip(en, es, strict=True)):
            yield from _parity(a, b, f"{where}[{i}]", key)
    elif isinstance(en, str):
        if not isinstance(es, str):
            yield f"{where}: text in English, {type(es).__name__} here"
        elif _is_wiring(key, en):
            if es != en:
                yield f"{where}: must stay {en!r}, is {es!r}"
        else:
            for name, pattern in (("placeholders", _PLACEHOLDER), ("URLs", _URL)):
                if sorted(pattern.findall(en)) != sorted(pattern.findall(es)):
                    yield f"{where}: {name} differ: {es!r}"
            # Time limits, staff counts, phone numbers and years must not drift.
            expected = _NUMBER.findall(en) + EXTRA_NUMBERS.get(where, [])
            # Compared as sets: a translated title may repeat the English one's numbers.
            if set(expected) != set(_NUMBER.findall(es)):
                yield f"{where}: numbers differ from English: {es!r}"
    elif type(en) is not type(es) or en != es:
        yield f"{where}: must stay {en!r}, is {es!r}"


@pytest.mark.parametrize("name", ES_FILES)
def test_spanish_file_has_the_shape_of_the_english_one(name):
    assert name in EN_FILES, f"es/{name}.toml has no English original"
    es = es_data(name)
    assert es.get(REVIEW_KEY) is False, f"es/{name}.toml must say {REVIEW_KEY} = false"
    es = {k: v for k, v in es.items() if k != REVIEW_KEY}
    problems = list(_parity(en_data(name), es, name))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", ES_FILES)
def test_spanish_file_says_it_awaits_a_human_review(name):
    lines = (ES / f"{name}.toml").read_text(encoding="utf-8").splitlines()
    assert lines[0] == REVIEW_COMMENT
    # The flag comes before any table, so it stays a top-level key.
    first_value = next(ln for ln in lines if ln.strip() and not ln.lstrip().startswith("#"))
    assert first_value.replace(" ", "") == f"{REVIEW_KEY}=false"


def _prose(node, key: str = "") -> Iterator[str]:
    if isinstance(node, dict):
        if "url" in node:
            return  # a citation: a paper or law keeps its published title
        for k, v in node.items():
            if not _is_wiring(k, v) and k not in NAME_KEYS:
                yield from _prose(v, k)
    elif isinstance(node, list):
        for v in node:
            yield from _prose(v, key)
    elif isinstance(node, str) and len(node.split()) >= 4:
        yield node


@pytest.mark.parametrize("name", ES_FILES)
def test_spanish_file_is_translated(name):
    en = list(_prose(en_data(name)))
    es = list(_prose(es_data(name)))
    same = [s for s in es if s in set(en)]
    # Names of laws and bodies may stay in English; whole sentences may not.
    assert len(same) <= max(1, len(es) // 10), f"still in English: {same[:5]}"


def test_parity_check_finds_changed_wiring():
    en = {"id": "a", "n": 3, "when": date(2026, 1, 1), "sources": ["x"],
          "text": "File within 180 days at https://a.example/{name}.", "list": ["a", "b"]}
    assert not list(_parity(en, dict(en, text="Hazlo en 180 días en https://a.example/{name}."),
                            "t"))
    for changed in ({"id": "b"}, {"n": 4}, {"when": date(2026, 1, 2)}, {"sources": ["y"]},
                    {"text": "Hazlo en 90 días en https://a.example/{name}."},
                    {"text": "Hazlo en 180 días en https://b.example/{name}."},
                    {"text": "Hazlo en 180 días en https://a.example/{nombre}."},
                    {"list": ["a"]}, {"n": "3"}):
        assert list(_parity(en, dict(en, **changed), "t")), changed
    assert list(_parity(en, {k: v for k, v in en.items() if k != "id"}, "t"))
    assert list(_parity(en, dict(en, extra=1), "t"))


# -- (2) the app's own loaders read the Spanish files -----------------------------------------


def _flat(text: str) -> str:
    return " ".join(text.split())


def _has(name: str) -> bool:
    return name in ES_FILES


def test_guide_loads_in_spanish():
    en, es = load_guide(), load_guide(LANG)
    assert [s.id for s in es.steps] == [s.id for s in en.steps]
    for a, b in zip(en.steps, es.steps, strict=True):
        assert [q.id for q in a.questions] == [q.id for q in b.questions], a.id
        for qa, qb in zip(a.questions, b.questions, strict=True):
            assert qa.option_ids == qb.option_ids, f"{a.id}.{qa.id}"
            assert qa.kind is qb.kind and len(qa.scale) == len(qb.scale)
    assert [s.id for s in es.situations] == [s.id for s in en.situations]
    index = es_data("guide")
    assert es.not_sure_text == index["not_sure"] != en.not_sure_text
    assert es.skip_note == index["skip_note"].strip()
    for step in es.steps:
        if _has(f"guide/{step.id}"):
            raw = es_data(f"guide/{step.id}")
            assert step.title == raw["title"] and step.title != en.step(step.id).title
    assert set(es.status_labels) == set(en.status_labels)


def test_guide_reasons_and_moments_stay_balanced_in_spanish():
    # The English balance (IPDAS: pros and cons in equal detail) must survive translation.
    guide = load_guide(LANG)

    def average(options, words) -> float:
        return sum(len(words(o).split()) for o in options) / len(options)

    sides = {q.side: q for q in guide.step("why").questions if q.side}
    a, b = (average(sides[s].options, lambda o: f"{o.text} {o.detail}")
            for s in ("for", "against"))
    assert abs(a - b) / max(a, b) <= 0.3, (a, b)
    moments = guide.question("when", "moments").options
    a, b = (average([o for o in moments if o.side == s], lambda o: o.note)
            for s in ("tell", "private"))
    assert abs(a - b) / max(a, b) < 0.25, (a, b)


def test_supporter_guidance_and_session_words_load_in_spanish():
    en, es = load_supporter_guidance(), load_supporter_guidance(LANG)
    assert [p.id for p in es.principles] == [p.id for p in en.principles]
    assert set(es.step_questions) == set(en.step_questions)
    assert es.intro == es_data("together")["intro"].strip() != en.intro
    session = load_session_text(LANG)
    assert session.intro == _flat(es_data("together_session")["intro"])
    assert session.intro != load_session_text().intro
    assert set(session.end) == set(load_session_text().end)


def test_support_lines_load_in_spanish_with_the_same_numbers():
    en, es = load_support(), load_support(LANG)
    assert es.heading == es_data("support")["heading"] != en.heading
    assert [(line.regions, line.number[:1].isdigit()) for line in es.lines] == \
        [(line.regions, line.number[:1].isdigit()) for line in en.lines]
    for a, b in zip(en.lines, es.lines, strict=True):
        if a.number[:1].isdigit():
            assert b.number == a.number and b.number in b.text and b.number in b.short
        assert (b.source_url, b.checked) == (a.source_url, a.checked)


def test_about_words_load_in_spanish():
    about = load_about_content(LANG)
    assert about.title == es_data("about_content")["title"] != load_about_content().title
    assert "{date}" in about.overdue and "{date}" not in about.overdue_note("1 de mayo")
    screen = content.load("about", LANG)
    assert screen["summary"] == es_data("about")["summary"] != content.load("about")["summary"]
    assert [c["packages"] for c in screen["credits"]] == \
        [c["packages"] for c in content.load("about")["credits"]]


def test_rights_cards_load_in_spanish_whatever_is_translated():
    en, es = load_rights_cards(), load_rights_cards(LANG)
    # A card not translated yet is still there, in English.
    assert [c.id for c in es] == [c.id for c in en]
    for card, english in zip(es, en, strict=True):
        assert [s.id for s in card.sources] == [s.id for s in english.sources]
        assert card.last_reviewed == english.last_reviewed
        if _has(f"rights/{card.id}"):
            assert card.intro == _flat(es_data(f"rights/{card.id}")["intro"]) != english.intro


def test_adjustments_load_in_spanish_whatever_is_translated():
    en, es = load_adjustments_content(), load_adjustments_content(LANG)
    assert [n.id for n in es.needs] == [n.id for n in en.needs]
    assert sorted(es.sources) == sorted(en.sources)
    assert es.last_reviewed == en.last_reviewed
    if _has("adjustments/needs"):
        assert es.needs[0].text != en.needs[0].text


def test_journal_templates_load_in_spanish():
    en, es = templates.builtin_templates(), templates.builtin_templates(LANG)
    assert [t.id for t in es] == [t.id for t in en]
    for a, b in zip(en, es, strict=True):
        assert [f.id for f in a.fields] == [f.id for f in b.fields], a.id
        assert [f.kind for f in a.fields] == [f.kind for f in b.fields], a.id
        assert b.label == es_data(f"journal/{b.id}")["template"]["label"] != a.label
    assert [s.id for s in templates.strategies(LANG)] == [s.id for s in templates.strategies()]
    assert [k.id for k in templates.addition_kinds(LANG)] == \
        [k.id for k in templates.addition_kinds()]
    words = templates.addition_words(LANG)
    assert words == es_data("journal/incident")["additions"] != templates.addition_words()


def test_words_read_through_an_optional_language_load_in_spanish():
    # insights, export and plan status words gained an optional `lang`; English stays default.
    assert insights._words() == content.load("insights")
    assert insights._words(LANG)["dates"] == es_data("insights")["dates"]
    assert export_markdown._words(LANG) == es_data("journal/export")["export"]
    assert export_markdown._words() == en_data("journal/export")["export"]
    for status in PlanStatus:
        assert status_text(status, LANG) == es_data("guide/decision")["status"][status.value]
    assert status_text(PlanStatus.REVISIT_DUE) == en_data("guide/decision")["status"][
        "revisit_due"]


def test_spanish_dates_read_in_spanish():
    # Dates come from the locale (disclosure_helper/dates.py), never from month tables.
    assert set(es_data("insights")["dates"]) == {"week_long"}
    assert not {"months", "weekdays", "date_format"} & set(es_data("journal/export")["export"])
    try:
        content.set_language(LANG)
        dates.set_locale("es_MX")
        assert insights.period_label(date(2026, 3, 9), "week", long=True) == (
            "la semana del 9 de marzo de 2026")
        assert insights.period_label(date(2026, 3, 9), "month", long=True) == "marzo de 2026"
        assert export_markdown.format_moment(datetime(2026, 3, 9, 14, 5)) == (
            "lunes, 9 de marzo de 2026, 2:05 p.m.")
    finally:
        content.set_language("en")
        dates.set_locale(dates.DEFAULT_LOCALE)


def test_every_loader_accepts_the_review_flag_on_every_file(tmp_path, monkeypatch):
    # Every English file with the flag added, read as a language of its own, so the flag is
    # known to be harmless on the files not translated yet too (rights, adjustments...).
    flagged = tmp_path / "zz"
    for path in EN.rglob("*.toml"):
        target = flagged / path.relative_to(EN)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(f"{REVIEW_COMMENT}\n{REVIEW_KEY} = false\n\n"
                          + path.read_text(encoding="utf-8"), encoding="utf-8")
    real_root = content.content_root
    monkeypatch.setattr(content, "content_root",
                        lambda lang="en": flagged if lang == "zz" else real_root(lang))
    cached = (content.load, load_guide, load_options, load_supporter_guidance,
              load_rights_cards, load_about_content, load_support, load_adjustments_content,
              templates.strategies, templates.builtin_templates, templates.addition_kinds,
              templates.addition_words)
    try:
        assert [s.id for s in load_guide("zz").steps] == [s.id for s in load_guide().steps]
        assert load_supporter_guidance("zz") == load_supporter_guidance()
        assert load_session_text("zz") == load_session_text()
        assert load_rights_cards("zz") == load_rights_cards()
        assert load_about_content("zz") == load_about_content()
        assert load_support("zz") == load_support()
        assert load_adjustments_content("zz").needs == load_adjustments_content().needs
        assert templates.builtin_templates("zz") == templates.builtin_templates()
        assert content.load("about", "zz")[REVIEW_KEY] is False  # the flagged copy was read
    finally:
        for function in cached:
            function.cache_clear()


# -- (5) a file missing in Spanish is read in English ------------------------------------------


@pytest.mark.parametrize("name", sorted(set(EN_FILES) - set(ES_FILES)) or [None])
def test_untranslated_file_is_read_in_english(name):
    if name is None:
        pytest.skip("every English content file has a Spanish version")
    assert content.load(name, LANG) == content.load(name)


def test_fallback_to_english_works_for_a_file_only_english_has(tmp_path, monkeypatch):
    (tmp_path / "en" / "only").mkdir(parents=True)
    (tmp_path / "es").mkdir()
    (tmp_path / "en" / "only" / "english.toml").write_text('title = "Only in English"\n')
    (tmp_path / "en" / "both.toml").write_text('title = "Both"\n')
    (tmp_path / "es" / "both.toml").write_text('title = "Ambos"\n')
    monkeypatch.setattr(content, "content_root", lambda lang="en": tmp_path / lang)
    content.load.cache_clear()
    try:
        assert content.load("only/english", LANG) == {"title": "Only in English"}
        assert content.load("both", LANG) == {"title": "Ambos"}
        with pytest.raises(content.ContentError):
            content.load("nowhere", LANG)
        # Listing a folder names the untranslated files too, so none drops out of the app.
        assert content.available("only", LANG) == ["only/english"]
        assert content.available("", LANG) == ["both"]
        (tmp_path / "es" / "only").mkdir()
        (tmp_path / "es" / "only" / "spanish.toml").write_text('title = "Solo en español"\n')
        assert content.available("only", LANG) == ["only/english", "only/spanish"]
        assert content.available("only") == ["only/english"]
    finally:
        content.load.cache_clear()


# -- (3) nothing tells the person what to decide -----------------------------------------------

# Verbs for telling or keeping it private, as infinitives ("contar", "contarlo"), as
# commands ("cuéntalo", "díselo") and as negative commands ("no lo cuentes").
_TELL_INF = r"(contar|decir|mencionar|revelar|compartir|ocultar|esconder|callar|admitir|hablar)"
_TELL_CMD = (
    r"(cuéntal[oae]s?|cuéntaselos?|díl[oe]s?|díselos?|dile|diles|menciónal[oa]s?|revélal[oa]s?|"
    r"compártel[oa]s?|ocúltal[oa]s?|escóndel[oa]s?|cállatel[oa]|cállate|guárdatel[oa]|"
    r"guárdal[oa] para ti)"
)
_TELL_NEG = r"(cuentes|digas|menciones|reveles|compartas|ocultes|escondas|calles|hables|admitas)"
_TELLING = (
    r"(contarlo|contar|decirlo|revelarlo|compartirlo|hablar de ello|hablar de eso|"
    r"no contarlo|no decirlo|guardarlo en privado|guardarlo para ti|callarlo|mantenerlo en "
    r"privado|ser abiert[oa])"
)
DIRECTIVE_PATTERNS_ES = [
    re.compile(p)
    for p in (
        # Duties put on the person: "debes", "deberías", "tienes que"... A duty on the
        # employer ("el empleador debe") is the law and stays allowed; "no tienes que"
        # and "no necesitas" give permission, so they pass.
        r"\b(tú\s+)?(debes|deberías|debieras|tendrías que|has de|más te vale)\b",
        r"(?<!no )\b(tienes que|hay que)\b",
        r"(?<!no )(?<!si )(?<!cuando )(?<!que )(?<!¿)\bnecesitas\s+(que\s+)?"
        + _TELL_INF.replace("(", "(?:") + r"\w*",
        # Advice from us: "te recomendamos", "te sugerimos", "te aconsejamos".
        r"\b(te\s+)?(recomendamos|aconsejamos|sugerimos|recomiendo|aconsejo|sugiero|"
        r"te animamos a|te pedimos que|te invitamos a)\b",
        # Verdicts on what is best: "es mejor que", "lo mejor es", "es más seguro no...".
        r"\b(es|sería|será|suele ser)\s+(siempre\s+|casi siempre\s+)?(mejor|preferible|"
        r"más seguro|más sensato|más inteligente|aconsejable|recomendable|conveniente|"
        r"una buena idea|una mala idea)\s+(no\s+)?"
        r"(que\b|(?!para\b)\w+(ar|er|ir)(lo|la|le|los|las)?\b)",
        r"\blo\s+(mejor|más seguro|más sensato|más inteligente|correcto|ideal|conveniente|"
        r"más conveniente|más prudente)\s+(es|sería|será)\b",
        r"\b(te conviene|conviene que|más vale que|lo que toca es)\b",
        r"\b(la|el)\s+(mejor|peor|única)\s+(opción|decisión|elección|respuesta|jugada|camino)\b",
        r"\b(la|el)\s+(opción|decisión|elección|respuesta|camino)\s+(correct[ao]|"
        r"equivocad[ao]|más segur[ao]|más inteligente|acertad[ao])\b",
        # Commands to tell or not to tell.
        rf"\b(no|nunca|jamás)\s+((se\s+)?(lo|la|le|les|los|las)\s+)?{_TELL_NEG}\b",
        rf"(^|[.!?¡¿]\s*)(solo\s+|simplemente\s+|mejor\s+)?{_TELL_CMD}\b",
        r"\b(siempre|nunca)\s+(lo\s+)?(cuenta|di|menciona|revela|oculta|esconde)\b",
        rf"\b(asegúrate de|no olvides|no te olvides de|recuerda)\s+(que\s+)?{_TELL_INF}",
        r"\b(estarías|estarás|te iría|te irá)\s+mejor\b",
        rf"\b{_TELLING}\s+(siempre\s+|nunca\s+)?(es|será|sería)\s+"
        r"(siempre\s+|nunca\s+|casi siempre\s+)?(lo\s+)?"
        r"(mejor|correcto|incorrecto|un error|más seguro|más sensato|más inteligente|peor)\b",
    )
]


def is_directive_es(text: str) -> bool:
    return any(p.search(s) for s in _sentences(text) for p in DIRECTIVE_PATTERNS_ES)


@pytest.mark.parametrize(
    "phrase",
    [
        "Debes contarlo en la entrevista.",
        "Tienes que decírselo a tu jefe.",
        "No se lo cuentes a nadie en el trabajo.",
        "Necesitas contarlo en el formulario.",
        "Es mejor esperar hasta después de la oferta.",
        "Es mejor que no lo digas.",
        "Lo mejor es contarlo pronto.",
        "Te recomendamos hablar con recursos humanos.",
        "Deberías mantenerlo en privado.",
        "Nunca reveles un diagnóstico.",
        "Cuéntaselo todo el primer día.",
        "Guardarlo en privado es lo más seguro.",
        "Asegúrate de contarlo a salud ocupacional.",
        "Contarlo siempre es lo correcto.",
        "Estarías mejor sin decir nada.",
        "Si me preguntas, hay que decírselo.",
        "No debes mencionarlo.",
        "Es una buena idea contarlo.",
        "La mejor opción es esperar.",
        "Te conviene callarlo.",
    ],
)
def test_spanish_directive_check_catches_directive_phrases(phrase):
    assert is_directive_es(phrase)


@pytest.mark.parametrize(
    "phrase",
    [
        "No tienes que contárselo a nadie.",
        "Guardarlo en privado es tu derecho.",
        "Puedes elegir no responder.",
        "Es tu decisión, y puedes cambiarla más tarde.",
        "Ninguna ley te obliga a sacar el tema.",
        "Quisiera que esto quede entre nosotros.",
        "Notas, para revisar cuando lo necesites.",
        "El empleador debe hacer ajustes razonables (reasonable accommodation).",
        "Tu empleador tiene que mantener la información médica en un archivo aparte.",
        "Si necesitas ayuda hoy, hay una línea de apoyo.",
        "¿Necesitas hablar? Puedes llamar a cualquier hora.",
        "No necesitas dar una razón de salud.",
        "Di cuánto te importa cada una.",
        "Nada de esto dice qué camino es el tuyo.",
    ],
)
def test_spanish_directive_check_lets_choices_through(phrase):
    assert not is_directive_es(phrase)


@pytest.mark.parametrize("name", ES_FILES)
def test_no_spanish_sentence_tells_the_person_what_to_do(name):
    bad = [s for text in _strings(es_data(name)) for s in _sentences(text)
           if is_directive_es(s)]
    assert not bad, f"es/{name}.toml tells the person what to do: {bad}"


@pytest.mark.parametrize("name", ES_FILES)
def test_spanish_speaks_of_prejudice_and_discrimination_not_stigma(name):
    text = (ES / f"{name}.toml").read_text(encoding="utf-8").lower()
    assert "estigma" not in text


# -- (4) plain to read --------------------------------------------------------------------------

# Fernández-Huerta (1959) is Flesch's reading ease refitted to Spanish, on the same 0-100
# scale: 60-70 reads as "normal" (about 7th-8th grade), 70-80 "bastante fácil", 80-90
# "fácil". 60 is the same line the English guide holds with Flesch (MIN_READING_EASE there):
# no block a person reads may be harder than everyday prose. The median must sit well
# inside "bastante fácil", as the English median sits well above its floor. Short labels and
# one-sentence texts are exempt: the formula needs sentences to mean anything.
MIN_READING_EASE_ES = 60
MIN_MEDIAN_READING_EASE_ES = 75

# Abbreviations whose full stops would otherwise end a sentence early.
_ABBREVIATIONS = {"EE. UU.": "EEUU", "p. ej.": "por ejemplo", "a. m.": "am", "p. m.": "pm",
                  "etc.": "etcétera"}


def _plain(text: str) -> str:
    for short, long in _ABBREVIATIONS.items():
        text = text.replace(short, long)
    return " ".join(text.split())


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text[-1:] in ".?!:" else text + "."


def _blocks(node, where: str) -> Iterator[tuple[str, str]]:
    """(where, text) for each block read as one: a string, or an option's text, detail and
    example together (they are shown together)."""
    if isinstance(node, dict):
        if "url" in node:
            return  # a citation keeps the title it was published under
        shown_together = [k for k in ("text", "detail", "example") if isinstance(node.get(k), str)]
        if len(shown_together) > 1:
            yield where, " ".join(_sentence(node[k]) for k in shown_together)
        for k, v in node.items():
            if _is_wiring(k, v) or k in NAME_KEYS:
                continue
            if not (len(shown_together) > 1 and k in shown_together):
                yield from _blocks(v, f"{where}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _blocks(v, f"{where}[{i}]")
    elif isinstance(node, str):
        yield where, node


def _prose_blocks() -> list[tuple[str, str]]:
    found = []
    for name in ES_FILES:
        for where, text in _blocks(es_data(name), name):
            text = _plain(text)
            if len(_sentences(text)) >= 2:
                found.append((where, text))
    return found


BLOCKS = _prose_blocks()


def _ease(text: str) -> float:
    textstat.set_lang(LANG)
    try:
        return textstat.fernandez_huerta(text)
    finally:
        textstat.set_lang("en_US")


def test_reading_ease_walk_finds_the_prose():
    assert len(BLOCKS) > 200
    assert sum(1 for w, _ in BLOCKS if w.startswith("guide/")) > 100
    assert sum(1 for w, _ in BLOCKS if w.startswith("journal/")) > 10


def test_every_spanish_block_reads_plainly():
    hard = [(round(_ease(text)), where, text) for where, text in BLOCKS
            if _ease(text) < MIN_READING_EASE_ES]
    assert not hard, "\n".join(f"{s} {w}: {t}" for s, w, t in sorted(hard))


def test_the_spanish_words_read_easily_on_the_whole():
    median = statistics.median(_ease(text) for _, text in BLOCKS)
    assert median >= MIN_MEDIAN_READING_EASE_ES, median


def test_reading_ease_tells_plain_spanish_from_dense_spanish():
    plain = "Puedes contarlo o no. Es tu decisión. Nadie más decide por ti."
    dense = ("La normativa vigente establece que los empleadores deberán implementar "
             "modificaciones razonables en las condiciones laborales, considerando "
             "específicamente las circunstancias particulares de cada trabajadora.")
    assert _ease(plain) >= MIN_MEDIAN_READING_EASE_ES > MIN_READING_EASE_ES > _ease(dense)
