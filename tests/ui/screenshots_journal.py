"""The Journal and Insights screens for the screenshot tour.

`screenshot_tour.py` calls `register(add_screen, add_seed)`. The seed writes a few
hundred invented entries (tests/ui/journal_demo_data.py), a draft waiting to be
continued and a few entries in the trash, so every screen looks lived in.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QScrollArea

from tests.ui.journal_demo_data import fill_journal

BUILTIN_EDITORS = ("free", "after_shift", "incident", "reflection", "disclosure_followup")


def seed(vault) -> None:
    ids = fill_journal(vault, entries=320)
    journal = vault.journal
    journal.delete_many(ids[:4])
    seed_additions(vault)
    journal.save_draft("new:tour", {
        "kind": "after_shift", "title": "Tuesday late",
        "body": "Started writing this on the bus home.", "fields": {}, "tags": ["late"],
    })


def seed_additions(vault) -> None:
    """Two dated additions to the newest incident record, as a person might add them later.

    Dated now: a record is kept from the moment it is written, so nothing is added before it.
    """
    from disclosure_helper.journal import EntryQuery

    [incident] = vault.journal.page(EntryQuery(kinds=("incident",)), limit=1)
    vault.journal.add_addition(
        incident.id, "I emailed my manager about it the next morning. The email is in my own "
        "inbox, in a folder called Records.", "report")
    vault.journal.add_addition(
        incident.id, "My manager replied that she would speak to him. Nothing has changed yet.",
        "reply")


def _journal(tour):
    tour.page("journal")
    page = tour.window.shell.pages["journal"]
    if page.editor.is_open:
        if page.editor.entry_id is None:
            page.editor.discard()
        else:
            page.editor.close_editor()
    page.search.clear()
    page.search.search_now()
    tour.wait_until(lambda: not page.is_searching)
    if page.filters_button.isChecked():
        page.filters_button.click()
    page.filters.clear()
    page.show_browse()
    page.refresh()
    page.refresh_drafts()
    tour.wait_until(lambda: not page.is_loading)  # the list is read off the GUI thread
    page.list.scrollToTop()
    tour.wait()
    return page


def _timeline(tour):
    _journal(tour)


def _search(tour):
    page = _journal(tour)
    page.search.setText("handover")
    page.search.search_now()
    tour.wait_until(lambda: not page.is_searching)


def _filters(tour):
    page = _journal(tour)
    page.filters_button.click()
    page.filters.set_kind("after_shift")
    page.filters.set_tag("night shift")
    tour.wait_until(lambda: not page.is_loading)


def _editor(template_id: str) -> Callable:
    def show(tour):
        page = _journal(tour)
        page.new_entry(template_id)
        if template_id == "after_shift":
            editor = page.editor
            editor.title_edit.setText("After the audit meeting")
            fields = {f.spec.id: f for f in editor._fields}
            fields["body"].set_value("The audit ran long. My notes were checked twice and "
                                     "nobody else's were.")
            fields["felt"].set_value("Tight chest on the way home. Then tired more than "
                                     "angry.")
            fields["prejudice"].set_value("not_sure")
        tour.wait()
    return show


def _prompt(tour):
    _editor("after_shift")(tour)
    page = tour.window.shell.pages["journal"]
    field = next(f for f in page.editor._fields if f.spec.id == "me_or_system")
    page.editor.scroll_screen.ensureWidgetVisible(field, 0, 40)
    field.focus_target.setFocus()
    tour.wait()


def _edit_existing(tour):
    page = _journal(tour)
    journal = tour.ctx.vault.journal
    from disclosure_helper.journal import EntryQuery

    [incident] = journal.page(EntryQuery(kinds=("incident",)), limit=1)
    page.open_entry(incident.id)


def _record_additions(tour):
    """A kept incident record, scrolled to what was added since and the box to add more."""
    _edit_existing(tour)
    editor = tour.window.shell.pages["journal"].editor
    tour.wait()
    if editor.additions_card is not None:
        bar = editor.scroll_screen.verticalScrollBar()
        card = editor.additions_card
        top = card.mapTo(editor.scroll_screen.widget(), card.rect().topLeft()).y()
        bar.setValue(min(bar.maximum(), top - 24))
    tour.wait()


def _checkin(tour):
    page = _journal(tour)
    page.show_checkin()
    page.checkin.pickers["mood"].set_value(3)
    page.checkin.pickers["energy"].set_value(2)
    page.checkin.pickers["energy"].setFocus()


def _chooser(tour):
    page = _journal(tour)
    page.show_chooser()


def _trash(tour):
    page = _journal(tour)
    page.show_trash()


def _export(tour):
    from disclosure_helper.ui.journal.export import ExportDialog

    page = _journal(tour)
    return tour.open_dialog(ExportDialog(tour.ctx, [], page.shown_ids, parent=tour.window))


def _insights(period: str, lower: bool = False) -> Callable:
    def show(tour):
        tour.page("insights")
        page = tour.window.shell.pages["insights"]
        page.set_period(period)
        tour.wait_until(lambda: page.data is not None and not page.loading)
        scroll = page.findChild(QScrollArea)
        if scroll is not None:
            bar = scroll.verticalScrollBar()
            bar.setValue(bar.maximum() if lower else 0)
        tour.wait()
    return show


def register(add_screen: Callable, add_seed: Callable) -> None:
    add_seed(seed)
    add_screen("journal-timeline", _timeline)
    add_screen("journal-search", _search)
    add_screen("journal-filters", _filters)
    add_screen("journal-new-entry", _chooser)
    for template_id in BUILTIN_EDITORS:
        add_screen(f"journal-editor-{template_id}", _editor(template_id))
    add_screen("journal-editor-after_shift-prompt", _prompt)
    add_screen("journal-editor-existing-incident", _edit_existing)
    add_screen("journal-record-additions", _record_additions)
    add_screen("journal-checkin", _checkin)
    add_screen("journal-trash", _trash)
    add_screen("journal-export", _export)
    add_screen("insights-week", _insights("week"))
    add_screen("insights-week-lower", _insights("week", lower=True))
    add_screen("insights-month", _insights("month"))
    add_screen("insights-year", _insights("year"))
