"""Small helpers that keep role styling and accessible names in one place."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


def set_role(widget: QWidget, role: str | None) -> QWidget:
    """Give a widget a style role (see the package docstring); restyles it if shown already."""
    widget.setProperty("role", role)
    # A widget not yet styled picks the role up when it is first polished; restyling it
    # now would only do the work twice (and building a page sets dozens of roles).
    if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        repolish(widget)
    return widget


def repolish(widget: QWidget) -> None:
    """Re-apply the stylesheet after a dynamic property the QSS reads has changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def named(widget: QWidget, name: str, description: str = "") -> QWidget:
    """Set the accessible name (and description) screen readers announce."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def label(
    text: str = "",
    role: str | None = None,
    wrap: bool = True,
    selectable: bool = False,
    parent: QWidget | None = None,
) -> QLabel:
    """A text label with a role; wraps by default because translations grow."""
    widget = QLabel(text, parent)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:
        set_role(widget, role)
    return widget


def button(
    text: str,
    on_click: Callable[[], object] | None = None,
    role: str | None = None,
    accessible_name: str | None = None,
    tooltip: str = "",
    parent: QWidget | None = None,
) -> QPushButton:
    """A push button with a role and an accessible name (its text without the '&')."""
    widget = QPushButton(text, parent)
    widget.setAccessibleName(accessible_name or text.replace("&&", "\0").replace("&", "")
                             .replace("\0", "&").rstrip("…").strip())
    if tooltip:
        widget.setToolTip(tooltip)
    if role:
        set_role(widget, role)
    if on_click is not None:
        widget.clicked.connect(lambda _checked=False: on_click())
    widget.setAutoDefault(False)
    return widget


def field_group(title: str, field: QWidget, *extras: QWidget, hint: str = "") -> QWidget:
    """A label above its field (and any extras), kept close together; the label is the
    field's buddy so Alt+mnemonic and screen readers connect them."""
    group = QWidget()
    layout = QVBoxLayout(group)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(6)
    title_label = label(title, "subheading")
    focus = field.focusProxy() or field
    title_label.setBuddy(focus)
    layout.addWidget(title_label)
    if hint:
        layout.addWidget(label(hint, "hint"))
    layout.addWidget(field)
    for extra in extras:
        layout.addWidget(extra)
    group.title_label = title_label  # type: ignore[attr-defined]
    return group
