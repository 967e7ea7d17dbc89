"""`disclosure-helper --self-test`: start as usual, then check the installation and quit.

For packagers and the test suite: a bundle or a `pip install .` that misses a content
file, a font, a section's module or a native library fails here with its name, instead
of in front of a person. It prints `shown: <screen>` on the first turn of the event
loop (so a caller can time start-up from outside), then one line per check, and exits
0 when everything was found. It reads nothing from the data folder beyond what a normal
start reads, and writes nothing.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from importlib import resources

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication, QIcon, QImage

from disclosure_helper import content
from disclosure_helper.ui import branding, fonts, theme
from disclosure_helper.ui.navigation import PAGES


def _say(text: str) -> None:
    if sys.stdout is not None:  # a windowed Windows build has no console
        print(text, flush=True)


def _content_files() -> int:
    count = 0

    def walk(node, prefix: str) -> None:
        nonlocal count
        for item in sorted(node.iterdir(), key=lambda i: i.name):
            if item.is_dir():
                walk(item, f"{prefix}{item.name}/")
            elif item.name.endswith(".toml"):
                content.load(prefix + item.name[: -len(".toml")])
                count += 1

    walk(content.content_root(), "")
    if count == 0:
        raise RuntimeError("no content files")
    return count


def _sections() -> int:
    import importlib

    for spec in PAGES:
        getattr(importlib.import_module(spec.module), spec.class_name)
    return len(PAGES)


def _fonts() -> str:
    if not fonts.install_app_fonts():
        raise RuntimeError("the bundled typeface did not load")
    return fonts.FAMILY


def _styles() -> int:
    for name in theme.PALETTES:
        theme.load_palette(name)
    styles = resources.files("disclosure_helper.resources").joinpath("styles")
    if not styles.joinpath("app.qss").read_text(encoding="utf-8"):
        raise RuntimeError("empty stylesheet")
    return len(theme.PALETTES)


def _icons() -> int:
    if branding.app_icon().isNull():
        raise RuntimeError("no app icon")
    folder = resources.files("disclosure_helper.resources").joinpath("icons")
    svgs = [item for item in folder.iterdir() if item.name.endswith(".svg")]
    for item in svgs:
        # Drawing one proves Qt's SVG plugin came along, not only the file.
        if QIcon(str(item)).pixmap(16, 16).isNull():
            raise RuntimeError(f"icon {item.name} did not draw")
    if QImage(str(folder.joinpath("app", "disclosure-helper.svg"))).isNull():
        raise RuntimeError("the SVG image plugin is missing")
    return len(svgs)


def _licences() -> int:
    from disclosure_helper.ui.help.about import licence_text

    words = content.load("about")
    files = {words["licence_file"]} | {c["licence_file"] for c in words["credits"]
                                       if c.get("licence_file")}
    for path in files:
        if len(licence_text(path)) < 1000:
            raise RuntimeError(f"licence {path} is incomplete")
    return len(files)


def _libraries() -> str:
    import argon2.low_level
    import keyring  # noqa: F401 - its backends are found through entry points
    import sqlcipher3
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from zxcvbn import zxcvbn

    db = sqlcipher3.connect(":memory:")
    db.execute("PRAGMA key = 'self-test'")
    version = db.execute("PRAGMA cipher_version").fetchone()
    db.close()
    if not version:
        raise RuntimeError("SQLCipher is not the SQLite in use")
    argon2.low_level.hash_secret_raw(b"self-test", b"0123456789abcdef", time_cost=1,
                                     memory_cost=1024, parallelism=1, hash_len=32,
                                     type=argon2.low_level.Type.ID)
    AESGCM(AESGCM.generate_key(bit_length=256))
    if zxcvbn("correct horse battery staple")["score"] < 1:
        raise RuntimeError("zxcvbn gave no score")
    return f"SQLCipher {version[0]}"


CHECKS: tuple[tuple[str, Callable[[], object]], ...] = (
    ("content files", _content_files),
    ("sections", _sections),
    ("typeface", _fonts),
    ("palettes", _styles),
    ("icons", _icons),
    ("licences", _licences),
    ("libraries", _libraries),
)


def run_checks() -> bool:
    ok = True
    for name, check in CHECKS:
        try:
            _say(f"{name}: {check()}")
        except Exception as exc:  # report every failure, then fail once
            _say(f"{name}: FAILED ({type(exc).__name__}: {exc})")
            ok = False
    _say("self-test: ok" if ok else "self-test: FAILED")
    return ok


def schedule(window) -> None:
    """Run the checks once the window is on screen, then quit with their result."""

    def first_turn() -> None:
        _say(f"shown: {window.current_screen}")
        # Qt's own options (-reverse here) reached Qt, not our argument parser.
        _say("direction: " + ("right-to-left" if QGuiApplication.isRightToLeft()
                              else "left-to-right"))
        ok = bool(window.current_screen) and run_checks()
        window.close()
        QCoreApplication.exit(0 if ok else 1)

    QTimer.singleShot(0, first_turn)
