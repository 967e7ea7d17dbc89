"""The supporter's guidance: how to sit alongside without deciding for the person.

The principles come first, then a few open questions for the page on screen. The words
live in `resources/content/en/together.toml`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from disclosure_helper.guide import SupporterGuidance
from disclosure_helper.ui.widgets import Card, label, set_role


class GuidancePanel(QScrollArea):
    """A scrolling column: intro, the principles, and open questions for the current page."""

    def __init__(self, guidance: SupporterGuidance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guidance = guidance
        self.setObjectName("togetherGuidance")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body.setObjectName("togetherGuidanceBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 6, 0)
        column.setSpacing(12)
        card = Card(guidance.title, " ".join(guidance.intro.split()), title_role="heading")
        card.setAccessibleName(self.tr("Guidance for the supporter"))
        self.principle_labels = []
        for principle in guidance.principles:
            title = label(principle.title, "subheading")
            text = label(principle.text)
            card.body.addSpacing(4)
            card.body.addWidget(title)
            card.body.addWidget(text)
            self.principle_labels.append(title)
        column.addWidget(card)

        self.questions_card = Card(self.tr("Questions you could ask here"))
        self.questions_hint = label(
            self.tr("Open questions leave room to think. Pick one, or none."), "hint"
        )
        self.questions_card.body.addWidget(self.questions_hint)
        self.questions_box = QVBoxLayout()
        self.questions_box.setSpacing(8)
        self.questions_card.body.addLayout(self.questions_box)
        column.addWidget(self.questions_card)

        closing = label(" ".join(guidance.closing.split()), "hint")
        column.addWidget(closing)
        column.addStretch(1)
        self.setWidget(body)
        self.question_labels: list = []

    def show_questions_for(self, step_id: str) -> None:
        """Show the example questions for the page the person is on (hidden if none)."""
        for old in self.question_labels:
            self.questions_box.removeWidget(old)
            old.deleteLater()
        self.question_labels = []
        questions = self.guidance.questions_for(step_id)
        for text in questions:
            item = label(f"\u201c{text}\u201d")
            set_role(item, "question")
            self.questions_box.addWidget(item)
            self.question_labels.append(item)
        self.questions_card.setVisible(bool(questions))

    def questions_shown(self) -> list[str]:
        return [w.text().strip("\u201c\u201d") for w in self.question_labels]
