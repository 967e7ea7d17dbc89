"""My adjustments, as a person uses it: a passport built by keyboard from a plan's needs,
one change marked agreed with a date to look again, exports read back as a recipient
would, Home's note of a due look, and nothing typed reaching the disk in plaintext."""

from __future__ import annotations

import io
import time
from datetime import date, timedelta
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from disclosure_helper.adjustments_model import PassportField, Status
from disclosure_helper.changes import ADJUSTMENTS, Changes

HEALTH = "Mornings are slow on my new medication zq7"
HARD = "Crowded rooms before lunch xv3"


@pytest.fixture
def vault(unlocked_ctx):
    return unlocked_ctx.vault


@pytest.fixture
def page(qtbot, unlocked_ctx):
    from disclosure_helper.ui.adjustments.page import AdjustmentsPage

    widget = AdjustmentsPage(unlocked_ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 740)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _plan_with_needs(vault) -> int:
    plan = vault.plans.create("Starting the new job", "starting", "uk")
    plan.set_answer("why", "needs_at_work",
                    ["flexible_hours", "check_ins", {"own": "A standing desk"}])
    vault.plans.save(plan)
    return plan.id


def _tab_to(target: QWidget, limit: int = 60) -> None:
    """Press Tab until `target` has focus, as a keyboard user would."""
    for _ in range(limit):
        focused = QApplication.focusWidget()
        if focused is target or (focused is not None and target.isAncestorOf(focused)
                                 and target.focusProxy() is focused):
            return
        QTest.keyClick(focused or target.window(), Qt.Key.Key_Tab)
        QApplication.processEvents()
    raise AssertionError(f"Tab never reached {target!r}")


def _press(widget: QWidget) -> None:
    _tab_to(widget)
    QTest.keyClick(widget, Qt.Key.Key_Space)
    QApplication.processEvents()


def _dialog_closed(qtbot, page) -> None:
    """Wait for the dialog to go and the page's window to be active again (offscreen
    Qt does not hand activation back by itself)."""
    qtbot.waitUntil(lambda: page.dialog is None)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page.window())


def _pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)


def test_a_passport_from_a_plans_needs_by_keyboard_with_one_agreed(qtbot, page, vault):
    from disclosure_helper.ui.adjustments.dialogs import ChangeDialog, FromPlanDialog

    plan_id = _plan_with_needs(vault)
    page.refresh()
    page.list_view.add_button.setFocus()
    _press(page.list_view.from_plan_button)
    dialog = page.dialog
    assert isinstance(dialog, FromPlanDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert [box.text() for box, _ in dialog.checks] == [
        "Flexible start and finish times", "Regular check-ins with my manager",
        "A standing desk"]
    # Leave the check-ins for another day: untick it with the keyboard.
    _press(dialog.checks[1][0])
    _press(dialog.ok_button)
    _dialog_closed(qtbot, page)
    # Focus lands on the first change added, ready to open it.
    assert page.window().focusWidget() is page.list_view.cards[0].open_button
    repo = vault.adjustments
    added = repo.all()
    assert [a.label for a in added] == ["Flexible start and finish times", "A standing desk"]
    assert all(a.plan_id == plan_id and a.status is Status.IDEA for a in added)
    assert [c.adjustment_id for c in page.list_view.cards] == [a.id for a in added]

    # Tab meets the changes in the order they are shown, right after the actions.
    page.list_view.together_button.setFocus()
    QTest.keyClick(page.list_view.together_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.list_view.cards[0].open_button
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.list_view.cards[1].open_button
    # Open the first and note that it was agreed, with a date to look again.
    _press(page.list_view.cards[0].open_button)
    assert page.stack.currentWidget() is page.detail
    assert page.detail.change_button.hasFocus()
    QTest.keyClick(page.detail.change_button, Qt.Key.Key_Space)
    dialog = page.dialog
    assert isinstance(dialog, ChangeDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    _tab_to(dialog.status)
    while dialog.chosen_status() is not Status.AGREED:
        QTest.keyClick(dialog.status, Qt.Key.Key_Down)
    _tab_to(dialog.whom)
    QTest.keyClicks(dialog.whom, "Sam, my manager")
    assert dialog.has_review.isChecked()  # agreed: a look-again date is offered
    _tab_to(dialog.review_on.edit)
    dialog.review_on.edit.selectAll()
    QTest.keyClicks(dialog.review_on.edit, "2027-05-01")
    _press(dialog.ok_button)
    _dialog_closed(qtbot, page)

    agreed = repo.get(added[0].id)
    assert agreed.status is Status.AGREED
    assert agreed.review_on == date(2027, 5, 1)
    last = repo.history(agreed.id)[-1]
    assert (last.status, last.whom) == (Status.AGREED, "Sam, my manager")
    # The history on screen shows it, newest first.
    first_row = page.detail.history_rows[0]
    assert "Agreed" in first_row.findChildren(type(page.detail.title))[0].text()
    assert repo.get(added[1].id).status is Status.IDEA


def test_exports_hold_what_was_chosen_and_no_health_detail_unasked(qtbot, page, vault, tmp_path):
    from disclosure_helper.ui.adjustments.export_dialog import (
        FILE_NAMES,
        TEXT_FILE_NAME,
        AdjustmentsExportDialog,
    )

    repo = vault.adjustments
    first = repo.create("flexible_hours", details="Starting at ten after group nights")
    repo.create(own_words="A standing desk")
    repo.change_status(first.id, Status.AGREED, whom="Sam", review_on=date(2027, 5, 1))
    page.refresh()
    # The person's own words, typed into the passport on screen.
    form = page.list_view.form
    QTest.keyClicks(form.boxes[PassportField.NAME.value], "Alex Rivera")
    form.boxes[PassportField.HEALTH_EFFECTS.value].setFocus()
    QTest.keyClicks(form.boxes[PassportField.HEALTH_EFFECTS.value], HEALTH)
    QTest.keyClicks(form.boxes[PassportField.HARD_THINGS.value], HARD)
    assert page.save_now()
    assert repo.passport().get(PassportField.HEALTH_EFFECTS) == HEALTH

    page.open_export()
    dialog = page.dialog
    assert isinstance(dialog, AdjustmentsExportDialog)
    assert "not encrypted" in dialog.warning.message()
    assert all(" " not in name and "alex" not in name.lower()
               for name in [*FILE_NAMES.values(), TEXT_FILE_NAME])

    def save(kind: str, name: str) -> str:
        dialog.set_kind(kind)
        path = tmp_path / name
        dialog.saved_path = None
        dialog.save_to(path)
        qtbot.waitUntil(lambda: dialog.saved_path == path, timeout=20_000)
        return _pdf_text(path)

    passport = save("passport", "passport.pdf")
    assert "My adjustments passport" in passport
    assert "not encrypted" in passport
    assert "Flexible start and finish times" in passport and "Alex Rivera" in passport
    assert "Agreed on" in passport
    assert HEALTH not in passport  # left out unless picked

    dialog.set_kind("request")
    # Only what is still to ask for is ticked at first; ask for both.
    assert [box.isChecked() for box, _ in dialog.asks] == [False, True]
    dialog.asks[0][0].setChecked(True)
    dialog.region.setCurrentIndex(dialog.region.findData("us"))
    assert dialog.documentation.isVisibleTo(dialog)
    assert not dialog.access_to_work.isVisibleTo(dialog)
    us = save("request", "us.pdf")
    assert "reasonable accommodation" in us
    assert "Flexible start and finish times" in us and "A standing desk" in us
    assert "Starting at ten after group nights" in us
    assert "not encrypted" not in us  # a letter for its reader; the dialog said so
    for private in (HEALTH, HARD, "medication"):
        assert private not in us

    dialog.region.setCurrentIndex(dialog.region.findData("uk"))
    assert dialog.access_to_work.isVisibleTo(dialog)
    uk = save("request", "uk.pdf")
    assert "reasonable adjustments" in uk and "Access to Work" in uk
    for private in (HEALTH, HARD, "medication"):
        assert private not in uk

    # Only when the person picks their own words do they go in.
    dialog.health_effects.setChecked(True)
    assert dialog.health_effects.isVisibleTo(dialog)
    assert HEALTH in dialog.letter_text()
    dialog.link_to_health.setChecked(False)  # not about health: their health words stay out
    assert not dialog.health_effects.isChecked()
    plain = dialog.letter_text()
    assert HEALTH not in plain and "health" not in plain.lower()

    dialog.copy_letter()
    assert QApplication.clipboard().text() == plain
    text_path = tmp_path / "letter.txt"
    assert dialog.save_text_to(text_path)
    assert text_path.read_text("utf-8") == plain

    atw = save("access_to_work", "atw.pdf")
    assert "Access to Work" in atw and "Flexible start and finish times" in atw
    dialog.reject()


def test_home_shows_a_due_look_without_saying_what(qtbot, unlocked_ctx, vault):
    from disclosure_helper.ui.home.page import HomePage

    repo = vault.adjustments
    own = repo.create(own_words="Quiet mornings in the back office")
    repo.change_status(own.id, Status.AGREED, on=date.today() - timedelta(days=200),
                       review_on=date.today() - timedelta(days=1))
    home = HomePage(unlocked_ctx)
    qtbot.addWidget(home)
    home.show()
    qtbot.waitUntil(lambda: home.reviews_banner.isVisible())
    assert "look at your adjustments again" in home.reviews_banner.message()
    assert "Quiet" not in home.reviews_banner.message()
    # My adjustments says so too, and takes the person straight to it.
    from disclosure_helper.ui.adjustments.page import AdjustmentsPage

    page = AdjustmentsPage(unlocked_ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.list_view.due_banner.isVisible()
    page.list_view.due_banner._action.click()
    assert page.stack.currentWidget() is page.detail and page.detail.adjustment.id == own.id
    repo.review(own.id)
    home.refresh_due_reviews()
    assert not home.reviews_banner.isVisible()


def test_words_typed_in_my_adjustments_never_reach_disk_in_plaintext(qtbot, page, unlocked_ctx,
                                                                     tmp_path):
    from tests.conftest import PASSPHRASE
    from tests.core.test_no_plaintext import encodings, files_touched

    started = time.time()
    vault = unlocked_ctx.vault
    sentinel = "DH-SENTINEL-7f3a9c adjustments typed on screen"
    made = vault.adjustments.create(own_words="Time to settle in")
    unlocked_ctx.about_to_lock.connect(page.on_about_to_lock)  # as the main window does
    page.refresh()
    for box in page.list_view.form.boxes.values():
        box.setFocus()
        QTest.keyClicks(box, sentinel)
    page.open_adjustment(made.id)
    page.detail.details.setFocus()
    QTest.keyClicks(page.detail.details, sentinel)
    unlocked_ctx.lock_now()  # saves what was typed first
    assert not unlocked_ctx.is_unlocked
    touched = files_touched(tmp_path, started)
    assert any(p.name == "vault.db" for p in touched)
    for path in touched:
        data = path.read_bytes()
        assert not any(needle in data for needle in encodings(sentinel)), path.name
    # Nothing typed was lost on the way.
    vault.unlock(PASSPHRASE)
    assert vault.adjustments.passport().get(PassportField.BAD_DAY) == sentinel
    assert vault.adjustments.get(made.id).details == sentinel


def test_together_keeps_only_when_chosen_and_health_words_stay_hidden(qtbot, page, vault):
    from disclosure_helper.together import set_lock_on_exit
    from disclosure_helper.ui.adjustments.together import TogetherStartDialog

    repo = vault.adjustments
    desk = repo.create(own_words="A standing desk")
    passport = repo.passport()
    passport.set(PassportField.HEALTH_EFFECTS, HEALTH)
    repo.save_passport(passport)
    set_lock_on_exit(vault.settings, False)
    shown: list[QWidget] = []

    def show_over_window(view: QWidget) -> None:  # as the main window does
        shown.append(view)
        qtbot.addWidget(view)
        view.show()
        view.activateWindow()

    page.ctx.focus_view_requested.connect(show_over_window)
    page.refresh()

    def start() -> None:
        page.start_together()
        dialog = page.dialog
        assert isinstance(dialog, TogetherStartDialog)
        # Their health words are not shown unless they tick them.
        assert not dialog.parts[PassportField.HEALTH_EFFECTS.value].isChecked()
        _press(dialog.start_button)
        qtbot.waitUntil(lambda: page.together is not None)

    start()
    view = page.together
    assert shown == [view]
    assert PassportField.HEALTH_EFFECTS.value not in view.parts
    view.parts[PassportField.BAD_DAY.value].setFocus()
    QTest.keyClicks(view.parts[PassportField.BAD_DAY.value], "A walk round the block")
    assert repo.passport().get(PassportField.BAD_DAY) == ""  # nothing written yet
    view.show_end()
    assert "What helps on a bad day" in view.summary.text()
    view.let_go()
    assert page.together is None
    assert repo.passport().get(PassportField.BAD_DAY) == ""
    assert "Nothing from that session was kept" in page.list_view.message.message()

    start()
    view = page.together
    assert shown[-1] is view
    QTest.keyClicks(view.parts[PassportField.BAD_DAY.value], "A walk round the block")
    view.show_end()
    qtbot.waitUntil(lambda: view.keep_button.hasFocus())
    QTest.keyClick(view.keep_button, Qt.Key.Key_Space)
    assert page.together is None
    assert repo.passport().get(PassportField.BAD_DAY) == "A walk round the block"
    assert repo.passport().get(PassportField.HEALTH_EFFECTS) == HEALTH
    assert repo.get(desk.id).status is Status.IDEA

    # Hide now in the middle of a session: nothing is kept, and nothing is lost.
    from tests.conftest import PASSPHRASE

    page.ctx.about_to_lock.connect(page.on_about_to_lock)  # as the main window does
    start()
    view = page.together
    QTest.keyClicks(view.parts[PassportField.JOB.value], "Night shifts")
    page.ctx.lock_now()
    assert page.together is None
    vault.unlock(PASSPHRASE)
    repo = vault.adjustments
    assert repo.passport().get(PassportField.JOB) == ""
    page.on_unlocked()
    assert page.list_view.resume_card.isVisible()
    page.list_view.resume_button.click()
    view = page.together
    assert view.parts[PassportField.JOB.value].text() == "Night shifts"
    assert PassportField.HEALTH_EFFECTS.value not in view.parts  # still as chosen
    view.show_end()
    view.keep()
    assert repo.passport().get(PassportField.JOB) == "Night shifts"
    assert not page.list_view.resume_card.isVisible()


def test_every_control_in_my_adjustments_has_a_name(qtbot, page, vault):
    from disclosure_helper.ui.a11y import missing_accessible_names

    _plan_with_needs(vault)
    repo = vault.adjustments
    first = repo.create("flexible_hours")
    repo.change_status(first.id, Status.REFUSED, reason="Not in this team")
    page.refresh()
    assert missing_accessible_names(page.list_view) == []
    page.open_adjustment(first.id)
    assert missing_accessible_names(page.detail) == []
    for open_dialog in (page.note_change, page.review_adjustment, page.open_export,
                        page.add_adjustment, page.add_from_plan, page.start_together):
        open_dialog()
        dialog = page.dialog
        assert missing_accessible_names(dialog) == [], type(dialog).__name__
        dialog.reject()
        qtbot.waitUntil(lambda: page.dialog is None)
    view = page.open_together(["job", "bad_day"])
    qtbot.addWidget(view)
    assert missing_accessible_names(view) == []
    view.let_go()


# -- the links, seen from the journal and from a plan ---------------------------------------


def test_an_entry_shows_the_changes_it_backs_up_and_opens_them(qtbot, unlocked_ctx):
    from disclosure_helper.journal_model import INCIDENT, Entry
    from disclosure_helper.ui.journal.page import JournalPage

    vault = unlocked_ctx.vault
    entry = vault.journal.add(Entry(kind=INCIDENT, title="Rota changed again",
                                    body="Moved to nights with a day's notice."))
    other = vault.journal.add(Entry(kind="free", title="A quiet day", body="Nothing much."))
    change = vault.adjustments.create(own_words="Fixed shifts, agreed a week ahead")
    vault.adjustments.link_entry(change.id, entry.id)
    page = JournalPage(unlocked_ctx)
    qtbot.addWidget(page)
    page.show()
    asked = []
    unlocked_ctx.navigate_requested.connect(lambda key, kwargs: asked.append((key, kwargs)))

    page.open_entry(entry.id)
    links = page.editor.adjustment_links
    assert links.isVisibleTo(page) and len(links.buttons) == 1
    link = links.buttons[0]
    assert link.text() == "Fixed shifts, agreed a week ahead"
    assert link.accessibleName() == "Open “Fixed shifts, agreed a week ahead” in My adjustments"
    link.setFocus()
    qtbot.keyClick(link, Qt.Key.Key_Space)
    assert asked == [("adjustments", {"adjustment_id": change.id})]

    page.open_entry(other.id)  # an entry with no links shows none
    assert not page.editor.adjustment_links.isVisibleTo(page)
    assert page.editor.adjustment_links.buttons == []


def test_a_plan_shows_the_changes_that_came_from_it_and_follows_changes(qtbot, unlocked_ctx):
    from disclosure_helper.ui.decisions.page import DecisionsPage

    vault = unlocked_ctx.vault
    plans = vault.plans
    plan = plans.create("Asking for fixed shifts", plans.guide.situations[0].id, "uk")
    page = DecisionsPage(unlocked_ctx)
    qtbot.addWidget(page)
    page.show()
    page.open_plan(plan.id, step="why")  # where the plan asks what would help at work
    links = page.plan_view.adjustment_links
    card = page.plan_view.adjustments_card
    assert card.isHidden()

    # Added in My adjustments while the plan is open: the plan shows it without reopening.
    change = vault.adjustments.create(own_words="Fixed shifts", plan_id=plan.id)
    elsewhere = QWidget()  # the write came from another section (My adjustments)
    unlocked_ctx.vault_changed.emit(Changes(frozenset({ADJUSTMENTS})), elsewhere)
    qtbot.waitUntil(lambda: len(links.buttons) == 1)
    assert card.isVisibleTo(page) and links.buttons[0].text() == "Fixed shifts"
    asked = []
    unlocked_ctx.navigate_requested.connect(lambda key, kwargs: asked.append((key, kwargs)))
    links.buttons[0].click()
    assert asked == [("adjustments", {"adjustment_id": change.id})]

    vault.adjustments.delete(change.id)
    unlocked_ctx.vault_changed.emit(Changes(frozenset({ADJUSTMENTS})), elsewhere)
    qtbot.waitUntil(lambda: card.isHidden())
