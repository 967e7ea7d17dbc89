"""Small helpers that keep role styling and accessible names in one place."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from disclosure_helper.ui.widgets.accessible import (
    HEADING_ROLES,
    LiveLabel,
    plain_text,
    refresh_accessible,
)


def set_qt_property(obj: QObject, name: str, key: str) -> None:
    """Set one of Qt's enum-typed properties by the enum key's name:
    `set_qt_property(label, "textFormat", "PlainText")`. Qt converts the name itself, so
    PySide's `Qt` enum namespace, which takes tens of milliseconds to build, is not needed
    for the first window (ui/startup.py). A wrong name fails here, not silently."""
    if not obj.setProperty(name, key):
        raise ValueError(f"{type(obj).__name__}.{name} cannot be set to {key!r}")


def set_role(widget: QWidget, role: str | None) -> QWidget:
    """Give a widget a style role (see the package docstring); restyles it if shown already.
    A widget being made can take `widget.setProperty("role", role)`: it is styled when
    first polished."""
    from PySide6.QtCore import Qt  # not for the first window: see set_qt_property

    was = widget.property("role")
    widget.setProperty("role", role)
    # A widget not yet styled picks the role up when it is first polished; restyling it
    # now would only do the work twice (and building a page sets dozens of roles).
    if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        repolish(widget)
    if isinstance(widget, QLabel) and (was in HEADING_ROLES) != (role in HEADING_ROLES):
        # A title read as a heading (or no longer): screen readers get the new role.
        refresh_accessible(widget)
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
    heading: bool = False,
    live: bool = False,
) -> QLabel:
    """A text label with a role; wraps by default because translations grow.

    Labels with the "title" or "heading" role are read as headings by screen readers;
    `heading=True` makes any other label one too (a card's title, say). With `live=True`
    a screen reader announces the label's new text whenever it changes (a status line).
    """
    # Errors interrupt; other news waits until the screen reader has finished speaking.
    widget = LiveLabel(parent, assertive=role == "error") if live else QLabel(parent)
    widget.setWordWrap(wrap)
    set_qt_property(widget, "textFormat", "PlainText")
    if selectable:
        set_qt_property(widget, "textInteractionFlags", "TextSelectableByMouse")
    if role:
        widget.setProperty("role", role)
    if heading:
        widget.setProperty("heading", True)
    # The text last: a screen reader may look at the label as soon as it has text, and
    # by then it must know whether the label is a heading.
    widget.setText(text)
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
    # Made empty, then given its text: PySide would weigh QPushButton(text, parent) against
    # the (icon, text) form and build QIcon's Python type (several ms) to decide.
    widget = QPushButton(parent)
    widget.setText(text)
    return set_up_button(widget, text, on_click, role, accessible_name, tooltip)


def set_up_button(
    widget: QPushButton,
    text: str,
    on_click: Callable[[], object] | None = None,
    role: str | None = None,
    accessible_name: str | None = None,
    tooltip: str = "",
) -> QPushButton:
    """What every button of the app has: a role, an accessible name read without its '&'
    mnemonic marker ("Continue with this plan", not "&plan"), a click action, and never
    Enter's default."""
    widget.setAccessibleName(accessible_name or plain_text(text).rstrip("…").strip())
    if tooltip:
        widget.setToolTip(tooltip)
    if role:
        widget.setProperty("role", role)  # a button being made: styled when first polished
    if on_click is not None:
        widget.clicked.connect(lambda _checked=False: on_click())
    widget.setAutoDefault(False)
    return widget


def field_label(text: str, field: QWidget, role: str | None = None,
                wrap: bool = False) -> QLabel:
    """The label that says what `field` is for, tied to it as its buddy.

    On Linux a screen reader names a drop-down, spin box or date field by its current
    value ("Normal (100%), combo box"), whatever its accessible name; it says what the
    field is for only through a label tied to it like this. Put the label in the same
    parent widget as the field (a form row or a field group): screen readers look for
    it there.
    """
    widget = label(text, role, wrap=wrap)
    widget.setBuddy(field.focusProxy() or field)
    return widget


def field_group(title: str, field: QWidget, *extras: QWidget, hint: str = "") -> QWidget:
    """A label above its field (and any extras), kept close together; the label is the
    field's buddy so Alt+mnemonic and screen readers connect them."""
    group = QWidget()
    layout = QVBoxLayout(group)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(6)
    title_label = field_label(title, field, "subheading", wrap=True)
    layout.addWidget(title_label)
    if hint:
        layout.addWidget(label(hint, "hint"))
    layout.addWidget(field)
    for extra in extras:
        layout.addWidget(extra)
    group.title_label = title_label  # type: ignore[attr-defined]
    return group
