"""Cold start: the app's first window versus a bare PySide6 window, same run.

Each start is a fresh process (offscreen platform) that reports the time from
interpreter start to the first window being shown and the event loop running.
Bare and app starts alternate (bare, welcome, unlock, bare, ...), so a busy moment
on a shared machine slows both alike; each ratio is the median of per-round ratios.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import median, ms, print_table  # noqa: E402
from disclosure_helper.kdf import KdfParams  # noqa: E402
from disclosure_helper.keystore import MemoryKeyStore  # noqa: E402
from disclosure_helper.vault import Vault  # noqa: E402

_PRELUDE = textwrap.dedent(
    """
    import time
    _t0 = time.perf_counter()
    import sys

    # The program imports its modules in its own order, PySide included: the launcher
    # pauses garbage collection before PySide loads, and PySide reads the source of each
    # module imported after it (ui/startup.py). So the clock is hooked onto
    # QCoreApplication.exec once PySide6.QtWidgets has loaded, rather than by importing
    # PySide here first.
    class _HookExec:
        @classmethod
        def find_spec(cls, name, path=None, target=None):
            if name != "PySide6.QtWidgets":
                return None
            sys.meta_path.remove(cls)
            import importlib.util
            spec = importlib.util.find_spec(name)
            load = spec.loader.exec_module

            def exec_module(module):
                load(module)
                _measure_exec()

            spec.loader.exec_module = exec_module
            return spec

    def _measure_exec():
        from PySide6.QtCore import QCoreApplication, QTimer
        from PySide6.QtWidgets import QApplication

        _exec = QCoreApplication.exec

        def _measure(*_args):
            # The first turn of the event loop: the window has been shown and laid out.
            def report():
                print(f"{time.perf_counter() - _t0:.6f}", flush=True)
                QCoreApplication.exit(0)
            QTimer.singleShot(0, report)
            return _exec()

        QCoreApplication.exec = staticmethod(_measure)
        QApplication.exec = staticmethod(_measure)

    sys.meta_path.insert(0, _HookExec)
    """
)

BARE = _PRELUDE + textwrap.dedent(
    """
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QWidget
    app = QApplication([])
    w = QWidget(); w.setWindowTitle("bare"); w.resize(900, 640); w.show()
    QCoreApplication.exec()
    """
)

# As the `disclosure-helper` launcher starts the app (pyproject's gui-scripts entry, and
# `python -m disclosure_helper`).
APP = _PRELUDE + textwrap.dedent(
    """
    import sys
    from disclosure_helper.cli import main
    main(["--data-dir", sys.argv[1]])
    """
)


def _run(code: str, data_dir: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # As installed, the app starts from compiled bytecode (pip compiles it; a source
    # checkout writes it on the first start, the warm-up run below).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    out = subprocess.run(
        [sys.executable, "-c", code, data_dir],
        capture_output=True, text=True, env=env, timeout=60, check=True,
    )
    return float(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__)
    # Rounds, each a bare, a first-run and a returning start (about a second a round):
    # starts here vary by ±30% with what else the machine does, so a median of few moves.
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        first_run = str(Path(tmp) / "empty")
        returning = Path(tmp) / "vault"
        vault = Vault.create(returning, "benchmark passphrase", kdf=KdfParams(1, 1024, 1),
                             keystore=MemoryKeyStore())
        vault.close()
        cases = ((BARE, first_run), (APP, first_run), (APP, str(returning)))
        for code, folder in cases:
            _run(code, folder)  # warm the OS file cache for every case
        rounds = [[_run(code, folder) for code, folder in cases] for _ in range(args.repeat)]
    bare = median([r[0] for r in rounds])
    welcome = median([r[1] for r in rounds])
    unlock = median([r[2] for r in rounds])
    welcome_ratio = median([r[1] / r[0] for r in rounds])
    unlock_ratio = median([r[2] / r[0] for r in rounds])
    print_table(
        f"Cold start to first window (median of {args.repeat} alternating rounds, offscreen)",
        [
            ["bare PySide6 window (baseline)", ms(bare), "1.00×", "-", "-"],
            ["first run: welcome screen", ms(welcome), f"{welcome_ratio:.2f}×", "≤ 1.5×",
             "yes" if welcome_ratio <= 1.5 else "NO"],
            ["returning: unlock screen", ms(unlock), f"{unlock_ratio:.2f}×", "≤ 1.5×",
             "yes" if unlock_ratio <= 1.5 else "NO"],
        ],
        ["program", "time", "vs bare", "target", "met"],
    )
    return {"bare": bare, "welcome": welcome, "unlock": unlock,
            "welcome_ratio": welcome_ratio, "unlock_ratio": unlock_ratio}


if __name__ == "__main__":
    main()
