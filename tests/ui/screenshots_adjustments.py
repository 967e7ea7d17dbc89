"""The My adjustments screens for the screenshot tour (and the layout walk): the list,
the passport's own words, one change with its history, noting where it stands, the
exports, and looking at it together.

The demo record below is made up, written the way a person might.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from tests.ui.screenshots_decisions import DEMO_TITLE


def seed(vault) -> None:
    from disclosure_helper.adjustments_model import PassportField, Status

    repo = vault.adjustments
    plan_id = next(s.id for s in vault.plans.summaries() if s.title == DEMO_TITLE)
    hours, check_ins = repo.add_from_plan(plan_id)
    today = date.today()
    repo.change_status(hours.id, Status.ASKED, on=today - timedelta(days=40),
                       whom="Sam, my manager", how="In our weekly one-to-one")
    repo.change_status(hours.id, Status.AGREED, on=today - timedelta(days=30), whom="Sam",
                       review_on=today + timedelta(days=150),
                       note="Ten o'clock starts on Mondays and Thursdays.")
    agreed = repo.get(hours.id)
    agreed.details = "Starting at ten on the mornings after my evening group."
    agreed.helps = "I arrive rested and can focus on the first calls."
    repo.save(agreed)
    repo.change_status(check_ins.id, Status.WORKING, on=today - timedelta(days=200),
                       review_on=today - timedelta(days=3))
    repo.create(own_words="Headphones in the open-plan office")
    passport = repo.passport()
    passport.set(PassportField.NAME, "Alex Rivera")
    passport.set(PassportField.JOB, "Support worker, day centre")
    passport.set(PassportField.MANAGER, "Sam")
    passport.set(PassportField.HARD_THINGS, "Early starts, and noisy rooms before lunch.")
    passport.set(PassportField.BAD_DAY, "Ten quiet minutes, then a short walk.")
    passport.set(PassportField.CONTACT, "Email first, please.")
    repo.save_passport(passport)


def _page(tour):
    tour.page("adjustments")
    return tour.window.shell.pages["adjustments"]


def _list(tour) -> None:
    page = _page(tour)
    page.show_list()
    page.list_view.verticalScrollBar().setValue(0)


def _own_words(tour) -> None:
    page = _page(tour)
    page.show_list()
    tour.wait()
    page.list_view.ensureWidgetVisible(page.list_view.form, 0, 0)


def _first_id(tour) -> int:
    return tour.ctx.vault.adjustments.all()[0].id


def _detail(tour) -> None:
    page = _page(tour)
    page.open_adjustment(_first_id(tour))


def _history(tour) -> None:
    _detail(tour)
    page = tour.window.shell.pages["adjustments"]
    tour.wait()
    page.detail.ensureWidgetVisible(page.detail.history_rows[-1], 0, 20)


def _dialog(make: Callable) -> Callable:
    def show(tour):
        page = _page(tour)
        make(tour, page)
        tour.dialog = page.dialog
        tour.wait()
        return page.dialog

    return show


def _change(tour, page) -> None:
    page.open_adjustment(_first_id(tour))
    page.note_change()


def _export(kind: str) -> Callable:
    def make(tour, page) -> None:
        page.show_list()
        page.open_export()
        page.dialog.set_kind(kind)

    return make


def _together(end: bool) -> Callable:
    def show(tour) -> None:
        _leave_together(tour)
        page = _page(tour)
        page.show_list()
        view = page.open_together(["job", "hard_things", "bad_day"])
        tour.wait()
        if end:
            view.show_end()
        tour.wait()

    return show


def _leave_together(tour) -> None:
    """End a session shown by the tour without locking (as letting go would, by default)."""
    page = tour.window.shell.pages["adjustments"] if tour.window.shell else None
    if page is not None and page.together is not None:
        page.together.abandon()
        tour.ctx.end_focus_view()
        page.together.deleteLater()
        page.together = None


def register(add_screen: Callable, add_seed: Callable) -> None:
    add_seed(seed)
    add_screen("adjustments-1-list", _list)
    add_screen("adjustments-2-own-words", _own_words)
    add_screen("adjustments-3-detail", _detail)
    add_screen("adjustments-4-history", _history)
    add_screen("adjustments-5-note-change", _dialog(_change))
    add_screen("adjustments-6-export-passport", _dialog(_export("passport")))
    add_screen("adjustments-7-export-letter", _dialog(_export("request")))
    add_screen("adjustments-8-export-access-to-work", _dialog(_export("access_to_work")))
    add_screen("adjustments-9-together", _together(end=False))
    add_screen("adjustments-10-together-end", _together(end=True))
    add_screen("adjustments-11-home-after-together", _home)


def _home(tour) -> None:
    _leave_together(tour)
    tour.page("home")
