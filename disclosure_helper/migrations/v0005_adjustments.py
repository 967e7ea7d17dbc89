"""Schema 5: My adjustments, the person's passport of what helps them work.

- `adjustments`: one row per need (an id from the shared needs list, or own words) with
  where it stands now and when to look again. It can name the plan it came from; deleting
  that plan keeps the adjustment and clears the link (ON DELETE SET NULL; plan ids are
  never reused, see schema 2).
- `adjustment_history`: every change of status and every fresh look, dated. A row can name
  the journal entry it was written up in (an incident record of a refusal, say); emptying
  that entry from the trash clears the name and keeps the row.
- `adjustment_entries`: links between adjustments and journal entries, both ways. Journal
  ids can be reused once an entry is emptied from the trash, so the link goes with the
  entry (ON DELETE CASCADE) and never points at a different one.
- `adjustment_passport`: one row with the passport's own-words parts as a JSON object
  with a format number (new parts need no schema change; unknown ones are kept) and the
  passport's own review dates.
"""


def upgrade(db) -> None:
    db.execute(
        """
        CREATE TABLE adjustments (
            id            INTEGER PRIMARY KEY AUTOINCREMENT,
            need          TEXT,
            own_words     TEXT NOT NULL DEFAULT '',
            details       TEXT NOT NULL DEFAULT '',
            helps         TEXT NOT NULL DEFAULT '',
            plan_id       INTEGER REFERENCES plans(id) ON DELETE SET NULL,
            status        TEXT NOT NULL DEFAULT 'idea',
            status_on     TEXT NOT NULL,
            review_on     TEXT,
            review_reason TEXT,
            created       TEXT NOT NULL,
            updated       TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX adjustments_by_plan ON adjustments(plan_id)")
    db.execute("CREATE INDEX adjustments_by_review ON adjustments(review_on)")
    db.execute(
        """
        CREATE TABLE adjustment_history (
            id            INTEGER PRIMARY KEY,
            adjustment_id INTEGER NOT NULL REFERENCES adjustments(id) ON DELETE CASCADE,
            kind          TEXT NOT NULL DEFAULT 'status',
            status        TEXT NOT NULL,
            happened_on   TEXT NOT NULL,
            whom          TEXT NOT NULL DEFAULT '',
            how           TEXT NOT NULL DEFAULT '',
            reason        TEXT NOT NULL DEFAULT '',
            note          TEXT NOT NULL DEFAULT '',
            review_on     TEXT,
            entry_id      INTEGER REFERENCES journal_entries(id) ON DELETE SET NULL,
            recorded_at   TEXT NOT NULL
        )
        """
    )
    db.execute(
        "CREATE INDEX adjustment_history_by_adjustment ON adjustment_history(adjustment_id, id)"
    )
    # Emptying the journal's trash looks rows up by entry; without this it would scan.
    db.execute("CREATE INDEX adjustment_history_by_entry ON adjustment_history(entry_id)")
    db.execute(
        """
        CREATE TABLE adjustment_entries (
            adjustment_id INTEGER NOT NULL REFERENCES adjustments(id) ON DELETE CASCADE,
            entry_id      INTEGER NOT NULL REFERENCES journal_entries(id) ON DELETE CASCADE,
            linked_at     TEXT NOT NULL,
            PRIMARY KEY (adjustment_id, entry_id)
        ) WITHOUT ROWID
        """
    )
    db.execute(
        "CREATE INDEX adjustment_entries_by_entry ON adjustment_entries(entry_id, adjustment_id)"
    )
    db.execute(
        """
        CREATE TABLE adjustment_passport (
            id            INTEGER PRIMARY KEY CHECK (id = 1),
            format        INTEGER NOT NULL DEFAULT 1,
            fields        TEXT NOT NULL DEFAULT '{}',
            review_on     TEXT,
            review_reason TEXT,
            reviewed_on   TEXT,
            updated       TEXT NOT NULL
        )
        """
    )
