"""File and folder choosers in one place, so tests can stand in for the person choosing.

Every function returns a Path, or None when the person cancelled.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from disclosure_helper.backup import SUFFIX as BACKUP_SUFFIX


def documents_dir() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def default_backup_name(today: date | None = None) -> str:
    """A file name that says what it is and when, and nothing personal."""
    return f"disclosure-helper-backup-{(today or date.today()).isoformat()}{BACKUP_SUFFIX}"


def backup_filter() -> str:
    return QCoreApplication.translate("Dialogs", "Disclosure Helper backups (*%1)").replace(
        "%1", BACKUP_SUFFIX
    )


def ask_save_path(parent: QWidget | None, title: str, suggested: Path, filters: str) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    return Path(chosen) if chosen else None


def ask_open_path(parent: QWidget | None, title: str, start: Path, filters: str) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(parent, title, str(start), filters)
    return Path(chosen) if chosen else None


def ask_folder(parent: QWidget | None, title: str, start: Path) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, title, str(start))
    return Path(chosen) if chosen else None
