"""The keyboard shortcuts sheet (F1 or Ctrl+?): every key the app answers to, by place.

The list is `ui/shortcuts.py`, the same declarations the screens bind, so the sheet
shows what the keys really do.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from disclosure_helper.ui import shortcuts
from disclosure_helper.ui.widgets import Card, DialogScroll, FlowRow, button, fit_to_text, label


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 22, 24, 22)
        outer.setSpacing(14)
        self.body = DialogScroll()
        outer.addWidget(self.body, 1)
        column = self.body.column
        column.addWidget(label(self.tr("Keyboard shortcuts"), "title"))
        column.addWidget(label(self.tr(
            "Everything in the app works from the keyboard. These keys save a few steps."),
            "hint"))
        # (keys, action) as shown, for tests and for reading the sheet aloud.
        self.rows: list[tuple[str, str]] = []
        self._key_labels: list[QLabel] = []
        self._grids: list[QGridLayout] = []
        for group in shortcuts.groups():
            card = Card(group.title_text(), title_role="heading")
            grid = QGridLayout()
            grid.setHorizontalSpacing(18)
            grid.setVerticalSpacing(8)
            grid.setColumnStretch(1, 1)
            for line, shortcut in enumerate(group.shortcuts):
                keys = self.tr(" or ").join(shortcut.key_text())
                action = shortcut.action_text()
                key_label = label(keys, "keys")
                # The key cap hugs its text, so keys read as keys, not as a column of boxes.
                key_label.setSizePolicy(QSizePolicy.Policy.Maximum,
                                        QSizePolicy.Policy.Preferred)
                self._key_labels.append(key_label)
                key_label.setAccessibleName(f"{keys}: {action}")
                action_label = label(action)
                action_label.setAccessibleName(f"{action}: {keys}")
                grid.addWidget(key_label, line, 0, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(action_label, line, 1, Qt.AlignmentFlag.AlignTop)
                self.rows.append((keys, action))
            card.body.addLayout(grid)
            self._grids.append(grid)
            column.addWidget(card)
        self._align_columns()
        buttons = FlowRow(align_end=True)
        self.close_button = button(self.tr("Close"), self.accept, role="primary")
        self.close_button.setDefault(True)
        buttons.addWidget(self.close_button)
        outer.addWidget(buttons)
        fit_to_text(self, 60)
        self.close_button.setFocus()

    def _align_columns(self) -> None:
        """One key column width for every group, so the actions line up down the sheet."""
        widest = max((key.sizeHint().width() for key in self._key_labels), default=0)
        for grid in self._grids:
            grid.setColumnMinimumWidth(0, widest)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._align_columns()
        super().changeEvent(event)
