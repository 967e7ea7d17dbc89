"""The one date field: one Tab stop, typed or picked from a calendar, shown as people write it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from disclosure_helper.ui.widgets import DateField


@pytest.fixture(autouse=True)
def _british_english():
    """The same language on every machine; the machine's own is put back afterwards."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


def _form(qtbot, with_time: bool = True) -> tuple[QWidget, QLineEdit, DateField, QLineEdit]:
    form = QWidget()
    layout = QVBoxLayout(form)
    before, after = QLineEdit(), QLineEdit()
    field = DateField(with_time=with_time)
    field.setAccessibleName("When it happened")
    for widget in (before, field, after):
        layout.addWidget(widget)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    return form, before, field, after


def test_shown_in_words_with_the_time(qtbot):
    _form_, _b, field, _a = _form(qtbot)
    field.setDateTime(QDateTime(QDate(2026, 11, 26), QTime(1, 39)))
    assert field.text() == "26 Nov 2026, 01:39"
    assert field.edit.accessibleName() == "When it happened"


def test_one_tab_stop_and_typed_text_is_kept(qtbot):
    form, before, field, after = _form(qtbot)
    before.setFocus()
    QTest.keyClick(before, Qt.Key.Key_Tab)
    assert form.focusWidget() is field.edit
    field.edit.selectAll()
    QTest.keyClicks(field.edit, "3/2/2025 14:05")
    QTest.keyClick(field.edit, Qt.Key.Key_Tab)
    assert form.focusWidget() is after  # one Tab leaves the field
    QTest.keyClicks(after, "next")
    assert after.text() == "next"
    assert field.dateTime() == QDateTime(QDate(2025, 2, 3), QTime(14, 5))
    assert field.text() == "3 Feb 2025, 14:05"


def test_still_one_tab_stop_when_added_after_the_page_set_its_tab_order(qtbot):
    """A form rebuilt for another kind of entry adds its date field last; once the page
    puts Tab in screen order, the field is one stop and Tab goes on round the page."""
    from disclosure_helper.ui.widgets.focus import apply_layout_tab_order

    form = QWidget()
    layout = QVBoxLayout(form)
    before, after = QLineEdit(), QLineEdit()
    layout.addWidget(before)
    layout.addWidget(after)
    qtbot.addWidget(form)
    form.show()
    field = DateField()
    layout.insertWidget(1, field)
    field.show()
    apply_layout_tab_order(form)
    before.setFocus()
    visited = []
    for _ in range(4):
        QTest.keyClick(form.focusWidget(), Qt.Key.Key_Tab)
        visited.append(form.focusWidget())
    assert visited == [field.edit, after, before, field.edit]


def test_reads_the_ways_people_type_dates(qtbot):
    _f, _b, field, _a = _form(qtbot)
    field.setDateTime(QDateTime(QDate(2026, 1, 1), QTime(9, 0)))
    for typed, expected in (("26 Nov 2026, 01:39", (2026, 11, 26, 1, 39)),
                            ("26 november 2026 1:39", (2026, 11, 26, 1, 39)),
                            ("2026-11-26 13:10", (2026, 11, 26, 13, 10)),
                            ("26.11.2026", (2026, 11, 26, 13, 10)),
                            ("5 Mar 2024 2:30 pm", (2024, 3, 5, 14, 30))):
        moment = field.parse(typed)
        assert moment is not None, typed
        assert (moment.date().year(), moment.date().month(), moment.date().day(),
                moment.time().hour(), moment.time().minute()) == expected, typed
        field.setDateTime(moment)
    assert field.parse("today").date() == QDate.currentDate()


def test_something_unreadable_gets_a_kind_message_and_keeps_the_text(qtbot):
    _f, _b, field, after = _form(qtbot)
    field.setDateTime(QDateTime(QDate(2026, 1, 1), QTime(9, 0)))
    field.edit.setFocus()
    field.edit.selectAll()
    QTest.keyClicks(field.edit, "the 31st of Smarch")
    QTest.keyClick(field.edit, Qt.Key.Key_Tab)
    assert field.has_problem()
    assert "26 Nov 2026" in field.problem.text()
    assert field.text() == "the 31st of Smarch"  # nothing typed is thrown away
    assert field.date() == QDate(2026, 1, 1)
    field.edit.selectAll()
    QTest.keyClicks(field.edit, "2 Jan 2026 10:00")
    QTest.keyClick(field.edit, Qt.Key.Key_Return)
    assert not field.has_problem()
    assert field.dateTime() == QDateTime(QDate(2026, 1, 2), QTime(10, 0))


def test_arrow_keys_move_a_day_and_signal(qtbot):
    _f, _b, field, _a = _form(qtbot, with_time=False)
    field.setDate(QDate(2026, 2, 28))
    field.edit.setFocus()
    with qtbot.waitSignal(field.dateChanged) as changed:
        QTest.keyClick(field.edit, Qt.Key.Key_Up)
    assert changed.args == [QDate(2026, 3, 1)]
    QTest.keyClick(field.edit, Qt.Key.Key_PageDown)
    assert field.date() == QDate(2026, 2, 1)
    assert field.text() == "1 Feb 2026"


def test_calendar_by_keyboard(qtbot):
    _f, _b, field, _a = _form(qtbot, with_time=False)
    field.setDate(QDate(2026, 6, 10))
    field.edit.setFocus()
    QTest.keyClick(field.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = field._calendar
    assert calendar is not None and calendar.isVisible()
    qtbot.waitUntil(lambda: calendar.calendar.hasFocus() or
                    calendar.calendar.focusWidget() is not None)
    target = calendar.calendar.focusWidget() or calendar.calendar
    QTest.keyClick(target, Qt.Key.Key_Right)
    QTest.keyClick(target, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert field.date() == QDate(2026, 6, 11)
