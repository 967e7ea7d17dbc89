"""The person's language: catalogues loaded at start, Qt's own strings, Settings → Language,
the content language and About's review note. A small catalogue is built here in a temporary
folder, so these tests do not depend on the Spanish one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from disclosure_helper import content
from disclosure_helper.counted import counted
from disclosure_helper.guide import load_guide
from disclosure_helper.preferences import Preferences
from disclosure_helper.ui import i18n

LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


def make_catalogue(folder: Path, lang: str,
                   entries: dict[tuple[str, str], str | tuple[str, ...]]) -> Path:
    """Write disclosure_helper_<lang>.ts from {(context, source): translation}, compile it.
    A tuple of translations gives a plural message's forms."""
    folder.mkdir(parents=True, exist_ok=True)
    contexts: dict[str, list[str]] = {}
    for (context, source), translation in entries.items():
        if isinstance(translation, tuple):
            forms = "".join(f"<numerusform>{form}</numerusform>" for form in translation)
            message = (f'<message numerus="yes"><source>{source}</source>'
                       f"<translation>{forms}</translation></message>")
        else:
            message = (f"<message><source>{source}</source>"
                       f"<translation>{translation}</translation></message>")
        contexts.setdefault(context, []).append(message)
    body = "".join(f"<context><name>{name}</name>{''.join(messages)}</context>"
                   for name, messages in contexts.items())
    ts = folder / f"{i18n.CATALOGUE}_{lang}.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
                  f'<TS version="2.1" language="{lang}">{body}</TS>', encoding="utf-8")
    subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                   check=True)
    return ts.with_suffix(".qm")


@pytest.fixture
def spanish(qapp, tmp_path, monkeypatch):
    """A tiny Spanish catalogue as the shipped one; English again after the test."""
    folder = tmp_path / "translations"
    make_catalogue(folder, "es", {
        ("SettingsPage", "Settings"): "Ajustes",
        ("LanguageSection", "Language"): "Idioma",
        ("TrashView", "%n entries deleted for good."): (
            "Se borró %n entrada para siempre.", "Se borraron %n entradas para siempre."),
        ("CoreMessages", "%n entries"): ("%n entrada", "%n entradas"),
    })
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    yield folder
    monkeypatch.undo()  # the shipped catalogues again, with English's plural forms
    i18n.install_language(qapp, "en", locale=QLocale("en_US"))


def test_catalogue_and_qt_strings_follow_the_language(qapp, spanish):
    installed = i18n.install_language(qapp, "es")
    assert len(installed) == 2  # Qt's own catalogue and the app's
    assert QCoreApplication.translate("SettingsPage", "Settings") == "Ajustes"
    # Qt's standard buttons come from qtbase_es.qm, shipped with PySide6.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    assert QLocale().language() == QLocale.Language.Spanish
    assert content.language() == "es"
    i18n.install_language(qapp, "en", locale=QLocale("en_US"))
    assert QCoreApplication.translate("SettingsPage", "Settings") == "Settings"
    assert content.language() == "en"


def test_default_follows_the_computer_when_shipped(spanish, monkeypatch):
    assert "es" in i18n.shipped_languages()
    monkeypatch.setattr(i18n, "system_language", lambda: "es")
    assert i18n.effective_language("") == "es"
    monkeypatch.setattr(i18n, "system_language", lambda: "fi")  # not shipped
    assert i18n.effective_language("") == "en"
    assert i18n.effective_language("en") == "en"
    assert i18n.effective_language("xx") == "en"
    assert Preferences().language == ""
    assert Preferences(language="../x").normalised().language == ""


def test_content_loaders_follow_the_language(qapp):
    english = load_guide().steps[0].title
    try:
        content.set_language("es")
        assert load_guide().steps[0].title == load_guide("es").steps[0].title != english
        assert content.load("about")["summary"] == content.load("about", "es")["summary"]
        content.set_language("zz")  # nothing shipped for it: English, never a crash
        assert content.language() == "en"
    finally:
        content.set_language("en")
    assert load_guide().steps[0].title == english


def test_settings_language_persists_and_applies_at_start(qtbot, main_window, ctx, spanish,
                                                         monkeypatch):
    from disclosure_helper.ui.app import make_application

    page = main_window.shell.show_page("settings")
    section = page.language
    asked = []
    monkeypatch.setattr(section, "ask_restart", lambda name: asked.append(name) or False)
    section.language.setCurrentIndex(section.language.findData("es"))
    assert asked == ["Español"]
    assert "Español" in section.pending.text()  # it says when the change happens
    assert not section.pending.isHidden()
    assert Preferences.load(ctx.data_dir).language == "es"

    # The next start reads the choice before any window is built.
    make_application([], Preferences.load(ctx.data_dir))
    assert i18n.current_language() == "es"
    assert QApplication.translate("SettingsPage", "Settings") == "Ajustes"
    assert content.language() == "es"


def test_restart_saves_and_starts_again(qtbot, main_window, ctx, monkeypatch):
    started = []
    monkeypatch.setattr(QCoreApplication, "quit", lambda: None)
    vault = ctx.vault
    assert i18n.restart(main_window, lambda program, args: started.append((program, args)))
    assert not main_window.isVisible()
    assert not vault.is_unlocked  # saved and locked before the new start
    assert started and started[0][0] == sys.executable


def test_about_says_when_a_translation_is_unreviewed(qtbot, ctx):
    from disclosure_helper.ui.help.about import AboutDialog

    english = AboutDialog(ctx)
    qtbot.addWidget(english)
    assert english.translation is None
    try:
        content.set_language("es")
        assert content.unreviewed()  # the Spanish files say translation_reviewed = false
        spanish = AboutDialog(ctx)
        qtbot.addWidget(spanish)
        assert spanish.translation is not None
        assert spanish.translation.title.text() == "Translation reviewed: no"
    finally:
        content.set_language("en")


def test_english_plural_forms(qapp):
    # The English catalogue (installed at every start) holds the singular forms.
    assert QCoreApplication.translate("TrashView", "%n entries deleted for good.", "", 1) == (
        "1 entry deleted for good.")
    assert QCoreApplication.translate("TrashView", "%n entries deleted for good.", "", 4) == (
        "4 entries deleted for good.")
    assert counted("%n entries", 1) == "1 entry"
    assert counted("%n times", 1) == "once"
    assert counted("%n times", 2000) == "2,000 times"


def test_spanish_plural_forms(qapp, spanish):
    i18n.install_language(qapp, "es")
    assert QCoreApplication.translate("TrashView", "%n entries deleted for good.", "", 1) == (
        "Se borró 1 entrada para siempre.")
    assert QCoreApplication.translate("TrashView", "%n entries deleted for good.", "", 3) == (
        "Se borraron 3 entradas para siempre.")
    assert counted("%n entries", 1) == "1 entrada"
    assert counted("%n entries", 3) == "3 entradas"
    # Not in this catalogue: English forms rather than "1 weeks".
    assert counted("%n weeks", 1) == "1 week"


def test_every_english_plural_has_its_forms(tmp_path):
    """A new "%n ..." message needs its English singular in disclosure_helper_en.ts."""
    shipped = i18n.translations_dir() / "disclosure_helper_en.ts"
    copy = tmp_path / "en.ts"
    copy.write_bytes(shipped.read_bytes())
    root = Path(__file__).resolve().parents[2]
    sources = sorted(str(p) for p in (root / "ui").rglob("*.py"))
    subprocess.run([str(LRELEASE.with_name("pyside6-lupdate")), "-silent", "-no-obsolete",
                    "-pluralonly", *sources, "-ts", str(copy)], check=True)
    text = copy.read_text(encoding="utf-8")
    assert text.count('numerus="yes"') >= 19
    assert 'type="unfinished"' not in text, "fill the English forms in disclosure_helper_en.ts"


def test_dates_shown_in_spanish(qapp, spanish):
    from datetime import date, datetime

    from disclosure_helper import insights
    from disclosure_helper.export_markdown import format_moment
    from disclosure_helper.ui.journal.look import day_and_time, day_heading
    from disclosure_helper.ui.widgets import dates as screen_dates

    i18n.install_language(qapp, "es", locale=QLocale("es_MX"))
    # On screen (QLocale) and in the core's summaries and exports (Babel), the same locale.
    assert day_heading(date(2024, 3, 4), today=date(2024, 6, 1)) == "lunes, 4 de marzo de 2024"
    assert day_and_time(datetime(2024, 3, 4, 14, 5)).startswith("lunes, 4 de marzo de 2024, ")
    assert screen_dates.number(20000) == "20,000"  # Mexico groups with commas
    assert insights.period_label(date(2024, 3, 4), "week", long=True) == (
        "la semana del 4 de marzo de 2024")
    assert format_moment(datetime(2024, 3, 4, 14, 5)) == "lunes, 4 de marzo de 2024, 2:05 p.m."
    i18n.install_language(qapp, "es", locale=QLocale("es_ES"))
    assert screen_dates.number(20000) == "20.000"
    assert format_moment(datetime(2024, 3, 4, 14, 5)) == "lunes, 4 de marzo de 2024, 14:05"
