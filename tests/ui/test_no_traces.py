"""Nothing leaked, through the real widgets: the clipboard and X11's PRIMARY selection,
the recovery code as a secret, file dialogs that record nothing, a private printed PDF,
and an app process that cannot dump core."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from disclosure_helper.ui import dialogs
from disclosure_helper.ui.recovery import RecoveryCodePanel
from tests.ui.helpers import when_dialog_opens

ROOT = Path(__file__).resolve().parents[2]
CODE = "ABCD-EFGH-JKMN-PQRS-TWXY-Z234-5678"


@pytest.fixture
def panel(qtbot, unlocked_ctx):
    widget = RecoveryCodePanel(unlocked_ctx)
    qtbot.addWidget(widget)
    widget.set_code(CODE)
    widget.show()
    return widget


def test_copied_recovery_code_is_marked_secret_and_cleared_after_a_while(
    qtbot, panel, unlocked_ctx
):
    clipboard = QGuiApplication.clipboard()
    unlocked_ctx.secret_clear_ms = 300  # 30 seconds in the app; short here
    panel.copy_button.click()
    assert clipboard.text() == CODE
    marks = clipboard.mimeData().formats()
    if sys.platform.startswith("linux"):
        assert clipboard.mimeData().data("x-kde-passwordManagerHint").data() == b"secret"
    assert len(marks) >= 2
    assert "seconds" in panel.status.text()
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=5000)


def test_a_secret_the_person_replaced_is_not_cleared(qtbot, panel, unlocked_ctx, monkeypatch):
    from PySide6.QtCore import Qt

    clipboard = QGuiApplication.clipboard()
    unlocked_ctx.secret_clear_ms = 300
    panel.copy_button.click()
    monkeypatch.setattr(QGuiApplication, "applicationState",
                        staticmethod(lambda: Qt.ApplicationState.ApplicationInactive))
    clipboard.setText("a shopping list copied in another app")
    qtbot.wait(600)
    assert clipboard.text() == "a shopping list copied in another app"


_PRIMARY_SCRIPT = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from PySide6.QtGui import QClipboard, QGuiApplication
    from PySide6.QtWidgets import QApplication, QLineEdit
    from disclosure_helper.kdf import KdfParams
    from disclosure_helper.keystore import MemoryKeyStore
    from disclosure_helper.ui.context import AppContext
    from disclosure_helper.vault import Vault

    app = QApplication(["test"])
    ctx = AppContext(Path(sys.argv[1]), keystore=MemoryKeyStore(), kdf=KdfParams(1, 1024, 1))
    ctx.set_vault(Vault.create(ctx.data_dir, "a calm blue lake at dawn",
                               kdf=KdfParams(1, 1024, 1), keystore=ctx.keystore))
    ctx.announce_unlocked()
    field = QLineEdit("what my manager said in supervision")
    field.show()
    field.selectAll()
    clipboard = QGuiApplication.clipboard()
    # Selecting text in an X11 window puts it in PRIMARY (pasted with the middle button).
    clipboard.setText(field.selectedText(), QClipboard.Mode.Selection)
    for _ in range(20):
        app.processEvents()
    before = [clipboard.supportsSelection(), clipboard.ownsSelection(),
              clipboard.text(QClipboard.Mode.Selection)]
    ctx.lock_now()
    for _ in range(20):
        app.processEvents()
    after = [clipboard.ownsSelection(), clipboard.text(QClipboard.Mode.Selection)]
    ctx.shutdown()
    print(json.dumps({"before": before, "after": after}))
""")


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="needs Xvfb for a real X11 selection")
def test_primary_selection_is_cleared_on_lock_under_x11(tmp_path):
    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "800x600x24",
                             "-nolisten", "tcp"], pass_fds=(write,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            display = pipe.readline().strip()
        env = {**os.environ, "DISPLAY": f":{display}", "QT_QPA_PLATFORM": "xcb"}
        env.pop("WAYLAND_DISPLAY", None)
        out = subprocess.run([sys.executable, "-c", _PRIMARY_SCRIPT, str(tmp_path / "data")],
                             capture_output=True, text=True, timeout=120, env=env, cwd=ROOT)
        if out.returncode != 0 and "xcb" in out.stderr and "could not" in out.stderr.lower():
            pytest.skip("Qt's xcb platform cannot start here (missing X libraries)")
        assert out.returncode == 0, out.stderr
        result = json.loads(out.stdout.strip().splitlines()[-1])
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=30)
    assert result["before"] == [True, True, "what my manager said in supervision"]
    assert result["after"] == [False, ""]


# -- file dialogs --------------------------------------------------------------------------


@pytest.fixture
def qt_settings_home(tmp_path):
    """Qt's shared settings (QtProject.conf) go to a folder of this test's own."""
    home = tmp_path / "config"
    home.mkdir()
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(home))
    yield home
    default = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, default)


def _files_under(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): p.read_text(errors="replace")
            for p in folder.rglob("*") if p.is_file()}


def test_save_dialog_records_nothing_and_is_qt_own(qtbot, qt_settings_home, tmp_path):
    exports = tmp_path / "Private exports"
    exports.mkdir()
    seen = {}

    def choose(dialog: QFileDialog) -> None:
        seen["native"] = not dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        seen["start"] = dialog.directory().absolutePath()
        dialog.setDirectory(str(exports))
        dialog.selectFile(str(exports / "my-plan.pdf"))
        dialog.accept()

    when_dialog_opens(QFileDialog, choose)
    chosen = dialogs.ask_save_path(None, "Save", tmp_path / "plan.pdf", "PDF files (*.pdf)")
    assert chosen == exports / "my-plan.pdf"
    assert seen["native"] is False
    assert seen["start"] == str(tmp_path)
    written = _files_under(qt_settings_home)
    assert not any("Private exports" in text for text in written.values()), written
    assert written == {}


def test_dialog_keeps_other_apps_qt_settings_as_they_were(qtbot, qt_settings_home, tmp_path):
    theirs = QSettings(QSettings.Scope.UserScope, "QtProject")
    theirs.setValue("FileDialog/lastVisited", "file:///home/someone/Their%20own%20folder")
    theirs.setValue("Other/keep", "yes")
    theirs.sync()
    del theirs
    before = _files_under(qt_settings_home)

    def choose(dialog: QFileDialog) -> None:
        dialog.selectFile(str(tmp_path / "mine.txt"))
        dialog.accept()

    when_dialog_opens(QFileDialog, choose)
    dialogs.ask_save_path(None, "Save", tmp_path / "x.txt", "Text files (*.txt)")
    after = _files_under(qt_settings_home)
    assert str(tmp_path) not in "".join(after.values())
    check = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert check.value("FileDialog/lastVisited") == "file:///home/someone/Their%20own%20folder"
    assert check.value("Other/keep") == "yes"
    assert set(after) == set(before)


def test_journal_export_asks_through_the_shared_dialogs(qtbot, unlocked_ctx, monkeypatch):
    from disclosure_helper.ui.journal.export import ExportDialog

    asked = {}

    def fake(parent, title, suggested, filters):
        asked["suggested"] = suggested
        return None

    monkeypatch.setattr(dialogs, "ask_save_path", fake)
    dialog = ExportDialog(unlocked_ctx, [], lambda: [])
    qtbot.addWidget(dialog)
    dialog.choose_file()
    assert asked["suggested"].parent == dialogs.documents_dir()


# -- printing to a file ----------------------------------------------------------------------


def test_printing_the_recovery_code_to_pdf_is_private_and_says_where(
    qtbot, panel, tmp_path, monkeypatch
):
    from PySide6.QtPrintSupport import QPrinter

    target = tmp_path / "recovery code.pdf"
    monkeypatch.setattr(os, "umask", os.umask)  # the test's umask is the usual 022

    def printer_to_file(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return printer

    monkeypatch.setattr(RecoveryCodePanel, "ask_printer", printer_to_file)
    panel.print_button.click()
    assert target.read_bytes().startswith(b"%PDF")
    assert target.stat().st_mode & 0o777 == 0o600
    assert str(target) in panel.status.text()
    assert "printer" not in panel.status.text()


# -- the process ---------------------------------------------------------------------------


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc (Linux)")
def test_the_app_starts_with_core_dumps_off(tmp_path):
    code = textwrap.dedent("""
        import json, sys
        from disclosure_helper.memory import is_dumpable
        from disclosure_helper.ui import app

        def report():
            limits = open("/proc/self/limits").read()
            core = next(line for line in limits.splitlines() if "core" in line.lower())
            print(json.dumps({"core": core.split()[4:6], "dumpable": is_dumpable()}))
            return 0

        app.QCoreApplication.exec = staticmethod(report)
        sys.exit(app.main(["--data-dir", sys.argv[1]]))
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "data")],
                         capture_output=True, text=True, timeout=120, env=env, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result == {"core": ["0", "0"], "dumpable": False}
