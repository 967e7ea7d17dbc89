"""Build the app bundle a person unpacks and double-clicks (`make bundle`).

    .venv/bin/python packaging/build_bundle.py [--out DIR] [--reuse]

1. Installs the app non-editably into a staging folder (exactly what `pip install .`
   installs), so the bundle never depends on this checkout's layout.
2. Runs PyInstaller 6 on packaging/disclosure-helper.spec (one folder, no ad-hoc flags).
3. Adds the desktop integration files (Linux) and the licence, then writes one
   compressed archive beside the folder: .tar.gz on Linux (it keeps the program's
   executable bit, so a double-click works after unpacking), .zip elsewhere.

`--reuse` skips the build when the folder was built from the same sources, PyInstaller
and Qt versions (a key stored beside it), which the test suite uses to build once.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "disclosure-helper.spec"
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.disclosurehelper.DisclosureHelper"
PROGRAM = "disclosure-helper"
FOLDER_NAME = "DisclosureHelper"
MAC_APP = "Disclosure Helper.app"  # the name BUNDLE gives it in the spec
PYINSTALLER = "pyinstaller>=6.10,<7"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# What the bundle is made of; a change to any of these means a new build.
SOURCES = ("disclosure_helper", "ui", "resources", "packaging", "setup.py", "pyproject.toml",
           "LICENSE")
KEY_FILE = "build-key.txt"


@dataclass(frozen=True)
class Bundle:
    folder: Path  # the one-folder app: the program, _internal/, share/
    archive: Path  # the compressed archive beside it
    program: Path  # what a person double-clicks
    built: bool  # False when an earlier build was reused


def version() -> str:
    text = (ROOT / "disclosure_helper" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__ = "([^"]+)"', text).group(1)


def platform_tag() -> str:
    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform,
                                                                         sys.platform)
    return f"{system}-{platform.machine().lower()}"


def archive_name() -> str:
    suffix = ".tar.gz" if sys.platform.startswith("linux") else ".zip"
    return f"{FOLDER_NAME}-{version()}-{platform_tag()}{suffix}"


def source_key() -> str:
    """A digest of every source file and of the tools that turn them into the bundle."""
    digest = hashlib.sha256()
    for name in SOURCES:
        path = ROOT / name
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if "__pycache__" in file.parts or file.suffix == ".pyc":
                continue
            digest.update(str(file.relative_to(ROOT)).encode())
            digest.update(file.read_bytes())
    for dist in ("pyinstaller", "pyinstaller-hooks-contrib", "PySide6-Essentials"):
        try:
            digest.update(f"{dist}={importlib.metadata.version(dist)}".encode())
        except importlib.metadata.PackageNotFoundError:
            digest.update(f"{dist}=none".encode())
    digest.update(sys.version.encode())
    return digest.hexdigest()


def ensure_pyinstaller() -> None:
    """Install PyInstaller into this environment when it is missing (RuntimeError if not)."""
    try:
        import PyInstaller  # noqa: F401
        return
    except ImportError:
        pass
    result = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", PYINSTALLER],
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError("PyInstaller could not be installed: "
                           + (result.stderr.strip().splitlines() or ["no message"])[-1])


def stage(work: Path) -> Path:
    """`pip install .` (not editable, no dependencies) into a folder of its own."""
    target = work / "stage"
    shutil.rmtree(target, ignore_errors=True)
    # setuptools builds in the source tree: files left in build/lib by an earlier build
    # (of since-deleted sources) would otherwise be installed too.
    shutil.rmtree(ROOT / "build" / "lib", ignore_errors=True)
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
                    "--no-compile", "--target", str(target), str(ROOT)], check=True)
    shutil.rmtree(ROOT / "build" / "lib", ignore_errors=True)
    return target


def run_pyinstaller(staged: Path, dist: Path, work: Path) -> Path:
    env = dict(os.environ, DH_BUNDLE_STAGE=str(staged), DH_VERSION=version())
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work / "pyinstaller"),
                    str(SPEC)], check=True, env=env)
    return dist / PROGRAM


def add_linux_integration(folder: Path) -> None:
    """The desktop entry, icons, file type and AppStream data, in the usual share/ layout,
    and the script that adds them to the person's menu."""
    share = folder / "share"
    icons = ROOT / "resources" / "icons" / "app"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    shutil.copy2(LINUX / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    (share / "metainfo").mkdir(exist_ok=True)
    shutil.copy2(LINUX / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml")
    (share / "mime" / "packages").mkdir(parents=True, exist_ok=True)
    shutil.copy2(LINUX / f"{APP_ID}.mime.xml", share / "mime" / "packages" / f"{APP_ID}.xml")
    for size in ICON_SIZES:
        dest = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        dest.mkdir(parents=True, exist_ok=True)
        shutil.copy2(icons / f"{PROGRAM}-{size}.png", dest / f"{APP_ID}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(icons / f"{PROGRAM}.svg", scalable / f"{APP_ID}.svg")
    script = folder / "add-to-menu.sh"
    shutil.copy2(LINUX / "add-to-menu.sh", script)
    script.chmod(0o755)


README = """Disclosure Helper {version}

To start: double-click "{program}" in this folder.

Your vault is kept in your own data folder, not in this one, so you can replace this
folder with a newer version at any time. To add the app to your applications menu, and
have backups (.dhbackup) open in it when double-clicked, run add-to-menu.sh in this
folder once (on Linux). The licence is in LICENSE.
"""


def write_archive(folder: Path, archive: Path) -> None:
    archive.unlink(missing_ok=True)
    partial = archive.with_name(archive.name + ".partial")
    if archive.name.endswith(".tar.gz"):
        # compresslevel 6: nearly as small as 9, in half the time.
        with tarfile.open(partial, "w:gz", compresslevel=6) as tar:
            tar.add(folder, arcname=FOLDER_NAME)
    elif sys.platform == "darwin":
        # ditto keeps the .app's symlinks and executable bits, which zipfile would drop.
        subprocess.run(["ditto", "-c", "-k", "--keepParent", str(folder), str(partial)],
                       check=True)
    else:
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            for path in sorted(folder.rglob("*")):
                zf.write(path, Path(FOLDER_NAME) / path.relative_to(folder))
    partial.replace(archive)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build(out: Path, reuse: bool = False, log=print) -> Bundle:
    out = out.resolve()
    key = source_key()
    folder = out / PROGRAM
    archive = out / archive_name()
    program = folder / (f"{PROGRAM}.exe" if sys.platform == "win32" else PROGRAM)
    if sys.platform == "darwin":  # the spec's BUNDLE step wraps the folder as an .app
        folder = out / MAC_APP
        program = folder / "Contents" / "MacOS" / PROGRAM
    if reuse and archive.is_file() and program.is_file() and \
            (out / KEY_FILE).is_file() and (out / KEY_FILE).read_text() == key:
        log(f"Reusing the bundle in {out} (built from these same sources).")
        return Bundle(folder, archive, program, built=False)
    ensure_pyinstaller()
    started = time.monotonic()
    (out / KEY_FILE).unlink(missing_ok=True)
    work = out / "work"
    work.mkdir(parents=True, exist_ok=True)
    staged = stage(work)
    shutil.rmtree(folder, ignore_errors=True)
    run_pyinstaller(staged, out, work)
    if sys.platform != "darwin":  # an .app keeps its own layout; the licence is in About
        shutil.copy2(ROOT / "LICENSE", folder / "LICENSE")
        (folder / "README.txt").write_text(
            README.format(version=version(), program=program.name), encoding="utf-8")
    if sys.platform.startswith("linux"):
        add_linux_integration(folder)
    write_archive(folder, archive)
    (out / KEY_FILE).write_text(key)
    log(f"Built in {time.monotonic() - started:.0f} s: {folder} "
        f"({folder_size(folder) / 2**20:.0f} MiB), {archive.name} "
        f"({archive.stat().st_size / 2**20:.1f} MiB)")
    return Bundle(folder, archive, program, built=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist",
                        help="where the folder and the archive go (default: dist/)")
    parser.add_argument("--reuse", action="store_true",
                        help="keep an earlier build made from the same sources")
    args = parser.parse_args(argv)
    try:
        bundle = build(args.out, reuse=args.reuse)
    except (RuntimeError, subprocess.CalledProcessError) as exc:
        print(f"The bundle could not be built: {exc}", file=sys.stderr)
        return 1
    print(f"Double-click: {bundle.program}")
    print(f"Archive:      {bundle.archive}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
