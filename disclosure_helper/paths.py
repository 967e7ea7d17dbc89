"""Where the vault lives: the platform data folder, an env variable, or --data-dir."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

ENV_VAR = "DISCLOSURE_HELPER_DATA_DIR"

# The files whose presence makes a folder a vault, even a damaged one: the key file, its
# previous copy and the database (named again in keyslots.py and database.py; vault.py
# checks they agree). Here so the app's first screen can tell first run from a returning
# person without loading the vault's code.
VAULT_FILE_NAMES = ("keyslots.json", "keyslots.json.previous", "vault.db")


def default_data_dir() -> Path:
    import platformdirs  # only here: --data-dir and the environment need none of it

    return Path(platformdirs.user_data_dir("DisclosureHelper", appauthor=False, roaming=False))


def resolve_data_dir(cli_value: str | os.PathLike | None = None) -> Path:
    """--data-dir wins, then the environment (portable use from a USB stick), then the default."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


def holds_vault(folder: str | os.PathLike) -> bool:
    """True when the folder holds a vault (even a damaged one)."""
    folder = Path(folder)
    return any((folder / name).exists() for name in VAULT_FILE_NAMES)


def resource_root() -> Path | Traversable:
    """The app's own files (disclosure_helper.resources: content, styles, icons, fonts,
    translations). A plain path wherever they are on disk (installed, a source checkout,
    the bundle), found without importlib.resources, whose import is a noticeable part of
    the app's start; importlib.resources' view where they are not (a zip)."""
    import importlib

    package = importlib.import_module("disclosure_helper.resources")
    here = Path(package.__file__ or "").parent
    if package.__file__ and here.is_dir():
        return here
    from importlib import resources

    return resources.files(package)
