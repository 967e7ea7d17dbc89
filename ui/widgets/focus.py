"""Keyboard order that follows what is on screen.

Qt puts a widget added after a page was built at the end of the tab chain; pages that
add controls as the person answers (own-words rows, repeated questions) call
`apply_layout_tab_order(root)` again so Tab still moves down the page as it reads.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLayout, QWidget

from disclosure_helper.ui.widgets.flow import FlowRow


def focus_order(root: QWidget) -> list[QWidget]:
    """Keyboard-reachable widgets under `root` in the order they sit in its layouts."""
    out: list[QWidget] = []

    def visit_layout(layout: QLayout) -> None:
        for i in range(layout.count()):
            item = layout.itemAt(i)
            if item is None:
                continue
            widget, inner = item.widget(), item.layout()
            if widget is not None:
                visit_widget(widget)
            elif inner is not None:
                visit_layout(inner)

    def visit_widget(widget: QWidget) -> None:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            out.append(widget)
            return  # a control's own parts (a combo's line edit) follow it by themselves
        if isinstance(widget, FlowRow):
            # A flow row places its children itself, in the order they were added.
            for child in widget.widgets():
                visit_widget(child)
        elif (layout := widget.layout()) is not None:
            visit_layout(layout)

    visit_widget(root)
    return out


def apply_layout_tab_order(root: QWidget) -> None:
    """Make Tab follow what is on screen, including controls added after the page was built
    (Qt otherwise puts a new widget at the end of the tab chain)."""
    widgets = focus_order(root)
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)


__all__ = ["apply_layout_tab_order", "focus_order"]
