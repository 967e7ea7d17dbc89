"""Together mode's text is never smaller than the person's own text size."""

from __future__ import annotations

import pytest

from disclosure_helper.ui.theme import apply_theme, point_size
from tests.ui.test_together import _start_from_plan


@pytest.fixture
def large_text_person(qapp, main_window):
    saved = (qapp.styleSheet(), qapp.font(), qapp.palette(),
             qapp.property("dh_theme"), qapp.property("dh_text_scale"))
    prefs = main_window.ctx.prefs
    prefs.text_scale = 2.0
    prefs.together_text_scale = 1.25  # chosen smaller than the person's own size
    apply_theme(qapp, prefs)
    plans = main_window.ctx.vault.plans
    plan = plans.create("Telling my manager", "current_job", "uk")
    yield main_window, plans.get(plan.id)
    qapp.setStyleSheet(saved[0])
    qapp.setFont(saved[1])
    qapp.setPalette(saved[2])
    qapp.setProperty("dh_theme", saved[3])
    qapp.setProperty("dh_text_scale", saved[4])


def test_session_text_is_at_least_the_persons_own_size(qtbot, large_text_person):
    window, plan = large_text_person
    _page, view = _start_from_plan(qtbot, window, plan)
    assert view.scale == 2.0
    qtbot.waitUntil(lambda: view.page_box.font().pointSizeF() >= point_size(2.0) - 0.1)
    assert view.notes_edit.font().pointSizeF() >= point_size(2.0) - 0.1


def test_adjustments_together_text_is_at_least_the_persons_own_size(qtbot, large_text_person):
    window, _plan = large_text_person
    window.ctx.vault.adjustments.create(own_words="Headphones in the open-plan office")
    window.shell.show_page("adjustments")
    page = window.shell.pages["adjustments"]
    view = page.open_together([])
    qtbot.waitUntil(lambda: view.finish_button.font().pointSizeF() >= point_size(2.0) - 0.1)
    view.let_go()  # nothing to keep
