"""The trash: restore entries, or delete them for good (only after a clear question)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from disclosure_helper.errors import VaultError
from disclosure_helper.ui.journal.model import EntryListModel
from disclosure_helper.ui.journal.timeline import EntryList
from disclosure_helper.ui.widgets import FlowRow, MessageBanner, button, label

if TYPE_CHECKING:
    from collections.abc import Callable

    from disclosure_helper.journal import JournalRepository
    from disclosure_helper.ui.context import AppContext


class TrashView(QWidget):
    closed = Signal()
    changed = Signal()  # something was restored or deleted for good

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 16)
        layout.setSpacing(12)
        self.back_button = button(self.tr("Back to the journal"), self.closed.emit,
                                  role="link", accessible_name=self.tr("Back to the journal"))
        layout.addWidget(self.back_button)
        layout.addWidget(label(self.tr("Trash"), "title"))
        self.hint = label(self.tr("Entries you delete wait here. You can bring them back at any "
                                  "time, until you empty the trash."), "hint")
        layout.addWidget(self.hint)
        self.banner = MessageBanner(closable=True)
        layout.addWidget(self.banner)

        self.model = EntryListModel(group_by_day=False, parent=self)
        self.list = EntryList(self.model, self.tr("Entries in the trash"))
        self.list.entry_delegate.show_day = True
        self.list.open_requested.connect(lambda _id: self.restore_selected())
        self.list.delete_requested.connect(lambda ids: self.ask_delete(ids))
        layout.addWidget(self.list, 1)
        self.empty_label = label(self.tr("The trash is empty."), "hint")
        layout.addWidget(self.empty_label)

        row = FlowRow()
        self.restore_button = button(self.tr("Restore"), self.restore_selected, role="primary",
                                     accessible_name=self.tr("Restore the selected entries"))
        self.delete_button = button(self.tr("Delete for good…"),
                                    lambda: self.ask_delete(self.list.selected_ids()),
                                    accessible_name=self.tr("Delete the selected entries for good"))
        self.empty_button = button(self.tr("Empty trash…"), lambda: self.ask_delete(None),
                                   role="danger", accessible_name=self.tr("Empty the trash"))
        row.addWidget(self.restore_button)
        row.addWidget(self.delete_button)
        row.addWidget(self.empty_button)
        layout.addWidget(row)
        # Takes the list's room while the trash is empty, so nothing spreads into gaps.
        self._filler = QWidget()
        layout.addWidget(self._filler, 1)
        self._filler.hide()

    @property
    def journal(self) -> JournalRepository:
        assert self.ctx.vault is not None
        return self.ctx.vault.journal

    def reload(self) -> None:
        if not self.ctx.is_unlocked:
            self.model.clear()
            return
        journal = self.journal
        self.model.kind_label = _kind_labeller(journal)
        total = journal.trash_count()
        self.model.set_source(lambda offset, limit: journal.trash(offset, limit), total)
        has = total > 0
        self.list.setVisible(has)
        self.empty_label.setVisible(not has)
        self._filler.setVisible(not has)
        for widget in (self.restore_button, self.delete_button, self.empty_button):
            widget.setEnabled(has)
        if not has and self.focusWidget() in (self.list, self.restore_button,
                                              self.delete_button, self.empty_button):
            # Focus must not stay on something hidden or dimmed.
            self.back_button.setFocus()

    def restore_selected(self) -> None:
        ids = self.list.selected_ids()
        if not ids:
            self.banner.show_message(self.tr("Pick one or more entries to restore first."))
            return
        try:
            for entry_id in ids:
                self.journal.restore(entry_id)
        except VaultError as exc:
            self.banner.show_message(exc.message, "error")
            return
        self.reload()
        self.changed.emit()
        self.banner.show_message(self.tr("%n entries are back in your journal.", "", len(ids)))

    def ask_delete(self, ids: list[int] | None) -> None:
        """Delete for good: `ids`, or the whole trash when None. Asks first, in words."""
        if ids is not None and not ids:
            self.banner.show_message(self.tr("Pick one or more entries first."))
            return
        count = len(ids) if ids is not None else self.model.total
        question = self.tr("Delete %n entries for good? They cannot be brought back, not even "
                           "from here.", "", count)
        self.banner.show_message(question, "warning",
                                 action=(self.tr("Delete for good"), lambda: self.delete(ids)))

    def delete(self, ids: list[int] | None) -> None:
        try:
            removed = self.journal.empty_trash(ids)
        except VaultError as exc:
            self.banner.show_message(exc.message, "error")
            return
        self.reload()
        self.changed.emit()
        self.banner.show_message(self.tr("%n entries deleted for good.", "", removed))


def _kind_labeller(journal: JournalRepository) -> Callable[[str], str]:
    def kind_label(kind: str) -> str:
        template = journal.template(kind)
        return template.label if template is not None else QCoreApplication.translate(
            "JournalPage", "Entry")
    return kind_label
