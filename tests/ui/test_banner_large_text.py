"""A message's text keeps a readable line: beside its buttons when there is room, above
them when there is not (large text, a narrow window)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from disclosure_helper.preferences import Preferences
from disclosure_helper.ui.theme import apply_theme
from disclosure_helper.ui.widgets import MessageBanner
from disclosure_helper.ui.widgets.banner import TEXT_MIN_CHARS

MESSAGE = ("You haven't made a backup yet. A backup keeps your writing safe if this "
           "computer is lost or breaks.")


def _banner(qtbot, width: int) -> tuple[QWidget, MessageBanner]:
    host = QWidget()
    banner = MessageBanner(closable=True)
    QVBoxLayout(host).addWidget(banner)
    banner.show_message(MESSAGE, "warning", action=("Back up now…", lambda: None))
    qtbot.addWidget(host)
    host.resize(width, 400)
    host.show()
    qtbot.waitExposed(host)
    return host, banner


def _buttons_below_text(banner: MessageBanner) -> bool:
    buttons = banner._action_layout  # noqa: SLF001 - the row the test is about
    return buttons.geometry().top() >= banner.text.geometry().bottom()


def test_large_text_in_a_narrow_place_puts_the_buttons_below(qtbot, qapp, restore_theme):
    apply_theme(qapp, Preferences(text_scale=2.0))
    host, banner = _banner(qtbot, 680)
    qtbot.waitUntil(lambda: _buttons_below_text(banner))
    chars = banner.text.width() / banner.text.fontMetrics().averageCharWidth()
    assert chars >= TEXT_MIN_CHARS


def test_room_enough_keeps_the_buttons_beside_the_text(qtbot, qapp, restore_theme):
    apply_theme(qapp, Preferences(text_scale=1.0))
    host, banner = _banner(qtbot, 1000)
    qtbot.wait(50)
    assert not _buttons_below_text(banner)
    assert banner.text.width() / banner.text.fontMetrics().averageCharWidth() >= TEXT_MIN_CHARS


def test_the_text_size_changing_rearranges_a_shown_message(qtbot, qapp, restore_theme):
    apply_theme(qapp, Preferences(text_scale=1.0))
    host, banner = _banner(qtbot, 680)
    qtbot.wait(50)
    assert not _buttons_below_text(banner)
    apply_theme(qapp, Preferences(text_scale=2.0))
    qtbot.waitUntil(lambda: _buttons_below_text(banner))
    apply_theme(qapp, Preferences(text_scale=1.0))
    qtbot.waitUntil(lambda: not _buttons_below_text(banner))
