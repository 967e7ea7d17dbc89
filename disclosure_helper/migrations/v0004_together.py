"""Schema 4: supporter's notes from Together mode, kept only when the person agreed.

One dated row per kept session, linked to its plan; deleting the plan deletes them.
"""


def upgrade(db) -> None:
    db.execute(
        """
        CREATE TABLE together_notes (
            id       INTEGER PRIMARY KEY,
            plan_id  INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            notes    TEXT NOT NULL,
            written  TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX together_notes_by_plan ON together_notes(plan_id, written)")
