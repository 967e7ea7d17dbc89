"""The list of entries: the timeline, search results and the trash all use it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListView, QWidget

from disclosure_helper.ui.journal.delegate import EntryDelegate
from disclosure_helper.ui.journal.model import EntryListModel, IdRole, IsHeaderRole


class EntryList(QListView):
    """Enter opens the current entry; Delete asks to move the selected ones to the trash."""

    open_requested = Signal(int)
    delete_requested = Signal(list)

    def __init__(self, model: EntryListModel, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.entry_delegate = EntryDelegate(self)
        self.setItemDelegate(self.entry_delegate)
        self.setAccessibleName(name)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        # Entry cards sit on the window colour, like cards everywhere else in the app.
        self.setBackgroundRole(QPalette.ColorRole.Window)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        self.setSpacing(0)
        self.setWordWrap(False)
        # Rows are laid out in small batches so a long list never stalls a frame.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(60)
        self.activated.connect(self._activated)

    @property
    def entries(self) -> EntryListModel:
        model = self.model()
        assert isinstance(model, EntryListModel)
        return model

    def selected_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.selectionModel().selectedIndexes())
        ids = [self.entries.index(r).data(IdRole) for r in rows]
        return [i for i in ids if isinstance(i, int)]

    def current_id(self) -> int | None:
        index = self.currentIndex()
        value = index.data(IdRole) if index.isValid() else None
        return value if isinstance(value, int) else None

    def select_entry(self, entry_id: int) -> bool:
        row = self.entries.load_all_for(entry_id)
        if row < 0:
            return False
        index = self.entries.index(row)
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True

    def focus_first_entry(self) -> None:
        for row in range(self.entries.rowCount()):
            index = self.entries.index(row)
            if not index.data(IsHeaderRole):
                self.setCurrentIndex(index)
                break
        self.setFocus()

    def _activated(self, index: QModelIndex) -> None:
        entry_id = index.data(IdRole)
        if isinstance(entry_id, int):
            self.open_requested.emit(entry_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Delete:
            current = self.current_id()
            ids = self.selected_ids() or ([current] if current else [])
            if ids:
                self.delete_requested.emit(ids)
                return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            entry_id = self.current_id()
            if entry_id is not None:
                self.open_requested.emit(entry_id)
                return
        super().keyPressEvent(event)
