"""Screenshots of every screen at 1366x768 (the people's laptop screen), at normal and
200% text, light and dark (and high contrast with --themes).

    xvfb-run -a .venv/bin/python tests/ui/screenshot_tour.py /tmp/shots
    make screenshots            # the same, into ./shots

A script, not a test: it builds a demo vault in a temporary folder (fast test key
parameters, never a real data folder), walks the screens and saves
`<screen>--<theme>-<size>.png`. Add a screen with one line:

    add_screen("journal-editor", lambda tour: tour.page("journal"))

The function gets the `Tour` and returns the widget to photograph (a page, a dialog,
or None for the whole window). Put demo content in the vault with `add_seed(fn)`,
`fn(vault)` runs once after the demo vault is created.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import shiboken6  # noqa: E402
from PySide6.QtCore import QCoreApplication, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QScrollArea, QWidget  # noqa: E402

from disclosure_helper.kdf import KdfParams  # noqa: E402
from disclosure_helper.keystore import MemoryKeyStore  # noqa: E402
from disclosure_helper.preferences import TEXT_SCALES  # noqa: E402
from tests.ui.screenshots_adjustments import register as _register_adjustments  # noqa: E402
from tests.ui.screenshots_decisions import register as _register_decisions  # noqa: E402
from tests.ui.screenshots_journal import register as _register_journal  # noqa: E402
from tests.ui.screenshots_together import register as _register_together  # noqa: E402

DEMO_PASSPHRASE = "a calm blue lake at dawn"
DEMO_KDF = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
WINDOW_SIZE = (1366, 768)
VARIANTS = [
    ("light", 1.0, "light-normal"),
    ("light", 2.0, "light-large"),
    ("dark", 1.0, "dark-normal"),
    ("dark", 2.0, "dark-large"),
]


@dataclass
class Screen:
    name: str
    show: Callable[[Tour], QWidget | None]
    needs_vault: bool = True


SCREENS: list[Screen] = []
SEEDS: list[Callable[[object], None]] = []


def add_screen(name: str, show: Callable[[Tour], QWidget | None], needs_vault: bool = True) -> None:
    SCREENS.append(Screen(name, show, needs_vault))


def add_seed(seed: Callable[[object], None]) -> None:
    SEEDS.append(seed)


class Tour:
    """What a screen function can use: the window, its context and small helpers."""

    def __init__(self, window, ctx) -> None:
        self.window = window
        self.ctx = ctx
        self.dialog: QDialog | None = None

    @staticmethod
    def wait(ms: int = 120) -> None:
        from disclosure_helper.ui.layout_test import settle

        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            QCoreApplication.processEvents()
            time.sleep(0.01)
        # Then until the layout stops changing: a busy machine lays out more slowly.
        # Settling runs deferred deletions, which can take other top-level widgets along.
        for widget in QApplication.topLevelWidgets():
            if shiboken6.isValid(widget) and widget.isVisible():
                settle(widget)

    def wait_until(self, condition: Callable[[], bool], timeout_ms: int = 15_000) -> None:
        end = time.monotonic() + timeout_ms / 1000
        while not condition():
            if time.monotonic() > end:
                raise TimeoutError("screen did not become ready")
            self.wait(20)

    def page(self, key: str, **kwargs) -> None:
        """Show a section of the unlocked app; returns None so the whole window is shot."""
        self.close_dialog()
        if self.window.current_screen != "app":
            self.unlock()
        self.window.shell.show_page(key, **kwargs)
        self.wait()

    def open_dialog(self, dialog: QDialog) -> QDialog:
        """Show a dialog without blocking; it is closed before the next screen."""
        self.close_dialog()
        self.dialog = dialog
        dialog.show()
        self.wait()
        return dialog

    def close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.done(0)
            self.dialog.deleteLater()
            self.dialog = None

    def lock(self) -> None:
        self.close_dialog()
        self.window.hide_now()
        self.wait()

    def unlock(self) -> None:
        if self.ctx.is_unlocked:
            return
        screen = self.window.unlock_screen
        screen.reset()
        screen.passphrase.setText(DEMO_PASSPHRASE)
        screen.submit()
        self.wait_until(lambda: self.window.current_screen == "app")


# -- first run ------------------------------------------------------------------


def _wizard(tour: Tour):
    return tour.window.firstrun


def _welcome(tour: Tour) -> None:
    _wizard(tour).go("welcome")


def _passphrase(tour: Tour) -> None:
    wizard = _wizard(tour)
    wizard.go("passphrase")
    wizard.pass1.setText("correct horse lake")
    wizard.pass2.setText("correct horse la")
    wizard.strength.evaluate_now(wizard.pass1.text())


def _recovery(tour: Tour) -> None:
    wizard = _wizard(tour)
    wizard.go("passphrase")
    wizard.pass1.setText(DEMO_PASSPHRASE)
    wizard.pass2.setText(DEMO_PASSPHRASE)
    wizard.create_vault()
    tour.wait_until(lambda: wizard.step == "recovery")
    for seed in SEEDS:
        seed(tour.ctx.vault)


def _finish(tour: Tour) -> None:
    wizard = _wizard(tour)
    wizard.recovery_panel.stored.setChecked(True)
    wizard.go("finish")


def _enter_app(tour: Tour) -> None:
    _wizard(tour).complete()
    tour.wait_until(lambda: tour.window.current_screen == "app")
    tour.window.shell.show_page("home")


add_screen("firstrun-1-welcome", _welcome, needs_vault=False)
add_screen("firstrun-2-passphrase", _passphrase, needs_vault=False)
add_screen("firstrun-3-recovery-code", _recovery, needs_vault=False)
add_screen("firstrun-4-finish", _finish, needs_vault=False)
add_screen("home", _enter_app, needs_vault=False)


def _home_support(tour: Tour) -> None:
    """The foot of Home, where the support line sits."""
    tour.page("home")
    home = tour.window.shell.pages["home"]
    screen = home.support.parentWidget()
    while screen is not None and not hasattr(screen, "ensureWidgetVisible"):
        screen = screen.parentWidget()
    if screen is not None:
        screen.ensureWidgetVisible(home.support, 0, 40)


add_screen("home-support-line", _home_support)

# -- the app ---------------------------------------------------------------------

add_screen("decisions", lambda tour: tour.page("decisions"))
_register_decisions(add_screen, add_seed)  # every Decisions step, dialog and panel
_register_journal(add_screen, add_seed)  # timeline, search, every editor, check-in, insights
_register_together(add_screen, add_seed)  # the page, consent, focus view, pause, end
_register_adjustments(add_screen, add_seed)  # My adjustments, its exports, together
add_screen("settings", lambda tour: tour.page("settings"))


def _change_passphrase(tour: Tour) -> QDialog:
    from disclosure_helper.ui.settings.passphrase import ChangePassphraseDialog

    tour.page("settings")
    return tour.open_dialog(ChangePassphraseDialog(tour.ctx, parent=tour.window))


def _new_code(tour: Tour) -> QDialog:
    from disclosure_helper.ui.recovery import RecoveryCodeDialog

    tour.page("settings")
    return tour.open_dialog(RecoveryCodeDialog(tour.ctx, "ABCD-EFGH-JKMN-PQRS-TWXY-2345-6789",
                                               parent=tour.window))


def _restore(tour: Tour) -> QDialog:
    from disclosure_helper.ui.restore import RestoreDialog

    tour.page("settings")
    return tour.open_dialog(RestoreDialog(tour.ctx, parent=tour.window))


def _help(topic: str) -> Callable[[Tour], QDialog]:
    def show(tour: Tour) -> QDialog:
        from disclosure_helper.ui.help.about import AboutDialog
        from disclosure_helper.ui.help.shortcuts_sheet import ShortcutsDialog

        tour.page("settings")
        dialog = AboutDialog(tour.ctx, tour.window) if topic == "about" \
            else ShortcutsDialog(tour.window)
        return tour.open_dialog(dialog)

    return show


add_screen("help-about", _help("about"))
add_screen("help-shortcuts", _help("shortcuts"))


def _settings_foot(tour: Tour) -> None:
    """The end of Settings: where you live, and the way to About this content."""
    tour.page("settings")
    page = tour.window.shell.pages["settings"]
    bar = page.findChild(QScrollArea).verticalScrollBar()
    bar.setValue(bar.maximum())


def _about_from_settings(tour: Tour) -> QDialog:
    _settings_foot(tour)
    section = tour.window.shell.pages["settings"].content
    section.about_button.click()
    tour.dialog = section.dialog
    tour.wait()
    return section.dialog


add_screen("settings-where-you-live", _settings_foot)
add_screen("settings-about-this-content", _about_from_settings)
add_screen("settings-change-passphrase", _change_passphrase)
add_screen("settings-new-recovery-code", _new_code)
add_screen("settings-restore", _restore)

# -- locked ------------------------------------------------------------------------


def _unlock(tour: Tour) -> None:
    tour.lock()


def _unlock_wrong(tour: Tour) -> None:
    tour.lock()
    screen = tour.window.unlock_screen
    screen.passphrase.setText("not the right one")
    screen.submit()
    tour.wait_until(lambda: screen.error.isVisible())


def _unlock_recovery(tour: Tour) -> None:
    tour.lock()
    tour.window.unlock_screen.set_mode("recovery")


add_screen("unlock", _unlock)
add_screen("unlock-wrong-passphrase", _unlock_wrong)
add_screen("unlock-recovery-code", _unlock_recovery)


def _problem(tour: Tour) -> None:
    from disclosure_helper.errors import VaultCorrupt

    tour.lock()
    tour.window.problem_screen.show_problem(VaultCorrupt(), can_restore=True)
    tour.window._show(tour.window.problem_screen, with_bar=False)


add_screen("problem-damaged-vault", _problem)


# -- running -----------------------------------------------------------------------


def run(out_dir: Path, only: list[str] | None = None) -> list[Path]:
    from disclosure_helper.ui.app import create_main_window, make_application
    from disclosure_helper.ui.context import AppContext

    out_dir.mkdir(parents=True, exist_ok=True)
    app = make_application([])
    saved: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="dh-tour-") as tmp:
        for index, (theme, scale, suffix) in enumerate(VARIANTS):
            ctx = AppContext(Path(tmp) / f"vault-{index}", keystore=MemoryKeyStore(),
                             kdf=DEMO_KDF)
            ctx.prefs.theme = theme
            ctx.prefs.text_scale = scale
            window = create_main_window(ctx, app)
            window.resize(*WINDOW_SIZE)
            window.show()
            tour = Tour(window, ctx)
            tour.wait(200)
            for screen in SCREENS:
                wanted = not only or any(part in screen.name for part in only)
                # First-run steps always run: they build the vault later screens need.
                if not wanted and screen.needs_vault:
                    continue
                if screen.needs_vault and ctx.vault is None:
                    continue
                target = screen.show(tour) or window
                if not wanted:
                    continue
                tour.wait(150)
                path = out_dir / f"{screen.name}--{suffix}.png"
                target.grab().save(str(path))
                saved.append(path)
            tour.close_dialog()
            window.close()
            window.deleteLater()
            tour.wait(50)
    QTimer.singleShot(0, app.quit)
    return saved


def _size_name(scale: float) -> str:
    return {1.0: "normal", 1.5: "large"}.get(scale, f"{round(scale * 100)}pct")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--only", nargs="*", help="screens whose name contains any of these")
    parser.add_argument("--themes", nargs="*", choices=("light", "dark", "high_contrast"),
                        help="themes to photograph, at normal and large text "
                             "(default: light and dark)")
    parser.add_argument("--sizes", nargs="*", type=float, choices=TEXT_SCALES,
                        help="text sizes to photograph, e.g. 1.0 1.5 (default: 1.0 2.0)")
    args = parser.parse_args(argv)
    if args.themes or args.sizes:
        sizes = [(s, _size_name(s)) for s in args.sizes] if args.sizes else [
            (1.0, "normal"), (2.0, "large")]
        VARIANTS[:] = [(theme, scale, f"{theme}-{size}")
                       for theme in (args.themes or ("light", "dark")) for scale, size in sizes]
    os.environ.pop("DISCLOSURE_HELPER_DATA_DIR", None)
    saved = run(args.out_dir, args.only)
    print(f"saved {len(saved)} screenshots to {args.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
