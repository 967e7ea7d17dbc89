"""Layout test mode (after Vorta's): every translated string comes back longer.

Translations are often a third longer than English. Start the app with
`DISCLOSURE_HELPER_LAYOUT_TEST=1` (or call `enable_layout_test(app)` in a test) and
every `tr()` string is stretched, so clipped or crowded text shows up before a
translator finds it.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QTranslator

ENV_VAR = "DISCLOSURE_HELPER_LAYOUT_TEST"
STRETCH = 0.4  # how much longer every string gets


def lengthen(text: str, stretch: float = STRETCH) -> str:
    """`text` with extra letters at the end of each line, keeping mnemonics and placeholders."""
    if not text:
        return text
    lines = text.split("\n")
    out = []
    for line in lines:
        extra = max(2, round(len(line) * stretch)) if line.strip() else 0
        out.append(line + (" " + "ẅ" * (extra - 1) if extra else ""))
    return "\n".join(out)


class LayoutTestTranslator(QTranslator):
    """Returns a lengthened copy of every source string."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: D401
        return lengthen(source_text) if source_text else source_text

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


_installed: LayoutTestTranslator | None = None


def enable_layout_test(app: QCoreApplication | None = None) -> LayoutTestTranslator:
    """Install the stretching translator; strings created after this are longer."""
    global _installed
    app = app or QCoreApplication.instance()
    if _installed is None:
        _installed = LayoutTestTranslator()
    app.installTranslator(_installed)
    return _installed


def disable_layout_test(app: QCoreApplication | None = None) -> None:
    global _installed
    app = app or QCoreApplication.instance()
    if _installed is not None and app is not None:
        app.removeTranslator(_installed)
    _installed = None


def layout_test_requested() -> bool:
    return os.environ.get(ENV_VAR, "").strip() not in ("", "0", "false", "no")
