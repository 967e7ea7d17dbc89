"""The mouse wheel scrolls the page; it never changes an answer the person did not pick.

Qt lets the wheel change a drop-down, a date or a number box whenever the pointer is
over it, even when the person is only scrolling past, and gives it focus as it does:
one turn on the decision page could set the revisit date to yesterday. The guard sees
each turn of the wheel before the control does (`window_input`): over a control that
is not focused, it hands the turn to the scroll area around it (or drops it), so the
page scrolls and the value stays as it was.

Once the person has clicked or tabbed into a control, the wheel works on it as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF
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

from disclosure_helper.ui.widgets.window_input import window_input

_VALUE_TYPES = (QComboBox, QAbstractSpinBox, QAbstractSlider)


def _value_control(widget: QWidget) -> QWidget | None:
    """The value control `widget` is, or is part of (a spin box's line edit, a drop-down's
    arrow): Qt gives focus to the first control up from the pointer that takes it."""
    current: QWidget | None = widget
    while current is not None:
        if isinstance(current, _VALUE_TYPES) and not isinstance(current, QScrollBar):
            return current
        if current.isWindow() or isinstance(current, QAbstractScrollArea):
            return None  # a scroll area's own wheel is the page's
        current = current.parentWidget()
    return None


class WheelGuard:
    """The guard's rule for one turn of the wheel; see the module docstring."""

    def __call__(self, target: QWidget, event: QWheelEvent) -> bool:
        control = _value_control(target)
        if control is None or control.hasFocus():
            return False
        area = _scroll_area_around(control)
        if area is not None:
            viewport = area.viewport()
            # Where the pointer is, in the viewport's own terms.
            top = target.window()
            at = QPointF(viewport.mapFrom(top, event.position().toPoint()))
            QCoreApplication.sendEvent(viewport, QWheelEvent(
                at, event.globalPosition(), event.pixelDelta(), event.angleDelta(),
                event.buttons(), event.modifiers(), event.phase(), event.inverted(),
                event.source()))
        return True


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, _VALUE_TYPES):
            return parent
        parent = parent.parentWidget()
    return None


_guard = WheelGuard()


def install_wheel_guard(app: QApplication | None = None) -> WheelGuard | None:
    """Install the guard (again is harmless: the watch keeps one of each handler)."""
    watch = window_input(app)
    if watch is None:
        return None
    watch.add_wheel_handler(_guard)
    return _guard
