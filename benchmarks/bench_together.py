"""Together mode: from "Start" to the focus view on screen, against simple baselines.

Runs in one process on the offscreen platform with a demo vault (fast test key
parameters, a temporary folder). Each row is the median time from the click to the
view being painted once. Baselines measured in the same run:

- an empty focus view: what showing any full-window view costs here;
- the session with every page built up front (as Together mode did before it built
  pages when first shown).

    .venv/bin/python benchmarks/bench_together.py
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import median, ms, print_table  # noqa: E402

PASSPHRASE = "a calm blue lake at dawn"


def _until_painted(app, start: Callable[[], object]) -> float:
    began = time.perf_counter()
    view = start()
    view.repaint()
    app.processEvents()
    return time.perf_counter() - began


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication, QWidget

    from disclosure_helper.kdf import KdfParams
    from disclosure_helper.keystore import MemoryKeyStore
    from disclosure_helper.ui import together
    from disclosure_helper.ui.app import create_main_window
    from disclosure_helper.ui.context import AppContext
    from disclosure_helper.ui.widgets.plan_steps import step_editor
    from disclosure_helper.vault import Vault

    app = QApplication.instance() or QApplication([])
    fast = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
    with tempfile.TemporaryDirectory(prefix="dh-bench-") as tmp:
        folder = Path(tmp) / "vault"
        keystore = MemoryKeyStore()
        vault = Vault.create(folder, PASSPHRASE, kdf=fast, keystore=keystore)
        plan = vault.plans.create("Telling my manager", "current_job", "uk")
        plan.set_answer("why", "reasons_for", [{"id": "get_support", "weight": 3}])
        plan.set_answer("how", "opening", "Thank you for making time to talk.")
        vault.plans.save(plan)
        vault.settings.set("together.lock_on_exit", False)
        vault.close()

        ctx = AppContext(folder, keystore=keystore, kdf=fast)
        window = create_main_window(ctx, app)
        window.resize(1100, 800)
        window.show()
        window.unlock_screen.passphrase.setText(PASSPHRASE)
        window.unlock_screen.submit()
        deadline = time.monotonic() + 20
        while window.current_screen != "app" and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        page = window.shell.show_page("together")
        app.processEvents()

        def empty_view() -> QWidget:
            view = QWidget()
            ctx.show_focus_view(view)
            return view

        def session() -> QWidget:
            page.open_with(plan_id=plan.id)
            return page.start_session()

        def end() -> None:
            if page.view is not None:
                page.view.session.discard()
                page.view.forget()
                page._drop_view()
            ctx.end_focus_view()
            app.processEvents()

        def measure(start: Callable[[], object]) -> float:
            samples = []
            for _ in range(args.repeat):
                samples.append(_until_painted(app, start))
                end()
            return median(samples)

        empty = measure(empty_view)
        shipped = measure(session)
        eager_editor = step_editor.StepEditor
        together.view.StepEditor = lambda *a, **k: eager_editor(*a, **{**k, "lazy": False})
        try:
            all_pages = measure(session)
        finally:
            together.view.StepEditor = eager_editor
        window.close()
        ctx.shutdown()

    print_table(
        "Together mode: start a session (median, click to first paint)",
        [
            ["empty focus view (baseline)", ms(empty), "1.0x"],
            ["session, pages built when shown", ms(shipped), f"{shipped / empty:.1f}x"],
            ["session, every page built up front (no lazy pages)", ms(all_pages),
             f"{all_pages / empty:.1f}x"],
        ],
        ["what", "time", "vs empty view"],
    )


if __name__ == "__main__":
    main()
