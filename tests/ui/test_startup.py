"""The first window comes before the rest of the app (ui/startup.py): what it must not
load, and that nothing typed meanwhile is lost. Timing itself is benchmarks/bench_startup.py."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from disclosure_helper.ui import startup
from disclosure_helper.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]

# Starts the app as `disclosure-helper --data-dir DIR` does and, at the first turn of the
# event loop (the window shown), prints the screen, every deferred module loaded and whether
# PySide has built its `Qt` enum namespace (it builds each class's Python enums on first use,
# through the standard library's functional enum API, which the script listens to).
_FIRST_FRAME = textwrap.dedent(
    """
    import enum
    import sys

    built = set()
    make_enum = getattr(enum.EnumType, "_create_", None)
    if make_enum is not None:
        def record(cls, class_name, *args, **kwargs):
            built.add(class_name)
            return make_enum(cls, class_name, *args, **kwargs)
        enum.EnumType._create_ = record

    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    def report():
        from disclosure_helper.ui.startup import DEFERRED_MODULES
        window = QApplication.activeWindow() or QApplication.topLevelWidgets()[0]
        loaded = sorted(name for name in sys.modules
                        if any(name == m or name.startswith(m + ".") for m in DEFERRED_MODULES))
        print("screen:", window.current_screen)
        print("loaded:", " ".join(loaded) or "-")
        # Two of the namespace's enums that no Qt class has.
        qt_built = {"WidgetAttribute", "AlignmentFlag"} & built
        print("qt:", "unknown" if make_enum is None else ("built" if qt_built else "-"))
        QCoreApplication.exit(0)

    def first_turn(*_args):
        QTimer.singleShot(0, report)
        return run_loop()

    run_loop = QCoreApplication.exec
    QCoreApplication.exec = staticmethod(first_turn)
    QApplication.exec = staticmethod(first_turn)
    from disclosure_helper.ui.app import main
    main(["--data-dir", sys.argv[1]])
    """
)


def _first_frame(data_dir: Path) -> tuple[str, str, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", _FIRST_FRAME, str(data_dir)],
                         capture_output=True, text=True, env=env, timeout=60, check=True)
    lines = dict(line.split(": ", 1) for line in out.stdout.splitlines() if ": " in line)
    return lines["screen"], lines["loaded"], lines["qt"]


def test_first_window_loads_nothing_it_defers(tmp_path):
    """Welcome and unlock screens, each in a fresh process: none of the vault, SQLCipher,
    Argon2, Babel, keyring, the pages or the wizard's later steps is imported yet. A
    change that pulls one back onto the start-up path fails here."""
    assert _first_frame(tmp_path / "new")[:2] == ("firstrun", "-")
    vault = Vault.create(tmp_path / "vault", PASSPHRASE, kdf=FAST_KDF)
    vault.close()
    assert _first_frame(tmp_path / "vault")[:2] == ("unlock", "-")


def test_first_window_leaves_the_qt_enum_namespace_unbuilt(tmp_path):
    """Building PySide's `Qt` namespace (93 Python enums) is a large part of a start; the
    first screens set Qt's enum-typed properties by name instead (widgets.set_qt_property)
    and use `Qt` only in code that runs later. A module-level `from PySide6.QtCore import
    Qt` on the start-up path, or a `Qt.X` in code the first screen runs, fails here."""
    vault = Vault.create(tmp_path / "vault", PASSPHRASE, kdf=FAST_KDF)
    vault.close()
    for folder, screen in ((tmp_path / "new", "firstrun"), (tmp_path / "vault", "unlock")):
        shown, _loaded, qt = _first_frame(folder)
        if qt == "unknown":
            pytest.skip("this Python makes enums without EnumType._create_")
        assert (shown, qt) == (screen, "-")


@pytest.fixture
def starting():
    """The app's own start: steps wait for the first window (`startup.begin`)."""
    startup.begin()
    yield
    startup.reset()


def _started_window(qtbot, ctx):
    from disclosure_helper.ui.app import create_main_window

    window = create_main_window(ctx)
    qtbot.addWidget(window)
    window.show()
    startup.shown(window)
    return window


def test_typing_before_the_vault_opens_is_kept(qtbot, ctx, existing_vault, starting):
    window = _started_window(qtbot, ctx)
    assert window.current_screen == "unlock"
    assert ctx.vault is None  # opened a frame later
    qtbot.keyClicks(window.unlock_screen.passphrase.edit, PASSPHRASE[:5])
    qtbot.waitUntil(lambda: ctx.vault is not None and not startup.is_starting(), timeout=5_000)
    assert window.unlock_screen.passphrase.text() == PASSPHRASE[:5]
    qtbot.keyClicks(window.unlock_screen.passphrase.edit, PASSPHRASE[5:])
    qtbot.keyClick(window.unlock_screen.passphrase.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_screen == "app", timeout=10_000)


def test_enter_before_the_vault_opens_unlocks(qtbot, ctx, existing_vault, starting):
    window = _started_window(qtbot, ctx)
    assert ctx.vault is None
    qtbot.keyClicks(window.unlock_screen.passphrase.edit, PASSPHRASE)
    qtbot.keyClick(window.unlock_screen.passphrase.edit, Qt.Key.Key_Return)
    assert ctx.vault is not None  # opened there and then
    qtbot.waitUntil(lambda: window.current_screen == "app", timeout=10_000)


def test_a_vault_in_use_is_explained_once_the_window_is_up(qtbot, ctx, existing_vault,
                                                            starting):
    other = Vault.open(ctx.data_dir, keystore=ctx.keystore)  # another running copy
    try:
        window = _started_window(qtbot, ctx)
        assert window.current_screen == "unlock"
        qtbot.waitUntil(lambda: window.current_screen == "problem", timeout=5_000)
        assert "already open" in window.problem_screen.message.text()
    finally:
        other.close()


def test_garbage_collection_waits_for_the_first_frame_only(qtbot, ctx, starting):
    import gc

    assert not gc.isenabled()  # while the first window is made
    _started_window(qtbot, ctx)
    qtbot.waitUntil(gc.isenabled, timeout=5_000)
    qtbot.waitUntil(lambda: not startup.is_starting(), timeout=5_000)
    assert gc.isenabled()


def test_the_wizard_builds_its_later_steps_after_the_first_frame(qtbot, ctx, starting):
    window = _started_window(qtbot, ctx)
    wizard = window.firstrun
    assert window.current_screen == "firstrun" and wizard.stack.count() == 1
    assert window.hide_shortcut is None  # made once the window is up, with the Help menu
    qtbot.waitUntil(lambda: wizard.stack.count() == 4 and not startup.is_starting(),
                    timeout=5_000)
    assert window.hide_shortcut is not None
    assert window.help_button.menu() is not None
    assert window.focusWidget() is wizard.start_button


def test_first_run_makes_the_unlock_screen_only_when_it_is_needed(qtbot, ctx):
    from disclosure_helper.ui.app import create_main_window

    window = create_main_window(ctx)
    qtbot.addWidget(window)
    assert window.current_screen == "firstrun"
    assert window._unlock_screen is None  # nothing to unlock before the vault exists
    window._show_unlock()  # as the first lock after setting up does
    assert window.current_screen == "unlock"
    assert window.screens.indexOf(window.unlock_screen) >= 0


def test_content_for_the_first_unlock_is_read_on_a_worker(qtbot, ctx, existing_vault,
                                                          starting, monkeypatch):
    """While the passphrase is typed, the content files Home shows are parsed off the GUI
    thread, and Home is built from them once they are read."""
    import threading

    read_in: list[str] = []
    real = startup._reading_steps

    def reading_steps():
        read_in.append(threading.current_thread().name)
        return real()

    monkeypatch.setattr(startup, "_reading_steps", reading_steps)
    window = _started_window(qtbot, ctx)
    qtbot.waitUntil(lambda: window.shell is not None and not window._preparing, timeout=10_000)
    assert read_in == ["read-ahead"]
    home = window.shell.pages.built["home"]
    assert len(home.cards) == 4 and home.support is not None  # made on a later turn
    qtbot.keyClicks(window.unlock_screen.passphrase.edit, PASSPHRASE)
    qtbot.keyClick(window.unlock_screen.passphrase.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_screen == "app", timeout=10_000)


def test_home_made_during_the_start_gets_its_lower_parts_a_turn_later(qtbot, ctx, starting):
    from disclosure_helper.ui.home.page import HomePage

    home = HomePage(ctx)
    qtbot.addWidget(home)
    assert home.cards == []  # the greeting and news first
    qtbot.waitUntil(lambda: len(home.cards) == 4, timeout=5_000)
    home.on_unlocked()  # and showing it never waits for a turn
    assert len(home.cards) == 4


def test_home_shown_before_its_turn_is_complete_at_once(qtbot, ctx, starting):
    from disclosure_helper.ui.home.page import HomePage

    home = HomePage(ctx)
    qtbot.addWidget(home)
    home.show()
    assert len(home.cards) == 4 and home.support is not None
