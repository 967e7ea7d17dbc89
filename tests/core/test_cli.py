"""The command line: our options, a backup file, and Qt's own options passed to Qt."""

from __future__ import annotations

import subprocess
import sys

import pytest

from disclosure_helper import __version__
from disclosure_helper.cli import _everyday, build_parser, parse_args, split_qt_args


def test_qt_options_are_set_aside_for_qt_with_their_values():
    ours, qt = split_qt_args(["-platform", "offscreen", "--data-dir", "/d", "-reverse",
                              "--style", "fusion", "backup.dhbackup"])
    assert ours == ["--data-dir", "/d", "backup.dhbackup"]
    assert qt == ["-platform", "offscreen", "-reverse", "--style", "fusion"]


def test_a_qt_value_is_never_taken_for_the_backup_file():
    args = parse_args(["-platform", "offscreen"])
    assert args.backup is None
    assert args.qt_args == ["-platform", "offscreen"]
    args = parse_args(["/home/me/b.dhbackup", "-qwindowtitle", "x"])
    assert args.backup == "/home/me/b.dhbackup"
    assert args.qt_args == ["-qwindowtitle", "x"]


def test_a_file_named_like_an_option_can_follow_double_dash():
    args = parse_args(["--", "-reverse"])
    assert args.backup == "-reverse"
    assert args.qt_args == []


def test_version_prints_and_exits_without_loading_qt():
    code = ("import sys\nfrom disclosure_helper.cli import main\nrc = main(['--version'])\n"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
            "sys.exit(rc)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0
    assert out.stdout.splitlines() == [f"Disclosure Helper {__version__}", "[]"]


def test_module_entry_point_answers_version():
    out = subprocess.run([sys.executable, "-m", "disclosure_helper", "--version"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and out.stdout.strip() == f"Disclosure Helper {__version__}"


EVERYDAY = [
    [], ["--data-dir", "/d"], ["--data-dir=/d"], ["/home/me/b.dhbackup"],
    ["--data-dir", "/d", "b.dhbackup"], ["b.dhbackup", "--data-dir=/my data"],
]
OTHERS = [
    ["--version"], ["--self-test"], ["--data-dir"], ["--data-dir", "-x"], ["--data-dir="],
    ["--data", "/d"], ["--data-dir", "/a", "--data-dir", "/b"], ["a", "b"], ["--", "-reverse"],
    ["-h"], [""],
]


def test_everyday_launches_read_as_the_parser_reads_them():
    """The quick path at start-up (no parser built) agrees with argparse, and leaves
    everything else to it."""

    for argv in EVERYDAY:
        quick = _everyday(argv)
        assert quick is not None, argv
        assert vars(quick) == vars(build_parser().parse_args(argv)), argv
    for argv in OTHERS:
        assert _everyday(argv) is None, argv
    # And what the parser makes of those is unchanged.
    assert parse_args(["--data-dir", "/a", "--data-dir", "/b"]).data_dir == "/b"
    with pytest.raises(SystemExit):
        parse_args(["--data-dir"])
