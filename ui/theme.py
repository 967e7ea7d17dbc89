"""The look: one stylesheet, three palettes, and sizes that follow the text size setting.

`resources/styles/app.qss` holds `${token}` placeholders filled from
`resources/styles/palette-<name>.json` and from sizes computed here, so widgets never
hard-code a font size or colour: they set the dynamic property `role` and the theme
does the rest. "system" follows the desktop's light or dark scheme and changes with it.
"""

from __future__ import annotations

import json
from functools import lru_cache
from string import Template
from typing import NamedTuple

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from disclosure_helper.paths import resource_root
from disclosure_helper.preferences import Preferences
from disclosure_helper.ui import startup
from disclosure_helper.ui.fonts import app_font

PALETTES = ("light", "dark", "high_contrast")

# Multiples of the body size for each text role; the hint stays readable (never tiny).
ROLE_SCALE = {
    "title": 1.6,
    "heading": 1.3,
    "subheading": 1.1,
    "hint": 0.95,
    "code": 1.45,
}

_base_point_size: float | None = None


class Theme(NamedTuple):
    name: str
    dark: bool
    colours: dict[str, str]
    icon_tone: str = "dark"
    check_tone: str = "light"


def _styles():
    return resource_root().joinpath("styles")


def load_palette(name: str) -> Theme:
    if name not in PALETTES:
        name = "light"
    # JSON rather than TOML: the first window needs a palette, and Python's JSON reader is
    # loaded already (preferences) where its TOML reader would add to the start.
    raw = json.loads(_styles().joinpath(f"palette-{name}.json").read_text(encoding="utf-8"))
    colours = {k: v for k, v in raw.items() if isinstance(v, str) and v.startswith("#")}
    return Theme(
        name=name,
        dark=bool(raw.get("dark", False)),
        colours=colours,
        icon_tone=str(raw.get("icon_tone", "dark")),
        check_tone=str(raw.get("check_tone", "light")),
    )


def icon_path(name: str) -> str:
    """An icon's file path for the stylesheet (resources are plain files when installed)."""
    path = resource_root().joinpath("icons", f"{name}.svg")
    return str(path).replace("\\", "/")


def system_prefers_dark() -> bool:
    """What the desktop's colour scheme says. Reading it builds PySide's whole `Qt` enum
    namespace, so the first window guesses instead (`ThemeWatcher.apply`)."""
    from PySide6.QtCore import Qt

    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hints is not None else Qt.ColorScheme.Unknown
    return scheme == Qt.ColorScheme.Dark


def resolve_theme_name(pref: str, system_dark: bool | None = None) -> str:
    """The palette to use for a preference ("system" follows the desktop, or
    `system_dark` when already known)."""
    if pref in PALETTES:
        return pref
    if system_dark is None:
        system_dark = system_prefers_dark()
    return "dark" if system_dark else "light"


def desktop_palette_is_dark() -> bool:
    """The desktop's own palette, before ours replaces it, is dark. Qt's platform themes
    give a dark palette when the desktop's scheme is dark, so this is a good first guess
    that needs no enum namespace (see `system_prefers_dark`)."""
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def base_point_size() -> float:
    """The desktop's body text size, read once, so repeated scaling never compounds."""
    global _base_point_size
    if _base_point_size is None:
        size = QGuiApplication.font().pointSizeF() if QGuiApplication.instance() else -1
        _base_point_size = size if size and size > 0 else 10.0
        # Some desktops report 9 pt; a calm reading size starts a little larger.
        _base_point_size = max(_base_point_size, 10.5)
    return _base_point_size


def point_size(scale: float, role: str | None = None) -> float:
    """The point size for body text (or a text role) at a text scale."""
    size = base_point_size() * scale
    if role is not None:
        size *= ROLE_SCALE.get(role, 1.0)
    return round(size, 1)


def tokens(theme: Theme, scale: float) -> dict[str, str]:
    """Every `${token}` the stylesheet uses: palette colours plus scaled sizes."""
    high_contrast = theme.name == "high_contrast"

    def px(value: float) -> str:
        return str(max(1, round(value * scale)))

    values = dict(theme.colours)
    values.update(
        {
            "body_pt": str(point_size(scale)),
            **{f"{role}_pt": str(point_size(scale, role)) for role in ROLE_SCALE},
            "pad_s": px(4),
            "pad_m": px(8),
            "pad_v": px(7),
            "pad_h": px(16),
            "pad_l": px(14),
            "radius": px(6),
            "radius_l": px(10),
            "control_h": px(22),
            "bar_h": px(10),
            "scroll_w": px(12),
            "border_w": "2" if high_contrast else "1",
            "focus_w": "3" if high_contrast else "2",
            "accent_w": px(4),
            "indicator": px(18),
            "indicator_round": str(max(1, round(18 * scale)) // 2),
            "arrow": px(12),
            "check_icon": icon_path(f"check-{theme.check_tone}"),
            "dot_icon": icon_path(f"dot-{theme.check_tone}"),
            "chevron_icon": icon_path(f"chevron-{theme.icon_tone}"),
        }
    )
    return values


def stylesheet(theme: Theme, scale: float) -> str:
    template = Template(_styles().joinpath("app.qss").read_text(encoding="utf-8"))
    return template.safe_substitute(tokens(theme, scale))


def palette_for(theme: Theme) -> QPalette:
    """A matching QPalette, so widgets the stylesheet does not reach still fit in."""
    c = {k: QColor(v) for k, v in theme.colours.items()}
    pal = QPalette()
    pal.setColor(QPalette.ColorRole.Window, c["window"])
    pal.setColor(QPalette.ColorRole.WindowText, c["text"])
    pal.setColor(QPalette.ColorRole.Base, c["surface"])
    pal.setColor(QPalette.ColorRole.AlternateBase, c["surface_alt"])
    pal.setColor(QPalette.ColorRole.Text, c["text"])
    pal.setColor(QPalette.ColorRole.Button, c["surface"])
    pal.setColor(QPalette.ColorRole.ButtonText, c["text"])
    pal.setColor(QPalette.ColorRole.ToolTipBase, c["surface"])
    pal.setColor(QPalette.ColorRole.ToolTipText, c["text"])
    pal.setColor(QPalette.ColorRole.PlaceholderText, c["muted"])
    pal.setColor(QPalette.ColorRole.Highlight, c["selection"])
    pal.setColor(QPalette.ColorRole.HighlightedText, c["selection_text"])
    pal.setColor(QPalette.ColorRole.Link, c["accent"])
    pal.setColor(QPalette.ColorRole.BrightText, c["danger"])
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, c["disabled"])
    return pal


def code_font(scale: float, role: str = "code") -> QFont:
    """For codes people copy by hand: the app's typeface, spaced a little wider.

    Not a system monospace font: it would differ per machine, and Atkinson Hyperlegible
    already keeps the characters a recovery code uses apart.
    """
    font = app_font(point_size(scale, role))
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 112)
    return font


def apply_theme(app: QApplication, prefs: Preferences,
                system_dark: bool | None = None) -> Theme:
    """Restyle the whole app for these preferences; returns the palette in use.
    `system_dark`: the desktop's scheme when the caller knows it (else it is read)."""
    prefs = prefs.normalised()
    theme = load_palette(resolve_theme_name(prefs.theme, system_dark))
    app.setFont(app_font(point_size(prefs.text_scale)))
    app.setPalette(palette_for(theme))
    app.setStyleSheet(stylesheet(theme, prefs.text_scale))
    app.setProperty("dh_theme", theme.name)
    # As text: a float property makes PySide build its QByteArray class, which the first
    # window otherwise does not need.
    app.setProperty("dh_text_scale", repr(float(prefs.text_scale)))
    return theme


def current_text_scale() -> float:
    app = QApplication.instance()
    value = app.property("dh_text_scale") if app is not None else None
    return float(value) if value else 1.0


class ThemeWatcher(QObject):
    """Re-applies the theme when preferences change or the desktop switches light/dark."""

    def __init__(self, app: QApplication, get_prefs, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._get_prefs = get_prefs
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(self._scheme_changed)

    def apply(self) -> None:
        prefs = self._get_prefs()
        if (prefs.normalised().theme == "system" and startup.is_starting()
                and self._app.property("dh_theme") is None):
            # The first window: the desktop's palette says light or dark at once; its
            # colour scheme, which Qt reports more surely but only through a costly enum,
            # is read just after the window is up, and wins if the two disagree.
            apply_theme(self._app, prefs, system_dark=desktop_palette_is_dark())
            startup.once_shown(self._confirm_scheme)
            return
        apply_theme(self._app, prefs)

    def _confirm_scheme(self) -> None:
        prefs = self._get_prefs()
        wanted = resolve_theme_name(prefs.normalised().theme)
        if self._app.property("dh_theme") != wanted:
            self.apply()

    def _scheme_changed(self, *_args: object) -> None:
        if self._get_prefs().theme == "system":
            self.apply()


def theme_colours() -> dict[str, QColor]:
    """The active theme's colours by name (light when the app has no theme yet).

    Asked for every row a list draws, so each theme's palette file is read once.
    """
    app = QApplication.instance()
    name = app.property("dh_theme") if app is not None else None
    return dict(_colours(str(name) if name else "light"))


@lru_cache(maxsize=8)
def _colours(name: str) -> tuple[tuple[str, QColor], ...]:
    palette = load_palette(name)
    return tuple((key, QColor(value)) for key, value in palette.colours.items())
