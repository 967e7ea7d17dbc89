"""The app's own typeface is used everywhere, and it can draw every character we write.

A character the bundled font lacks would be drawn from whatever font the machine has,
so its width (and the layout tests) would depend on the machine.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtGui import QFontDatabase, QFontInfo, QRawFont
from PySide6.QtWidgets import QApplication

from disclosure_helper.preferences import Preferences
from disclosure_helper.ui import fonts
from disclosure_helper.ui.theme import apply_theme, code_font

ROOT = Path(__file__).resolve().parents[2]


def _covered() -> set[int]:
    data = fonts.font_files()[0].read_bytes()
    raw = QRawFont(data, 12)
    assert raw.isValid()
    return {c for c in range(0x20, 0x3000) if raw.supportsCharacter(c)}


def test_the_app_font_is_atkinson_hyperlegible(qapp):
    apply_theme(qapp, Preferences())
    assert fonts.install_app_fonts()
    assert fonts.FAMILY in QFontDatabase.families()
    assert QFontInfo(QApplication.font()).family() == fonts.FAMILY
    assert QFontInfo(code_font(1.0)).family() == fonts.FAMILY


def test_system_fonts_are_hidden_from_tests():
    """tests/conftest.py shows Qt no system fonts, so every machine measures alike."""
    config = Path(os.environ["FONTCONFIG_FILE"])
    assert "<dir>" not in config.read_text(encoding="utf-8")


def test_every_faces_licence_ships_beside_it():
    folder = fonts.font_files()[0].parent
    assert "SIL OPEN FONT LICENSE" in folder.joinpath(fonts.LICENCE).read_text(encoding="utf-8")
    for file in fonts.font_files():
        assert file.is_file(), file.name


def test_every_character_in_app_text_is_in_the_bundled_font(qapp):
    covered = _covered()
    missing: dict[str, set[str]] = {}
    sources = [*(ROOT / "ui").rglob("*.py"), *(ROOT / "resources" / "content").rglob("*.toml")]
    for path in sources:
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".py":
            # Only what is shown: the strings inside tr() calls.
            text = " ".join(re.findall(r'tr\(\s*"((?:[^"\\]|\\.)*)"', text))
        for ch in set(text):
            if ord(ch) >= 0x20 and ord(ch) not in covered and not ch.isspace():
                missing.setdefault(str(path.relative_to(ROOT)), set()).add(ch)
    assert missing == {}, missing


def test_fonts_load_from_a_zip_as_from_a_folder(qapp, tmp_path, monkeypatch):
    # A zipped install hands out files that are not paths: they are read as bytes.
    import zipfile

    archive = tmp_path / "resources.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for file in fonts.font_files():
            zipped.write(file, f"fonts/{file.name}")
    inside = zipfile.Path(archive, "fonts/")
    monkeypatch.setattr(fonts, "font_files", lambda: [inside / name for name in fonts.FILES])
    monkeypatch.setattr(fonts, "_loaded", None)
    given: list[bytes] = []

    def add(data):
        given.append(bytes(data))
        return len(given)

    monkeypatch.setattr(QFontDatabase, "addApplicationFontFromData", add)
    assert fonts.install_app_fonts()
    assert len(given) == len(fonts.FILES)
    for data in given:
        assert QRawFont(data, 12).familyName() == fonts.FAMILY
