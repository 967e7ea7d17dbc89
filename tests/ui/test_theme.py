"""Themes: every palette fills the stylesheet, text pairs have enough contrast, sizes scale."""

from __future__ import annotations

import pytest

from disclosure_helper.preferences import Preferences
from disclosure_helper.ui.layout_test import (
    disable_layout_test,
    enable_layout_test,
    lengthen,
)
from disclosure_helper.ui.theme import PALETTES, apply_theme, load_palette, point_size, stylesheet


def _luminance(hex_colour: str) -> float:
    rgb = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


TEXT_PAIRS = [
    ("text", "window"), ("text", "surface"), ("muted", "window"), ("muted", "surface"),
    ("accent_text", "accent"), ("danger_text", "danger"), ("error", "surface"),
    ("error", "window"), ("text", "info_bg"), ("text", "warning_bg"), ("text", "nav"),
    ("text", "nav_selected"), ("accent", "window"), ("selection_text", "selection"),
]


@pytest.mark.parametrize("name", PALETTES)
def test_text_contrast(name):
    colours = load_palette(name).colours
    needed = 7.0 if name == "high_contrast" else 4.5
    for fg, bg in TEXT_PAIRS:
        assert contrast(colours[fg], colours[bg]) >= needed, (name, fg, bg)


@pytest.mark.parametrize("name", PALETTES)
def test_stylesheet_has_every_token(qapp, name):
    sheet = stylesheet(load_palette(name), 1.3)
    assert "${" not in sheet


def test_text_scale_grows_every_role(qapp):
    for role in (None, "title", "heading", "hint", "code"):
        assert point_size(1.5, role) > point_size(1.0, role)
    apply_theme(qapp, Preferences(theme="dark", text_scale=1.0))
    normal = qapp.font().pointSizeF()
    apply_theme(qapp, Preferences(theme="dark", text_scale=2.0))
    assert qapp.font().pointSizeF() == pytest.approx(normal * 2, rel=0.02)
    apply_theme(qapp, Preferences())


def test_layout_test_mode_lengthens_tr_strings(qapp):
    from PySide6.QtCore import QCoreApplication

    assert len(lengthen("Hide now")) > len("Hide now")
    enable_layout_test(qapp)
    try:
        assert QCoreApplication.translate("X", "Unlock").startswith("Unlock ")
        assert len(QCoreApplication.translate("X", "Unlock")) > len("Unlock")
    finally:
        disable_layout_test(qapp)
    assert QCoreApplication.translate("X", "Unlock") == "Unlock"


def test_screens_build_in_layout_test_mode(qtbot, ctx):
    from disclosure_helper.ui.app import create_main_window

    enable_layout_test()
    try:
        window = create_main_window(ctx)
        qtbot.addWidget(window)
        window.show()
        assert window.firstrun.start_button.text().startswith("Get started ")
    finally:
        disable_layout_test()


@pytest.mark.parametrize("guess_dark, desktop_dark", [(False, True), (True, False), (True, True)])
def test_the_first_window_guesses_the_desktop_scheme_and_confirms_it_once_shown(
        qapp, qtbot, monkeypatch, guess_dark, desktop_dark):
    """While the app starts, "system" takes the desktop palette's lightness (no enum
    namespace needed); once the first window is up, the desktop's colour scheme decides."""
    from PySide6.QtCore import QObject

    from disclosure_helper.ui import startup, theme

    monkeypatch.setattr(theme, "desktop_palette_is_dark", lambda: guess_dark)
    monkeypatch.setattr(theme, "system_prefers_dark", lambda: desktop_dark)
    before = qapp.property("dh_theme")
    qapp.setProperty("dh_theme", None)
    startup.begin()
    try:
        watcher = theme.ThemeWatcher(qapp, lambda: Preferences(theme="system"))
        watcher.apply()
        assert qapp.property("dh_theme") == ("dark" if guess_dark else "light")
        receiver = QObject()
        startup.shown(receiver)
        qtbot.waitUntil(lambda: not startup.is_starting(), timeout=3000)
        assert qapp.property("dh_theme") == ("dark" if desktop_dark else "light")
    finally:
        startup.reset()
        apply_theme(qapp, Preferences(theme=before or "light"))
