"""A check-in in about twenty seconds: three numbers, one optional line, save.

By keyboard: press a number for mood, then energy, then stress (focus moves on by
itself), type a line if you like, press Enter.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from disclosure_helper.errors import VaultError
from disclosure_helper.journal_model import CHECKIN
from disclosure_helper.ui.journal.rating import RatingPicker
from disclosure_helper.ui.widgets import (
    Card,
    MessageBanner,
    ScrollScreen,
    SupportLine,
    button,
    label,
)
from disclosure_helper.ui.widgets.save_copy import save_copy, show_save_error, write_text

if TYPE_CHECKING:
    from disclosure_helper.ui.context import AppContext


class CheckInView(QWidget):
    saved = Signal(int)
    closed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        screen = ScrollScreen(max_chars=60)
        outer.addWidget(screen)
        column = screen.column
        self.back_button = button(self.tr("Back to the journal"), self.close_view, role="link",
                                  accessible_name=self.tr("Back to the journal"))
        column.addWidget(self.back_button)
        self.heading = label(self.tr("Check-in"), "title")
        column.addWidget(self.heading)
        self.intro = label(self.tr("Three quick numbers and a line if you want. "
                                   "Press a number key for each; the next one comes up by "
                                   "itself."), "hint")
        column.addWidget(self.intro)
        self.banner = MessageBanner(closable=True)
        column.addWidget(self.banner)

        card = Card()
        card.body.setSpacing(18)
        self.pickers: dict[str, RatingPicker] = {}
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("One line, if you like"))
        self.note.returnPressed.connect(self.save)
        column.addWidget(card)
        self._card = card
        self._note_label = label(self.tr("One line, if you like"), "subheading")
        self._note_label.setBuddy(self.note)

        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_button = button(self.tr("Cancel"), self.close_view)
        self.save_button = button(self.tr("Save check-in"), self.save, role="primary")
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        column.addLayout(row)
        self.support = SupportLine()
        column.addWidget(self.support)
        self._built = False

    def _build(self) -> None:
        """Questions come from the check-in template, so their words live in content."""
        assert self.ctx.vault is not None
        template = self.ctx.vault.journal.template(CHECKIN)
        if template is None:
            return
        self.heading.setText(template.label)
        previous: QWidget = self.back_button
        for spec in template.fields:
            if spec.kind == "rating":
                title = label(spec.label, "subheading")
                picker = RatingPicker(spec.label, spec.low_label, spec.high_label, spec.help)
                title.setBuddy(picker)
                picker.picked.connect(lambda _n, name=spec.id: self._advance(name))
                self.pickers[spec.id] = picker
                self._card.body.addWidget(title)
                if spec.help:
                    self._card.body.addWidget(label(spec.help, "hint"))
                self._card.body.addWidget(picker)
                QWidget.setTabOrder(previous, picker)
                previous = picker
            elif spec.id == "body":
                self._note_label.setText(spec.label)
                self.note.setAccessibleName(spec.label)
                self.note.setPlaceholderText(spec.placeholder)
        self._card.body.addWidget(self._note_label)
        self._card.body.addWidget(self.note)
        QWidget.setTabOrder(previous, self.note)
        QWidget.setTabOrder(self.note, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.save_button)
        self._built = True

    def start(self) -> None:
        if not self._built:
            self._build()
        self.support.refresh(self.ctx)
        self.reset()
        first = next(iter(self.pickers.values()), None)
        if first is not None:
            QTimer.singleShot(0, first.setFocus)

    def reset(self) -> None:
        for picker in self.pickers.values():
            picker.set_value(None)
        self.note.clear()
        self.banner.dismiss()

    def _advance(self, name: str) -> None:
        names = list(self.pickers)
        index = names.index(name)
        if index + 1 < len(names):
            self.pickers[names[index + 1]].setFocus()
        else:
            self.note.setFocus()

    def values(self) -> dict[str, int | None]:
        return {name: picker.value() for name, picker in self.pickers.items()}

    def save(self) -> bool:
        missing = [p.name for p in self.pickers.values() if p.value() is None]
        if missing:
            self.banner.show_message(
                self.tr("Please pick a number for: %1.").replace("%1", ", ".join(missing)),
                "warning")
            self.pickers[next(n for n, p in self.pickers.items() if p.value() is None)].setFocus()
            return False
        values = self.values()
        assert self.ctx.vault is not None
        try:
            entry = self.ctx.vault.journal.add_checkin(
                values.get("mood") or 0, values.get("energy") or 0, values.get("stress") or 0,
                note=self.note.text())
        except VaultError as exc:
            # The numbers and the line stay on screen to try again, or to keep as a copy
            # when the vault's folder has gone.
            show_save_error(self.banner, exc, self.save_copy)
            return False
        self.reset()
        assert entry.id is not None
        self.saved.emit(entry.id)
        return True

    def copy_text(self) -> str:
        """The check-in on screen as plain text: each number under its question, then
        the line."""
        lines = [self.heading.text(), ""]
        for picker in self.pickers.values():
            value = picker.value()
            lines.append(self.tr("%1: %2").replace("%1", picker.name)
                         .replace("%2", "" if value is None else str(value)))
        if self.note.text().strip():
            lines += ["", f"{self._note_label.text()}:", self.note.text()]
        return "\n".join(lines) + "\n"

    def save_copy(self) -> object:
        """What is on screen, as a plain text file where the person chooses."""
        text = self.copy_text()
        return save_copy(self, self.banner, title=self.tr("Save a copy of this check-in"),
                         file_name="check-in-copy.txt", pdf=False,
                         write=lambda path: write_text(path, text), retry=self.save_copy)

    def has_input(self) -> bool:
        return bool(self.note.text()) or any(v is not None for v in self.values().values())

    def close_view(self) -> None:
        self.reset()
        self.closed.emit()
