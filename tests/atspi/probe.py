"""Walk the running app from outside, the way Orca does, and write what was found as JSON.

Run by tests/atspi/test_screen_reader.py with the system Python (which has Debian's
python3-pyatspi) inside `dbus-run-session`, on an X display the test started:

    dbus-run-session -- /usr/bin/python3 tests/atspi/probe.py \
        --app-python .venv/bin/python --data-dir DIR --out findings.json

It starts the real app (tests/atspi/app_under_test.py) with
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1, listens to every accessibility event the app sends,
and goes through it as a person would: the first-run wizard to the recovery code, every
section of the app, Hide now, a wrong passphrase and the right one; then the links
between a journal record, a plan and My adjustments, and "Save a copy…" after the
vault's folder has gone (by keyboard, to a file it reads back). Controls are pressed
through their accessibility actions and text is typed with xdotool, as a keyboard would.
It does not judge: the pytest side reads the JSON and decides.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pyatspi
from gi.repository import GLib
from seed_links import CHANGES, PLAN, RECORD

HERE = Path(__file__).resolve().parent
# A passphrase with letters no other text in the app has in a row, so any leak is found.
# (Checked against every text the walk hears and all of resources/content: "vexing
# jumbo" once met "being judged" on a plan's first page.)
SECRET = "Quokka zephyr 7 vexed jumbo"
WRONG = "Quokka zephyr 7 wobbly kiwi"

INTERACTIVE = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text",
    "password text", "entry", "spin button", "slider", "list", "list box", "tree",
    "tree table", "table", "page tab", "link", "date editor", "editbar",
}
VALUE_CONTROLS = {"combo box", "spin button", "slider", "date editor"}


# -- reading the tree ------------------------------------------------------------------


def _safe(call, default=None):
    try:
        return call()
    except Exception:  # noqa: BLE001 - an object can vanish between two calls
        return default


def _relations(node) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for relation in _safe(node.getRelationSet, []) or []:
        kind = str(relation.getRelationType()).split()[1] if " " in str(
            relation.getRelationType()) else str(relation.getRelationType())
        targets = [_safe(lambda r=relation, i=i: r.getTarget(i).name, "")
                   for i in range(relation.getNTargets())]
        found.setdefault(kind.replace("ATSPI_RELATION_", "").lower(), []).extend(targets)
    return found


def _text_of(node) -> str | None:
    text = _safe(node.queryText)
    if text is None:
        return None
    return _safe(lambda: text.getText(0, -1), None)


def describe(node, path: str) -> dict:
    states = _safe(node.getState)
    role = _safe(node.getRoleName, "")
    entry = {
        "path": path,
        "role": role,
        "name": _safe(lambda: node.name, "") or "",
        "description": _safe(lambda: node.description, "") or "",
        "focusable": bool(states and states.contains(pyatspi.STATE_FOCUSABLE)),
        "focused": bool(states and states.contains(pyatspi.STATE_FOCUSED)),
        "enabled": bool(states and states.contains(pyatspi.STATE_ENABLED)),
        "relations": _relations(node),
        "text": _text_of(node),
        "attributes": _safe(lambda: dict(a.split(":", 1) for a in node.getAttributes()
                                         if ":" in a), {}),
    }
    if role in VALUE_CONTROLS:
        value = _safe(node.queryValue)
        entry["value"] = _safe(lambda: value.currentValue, None) if value else None
    return entry


def walk(root, path: str = "") -> list[dict]:
    """Every showing object under `root`, in reading order."""
    found = []
    states = _safe(root.getState)
    if path and not (states and states.contains(pyatspi.STATE_SHOWING)):
        return found
    found.append(describe(root, path or "/"))
    for index in range(_safe(lambda: root.childCount, 0) or 0):
        child = _safe(lambda i=index: root.getChildAtIndex(i))
        if child is not None:
            found.extend(walk(child, f"{path}/{index}"))
    return found


def find(root, role: str | None = None, name=None, showing: bool = True):
    """The first object under `root` with `role` whose name equals `name` (or passes it)."""
    stack = [root]
    while stack:
        node = stack.pop(0)
        states = _safe(node.getState)
        if showing and node is not root and not (
                states and states.contains(pyatspi.STATE_SHOWING)):
            continue
        node_role = _safe(node.getRoleName, "")
        node_name = _safe(lambda n=node: n.name, "") or ""
        if (role is None or node_role == role) and (
                name is None or (name(node_name) if callable(name) else node_name == name)):
            return node
        count = _safe(lambda n=node: n.childCount, 0) or 0
        stack.extend(c for c in (_safe(lambda n=node, i=i: n.getChildAtIndex(i))
                                 for i in range(count)) if c is not None)
    return None


def speech(entries: list[dict]) -> list[str]:
    """Roughly what Orca says for each heading, text and control, in reading order."""
    lines = []
    for entry in entries:
        role, name = entry["role"], entry["name"]
        labels = [t for t in entry["relations"].get("labelled_by", []) if t]
        if role in ("heading",):
            level = entry["attributes"].get("level")
            lines.append(f"{name}, heading" + (f" level {level}" if level else ""))
        elif role == "label" and name and not entry["relations"].get("label_for"):
            lines.append(name)
        elif role in INTERACTIVE and entry["focusable"]:
            said = ", ".join(labels) if labels else name
            if role in VALUE_CONTROLS:
                value = entry.get("value")
                said = f"{said}, {role}, {name if role == 'combo box' else value}"
            else:
                said = f"{said}, {role}"
            if entry["description"]:
                said += f". {entry['description']}"
            if not entry["enabled"]:
                said += " (dimmed)"
            lines.append(said)
    return lines


# -- driving -------------------------------------------------------------------------


def xdo(*args: str) -> None:
    subprocess.run(["xdotool", *args], check=False, timeout=20)


def type_text(text: str) -> None:
    xdo("type", "--delay", "15", text)


def key(*names: str) -> None:
    xdo("key", "--delay", "40", *names)


def press(node) -> None:
    action = node.queryAction()
    for index in range(action.nActions):
        if action.getName(index) in ("press", "Press", "click", "toggle", "Toggle"):
            action.doAction(index)
            return
    action.doAction(0)


def enabled(node) -> bool:
    return node is not None and node.getState().contains(pyatspi.STATE_ENABLED)


def grab_focus(node) -> None:
    node.queryComponent().grabFocus()


class Probe:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.events: list[dict] = []
        self.screens: dict[str, list[dict]] = {}
        self.notes: list[str] = []
        self.app_process: subprocess.Popen | None = None
        self.app = None
        self.copy: Path | None = None  # where "Save a copy…" said it put the copy

    # events

    def listen(self) -> None:
        for kind in ("object:text-changed", "object:announcement", "object:text-caret-moved",
                     "object:property-change:accessible-name",
                     "object:property-change:accessible-description",
                     "object:property-change:accessible-value",
                     "object:state-changed:focused", "object:text-selection-changed",
                     "object:value-changed"):
            pyatspi.Registry.registerEventListener(self._on_event, kind)

    def _on_event(self, event) -> None:
        source = event.source
        self.events.append({
            "type": event.type,
            "role": _safe(source.getRoleName, "") if source else "",
            "name": (_safe(lambda: source.name, "") or "") if source else "",
            "detail1": event.detail1,
            "detail2": event.detail2,
            "data": _safe(lambda: str(event.any_data), "") or "",
        })

    def mark(self, label: str) -> int:
        self.events.append({"type": "mark", "role": "", "name": label, "detail1": 0,
                            "detail2": 0, "data": "", "t": round(time.monotonic(), 2)})
        return len(self.events) - 1

    def focus_moved(self, since: int) -> bool:
        """Whether a control has gained focus since event number `since`."""
        return any(e["type"] == "object:state-changed:focused" and e["detail1"] == 1
                   for e in self.events[since + 1:])

    # the app

    def start_app(self) -> None:
        # A home of its own: the file dialog of "Save a copy…" opens there, never in the
        # machine's real home folder. DH_PROBE_SEED: see app_under_test.py.
        home = Path(self.args.data_dir).parent / "home"
        home.mkdir(parents=True, exist_ok=True)
        env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb",
                   QT_ACCESSIBILITY="1", HOME=str(home), DH_PROBE_SEED="1")
        env.pop("DISCLOSURE_HELPER_DATA_DIR", None)
        self.app_process = subprocess.Popen(
            [self.args.app_python, str(HERE / "app_under_test.py"), self.args.data_dir],
            env=env)

    def find_app(self):
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = _safe(lambda i=index: desktop.getChildAtIndex(i))
            if app is not None and _safe(lambda a=app: a.name, "") == "Disclosure Helper":
                return app
        return None

    def window(self):
        return _safe(lambda: self.app.getChildAtIndex(0))

    def snapshot(self, name: str) -> list[dict]:
        self.mark(f"snapshot {name}")
        entries = walk(self.window())
        self.screens[name] = entries
        return entries

    def stop(self) -> None:
        if self.app_process is not None and self.app_process.poll() is None:
            self.app_process.terminate()
            try:
                self.app_process.wait(10)
            except subprocess.TimeoutExpired:
                self.app_process.kill()


def scenario(probe: Probe):
    """Steps of the walk; each `yield` waits: a number of seconds, or
    (condition, timeout, what is awaited)."""
    probe.start_app()
    yield (lambda: probe.find_app() is not None, 30, "the app on the accessibility bus")
    probe.app = probe.find_app()
    window = probe.window
    yield (lambda: find(window(), "push button", "Get started") is not None, 30,
           "the welcome page")
    yield 0.5
    xdo("search", "--sync", "--name", "Disclosure Helper", "windowfocus", "--sync")
    probe.snapshot("firstrun-welcome")

    press(find(window(), "push button", "Get started"))
    yield (lambda: find(window(), "password text") is not None, 20, "the passphrase page")
    yield 0.3
    probe.mark("typing new passphrase")
    first = find(window(), "password text", "Passphrase")
    grab_focus(first)
    yield 0.3
    type_text(SECRET)
    yield 0.3
    second = find(window(), "password text", "Type the passphrase again")
    grab_focus(second)
    yield 0.3
    type_text(SECRET)
    yield 0.8
    probe.snapshot("firstrun-passphrase")
    probe.mark("creating vault")
    key("Return")
    yield (lambda: find(window(), "check box",
                        lambda n: n.startswith("I have stored")) is not None, 60,
           "the recovery code page")
    yield 0.5
    probe.snapshot("firstrun-recovery-code")
    press(find(window(), "check box", lambda n: n.startswith("I have stored")))
    yield (lambda: enabled(find(window(), "push button", "Continue")), 10,
           "Continue to be enabled")
    press(find(window(), "push button", "Continue"))
    yield (lambda: find(window(), "push button", lambda n: n.startswith("Start using"))
           is not None, 10, "the last first-run page")
    yield 0.5
    probe.snapshot("firstrun-finish")
    # Pressed again should a press arrive while the page is still settling.
    for _attempt in range(3):
        start = find(window(), "push button", lambda n: n.startswith("Start using"))
        if start is None:
            break
        press(start)
        yield (lambda: find(window(), "push button", "Hide now") is not None, 20, "the app",
               "soft")
        if find(window(), "push button", "Hide now") is not None:
            break
    # Building every section takes a while on a busy machine; the app answers no
    # accessibility calls meanwhile.
    yield (lambda: find(window(), "push button", "Hide now") is not None, 150, "the app")
    yield 0.8

    # Each section by its keyboard shortcut, waiting for its own heading or text.
    # (The navigation list holds the same words, so the heading's role is part of the wait.)
    for shortcut, page, role, shows in (
            ("ctrl+1", "home", None, "What would you like to do?"),
            ("ctrl+2", "decisions", "heading", "Your decisions"),
            ("ctrl+3", "journal", "heading", "Journal"),
            ("ctrl+4", "insights", "heading", "Insights"),
            ("ctrl+5", "together", "heading", "Together"),
            ("ctrl+comma", "settings", "heading", "Settings")):
        key(shortcut)
        yield (lambda role=role, shows=shows: find(window(), role, shows) is not None, 30,
               f"the {page} section")
        yield 0.4
        probe.snapshot(f"app-{page}")

    # Hide now, then type straight away: focus lands on the passphrase field.
    probe.mark("hide now")
    key("ctrl+shift+h")
    yield 0.05
    type_text(WRONG)
    yield (lambda: find(window(), "push button", "Unlock") is not None, 30,
           "the unlock screen after Hide now")
    yield 0.5
    probe.snapshot("unlock-typed")
    probe.mark("wrong passphrase")
    key("Return")
    yield 2.0
    probe.snapshot("unlock-wrong")
    probe.mark("right passphrase")
    field = find(window(), "password text")
    grab_focus(field)
    yield 0.2
    key("ctrl+a")
    type_text(SECRET)
    key("Return")
    yield (lambda: find(window(), "push button", "Hide now") is not None, 60,
           "the app after unlocking")
    yield 0.5
    probe.mark("unlocked again")
    probe.snapshot("app-after-unlock")
    yield from links_and_save_copy(probe)
    probe.mark("done")


def focused(probe: Probe) -> str:
    """The name of the control with keyboard focus, as the last focus event said."""
    for event in reversed(probe.events):
        if event["type"] == "object:state-changed:focused" and event["detail1"] == 1:
            return event["name"]
    return ""


def press_keys(probe: Probe, label: str, *keys: str):
    """Each key in turn, marked `label` so the findings say where focus went after it."""
    for name in keys:
        probe.mark(label)
        key(name)
        yield 0.35


def open_change_by_key(probe: Probe, window, label: str, name: str, change: str,
                       where: str):
    """Press `name` on the focused link, marked `label`; wait for the change's heading and
    (softly: the test says whether it went anywhere) for focus to move into it."""
    pressed = probe.mark(label)
    key(name)
    yield (lambda: find(window(), "heading", change) is not None, 20,
           f"the change opened from {where}")
    yield (lambda: probe.focus_moved(pressed), 3, "focus in the change", "soft")
    yield 0.2


def links_and_save_copy(probe: Probe):
    """The links between a journal record, a plan and My adjustments (put in the vault by
    the app at this unlock, see seed_links.py), then "Save a copy…" after the vault's
    folder has gone. Keyboard only, marking each key so the test reads where focus went."""
    window = probe.window

    def link(name: str):
        return find(window(), "push button", f"Open \u201c{name}\u201d in My adjustments")

    # The record, opened from the journal's list with the keyboard.
    key("ctrl+3")
    yield (lambda: find(window(), "list item", lambda n: RECORD in n) is not None, 30,
           "the record in the journal")
    grab_focus(find(window(), "list", "Journal entries"))
    yield 0.3
    for _attempt in range(4):
        if RECORD in focused(probe):
            break
        key("Down")
        yield 0.3
    probe.mark("open the record")
    key("Return")
    yield (lambda: link(CHANGES[1]) is not None, 20, "the record's links to My adjustments")
    yield 0.3
    probe.snapshot("record-links")
    grab_focus(find(window(), "text", "Tags"))
    yield 0.3
    yield from press_keys(probe, "record: tab", "Tab", "Tab", "Tab")
    yield from press_keys(probe, "record: shift+tab", "shift+Tab", "shift+Tab")
    yield from open_change_by_key(probe, window, "record: enter on the first link", "Return",
                                  CHANGES[0], "the record")
    probe.snapshot("change-from-record")

    # Back to the record from My adjustments, with Space.
    grab_focus(find(window(), "push button", "Open linked journal entry 1"))
    yield 0.3
    pressed = probe.mark("change: space on the linked record")
    key("space")
    yield (lambda: link(CHANGES[0]) is not None, 20, "the record again")
    yield (lambda: probe.focus_moved(pressed), 3, "focus in the record", "soft")
    yield 0.2
    probe.mark("record open again")

    # The plan, at its first page (Why), where the needs for work are asked.
    key("ctrl+2")
    yield (lambda: find(window(), "push button", f"Open {PLAN}") is not None, 20,
           "the plan in Decisions")
    grab_focus(find(window(), "push button", f"Open {PLAN}"))
    yield 0.3
    key("Return")
    yield (lambda: link(CHANGES[0]) is not None, 30, "the plan's link to My adjustments")
    yield 0.3
    probe.snapshot("plan-links")
    grab_focus(link(CHANGES[0]))
    yield 0.3
    yield from press_keys(probe, "plan: shift+tab", "shift+Tab")
    yield from press_keys(probe, "plan: tab", "Tab", "Tab", "shift+Tab")
    yield from open_change_by_key(probe, window, "plan: space on the link", "space",
                                  CHANGES[0], "the plan")
    probe.mark("change open from the plan")

    # A new entry, then the vault's folder goes (a USB stick pulled out) and Ctrl+S.
    key("ctrl+3")
    yield 0.3
    back = find(window(), "push button", "Back to the journal")
    if back is not None:
        press(back)
    yield (lambda: find(window(), "push button", "New entry") is not None, 20, "the journal")
    press(find(window(), "push button", "New entry"))
    yield (lambda: find(window(), "push button", "Free writing") is not None, 20,
           "the kinds of entry")
    grab_focus(find(window(), "push button", "Free writing"))
    yield 0.3
    key("Return")
    yield (lambda: find(window(), "text", "Your words") is not None, 20, "a new entry")
    grab_focus(find(window(), "text", "Title"))
    yield 0.3
    type_text("Tea break")
    key("Tab")
    type_text("Words to keep safe.")
    yield 0.3
    data = Path(probe.args.data_dir)
    data.rename(data.with_name("data-gone"))
    probe.mark("save with the folder gone")
    key("ctrl+s")
    yield (lambda: find(window(), "push button", "Save a copy") is not None, 20,
           "Save a copy")
    yield 0.4
    probe.snapshot("save-failed")
    # From the foot of the entry Tab goes round the window, through Save a copy.
    grab_focus(find(window(), "push button", "Save"))
    yield 0.3
    for _step in range(12):
        yield from press_keys(probe, "save failed: tab", "Tab")
        if focused(probe) == "Save a copy":
            break
    probe.mark("save failed: enter on save a copy")
    key("Return")
    yield (lambda: find(probe.app, "dialog", lambda n: n.startswith("Save a copy of this"))
           is not None, 20, "the file dialog")
    yield 0.5
    key("Return")  # the name and folder it suggests (this walk's own home folder)
    yield (lambda: find(window(), "label", lambda n: n.startswith("A copy is saved in"))
           is not None, 20, "the copy to be saved")
    said = find(window(), "label", lambda n: n.startswith("A copy is saved in")).name
    probe.copy = Path(said.removeprefix("A copy is saved in ").split(". It is")[0])
    # The test's display has no window manager to hand focus back once the dialog has
    # gone; this does what one would.
    back_in_window = len(probe.events) - 1
    xdo("search", "--sync", "--name", "^Disclosure Helper$", "windowfocus", "--sync")
    yield (lambda: probe.focus_moved(back_in_window), 3, "focus back in the window", "soft")
    yield 0.2
    probe.mark("copy saved")
    probe.snapshot("copy-saved")


def run(probe: Probe) -> None:
    steps = scenario(probe)
    state = {"until": 0.0, "condition": None, "deadline": 0.0, "error": None, "what": "",
             "next_check": 0.0}

    def tick() -> bool:
        now = time.monotonic()
        try:
            condition = state["condition"]
            if condition is not None:
                if now < state["next_check"]:
                    return True
                state["next_check"] = now + 0.5
                if not _safe(condition, False) and now < state["deadline"]:
                    return True
                if now >= state["deadline"] and not _safe(condition, False) \
                        and not state.get("soft"):
                    windows = [f"{_safe(w.getRoleName, '')} {_safe(lambda w=w: w.name, '')!r}"
                               for w in (_safe(lambda i=i: probe.app.getChildAtIndex(i))
                                         for i in range(_safe(lambda: probe.app.childCount, 0)
                                                        or 0)) if w is not None]
                    raise TimeoutError(f"waited too long for: {state['what']} "
                                       f"(windows: {windows})")
                state["condition"] = None
            elif now < state["until"]:
                return True
            wait = next(steps)
            if isinstance(wait, tuple):
                state["condition"], timeout, state["what"] = wait[:3]
                state["soft"] = len(wait) > 3 and wait[3] == "soft"
                state["deadline"] = now + timeout
            else:
                state["until"] = now + float(wait)
            return True
        except StopIteration:
            pyatspi.Registry.stop()
            return False
        except Exception as exc:  # noqa: BLE001 - reported in the JSON
            import traceback

            state["error"] = f"{type(exc).__name__}: {exc}\n{traceback.format_exc()}"
            pyatspi.Registry.stop()
            return False

    GLib.timeout_add(50, tick)
    GLib.timeout_add_seconds(540, lambda: (pyatspi.Registry.stop(), False)[1])
    probe.listen()
    pyatspi.Registry.start()
    probe.error = state["error"]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--app-python", required=True)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    probe = Probe(args)
    probe.error = None
    try:
        run(probe)
    finally:
        probe.stop()
    copy = probe.copy
    Path(args.out).write_text(json.dumps({
        "copy": {"in_home": copy is not None and copy.parent == Path(args.data_dir).parent
                 / "home",
                 "exists": copy is not None and copy.exists(),
                 "private": copy is not None and copy.stat().st_mode & 0o077 == 0,
                 "holds_words": copy is not None and "Words to keep safe." in copy.read_text(
                     encoding="utf-8")},
        "secret": SECRET,
        "wrong": WRONG,
        "error": probe.error,
        "events": probe.events,
        "screens": probe.screens,
        "speech": {name: speech(entries) for name, entries in probe.screens.items()},
        "app_exit": probe.app_process.returncode if probe.app_process else None,
    }, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
