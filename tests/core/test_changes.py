"""Each committed write says which areas of the vault it changed; nothing else does."""

from __future__ import annotations

import threading

import pytest

from disclosure_helper import changes
from disclosure_helper.changes import (
    ADJUSTMENTS,
    JOURNAL,
    PLANS,
    SETTINGS,
    TOGETHER,
    Changes,
    areas_written,
)
from disclosure_helper.errors import VaultError
from disclosure_helper.journal import Entry


@pytest.mark.parametrize("sql, areas", [
    ("SELECT * FROM plans", set()),
    ("PRAGMA user_version", set()),
    ("BEGIN IMMEDIATE", set()),
    ("INSERT INTO settings(key, value) VALUES(?, ?)", {SETTINGS}),
    ("INSERT OR IGNORE INTO journal_entry_tags(entry_id) VALUES (?)", {JOURNAL}),
    ("\n    UPDATE journal_entries SET title = :t WHERE id = :id RETURNING created", {JOURNAL}),
    ("UPDATE plan_followups SET happened_on = ?", {PLANS}),
    ("DELETE FROM plans WHERE id = ?", {PLANS, TOGETHER, ADJUSTMENTS}),
    ("DELETE FROM together_notes WHERE id = ?", {TOGETHER}),
    ("INSERT INTO journal_drafts(key, body) VALUES(?, ?)", set()),
    ("INSERT INTO meta(key, value) VALUES('vault_id', ?)", set()),
])
def test_the_areas_a_statement_writes(sql, areas):
    assert areas_written(sql) == frozenset(areas)


def _listen(vault) -> list[Changes]:
    heard: list[Changes] = []
    vault.on_change = heard.append
    return heard


def test_each_committed_write_is_reported_once_with_its_areas(vault):
    heard = _listen(vault)
    vault.settings.set("a", 1)
    plan = vault.plans.create("Telling my manager", "starting", "uk")
    entry = vault.journal.add(Entry(title="A hard shift", body="Long day."))
    vault.together.add(plan.id, "We talked it through.")
    assert [c.areas for c in heard] == [
        {SETTINGS}, {PLANS}, {JOURNAL}, {TOGETHER}]
    heard.clear()
    vault.plans.get(plan.id)
    vault.journal.count()
    assert heard == []
    vault.journal.update(entry)  # an UPDATE ... RETURNING, read through query()
    vault.plans.delete(plan.id)  # takes its kept notes with it
    assert [c.areas for c in heard] == [{JOURNAL}, {PLANS, TOGETHER, ADJUSTMENTS}]


def test_a_rolled_back_write_reports_nothing(vault):
    heard = _listen(vault)
    with pytest.raises(RuntimeError), vault.db.transaction():
        vault.settings.set("a", 1)
        raise RuntimeError("stop")
    assert heard == []
    assert vault.settings.get("a") is None


def test_work_collecting_its_changes_keeps_them_from_the_listener(vault):
    """A background op gathers what it changed, on its own thread, for whoever ran it."""
    heard = _listen(vault)
    collected: changes.Collected = {}

    def work() -> None:
        with changes.collecting(collected):
            vault.settings.set("from the worker", True)
            vault.plans.create("Telling my team", "starting", "uk")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(timeout=30)
    assert collected == {vault: {SETTINGS, PLANS}}
    assert heard == []
    vault.settings.set("from here", True)  # the GUI thread's write still reaches the listener
    assert [c.areas for c in heard] == [{SETTINGS}]


def test_a_failed_write_reports_nothing(vault):
    heard = _listen(vault)
    with pytest.raises(VaultError):
        vault.plans.create("", "not a situation", "nowhere")
    assert heard == []
