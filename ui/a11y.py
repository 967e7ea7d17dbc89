"""Accessibility checks the tests share: every control must have a name a screen reader reads.

    from disclosure_helper.ui.a11y import missing_accessible_names
    assert missing_accessible_names(my_page) == []
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractSlider,
    QAbstractItemView,
    QTabBar,
)

# Parts Qt builds inside other controls (a line edit's clear button, a combo's list);
# the outer control carries the name.
_INTERNAL_PARENTS = (QComboBox, QAbstractSpinBox, QAbstractItemView, QLineEdit)


def _is_internal(widget: QWidget) -> bool:
    """Qt's own parts (scroll bars of scroll areas, a spin box's editor) are named by Qt."""
    if widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, _INTERNAL_PARENTS) or parent.objectName().startswith("qt_"):
            return True
        parent = parent.parentWidget()
    return False


def _describe(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QAbstractButton):
        text = widget.text()
    label = f" ({text!r})" if text else ""
    path = []
    node: QWidget | None = widget
    while node is not None:
        path.append(node.objectName() or type(node).__name__)
        node = node.parentWidget()
    return f"{type(widget).__name__}{label} in {'/'.join(reversed(path[1:]))}"


def interactive_widgets(root: QWidget) -> list[QWidget]:
    """Every control a person can reach inside `root` (and `root` itself), in tree order."""
    found: list[QWidget] = [root] if isinstance(root, INTERACTIVE) else []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, INTERACTIVE) and not _is_internal(widget):
            found.append(widget)
    return found


def missing_accessible_names(root: QWidget) -> list[str]:
    """Descriptions of controls under `root` that have no accessible name.

    Hidden controls count too: whatever a page can show must be named.
    """
    return [_describe(w) for w in interactive_widgets(root) if not w.accessibleName().strip()]
