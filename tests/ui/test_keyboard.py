"""Keyboard only: Enter and keypad Enter press the focused button, everywhere."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

from disclosure_helper.ui.widgets import button
from disclosure_helper.ui.widgets.keys import install_enter_presses_buttons
from tests.ui.helpers import key_through_window


def test_enter_and_keypad_enter_press_the_focused_button(qtbot):
    install_enter_presses_buttons(QApplication.instance())
    holder = QWidget()
    layout = QVBoxLayout(holder)
    pressed: list[str] = []
    first = button("First", lambda: pressed.append("first"))
    second = button("Second", lambda: pressed.append("second"))
    plain = QPushButton("Plain Qt")
    plain.clicked.connect(lambda: pressed.append("plain"))
    for widget in (first, second, plain):
        layout.addWidget(widget)
    qtbot.addWidget(holder)
    holder.show()
    second.setFocus()
    key_through_window(second, Qt.Key.Key_Return)
    key_through_window(second, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    plain.setFocus()
    key_through_window(plain, Qt.Key.Key_Return)
    assert pressed == ["second", "second", "plain"]
    # Ctrl+Enter means something else (a shortcut), not a press.
    key_through_window(plain, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert pressed == ["second", "second", "plain"]


def test_no_python_filter_watches_the_whole_application():
    """The app's input is watched on its windows (ui/widgets/window_input.py). A Python
    filter on the application would be called for every event of every object: 1.5-2.5
    ms of the first unlock's longest turn at 100,000 entries, however little it did."""
    import ast
    from pathlib import Path

    ui = Path(__file__).resolve().parents[2] / "ui"
    found = []
    for path in ui.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "installEventFilter"):
                target = ast.get_source_segment(source, node.func.value) or ""
                # macOS hands a double-clicked backup to the application object itself.
                if (target in ("app", "target") or target.endswith("instance()")) and not (
                        path.name == "app.py" and "_FileOpenWatcher" in ast.unparse(node)):
                    found.append(f"{path.relative_to(ui)}:{node.lineno} {target}")
    assert not found, found
