"""One `vault_changed(changes, initiator)` after each write; pages refresh only what changed;
declared options announce `setting_changed(key, old, new)`."""

from __future__ import annotations

from PySide6.QtCore import QObject

from disclosure_helper.changes import JOURNAL, PLANS, SETTINGS
from disclosure_helper.journal import Entry
from disclosure_helper.ui import options
from disclosure_helper.ui.ops import Op


def _record(ctx) -> list[tuple[frozenset[str], object]]:
    heard: list[tuple[frozenset[str], object]] = []
    ctx.vault_changed.connect(lambda changes, who: heard.append((changes.areas, who)))
    return heard


def test_a_direct_write_is_announced_once_with_what_it_changed(unlocked_ctx):
    heard = _record(unlocked_ctx)
    unlocked_ctx.vault.plans.create("Telling my manager", "starting", "uk")
    unlocked_ctx.vault.journal.count()  # a read says nothing
    assert heard == [(frozenset({PLANS}), None)]


def test_an_op_is_announced_once_it_ends_with_who_started_it(qtbot, unlocked_ctx):
    heard = _record(unlocked_ctx)
    starter = QObject()
    vault = unlocked_ctx.vault

    def work() -> None:
        vault.journal.add(Entry(title="A hard shift", body="Long day."))
        vault.settings.set("a", 1)

    op = Op(starter, work)
    with qtbot.waitSignal(unlocked_ctx.vault_changed, timeout=10_000):
        op.start()
    assert heard == [(frozenset({JOURNAL, SETTINGS}), starter)]


def test_an_op_that_writes_nothing_is_not_announced(qtbot, unlocked_ctx):
    heard = _record(unlocked_ctx)
    op = Op(None, lambda: unlocked_ctx.vault.journal.count())
    with qtbot.waitSignal(op.done, timeout=10_000):
        op.start()
    assert heard == []


def test_a_page_out_of_sight_refreshes_on_show_only_when_its_areas_changed(
        qtbot, main_window):
    insights = main_window.shell.page("insights")
    reloads: list[int] = []
    original = insights.reload
    insights.reload = lambda: (reloads.append(1), original())[1]
    main_window.shell.show_page("insights")
    main_window.shell.show_page("home")
    reloads.clear()
    main_window.ctx.vault.plans.create("Telling my manager", "starting", "uk")
    main_window.shell.show_page("insights")
    assert reloads == []  # plans are not what Insights shows
    main_window.shell.show_page("home")
    main_window.ctx.vault.journal.add(Entry(title="A hard shift", body="Long day."))
    assert reloads == []  # out of sight: remembered, not reloaded yet
    main_window.shell.show_page("insights")
    assert reloads == [1]
    main_window.shell.show_page("home")
    main_window.shell.show_page("insights")
    assert reloads == [1]  # nothing new


def test_a_page_on_screen_follows_a_change_another_part_made(qtbot, main_window):
    together = main_window.shell.page("together")
    main_window.shell.show_page("together")
    assert together.plan_list.count() == 0
    vault = main_window.ctx.vault
    Op(main_window, lambda: vault.plans.create("Telling my team", "starting", "uk")).start()
    qtbot.waitUntil(lambda: together.plan_list.count() == 1, timeout=10_000)


def test_options_announce_real_changes_only(unlocked_ctx):
    heard: list[tuple] = []
    unlocked_ctx.setting_changed.connect(lambda *args: heard.append(args))
    before = options.AUTO_LOCK_MINUTES.get(unlocked_ctx)
    options.AUTO_LOCK_MINUTES.set(unlocked_ctx, 15)
    options.AUTO_LOCK_MINUTES.set(unlocked_ctx, 15)
    options.THEME.set(unlocked_ctx, "dark")
    assert heard == [("auto_lock_minutes", before, 15), ("theme", "system", "dark")]


def test_changing_auto_lock_resets_the_timer_through_the_option(qtbot, main_window):
    options.AUTO_LOCK_MINUTES.set(main_window.ctx, 30)
    assert main_window.idle.interval_ms == 30 * 60_000
