"""File and folder choosers in one place, so tests can stand in for the person choosing.

Every function returns a Path, or None when the person cancelled.

They leave no trace of where the person saved or looked: Qt's own dialog is used, never
the platform's (GTK's adds every file it saves to `recently-used.xbel`, which any other
program and the desktop's "Recent" list can read), and the folder history Qt's dialog
writes to its shared settings (`QtProject.conf` on Linux) is put back exactly as it was
once the dialog closes. Every dialog starts in the person's Documents folder (or home,
if there is none), never in the folder the app happened to be started from.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from disclosure_helper.backup import SUFFIX as BACKUP_SUFFIX

_QT_SETTINGS_ORG = "QtProject"
_QT_DIALOG_GROUP = "FileDialog"


def documents_dir() -> Path:
    """The person's Documents folder if it exists, else their home folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if found and Path(found).is_dir():
        return Path(found)
    return Path.home()


def default_backup_name(today: date | None = None) -> str:
    """A file name that says what it is and when, and nothing personal."""
    return f"disclosure-helper-backup-{(today or date.today()).isoformat()}{BACKUP_SUFFIX}"


def backup_filter() -> str:
    return QCoreApplication.translate("Dialogs", "Disclosure Helper backups (*%1)").replace(
        "%1", BACKUP_SUFFIX
    )


@contextlib.contextmanager
def leave_no_trace() -> Iterator[None]:
    """Put Qt's shared file-dialog settings back as they were after the block.

    QFileDialog saves its history and last folder when it is destroyed; other Qt apps
    share the same settings, so their own entries are restored rather than wiped.
    """
    settings = QSettings(QSettings.Scope.UserScope, _QT_SETTINGS_ORG)
    file_name = settings.fileName()
    existed = bool(file_name) and Path(file_name).exists()
    settings.beginGroup(_QT_DIALOG_GROUP)
    saved = {key: settings.value(key) for key in settings.allKeys()}
    settings.endGroup()
    del settings
    try:
        yield
    finally:
        settings = QSettings(QSettings.Scope.UserScope, _QT_SETTINGS_ORG)
        settings.remove(_QT_DIALOG_GROUP)
        if saved:
            settings.beginGroup(_QT_DIALOG_GROUP)
            for key, value in saved.items():
                settings.setValue(key, value)
            settings.endGroup()
        settings.sync()
        empty = not settings.allKeys()
        del settings
        if not existed and empty and file_name:
            with contextlib.suppress(OSError):
                Path(file_name).unlink()


def _run(dialog: QFileDialog) -> list[str]:
    import shiboken6

    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    with leave_no_trace():
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            chosen = dialog.selectedFiles() if accepted else []
        finally:
            # Destroyed here, inside the block: that is when Qt writes its history.
            shiboken6.delete(dialog)
    return chosen


def ask_save_path(parent: QWidget | None, title: str, suggested: Path, filters: str) -> Path | None:
    suggested = Path(suggested)
    if not suggested.parent.is_dir():
        suggested = documents_dir() / suggested.name
    dialog = QFileDialog(parent, title, str(suggested.parent), filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.selectFile(suggested.name)
    chosen = _run(dialog)
    return Path(chosen[0]) if chosen else None


def ask_open_path(parent: QWidget | None, title: str, start: Path, filters: str) -> Path | None:
    start = Path(start) if Path(start).is_dir() else documents_dir()
    dialog = QFileDialog(parent, title, str(start), filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    chosen = _run(dialog)
    return Path(chosen[0]) if chosen else None


def ask_folder(parent: QWidget | None, title: str, start: Path) -> Path | None:
    start = Path(start) if Path(start).is_dir() else documents_dir()
    dialog = QFileDialog(parent, title, str(start))
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    chosen = _run(dialog)
    return Path(chosen[0]) if chosen else None
