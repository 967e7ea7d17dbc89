"""The app's own typeface, Atkinson Hyperlegible (SIL OFL 1.1, `resources/fonts/`).

Designed by the Braille Institute for readers with low vision, it tells apart the letters
people mix up (I, l, 1; O, 0). Shipping it also means text measures the same on every
machine, so a window that fits here fits there and layout tests are deterministic.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

from disclosure_helper.paths import resource_root

FAMILY = "Atkinson Hyperlegible"
FILES = (
    "AtkinsonHyperlegible-Regular.ttf",
    "AtkinsonHyperlegible-Bold.ttf",
    "AtkinsonHyperlegible-Italic.ttf",
    "AtkinsonHyperlegible-BoldItalic.ttf",
)
LICENCE = "OFL.txt"

_loaded: bool | None = None


def font_files():
    """The bundled font files (paths, or importlib resources in a zip)."""
    folder = resource_root().joinpath("fonts")
    return [folder.joinpath(name) for name in FILES]


def install_app_fonts() -> bool:
    """Register the bundled faces with Qt once per process. False if none could be read.

    A file on disk is given to Qt by its path; one inside a zip is read as bytes (passing
    bytes makes PySide build its QByteArray class, which the first window otherwise does
    not need).
    """
    global _loaded
    if _loaded is None:
        ids = []
        for file in font_files():
            if isinstance(file, Path):
                ids.append(QFontDatabase.addApplicationFont(str(file)))
                continue
            try:
                data = file.read_bytes()
            except OSError:
                continue
            ids.append(QFontDatabase.addApplicationFontFromData(data))
        _loaded = any(i >= 0 for i in ids)
    return _loaded


def app_font(point_size: float) -> QFont:
    """The body font at a size; falls back to the desktop's sans serif if ours is missing."""
    install_app_fonts()
    font = QFont(FAMILY)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(point_size)
    return font
