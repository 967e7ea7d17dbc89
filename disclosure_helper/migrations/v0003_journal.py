"""Schema 3: the reflective journal.

Entries, their tags, autosaved drafts, the person's own templates, and a full-text
index kept in step with the entries by triggers, so no code path can forget it.

Check-in ratings and picked strategies are copied into their own columns so the
Insights charts read small covering indexes instead of every entry.

Times are unix seconds (UTC). `day` is the calendar day the entry happened on, in
the clock of the person who wrote it (`utc_offset` minutes): the timeline and the
insights group by it, so a shift that ended at 23:30 counts for that evening.
`plan_id` is a plain number, not a foreign key, so this step never depends on the
plans schema; a link to a deleted plan simply shows as gone.
"""

# Emoji and other symbols (category So) count as words, so a search for 🙂 finds them.
TOKENIZER = "unicode61 remove_diacritics 2 categories 'L* N* Co So'"

_INDEXED = ("title", "body", "fields_text", "tags_text")


def _fts_values(prefix: str) -> str:
    return ", ".join(f"{prefix}.{column}" for column in _INDEXED)


def upgrade(db) -> None:
    db.execute(
        """
        CREATE TABLE journal_entries (
            id          INTEGER PRIMARY KEY,
            kind        TEXT    NOT NULL,
            title       TEXT    NOT NULL DEFAULT '',
            body        TEXT    NOT NULL DEFAULT '',
            fields      TEXT    NOT NULL DEFAULT '{}',
            fields_text TEXT    NOT NULL DEFAULT '',
            tags_text   TEXT    NOT NULL DEFAULT '',
            occurred_at INTEGER NOT NULL,
            utc_offset  INTEGER NOT NULL DEFAULT 0,
            day         TEXT    NOT NULL,
            created     INTEGER NOT NULL,
            updated     INTEGER NOT NULL,
            deleted_at  INTEGER,
            plan_id     INTEGER,
            mood        INTEGER CHECK (mood BETWEEN 1 AND 5),
            energy      INTEGER CHECK (energy BETWEEN 1 AND 5),
            stress      INTEGER CHECK (stress BETWEEN 1 AND 5),
            strategies  TEXT
        )
        """
    )
    # Partial indexes: the live timeline and the trash never scan each other's rows.
    # Few indexes on purpose: each one is another encrypted page to write per save.
    # The timeline index carries the filter columns, so filtered pages and counts
    # never read an entry's (large, encrypted) row until it is shown.
    db.execute(
        "CREATE INDEX journal_entries_timeline "
        "ON journal_entries(occurred_at DESC, id DESC, kind, day, plan_id) "
        "WHERE deleted_at IS NULL"
    )
    db.execute(
        "CREATE INDEX journal_entries_day ON journal_entries(day, kind) WHERE deleted_at IS NULL"
    )
    db.execute(
        "CREATE INDEX journal_entries_plan ON journal_entries(plan_id, occurred_at DESC) "
        "WHERE plan_id IS NOT NULL"
    )
    db.execute(
        "CREATE INDEX journal_entries_trash ON journal_entries(deleted_at DESC) "
        "WHERE deleted_at IS NOT NULL"
    )
    # Covers the check-in charts entirely, so they never read entry text.
    db.execute(
        "CREATE INDEX journal_checkins ON journal_entries(day, mood, energy, stress) "
        "WHERE kind = 'checkin' AND deleted_at IS NULL"
    )
    # `strategies` copies the picked shielding strategies (a JSON list) out of `fields`.
    db.execute(
        "CREATE INDEX journal_strategies ON journal_entries(day, strategies) "
        "WHERE strategies IS NOT NULL AND deleted_at IS NULL"
    )

    db.execute(
        """
        CREATE TABLE journal_tags (
            id   INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            norm TEXT NOT NULL UNIQUE
        )
        """
    )
    db.execute(
        """
        CREATE TABLE journal_entry_tags (
            entry_id INTEGER NOT NULL REFERENCES journal_entries(id) ON DELETE CASCADE,
            tag_id   INTEGER NOT NULL REFERENCES journal_tags(id) ON DELETE CASCADE,
            PRIMARY KEY (entry_id, tag_id)
        ) WITHOUT ROWID
        """
    )
    db.execute("CREATE INDEX journal_entry_tags_tag ON journal_entry_tags(tag_id, entry_id)")

    db.execute(
        """
        CREATE TABLE journal_drafts (
            key      TEXT    PRIMARY KEY,
            entry_id INTEGER,
            payload  TEXT    NOT NULL,
            revision INTEGER NOT NULL,
            updated  INTEGER NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE journal_templates (
            id         INTEGER PRIMARY KEY,
            definition TEXT    NOT NULL,
            created    INTEGER NOT NULL,
            updated    INTEGER NOT NULL,
            retired_at INTEGER
        )
        """
    )

    db.execute(
        f"""
        CREATE VIRTUAL TABLE journal_fts USING fts5(
            {", ".join(_INDEXED)},
            content = 'journal_entries',
            content_rowid = 'id',
            tokenize = "{TOKENIZER}",
            prefix = '2 3'
        )
        """
    )
    # Words in a title or a tag say more about an entry than the same word in its text.
    db.execute(
        "INSERT INTO journal_fts(journal_fts, rank) VALUES('rank', 'bm25(8.0, 1.0, 1.0, 4.0)')"
    )
    columns = ", ".join(_INDEXED)
    db.execute(
        f"""
        CREATE TRIGGER journal_entries_fts_insert AFTER INSERT ON journal_entries BEGIN
            INSERT INTO journal_fts(rowid, {columns}) VALUES (new.id, {_fts_values("new")});
        END
        """
    )
    db.execute(
        f"""
        CREATE TRIGGER journal_entries_fts_delete AFTER DELETE ON journal_entries BEGIN
            INSERT INTO journal_fts(journal_fts, rowid, {columns})
            VALUES ('delete', old.id, {_fts_values("old")});
        END
        """
    )
    changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in _INDEXED)
    db.execute(
        f"""
        CREATE TRIGGER journal_entries_fts_update
        AFTER UPDATE OF {columns} ON journal_entries
        WHEN {changed}
        BEGIN
            INSERT INTO journal_fts(journal_fts, rowid, {columns})
            VALUES ('delete', old.id, {_fts_values("old")});
            INSERT INTO journal_fts(rowid, {columns}) VALUES (new.id, {_fts_values("new")});
        END
        """
    )
