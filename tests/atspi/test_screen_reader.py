"""What a screen reader hears, checked from outside the app through AT-SPI, as Orca hears it.

The in-process accessible name is not what Orca gets on Linux: Qt names a drop-down by
its value, sends typed characters in text events even from password boxes, and hides a
label's text behind its accessible name. So this starts the real app on its own X
display with its own session bus and accessibility bus, and walks it with pyatspi from
the system Python (tests/atspi/probe.py): the first-run wizard, every section, Hide now,
a wrong passphrase and the right one. The walk runs once; each test reads its findings.

Needs Debian's xvfb, dbus, at-spi2-core, python3-pyatspi and xdotool (`make test` installs
them where it can); skipped with the reason when they are missing.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher",
                 "/usr/lib/at-spi2/at-spi-bus-launcher")
INTERACTIVE = {"push button", "toggle button", "check box", "radio button", "combo box", "text",
               "password text", "entry", "spin button", "slider", "list", "list box", "tree",
               "tree table", "table", "page tab", "link", "date editor"}
VALUE_CONTROLS = {"combo box", "spin button", "slider", "date editor"}
SECTIONS = ("home", "decisions", "journal", "insights", "together", "settings")
# The walk (in the first test's setup) takes about a minute, several on a busy machine.
pytestmark = pytest.mark.timeout(600)


def missing_tools() -> str:
    """Why the suite cannot run here, or "" when it can."""
    for tool in ("Xvfb", "dbus-run-session", "xdotool"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not any(Path(p).exists() for p in BUS_LAUNCHERS):
        return "at-spi2-core (the accessibility bus) is not installed"
    if not Path(SYSTEM_PYTHON).exists():
        return f"{SYSTEM_PYTHON} is missing"
    check = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True,
                           env=_clean_env(), check=False)
    if check.returncode != 0:
        return "python3-pyatspi is not installed for the system Python"
    return ""


def _clean_env() -> dict[str, str]:
    """The environment without this venv and the test's own Qt and font settings."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "QT_QPA_PLATFORM",
                        "DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS",
                        "AT_SPI_BUS_ADDRESS")}
    return env


def _start_xvfb() -> tuple[subprocess.Popen, str]:
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        raise RuntimeError("Xvfb did not start")
    return server, f":{number}"


@pytest.fixture(scope="module")
def findings(tmp_path_factory) -> dict:
    reason = missing_tools()
    if reason:
        print(f"\nscreen reader suite skipped: {reason}", file=sys.stderr)
        pytest.skip(f"screen reader suite needs system packages: {reason}")
    work = tmp_path_factory.mktemp("atspi")
    server, display = _start_xvfb()
    env = _clean_env()
    env.update(DISPLAY=display, QT_LOGGING_RULES="qt.accessibility.atspi.warning=false",
               FONTCONFIG_FILE=os.environ.get("FONTCONFIG_FILE", ""),
               XDG_RUNTIME_DIR=tempfile.mkdtemp(prefix="dh-xdg-", dir=work))
    out = work / "findings.json"
    try:
        run = subprocess.run(
            ["dbus-run-session", "--", SYSTEM_PYTHON, str(HERE / "probe.py"),
             "--app-python", sys.executable, "--data-dir", str(work / "data"),
             "--out", str(out)],
            env=env, cwd=str(HERE.parents[1]), capture_output=True, text=True, timeout=560,
            start_new_session=True, check=False)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(10)
    assert out.exists(), f"the probe wrote nothing:\n{run.stdout}\n{run.stderr}"
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["error"] is None, f"the walk stopped: {data['error']}\n{run.stderr[-3000:]}"
    return data


def _all_entries(findings: dict):
    for screen, entries in findings["screens"].items():
        for entry in entries:
            yield screen, entry


def test_the_walk_reached_every_screen(findings):
    expected = {"firstrun-welcome", "firstrun-passphrase", "firstrun-recovery-code",
                "firstrun-finish", "unlock-typed", "unlock-wrong", "app-after-unlock",
                *(f"app-{key}" for key in SECTIONS)}
    assert expected <= set(findings["screens"])
    # Each section really was on screen: its own heading is there.
    assert any(e["role"] == "heading" and e["name"] == "Settings"
               for e in findings["screens"]["app-settings"])


def _pieces(secret: str) -> set[str]:
    """Every run of five characters of `secret` (what a leak of part of it would show)."""
    return {secret[i:i + 5] for i in range(len(secret) - 4) if secret[i:i + 5].strip()}


def test_no_passphrase_character_reaches_assistive_technology(findings):
    secrets = _pieces(findings["secret"]) | _pieces(findings["wrong"])
    typed = [e for e in findings["events"] if e["role"] == "password text"]
    assert typed, "no event came from a passphrase field at all: the walk typed nothing"
    for event in findings["events"]:
        if event["type"] == "mark":
            continue
        if event["role"] == "password text":
            assert not event["type"].startswith(("object:text-changed",
                                                 "object:text-caret-moved")), event
        for piece in secrets:
            assert piece not in event["data"], event
            assert piece not in event["name"], event
    for screen, entry in _all_entries(findings):
        if entry["role"] == "password text":
            assert not entry["text"], (screen, entry)
            assert entry["description"].startswith("Hidden"), (screen, entry)
        for piece in secrets:
            assert piece not in (entry["text"] or "") + entry["name"], (screen, entry)


def test_passphrase_typed_right_after_hide_now_stays_hidden(findings):
    events = findings["events"]
    start = next(i for i, e in enumerate(events) if e["type"] == "mark" and
                 e["name"] == "hide now")
    end = next(i for i, e in enumerate(events) if e["type"] == "mark" and
               e["name"] == "wrong passphrase")
    counts = [e for e in events[start:end] if e["role"] == "password text"
              and e["type"] == "object:property-change:accessible-description"]
    # Every character reached the passphrase field, as a count only.
    assert counts and counts[-1]["data"] == f"Hidden. {len(findings['wrong'])} characters typed."
    # Nothing typed shows up as text anywhere. (Fields the lock resets, such as the journal
    # filter's dates, may report that change late on a busy machine: that is not typing.)
    typed = findings["wrong"]
    pieces = {typed[i:i + 3] for i in range(len(typed) - 2)}
    changed = [e for e in events[start:end] if e["type"].startswith("object:text-changed")
               and (e["role"] == "password text"
                    or e["role"] == "text" and any(p in str(e.get("data")) for p in pieces))]
    assert not changed, changed


def test_every_value_control_says_what_it_is_for(findings):
    unlabelled = []
    for screen, entry in _all_entries(findings):
        if entry["role"] in VALUE_CONTROLS:
            labels = [t for t in entry["relations"].get("labelled_by", []) if t.strip()]
            if not labels or labels == [entry["name"]]:
                unlabelled.append(f"{screen}: {entry['role']} {entry['name']!r}")
    assert unlabelled == []


def test_every_control_has_a_name(findings):
    nameless = [f"{screen}: {entry['role']} at {entry['path']}"
                for screen, entry in _all_entries(findings)
                if entry["role"] in INTERACTIVE and entry["focusable"]
                and not entry["name"].strip()
                and not any(t.strip() for t in entry["relations"].get("labelled_by", []))]
    assert nameless == []


def test_no_mnemonic_marker_is_read_aloud(findings):
    marked = [f"{screen}: {entry['role']} {entry['name']!r}"
              for screen, entry in _all_entries(findings)
              if re.search(r"&\w", entry["name"])]
    assert marked == []


def test_recovery_code_is_readable(findings):
    entries = findings["screens"]["firstrun-recovery-code"]
    code = re.compile(r"^([A-Z0-9]{4}\s+){6}[A-Z0-9]{4}$")
    shown = [e for e in entries if e["role"] == "label" and code.match(e["name"].strip())]
    assert shown, "the recovery code is not readable on its page"
    assert any(e["role"] == "heading" and e["name"] == "Your recovery code" for e in entries)


def test_unlock_error_and_page_texts_are_readable(findings):
    wrong = findings["screens"]["unlock-wrong"]
    assert any(e["role"] == "label" and e["name"].startswith("That passphrase did not open")
               for e in wrong)
    settings = findings["screens"]["app-settings"]
    # The data folder's path itself, not a name standing in for it.
    assert any(e["role"] == "label" and e["name"].endswith("/data") for e in settings)


def test_wrong_passphrase_is_announced_without_moving_focus(findings):
    events = findings["events"]
    start = next(i for i, e in enumerate(events) if e["type"] == "mark" and
                 e["name"] == "wrong passphrase")
    end = next(i for i, e in enumerate(events) if e["type"] == "mark" and
               e["name"] == "right passphrase")
    said = [e for e in events[start:end] if e["type"] == "object:announcement"]
    assert any("did not open" in e["data"] for e in said), said
    moved = [e for e in events[start:end] if e["type"] == "object:state-changed:focused"
             and e["detail1"] == 1 and e["role"] != "password text"]
    assert moved == []


def test_every_section_has_a_heading(findings):
    for key in SECTIONS:
        headings = [e["name"] for e in findings["screens"][f"app-{key}"]
                    if e["role"] == "heading"]
        assert headings, key


# -- links to My adjustments, and "Save a copy…" when the vault's folder has gone ------------
# The names come from tests/atspi/seed_links.py (the app adds them at the second unlock).

RECORD_LINKS = [f"Open \u201c{name}\u201d in My adjustments"
                for name in ("A desk away from the door", "Notes in writing after meetings")]


def _focus_after(findings: dict, label: str) -> list[str]:
    """For each key the walk marked `label`: the control that had focus once it was pressed
    (the last one a focus event named before the next mark), as Orca would say it."""
    said, current = [], None
    for event in findings["events"]:
        if event["type"] == "mark":
            if current is not None:
                said.append(current)
            current = "" if event["name"] == label else None
        elif current is not None and event["type"] == "object:state-changed:focused" \
                and event["detail1"] == 1:
            current = event["name"]
    if current is not None:
        said.append(current)
    return said


def _control(findings: dict, screen: str, name: str) -> dict:
    found = [e for e in findings["screens"][screen] if e["name"] == name]
    assert found, f"{name!r} is not on {screen}"
    return found[0]


def test_a_record_names_its_changes_and_opens_them_by_keyboard(findings):
    for name in RECORD_LINKS:
        link = _control(findings, "record-links", name)
        assert link["role"] == "push button" and link["focusable"] and link["enabled"]
    names = [e["name"] for e in findings["screens"]["record-links"]]
    lead = "This entry is linked to these changes in My adjustments:"
    assert names.index(lead) < names.index(RECORD_LINKS[0]) < names.index(RECORD_LINKS[1])
    # Tab from Tags: both links in turn, then the bar at the foot; Shift+Tab back.
    assert _focus_after(findings, "record: tab") == [*RECORD_LINKS, "Undo"]
    assert _focus_after(findings, "record: shift+tab") == [RECORD_LINKS[1], RECORD_LINKS[0]]
    # Enter opened the change (the walk waited for its heading), with focus in it.
    opened = findings["screens"]["change-from-record"]
    assert any(e["role"] == "heading" and e["name"] == "A desk away from the door"
               for e in opened)
    [focus] = _focus_after(findings, "record: enter on the first link")
    assert focus in {e["name"] for e in opened if e["focusable"]} - set(RECORD_LINKS)
    # And back to the record from My adjustments: focus on the record, not lost.
    assert _focus_after(findings, "change: space on the linked record") == [
        "Back to the journal"]


def test_a_plan_names_its_needs_in_my_adjustments_and_opens_them_by_keyboard(findings):
    screen = findings["screens"]["plan-links"]
    link = _control(findings, "plan-links", RECORD_LINKS[0])
    assert link["role"] == "push button" and link["focusable"]
    names = [e["name"] for e in screen]
    # Read where it is on screen: after the needs question, before Back and Next.
    assert names.index("In My adjustments") < names.index(RECORD_LINKS[0]) \
        < names.index("Next page: Who")
    assert _focus_after(findings, "plan: shift+tab") == ["Not sure yet"]
    assert _focus_after(findings, "plan: tab") == [RECORD_LINKS[0], "Next page: Who",
                                                   RECORD_LINKS[0]]
    [focus] = _focus_after(findings, "plan: space on the link")
    assert focus and focus != RECORD_LINKS[0]  # the change opened, focus in it


def test_save_a_copy_is_heard_reached_by_tab_and_saves_the_words(findings):
    events = findings["events"]
    start = next(i for i, e in enumerate(events) if e["type"] == "mark"
                 and e["name"] == "save with the folder gone")
    end = next(i for i, e in enumerate(events) if i > start and e["type"] == "mark")
    said = [e["data"] for e in events[start:end] if e["type"] == "object:announcement"]
    # Said once (twice, Orca would start the long message all over again).
    assert len(said) == 1 and "can no longer be found" in said[0], said
    action = _control(findings, "save-failed", "Save a copy")
    assert action["role"] == "push button" and action["focusable"] and action["enabled"]
    assert "not encrypted" in action["description"]
    names = [e["name"] for e in findings["screens"]["save-failed"]]
    assert names.index("Back to the journal") < names.index("Save a copy") \
        < names.index("Dismiss message") < names.index("Title")
    # Tab from Save goes round the whole window, without a loop, to Save a copy, which
    # comes straight after Back to the journal as on screen.
    stops = _focus_after(findings, "save failed: tab")
    assert stops[-1] == "Save a copy" and stops[-2] == "Back to the journal", stops
    assert len(stops) == len(set(stops)), stops
    # Enter asked where, wrote the copy, and left focus in the message.
    assert findings["copy"] == {"in_home": True, "exists": True, "private": True,
                                "holds_words": True}
    saved = findings["screens"]["copy-saved"]
    assert any(e["role"] == "label" and e["name"].startswith("A copy is saved in")
               for e in saved)
    assert _focus_after(findings, "save failed: enter on save a copy") == ["Dismiss message"]
