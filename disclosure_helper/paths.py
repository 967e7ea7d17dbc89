"""Where the vault lives: the platform data folder, an env variable, or --data-dir."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_VAR = "DISCLOSURE_HELPER_DATA_DIR"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("DisclosureHelper", appauthor=False, roaming=False))


def resolve_data_dir(cli_value: str | os.PathLike | None = None) -> Path:
    """--data-dir wins, then the environment (portable use from a USB stick), then the default."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()
