"""A card: a softly bordered panel grouping one idea, with an optional heading and text."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from disclosure_helper.ui.widgets.basics import label


class Card(QFrame):
    """`Card(title, text)`; add more widgets with `card.body.addWidget(...)`."""

    def __init__(
        self,
        title: str = "",
        text: str = "",
        parent: QWidget | None = None,
        title_role: str = "subheading",
    ) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")  # new, so styled when first polished (set_role)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(20, 18, 20, 18)
        self.body.setSpacing(10)
        self.title = label(title, title_role, heading=True) if title else None
        self.text = label(text) if text else None
        if self.title is not None:
            self.body.addWidget(self.title)
        if self.text is not None:
            self.body.addWidget(self.text)
