"""The mouse wheel scrolls the page; it never changes an answer the person did not pick.

Qt lets the wheel change a drop-down, a date or a number box whenever the pointer is
over it, even when the person is only scrolling past: one turn on the decision page could
set the revisit date to yesterday. Installed once on the application, `WheelGuard`:

- gives those controls StrongFocus instead of WheelFocus, so the wheel never focuses
  them; and
- when one of them is not focused, hands the wheel to the scroll area around it (or
  drops it), so the page scrolls and the value stays as it was.

Once the person has clicked or tabbed into a control, the wheel works on it as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

_VALUE_TYPES = (QComboBox, QAbstractSpinBox, QAbstractSlider)


def _value_control(obj: QObject) -> QWidget | None:
    """The value control `obj` is, or is the editing part of (a spin box's line edit)."""
    for candidate in (obj, obj.parent() if isinstance(obj, QWidget) else None):
        if isinstance(candidate, _VALUE_TYPES) and not isinstance(candidate, QScrollBar):
            return candidate
    return None


class WheelGuard(QObject):
    """Application-wide event filter; see the module docstring."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # Every event in the app passes here: let all but wheel events and value controls'
        # own events through on isinstance checks alone (reading an event's type builds a
        # Python enum, which adds up to milliseconds when a screen first shows).
        if not isinstance(event, QWheelEvent):
            if isinstance(watched, _VALUE_TYPES) and event.type() == QEvent.Type.Polish:
                control = _value_control(watched)
                if control is watched and control.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                    control.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return False
        control = _value_control(watched)
        if control is None or control.hasFocus():
            return False
        area = _scroll_area_around(control)
        if area is not None:
            QCoreApplication.sendEvent(area.viewport(), event)
        else:
            event.ignore()
        return True


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, _VALUE_TYPES):
            return parent
        parent = parent.parentWidget()
    return None


_installed: dict[int, WheelGuard] = {}


def install_wheel_guard(app: QApplication | None = None) -> WheelGuard | None:
    """Install the guard once per application (later calls return the same one)."""
    target = app or QApplication.instance()
    if target is None:
        return None
    existing = _installed.get(id(target))
    if existing is not None:
        return existing
    guard = WheelGuard(target)
    target.installEventFilter(guard)
    _installed[id(target)] = guard
    return guard
