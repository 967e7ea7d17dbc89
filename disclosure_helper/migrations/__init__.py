"""Forward-only schema migrations, tracked with PRAGMA user_version.

Each feature adds a module `vNNNN_<name>.py` here with `upgrade(db)`; the number
is the schema version it produces. Every migration runs inside one transaction,
so a crash leaves the vault at the previous version, never half-migrated.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from disclosure_helper.errors import VaultCorrupt, VaultTooNew

_NAME = re.compile(r"^v(\d{4})_[a-z0-9_]+$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    upgrade: Callable


def discover() -> list[Migration]:
    found = []
    for info in pkgutil.iter_modules(__path__):
        match = _NAME.match(info.name)
        if not match:
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        found.append(Migration(int(match.group(1)), info.name, module.upgrade))
    found.sort(key=lambda m: m.version)
    expected = list(range(1, len(found) + 1))
    if [m.version for m in found] != expected:
        raise VaultCorrupt("The app's schema steps are out of order. Please reinstall the app.")
    return found


def latest_version(migrations: Sequence[Migration] | None = None) -> int:
    migrations = discover() if migrations is None else migrations
    return migrations[-1].version if migrations else 0


def migrate(db, migrations: Sequence[Migration] | None = None) -> int:
    """Bring `db` up to the newest schema; returns the version it ends at."""
    migrations = discover() if migrations is None else migrations
    current = db.user_version
    newest = latest_version(migrations)
    if current > newest:
        raise VaultTooNew()
    for migration in migrations:
        if migration.version <= current:
            continue
        with db.transaction():
            migration.upgrade(db)
            db.execute(f"PRAGMA user_version = {int(migration.version)}")
    return db.user_version
