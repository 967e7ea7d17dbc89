"""Large text for one part of the window: Together mode has its own text size.

The app's stylesheet is built from sizes scaled by the text size setting. Setting the
same stylesheet, built at another scale, on one widget restyles just that subtree, so
every role (titles, hints, buttons, padding) grows together and colours still come
from the palette in use, high contrast included.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtWidgets import QApplication, QWidget

from disclosure_helper.ui.theme import load_palette, point_size, stylesheet


def scaled_stylesheet(scale: float) -> str:
    """The app's stylesheet for the current palette, at `scale`, with body text to match."""
    app = QApplication.instance()
    name = str(app.property("dh_theme") or "light") if app is not None else "light"
    return _built_stylesheet(name, scale, point_size(scale))


@lru_cache(maxsize=8)
def _built_stylesheet(palette: str, scale: float, body_pt: float) -> str:
    # Kept: every session (and every theme change) at the same size needs the same text,
    # and building it reads and fills the template again.
    body = f"QWidget {{ font-size: {body_pt}pt; }}\n"
    return body + stylesheet(load_palette(palette), scale)


def apply_text_scale(widget: QWidget, scale: float) -> None:
    """Show `widget` and everything inside it at `scale` (1.0 is the desktop's body size)."""
    widget.setStyleSheet(scaled_stylesheet(scale))
    widget.setProperty("dh_text_scale", scale)
