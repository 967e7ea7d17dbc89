"""The app's own files: content, styles, icons, fonts and translations."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


def root() -> Path | Traversable:
    """This folder. A plain path wherever the files are on disk (installed, a source
    checkout, the bundle), found without importlib.resources, whose import is a noticeable
    part of the app's start; importlib.resources' view where they are not (a zip)."""
    here = Path(__file__).parent
    if here.is_dir():
        return here
    from importlib import resources

    return resources.files(__name__)
