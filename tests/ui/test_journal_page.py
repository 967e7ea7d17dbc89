"""The Journal page by keyboard: write, save, find, filter, trash, drafts, check-ins."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QPlainTextEdit, QPushButton

from disclosure_helper.errors import DiskFull
from disclosure_helper.journal import Entry, EntryQuery
from disclosure_helper.ui.a11y import missing_accessible_names
from disclosure_helper.ui.journal.model import IdRole
from disclosure_helper.ui.journal.page import JournalPage
from tests.conftest import PASSPHRASE


@pytest.fixture
def page(qtbot, unlocked_ctx):
    widget = JournalPage(unlocked_ctx)
    # The shell does this wiring in the app.
    unlocked_ctx.about_to_lock.connect(widget.on_about_to_lock)
    qtbot.addWidget(widget)
    widget.resize(1000, 760)
    widget.show()
    widget.on_unlocked()
    qtbot.waitExposed(widget)
    return widget


def focused():
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def tab_to(qtbot, wanted, limit: int = 60):
    """Press Tab until `wanted(widget)` holds: proves the control is reachable by keyboard."""
    for _ in range(limit):
        if focused() is not None and wanted(focused()):
            return focused()
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError("could not reach the control with Tab")


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def wait_search(qtbot, page: JournalPage) -> None:
    qtbot.waitUntil(lambda: not page.is_searching, timeout=5000)


def listed_ids(qtbot, page: JournalPage) -> list[int]:
    """What the list shows once it has been read (it is read off the GUI thread)."""
    qtbot.waitUntil(lambda: not page.is_loading, timeout=5000)
    return page.model.entry_ids()


def test_write_after_shift_by_keyboard_then_search_and_filter(qtbot, page, unlocked_ctx):
    journal = unlocked_ctx.vault.journal
    page.list.setFocus()
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.stack.currentWidget() is page.chooser
    after_shift = page.chooser.buttons["after_shift"]
    tab_to(qtbot, lambda w: w is after_shift)
    press(qtbot, Qt.Key.Key_Space)
    assert page.stack.currentWidget() is page.editor
    qtbot.waitUntil(lambda: focused() is page.editor.title_edit)

    type_text(qtbot, "The audit shift")
    fields = {f.spec.id: f for f in page.editor._fields}
    tab_to(qtbot, lambda w: w is fields["body"].edit)
    type_text(qtbot, "The manager talked over me at the audit meeting.")
    tab_to(qtbot, lambda w: w is fields["felt"].edit)
    type_text(qtbot, "Small, then steady.")
    tab_to(qtbot, lambda w: w is fields["prejudice"].radios["yes"])
    press(qtbot, Qt.Key.Key_Space)
    support = fields["strategies"].boxes["sought_support"]
    tab_to(qtbot, lambda w: w is support)
    press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, lambda w: w is fields["me_or_system"].edit)
    type_text(qtbot, "The system, mostly.")
    tab_to(qtbot, lambda w: w is page.editor.tags_edit)
    type_text(qtbot, "night shift, audit")
    assert page.editor.count_label.text()
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert page.stack.currentWidget() is page.browse
    [summary] = journal.page()
    saved = journal.get(summary.id)
    assert saved.kind == "after_shift"
    assert saved.title == "The audit shift"
    assert saved.fields["prejudice"] == "yes"
    assert saved.fields["strategies"] == ["sought_support"]
    assert saved.tags == ["night shift", "audit"]
    assert journal.drafts() == []
    assert listed_ids(qtbot, page) == [saved.id]

    # Some other entries to find it among.
    journal.add(Entry(kind="free", title="Quiet day", body="Nothing much happened.",
                      tags=["day off"]))
    journal.add(Entry(kind="reflection", body="The audit went better than feared.",
                      tags=["audit"]))
    page.refresh()
    assert len(listed_ids(qtbot, page)) == 3

    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is page.search
    type_text(qtbot, "talked over")
    page.search.search_now()
    wait_search(qtbot, page)
    assert listed_ids(qtbot, page) == [saved.id]
    assert page.model.index(1).data(IdRole) == saved.id
    row = page.model.row_at(1)
    assert "\x02" in row.snippet  # the delegate draws the marked words in bold

    press(qtbot, Qt.Key.Key_Escape)
    wait_search(qtbot, page)
    assert len(listed_ids(qtbot, page)) == 3

    page.filters_button.click()
    page.filters.set_tag("night shift")
    assert listed_ids(qtbot, page) == [saved.id]
    page.filters.set_tag("audit")
    tagged = journal.page(EntryQuery(tags=("audit",)))
    assert sorted(listed_ids(qtbot, page)) == sorted(e.id for e in tagged)
    assert len(listed_ids(qtbot, page)) == 2
    page.filters.clear()
    assert len(listed_ids(qtbot, page)) == 3


@pytest.mark.parametrize("text", [
    '"unclosed', 'AND OR NOT', "'; DROP TABLE journal_entries; --", "NEAR(a b)", "🙂",
    "title:audit", "*", "((", "\x00", "a" * 2000, "   ", '"" ""', "-audit", "^start",
])
def test_any_search_text_gives_results_or_none_never_an_error(qtbot, page, unlocked_ctx, text):
    unlocked_ctx.vault.journal.add(Entry(kind="free", body="A calm day 🙂 with an audit."))
    page.search.setText(text)
    page.search.search_now()
    wait_search(qtbot, page)
    assert "could not" not in page.status.text()


def test_delete_key_moves_to_trash_with_undo_then_empty_trash(qtbot, page, unlocked_ctx):
    journal = unlocked_ctx.vault.journal
    first = journal.add(Entry(kind="free", body="one"))
    journal.add(Entry(kind="free", body="two"))
    page.refresh()
    wait_search(qtbot, page)
    page.list.setFocus()
    page.list.select_entry(first.id)
    press(qtbot, Qt.Key.Key_Delete)
    assert journal.trash_count() == 1
    assert first.id not in listed_ids(qtbot, page)
    assert "trash" in page.banner.message()
    page.banner._action.click()
    assert journal.trash_count() == 0
    assert first.id in listed_ids(qtbot, page)

    page.delete_entries([first.id])
    page.trash_button.click()
    assert page.stack.currentWidget() is page.trash
    assert page.trash.model.entry_ids() == [first.id]
    page.trash.empty_button.click()
    assert journal.trash_count() == 1  # only asked so far
    page.trash.banner._action.click()
    assert journal.trash_count() == 0
    assert page.trash.empty_label.isVisible()


def test_restore_from_trash(qtbot, page, unlocked_ctx):
    journal = unlocked_ctx.vault.journal
    entry = journal.add(Entry(kind="free", body="bring me back"))
    journal.delete(entry.id)
    page.show_trash()
    page.trash.list.select_entry(entry.id)
    page.trash.restore_button.click()
    assert journal.trash_count() == 0
    page.show_browse()
    assert entry.id in listed_ids(qtbot, page)


def test_quick_checkin_by_number_keys(qtbot, page, unlocked_ctx):
    page.checkin_button.click()
    assert page.stack.currentWidget() is page.checkin
    qtbot.waitUntil(lambda: focused() is page.checkin.pickers["mood"])
    press(qtbot, Qt.Key.Key_3)
    assert focused() is page.checkin.pickers["energy"]
    press(qtbot, Qt.Key.Key_4)
    press(qtbot, Qt.Key.Key_2)
    assert focused() is page.checkin.note
    type_text(qtbot, "Long day")
    press(qtbot, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.browse
    [row] = unlocked_ctx.vault.journal.page()
    assert (row.mood, row.energy, row.stress, row.preview) == (3, 4, 2, "Long day")


def test_checkin_asks_for_missing_numbers(qtbot, page, unlocked_ctx):
    page.show_checkin()
    page.checkin.pickers["mood"].set_value(3)
    assert not page.checkin.save()
    assert "Energy" in page.checkin.banner.message()
    assert unlocked_ctx.vault.journal.count() == 0


def test_autosave_keeps_a_draft_and_lock_offers_it_back(qtbot, page, unlocked_ctx):
    journal = unlocked_ctx.vault.journal
    page.new_entry("free")
    page.editor.title_edit.setText("Unfinished")
    body = next(f for f in page.editor._fields if f.spec.id == "body")
    body.edit.setPlainText("Words that must not be lost")
    qtbot.waitUntil(lambda: len(journal.drafts()) == 1, timeout=3000)

    body.edit.appendPlainText("and a last line typed just before Hide now")
    unlocked_ctx.lock_now()
    assert page.model.rowCount() == 0
    assert page.editor.title_edit.text() == ""

    unlocked_ctx.vault.unlock(PASSPHRASE)
    unlocked_ctx.announce_unlocked()
    page.on_unlocked()
    assert page.drafts_card.isVisibleTo(page)
    continue_button = next(b for b in page.drafts_card.findChildren(QPushButton)
                           if b.text() == "Continue writing")
    continue_button.click()
    assert page.stack.currentWidget() is page.editor
    body = next(f for f in page.editor._fields if f.spec.id == "body")
    assert "last line typed just before Hide now" in body.value()
    assert page.editor.title_edit.text() == "Unfinished"
    assert page.editor.save()
    journal = unlocked_ctx.vault.journal  # a fresh repository after unlocking again
    assert journal.drafts() == []
    assert journal.count() == 1


def test_save_error_keeps_text_and_says_so(qtbot, page, unlocked_ctx, monkeypatch):
    journal = unlocked_ctx.vault.journal
    page.new_entry("incident")
    page.editor.title_edit.setText("Remark at handover")

    def full(*_args, **_kwargs):
        raise DiskFull()

    monkeypatch.setattr(journal, "add", full)
    monkeypatch.setattr(journal, "save_draft", full)
    assert not page.editor.save()
    assert "disk is full" in page.editor.banner.message()
    assert page.stack.currentWidget() is page.editor
    assert page.editor.title_edit.text() == "Remark at handover"


def test_editing_an_entry_and_a_deleted_plan_link(qtbot, page, unlocked_ctx):
    vault = unlocked_ctx.vault
    plan = vault.plans.create("Telling my manager", "current_job", "uk")
    entry = vault.journal.add(Entry(kind="disclosure_followup", body="It went fine.",
                                    plan_id=plan.id))
    vault.plans.delete(plan.id)
    page.reload_choices()
    page.refresh()
    assert page.plan_label(plan.id) == "Linked to a plan that was deleted"
    page.open_entry(entry.id)
    plan_field = next(f for f in page.editor._fields if f.spec.id == "plan_id")
    assert plan_field.combo.currentText() == "A plan that was deleted"
    assert plan_field.value() == plan.id
    page.editor.title_edit.setText("Follow-up")
    assert page.editor.save()
    again = vault.journal.get(entry.id)
    assert again.plan_id == plan.id and again.title == "Follow-up"


def test_every_view_names_every_control(qtbot, page, unlocked_ctx):
    page.filters_button.click()
    assert missing_accessible_names(page) == []
    page.show_chooser()
    assert missing_accessible_names(page.chooser) == []
    for template in unlocked_ctx.vault.journal.templates():
        if template.id == "checkin":
            continue
        page.new_entry(template.id)
        assert missing_accessible_names(page.editor) == [], template.id
        page.editor.discard()
    page.show_checkin()
    assert missing_accessible_names(page.checkin) == []
    page.show_trash()
    assert missing_accessible_names(page.trash) == []


def test_editor_draws_any_template_field_kind(qtbot, page, unlocked_ctx):
    from disclosure_helper.templates import new_own_template

    journal = unlocked_ctx.vault.journal
    own = journal.save_template(new_own_template("Supervision notes", [
        {"id": "body", "kind": "multiline", "label": "What we talked about"},
        {"id": "focus", "kind": "choice", "label": "Focus",
         "options": [{"id": "cases", "label": "Cases"}, {"id": "me", "label": "Me"}]},
        {"id": "energy", "kind": "rating", "label": "Energy after"},
        {"id": "next", "kind": "text", "label": "Next time"},
    ]))
    page.reload_choices()
    assert own.id in page.chooser.buttons
    page.chooser.buttons[own.id].click()
    fields = {f.spec.id: f for f in page.editor._fields}
    fields["body"].set_value("Caseload and rest")
    fields["focus"].set_value("me")
    fields["energy"].set_value(4)
    fields["next"].set_value("Ask about training")
    assert page.editor.save()
    [row] = journal.page()
    saved = journal.get(row.id)
    assert saved.kind == own.id
    assert saved.fields == {"focus": "me", "energy": 4, "next": "Ask about training"}


def test_undo_redo_buttons_and_word_count(qtbot, page):
    page.new_entry("free")
    body = next(f for f in page.editor._fields if f.spec.id == "body")
    body.edit.setFocus()
    qtbot.keyClicks(body.edit, "one two three")
    page.editor._update_count()
    assert page.editor.count_label.text() == "3 words"
    page.editor.undo_button.click()
    assert body.value() != "one two three"
    page.editor.redo_button.click()
    assert body.value() == "one two three"


def test_tags_complete_from_known_tags(qtbot, page, unlocked_ctx):
    unlocked_ctx.vault.journal.add(Entry(kind="free", body="x", tags=["supervision"]))
    page.reload_choices()
    qtbot.waitUntil(lambda: "supervision" in page.editor.tags_edit._known.stringList())
    page.new_entry("free")
    tags = page.editor.tags_edit
    tags.setFocus()
    qtbot.keyClicks(tags, "ward, sup")
    assert tags.completer_.currentCompletion() == "supervision"
    tags._insert("supervision")
    assert tags.raw_tags() == ["ward", "supervision"]


def test_nothing_personal_in_window_title(qtbot, page, unlocked_ctx):
    page.new_entry("free")
    page.editor.title_edit.setText("Very private title")
    assert "private" not in page.window().windowTitle()
    assert all(not isinstance(w, (QLineEdit, QPlainTextEdit, QCheckBox)) or
               "private" not in w.toolTip() for w in page.findChildren(QLineEdit))


def test_checkin_in_progress_is_kept_as_a_draft_on_lock(qtbot, page, unlocked_ctx):
    page.show_checkin()
    page.checkin.pickers["mood"].set_value(2)
    page.checkin.note.setText("halfway through")
    unlocked_ctx.lock_now()
    unlocked_ctx.vault.unlock(PASSPHRASE)
    page.on_unlocked()
    [draft] = unlocked_ctx.vault.journal.drafts()
    assert draft.payload["kind"] == "checkin"
    assert draft.payload["fields"] == {"mood": 2}
    page.open_draft(draft)
    fields = {f.spec.id: f for f in page.editor._fields}
    assert fields["mood"].value() == 2
    assert fields["body"].value() == "halfway through"


def test_hide_now_in_the_app_keeps_the_words(qtbot, main_window):
    shell = main_window.shell
    page = shell.show_page("journal")
    assert isinstance(page, JournalPage)
    page.new_entry("reflection")
    body = next(f for f in page.editor._fields if f.spec.id == "body")
    body.set_value("Typed a moment before hiding")
    main_window.hide_now()
    assert body.value() == ""
    main_window.unlock_screen.passphrase.setText(PASSPHRASE)
    main_window.unlock_screen.submit()
    qtbot.waitUntil(lambda: main_window.current_screen == "app", timeout=10_000)
    [draft] = main_window.ctx.vault.journal.drafts()
    assert draft.payload["body"] == "Typed a moment before hiding"
    assert page.drafts_card.isVisibleTo(page)


def test_a_found_checkin_shows_its_ratings(qtbot, page, unlocked_ctx):
    unlocked_ctx.vault.journal.add_checkin(2, 3, 4, note="slept badly before handover")
    page.on_unlocked()
    page.search.setText("handover")
    page.search.search_now()
    wait_search(qtbot, page)
    model = page.model
    described = [
        str(model.data(model.index(row, 0), Qt.ItemDataRole.AccessibleTextRole))
        for row in range(model.rowCount())
    ]
    assert any("mood 2, energy 3, stress 4" in text for text in described)
