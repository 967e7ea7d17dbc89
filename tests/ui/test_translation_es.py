"""The Spanish UI catalogue is complete, faithful to its placeholders, and compiled.

A Spanish reader must never meet a half-English screen, a "%1" where a number belongs, a
broken link or bold tag, or two buttons in one dialog answering the same Alt+letter. These
checks read resources/translations/disclosure_helper_es.ts as XML (no Qt needed) and ask
PySide6's own lupdate and lrelease whether the catalogue matches the code and the .qm.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "disclosure_helper_es.ts"
QM = TS.with_suffix(".qm")

# %1..%9 and %n (Qt), {name} (content-style), and Qt's %L1 locale form.
PLACEHOLDER = re.compile(r"%L?[0-9n]|\{[A-Za-z_][A-Za-z0-9_]*\}")
TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^>]*>")
# A single & before a letter marks the Alt+letter; && is a literal ampersand.
ACCELERATOR = re.compile(r"(?<!&)&(?!&)(\w)")


def _messages() -> list[tuple[str, str, list[str], ET.Element]]:
    """(context, source, translations, element): one translation, or every numerus form."""
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if message.get("numerus") != "yes":
                forms = [translation.text or ""]
            found.append((name, message.findtext("source"), forms, message))
    return found


def _tool(name: str) -> str:
    """PySide6's lupdate/lrelease wrapper next to this Python, as pip installs it."""
    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    found = str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")
    assert found, f"pyside6-{name} comes with PySide6; it should be in the venv"
    return found


def test_every_entry_is_translated() -> None:
    """Vanished entries are translations waiting for their strings to reach the code;
    lupdate revives them when they do, and lrelease leaves them out until then."""
    messages = _messages()
    assert len(messages) > 700
    unfinished = [(c, s) for c, s, _, m in messages
                  if m.find("translation").get("type") in ("unfinished", "obsolete")]
    assert unfinished == []
    empty = [(c, s) for c, s, forms, _ in messages if not all(f.strip() for f in forms)]
    assert empty == []


def test_plural_entries_give_both_spanish_forms() -> None:
    plurals = [(c, s, forms) for c, s, forms, m in _messages() if m.get("numerus") == "yes"]
    assert plurals, "the catalogue has %n entries"
    for context, source, forms in plurals:
        # Spanish has one and other; "one" may say "la entrada" without the number.
        assert len(forms) == 2, (context, source)
        assert "%n" in forms[1], (context, source)


@pytest.mark.parametrize("check", ["placeholders", "tags", "accelerators"])
def test_translations_keep_the_source_markup(check: str) -> None:
    wrong = []
    for context, source, forms, _ in _messages():
        for form in forms:
            if check == "placeholders":
                wanted = Counter(PLACEHOLDER.findall(source))
                found = Counter(PLACEHOLDER.findall(form))
                if len(forms) == 2 and form is forms[0]:
                    # The singular may say "la entrada" without the number.
                    wanted.pop("%n", None)
                    found.pop("%n", None)
                ok = wanted == found
            elif check == "tags":
                ok = Counter(TAG.findall(source)) == Counter(TAG.findall(form))
            else:
                ok = len(ACCELERATOR.findall(source)) == len(ACCELERATOR.findall(form))
            if not ok:
                wrong.append((context, source, form))
    assert wrong == []


def test_no_sentence_tells_the_person_what_to_do() -> None:
    """The same Spanish directive patterns the content is held to ("debes", "lo mejor
    es", "no lo cuentes"...)."""
    from tests.core.test_content_es import is_directive_es

    directive = [form for _, _, forms, _ in _messages() for form in forms
                 if is_directive_es(form)]
    assert directive == []
    assert is_directive_es("Lo mejor es no contarlo.")


def test_accelerators_clash_only_where_english_ones_do() -> None:
    """Within one context, two Spanish Alt+letters may be equal only when the English ones
    are too: those are alternatives never shown together (Keep everything / Keep my changes)."""
    by_context: dict[str, list[tuple[str, str]]] = {}
    for context, source, forms, _ in _messages():
        english = ACCELERATOR.findall(source)
        spanish = ACCELERATOR.findall(forms[0])
        if english and spanish:
            by_context.setdefault(context, []).append((english[0].lower(), spanish[0].lower()))
    clashes = []
    for context, keys in by_context.items():
        for i, (en_a, es_a) in enumerate(keys):
            for en_b, es_b in keys[i + 1:]:
                if es_a == es_b and en_a != en_b:
                    clashes.append((context, es_a))
    assert by_context, "the catalogue has accelerators to check"
    assert clashes == []


def test_catalogue_matches_the_code(tmp_path: Path) -> None:
    """lupdate over every UI module finds no string the catalogue lacks."""
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    result = subprocess.run(
        [_tool("lupdate"), *sources, "-no-obsolete", "-ts", str(copy)],
        capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "(0 new and" in result.stdout, result.stdout
    assert 'type="unfinished"' not in copy.read_text(encoding="utf-8")


def test_compiled_catalogue_is_current(tmp_path: Path) -> None:
    fresh = tmp_path / QM.name
    # As `make translations` builds it: entries equal to English are left to the source.
    result = subprocess.run([_tool("lrelease"), "-removeidentical", str(TS), "-qm", str(fresh)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert fresh.read_bytes() == QM.read_bytes(), "run lrelease: the .qm is older than the .ts"


def test_qm_answers_in_spanish_with_spanish_plurals() -> None:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(QM))
    assert translator.language() == "es"
    assert translator.translate("Navigation", "Journal") == "Diario"
    assert translator.translate("UnlockScreen", "Unlock") == "Desbloquear"
    source = "Use at least %n characters. A few unrelated words work well."
    one = translator.translate("StrengthMeter", source, None, 1)
    many = translator.translate("StrengthMeter", source, None, 12)
    assert one.startswith("Usa al menos %n carácter.")
    assert many.startswith("Usa al menos %n caracteres.")


# Where a text is translated from a variable on purpose: core message ids (listed for
# lupdate in ui/core_messages.py) and the layout checker's stand-in for tr().
RUNTIME_TRANSLATION = {"ui/i18n.py", "ui/layout_test.py"}


def test_no_helper_hides_words_from_lupdate() -> None:
    """lupdate reads only calls to tr()/translate() with the words written in them. A
    helper such as `def _tr(text): return translate("Ctx", text)` hides every word passed
    to it: the plan PDF, Yes/No answers and "Today" once stayed English in Spanish."""
    import ast

    hidden = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        if name in RUNTIME_TRANSLATION:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            params = {a.arg for a in node.args.args + node.args.kwonlyargs}
            for call in ast.walk(node):
                if not isinstance(call, ast.Call):
                    continue
                func = call.func
                called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                index = 0 if called == "tr" else 1 if called == "translate" else None
                if index is None or len(call.args) <= index:
                    continue
                text = call.args[index]
                if isinstance(text, ast.Name) and text.id in params:
                    hidden.append(f"{name}:{call.lineno} {node.name}({text.id})")
    assert not hidden, hidden
