"""What the first window waits for, and what waits for it.

The first screen a person sees (the welcome step of first run, or the unlock screen) has
to appear about as fast as an empty Qt window. So it is built from Qt, the theme and its
own widgets only; everything heavier loads once it is on screen, while the person reads
or starts typing (Qt queues every key pressed meanwhile, so nothing typed is lost):

- the vault and its storage (SQLCipher, Argon2, backups, migrations): opened just after
  the unlock screen shows (`MainWindow.open_vault`), or when the person presses Unlock
  first; on first run when they create their vault.
- Babel's calendar and number data: on the first date or number formatted
  (`disclosure_helper.dates`); Home and the pages use it, not the first screen.
- the wizard's later steps (passphrase, recovery code, finish): built just after its
  welcome step shows (`FirstRunWizard.build_remaining_steps`).
- the sections behind the lock (navigation, Home, settings options): prepared a step at
  a time while the passphrase is typed (`MainWindow._prepare_shell`), together with
  the code and content files Home reads when the vault opens (`before_first_unlock`),
  so the first unlock has only the person's own data left to read on the GUI thread.
- the watch on the person's input (Enter presses the focused button, the wheel guard,
  Escape twice; auto-lock's part runs only while unlocked): one event filter on each
  window (ui/widgets/window_input.py). The first event a Python filter sees makes
  PySide build the Python types of event classes, and of the Qt-made window it was sent to.
- Hide now's and the shortcuts sheet's keys, the Help menu (`MainWindow.
  _add_shortcuts_and_help`) and the window icon: the first screens have nothing to hide
  and no top bar, and the desktop draws the icon.

Also before any of our modules load, `answer_pyside_source_scan` spares PySide reading
their source (see there).

PySide builds a class's Python enums the first time the class is used, and its `Qt`
namespace alone is 93 enums (30–40 ms here). So the modules the first screen loads do not
import `Qt` at the top: they set Qt's enum-typed properties by name
(`widgets.set_qt_property(label, "textFormat", "PlainText")`), and code that runs later
imports `Qt` where it needs it. The desktop's light or dark scheme, which only that
namespace can report, is confirmed just after the first window shows
(`theme.ThemeWatcher`). For the same reason the first screen's modules keep to a few
classes each, and value types made at start are named tuples (a dataclass costs about a
millisecond to make; JSON rather than TOML for the palettes likewise).

Only the app's own start (`ui/app.run`) calls `begin()`. Without it (tests, tools) every
step runs at once, as it always did, so a window is complete as soon as it is made.

`tests/ui/test_startup.py` starts the app in a fresh process and checks that none of
`DEFERRED_MODULES` is loaded when the first window is shown, and that the `Qt` namespace is
not built yet, so a change that pulls either back onto the start-up path is caught.
"""

from __future__ import annotations

import gc
import importlib
import logging
import os
import sys
import threading
from collections.abc import Callable
from functools import partial
from types import ModuleType

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

# Modules the first screen must not import (a prefix covers its submodules).
DEFERRED_MODULES = (
    "disclosure_helper.vault",
    "disclosure_helper.database",
    "disclosure_helper.migrations",
    "disclosure_helper.backup",
    "disclosure_helper.journal",
    "disclosure_helper.support",
    "disclosure_helper.rights",
    "disclosure_helper.guide",
    "disclosure_helper.ui.recovery",
    "disclosure_helper.ui.options",
    "disclosure_helper.ui.home",
    "disclosure_helper.ui.journal",
    "sqlcipher3",
    "argon2",
    "cryptography",
    "keyring",
    "babel",
    "zxcvbn",
)

# The code Home needs once the vault is open (its repositories and their content
# models), loaded while the unlock screen waits for the passphrase.
BEFORE_UNLOCK_MODULES = (
    "disclosure_helper.settings",
    "disclosure_helper.guide",
    "disclosure_helper.plan_model",
    "disclosure_helper.plans",
    "disclosure_helper.adjustments_model",
    "disclosure_helper.adjustments_content",
    "disclosure_helper.adjustments",
    "disclosure_helper.support",
    "disclosure_helper.ui.options",
)

# Long enough for the window's first paint to reach the screen (one frame), short enough
# that what follows is ready before anyone could have pressed Enter.
AFTER_FIRST_FRAME_MS = 20

# A step "on the next turn" waits this long: a zero-interval single shot is a posted
# event, which Qt runs in the same pass as the one that posted it, before any key press,
# paint or other timer; one millisecond lets those go first.
NEXT_TURN_MS = 1

# What waits for the first window; None when the app is not starting (run at once).
_waiting: list[Callable[[], object]] | None = None

# The app's own run (`begin()` was called), not a test or a tool.
_app_run = False
# Garbage collection was paused by the launcher before the app's modules loaded.
_launched_paused = False


def next_turn(receiver: QObject, step: Callable[[], object]) -> None:
    """Run `step` once what is waiting (keys, painting, timers) has been handled, so a
    long piece of work split into steps never holds the GUI thread in one block. Tied to
    `receiver`: dropped if it is deleted first."""
    QTimer.singleShot(NEXT_TURN_MS, receiver, step)


def begin() -> None:
    """The app is starting: `once_shown` steps wait until `shown()`.

    Garbage collection waits for the first window too (the launcher,
    `disclosure_helper.cli.main`, pauses it before loading the app's modules): a start
    makes tens of thousands of objects that live as long as the app (modules, classes,
    PySide's types, the first widgets), and Python would otherwise walk them again and
    again, several milliseconds in all. It resumes with the first step after the first
    frame (`shown`), what the start made frozen out of later collections."""
    global _waiting, _app_run, _launched_paused
    _waiting = []
    _app_run = True
    # Paused already: this is the launcher's own process (`cli.main`), not a test.
    _launched_paused = not gc.isenabled()
    gc.disable()


def is_starting() -> bool:
    return _waiting is not None


def builds_in_parts() -> bool:
    """Whether a screen made while the first unlock is prepared may make its lower parts
    on a later turn: only in the app's own run (tests and tools get whole screens)."""
    return _app_run


def once_shown(step: Callable[[], object]) -> None:
    """Run `step` just after the first window is drawn while the app starts; at once
    otherwise (and once the start is over)."""
    if _waiting is None:
        step()
    else:
        _waiting.append(step)


def shown(receiver: QObject) -> None:
    """The first window is being shown: run the waiting steps once it is drawn, each on
    its own turn of the event loop so keys typed meanwhile are handled between them.
    Tied to `receiver`: dropped if it is deleted first."""

    def next_step() -> None:
        global _waiting
        if _launched_paused and not gc.isenabled():
            # What the start made lives as long as the app: frozen, later collections
            # need not walk it (the first would otherwise take ~20 ms, right after the
            # window shows). Nothing of the person's exists yet to be kept by it.
            gc.freeze()
        gc.enable()
        if not _waiting:
            _waiting = None
            return
        step = _waiting.pop(0)
        next_turn(receiver, next_step)  # first, so a failing step stops no other
        step()

    # A timer of the receiver's rather than QTimer.singleShot(ms, receiver, step), which
    # makes PySide build its QMetaMethod class to tell the overloads apart.
    timer = QTimer(receiver)
    timer.setSingleShot(True)
    timer.timeout.connect(next_step)
    timer.timeout.connect(timer.deleteLater)
    timer.start(AFTER_FIRST_FRAME_MS)


def answer_pyside_source_scan() -> None:
    """Tell PySide which of our modules use Qt, so it need not read their source.

    PySide's import hook reads and tokenizes the whole source of every module imported
    after it, to find out whether the text "PySide6" appears in it (for its optional
    `from __feature__` switches, which this app never uses). For the ninety modules on the
    way to the first window that is a noticeable part of the start. The answer is known
    from where a module lives: everything under disclosure_helper.ui uses Qt, the core
    never imports it (tests/ui/test_import_boundaries.py), nor does Python's standard
    library. Other modules are still read as before; if PySide's hook ever changes
    shape, nothing is replaced.
    """
    feature = sys.modules.get("shibokensupport.feature")
    scan = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or scan is None or getattr(scan, "answered", False):
        return

    stdlib = os.path.dirname(os.__file__) + os.sep

    def uses_pyside(module: ModuleType) -> bool:
        name = getattr(module, "__name__", "")
        if name == "disclosure_helper" or name.startswith("disclosure_helper."):
            return name.startswith("disclosure_helper.ui")
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.startswith(stdlib) and "site-packages" not in path:
            return False
        return bool(scan(module))

    uses_pyside.answered = True  # type: ignore[attr-defined]
    setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010 - PySide's own name


def _reading_steps() -> list[Callable[[], object]]:
    """The core modules Home needs and the content it shows (guide, situations, rights
    cards, adjustment needs, support lines), a module or a file a step, each file parsed
    once and cached (disclosure_helper.content). Pure Python that touches neither Qt nor
    the vault."""
    from disclosure_helper import content

    steps: list[Callable[[], object]] = [
        partial(importlib.import_module, name) for name in BEFORE_UNLOCK_MODULES
        if not name.startswith("disclosure_helper.ui")]
    files = ["guide", "situations", "adjustments/needs", "support",
             *content.available("guide"), *content.available("rights")]
    steps += [partial(content.load, name) for name in files]

    def build() -> None:  # from the files now cached: quick
        from disclosure_helper.adjustments_content import load_adjustments_content
        from disclosure_helper.guide import load_guide
        from disclosure_helper.rights import load_rights_cards
        from disclosure_helper.support import load_support

        load_guide()
        load_rights_cards()
        load_adjustments_content()
        load_support()

    steps.append(build)
    return steps


def read_ahead() -> threading.Event:
    """Start `_reading_steps` on a worker thread; the event is set when it has finished (or
    failed: whatever it did not load then loads when first used, as without it).

    Parsing those files took 10-25 ms a file on the GUI thread, each a stall while the
    passphrase is typed. On a worker the GUI thread still gets its turn every few
    milliseconds (Python switches threads every 5 ms), so keys and the busy indicator
    never wait that long. The GUI thread should not import the same modules meanwhile
    (it would wait for the worker's import): `before_first_unlock` waits for the event.
    """
    done = threading.Event()

    def work() -> None:
        try:
            for step in _reading_steps():
                step()
        except Exception as exc:  # noqa: BLE001 - read again when used; never lost
            log.info("reading ahead failed: %s", type(exc).__name__)
        finally:
            done.set()

    threading.Thread(target=work, name="read-ahead", daemon=True).start()
    return done


def before_first_unlock() -> list[Callable[[], object]]:
    """Steps for the unlock screen's idle time, after which unlocking reads only the
    person's data. In the app's own run the core modules and content files are read on a
    worker (`read_ahead`) and the first step waits for it (a step returning False is tried
    again on a later turn); elsewhere (tests, tools) each module or file is a step of its
    own on the GUI thread."""
    reading: list[Callable[[], object]] = (
        [read_ahead().is_set] if _app_run else _reading_steps())
    return [*reading, *(partial(importlib.import_module, name) for name in BEFORE_UNLOCK_MODULES
                     if name.startswith("disclosure_helper.ui"))]


def reset() -> None:
    """Forget a start in progress (for tests)."""
    global _waiting, _app_run
    _waiting = None
    _app_run = False
    gc.enable()
