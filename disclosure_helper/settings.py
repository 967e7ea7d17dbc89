"""Preferences stored inside the vault (everything that may say something personal)."""

from __future__ import annotations

import json
from typing import Any


class SettingsRepository:
    """JSON values by key, e.g. auto-lock minutes or the last backup time."""

    def __init__(self, db) -> None:
        self._db = db

    def get(self, key: str, default: Any = None) -> Any:
        raw = self._db.scalar("SELECT value FROM settings WHERE key = ?", (key,))
        return default if raw is None else json.loads(raw)

    def set(self, key: str, value: Any) -> None:
        with self._db.transaction():
            self._db.execute(
                "INSERT INTO settings(key, value) VALUES(?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value)),
            )

    def delete(self, key: str) -> None:
        with self._db.transaction():
            self._db.execute("DELETE FROM settings WHERE key = ?", (key,))

    def all(self) -> dict[str, Any]:
        return {k: json.loads(v) for k, v in self._db.query("SELECT key, value FROM settings")}
