"""What the screen reader walk puts in the vault to hear the links to My adjustments.

A plan, an incident record and two changes in My adjustments: the first came from the
plan and is backed up by the record, the second is backed up by the record only. The
app under test (app_under_test.py) adds them when the vault is unlocked again after
Hide now, before any section loads, as if written in an earlier session; the walk
(probe.py, system Python) reads the names from here.
"""

from __future__ import annotations

from typing import Any

PLAN = "Talking to my manager about the desk"
RECORD = "The desk was moved again"
CHANGES = ("A desk away from the door", "Notes in writing after meetings")


def seed(vault: Any) -> None:
    from disclosure_helper.journal_model import INCIDENT, Entry

    plans = vault.plans
    plan = plans.create(PLAN, plans.guide.situations[0].id, "uk")
    entry = vault.journal.add(Entry(kind=INCIDENT, title=RECORD,
                                    body="Moved next to the door with no notice."))
    first = vault.adjustments.create(own_words=CHANGES[0], plan_id=plan.id)
    second = vault.adjustments.create(own_words=CHANGES[1])
    for change in (first, second):
        vault.adjustments.link_entry(change.id, entry.id)
