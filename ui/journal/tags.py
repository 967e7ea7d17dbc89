"""A line for tags, separated by commas, that completes the tag being typed."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from disclosure_helper.journal_model import normalise_tags, tag_key


class TagEdit(QLineEdit):
    """`tags()` / `set_tags(...)`; `set_known(names)` feeds the completion.

    Completion works on the last tag in the line, so "ward, sup" offers
    "supervision" and picking it keeps "ward, " in front.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._known = QStringListModel(self)
        self.completer_ = QCompleter(self._known, self)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer_.setWidget(self)
        self.completer_.activated.connect(self._insert)
        self.textEdited.connect(self._complete)

    def set_known(self, names: list[str]) -> None:
        self._known.setStringList(names)

    def tags(self) -> list[str]:
        try:
            return normalise_tags(self.text())
        except ValueError:
            return []

    def raw_tags(self) -> list[str]:
        """Every piece between commas, trimmed; the core checks the limits on save."""
        return [part.strip() for part in self.text().split(",") if part.strip()]

    def set_tags(self, names: list[str]) -> None:
        self.setText(", ".join(names))

    def _fragment(self) -> str:
        return self.text()[: self.cursorPosition()].split(",")[-1].strip()

    def _complete(self, _text: str) -> None:
        fragment = self._fragment()
        typed = {tag_key(t) for t in self.raw_tags()[:-1]}
        if not fragment:
            self._hide_popup()
            return
        self.completer_.setCompletionPrefix(fragment)
        # Offer only tags not already on this entry.
        if self.completer_.completionCount() and not (
            self.completer_.completionCount() == 1
            and tag_key(self.completer_.currentCompletion()) in typed | {tag_key(fragment)}
        ):
            self.completer_.complete()
        else:
            self._hide_popup()

    def _hide_popup(self) -> None:
        popup = self.completer_.popup()
        assert popup is not None  # QCompleter makes its list the first time it is asked
        popup.hide()

    def _insert(self, name: str) -> None:
        before = self.text()[: self.cursorPosition()]
        after = self.text()[self.cursorPosition():]
        head = before.rsplit(",", 1)[0] + ", " if "," in before else ""
        rest = after.split(",", 1)[1] if "," in after else ""
        text = head + name + ", "
        self.setText(text + rest.lstrip())
        self.setCursorPosition(len(text))
