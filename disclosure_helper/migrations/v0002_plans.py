"""Schema 2: disclosure plans, their step answers, decision history, SURE checks, follow-ups.

Step answers are one JSON object per (plan, step) with a format number, so new
questions in later versions need no schema change and old answers are never lost.

Plan ids use AUTOINCREMENT so an id is never reused after a delete: other tables
(the journal) hold a plan id as a plain number with no foreign key, so after a delete
the link points at nothing (shown as gone) and can never point at a different plan.
"""


def upgrade(db) -> None:
    db.execute(
        """
        CREATE TABLE plans (
            id          INTEGER PRIMARY KEY AUTOINCREMENT,
            title       TEXT NOT NULL,
            situation   TEXT NOT NULL,
            region      TEXT NOT NULL,
            decision    TEXT NOT NULL DEFAULT 'undecided',
            revisit_on  TEXT,
            next_steps  TEXT NOT NULL DEFAULT '',
            created     TEXT NOT NULL,
            updated     TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX plans_by_updated ON plans(updated)")
    db.execute(
        """
        CREATE TABLE plan_answers (
            plan_id  INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            step     TEXT NOT NULL,
            format   INTEGER NOT NULL DEFAULT 1,
            answers  TEXT NOT NULL,
            updated  TEXT NOT NULL,
            PRIMARY KEY (plan_id, step)
        ) WITHOUT ROWID
        """
    )
    db.execute(
        """
        CREATE TABLE plan_decisions (
            id          INTEGER PRIMARY KEY,
            plan_id     INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            decision    TEXT NOT NULL,
            revisit_on  TEXT,
            note        TEXT NOT NULL DEFAULT '',
            changed_at  TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX plan_decisions_by_plan ON plan_decisions(plan_id, id)")
    db.execute(
        """
        CREATE TABLE plan_sure_checks (
            id             INTEGER PRIMARY KEY,
            plan_id        INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            sure           INTEGER,
            understand     INTEGER,
            risk_benefit   INTEGER,
            encouragement  INTEGER,
            checked_at     TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX plan_sure_checks_by_plan ON plan_sure_checks(plan_id, id)")
    db.execute(
        """
        CREATE TABLE plan_followups (
            id           INTEGER PRIMARY KEY,
            plan_id      INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            happened_on  TEXT,
            format       INTEGER NOT NULL DEFAULT 1,
            answers      TEXT NOT NULL,
            created      TEXT NOT NULL,
            updated      TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX plan_followups_by_plan ON plan_followups(plan_id, id)")
