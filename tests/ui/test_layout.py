"""Layout test mode: with every string ~40% longer, at normal, large and largest text,
no screen clips its text or needs sideways scrolling in a 1100×760 window.

The screens are opened the way the screenshot tour opens them (tests/ui/screenshot_tour.py),
so a screen added to the tour is checked here too. The vault holds a small journal, a few
plans and kept supporter's notes, made through the first-run wizard like a real start.
"""

from __future__ import annotations

import time

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from disclosure_helper.keystore import MemoryKeyStore
from disclosure_helper.preferences import Preferences
from disclosure_helper.ui.layout_test import (
    clipped_widgets,
    disable_layout_test,
    enable_layout_test,
    lengthen,
    settle,
)
from disclosure_helper.ui.theme import apply_theme
from tests.ui import screenshot_tour as tour_module
from tests.ui import screenshots_decisions, screenshots_together
from tests.ui.journal_demo_data import fill_journal

WINDOW_SIZE = (1100, 760)

# Screens still being reworked for large text: the Decisions steps and their dialogs,
# and Together mode. They are checked on their own below, expected to fail for now.
IN_PROGRESS = (
    "decisions-2", "decisions-3", "decisions-4", "decisions-5", "decisions-6", "decisions-7",
    "decisions-8", "decisions-9", "decisions-10", "decisions-11", "decisions-12",
    "decisions-13", "decisions-14", "decisions-15",
    "together-1", "together-2", "together-3", "together-4", "together-5", "together-6",
    "together-7", "together-8", "together-9", "together-10",
)


def _in_progress(name: str) -> bool:
    return any(name == part or name.startswith(part + "-") for part in IN_PROGRESS)


def _seed(vault) -> None:
    ids = fill_journal(vault, entries=40)
    vault.journal.delete_many(ids[:3])
    vault.journal.save_draft("new:layout", {
        "kind": "after_shift", "title": "Tuesday late", "body": "Started on the bus.",
        "fields": {}, "tags": ["late"],
    })
    screenshots_decisions.seed(vault)
    screenshots_together.seed(vault)


class _QuickTour(tour_module.Tour):
    """The tour's screens with short waits: layout needs a few event rounds, not seconds."""

    def wait(self, ms: int = 120) -> None:
        end = time.monotonic() + min(ms, 30) / 1000
        QCoreApplication.processEvents()
        while time.monotonic() < end:
            QCoreApplication.processEvents()
            time.sleep(0.005)
        # Then until the layout itself stops changing, however busy the machine is.
        # (Settling one window runs deferred deletions, which may take another with it,
        # such as a closed combo box's popup: skip windows already gone.)
        for widget in QApplication.topLevelWidgets():
            if shiboken6.isValid(widget) and widget.isVisible():
                settle(widget)

    def wait_until(self, condition, timeout_ms: int = 15_000) -> None:
        end = time.monotonic() + timeout_ms / 1000
        while not condition():
            if time.monotonic() > end:
                raise TimeoutError("screen did not become ready")
            QCoreApplication.processEvents()
            time.sleep(0.005)
        self.wait(0)


def _walk(qtbot, tmp_path, monkeypatch, scale: float, wanted) -> dict[str, list[str]]:
    """Open every wanted tour screen at `scale` in layout test mode; what each one clips."""
    from disclosure_helper.ui.app import create_main_window
    from disclosure_helper.ui.context import AppContext

    monkeypatch.setattr(tour_module, "SEEDS", [_seed])
    app = QCoreApplication.instance()
    enable_layout_test(app)
    ctx = AppContext(tmp_path / "data", keystore=MemoryKeyStore(), kdf=tour_module.DEMO_KDF)
    ctx.prefs.text_scale = scale
    problems: dict[str, list[str]] = {}
    try:
        window = create_main_window(ctx, app)
        qtbot.addWidget(window)
        window.resize(*WINDOW_SIZE)
        window.show()
        tour = _QuickTour(window, ctx)
        tour.wait()
        for screen in tour_module.SCREENS:
            # First-run steps always run: they make the vault the other screens use.
            if not wanted(screen.name) and screen.needs_vault:
                continue
            window.resize(*WINDOW_SIZE)
            target = screen.show(tour)
            if not wanted(screen.name):
                continue
            tour.wait()
            found = clipped_widgets(target or window,
                                    None if target is not None else WINDOW_SIZE[0])
            if found:
                problems[screen.name] = found
        tour.close_dialog()
        window.close()
    finally:
        disable_layout_test(app)
        ctx.shutdown()
        apply_theme(app, Preferences())
    return problems


def _report(problems: dict[str, list[str]]) -> str:
    return "clipped:\n" + "\n".join(
        f"  {name}: {line}" for name, lines in problems.items() for line in lines)


@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
def test_no_screen_clips_text(qtbot, tmp_path, monkeypatch, scale):
    problems = _walk(qtbot, tmp_path, monkeypatch, scale,
                     lambda name: not _in_progress(name))
    assert problems == {}, _report(problems)


@pytest.mark.xfail(
    strict=False,
    reason="At 200% text with longer translations, the Why page's two balance columns still "
    "need ~640 px side by side, and the supporter's notes labels at the largest Together size "
    "lack height",
)
def test_screens_in_progress_do_not_clip_text(qtbot, tmp_path, monkeypatch):
    problems = _walk(qtbot, tmp_path, monkeypatch, 2.0, _in_progress)
    assert problems == {}, _report(problems)


def test_every_kind_of_screen_is_walked():
    names = [s.name for s in tour_module.SCREENS if not _in_progress(s.name)]
    for expected in ("firstrun-1-welcome", "firstrun-2-passphrase", "firstrun-3-recovery-code",
                     "firstrun-4-finish", "home", "unlock", "unlock-recovery-code",
                     "problem-damaged-vault", "journal-timeline", "journal-search",
                     "journal-filters", "journal-checkin", "journal-trash", "journal-export",
                     "journal-editor-free", "journal-editor-incident", "insights-week",
                     "insights-month", "insights-year", "settings",
                     "settings-change-passphrase", "settings-new-recovery-code",
                     "settings-restore", "decisions-1-list"):
        assert expected in names


# -- the detector itself -------------------------------------------------------------


def _shown(qtbot, widget: QWidget, width: int) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(width, 200)
    widget.show()
    QCoreApplication.processEvents()
    return widget


def test_detector_reports_a_label_too_narrow_for_its_line(qtbot):
    holder = _shown(qtbot, QWidget(), 400)
    long = QLabel("A sentence far too long to sit on one line in a narrow box", holder)
    long.setObjectName("sentence")
    long.setGeometry(0, 0, 80, 30)
    long.show()
    found = clipped_widgets(holder)
    assert len(found) == 1 and "QLabel#sentence" in found[0]
    long.setWordWrap(True)
    long.setGeometry(0, 0, 80, long.heightForWidth(80))
    assert clipped_widgets(holder) == []


def test_detector_measures_rich_text_without_its_tags(qtbot):
    holder = _shown(qtbot, QWidget(), 400)
    rich = QLabel("<b>Short</b>", holder)
    rich.setGeometry(0, 0, rich.sizeHint().width(), 30)
    rich.show()
    assert clipped_widgets(holder) == []
    rich.setText("<b>" + "Much longer words in bold " * 3 + "</b>")
    assert clipped_widgets(holder)


def test_detector_reports_a_squeezed_button_and_wrapped_label_cut_short(qtbot):
    holder = _shown(qtbot, QWidget(), 400)
    squeezed = QPushButton("Make a new recovery code", holder)
    squeezed.setGeometry(0, 0, 60, 30)
    squeezed.show()
    cut = QLabel("Several words that wrap onto a few lines in a narrow label", holder)
    cut.setWordWrap(True)
    cut.setGeometry(0, 40, 90, 16)
    cut.show()
    found = clipped_widgets(holder)
    assert any(line.startswith("QPushButton 'Make a new") for line in found)
    assert any("wrapped text needs" in line for line in found)


def test_detector_skips_hidden_widgets(qtbot):
    holder = _shown(qtbot, QWidget(), 400)
    hidden = QLabel("A sentence far too long to sit on one line in a narrow box", holder)
    hidden.setGeometry(0, 0, 40, 20)
    hidden.hide()
    assert clipped_widgets(holder) == []


def test_lengthened_text_keeps_words_short_enough_to_wrap():
    longer = lengthen("A passphrase is like a password, only longer: a few words that mean "
                      "something to you and nobody else.")
    assert max(len(word) for word in longer.split()) <= 12
