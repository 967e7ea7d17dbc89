"""The real app for the screen reader suite: `python app_under_test.py DATA_DIR`.

Exactly what `disclosure-helper --data-dir DATA_DIR` runs, with two test-only changes:
small key-derivation parameters (so creating and opening the vault takes milliseconds)
and an in-memory keyring (so the machine's real credential store is never touched).
The window opens at 1366x768, the size of the people's laptop screens.

With DH_PROBE_SEED=1 the first unlock that follows a lock also puts a plan, a journal
record and linked changes in My adjustments into the vault (seed_links.py) before any
section loads, so the walk can hear those links without building them by hand.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QCoreApplication  # noqa: E402

from disclosure_helper.kdf import KdfParams  # noqa: E402
from disclosure_helper.keystore import MemoryKeyStore  # noqa: E402

FAST_KDF = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)


def _seed_after_lock(ctx) -> None:
    from tests.atspi.seed_links import seed

    state = {"locked": False, "seeded": False}

    def locked() -> None:
        state["locked"] = True

    def unlocked() -> None:
        if state["locked"] and not state["seeded"] and ctx.vault is not None:
            state["seeded"] = True
            seed(ctx.vault)

    ctx.locked.connect(locked)
    ctx.unlocked.connect(unlocked)


def main(argv: list[str]) -> int:
    from disclosure_helper.ui import crash
    from disclosure_helper.ui.app import create_main_window, make_application
    from disclosure_helper.ui.context import AppContext

    app = make_application([])
    crash.install()
    ctx = AppContext(Path(argv[0]), keystore=MemoryKeyStore(), kdf=FAST_KDF)
    if os.environ.get("DH_PROBE_SEED") == "1":
        _seed_after_lock(ctx)  # connected first, so it runs before the sections load
    window = create_main_window(ctx, app)
    app.aboutToQuit.connect(ctx.shutdown)
    window.setGeometry(0, 0, 1366, 768)
    window.show()
    window.activateWindow()
    return int(QCoreApplication.exec())


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
