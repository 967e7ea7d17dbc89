"""Focus moved by the app, not only by Tab, is scrolled into view in every scroll area
around it; the app's scroll areas are all `FocusScrollArea`s."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from disclosure_helper.ui.widgets import FocusScrollArea, ScrollScreen, label
from disclosure_helper.ui.widgets.keys import install_focus_follows

UI = Path(__file__).resolve().parents[2] / "ui"


def _seen_in(area: FocusScrollArea, widget: QWidget) -> bool:
    view = area.viewport()
    top = widget.mapTo(view, QPoint(0, 0)).y()
    return top >= 0 and top + widget.height() <= view.height()


def test_focus_set_by_the_app_scrolls_every_area_around_it(qtbot):
    install_focus_follows(QApplication.instance())
    screen = ScrollScreen(max_chars=40)
    first = QLineEdit()
    first.setAccessibleName("First answer")
    screen.column.addWidget(first)
    for n in range(25):
        screen.column.addWidget(label(f"Paragraph {n} before the box. " * 3))
    inner = FocusScrollArea()
    inner.setWidgetResizable(True)
    inner.setFixedHeight(160)
    body = QWidget()
    rows = QVBoxLayout(body)
    for n in range(30):
        rows.addWidget(label(f"Line {n} inside the box."))
    field = QLineEdit()
    field.setAccessibleName("Last answer")
    rows.addWidget(field)
    inner.setWidget(body)
    screen.column.addWidget(inner)
    for n in range(10):
        screen.column.addWidget(label(f"Paragraph {n} after the box."))
    qtbot.addWidget(screen)
    screen.resize(700, 420)
    screen.show()
    screen.activateWindow()
    qtbot.waitExposed(screen)
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    assert not _seen_in(inner, field) and not _seen_in(screen, field)

    field.setFocus()  # as the app moves focus to a field with an error, say
    qtbot.waitUntil(lambda: _seen_in(inner, field) and _seen_in(screen, field))
    assert inner.verticalScrollBar().value() > 0
    assert screen.verticalScrollBar().value() > 0


def test_the_apps_scroll_areas_are_focus_scroll_areas():
    """A plain QScrollArea would not follow focus, and walking up to find one would make
    PySide name every Qt-made viewport on the way (ui/widgets/keys.py)."""
    plain = []
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and node.name != "FocusScrollArea":
                bases = [b.id if isinstance(b, ast.Name) else getattr(b, "attr", "")
                         for b in node.bases]
                if "QScrollArea" in bases:
                    plain.append(f"{path.relative_to(UI)}: class {node.name}")
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "QScrollArea"):
                plain.append(f"{path.relative_to(UI)}:{node.lineno} QScrollArea()")
    assert not plain, plain
