"""`pip install .` (not editable) into a fresh virtual environment: the installed
`disclosure-helper` starts and finds all its content, fonts, styles and sections.

Only the app itself is installed into the new environment; its dependencies are the ones
this test run already has, reached through a .pth line, so the test needs no download
of Qt and takes seconds. What it proves is the app's own packaging: that setup.py maps
ui/ and resources/ into disclosure_helper with every data file.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.timeout(600)
def test_pip_install_then_the_launcher_starts_and_finds_everything(tmp_path):
    venv = tmp_path / "fresh venv"
    # Without its own pip (the test run's pip installs into it): seconds, not half a minute.
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    bin_dir = venv / ("Scripts" if sys.platform == "win32" else "bin")
    python = bin_dir / "python"
    site = Path(subprocess.check_output(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        text=True).strip())
    (site / "zz-test-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    # The build backend (setuptools, a test dependency) comes through the .pth line too.
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet",
         "--no-deps", "--no-build-isolation", str(ROOT)],
        capture_output=True, text=True, cwd=tmp_path, timeout=400,
    )
    assert install.returncode == 0, install.stderr

    # Installed as a regular package: the three folders under disclosure_helper only.
    package = site / "disclosure_helper"
    assert (package / "ui" / "navigation.py").is_file()
    assert (package / "resources" / "fonts" / "AtkinsonHyperlegible-Regular.ttf").is_file()
    assert (package / "resources" / "content" / "en" / "about.toml").is_file()
    assert (package / "resources" / "licences" / "GPL-3.0.txt").is_file()
    assert not (site / "ui").exists() and not (site / "resources").exists()

    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.pop("DISCLOSURE_HELPER_DATA_DIR", None)
    where = subprocess.run([str(python), "-c", "import disclosure_helper; "
                            "print(disclosure_helper.__file__)"],
                           capture_output=True, text=True, cwd=tmp_path, env=env, check=True)
    assert Path(where.stdout.strip()).parent == package  # not this checkout

    out = subprocess.run(
        [str(bin_dir / "disclosure-helper"), "-platform", "offscreen", "-reverse",
         "--self-test", "--data-dir", str(tmp_path / "data")],
        capture_output=True, text=True, cwd=tmp_path, env=env, timeout=300,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == "shown: firstrun"
    assert "direction: right-to-left" in lines  # -reverse reached Qt
    assert "self-test: ok" in lines
