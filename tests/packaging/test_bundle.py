"""The bundle a person downloads: built from the spec, unpacked from its one archive, and
started as they would start it, with no Python or checkout behind it.

Building takes about two minutes, so it happens once per state of the sources, and out of
the way: `build_bundle.build(..., reuse=True)` keeps the build in build/bundle-test with a
digest of every source file and tool version and rebuilds only when that digest changes,
and conftest.py starts that build in the background as soon as this file is collected,
so it runs on the second core while the core and UI tests before it run on the first.
On CI's fresh clone that is one build per run, mostly hidden; on a developer's machine,
one per change to the app. Every run still unpacks the archive and starts it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import build_bundle  # noqa: E402

from tests.packaging.conftest import wait_for_background_build  # noqa: E402

CACHE = ROOT / "build" / "bundle-test"


def _budgets() -> dict[str, float]:
    text = (ROOT / "benchmarks" / "NOTES.md").read_text(encoding="utf-8")
    return {m.group(1): float(m.group(2))
            for m in re.finditer(r"^(bundle-[a-z-]+-budget-mib): *([\d.]+)", text, re.M)}


@pytest.fixture(scope="module")
def unpacked(tmp_path_factory) -> tuple[build_bundle.Bundle, Path]:
    if not sys.platform.startswith("linux"):
        pytest.skip("this test checks the Linux bundle; Windows and macOS are built by "
                    ".github/workflows/bundle.yml")
    if shutil.which("objdump") is None:
        pytest.skip("objdump (Debian's binutils) is missing and could not be installed; "
                    "PyInstaller needs it to read the libraries it bundles")
    try:
        build_bundle.ensure_pyinstaller()
    except RuntimeError as exc:
        pytest.skip(str(exc))
    wait_for_background_build()  # started at collection (conftest.py), on the other core
    bundle = build_bundle.build(CACHE, reuse=True, log=lambda text: print(text))
    target = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(bundle.archive) as tar:
        tar.extractall(target, filter="tar")
    return bundle, target / build_bundle.FOLDER_NAME


def _env() -> dict[str, str]:
    # No QT_QPA_PLATFORM: -platform offscreen on the command line must reach Qt.
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.pop("DISCLOSURE_HELPER_DATA_DIR", None)
    return env


@pytest.mark.timeout(1800)
def test_the_archive_holds_one_folder_to_double_click(unpacked):
    _bundle, folder = unpacked
    program = folder / build_bundle.PROGRAM
    assert program.is_file() and os.access(program, os.X_OK)
    assert 'To start: double-click "disclosure-helper"' in (folder / "README.txt").read_text()
    assert (folder / "LICENSE").is_file()
    assert os.access(folder / "add-to-menu.sh", os.X_OK)
    share = folder / "share"
    assert (share / "applications" / f"{build_bundle.APP_ID}.desktop").is_file()
    assert (share / "metainfo" / f"{build_bundle.APP_ID}.metainfo.xml").is_file()
    assert (share / "mime" / "packages" / f"{build_bundle.APP_ID}.xml").is_file()
    internal = folder / "_internal"
    # What the spec leaves out stays out.
    # Of Qt's own catalogues only qtbase, in the languages the app speaks (its dialogs'
    # buttons), and the app's own catalogues ship.
    qt_catalogues = {p.name for p in internal.rglob("qt*_*.qm")}
    assert "qtbase_en.qm" in qt_catalogues and "qtbase_es.qm" in qt_catalogues
    assert qt_catalogues <= {"qtbase_en.qm", "qtbase_es.qm"}, "other Qt translations came back"
    assert list(internal.rglob("disclosure_helper_en.qm"))
    assert not list(internal.rglob("libgtk-3*")), "the GTK stack came back"
    assert not list(internal.rglob("libQt6Network*")), "Qt's network module came back"
    plugins = {p.parent.name for p in (internal / "PySide6" / "Qt" / "plugins").rglob("*.so")}
    assert "platforms" in plugins and "tls" not in plugins and "sqldrivers" not in plugins


@pytest.mark.timeout(600)
def test_version_prints_and_exits(unpacked):
    _bundle, folder = unpacked
    out = subprocess.run([str(folder / build_bundle.PROGRAM), "--version"],
                         capture_output=True, text=True, timeout=120, env=_env())
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"Disclosure Helper {build_bundle.version()}"


@pytest.mark.timeout(600)
def test_a_fresh_data_folder_starts_at_the_welcome_with_every_part_found(unpacked, tmp_path):
    _bundle, folder = unpacked
    data = tmp_path / "new data folder"
    out = subprocess.run([str(folder / build_bundle.PROGRAM), "-platform", "offscreen",
                          "--self-test", "--data-dir", str(data)],
                         capture_output=True, text=True, timeout=300, env=_env())
    assert out.returncode == 0, out.stdout + out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == "shown: firstrun"
    assert "self-test: ok" in lines
    assert "sections: 7" in lines
    assert any(line.startswith("libraries: SQLCipher 4") for line in lines)
    # A first start writes nothing until the person has chosen a passphrase.
    assert not data.exists() or not any(data.iterdir())


@pytest.mark.timeout(600)
def test_the_bundle_stays_within_its_size_budget(unpacked):
    bundle, _folder = unpacked
    budgets = _budgets()
    folder_mib = build_bundle.folder_size(bundle.folder) / 2**20
    archive_mib = bundle.archive.stat().st_size / 2**20
    print(f"bundle: folder {folder_mib:.1f} MiB, archive {archive_mib:.1f} MiB")
    assert folder_mib <= budgets["bundle-folder-budget-mib"]
    assert archive_mib <= budgets["bundle-archive-budget-mib"]
