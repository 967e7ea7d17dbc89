"""Hide now, shortcuts, auto-lock, lock on minimise, clipboard and window title."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from disclosure_helper.ui.main_window import DOUBLE_ESCAPE_MS
from tests.conftest import PASSPHRASE
from tests.ui.helpers import FakeClock, key_through_window


def _locked(window, ctx) -> bool:
    return window.current_screen == "unlock" and not ctx.is_unlocked


def test_hide_now_button_locks_and_pages_save_first(qtbot, main_window, ctx):
    order = []
    ctx.about_to_lock.connect(lambda: order.append(("about_to_lock", ctx.vault.is_unlocked)))
    ctx.locked.connect(lambda: order.append(("locked", ctx.vault.is_unlocked)))
    assert main_window.hide_button.accessibleName() == "Hide now"
    assert main_window.hide_button.isVisible()
    qtbot.mouseClick(main_window.hide_button, Qt.MouseButton.LeftButton)
    assert _locked(main_window, ctx)
    assert order == [("about_to_lock", True), ("locked", False)]
    # The neutral screen: empty fields, no message, no top bar, just the name.
    screen = main_window.unlock_screen
    assert screen.passphrase.text() == "" and not screen.error.isVisible()
    assert not main_window.top_bar.isVisible()
    assert main_window.windowTitle() == "Disclosure Helper"


def test_shortcut_locks(qtbot, main_window, ctx):
    main_window.activateWindow()
    qtbot.waitActive(main_window)
    qtbot.keyClick(main_window.shell.nav, Qt.Key.Key_H,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert _locked(main_window, ctx)


def test_escape_twice_locks_but_once_does_not(qtbot, main_window, ctx):
    main_window._double_escape.clock = clock = FakeClock()
    nav = main_window.shell.nav
    nav.setFocus()
    key_through_window(nav, Qt.Key.Key_Escape)
    clock.advance(DOUBLE_ESCAPE_MS + 100)
    key_through_window(nav, Qt.Key.Key_Escape)
    assert ctx.is_unlocked  # two presses far apart are not a double press
    clock.advance(DOUBLE_ESCAPE_MS - 100)
    key_through_window(nav, Qt.Key.Key_Escape)
    assert _locked(main_window, ctx)


def test_escape_twice_in_a_dialog_locks_too(qtbot, main_window, ctx):
    """The first Escape closes the dialog; the second, in the window below, hides."""
    from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

    main_window._double_escape.clock = clock = FakeClock()
    dialog = QDialog(main_window)
    field = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(field)
    dialog.show()
    field.setFocus()
    key_through_window(field, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    clock.advance(DOUBLE_ESCAPE_MS - 100)
    main_window.shell.nav.setFocus()
    key_through_window(main_window.shell.nav, Qt.Key.Key_Escape)
    assert _locked(main_window, ctx)


def test_auto_lock_after_idle_and_activity_postpones_it(qtbot, main_window, ctx):
    idle = main_window.idle
    idle.clock = clock = FakeClock()
    idle.set_interval_ms(400)
    for _ in range(4):
        clock.advance(300)
        key_through_window(main_window.shell.nav, Qt.Key.Key_Shift)  # a key press is input
        clock.advance(150)
        idle.check()  # 450 ms since the start, but only 150 since the last input
        assert ctx.is_unlocked and idle.running
    clock.advance(249)
    idle.check()
    assert ctx.is_unlocked
    clock.advance(1)
    idle.check()
    assert _locked(main_window, ctx)
    assert not idle.running


def test_mouse_wheel_and_input_method_count_as_activity(qtbot, main_window, ctx):
    """Not only keys: a click, a turn of the wheel or text from an input method (as a
    person typing Chinese or using an on-screen keyboard sends) postpone the lock too."""
    idle = main_window.idle
    idle.clock = clock = FakeClock()
    idle.set_interval_ms(400)
    # As the window system delivers them: to the window, which passes them on.
    handle = main_window.windowHandle()
    at = main_window.shell.nav.mapTo(main_window, QPoint(5, 5))
    # An input method gives its text to the focused field itself, not to the window.
    main_window.shell.show_page("journal")
    field = main_window.shell.pages["journal"].search
    main_window.activateWindow()
    assert QTest.qWaitForWindowActive(handle)
    field.setFocus()
    assert QGuiApplication.focusObject() is field
    for step, give_input in enumerate((
        lambda: QApplication.sendEvent(field, QInputMethodEvent("あ", [])),
        lambda: QTest.mouseClick(handle, Qt.MouseButton.LeftButton, pos=at),
        lambda: QTest.wheelEvent(handle, QPointF(at), QPoint(0, -120)),
    )):
        clock.advance(300)
        give_input()
        clock.advance(300)
        idle.check()  # 600 ms since the previous input, but only 300 since this one
        assert ctx.is_unlocked and idle.running, f"input {step} was not seen"
    clock.advance(400)
    idle.check()
    assert _locked(main_window, ctx)


def test_the_auto_lock_timer_itself_locks(qtbot, main_window, ctx):
    """The one real-time check: the timer does call check() when the wait is over."""
    main_window.idle.set_interval_ms(50)
    qtbot.waitUntil(lambda: _locked(main_window, ctx), timeout=5000)


def test_auto_lock_setting_is_read_after_unlock(qtbot, main_window, ctx):
    ctx.vault.settings.set("auto_lock_minutes", 0)
    main_window.apply_privacy_settings()
    assert main_window.idle.interval_ms == 0 and not main_window.idle.running
    ctx.vault.settings.set("auto_lock_minutes", 10)
    main_window.apply_privacy_settings()
    assert main_window.idle.interval_ms == 600_000 and main_window.idle.running


def test_lock_on_minimise(qtbot, main_window, ctx):
    main_window.showMinimized()
    qtbot.wait(50)
    assert ctx.is_unlocked  # off by default
    main_window.showNormal()
    ctx.vault.settings.set("lock_on_minimise", True)
    main_window.showMinimized()
    qtbot.waitUntil(lambda: not ctx.is_unlocked, timeout=2000)


def test_clipboard_cleared_on_lock_only_if_still_ours(qtbot, main_window, ctx, monkeypatch):
    from PySide6.QtCore import Qt

    clipboard = QGuiApplication.clipboard()
    ctx.copy_text("something private")
    main_window.hide_now()
    assert clipboard.text() == ""

    main_window.unlock_screen.passphrase.setText(PASSPHRASE)
    main_window.unlock_screen.submit()
    qtbot.waitUntil(lambda: ctx.is_unlocked, timeout=10_000)
    ctx.copy_text("ours")
    # Another app copies while ours is in the background.
    with monkeypatch.context() as patch:
        patch.setattr(QGuiApplication, "applicationState",
                      staticmethod(lambda: Qt.ApplicationState.ApplicationInactive))
        clipboard.setText("the person's own text from elsewhere")
    main_window.hide_now()
    assert clipboard.text() == "the person's own text from elsewhere"


def test_text_copied_from_an_entry_is_cleared_on_lock(qtbot, main_window, ctx, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    monkeypatch.setattr(QGuiApplication, "applicationState",
                        staticmethod(lambda: Qt.ApplicationState.ApplicationActive))
    field = QLineEdit("what my manager said")
    qtbot.addWidget(field)
    field.selectAll()
    field.copy()
    assert QGuiApplication.clipboard().text() == "what my manager said"
    main_window.hide_now()
    assert QGuiApplication.clipboard().text() == ""


def test_focus_view_takes_the_window_and_hide_now_stays(qtbot, main_window, ctx):
    from PySide6.QtWidgets import QLabel

    shown = QLabel("shared view")
    ctx.show_focus_view(shown)
    assert main_window.current_screen == "focus"
    assert not main_window.shell.isVisible()
    assert main_window.hide_button.isVisible()
    ctx.end_focus_view()
    assert main_window.current_screen == "app"
    ctx.show_focus_view(shown)
    main_window.hide_now()
    assert _locked(main_window, ctx)
    assert shown.parent() is None


def test_navigation_shortcuts_and_requests(qtbot, main_window, ctx):
    main_window.activateWindow()
    qtbot.waitActive(main_window)
    qtbot.keyClick(main_window.shell.nav, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert main_window.shell.current_key == "journal"
    ctx.navigate("settings")
    assert main_window.shell.current_key == "settings"
    assert main_window.windowTitle() == "Disclosure Helper"


def test_auto_lock_watch_is_dropped_with_its_watcher(qtbot):
    """Started and stopped with each unlock and lock, it watches once; deleted (its
    window closed), it is no longer called."""
    from shiboken6 import delete

    from disclosure_helper.ui.idle import IdleWatcher
    from disclosure_helper.ui.widgets.window_input import window_input

    watch = window_input()
    watcher = IdleWatcher(lambda: None)
    for _ in range(3):
        watcher.start()
        watcher.stop()
    watcher.start()
    assert watch._activity.count(watcher._input) == 1
    delete(watcher)
    assert all(getattr(c, "__self__", None) is not watcher for c in watch._activity)
