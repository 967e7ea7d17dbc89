"""Small pieces the adjustments screens share: a text box that fits a few lines, words."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from disclosure_helper.adjustments_content import AdjustmentsContent, load_adjustments_content
from disclosure_helper.adjustments_model import Status
from disclosure_helper.insights import format_day

__all__ = ["NotesBox", "content", "format_day", "status_label"]


def content() -> AdjustmentsContent:
    """The adjustments words in the person's language (the loader caches per language)."""
    return load_adjustments_content()


def status_label(status: Status) -> str:
    return content().passport.status(status).label


class NotesBox(QPlainTextEdit):
    """A few lines of the person's own words. Tab moves on (it never types a tab), and
    the box is tall enough for about `lines` lines of the current text size."""

    def __init__(self, name: str, lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines = lines
        self.setTabChangesFocus(True)
        self.setAccessibleName(name)
        self._fit()

    def _fit(self) -> None:
        metrics = self.fontMetrics()
        margins = self.contentsMargins()
        self.setFixedHeight(metrics.lineSpacing() * self._lines + margins.top()
                            + margins.bottom() + int(self.document().documentMargin() * 2) + 4)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()
