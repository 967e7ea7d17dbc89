"""Core messages reach the person in their language: errors carry a message id and
arguments, ui/core_messages.py lists every one for the translators, and the UI translates
them at show time (here with a small Spanish catalogue built for the test)."""

from __future__ import annotations

import ast
import importlib.util
import inspect
import pkgutil
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

import disclosure_helper
from disclosure_helper import errors
from disclosure_helper.errors import VaultError, WrongPassphrase
from disclosure_helper.plans import InvalidPlan
from disclosure_helper.ui import i18n
from disclosure_helper.ui.core_messages import MESSAGES
from tests.ui.test_language import make_catalogue

ROOT = Path(__file__).resolve().parents[2]
TOO_LONG = "That name is a little long. Please keep it under {limit} characters."
SPANISH_WRONG = "Esa frase de paso no abrió la bóveda. Revísala e inténtalo de nuevo."


def _extractor():
    spec = importlib.util.spec_from_file_location("core_messages",
                                                  ROOT / "packaging" / "core_messages.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def spanish(qapp, tmp_path, monkeypatch):
    folder = tmp_path / "translations"
    make_catalogue(folder, "es", {
        ("CoreMessages", WrongPassphrase.default_message): SPANISH_WRONG,
        ("CoreMessages", TOO_LONG): "Ese nombre es un poco largo. Que tenga menos de {limit} "
                                    "caracteres.",
        ("CoreMessages", "That note"): "Esa nota",
        ("CoreMessages", "{what} could not be found. Please pick it again."):
            "No se encontró: {what}. Elígelo de nuevo.",
        ("CoreMessages", "Please choose a point from 1 to {top}."): "Elige del 1 al {falta}.",
    })
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    i18n.install_language(qapp, "es")
    yield folder
    monkeypatch.undo()  # the shipped catalogues again, with English's plural forms
    i18n.install_language(qapp, "en", locale=QLocale("en_US"))


def test_the_list_for_translators_is_up_to_date():
    assert _extractor().main(["--check"]) == 0, "run `make translations`"


def test_every_error_message_is_listed():
    for info in pkgutil.iter_modules(disclosure_helper.__path__):
        importlib.import_module(f"disclosure_helper.{info.name}")
    classes, pending = [], [VaultError]
    while pending:
        cls = pending.pop()
        classes.append(cls)
        pending.extend(cls.__subclasses__())
    core = [c for c in classes if c.__module__.startswith("disclosure_helper.")
            and not c.__module__.startswith("disclosure_helper.ui")]
    assert len(core) > 20
    missing = [c.__name__ for c in core if c.default_message not in MESSAGES]
    assert not missing


def test_core_messages_are_never_built_from_pieces():
    """An f-string or a joined sentence could not be found by the translators."""
    bad = []
    for path in sorted((ROOT / "disclosure_helper").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args:
                name = getattr(node.exc.func, "id", getattr(node.exc.func, "attr", ""))
                if name in _extractor().NOT_SHOWN:
                    continue
                if isinstance(node.exc.args[0], ast.JoinedStr | ast.BinOp):
                    bad.append(f"{path.name}:{node.lineno}")
    assert not bad


def test_english_message_with_arguments():
    error = InvalidPlan(TOO_LONG, limit=20000)
    assert error.message_id == TOO_LONG
    assert error.message_args == {"limit": 20000}
    assert str(error) == error.message == TOO_LONG.replace("{limit}", "20,000")


def test_a_core_error_in_spanish(spanish):
    assert WrongPassphrase().message == SPANISH_WRONG
    # Numbers in the person's locale, inside the translated sentence.
    assert InvalidPlan(TOO_LONG, limit=20000).message == (
        "Ese nombre es un poco largo. Que tenga menos de 20.000 caracteres.")
    # A word given for {what} is translated too.
    error = InvalidPlan("{what} could not be found. Please pick it again.", what="That note")
    assert error.message == "No se encontró: Esa nota. Elígelo de nuevo."
    assert str(error) == "That note could not be found. Please pick it again."  # logs: English
    # A translation with a faulty placeholder still says what happened, in English.
    assert InvalidPlan("Please choose a point from 1 to {top}.", top=5).message == (
        "Please choose a point from 1 to 5.")
    # Not translated yet: the English sentence.
    assert VaultError("That backup file could not be found.").message == (
        "That backup file could not be found.")


def test_wrong_passphrase_shown_in_spanish_on_the_unlock_screen(qtbot, ctx, existing_vault,
                                                                spanish):
    from disclosure_helper.ui.app import create_main_window

    window = create_main_window(ctx)
    qtbot.addWidget(window)
    window.show()
    screen = window.unlock_screen
    screen.passphrase.setText("not the passphrase")
    qtbot.keyClick(screen.passphrase.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.error.isVisible(), timeout=10_000)
    assert screen.error.text() == SPANISH_WRONG


def test_without_a_translator_the_core_speaks_english():
    saved = errors._translator
    errors.set_translator(None)
    try:
        assert WrongPassphrase().message == WrongPassphrase.default_message
    finally:
        errors.set_translator(saved)


def test_message_ids_have_no_stray_braces():
    for text in MESSAGES:
        names = [p.split("}")[0] for p in text.split("{")[1:]]
        assert all(n.isidentifier() for n in names), text
    assert inspect.isfunction(i18n.core_message)
