"""Qt's translation calls as lupdate finds them: `translate(context, text)` and the
QT_TRANSLATE_NOOP marker, typed as what they are.

lupdate reads calls by name: `translate("Ctx", "words")` is found; a helper such as
`_tr(text)` hides every word passed to it (tests/ui/test_translation_es.py forbids those).
Code outside a QObject's `self.tr()` calls `translate` from here.

lupdate finds the words to translate by the marker's name at each call, so code that
marks words for later translation (section titles, shortcut actions) calls it by that
name. PySide6 declares the marker as taking and returning any object; it returns its
text unchanged, so here it says so, and the marked words can fill `str` fields.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP as _QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication

QT_TRANSLATE_NOOP = cast("Callable[[str, str], str]", _QT_TRANSLATE_NOOP)

translate = QCoreApplication.translate

__all__ = ["QT_TRANSLATE_NOOP", "translate"]
