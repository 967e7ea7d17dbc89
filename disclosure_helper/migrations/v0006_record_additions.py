"""Schema 5: dated additions to incident records.

An incident record stays as it was first written. Anything learned later (a reply, a
reference number, more detail, a correction) is added as its own dated row, which can
never be changed afterwards. Deleting the record for good deletes its additions.
"""


def upgrade(db) -> None:
    db.execute(
        """
        CREATE TABLE journal_additions (
            id         INTEGER PRIMARY KEY,
            entry_id   INTEGER NOT NULL REFERENCES journal_entries(id) ON DELETE CASCADE,
            kind       TEXT    NOT NULL,
            text       TEXT    NOT NULL,
            written    INTEGER NOT NULL,
            utc_offset INTEGER NOT NULL DEFAULT 0
        )
        """
    )
    db.execute(
        "CREATE INDEX journal_additions_by_entry ON journal_additions(entry_id, written, id)"
    )
    # Kept as written: the database itself refuses to change an addition.
    db.execute(
        """
        CREATE TRIGGER journal_additions_kept BEFORE UPDATE ON journal_additions BEGIN
            SELECT RAISE(ABORT, 'additions are kept as written');
        END
        """
    )
