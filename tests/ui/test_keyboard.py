"""Keyboard only: Enter and keypad Enter press the focused button, everywhere."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

from disclosure_helper.ui.widgets import button
from disclosure_helper.ui.widgets.keys import install_enter_presses_buttons


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
    QTest.keyClick(second, Qt.Key.Key_Return)
    QTest.keyClick(second, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    plain.setFocus()
    QTest.keyClick(plain, Qt.Key.Key_Return)
    assert pressed == ["second", "second", "plain"]
    # Ctrl+Enter means something else (a shortcut), not a press.
    QTest.keyClick(plain, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    second.setEnabled(False)
    QTest.keyClick(second, Qt.Key.Key_Return)
    assert pressed == ["second", "second", "plain"]
