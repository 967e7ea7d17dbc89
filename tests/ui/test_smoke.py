"""The app starts and shows its first window (issue 2's first UI smoke test)."""

from __future__ import annotations

import subprocess
import sys

from disclosure_helper.paths import ENV_VAR, resolve_data_dir
from disclosure_helper.ui.app import create_main_window, make_application, parse_args


def test_first_start_shows_welcome(qtbot, ctx):
    window = create_main_window(ctx, make_application([]))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.isVisible()
    assert window.windowTitle() == "Disclosure Helper"
    assert window.current_screen == "firstrun"
    assert window.firstrun.step == "welcome"


def test_existing_vault_starts_locked(qtbot, ctx, existing_vault):
    window = create_main_window(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.current_screen == "unlock"
    assert not ctx.is_unlocked


def test_data_dir_option_and_environment(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "from-env"))
    assert resolve_data_dir(parse_args([]).data_dir) == (tmp_path / "from-env").resolve()
    chosen = tmp_path / "from-cli"
    args = parse_args(["--data-dir", str(chosen)])
    assert resolve_data_dir(args.data_dir) == chosen.resolve()


def test_help_names_the_data_dir_option():
    out = subprocess.run(
        [sys.executable, "-m", "disclosure_helper", "--help"],
        capture_output=True, text=True, timeout=60,
    )
    assert out.returncode == 0
    assert "--data-dir" in out.stdout
