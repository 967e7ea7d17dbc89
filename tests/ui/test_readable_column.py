"""The reading column keeps about `max_chars` characters of its own font, whatever sets it."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from disclosure_helper.preferences import Preferences
from disclosure_helper.ui.theme import apply_theme
from disclosure_helper.ui.widgets import ScrollScreen, label
from disclosure_helper.ui.widgets.text_scale import apply_text_scale


def _reading_width(screen: ScrollScreen) -> int:
    column = screen.readable
    return column.fontMetrics().averageCharWidth() * column.max_chars + 48


def _wide_screen(qtbot, max_chars: int = 40) -> ScrollScreen:
    screen = ScrollScreen(max_chars=max_chars)
    screen.column.addWidget(label("A line of text to read, long enough to wrap. " * 6))
    qtbot.addWidget(screen)
    screen.resize(3000, 900)  # wider than the column at any text size here
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def test_column_is_its_reading_width_in_a_wide_window(qtbot, qapp, restore_theme):
    apply_theme(qapp, Preferences(text_scale=1.0))
    screen = _wide_screen(qtbot)
    qtbot.waitUntil(lambda: screen.readable.width() == _reading_width(screen))


def test_column_grows_with_the_text_size_setting(qtbot, qapp, restore_theme):
    apply_theme(qapp, Preferences(text_scale=1.0))
    screen = _wide_screen(qtbot)
    qtbot.waitUntil(lambda: screen.readable.width() == _reading_width(screen))
    before = screen.readable.width()

    apply_theme(qapp, Preferences(text_scale=2.0))
    qtbot.waitUntil(lambda: screen.readable.width() == _reading_width(screen))
    assert screen.readable.width() > before * 1.6

    apply_theme(qapp, Preferences(text_scale=1.0))
    qtbot.waitUntil(lambda: screen.readable.width() == before)


def test_column_follows_a_larger_size_set_on_part_of_the_window(qtbot, qapp, restore_theme):
    # As Together mode does: its own size is set on its view before the view's screens
    # are made, and changed while they are shown.
    apply_theme(qapp, Preferences(text_scale=1.0))
    plain = _wide_screen(qtbot)
    qtbot.waitUntil(lambda: plain.readable.width() == _reading_width(plain))

    host = QWidget()
    qtbot.addWidget(host)
    apply_text_scale(host, 2.0)
    screen = ScrollScreen(max_chars=40)
    screen.column.addWidget(label("Shared with the person beside you. " * 8))
    QVBoxLayout(host).addWidget(screen)
    host.resize(3000, 900)
    host.show()
    qtbot.waitExposed(host)
    qtbot.waitUntil(lambda: screen.readable.width() == _reading_width(screen))
    assert screen.readable.width() > plain.readable.width() * 1.6

    apply_text_scale(host, 1.0)
    qtbot.waitUntil(lambda: screen.readable.width() == plain.readable.width())


def test_column_takes_the_whole_width_of_a_narrow_window(qtbot, qapp, restore_theme):
    apply_theme(qapp, Preferences(text_scale=2.0))
    screen = _wide_screen(qtbot, max_chars=70)
    screen.resize(500, 600)
    qtbot.waitUntil(lambda: screen.readable.width() < 500)
    assert screen.readable.width() < _reading_width(screen)
    assert screen.readable.width() >= 500 - 2 * 32 - screen.verticalScrollBar().sizeHint().width()


def test_column_moves_to_its_new_width_in_one_step(qtbot, qapp, restore_theme):
    # Measured as the row is laid out: the pass after a font change already uses the new
    # width, so the column is never drawn at a width in between.
    from PySide6.QtCore import QEvent, QObject

    apply_theme(qapp, Preferences(text_scale=1.0))
    screen = _wide_screen(qtbot)
    qtbot.waitUntil(lambda: screen.readable.width() == _reading_width(screen))
    widths: list[int] = []

    class Sizes(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Resize:
                widths.append(watched.width())
            return False

    sizes = Sizes()
    screen.readable.installEventFilter(sizes)
    apply_theme(qapp, Preferences(text_scale=2.0))
    qtbot.waitUntil(lambda: screen.readable.width() == _reading_width(screen))
    qtbot.wait(50)
    screen.readable.removeEventFilter(sizes)
    assert widths and set(widths) == {_reading_width(screen)}
