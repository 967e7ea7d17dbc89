"""The one window: first run, the neutral unlock screen, or the app with its sections.

Privacy controls live here because they must work on every screen: the Hide now
button, Ctrl+Shift+H, Escape twice, auto-lock after idle and lock on minimise all
go through `ctx.lock_now()`, which saves typed text first and then shows the unlock
screen. The title is always just the app's name, or the plain name the person chose
for a shared computer (ui/branding.py).
"""

from __future__ import annotations

import importlib
import logging
import time
from collections.abc import Callable, Iterator, Mapping
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QSize, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from disclosure_helper.errors import VaultError, VaultInUse
from disclosure_helper.paths import holds_vault
from disclosure_helper.ui import branding, startup
from disclosure_helper.ui.context import AppContext
from disclosure_helper.ui.navigation import PAGES, PageSpec
from disclosure_helper.ui.ops import Op
from disclosure_helper.ui.page import Page
from disclosure_helper.ui.widgets import CurrentPageStack, button, label
from disclosure_helper.ui.widgets.window_input import window_input

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QCloseEvent, QKeyEvent, QShortcut
    from PySide6.QtWidgets import QDialog

    from disclosure_helper.ui.idle import IdleWatcher
    from disclosure_helper.ui.unlock.screen import UnlockScreen
    from disclosure_helper.ui.widgets import MessageBanner

log = logging.getLogger(__name__)

APP_TITLE = "Disclosure Helper"
DOUBLE_ESCAPE_MS = 600
KDF_CHECK_DELAY_MS = 4000
PREPARE_AFTER_MS = 300
# How often a preparation step that is waiting (for the read-ahead worker) looks again.
WAIT_STEP_MS = 10
# The shell is drawn off screen in this many bands, one a turn (`_paint_steps`).
PAINT_BANDS = 4


def load_page_class(spec: PageSpec) -> type[Page]:
    """The page class for a section; an import error is a packaging bug and is raised."""
    module = importlib.import_module(spec.module)
    return getattr(module, spec.class_name)


def nav_title(spec: PageSpec) -> str:
    return QCoreApplication.translate("Navigation", spec.title)


def _lock_on_minimise(ctx: AppContext) -> bool:
    from disclosure_helper.ui import options  # loaded after the first screen

    return bool(options.LOCK_ON_MINIMISE.get(ctx))


class _DoubleEscape:
    """Escape pressed twice in quick succession, anywhere in the app (`window_input`)."""

    def __init__(self, on_double: Callable[[], object],
                 clock: Callable[[], float] = time.monotonic) -> None:
        # Made once the first window is up (PySide's `Qt` namespace is built on first
        # use, ui/startup.py).
        from PySide6.QtCore import Qt

        self._escape = Qt.Key.Key_Escape
        self._on_double = on_double
        self._last = 0.0
        # Seconds, monotonic; tests give a clock that moves only when they say so.
        self.clock = clock

    def __call__(self, _receiver: QObject | None, event: QKeyEvent) -> bool:
        if event.key() != self._escape or event.isAutoRepeat():
            return False
        now = self.clock() * 1000
        if now - self._last <= DOUBLE_ESCAPE_MS:
            self._last = 0.0
            self._on_double()
            return True
        self._last = now
        return False


class _Pages(Mapping[str, Page]):
    """The shell's pages by key; a page is built the first time it is asked for."""

    def __init__(self, shell: Shell) -> None:
        self._shell = shell
        self.built: dict[str, Page] = {}

    def __getitem__(self, key: str) -> Page:
        return self._shell.page(key)

    def __iter__(self) -> Iterator[str]:
        return iter(spec.key for spec in PAGES)

    def __len__(self) -> int:
        return len(PAGES)

    def __contains__(self, key: object) -> bool:
        return any(spec.key == key for spec in PAGES)


class Shell(QWidget):
    """Navigation on the left, the current section on the right.

    Each section's page is built when it is first shown (or asked for), so unlocking
    builds only Home: the window is ready at once, whatever else the app holds.
    `page_built(key, page)` announces each page as it is made.
    """

    page_built = Signal(str, object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 show_first: bool = True) -> None:
        super().__init__(parent)
        # Here rather than at the top: the first screen has no sections (ui/startup.py).
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence, QShortcut
        from PySide6.QtWidgets import QListWidget, QListWidgetItem

        self.ctx = ctx
        self.pages = _Pages(self)
        self._slots: dict[str, QWidget] = {}
        self._live = False  # pages have been told the vault is open
        self.specs: dict[str, PageSpec] = {spec.key: spec for spec in PAGES}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        self.nav_panel = QWidget()
        self.nav_panel.setObjectName("navPanel")
        nav_layout = QVBoxLayout(self.nav_panel)
        nav_layout.setContentsMargins(10, 16, 10, 12)
        nav_layout.setSpacing(8)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        nav_layout.addWidget(self.nav, 1)
        layout.addWidget(self.nav_panel)

        self.stack = CurrentPageStack()
        self.stack.setObjectName("pageStack")
        layout.addWidget(self.stack, 1)

        for spec in PAGES:
            slot = QWidget()  # stands in until the page is first shown
            self._slots[spec.key] = slot
            self.stack.addWidget(slot)
            item = QListWidgetItem(nav_title(spec))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            shortcut_text = QKeySequence(spec.shortcut).toString(
                QKeySequence.SequenceFormat.NativeText
            )
            item.setToolTip(f"{nav_title(spec)} ({shortcut_text})")
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, shortcut_text)
            self.nav.addItem(item)
            shortcut = QShortcut(QKeySequence(spec.shortcut), self)
            shortcut.activated.connect(lambda key=spec.key: self.show_page(key))
        self.nav.currentRowChanged.connect(self._row_changed)
        self._fit_nav_width()
        if show_first:
            self.nav.setCurrentRow(0)

    def _make_page(self, spec: PageSpec) -> Page:
        page = load_page_class(spec)(self.ctx)
        page.setObjectName(f"page-{spec.key}")
        return page

    def page(self, key: str) -> Page:
        """The page for a section, built now if this is the first time it is needed."""
        page = self.pages.built.get(key)
        if page is not None:
            return page
        spec = self.specs[key]
        page = self._make_page(spec)
        slot = self._slots.pop(key)
        index = self.stack.indexOf(slot)
        showing = self.stack.currentIndex() == index
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(slot)
        slot.deleteLater()
        if showing:
            self.stack.setCurrentIndex(index)
        self.pages.built[key] = page
        if self._live:
            page.on_unlocked()
            page.forget_missed()
        self.page_built.emit(key, page)
        return page

    def _fit_nav_width(self) -> None:
        metrics = self.nav.fontMetrics()
        widest = max(metrics.horizontalAdvance(nav_title(s)) for s in PAGES)
        # Item heights from the font, so rows grow with the text size setting.
        row_height = round(metrics.height() * 2.1)
        for row in range(self.nav.count()):
            self.nav.item(row).setSizeHint(QSize(widest, row_height))
        self.nav.setSpacing(2)
        # Room for bold selected text, padding and the selection marker.
        self.nav_panel.setFixedWidth(max(round(widest * 1.15) + 80,
                                         metrics.averageCharWidth() * 20))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        from PySide6.QtCore import QEvent  # made at the first unlock, not at start

        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_nav_width()
        super().changeEvent(event)

    def _row_changed(self, row: int) -> None:
        if 0 <= row < self.stack.count():
            self.page(PAGES[row].key)
            self.stack.setCurrentIndex(row)

    @property
    def current_key(self) -> str:
        return PAGES[self.stack.currentIndex()].key

    def show_page(self, key: str, **kwargs: Any) -> Page | None:
        if key not in self.pages:
            log.info("unknown page requested")
            return None
        row = [spec.key for spec in PAGES].index(key)
        self.nav.setCurrentRow(row)
        page = self.pages[key]
        if kwargs:
            page.open_with(**kwargs)
        return page

    def unlocked(self) -> None:
        self._live = True
        for page in list(self.pages.built.values()):
            page.on_unlocked()
            page.forget_missed()

    def about_to_lock(self) -> None:
        self._live = False
        for page in list(self.pages.built.values()):
            try:
                page.on_about_to_lock()
            except Exception as exc:
                # A page failing to save must not stop the lock; the others still save.
                # Only the type is logged: a message could quote what the person wrote.
                log.warning("a page could not prepare for locking: %s", type(exc).__name__)


class MainWindow(QMainWindow):
    """Screens: "firstrun", "unlock", "problem", "app" and "focus" (Together mode)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(branding.display_name(ctx.prefs))
        self.setObjectName("mainWindow")
        self.shell: Shell | None = None
        self.firstrun = None
        self._focus_widget: QWidget | None = None
        self._startup_op: Op | None = None
        self._preparing = False
        self._closed = False

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        self.top_bar = QWidget()
        self.top_bar.setObjectName("topBar")
        bar = QHBoxLayout(self.top_bar)
        bar.setContentsMargins(20, 8, 16, 8)
        self.brand = label(branding.display_name(ctx.prefs), "brand", wrap=False)
        bar.addWidget(self.brand)
        bar.addStretch(1)
        self.help_button = button(self.tr("Help"), accessible_name=self.tr("Help"))
        self.help_button.setObjectName("helpButton")
        bar.addWidget(self.help_button)
        self.hide_button = button(
            self.tr("Hide now"),
            self.hide_now,
            role="hide",
            accessible_name=self.tr("Hide now"),
            tooltip=self.tr("Lock the app straight away (Ctrl+Shift+H, or Escape twice)"),
        )
        self.hide_button.setAccessibleDescription(
            self.tr("Locks the app straight away and shows the unlock screen.")
        )
        bar.addWidget(self.hide_button)
        outer.addWidget(self.top_bar)
        self._outer = outer
        # Made when a vault opens read-only (below the top bar): the first screens never
        # need it, and a banner is one of the costlier widgets to make.
        self._read_only_banner: MessageBanner | None = None

        self.screens = CurrentPageStack()
        self.screens.setObjectName("screens")
        outer.addWidget(self.screens, 1)
        self.setCentralWidget(central)

        # Made when first shown: on first run that is only at the first lock.
        self._unlock_screen: UnlockScreen | None = None
        self._problem_screen: QWidget | None = None  # made if there is a problem to show
        self.focus_holder = QWidget()
        self.focus_holder.setObjectName("focusView")
        self._focus_layout = QVBoxLayout(self.focus_holder)
        self._focus_layout.setContentsMargins(0, 0, 0, 0)
        self.screens.addWidget(self.focus_holder)

        self.hide_shortcut: QShortcut | None = None
        self.sheet_shortcuts: list[QShortcut] = []
        startup.once_shown(self._add_shortcuts_and_help)
        self._help_dialog: QDialog | None = None
        self._double_escape: _DoubleEscape | None = None
        startup.once_shown(self._watch_double_escape)
        startup.once_shown(self._watch_window_state)  # lock on minimise
        self._idle: IdleWatcher | None = None  # auto-lock, made at the first unlock

        ctx.about_to_lock.connect(self._about_to_lock)
        ctx.locked.connect(self._on_locked)
        ctx.navigate_requested.connect(self._navigate)
        ctx.focus_view_requested.connect(self._show_focus_view)
        ctx.focus_view_ended.connect(self._end_focus_view)
        ctx.help_requested.connect(self.show_help)
        ctx.appearance_changed.connect(self._apply_branding)
        ctx.setting_changed.connect(self._setting_changed)
        self._apply_branding()
        self.top_bar.hide()
        self.resize(1040, 720)

    @property
    def unlock_screen(self) -> UnlockScreen:
        """The passphrase prompt (made the first time it is needed)."""
        if self._unlock_screen is None:
            from disclosure_helper.ui.unlock.screen import UnlockScreen

            screen = UnlockScreen(self.ctx)
            screen.unlocked.connect(self._on_unlocked)
            screen.unlock_started.connect(self._prepare_shell)
            screen.open_requested.connect(self.open_vault)
            screen.set_show_name(not branding.is_plain(self.ctx.prefs))
            self.screens.addWidget(screen)
            self._unlock_screen = screen
        return self._unlock_screen

    @property
    def problem_screen(self) -> Any:
        """The screen that explains a vault that cannot be opened (made when first needed)."""
        if self._problem_screen is None:
            from disclosure_helper.ui.unlock.problem import ProblemScreen

            screen = ProblemScreen(self.ctx)
            screen.recovered.connect(self._on_unlocked)
            screen.retry_requested.connect(self.start)
            self.screens.addWidget(screen)
            self._problem_screen = screen
        return self._problem_screen

    # -- which screen --------------------------------------------------------

    @property
    def current_screen(self) -> str:
        widget = self.screens.currentWidget()
        if widget is not None and widget is self._unlock_screen:
            return "unlock"
        if widget is not None and widget is self._problem_screen:
            return "problem"
        if widget is self.focus_holder:
            return "focus"
        if self.shell is not None and widget is self.shell:
            return "app"
        if self.firstrun is not None and widget is self.firstrun:
            return "firstrun"
        return ""

    def _show(self, widget: QWidget, with_bar: bool) -> None:
        # The bar first: the screen below is then laid out once, at its final height.
        self.top_bar.setVisible(with_bar)
        self.screens.setCurrentWidget(widget)
        self.setWindowTitle(branding.display_name(self.ctx.prefs))
        self._enable_sheet_shortcuts()

    def _enable_sheet_shortcuts(self) -> None:
        # Together mode answers F1 with its guidance; Ctrl+? still opens the sheet there.
        if not self.sheet_shortcuts:
            return  # made after the first window (_add_shortcuts_and_help)
        from PySide6.QtGui import QKeySequence

        in_focus_view = self.screens.currentWidget() is self.focus_holder
        for sheet in self.sheet_shortcuts:
            sheet.setEnabled(not in_focus_view or sheet.key() != QKeySequence("F1"))

    def start(self) -> None:
        """Decide the first screen: set-up, or unlock. A vault found here is opened just
        after the unlock screen is on screen (see `open_vault`); a problem with it, or
        unlocking from the keyring, shows then."""
        ctx = self.ctx
        if ctx.vault is not None and ctx.vault.is_open:
            self._show_unlock()
            return
        if not holds_vault(ctx.data_dir):
            self._show_firstrun()
            return
        self._show_unlock()
        startup.once_shown(self.open_vault)

    def open_vault(self) -> bool:
        """Open the vault found at start, if not yet open: True when the passphrase
        prompt stays; False when a problem screen shows instead, or the keyring is
        being asked (the prompt waits, busy)."""
        ctx = self.ctx
        if ctx.vault is not None:
            return self.current_screen == "unlock" and not self.unlock_screen.busy.running
        if self._closed or self.current_screen != "unlock":
            return False
        from disclosure_helper.vault import Vault  # the vault's code, after the first frame

        try:
            vault = Vault.open(ctx.data_dir, keystore=ctx.keystore)
        except VaultInUse as exc:
            self.problem_screen.show_problem(exc, can_restore=False)
            self._show(self.problem_screen, with_bar=False)
            return False
        except VaultError as exc:
            self.problem_screen.show_problem(exc, can_restore=True)
            self._show(self.problem_screen, with_bar=False)
            return False
        ctx.set_vault(vault)
        if not vault.remember_on_device:
            return True
        self.unlock_screen.set_busy(True, self.tr("Opening…"))
        self._startup_op = Op(
            self,
            vault.unlock_from_keyring,
            on_done=self._keyring_done,
            on_error=self._keyring_failed,
        ).start()
        self._prepare_shell()
        return False

    def _keyring_done(self, ok: bool) -> None:
        self.unlock_screen.set_busy(False)
        if ok:
            self._on_unlocked(False)
        else:
            self._show_unlock(clear=False)  # keep what was typed before the keyring was asked

    def _keyring_failed(self, exc: Exception) -> None:
        self.unlock_screen.set_busy(False)
        if isinstance(exc, VaultError):
            self.problem_screen.show_problem(exc, can_restore=True)
            self._show(self.problem_screen, with_bar=False)
        else:
            self._show_unlock(clear=False)

    def _show_firstrun(self) -> None:
        from disclosure_helper.ui.firstrun.wizard import FirstRunWizard

        if self.firstrun is None:
            self.firstrun = FirstRunWizard(self.ctx)
            self.firstrun.finished.connect(self._on_unlocked)
            self.screens.addWidget(self.firstrun)
        self._show(self.firstrun, with_bar=False)
        self.firstrun.focus_first()

    def _show_unlock(self, clear: bool = True) -> None:
        if clear:
            self.unlock_screen.reset()
        self._show(self.unlock_screen, with_bar=False)
        self.unlock_screen.focus_first()
        # While the person types their passphrase, the GUI thread is idle: get Home ready
        # then, a step at a time, so unlocking has only to show it.
        if self.shell is None:
            QTimer.singleShot(PREPARE_AFTER_MS, self._prepare_shell)

    def _ensure_shell(self, show_first: bool = True) -> Shell:
        if self.shell is None:
            self.shell = Shell(self.ctx, show_first=show_first)
            self.shell.page_built.connect(self._page_built)
            self.screens.addWidget(self.shell)
        if show_first and self.shell.nav.currentRow() < 0:
            self.shell.nav.setCurrentRow(0)
        return self.shell

    def _prepare_shell(self) -> None:
        """While the key is worked out off the GUI thread, build what unlocking will show.

        Each step runs on its own turn of the event loop, so the busy indicator keeps
        moving; by the time the vault opens, showing Home is all that is left.
        """
        if self.shell is not None or self._preparing:
            return
        self._preparing = True
        steps: list[Callable[[], object]] = [
            # the code and content Home reads and shows (content on a worker: see there)
            *startup.before_first_unlock(),
            lambda: load_page_class(PAGES[0]),  # Home's code
            lambda: self._ensure_shell(show_first=False),  # navigation, no page yet
            lambda: self._ensure_shell(),  # Home itself
            # The style's Python type (QStyle and its enums, ~20 ms once): unlocking
            # restyles Home's messages (`repolish`) and would build it then.
            self.style,
            self._polish_shell,  # styles resolved now rather than when first drawn
            self._lay_out_shell,  # and sizes worked out at the window's size
            *self._paint_steps(),  # and drawn once, off screen
        ]

        def next_step() -> None:
            if steps and self.current_screen in ("unlock", ""):
                # A step that returns False is not ready yet: it is tried again later.
                if steps[0]() is not False:
                    steps.pop(0)
                    startup.next_turn(self, next_step)
                else:
                    QTimer.singleShot(WAIT_STEP_MS, self, next_step)
            else:
                self._preparing = False

        # Tied to the window, so a step still queued when it closes is dropped.
        startup.next_turn(self, next_step)

    def _polish_shell(self) -> None:
        if self.shell is not None:
            # The top bar too: hidden on the lock screens, it first shows with the shell.
            for part in (self.shell, self.top_bar):
                part.ensurePolished()
                for widget in part.findChildren(QWidget):
                    widget.ensurePolished()

    def _lay_out_shell(self) -> None:
        if self.shell is not None and not self.shell.isVisible():
            # At the size it will have: the window less the top bar shown above it.
            area = self.screens.contentsRect()
            if self.top_bar.isHidden():
                area.setHeight(max(1, area.height() - self.top_bar.sizeHint().height()))
            self.shell.setGeometry(area)
            layout = self.shell.layout()
            if layout is not None:
                layout.activate()
            bar = self.top_bar.layout()
            if bar is not None:
                self.top_bar.resize(self.width(), self.top_bar.sizeHint().height())
                bar.activate()

    def _paint_steps(self) -> list[Callable[[], object]]:
        """Draw the shell once into a throwaway image, a band of it per step (the whole of
        it at once is more than a frame): the glyphs of its text, its styled frames and
        icons are then cached, so the first real paint after unlocking is quick. Nothing
        of the person's is in it yet (the vault is still locked)."""

        def paint(band: int) -> None:
            shell = self.shell
            if shell is None or shell.isVisible() or self.ctx.is_unlocked:
                return
            from PySide6.QtCore import QPoint
            from PySide6.QtGui import QPixmap, QRegion

            if band < 0:
                self.top_bar.render(QPixmap(self.top_bar.size()))
                return
            height = -(-shell.height() // PAINT_BANDS)
            top = band * height
            image = QPixmap(shell.width(), height)
            shell.render(image, QPoint(0, 0), QRegion(0, top, shell.width(), height))

        return [partial(paint, band) for band in range(-1, PAINT_BANDS)]

    def _page_built(self, _key: str, page: Page) -> None:
        privacy_changed = getattr(page, "privacy_changed", None)
        if privacy_changed is not None:
            privacy_changed.connect(self.apply_privacy_settings)

    def _on_unlocked(self, via_recovery: bool = False) -> None:
        shell = self._ensure_shell()
        self.ctx.announce_unlocked()
        self.ctx.check_keyring()
        shell.unlocked()
        shell.show_page("home")
        # Showing it takes the next turn of the event loop: reading the person's data and
        # laying out the screen in one go would hold the GUI thread for more than a frame.
        startup.next_turn(self, lambda: self._show_unlocked(via_recovery))

    def _show_unlocked(self, via_recovery: bool) -> None:
        shell = self.shell
        if shell is None or not self.ctx.is_unlocked:
            return  # locked again in between (Hide now): the unlock screen stays
        # Shown in this turn, drawn in the next: showing the sections and drawing the
        # whole window in one turn would hold the GUI thread for more than a frame. The
        # unlock screen stays on screen, as drawn, until then.
        self.setUpdatesEnabled(False)
        startup.next_turn(self, lambda: self.setUpdatesEnabled(True))
        self._show(shell, with_bar=True)
        if self.firstrun is not None:
            self.screens.removeWidget(self.firstrun)
            self.firstrun.deleteLater()
            self.firstrun = None
        shell.nav.setFocus()
        self.apply_privacy_settings()
        self._show_read_only_banner()
        if via_recovery:
            shell.show_page("settings", reason="recovered")
        # A few seconds on, once the person has settled in: is the passphrase protected
        # as strongly as this machine easily could? (Calibrating takes about a second.)
        QTimer.singleShot(KDF_CHECK_DELAY_MS, self.ctx.check_kdf)

    @property
    def idle(self) -> IdleWatcher:
        """Auto-lock's watch on input (runs only while unlocked)."""
        if self._idle is None:
            from disclosure_helper.ui.idle import IdleWatcher

            self._idle = IdleWatcher(self._idle_lock, self)
        return self._idle

    @property
    def read_only_banner(self) -> MessageBanner:
        if self._read_only_banner is None:
            from disclosure_helper.ui.widgets import MessageBanner

            self._read_only_banner = MessageBanner()
            self._read_only_banner.setObjectName("readOnlyBanner")
            self._outer.insertWidget(self._outer.indexOf(self.top_bar) + 1,
                                     self._read_only_banner)
        return self._read_only_banner

    def _show_read_only_banner(self) -> None:
        vault = self.ctx.vault
        if vault is not None and vault.read_only:
            self.read_only_banner.show_message(self.tr(
                "Read only: this vault's folder or drive cannot be written to, so you can "
                "read everything but nothing new can be saved. To write again, copy the "
                "folder somewhere you can write to, or make the drive writable, and open "
                "the app again."), "warning")
        elif self._read_only_banner is not None:
            self._read_only_banner.dismiss()

    # -- privacy -----------------------------------------------------------

    def apply_privacy_settings(self) -> None:
        if not self.ctx.is_unlocked:
            return
        from disclosure_helper.ui import options  # after the first screen

        self.idle.set_minutes(options.AUTO_LOCK_MINUTES.get(self.ctx))
        self.idle.start()

    def _setting_changed(self, key: str, _old: object, _new: object) -> None:
        from disclosure_helper.ui import options

        if key == options.AUTO_LOCK_MINUTES.key:
            self.apply_privacy_settings()

    def hide_now(self) -> None:
        """Lock at once. Does nothing while nothing is open."""
        if self.ctx.is_unlocked:
            self.ctx.lock_now()

    def _idle_lock(self) -> None:
        self.hide_now()

    def _about_to_lock(self) -> None:
        if self.shell is not None:
            self.shell.about_to_lock()

    def _on_locked(self) -> None:
        from PySide6.QtWidgets import QDialog  # a class the first window need not build

        if self._idle is not None:
            self._idle.stop()
        if self._read_only_banner is not None:
            self._read_only_banner.dismiss()
        self._drop_focus_widget()
        for widget in QApplication.topLevelWidgets():
            # Open dialogs may show content; close them so nothing stays on screen.
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.done(QDialog.DialogCode.Rejected)
        self._show_unlock()

    def _watch_double_escape(self) -> None:
        watch = window_input()
        if watch is not None:
            self._double_escape = _DoubleEscape(self.hide_now)
            watch.add_key_handler(self._double_escape, owner=self)

    def _watch_window_state(self) -> None:
        # From the window's own signal rather than a change event handler: the first event
        # a Python handler receives makes PySide build ~50 event types, and the first
        # window would receive several (ui/startup.py). The window is made here if it has
        # not been shown yet (tests); the app never recreates it.
        if self.windowHandle() is None:
            self.create()
        handle = self.windowHandle()
        if handle is not None:
            handle.windowStateChanged.connect(self._window_state_changed)

    def _window_state_changed(self, *_state: object) -> None:
        if self.isMinimized() and self.ctx.is_unlocked and _lock_on_minimise(self.ctx):
            # Deferred: locking restyles widgets, which Qt dislikes mid state change.
            QTimer.singleShot(0, self.hide_now)

    # -- navigation and focus view --------------------------------------------

    def _navigate(self, key: str, kwargs: dict) -> None:
        if self.shell is None or not self.ctx.is_unlocked:
            return
        if self.current_screen == "focus":
            self._end_focus_view()
        self.shell.show_page(key, **kwargs)

    def _show_focus_view(self, widget: QWidget) -> None:
        if not self.ctx.is_unlocked:
            return
        self._drop_focus_widget()
        self._focus_widget = widget
        self._focus_layout.addWidget(widget)
        widget.show()
        self._show(self.focus_holder, with_bar=True)
        widget.setFocus()
        # A focus view is Together mode: two people talking is not the app left idle,
        # so auto-lock waits until it ends. Hide now still locks at once.
        self.idle.set_paused(True)

    def _drop_focus_widget(self) -> None:
        if self._idle is not None:
            self._idle.set_paused(False)
        if self._focus_widget is not None:
            # Handed back without a parent: the page that asked keeps its own reference.
            self._focus_layout.removeWidget(self._focus_widget)
            self._focus_widget.hide()
            self._focus_widget.setParent(None)
            self._focus_widget = None

    def _end_focus_view(self) -> None:
        self._drop_focus_widget()
        if self.shell is not None and self.ctx.is_unlocked:
            self._show(self.shell, with_bar=True)

    # -- name, help and opening a backup ----------------------------------------

    def _apply_branding(self) -> None:
        branding.apply_to_app(QApplication.instance(), self.ctx.prefs)
        name = branding.display_name(self.ctx.prefs)
        self.setWindowTitle(name)
        self.brand.setText(name)
        if self._unlock_screen is not None:
            self._unlock_screen.set_show_name(not branding.is_plain(self.ctx.prefs))

    def _add_shortcuts_and_help(self) -> None:
        """Hide now (Ctrl+Shift+H), the shortcuts sheet (F1, Ctrl+?) and the Help menu.

        Made just after the first window shows (ui/startup.py): the first screens have
        nothing to hide and no top bar, and the app's table of shortcuts loads with them.
        """
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence, QShortcut

        from disclosure_helper.ui import shortcuts

        self.hide_shortcut = QShortcut(QKeySequence(shortcuts.HIDE), self)
        self.hide_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.hide_shortcut.activated.connect(self.hide_now)
        for keys in shortcuts.SHORTCUTS_SHEET:
            sheet = QShortcut(QKeySequence(keys), self)
            sheet.activated.connect(lambda: self.show_help("shortcuts"))
            self.sheet_shortcuts.append(sheet)
        self._enable_sheet_shortcuts()
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self.help_button)
        sheet_keys = QKeySequence(shortcuts.SHORTCUTS_SHEET[0]).toString(
            QKeySequence.SequenceFormat.NativeText)
        menu.addAction(self.tr("Keyboard shortcuts") + f"\t{sheet_keys}",
                       lambda: self.show_help("shortcuts"))
        menu.addAction(self.tr("About"), lambda: self.show_help("about"))
        self.help_button.setMenu(menu)

    def show_help(self, topic: str) -> QDialog:
        """Open the About screen or the shortcuts sheet (built when first asked for)."""
        from PySide6.QtWidgets import QDialog

        if self._help_dialog is not None and self._help_dialog.isVisible():
            self._help_dialog.done(QDialog.DialogCode.Rejected)
        if topic == "about":
            from disclosure_helper.ui.help.about import AboutDialog

            dialog = AboutDialog(self.ctx, self)
        else:
            from disclosure_helper.ui.help.shortcuts_sheet import ShortcutsDialog

            dialog = ShortcutsDialog(self)
        from PySide6.QtCore import Qt

        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: setattr(self, "_help_dialog", None))
        self._help_dialog = dialog
        dialog.open()
        return dialog

    def open_backup(self, path: Path) -> None:
        """A backup file given on the command line (double-clicked): open its restore flow.

        With no vault here yet it is restored into this data folder and opened; with one,
        into an empty folder of the person's choosing, never over the vault they have.
        """
        screen = self.current_screen
        if screen == "firstrun" and self.firstrun is not None:
            self.firstrun.restore(backup_file=path)
        elif screen == "problem" and self.problem_screen.restore_button.isVisible():
            self.problem_screen.restore(backup_file=path)
        elif screen in ("unlock", "app", "focus"):
            from disclosure_helper.ui.restore import restore_elsewhere

            folder = restore_elsewhere(self.ctx, path, self)
            if folder is not None:
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.information(self, self.tr("Backup restored"), self.tr(
                    "The backup was restored into %1 and checked. The vault you have here "
                    "has not been changed.").replace("%1", str(folder)))

    # -- quitting --------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self._closed = True
        if self._idle is not None:
            self._idle.stop()
        self.ctx.shutdown()
        watch = window_input()
        if self._double_escape is not None and watch is not None:
            watch.remove_key_handler(self._double_escape)
        event.accept()
