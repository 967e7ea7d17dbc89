"""Qt's QT_TRANSLATE_NOOP marker, typed as what it is.

lupdate finds the words to translate by the marker's name at each call, so code that
marks words for later translation (section titles, shortcut actions) calls it by that
name. PySide6 declares the marker as taking and returning any object; it returns its
text unchanged, so here it says so, and the marked words can fill `str` fields.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP as _QT_TRANSLATE_NOOP

QT_TRANSLATE_NOOP = cast("Callable[[str, str], str]", _QT_TRANSLATE_NOOP)

__all__ = ["QT_TRANSLATE_NOOP"]
