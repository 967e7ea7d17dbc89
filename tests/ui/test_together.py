"""Together mode, driven like a person at a table would: keyboard first, real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QRadioButton

from disclosure_helper.plan_model import Decision
from disclosure_helper.together import LOCK_ON_EXIT_KEY, supporter_notes
from disclosure_helper.ui.a11y import missing_accessible_names
from tests.conftest import PASSPHRASE
from tests.ui.helpers import FakeClock, tab_round

OPENING = "Thanks for making time."
NEW_OPENING = " Could we talk for ten minutes?"
NOTES = "You know your workplace best."


def _tables(vault) -> dict[str, int]:
    names = [
        r[0]
        for r in vault.db.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {name: vault.db.scalar(f'SELECT COUNT(*) FROM "{name}"') for name in names}


def _key(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    widget.window().activateWindow()
    qtbot.keyClick(widget, key, modifier)
    QApplication.processEvents()


def _unlock(qtbot, window) -> None:
    assert window.current_screen == "unlock"
    window.unlock_screen.passphrase.setText(PASSPHRASE)
    window.unlock_screen.submit()
    qtbot.waitUntil(lambda: window.current_screen == "app", timeout=10_000)


@pytest.fixture
def plan(main_window):
    plans = main_window.ctx.vault.plans
    plan = plans.create("Telling my manager", "current_job", "uk")
    plan.set_answer("how", "opening", OPENING)
    plan.set_answer("who", "people", ["line_manager"])
    plans.save(plan)
    plans.create("Another plan, kept hidden", "applying", "uk")
    return plans.get(plan.id)


def _page(window):
    window.shell.show_page("together")
    page = window.shell.pages["together"]
    page.reload()
    return page


def _start_from_plan(qtbot, window, plan):
    page = _page(window)
    row = next(i for i in range(page.plan_list.count())
               if page.plan_list.item(i).text() == plan.title)
    page.plan_list.setCurrentRow(row)
    page.plan_list.setFocus()
    _key(qtbot, page.plan_list, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.consent_screen
    assert page.consent_plan.text() == plan.title
    _key(qtbot, page.start_button, Qt.Key.Key_Space)
    assert window.current_screen == "focus"
    return page, page.view


def _edit_two_steps_and_write_notes(qtbot, view) -> None:
    view.editor.set_step("how")
    edit = view.editor.card("how", "opening").control.edit
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(edit, NEW_OPENING)
    # Alt+Right walks the pages of this plan only, to the decision.
    while view.editor.current_step() != "decision":
        _key(qtbot, view.page_box, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    radio = view.editor.card("decision", "decision").control.buttons["telling_some"]
    assert isinstance(radio, QRadioButton)
    radio.setFocus()
    _key(qtbot, radio, Qt.Key.Key_Space)
    assert radio.isChecked()
    view.notes_edit.setFocus()
    qtbot.keyClicks(view.notes_edit, NOTES)


def _end(qtbot, view):
    _key(qtbot, view.page_box, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    summary = view.summary_view
    assert summary is not None and view.screens.currentWidget() is summary
    return summary


def test_discard_leaves_the_plan_unchanged_and_locks(qtbot, main_window, plan):
    page, view = _start_from_plan(qtbot, main_window, plan)
    vault = main_window.ctx.vault
    before = _tables(vault)
    _edit_two_steps_and_write_notes(qtbot, view)
    assert vault.plans.get(plan.id).answer("how", "opening") == OPENING  # staged only
    summary = _end(qtbot, view)
    text = "\n".join(summary.change_lines)
    assert "Your decision" in text and "Telling some things" in text
    assert "Supporter's notes: written" in text
    assert summary.notes_view.text() == NOTES
    _key(qtbot, summary.discard_button, Qt.Key.Key_Space)
    assert main_window.current_screen == "unlock"
    assert not main_window.ctx.is_unlocked
    _unlock(qtbot, main_window)
    vault = main_window.ctx.vault
    assert _tables(vault) == before
    stored = vault.plans.get(plan.id)
    assert stored.answers == plan.answers and stored.decision is Decision.UNDECIDED


def test_keep_plan_changes_only_drops_the_notes(qtbot, main_window, plan):
    page, view = _start_from_plan(qtbot, main_window, plan)
    _edit_two_steps_and_write_notes(qtbot, view)
    summary = _end(qtbot, view)
    _key(qtbot, summary.keep_plan_button, Qt.Key.Key_Space)
    _unlock(qtbot, main_window)
    vault = main_window.ctx.vault
    stored = vault.plans.get(plan.id)
    assert stored.answer("how", "opening") == OPENING + NEW_OPENING
    assert stored.decision is Decision.TELLING_SOME
    assert supporter_notes(vault).all() == []


def test_keep_all_keeps_edits_and_notes_and_lists_them(qtbot, main_window, plan):
    page, view = _start_from_plan(qtbot, main_window, plan)
    _edit_two_steps_and_write_notes(qtbot, view)
    summary = _end(qtbot, view)
    _key(qtbot, summary.keep_all_button, Qt.Key.Key_Space)
    _unlock(qtbot, main_window)
    vault = main_window.ctx.vault
    assert vault.plans.get(plan.id).decision is Decision.TELLING_SOME
    assert [n.text for n in supporter_notes(vault).for_plan(plan.id)] == [NOTES]
    page = _page(main_window)
    # Kept notes stay folded away until the person opens them.
    assert page.notes_holder.isHidden()
    page.toggle_notes()
    shown = [w.text() for w in page.notes_holder.findChildren(type(page.notes_hint))]
    assert NOTES in shown and any(plan.title in t for t in shown)


def test_deleting_kept_notes_asks_first(qtbot, main_window, plan, monkeypatch):
    from disclosure_helper.ui.together import page as page_module

    notes = supporter_notes(main_window.ctx.vault)
    note = notes.add(plan.id, NOTES)
    page = _page(main_window)
    monkeypatch.setattr(page_module, "confirm_delete_notes", lambda parent: False)
    page.delete_note(note.id)
    assert len(notes.all()) == 1
    monkeypatch.setattr(page_module, "confirm_delete_notes", lambda parent: True)
    page.delete_note(note.id)
    assert notes.all() == []
    assert "None yet" in page.notes_hint.text()


def test_just_exploring_discarded_leaves_no_trace(qtbot, main_window, plan):
    vault = main_window.ctx.vault
    before = _tables(vault)
    page = _page(main_window)
    _key(qtbot, page.explore_button, Qt.Key.Key_Space)
    _key(qtbot, page.start_button, Qt.Key.Key_Space)
    view = page.view
    assert view.title.text() == "Just exploring"
    assert view.session.plan.id == 0
    _edit_two_steps_and_write_notes(qtbot, view)
    summary = _end(qtbot, view)
    assert summary.title_edit is not None
    _key(qtbot, summary.discard_button, Qt.Key.Key_Space)
    _unlock(qtbot, main_window)
    assert _tables(main_window.ctx.vault) == before


def test_just_exploring_kept_asks_for_a_name_then_becomes_a_plan(qtbot, main_window, plan):
    vault = main_window.ctx.vault
    vault.settings.set(LOCK_ON_EXIT_KEY, False)
    page = _page(main_window)
    page.choose_exploring()
    view = page.start_session()
    _edit_two_steps_and_write_notes(qtbot, view)
    summary = _end(qtbot, view)
    count = len(vault.plans.summaries())
    _key(qtbot, summary.keep_all_button, Qt.Key.Key_Space)
    # No name yet: a kind message, nothing written, everything still on screen.
    assert summary.error.isVisible() and "name" in summary.error.message()
    assert len(vault.plans.summaries()) == count
    assert main_window.current_screen == "focus"
    summary.title_edit.setFocus()
    qtbot.keyClicks(summary.title_edit, "Thinking out loud")
    _key(qtbot, summary.keep_all_button, Qt.Key.Key_Space)
    # With locking turned off, the person is back on the Together page.
    assert main_window.ctx.is_unlocked and main_window.current_screen == "app"
    assert main_window.shell.current_key == "together"
    assert "Kept" in page.banner.message()
    new = next(s for s in vault.plans.summaries() if s.title == "Thinking out loud")
    kept = vault.plans.get(new.id)
    assert kept.decision is Decision.TELLING_SOME
    assert [n.text for n in supporter_notes(vault).for_plan(new.id)] == [NOTES]


def test_focus_view_shows_only_this_plan_with_big_text(qtbot, main_window, plan):
    window = main_window
    page, view = _start_from_plan(qtbot, window, plan)
    # Navigation and the other sections are out of sight; Hide now is in reach.
    assert not window.shell.isVisible() and not window.shell.nav.isVisible()
    assert window.hide_button.isVisible()
    assert view.editor.step_ids() == [view.page_box.itemData(i)
                                      for i in range(view.page_box.count())]
    assert "followup" not in view.editor.step_ids()
    visible_text = " ".join(w.text() for w in view.findChildren(type(view.title))
                            if w.isVisible())
    assert "Another plan, kept hidden" not in visible_text
    # Its own text size: larger than the app's body text.
    assert view.page_box.font().pointSizeF() > window.shell.nav.font().pointSizeF() * 1.3
    # Section shortcuts do not lead out of the session.
    _key(qtbot, view.page_box, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen == "focus"
    assert missing_accessible_names(view) == []


def test_guidance_panel_toggles_and_follows_the_page(qtbot, main_window, plan):
    page, view = _start_from_plan(qtbot, main_window, plan)
    assert view.guidance_visible
    assert [label.text() for label in view.guidance.principle_labels][:2] == [
        "Listen more than you talk", "Ask open questions"]
    assert view.guidance.questions_shown() == list(
        view.guidance.guidance.questions_for("why"))
    view.editor.set_step("where")
    assert view.guidance.questions_shown() == list(
        view.guidance.guidance.questions_for("where"))
    # The support line stays at the foot of the session, guidance shown or not (UK plan).
    assert view.support.isVisible() and "116 123" in view.support.text.text()
    _key(qtbot, view.page_box, Qt.Key.Key_F1)
    assert not view.guidance_visible and view.guidance_button.text() == "Show guidance"
    assert view.support.isVisible()
    _key(qtbot, view.page_box, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert view.guidance_visible


def test_pause_clears_the_screen_until_continue(qtbot, main_window, plan):
    page, view = _start_from_plan(qtbot, main_window, plan)
    view.notes_edit.setFocus()
    qtbot.keyClicks(view.notes_edit, NOTES)
    _key(qtbot, view.notes_edit, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert view.paused and not view.work.isVisible()
    assert view.pause_screen.continue_button.hasFocus()
    assert main_window.hide_button.isVisible()
    _key(qtbot, view.pause_screen.continue_button, Qt.Key.Key_Space)
    assert not view.paused and view.notes_edit.hasFocus()
    assert view.notes_edit.toPlainText() == NOTES


def test_hide_now_in_a_session_locks_and_offers_the_session_back(qtbot, main_window, plan):
    page, view = _start_from_plan(qtbot, main_window, plan)
    before = _tables(main_window.ctx.vault)
    _edit_two_steps_and_write_notes(qtbot, view)
    _key(qtbot, view.notes_edit, Qt.Key.Key_H,
         Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert main_window.current_screen == "unlock"
    assert page.view is None
    _unlock(qtbot, main_window)
    # Straight back to Together, where the session is offered; the plan is untouched.
    qtbot.waitUntil(lambda: main_window.shell.current_key == "together", timeout=5000)
    assert page.resume_card.isVisible()
    assert "Telling my manager" in page.resume_text.text()
    assert "supporter's notes" in page.resume_text.text()
    vault = main_window.ctx.vault
    assert vault.plans.get(plan.id).answer("how", "opening") == OPENING
    # Letting it go leaves the vault exactly as before the session.
    _key(qtbot, page.let_go_button, Qt.Key.Key_Space)
    assert not page.resume_card.isVisible()
    assert _tables(vault) == before
    assert main_window.current_screen == "app"


def test_a_session_interrupted_by_a_lock_carries_on_where_it_left_off(
    qtbot, main_window, plan
):
    page, view = _start_from_plan(qtbot, main_window, plan)
    _edit_two_steps_and_write_notes(qtbot, view)
    main_window.hide_now()
    _unlock(qtbot, main_window)
    qtbot.waitUntil(lambda: page.resume_card.isVisible(), timeout=5000)
    _key(qtbot, page.resume_button, Qt.Key.Key_Space)
    assert main_window.current_screen == "focus"
    view = page.view
    assert view.notes_edit.toPlainText() == NOTES
    assert view.session.plan.answer("how", "opening") == OPENING + NEW_OPENING
    summary = _end(qtbot, view)
    _key(qtbot, summary.keep_all_button, Qt.Key.Key_Space)
    _unlock(qtbot, main_window)
    vault = main_window.ctx.vault
    assert vault.plans.get(plan.id).answer("how", "opening") == OPENING + NEW_OPENING
    assert [n.text for n in supporter_notes(vault).for_plan(plan.id)] == [NOTES]
    assert not page.resume_card.isVisible()  # kept once, and the paused copy is gone
    assert vault.settings.get("together_interrupted") is None


def test_auto_lock_waits_while_a_session_is_on_screen(qtbot, main_window, plan):
    idle = main_window.idle
    idle.clock = clock = FakeClock()
    idle.set_interval_ms(300)
    page, view = _start_from_plan(qtbot, main_window, plan)
    qtbot.keyClicks(view.notes_edit, NOTES)
    clock.advance(1200)  # four times the auto-lock time, with nobody touching anything
    idle.check()
    assert main_window.ctx.is_unlocked and main_window.current_screen == "focus"
    assert view.notes_edit.toPlainText() == NOTES
    main_window.hide_now()  # Hide now still locks at once
    assert not main_window.ctx.is_unlocked
    _unlock(qtbot, main_window)
    _key(qtbot, page.let_go_button, Qt.Key.Key_Space)
    # Outside a session the auto-lock works as before.
    idle.set_interval_ms(300)
    clock.advance(300)
    idle.check()
    assert not main_window.ctx.is_unlocked


def test_back_from_the_summary_returns_to_the_session(qtbot, main_window, plan):
    page, view = _start_from_plan(qtbot, main_window, plan)
    _edit_two_steps_and_write_notes(qtbot, view)
    summary = _end(qtbot, view)
    assert missing_accessible_names(summary) == []
    _key(qtbot, summary.back_button, Qt.Key.Key_Space)
    assert view.summary_view is None and view.screens.currentWidget() is view.work
    assert view.notes_edit.toPlainText() == NOTES
    assert view.session.plan.decision is Decision.TELLING_SOME


def test_nothing_changed_offers_a_single_finish(qtbot, main_window, plan):
    main_window.ctx.vault.settings.set(LOCK_ON_EXIT_KEY, False)
    page, view = _start_from_plan(qtbot, main_window, plan)
    summary = _end(qtbot, view)
    assert summary.keep_all_button is None and summary.discard_button is None
    _key(qtbot, summary.finish_button, Qt.Key.Key_Space)
    assert main_window.current_screen == "app" and main_window.ctx.is_unlocked


def test_settings_card_saves_text_size_and_lock_choice(qtbot, main_window):
    ctx = main_window.ctx
    changed = []
    ctx.setting_changed.connect(lambda key, old, new: changed.append((key, old, new)))
    page = _page(main_window)
    assert page.lock_box.isChecked()
    page.lock_box.setFocus()
    _key(qtbot, page.lock_box, Qt.Key.Key_Space)
    assert ctx.vault.settings.get(LOCK_ON_EXIT_KEY) is False
    page.size_box.setCurrentIndex(page.size_box.findData(2.0))
    assert ctx.prefs.together_text_scale == 2.0
    from disclosure_helper.preferences import Preferences

    assert Preferences.load(ctx.data_dir).together_text_scale == 2.0
    # Both go through the declared options, so whatever follows a setting hears of it.
    assert changed == [(LOCK_ON_EXIT_KEY, True, False), ("together_text_scale", 1.5, 2.0)]


def test_page_and_consent_are_accessible(qtbot, main_window, plan):
    page = _page(main_window)
    assert missing_accessible_names(page) == []
    page.open_with(plan_id=plan.id)
    assert page.stack.currentWidget() is page.consent_screen
    points = page.consent_screen.findChildren(type(page.consent_plan))
    assert any("not kept" in w.text() for w in points)
    _key(qtbot, page.not_now_button, Qt.Key.Key_Space)
    assert page.stack.currentWidget() is page.start_screen


def test_no_plans_offers_exploring_and_the_way_to_decisions(qtbot, main_window):
    page = _page(main_window)
    assert page.plan_list.isHidden() and not page.no_plans.isHidden()
    assert not page.decisions_button.isHidden()


def test_kept_changes_reach_a_plan_left_open_in_decisions(qtbot, main_window, plan):
    main_window.ctx.vault.settings.set(LOCK_ON_EXIT_KEY, False)
    decisions = main_window.shell.show_page("decisions", plan_id=plan.id)
    assert decisions.plan_view.plan.answer("how", "opening") == OPENING
    page, view = _start_from_plan(qtbot, main_window, plan)
    _edit_two_steps_and_write_notes(qtbot, view)
    _key(qtbot, _end(qtbot, view).keep_plan_button, Qt.Key.Key_Space)
    assert main_window.shell.current_key == "together"
    # Back in Decisions, the open plan shows what was kept...
    main_window.shell.show_page("decisions")
    editor = decisions.plan_view.editor
    assert editor.plan.answer("how", "opening") == OPENING + NEW_OPENING
    assert editor.card("how", "opening").value() == OPENING + NEW_OPENING
    # ...and a later edit there is saved alongside it, undoing nothing.
    editor.card("how", "want_to_know").control.edit.setPlainText("I manage it well.")
    decisions.flush()
    stored = main_window.ctx.vault.plans.get(plan.id)
    assert stored.decision is Decision.TELLING_SOME
    assert stored.answer("how", "opening") == OPENING + NEW_OPENING
    assert stored.answer("how", "want_to_know") == "I manage it well."


def test_the_plan_list_follows_changes_made_in_decisions(qtbot, main_window, plan):
    page = main_window.shell.show_page("together")
    titles = [page.plan_list.item(i).text() for i in range(page.plan_list.count())]
    assert "Started in Decisions" not in titles
    main_window.shell.show_page("decisions")
    main_window.ctx.vault.plans.create("Started in Decisions", "applying", "uk")
    main_window.shell.show_page("together")
    titles = [page.plan_list.item(i).text() for i in range(page.plan_list.count())]
    assert "Started in Decisions" in titles


def test_a_plan_open_in_decisions_goes_straight_to_consent(qtbot, main_window, plan):
    decisions = main_window.shell.show_page("decisions", plan_id=plan.id)
    _key(qtbot, decisions.plan_view.together_button, Qt.Key.Key_Space)
    assert main_window.shell.current_key == "together"
    page = main_window.shell.pages["together"]
    assert page.stack.currentWidget() is page.consent_screen
    assert page.consent_plan.text() == plan.title
    _key(qtbot, page.start_button, Qt.Key.Key_Space)
    assert main_window.current_screen == "focus"
    assert page.view.session.plan.id == plan.id


def test_a_vanished_folder_at_the_end_keeps_the_session_and_offers_a_copy(
    qtbot, main_window, plan, tmp_path, monkeypatch
):
    import shutil

    from pypdf import PdfReader

    from disclosure_helper.ui.fonts import install_app_fonts

    install_app_fonts()  # as the app does at start, so the PDF's text can be read back
    page, view = _start_from_plan(qtbot, main_window, plan)
    _edit_two_steps_and_write_notes(qtbot, view)
    summary = _end(qtbot, view)
    shutil.rmtree(main_window.ctx.data_dir)  # the folder vanishes (a USB stick pulled out)
    _key(qtbot, summary.keep_all_button, Qt.Key.Key_Space)
    # Nothing was thrown away: the end screen and the session are still there.
    assert main_window.current_screen == "focus" and view.summary_view is summary
    assert "can no longer be found" in summary.error.message()
    assert view.notes_edit.toPlainText() == NOTES

    chosen = tmp_path / "session.pdf"
    monkeypatch.setattr("disclosure_helper.ui.dialogs.ask_save_path", lambda *a, **k: chosen)
    action = summary.error._action
    assert action is not None and action.text() == "Save a copy…"
    assert action in tab_round(summary.keep_all_button)  # reached by Tab, no loop
    action.click()
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(chosen).pages).split())
    assert NEW_OPENING.strip() in text and NOTES in text and "not encrypted" in text
    assert chosen.stat().st_mode & 0o077 == 0
    assert str(chosen) in summary.error.message()
