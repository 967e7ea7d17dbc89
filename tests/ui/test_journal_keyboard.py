"""The journal by keyboard alone: an entry with a date, the trash, a check-in that keeps
the field being answered in view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from disclosure_helper.journal import Entry
from disclosure_helper.ui.journal.page import JournalPage
from disclosure_helper.ui.widgets import DateField
from disclosure_helper.ui.widgets.keys import install_enter_presses_buttons, install_focus_follows
from tests.ui.test_journal_page import focused, press, tab_to, type_text


@pytest.fixture
def page(qtbot, unlocked_ctx):
    """The Journal page with the app's keyboard behaviour, as the main window has it."""
    install_enter_presses_buttons(QApplication.instance())
    install_focus_follows(QApplication.instance())
    widget = JournalPage(unlocked_ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 760)
    widget.show()
    widget.activateWindow()
    widget.on_unlocked()
    qtbot.waitExposed(widget)
    return widget


def test_restoring_the_last_entry_leaves_a_tidy_empty_trash(qtbot, page, unlocked_ctx):
    journal = unlocked_ctx.vault.journal
    entry = journal.add(Entry(kind="free", body="bring me back"))
    page.refresh()
    page.delete_entries([entry.id])
    assert "trash" in page.banner.message()  # "Moved 1 entry to the trash." with Undo
    page.show_trash()
    trash = page.trash
    trash.list.setFocus()
    trash.list.select_entry(entry.id)
    press(qtbot, Qt.Key.Key_Return)  # Enter on an entry in the trash restores it
    assert journal.trash_count() == 0
    QApplication.processEvents()
    assert not trash.empty_button.isEnabled()
    assert not trash.restore_button.isEnabled() and not trash.delete_button.isEnabled()
    assert trash.empty_label.isVisible() and not trash.list.isVisible()
    # Nothing spread into gaps: the buttons sit just under "The trash is empty."
    gap = trash.restore_button.mapTo(trash, QPoint(0, 0)).y() - (
        trash.empty_label.mapTo(trash, QPoint(0, 0)).y() + trash.empty_label.height())
    assert gap < 60, f"{gap} px between the empty note and the buttons"
    trash.back_button.click()
    assert "Moved" not in page.banner.message()  # its Undo no longer means anything
    qtbot.waitUntil(lambda: entry.id in page.model.entry_ids())  # the list reads off-thread


def _in_view(widget: QWidget) -> bool:
    """Whether `widget` is inside the visible part of every scroll area around it."""
    node = widget.parentWidget()
    while node is not None:
        if isinstance(node, QAbstractScrollArea):
            view = node.viewport()
            top = widget.mapTo(view, QPoint(0, 0)).y()
            if top < 0 or top + min(widget.height(), view.height()) > view.height():
                return False
        node = node.parentWidget()
    return True


def test_checkin_keeps_the_focused_field_in_view(qtbot, page, unlocked_ctx):
    page.resize(900, 420)  # a short window: the check-in does not fit without scrolling
    page.show_checkin()
    qtbot.waitUntil(lambda: focused() is page.checkin.pickers["mood"])
    for key in (Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_2):
        press(qtbot, key)
        QApplication.processEvents()
        assert _in_view(focused()), type(focused()).__name__
    assert focused() is page.checkin.note
    type_text(qtbot, "Steady")
    for _ in range(6):
        press(qtbot, Qt.Key.Key_Tab)
        QApplication.processEvents()
        assert _in_view(focused()), type(focused()).__name__


def test_an_incident_with_a_typed_date_by_keyboard(qtbot, page, unlocked_ctx):
    page.new_entry("incident")
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.editor)
    field = page.editor.findChild(DateField)
    assert field is not None
    date_field = field.edit
    tab_to(qtbot, lambda w: w is date_field)
    date_field.selectAll()
    type_text(qtbot, "3 Feb 2025 14:05")
    press(qtbot, Qt.Key.Key_Tab)  # one Tab leaves the whole date
    assert focused() is not date_field
    assert field.date() == QDate(2025, 2, 3)
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: unlocked_ctx.vault.journal.count() == 1)
    [row] = unlocked_ctx.vault.journal.page()
    when = unlocked_ctx.vault.journal.get(row.id).occurred_at.astimezone()
    assert (when.year, when.month, when.day, when.hour, when.minute) == (2025, 2, 3, 14, 5)
