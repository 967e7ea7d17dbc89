"""The supporter's guidance: how to sit alongside without deciding for the person.

A few open questions for the page on screen come first, then how to help. The words
live in `resources/content/en/together.toml`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from disclosure_helper.together_guidance import SupporterGuidance
from disclosure_helper.ui.widgets import Card, FocusScrollArea, label

# Content gives a few per page; more than this would crowd the supporter's column.
MAX_QUESTIONS = 6


class GuidancePanel(FocusScrollArea):
    """A scrolling column: open questions for the current page, then how to help."""

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
        # The questions change with the page, so they come first; the principles stay put.
        self.questions_card = Card(self.tr("Questions you could ask here"))
        self.questions_card.setObjectName("togetherQuestions")
        self.questions_hint = label(
            self.tr("Open questions leave room to think. Pick one, or none."), "hint"
        )
        self.questions_card.body.addWidget(self.questions_hint)
        self.question_labels = [label() for _ in range(MAX_QUESTIONS)]
        for item in self.question_labels:
            self.questions_card.body.addWidget(item)
        column.addWidget(self.questions_card)

        card = Card(guidance.title, " ".join(guidance.intro.split()))
        card.setObjectName("togetherPrinciples")
        self.principles_card = card
        self.principle_labels = []
        for principle in guidance.principles:
            title = label(principle.title, "subheading")
            card.body.addSpacing(4)
            card.body.addWidget(title)
            card.body.addWidget(label(principle.text))
            self.principle_labels.append(title)
        column.addWidget(card)

        closing = label(" ".join(guidance.closing.split()), "hint")
        column.addWidget(closing)
        column.addStretch(1)
        self.setWidget(body)

    def show_questions_for(self, step_id: str) -> None:
        """Show the example questions for the page the person is on (hidden if none)."""
        questions = self.guidance.questions_for(step_id)[:MAX_QUESTIONS]
        for index, item in enumerate(self.question_labels):
            text = questions[index] if index < len(questions) else ""
            item.setText(f"\u201c{text}\u201d" if text else "")
            item.setVisible(bool(text))
        self.questions_card.setVisible(bool(questions))
        self.verticalScrollBar().setValue(0)

    def questions_shown(self) -> list[str]:
        return [w.text().strip("\u201c\u201d") for w in self.question_labels
                if not w.isHidden()]
