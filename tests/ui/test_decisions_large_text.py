"""Decisions and Together at the largest text: every step page fits the window's width.

At 200% text a long option, sentence starter or "Next: <page>" button used to make the
page wider than the window, so it scrolled sideways and cut off its intro. Long texts
now wrap; these tests walk every page and check nothing needs more width than it has.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QStackedWidget, QWidget

from disclosure_helper.ui.decisions.page import DecisionsPage
from disclosure_helper.ui.theme import apply_theme
from disclosure_helper.ui.widgets.wrapping import WrapCheckBox, WrapPushButton

LARGEST_TEXT = 2.0
# 1100 px is the window; about 820 px is what Decisions gets beside the navigation
# in a 1100 px main window at this text size.
WIDTHS = (1100, 820)


@pytest.fixture
def largest_text(qapp, unlocked_ctx):
    """The app themed at 200% text, and put back as it was afterwards."""
    saved = (qapp.styleSheet(), qapp.font(), qapp.palette(),
             qapp.property("dh_theme"), qapp.property("dh_text_scale"))
    old_scale = unlocked_ctx.prefs.text_scale
    unlocked_ctx.prefs.text_scale = LARGEST_TEXT
    apply_theme(qapp, unlocked_ctx.prefs)
    yield unlocked_ctx
    unlocked_ctx.prefs.text_scale = old_scale
    qapp.setStyleSheet(saved[0])
    qapp.setFont(saved[1])
    qapp.setPalette(saved[2])
    qapp.setProperty("dh_theme", saved[3])
    qapp.setProperty("dh_text_scale", saved[4])


def _scroll_area(widget: QWidget) -> QScrollArea:
    if isinstance(widget, QStackedWidget):  # the follow-up panel: list or form
        widget = widget.currentWidget()
    assert isinstance(widget, QScrollArea)
    return widget


def _assert_fits(area: QScrollArea, name: str) -> None:
    QApplication.processEvents()
    needed = area.widget().minimumSizeHint().width()
    room = area.viewport().width()
    assert needed <= room, f"{name} needs {needed} px but has {room} px"
    assert not area.horizontalScrollBar().isVisible(), f"{name} scrolls sideways"


@pytest.mark.parametrize("width", WIDTHS)
def test_every_step_page_fits_at_the_largest_text(qtbot, largest_text, width):
    ctx = largest_text
    plan = ctx.vault.plans.create("Telling my manager", "current_job", "uk")
    ctx.vault.plans.add_followup(plan.id)
    page = DecisionsPage(ctx)
    qtbot.addWidget(page)
    page.resize(width, 800)
    page.show()
    qtbot.waitExposed(page)
    page.open_plan(plan.id)
    view = page.plan_view
    assert page.minimumSizeHint().width() <= width
    for key in view.editor.step_ids():
        view.editor.set_step(key)
        _assert_fits(_scroll_area(view.editor.stack.currentWidget()), key)
    # The reflection form, too.
    page.open_followup(ctx.vault.plans.followups(plan.id)[0])
    _assert_fits(_scroll_area(view.followups), "followup form")
    # Long starters wrap onto more lines and stay whole.
    view.editor.set_step("how")
    QApplication.processEvents()
    card = view.editor.card("how", "what_i_need")
    starters = card.control.starter_buttons
    assert all(isinstance(b, WrapPushButton) for b in starters)
    longest = max(starters, key=lambda b: len(b.text()))
    assert len(longest.wrapped_lines(longest.width())) > 1
    assert longest.height() >= longest.heightForWidth(longest.width())
    assert longest.geometry().right() <= card.contentsRect().right()


def test_wrapping_controls_keep_their_text_and_names(qtbot, largest_text):
    box = WrapCheckBox("Things that happened in the past, and what helped then")
    qtbot.addWidget(box)
    one_line = box.sizeHint().width()
    assert box.minimumSizeHint().width() < one_line
    assert box.wrapped_lines(one_line) == [box.text()]
    narrow = box.minimumSizeHint().width()
    lines = box.wrapped_lines(narrow)
    assert len(lines) > 1 and " ".join(lines) == box.text()
    assert box.heightForWidth(narrow) > box.heightForWidth(one_line)
    # Shown on more lines, and a click on the last line ticks it.
    box.resize(narrow, box.heightForWidth(narrow))
    box.show()
    qtbot.waitExposed(box)
    assert box.height() > box.sizeHint().height()
    last_line_x = box.width() - box._text_room(box.width()) + 4
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton,
                     pos=QPoint(last_line_x, box.height() - box.fontMetrics().height() // 2 - 4))
    assert box.isChecked()


def test_together_step_pages_fit_at_the_largest_text(qtbot, main_window):
    ctx = main_window.ctx
    plan = ctx.vault.plans.create("Telling my manager", "current_job", "uk")
    ctx.prefs.together_text_scale = LARGEST_TEXT
    main_window.resize(WIDTHS[0], 800)
    page = main_window.shell.show_page("together", plan_id=plan.id)
    view = page.start_session()
    assert view is not None and main_window.current_screen == "focus"
    for key in view.editor.step_ids():
        view.editor.set_step(key)
        _assert_fits(_scroll_area(view.editor.stack.currentWidget()), f"together {key}")
