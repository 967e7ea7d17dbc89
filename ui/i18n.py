"""The person's language: the app's catalogue, Qt's own strings, the locale and the content.

Chosen once at start from `prefs.language` ("" follows the computer when we ship its
language, else English). Switching needs a restart: every screen builds its words once,
so a live switch would leave half of them in the old language.

    install_language(app, effective_language(prefs.language))
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QWidget

from disclosure_helper import content, counted, dates, errors
from disclosure_helper.paths import resource_root

CATALOGUE = "disclosure_helper"  # resources/translations/disclosure_helper_<lang>.qm
CORE_CONTEXT = "CoreMessages"  # the core's sentences, gathered in ui/core_messages.py
SOURCE_LANGUAGE = content.DEFAULT_LANGUAGE

# The translators now installed, kept so a second call replaces rather than stacks them
# (and so Python does not collect them while Qt still uses them).
_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE
_done = False


def is_installed() -> bool:
    """Whether install_language() has run in this process."""
    return _done


def current_language() -> str:
    """The language this run of the app speaks (a new choice applies at the next start)."""
    return _current


def translations_dir() -> Path:
    """Where the compiled catalogues (.qm) ship, beside their .ts sources."""
    return Path(str(resource_root().joinpath("translations")))


def qt_translations_dir() -> str:
    """Qt's own catalogues (qtbase_<lang>.qm): the buttons of its standard dialogs."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def shipped_languages(folder: Path | None = None) -> list[str]:
    """English, and each language with a UI catalogue or content of its own."""
    folder = folder or translations_dir()
    found = {SOURCE_LANGUAGE, *content.languages()}
    if folder.is_dir():
        prefix = f"{CATALOGUE}_"
        found.update(p.stem[len(prefix):] for p in folder.glob(f"{prefix}*.qm"))
    return sorted(found)


def system_language() -> str:
    """The computer's language, as a two- or three-letter code ("es")."""
    return QLocale.system().name().split("_")[0]


def effective_language(preference: str, folder: Path | None = None) -> str:
    """What the app speaks for this preference: the chosen language when it ships,
    "" (follow the computer) as the computer's language when it ships, else English."""
    shipped = shipped_languages(folder)
    if preference in shipped:
        return preference
    if not preference and system_language() in shipped:
        return system_language()
    return SOURCE_LANGUAGE


def locale_for(lang: str) -> QLocale:
    """Dates and numbers as the person reads them: the computer's own conventions when it
    speaks this language (Mexican Spanish stays Mexican), else the language's usual ones."""
    system = QLocale.system()
    if system.name().split("_")[0] == lang:
        return system
    return QLocale(lang)


# Qt names some languages after one country ("español de España"); the app speaks to
# every country that reads them.
NATIVE_NAMES = {"en": "English", "es": "Español"}


def language_name(lang: str) -> str:
    """A language's name in itself ("Español"), so a person finds theirs in any language."""
    world = QLocale(QLocale(lang).language(), QLocale.Country.World)
    name = NATIVE_NAMES.get(lang) or world.nativeLanguageName() or lang
    return name[:1].upper() + name[1:]


def install_language(
    app: QCoreApplication, lang: str, folder: Path | None = None, locale: QLocale | None = None
) -> list[QTranslator]:
    """Install the catalogues for `lang` (replacing earlier ones), set the locale for dates
    and numbers (`locale`, else the person's for `lang`) and the content language. A
    missing catalogue leaves those strings in English."""
    global _current, _done
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    folder = folder or translations_dir()
    sources = ((f"qtbase_{lang}", qt_translations_dir()), (f"{CATALOGUE}_{lang}", str(folder)))
    for name, where in sources:
        translator = QTranslator(app)
        if translator.load(name, where):
            app.installTranslator(translator)
            _installed.append(translator)
    locale = locale or locale_for(lang)
    QLocale.setDefault(locale)
    dates.set_locale(locale.name())
    content.set_language(lang)
    errors.set_translator(core_message)
    counted.set_translator(counted_phrase)
    _current = lang
    _done = True
    return list(_installed)


def core_message(message_id: str, args: Mapping[str, object]) -> str:
    """A core error's message in the person's language: the sentence through the
    catalogue, numbers in their locale, words (like "That note") translated too."""
    locale = QLocale()
    shown: dict[str, object] = {}
    for key, value in args.items():
        if isinstance(value, int) and not isinstance(value, bool):
            shown[key] = locale.toString(value)
        elif isinstance(value, str):
            shown[key] = QCoreApplication.translate(CORE_CONTEXT, value)
        else:
            shown[key] = value
    text = QCoreApplication.translate(CORE_CONTEXT, message_id)
    try:
        return text.format(**shown) if args else text
    except (KeyError, IndexError, ValueError):
        # A translation with a faulty placeholder must not hide what happened.
        return errors.english(message_id, args)


def counted_phrase(phrase: str, count: int) -> str:
    """A counted core phrase ("%n entries") with the person's language's plural forms;
    the English forms where their catalogue has none yet."""
    text = QCoreApplication.translate(CORE_CONTEXT, phrase, "", count)
    if text == phrase.replace("%n", str(count)):
        english = counted.ENGLISH[phrase] if count == 1 else phrase
        return english.replace("%n", QLocale().toString(count))
    return text


def restart_command() -> tuple[str, list[str]]:
    """How this app was started, to start it again the same way (the bundle is its own
    program; from source it is Python with the same module and options)."""
    if getattr(sys, "frozen", False):
        return sys.executable, list(sys.argv[1:])
    return sys.executable, list(getattr(sys, "orig_argv", [sys.executable, *sys.argv])[1:])


def restart(window: QWidget, launch: Callable[[str, list[str]], object] | None = None) -> bool:
    """Close `window` the ordinary way (which saves everything and locks the vault), then
    start the app again. False, with nothing started, if the window stayed open."""
    if not window.close():
        return False
    program, args = restart_command()
    if launch is None:
        from PySide6.QtCore import QProcess

        launch = QProcess.startDetached
    launch(program, args)
    QCoreApplication.quit()
    return True
