"""The person's keys, mouse, wheel and touch, watched where the window system delivers them.

Four things in the app need to see input wherever it happens: auto-lock (any input
starts its wait again), Enter pressing the focused button, Escape twice hiding the app,
and the wheel never changing an answer the person did not pick. Each used to be an
event filter on the whole application. Such a filter is called for every event of
every object, and a screen showing sends hundreds (layouts, paints, timers); for each,
PySide wraps the object and the event for Python. That cost 1.5-2.5 ms of the longest
turn of the first unlock, however little the filter did.

Input comes to a top-level window (a QWindow) first, and Qt passes it on from there to
the widget it is for. One filter on each window sees all of it and little else:

    watch = window_input()
    watch.add_activity(callback)          # any key, click, move, wheel or touch
    watch.add_key_handler(handler)        # handler(receiver, key_event) -> consumed
    watch.add_wheel_handler(handler)      # handler(widget_under_pointer, wheel_event)

Windows are watched as they take focus (dialogs too), and all those open when the watch
starts. Text an input method commits (composing in Chinese or Japanese, some on-screen
keyboards) goes to the focused editor directly, not through its window; it moves the
editor's cursor, which QInputMethod reports, and that counts as activity.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent, QWheelEvent, QWindow

KeyHandler = Callable[[QObject | None, "QKeyEvent"], bool]
WheelHandler = Callable[[QWidget, "QWheelEvent"], bool]


class WindowInput(QObject):
    """One per application: see the module docstring."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        # Imported here: the watch starts once the first window is up (ui/startup.py).
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QGuiApplication, QInputEvent, QKeyEvent, QWheelEvent

        self._input_event = QInputEvent
        self._key_event = QKeyEvent
        self._wheel_event = QWheelEvent
        self._key_press = QEvent.Type.KeyPress
        self._activity_types = {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
        }
        self._activity: list[Callable[[], None]] = []
        self._key_handlers: list[KeyHandler] = []
        self._wheel_handlers: list[WheelHandler] = []
        # Handlers given with an owner, by owner: dropped together when it is deleted.
        self._owned: dict[int, dict[Callable, list]] = {}
        app.focusWindowChanged.connect(self.watch)
        for window in QGuiApplication.topLevelWindows():
            self.watch(window)
        method = QGuiApplication.inputMethod()
        if method is not None:
            method.cursorRectangleChanged.connect(self._text_input)

    def watch(self, window: QWindow | None) -> None:
        """See `window`'s input (done for each window as it takes focus)."""
        if window is not None:
            # Installing again only moves the filter to the front: no window sees it twice.
            window.installEventFilter(self)

    def add_activity(self, callback: Callable[[], None], owner: QObject | None = None) -> None:
        """`callback()` on any input. Given an `owner`, it stops when the owner is deleted."""
        self._add(self._activity, callback, owner)

    def remove_activity(self, callback: Callable[[], None]) -> None:
        _remove(self._activity, callback)

    def add_key_handler(self, handler: KeyHandler, owner: QObject | None = None) -> None:
        """`handler(receiver, event)` for each key press, before the widget it is for
        (`receiver`) gets it; returning True keeps it from that widget."""
        self._add(self._key_handlers, handler, owner)

    def remove_key_handler(self, handler: KeyHandler) -> None:
        _remove(self._key_handlers, handler)

    def add_wheel_handler(self, handler: WheelHandler, owner: QObject | None = None) -> None:
        """`handler(widget, event)` for each turn of the wheel, with the widget under the
        pointer; returning True keeps it from that widget."""
        self._add(self._wheel_handlers, handler, owner)

    def _add(self, handlers: list, handler: Callable, owner: QObject | None) -> None:
        if handler not in handlers:
            handlers.append(handler)
        if owner is None:
            return
        # Not called on a deleted window or watcher (tests make and drop many). One
        # connection per owner, however often it starts and stops watching.
        key = id(owner)
        if key not in self._owned:
            owner.destroyed.connect(lambda *_: self._forget(key))
        self._owned.setdefault(key, {})[handler] = handlers

    def _forget(self, key: int) -> None:
        for handler, handlers in self._owned.pop(key, {}).items():
            _remove(handlers, handler)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # A window's own events (exposed, resized, moved) pass on an isinstance check.
        if not isinstance(event, self._input_event):
            return False
        kind = event.type()
        if self._activity and kind in self._activity_types:
            for callback in list(self._activity):
                callback()
        if isinstance(event, self._key_event):
            if kind == self._key_press and self._key_handlers:
                receiver = _key_receiver(watched)
                return any(handler(receiver, event) for handler in list(self._key_handlers))
        elif isinstance(event, self._wheel_event) and self._wheel_handlers:
            target = _wheel_target(watched, event)
            if target is not None:
                return any(handler(target, event) for handler in list(self._wheel_handlers))
        return False

    def _text_input(self) -> None:
        for callback in list(self._activity):
            callback()


def _remove(handlers: list, handler: Callable) -> None:
    if handler in handlers:
        handlers.remove(handler)


def _key_receiver(window: QObject) -> QObject | None:
    """The object Qt gives a key press that came to `window`: a widget grabbing the
    keyboard, else an open popup (a drop-down's list, a menu), else the window's focus."""
    grabber = QWidget.keyboardGrabber()
    if grabber is not None:
        return grabber
    popup = QApplication.activePopupWidget()
    if popup is not None:
        return popup.focusWidget() or popup
    focus = getattr(window, "focusObject", None)
    return focus() if focus is not None else None


def _wheel_target(window: QObject, event: QWheelEvent) -> QWidget | None:
    """The widget under the pointer in `window`, as Qt finds it; None while a popup is
    open (Qt gives the wheel to the popup then, or drops it)."""
    if QApplication.activePopupWidget() is not None:
        return None
    for top in QApplication.topLevelWidgets():
        if top.windowHandle() is window:
            pos = event.position().toPoint()
            return top.childAt(pos) or top
    return None


_watches: dict[int, WindowInput] = {}


def window_input(app: QApplication | None = None) -> WindowInput | None:
    """The application's watch, started on first use (None without an application)."""
    target = app or QApplication.instance()
    if not isinstance(target, QApplication):
        return None
    watch = _watches.get(id(target))
    if watch is None:
        watch = _watches[id(target)] = WindowInput(target)
    return watch
