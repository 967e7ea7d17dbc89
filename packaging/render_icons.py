"""Render the app icon's PNG sizes from its SVG (run after changing the SVG).

    .venv/bin/python packaging/render_icons.py

Desktops want bitmaps at fixed sizes (hicolor theme, Windows .ico, the window icon);
the SVG in resources/icons/app is the one source they are all drawn from.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "icons" / "app"
NAME = "disclosure-helper"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(size: int, renderer: QSvgRenderer) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1] + ["-platform", "offscreen"])
    renderer = QSvgRenderer(str(FOLDER / f"{NAME}.svg"))
    if not renderer.isValid():
        print("The SVG could not be read.", file=sys.stderr)
        return 1
    for size in SIZES:
        render(size, renderer).save(str(FOLDER / f"{NAME}-{size}.png"))
    # Windows wants one .ico holding several sizes; Qt writes a single-size .ico, so the
    # build (packaging/disclosure-helper.spec) lets PyInstaller convert the 256 PNG.
    return 0


if __name__ == "__main__":
    sys.exit(main())
