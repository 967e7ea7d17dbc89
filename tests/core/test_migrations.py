"""The migration runner: forward only, one transaction per step, refuses newer vaults."""

from __future__ import annotations

import pytest

from disclosure_helper import migrations
from disclosure_helper.database import Database
from disclosure_helper.errors import VaultTooNew
from disclosure_helper.migrations import Migration

KEY = b"\x11" * 32


@pytest.fixture
def db(tmp_path):
    database = Database.open(tmp_path, KEY, create=True)
    yield database
    database.close()


def _steps(fail_at: int | None = None) -> list[Migration]:
    def step(n):
        def upgrade(db):
            db.execute(f"CREATE TABLE t{n}(x)")
            if n == fail_at:
                raise RuntimeError("boom")

        return Migration(n, f"v{n:04d}_t{n}", upgrade)

    return [step(n) for n in (1, 2, 3)]


def test_runs_each_step_once_in_order(db):
    assert migrations.migrate(db, _steps()) == 3
    assert db.user_version == 3
    # Running again is a no-op.
    assert migrations.migrate(db, _steps()) == 3
    tables = {r[0] for r in db.query("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"t1", "t2", "t3"} <= tables


def test_continues_from_the_stored_version(db):
    migrations.migrate(db, _steps()[:1])
    assert db.user_version == 1
    migrations.migrate(db, _steps())
    assert db.user_version == 3


def test_failed_step_rolls_back_to_the_previous_version(db):
    with pytest.raises(RuntimeError):
        migrations.migrate(db, _steps(fail_at=2))
    assert db.user_version == 1
    tables = {r[0] for r in db.query("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "t1" in tables and "t2" not in tables


def test_newer_database_is_refused(db):
    db.execute("PRAGMA user_version = 9")
    with pytest.raises(VaultTooNew):
        migrations.migrate(db, _steps())


def test_shipped_migrations_are_numbered_without_gaps():
    found = migrations.discover()
    assert [m.version for m in found] == list(range(1, len(found) + 1))
    assert found[0].name == "v0001_base"


def test_every_shipped_migration_upgrades_from_its_predecessor(tmp_path):
    """Each step applies on top of a vault left at the step before it."""
    shipped = migrations.discover()
    for stop in range(1, len(shipped) + 1):
        folder = tmp_path / f"s{stop}"
        folder.mkdir()
        database = Database.open(folder, KEY, create=True)
        try:
            migrations.migrate(database, shipped[:stop])
            assert database.user_version == stop
            migrations.migrate(database, shipped)
            assert database.user_version == len(shipped)
            assert database.integrity_problems() == []
        finally:
            database.close()
