"""Small helpers shared by the core tests."""

from __future__ import annotations

import hashlib
from pathlib import Path


def snapshot_files(folder: Path) -> dict[str, str]:
    """Map every file under `folder` to a hash of its bytes, to prove nothing changed."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(Path(folder).rglob("*"))
        if p.is_file()
    }
