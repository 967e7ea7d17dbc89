"""The look: one stylesheet, three palettes, and sizes that follow the text size setting.

`resources/styles/app.qss` holds `${token}` placeholders filled from
`resources/styles/palette-<name>.toml` and from sizes computed here, so widgets never
hard-code a font size or colour: they set the dynamic property `role` and the theme
does the rest. "system" follows the desktop's light or dark scheme and changes with it.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import lru_cache
from string import Template

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from disclosure_helper.paths import resource_root
from disclosure_helper.preferences import Preferences
from disclosure_helper.ui.fonts import app_font

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

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


@dataclass(frozen=True)
class Theme:
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
    raw = tomllib.loads(_styles().joinpath(f"palette-{name}.toml").read_text(encoding="utf-8"))
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
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hints is not None else Qt.ColorScheme.Unknown
    return scheme == Qt.ColorScheme.Dark


def resolve_theme_name(pref: str) -> str:
    """The palette to use for a preference ("system" follows the desktop)."""
    if pref in PALETTES:
        return pref
    return "dark" if system_prefers_dark() else "light"


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


def apply_theme(app: QApplication, prefs: Preferences) -> Theme:
    """Restyle the whole app for these preferences; returns the palette in use."""
    prefs = prefs.normalised()
    theme = load_palette(resolve_theme_name(prefs.theme))
    app.setFont(app_font(point_size(prefs.text_scale)))
    app.setPalette(palette_for(theme))
    app.setStyleSheet(stylesheet(theme, prefs.text_scale))
    app.setProperty("dh_theme", theme.name)
    app.setProperty("dh_text_scale", prefs.text_scale)
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
        apply_theme(self._app, self._get_prefs())

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
