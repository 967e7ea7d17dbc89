"""Desktop integration checked by the real tools: the desktop entry, the AppStream data,
the backup file type, the icons, and the script that adds the app to a person's menu."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.disclosurehelper.DisclosureHelper"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}.mime.xml"
ICONS = ROOT / "resources" / "icons" / "app"

sys.path.insert(0, str(ROOT / "packaging"))
import build_bundle  # noqa: E402


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed and could not be (make test installs it with "
                    "apt-get as root)")
    return found


def test_desktop_entry_passes_desktop_file_validate():
    out = subprocess.run([_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True,
                         text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.strip() == ""  # not even a hint


def test_metainfo_passes_appstreamcli_validate():
    out = subprocess.run([_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


def test_entry_metainfo_file_type_and_app_agree():
    from disclosure_helper.ui import branding

    entry = dict(line.split("=", 1) for line in DESKTOP.read_text().splitlines() if "=" in line)
    component = ET.parse(METAINFO).getroot()
    mime = ET.parse(MIME).getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime_type = mime.find("m:mime-type", ns).get("type")
    assert component.findtext("id") == APP_ID == branding.DESKTOP_ID
    assert component.findtext("launchable") == DESKTOP.name
    assert entry["Icon"] == APP_ID
    assert entry["MimeType"] == f"{mime_type};"
    assert component.findtext("provides/mediatype") == mime_type
    assert entry["Exec"] == "disclosure-helper %f"  # a double-clicked file is passed on
    assert mime.find("m:mime-type/m:glob", ns).get("pattern") == "*.dhbackup"


def test_metainfo_screenshots_come_from_the_tour_and_are_in_the_repository():
    images = [el.text for el in ET.parse(METAINFO).getroot().iter("image")]
    assert len(images) >= 3
    for url in images:
        assert url.startswith("https://")
        shot = ROOT / "packaging" / "screenshots" / url.rsplit("/", 1)[1]
        assert shot.is_file(), shot
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_backup_files_are_recognised_by_name_and_by_content(tmp_path):
    from disclosure_helper.backup import MAGIC, SUFFIX

    update = _tool("update-mime-database")
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME, packages / f"{APP_ID}.xml")
    out = subprocess.run([update, str(tmp_path / "mime")], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    globs = (tmp_path / "mime" / "globs2").read_text()
    assert f"application/x-disclosure-helper-backup:*{SUFFIX}" in globs
    magic = (tmp_path / "mime" / "magic").read_bytes()
    assert MAGIC in magic


def test_icons_come_in_every_size_from_one_svg():
    from PySide6.QtGui import QImage

    svg = (ICONS / "disclosure-helper.svg").read_text()
    assert "<svg" in svg and "viewBox" in svg
    for size in build_bundle.ICON_SIZES:
        image = QImage(str(ICONS / f"disclosure-helper-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()


def test_licence_is_the_full_gpl_and_the_about_screen_shows_the_same_text():
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith(" " * 20 + "GNU GENERAL PUBLIC LICENSE")
    assert "Version 3, 29 June 2007" in licence and "END OF TERMS AND CONDITIONS" in licence
    assert (ROOT / "resources" / "licences" / "GPL-3.0.txt").read_text(encoding="utf-8") \
        == licence
    assert 'license = "GPL-3.0-or-later"' in (ROOT / "pyproject.toml").read_text()


def test_changelog_names_this_version():
    from disclosure_helper import __version__

    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(rf"^## \[?{re.escape(__version__)}\]?", changelog, re.MULTILINE)


def _fake_bundle(folder: Path) -> Path:
    """A folder laid out as the bundle is, with a stand-in program."""
    folder.mkdir(parents=True)
    program = folder / "disclosure-helper"
    program.write_text("#!/bin/sh\nexit 0\n")
    program.chmod(0o755)
    build_bundle.add_linux_integration(folder)
    return folder


def test_add_to_menu_installs_a_valid_entry_for_a_folder_with_awkward_characters(tmp_path):
    validate = _tool("desktop-file-validate")
    folder = _fake_bundle(tmp_path / 'My Apps' / 'Disclosure "Helper" $1')
    data = tmp_path / "data"
    env = dict(os.environ, XDG_DATA_HOME=str(data), HOME=str(tmp_path))
    out = subprocess.run(["sh", str(folder / "add-to-menu.sh")], capture_output=True,
                         text=True, env=env)
    assert out.returncode == 0, out.stderr
    installed = data / "applications" / f"{APP_ID}.desktop"
    check = subprocess.run([validate, str(installed)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout
    lines = installed.read_text().splitlines()
    exec_line = next(line for line in lines if line.startswith("Exec="))
    assert exec_line == ('Exec="' + str(folder).replace('"', '\\\\"').replace("$", "\\\\$")
                         + '/disclosure-helper" %f')
    assert (data / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (data / "mime" / "packages" / f"{APP_ID}.xml").is_file()

    out = subprocess.run(["sh", str(folder / "add-to-menu.sh"), "--remove"],
                         capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    assert not installed.exists()
    assert not (data / "mime" / "packages" / f"{APP_ID}.xml").exists()
