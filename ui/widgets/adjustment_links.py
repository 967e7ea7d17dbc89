"""The changes in My adjustments that this entry or plan belongs to, seen from its side.

My adjustments links a change at work to the journal records that back it up and to the
plan it came from. The journal editor and a plan show those links too, so the person
can go straight from a record to the change it supports. Each link opens the change in
My adjustments (`ctx.navigate`), so no section imports another.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from disclosure_helper.adjustments_model import Adjustment
from disclosure_helper.ui.widgets.basics import label
from disclosure_helper.ui.widgets.wrapping import wrap_button

if TYPE_CHECKING:
    from disclosure_helper.ui.context import AppContext


class AdjustmentLinks(QWidget):
    """A short lead ("In My adjustments") and one link per change; hidden when none."""

    def __init__(self, ctx: AppContext, lead: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adjustmentLinks")
        self.ctx = ctx
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(2)
        self.lead = label(lead, "hint")
        self._column.addWidget(self.lead)
        self.buttons: list[QWidget] = []
        self.hide()

    def show_links(self, adjustments: Sequence[Adjustment]) -> None:
        layout = self._column
        for widget in self.buttons:
            layout.removeWidget(widget)
            widget.deleteLater()
        self.buttons = []
        for adjustment in adjustments:
            name = adjustment.label
            widget = wrap_button(
                name, partial(self.open_adjustment, adjustment.id), role="link",
                accessible_name=self.tr("Open \u201c%1\u201d in My adjustments")
                .replace("%1", name))
            layout.addWidget(widget)
            self.buttons.append(widget)
        self.setVisible(bool(self.buttons))

    def open_adjustment(self, adjustment_id: int) -> None:
        self.ctx.navigate("adjustments", adjustment_id=adjustment_id)

    def clear(self) -> None:
        self.show_links(())
