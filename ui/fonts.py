"""The app's own typeface, Atkinson Hyperlegible (SIL OFL 1.1, `resources/fonts/`).

Designed by the Braille Institute for readers with low vision, it tells apart the letters
people mix up (I, l, 1; O, 0). Shipping it also means text measures the same on every
machine, so a window that fits here fits there and layout tests are deterministic.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from disclosure_helper.paths import resource_root
from disclosure_helper.ui import startup

FAMILY = "Atkinson Hyperlegible"
FILES = (
    "AtkinsonHyperlegible-Regular.ttf",
    "AtkinsonHyperlegible-Bold.ttf",
    "AtkinsonHyperlegible-Italic.ttf",
    "AtkinsonHyperlegible-BoldItalic.ttf",
)
LICENCE = "OFL.txt"
# The upright faces every screen draws with (body text, and headings at weight 600).
# The italic ones appear only in exports and PDFs, so registering them waits until the
# first window is on screen (listed in ui/startup.py).
UPRIGHT = FILES[:2]

_registered: set[str] = set()
_loaded: bool | None = None


def font_files():
    """The bundled font files (paths, or importlib resources in a zip)."""
    folder = resource_root().joinpath("fonts")
    return [folder.joinpath(name) for name in FILES]


def _register(names: tuple[str, ...]) -> bool:
    """Register those of `names` not yet registered; True if any face could be read."""
    global _loaded
    for file in font_files():
        if file.name not in names or file.name in _registered:
            continue
        _registered.add(file.name)
        try:
            data = file.read_bytes()
        except OSError:
            continue
        if QFontDatabase.addApplicationFontFromData(data) >= 0:
            _loaded = True
    if _loaded is None and len(_registered) == len(FILES):
        _loaded = False
    return bool(_loaded)


def install_upright_fonts() -> bool:
    """Register the regular and bold faces (what the first window draws with); the
    italic ones follow once the first window shows (at once outside the app's start)."""
    if not _registered:
        loaded = _register(UPRIGHT)
        startup.once_shown(install_app_fonts)
        return loaded
    return bool(_loaded)


def install_app_fonts() -> bool:
    """Register every bundled face with Qt once per process. False if none could be read.

    Fonts are read as bytes, so they load from a wheel, a zip or a frozen bundle alike.
    """
    return _register(FILES)


def app_font(point_size: float) -> QFont:
    """The body font at a size; falls back to the desktop's sans serif if ours is missing."""
    install_upright_fonts()
    font = QFont(FAMILY)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(point_size)
    return font
