"""Shared widget helpers that set Qt's enum-typed properties by name (ui/startup.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from disclosure_helper.ui.widgets import FlowRow, ScrollScreen, label
from disclosure_helper.ui.widgets.basics import set_qt_property


def test_labels_show_text_as_written_and_can_be_selectable(qtbot):
    plain = label("<b>not bold</b>")
    selectable = label("copy me", selectable=True)
    qtbot.addWidget(plain)
    qtbot.addWidget(selectable)
    assert plain.textFormat() == Qt.TextFormat.PlainText
    assert plain.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction or \
        not plain.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert selectable.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse


def test_a_scrolling_screen_takes_no_focus_itself(qtbot):
    screen = ScrollScreen()
    qtbot.addWidget(screen)
    assert screen.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert screen.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded


def test_a_wrong_property_or_key_name_fails_loudly(qtbot):
    widget = QLabel()
    qtbot.addWidget(widget)
    with pytest.raises(ValueError):
        set_qt_property(widget, "textFormat", "Plaintext")
    with pytest.raises(ValueError):
        set_qt_property(widget, "textFromat", "PlainText")


@pytest.mark.parametrize("row_on_screen", [True, False])
def test_a_flow_row_shows_what_it_is_given_unless_it_was_hidden_on_purpose(qtbot,
                                                                         row_on_screen):
    other = QWidget()
    qtbot.addWidget(other)
    moved = QPushButton("Moved", other)
    hidden_child = QPushButton("Hidden child", other)
    hidden_child.hide()
    other.show()
    assert moved.isVisible()
    row = FlowRow()
    qtbot.addWidget(row)
    if row_on_screen:
        row.show()
    new = QPushButton("New")
    hidden = QPushButton("Hidden")
    hidden.hide()
    for widget in (new, hidden, moved, hidden_child):
        row.addWidget(widget)
    row.show()
    assert new.isVisible() and moved.isVisible()
    assert not hidden.isVisible() and not hidden_child.isVisible()
