"""Decisions: a whole plan by keyboard, decision history, SURE checks, saving and deleting."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from disclosure_helper.guide import NOT_SURE, Kind, load_guide
from disclosure_helper.plan_model import Decision, InvalidPlan, Plan
from disclosure_helper.ui.a11y import missing_accessible_names
from disclosure_helper.ui.decisions import page as page_module
from disclosure_helper.ui.decisions.page import DecisionsPage
from disclosure_helper.ui.widgets.keys import install_enter_presses_buttons
from disclosure_helper.ui.widgets.plan_steps.questions import (
    DateAnswer,
    ManyAnswer,
    RadioAnswer,
    RepeatAnswer,
    TextAnswer,
)
from disclosure_helper.ui.widgets.plan_steps.step_editor import StepEditor
from tests.ui.helpers import key_through_window

MAX_TABS = 600


@pytest.fixture
def page(qtbot, unlocked_ctx):
    install_enter_presses_buttons(QApplication.instance())  # as the app does at start-up
    widget = DecisionsPage(unlocked_ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    qtbot.waitExposed(widget)
    activate(qtbot, widget)
    return widget


def activate(qtbot, window: QWidget) -> None:
    """Offscreen windows are not activated by the platform; ask, and wait for it."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window.window(), timeout=3000)


def _focus() -> QWidget | None:
    return QApplication.focusWidget()


def tab_to(qtbot, target: QWidget) -> None:
    """Press Tab until `target` has focus: proves it is reachable by keyboard alone."""
    visited = []
    for _ in range(MAX_TABS):
        focus = _focus()
        assert focus is not None, "nothing has keyboard focus"
        if focus is target:
            return
        visited.append(focus.accessibleName())
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.accessibleName()!r}: {visited[:60]}")


def press(qtbot, key: Qt.Key) -> None:
    key_through_window(_focus(), key)


def choose_radio(qtbot, control: RadioAnswer, key: str) -> None:
    """Tab into the group, move with the arrow keys, choose with Space (as on any desktop).

    Qt gives Tab focus to the group's checked button (or its first), so start from there.
    """
    buttons = list(control.buttons.values())
    target = control.buttons[key]
    for _ in range(MAX_TABS):
        if _focus() in buttons:
            break
        press(qtbot, Qt.Key.Key_Tab)
    forward = Qt.Key.Key_Right if control.flow else Qt.Key.Key_Down
    back = Qt.Key.Key_Left if control.flow else Qt.Key.Key_Up
    for _ in range(len(buttons)):
        if _focus() is target:
            break
        step = forward if buttons.index(target) > buttons.index(_focus()) else back
        press(qtbot, step)
    assert _focus() is target
    press(qtbot, Qt.Key.Key_Space)
    assert target.isChecked()


def answer_by_keyboard(qtbot, control, step_id: str) -> None:
    """Answer one question the way a keyboard user would, whatever its kind."""
    if isinstance(control, RepeatAnswer):
        for _holder, sub in list(control.parts.values()):
            answer_by_keyboard(qtbot, sub, step_id)
        return
    if isinstance(control, ManyAnswer):
        tab_to(qtbot, control.rows[0].check)
        press(qtbot, Qt.Key.Key_Space)
        if control.weighted:
            tab_to(qtbot, control.rows[0].weight)
            press(qtbot, Qt.Key.Key_Down)
        if control.own_edit is not None:
            tab_to(qtbot, control.own_edit)
            qtbot.keyClicks(control.own_edit, "Something of my own")
            press(qtbot, Qt.Key.Key_Return)
    elif isinstance(control, TextAnswer):
        tab_to(qtbot, control.edit)
        qtbot.keyClicks(control.edit, f"My words for {control.question.id}.")
    elif isinstance(control, DateAnswer):
        tab_to(qtbot, control.on_date)
        press(qtbot, Qt.Key.Key_Space)
        # The date is one Tab stop: typed whole, and one Tab moves on.
        tab_to(qtbot, control.edit.edit)
        control.edit.edit.selectAll()
        qtbot.keyClicks(control.edit.edit, "3 Feb 2031")
        press(qtbot, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is not control.edit.edit
    elif isinstance(control, RadioAnswer):
        keys = list(control.buttons)
        choose_radio(qtbot, control, keys[1] if len(keys) > 2 else keys[0])
    else:
        raise AssertionError(f"no keyboard route for {type(control).__name__}")
    assert control.value() not in (None, [], {}), control.question.id


def create_plan_by_keyboard(qtbot, page: DecisionsPage, title: str) -> None:
    page.list_view.new_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    dialog = page.dialog
    activate(qtbot, dialog)
    dialog.title_edit.setFocus()
    qtbot.keyClicks(dialog.title_edit, title)
    tab_to(qtbot, dialog.situation_box)
    press(qtbot, Qt.Key.Key_Down)
    tab_to(qtbot, dialog.region_box)
    press(qtbot, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.region_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.plan_view is not None)
    activate(qtbot, page)


def test_complete_a_whole_plan_with_the_keyboard(qtbot, page, unlocked_ctx):
    create_plan_by_keyboard(qtbot, page, "Telling my new manager")
    view = page.plan_view
    editor = view.editor
    repo = unlocked_ctx.vault.plans
    plan_id = view.plan.id
    assert repo.get(plan_id).title == "Telling my new manager"
    assert view.plan.situation == load_guide().situations[1].id

    guide = load_guide()
    for step_id in editor.step_ids():
        if step_id == "rights":
            rights = editor.stack.currentWidget()
            tab_to(qtbot, rights.region_box)
            tab_to(qtbot, rights.next_button)
            press(qtbot, Qt.Key.Key_Space)
            continue
        assert editor.current_step() == step_id
        step_page = editor.step_page(step_id)
        for question in guide.step(step_id).questions:
            if question.plan_field == "decision":
                continue  # changed on purpose below
            if not step_page.cards[question.id].isVisibleTo(step_page):
                # Signs for peer roles stay hidden for this plan's situation.
                assert question.shown_if and step_id == "checklist"
                continue
            answer_by_keyboard(qtbot, step_page.cards[question.id].control, step_id)
        tab_to(qtbot, step_page.next_button)
        press(qtbot, Qt.Key.Key_Return)  # Enter presses the focused button
        if step_id == editor.step_ids()[-2]:
            break
    # Rights and the follow-up page were passed through with Next as well.
    assert editor.current_step() == editor.step_ids()[-1]

    page.flush()
    saved = repo.get(plan_id)
    for step_id in editor.pages:
        for question in guide.step(step_id).questions:
            if question.plan_field or not editor.pages[step_id].cards[question.id].isVisibleTo(
                    editor.pages[step_id]):
                continue
            assert saved.answer(step_id, question.id) not in (None, "", [], {}), (
                step_id, question.id)
    assert saved.answer("why", "reasons_for")[0]["weight"] in range(1, 6)
    assert {"own": "Something of my own"} in [
        {"own": i["own"]} for i in saved.answer("why", "reasons_for") if "own" in i]
    assert saved.revisit_on == date(2031, 2, 3)
    assert saved.next_steps.startswith("My words")
    progress = saved.progress(guide)
    assert progress.started == progress.total


def test_change_the_decision_and_see_it_in_history(qtbot, page, unlocked_ctx):
    repo = unlocked_ctx.vault.plans
    plan = repo.create("The health question on this application", "applying", "us")
    page.open_plan(plan.id, step="decision")
    activate(qtbot, page)
    editor = page.plan_view.editor
    card = editor.card("decision", "decision")
    history = page.plan_view.history
    assert len(history.texts()) == 1

    editor.step_list.setFocus()
    choose_radio(qtbot, card.control, "telling_some")
    qtbot.waitUntil(lambda: len(history.texts()) == 2, timeout=3000)
    assert "Telling some things to some people" in history.texts()[0]

    choose_radio(qtbot, card.control, "not_telling_for_now")
    qtbot.waitUntil(lambda: len(history.texts()) == 3, timeout=3000)
    assert "Not telling for now" in history.texts()[0]
    assert [c.decision for c in repo.history(plan.id)] == [
        Decision.UNDECIDED, Decision.TELLING_SOME, Decision.NOT_TELLING_FOR_NOW]
    assert "Not telling for now" in page.plan_view.meta.text()


def test_sure_checks_are_kept_with_their_dates(qtbot, page, unlocked_ctx):
    repo = unlocked_ctx.vault.plans
    plan = repo.create("Whether to mention my recovery at interview", "applying", "uk")
    page.open_plan(plan.id, step="sure")
    editor = page.plan_view.editor
    sure_card = page.plan_view.sure
    editor.card("sure", "sure").control.buttons["no"].setChecked(True)
    editor.card("sure", "understand").control.buttons["yes"].setChecked(True)
    qtbot.mouseClick(sure_card.record_button, Qt.MouseButton.LeftButton)
    for qid in ("sure", "risk_benefit", "encouragement"):
        editor.card("sure", qid).control.buttons["yes"].setChecked(True)
    qtbot.mouseClick(sure_card.record_button, Qt.MouseButton.LeftButton)
    checks = repo.sure_checks(plan.id)
    assert [c.score for c in checks] == [1, 4]
    assert checks[0].risk_benefit is None  # left empty means not sure yet
    texts = sure_card.texts()
    assert "4 of 4 yes" in texts[0] and "1 of 4 yes" in texts[1]
    # Where the SURE questions come from, in the guide's own words.
    source = load_guide().step("sure").source
    assert "Ottawa" in source
    assert source in [w.text() for w in sure_card.findChildren(QLabel)]


def test_changes_are_saved_before_the_vault_locks(qtbot, page, unlocked_ctx):
    repo = unlocked_ctx.vault.plans
    plan = repo.create("Telling my team", "current_job", "elsewhere")
    page.open_plan(plan.id, step="how")
    edit = page.plan_view.editor.card("how", "opening").control.edit
    edit.setFocus()
    qtbot.keyClicks(edit, "Could we talk for a few minutes?")
    page.on_about_to_lock()  # long before the autosave would run
    assert repo.get(plan.id).answer("how", "opening") == "Could we talk for a few minutes?"
    assert page.plan_view is None
    assert page.list_view.cards == []


def test_a_plan_changed_elsewhere_is_reloaded_when_the_page_comes_back(
        qtbot, page, unlocked_ctx):
    repo = unlocked_ctx.vault.plans
    plan = repo.create("Telling my team", "current_job", "uk")
    page.open_plan(plan.id, step="how")
    edit = page.plan_view.editor.card("how", "opening").control.edit
    edit.setFocus()
    qtbot.keyClicks(edit, "Could we talk?")
    page.hide()  # the person goes to Together mode; what they typed is saved first
    assert repo.get(plan.id).answer("how", "opening") == "Could we talk?"
    # Together mode keeps changes straight to the vault, as any other place could.
    elsewhere = repo.get(plan.id)
    elsewhere.set_answer("who", "people", ["line_manager"])
    elsewhere.decision = Decision.TELLING_SOME
    repo.save(elsewhere)
    page.show()
    editor = page.plan_view.editor
    assert editor.plan.decision is Decision.TELLING_SOME
    assert editor.card("decision", "decision").value() == Decision.TELLING_SOME.value
    assert editor.card("who", "people").value() == ["line_manager"]
    assert "Telling some things" in page.plan_view.meta.text()
    # Another answer typed now is saved with both changes, and undoes neither.
    editor.card("how", "what_i_need").control.edit.setPlainText("A quiet desk")
    page.flush()
    stored = repo.get(plan.id)
    assert stored.answer("how", "opening") == "Could we talk?"
    assert stored.answer("how", "what_i_need") == "A quiet desk"
    assert stored.answer("who", "people") == ["line_manager"]
    assert stored.decision is Decision.TELLING_SOME
    assert [c.decision for c in repo.history(plan.id)][-1] is Decision.TELLING_SOME


def test_a_plan_deleted_elsewhere_goes_back_to_the_list(qtbot, page, unlocked_ctx):
    repo = unlocked_ctx.vault.plans
    plan = repo.create("Telling my team", "current_job", "uk")
    page.open_plan(plan.id)
    page.hide()
    repo.delete(plan.id)
    page.show()
    assert page.plan_view is None
    assert page.stack.currentWidget() is page.list_view
    assert page.list_view.due_banner.isVisible()


def test_think_it_through_together_saves_first_then_opens_together(
        qtbot, page, unlocked_ctx):
    repo = unlocked_ctx.vault.plans
    plan = repo.create("Telling my team", "current_job", "uk")
    page.open_plan(plan.id, step="how")
    view = page.plan_view
    edit = view.editor.card("how", "opening").control.edit
    edit.setFocus()
    qtbot.keyClicks(edit, "Could we talk?")
    together = view.together_button
    assert together.accessibleName() == "Think this plan through together with a supporter"
    assert together.focusPolicy() & Qt.FocusPolicy.TabFocus
    view.back_button.setFocus()
    tab_to(qtbot, together)
    with qtbot.waitSignal(unlocked_ctx.navigate_requested) as asked:
        press(qtbot, Qt.Key.Key_Space)
    assert asked.args == ["together", {"plan_id": plan.id}]
    assert repo.get(plan.id).answer("how", "opening") == "Could we talk?"


def test_a_failed_save_keeps_the_words_and_says_so(qtbot, page, unlocked_ctx, monkeypatch):
    repo = unlocked_ctx.vault.plans
    plan = repo.create("Telling my team", "current_job", "uk")
    page.open_plan(plan.id, step="how")
    control = page.plan_view.editor.card("how", "what_i_need").control
    real_save = type(repo).save

    def refuse(self, plan):
        raise InvalidPlan("That is longer than this box can keep.")

    monkeypatch.setattr(type(repo), "save", refuse)
    control.edit.setPlainText("A quiet desk near the window")
    assert page.flush() is False
    assert "longer than this box" in page.plan_view.banner.message()
    assert control.edit.toPlainText() == "A quiet desk near the window"

    monkeypatch.setattr(type(repo), "save", real_save)
    assert page.flush() is True
    assert not page.plan_view.banner.isVisible()
    assert repo.get(plan.id).answer("how", "what_i_need") == "A quiet desk near the window"


def test_delete_asks_first_and_then_removes_everything(qtbot, page, unlocked_ctx, monkeypatch):
    repo = unlocked_ctx.vault.plans
    plan = repo.create("Telling my manager", "current_job", "uk")
    page.show_list()
    asked = []
    monkeypatch.setattr(page_module, "confirm_delete",
                        lambda parent, title: asked.append(title) or False)
    page.list_view.cards[0].delete_button.click()
    assert asked == ["Telling my manager"] and repo.exists(plan.id)
    monkeypatch.setattr(page_module, "confirm_delete", lambda parent, title: True)
    page.open_plan(plan.id)
    page.plan_view.delete_button.click()
    assert not repo.exists(plan.id)
    assert page.plan_view is None and page.list_view.cards == []


def test_plan_list_shows_decision_and_what_is_due(qtbot, page, unlocked_ctx):
    repo = unlocked_ctx.vault.plans
    due = repo.create("The health question", "applying", "us")
    due.revisit_on = date(2020, 1, 1)
    repo.save(due)
    later = repo.create("Telling my supervisor", "peer_role", "uk")
    repo.set_decision(later.id, "telling_openly")
    page.show_list()
    texts = {card.plan_id: [w.text() for w in card.findChildren(type(page.list_view.cards[0]
                                                                     .title))]
             for card in page.list_view.cards}
    due_words = load_guide().status_label("revisit_due")
    assert due_words == "Time to look again"
    assert any(due_words in t for t in texts[due.id])
    assert any("Telling openly" in t for t in texts[later.id])
    assert page.list_view.due_banner.isVisible()
    page.open_plan(due.id)
    assert due_words in page.plan_view.meta.text()


def test_a_reflection_after_it_happened(qtbot, page, unlocked_ctx):
    repo = unlocked_ctx.vault.plans
    plan = repo.create("Telling my manager", "current_job", "uk")
    page.open_plan(plan.id, step="followup")
    panel = page.plan_view.followups
    panel.add_button.click()
    assert panel.form is not None
    panel.form.cards["how_it_went"].control.buttons["better"].setChecked(True)
    panel.form.cards["feelings"].control.edit.setPlainText("Relieved, and a bit tired.")
    panel.form.cards["happened_on"].control.set_date(date(2026, 3, 2))
    panel.close_form()
    [followup] = repo.followups(plan.id)
    assert followup.answers["how_it_went"] == "better"
    assert followup.answers["feelings"] == "Relieved, and a bit tired."
    assert followup.happened_on == date(2026, 3, 2)
    assert panel.form is None and panel.items.count() == 1


def test_every_control_has_an_accessible_name(qtbot, page, unlocked_ctx):
    repo = unlocked_ctx.vault.plans
    plan = repo.create("Telling my manager", "current_job", "uk")
    plan.answers = {"who": {"people": ["line_manager", {"own": "My mentor"}]}}
    repo.save(plan)
    page.show_list()
    assert missing_accessible_names(page) == []
    page.open_plan(plan.id)
    page.plan_view.followups.add_button.click()
    assert missing_accessible_names(page) == []
    page.new_plan()
    assert missing_accessible_names(page.dialog) == []
    page.dialog.reject()
    page.export()
    assert missing_accessible_names(page.dialog) == []


def test_step_editor_edits_in_memory_only():
    """Together mode builds on this: no vault, no saving, just the plan and a signal."""
    guide = load_guide()
    plan = Plan(id=7, title="Staged", situation="starting", region="us")
    editor = StepEditor(guide, plan, step_ids=["why", "decision"])
    seen = []
    editor.changed.connect(lambda: seen.append(True))
    assert editor.step_ids() == ["why", "decision"]
    editor.card("why", "what_matters_most").control.edit.setPlainText("Keeping my job")
    editor.card("decision", "decision").control.buttons["not_telling"].setChecked(True)
    editor.card("why", "needs_at_work").control.not_sure.setChecked(True)
    assert plan.answers["why"]["what_matters_most"] == "Keeping my job"
    assert plan.answers["why"]["needs_at_work"] == NOT_SURE
    assert plan.decision is Decision.NOT_TELLING
    assert seen
    editor.set_step("decision")
    assert editor.current_step() == "decision"
    extra = QWidget()
    editor.add_page("notes", "Notes", extra, before="decision")
    assert editor.step_ids() == ["why", "notes", "decision"]
    editor.deleteLater()


def test_a_lazy_step_editor_builds_each_page_when_first_shown(qtbot):
    """Together mode opens at once: only the first page exists until another is shown."""
    guide = load_guide()
    plan = Plan(id=7, title="Staged", situation="starting", region="us",
                answers={"how": {"opening": "Hello."}})
    editor = StepEditor(guide, plan, step_ids=["why", "how", "decision"], lazy=True)
    qtbot.addWidget(editor)
    assert list(editor.pages) == ["why"]
    # Progress counts pages not built yet, from the plan itself.
    assert "1 of 3" in editor.progress_label.text()
    assert editor.step_list.item(1).text().endswith("\u2713")
    editor.next_step()
    assert list(editor.pages) == ["why", "how"]
    assert editor.stack.currentWidget() is editor.step_page("how")
    assert editor.card("how", "opening").value() == "Hello."
    # Asking for a page builds it, in its place, with Back and Next joined up.
    decision = editor.step_page("decision")
    assert editor.stack.indexOf(decision) == 2
    assert decision.back_button.isEnabled() and not decision.next_button.isEnabled()
    assert editor.step_page("how").next_button.text() == "Next: Your decision"
    editor.set_step("decision")
    assert editor.stack.currentWidget() is decision
    decision.back_button.click()
    assert editor.current_step() == "how"
    editor.card("decision", "decision").control.buttons["not_telling"].setChecked(True)
    assert plan.decision is Decision.NOT_TELLING
    assert "2 of 3" in editor.progress_label.text()


def test_every_question_kind_is_drawn_from_content():
    guide = load_guide()
    plan = Plan(id=1, title="All", situation="starting", region="uk")
    editor = StepEditor(guide, plan)
    kinds = set()
    for step_id, step_page in editor.pages.items():
        for question in guide.step(step_id).questions:
            assert question.id in step_page.cards
            kinds.add(question.kind)
    assert kinds == set(Kind)
    editor.deleteLater()


def test_ticking_a_weighted_reason_keeps_the_keyboard_in_the_window(qtbot):
    """Ticking a reason shows "How much it matters" beside it, in place: never as a
    window of its own for a moment, which took the focus from the tick box."""
    from PySide6.QtGui import QGuiApplication

    guide = load_guide()
    question = next(q for step in guide.steps for q in step.questions
                    if q.kind is Kind.WEIGHTED)
    holder = QWidget()
    control = ManyAnswer(question, guide, "elsewhere")
    QVBoxLayout(holder).addWidget(control)
    qtbot.addWidget(holder)
    holder.show()
    activate(qtbot, holder)
    windows: list[object] = []
    QGuiApplication.instance().focusWindowChanged.connect(windows.append)
    check = control.rows[0].check
    check.setFocus()
    key_through_window(check, Qt.Key.Key_Space)
    assert check.isChecked() and control.rows[0].weight.isVisible()
    assert windows == [] and QApplication.focusWidget() is check
