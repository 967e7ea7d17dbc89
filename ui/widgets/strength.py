"""Live passphrase strength, in words as well as a bar (the rule: core passphrase_policy)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressBar, QVBoxLayout, QWidget

from disclosure_helper.passphrase_policy import MIN_PASSPHRASE_CHARS, Strength, strength
from disclosure_helper.ui.widgets.basics import label, repolish


class StrengthMeter(QWidget):
    """Shows how hard a passphrase would be to guess. Call `update_for(text)` as it changes.

    Scores 0–2 read as "too easy to guess"; `score` holds the last result. Checking is
    debounced so typing stays smooth.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.score = 0
        self.judged = Strength(0, too_short=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        self.verdict = label(role="hint")
        layout.addWidget(self.bar)
        layout.addWidget(self.verdict)
        self._pending = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self._evaluate)
        self._show(0, "")

    def update_for(self, passphrase: str) -> None:
        self._pending = passphrase
        self._timer.start()

    def evaluate_now(self, passphrase: str) -> int:
        self._pending = passphrase
        self._timer.stop()
        self._evaluate()
        return self.score

    def acceptable_now(self, passphrase: str) -> bool:
        """Whether the passphrase policy accepts it, with the meter showing why not."""
        self.evaluate_now(passphrase)
        return self.judged.acceptable

    def _evaluate(self) -> None:
        text = self._pending
        if not text:
            self.score = 0
            self.judged = Strength(0, too_short=True)
            self._show(0, "")
            return
        judged = self.judged = strength(text)
        self.score = judged.score
        self._show(judged.score,
                   self._words(text, judged.score, judged.warning, judged.suggestion))

    def _words(self, text: str, score: int, warning: str, suggestion: str) -> str:
        if len(text) < MIN_PASSPHRASE_CHARS:
            return self.tr("Use at least %n characters. A few unrelated words work well.", "",
                           MIN_PASSPHRASE_CHARS)
        verdict = {
            0: self.tr("Very easy to guess."),
            1: self.tr("Easy to guess."),
            2: self.tr("Could be guessed with some effort."),
            3: self.tr("Hard to guess. Good."),
            4: self.tr("Very hard to guess. Great."),
        }[score]
        if score < 3:
            tip = self.tr("Try adding another word or two that don't belong together.")
            return f"{verdict} {tip}"
        return verdict

    def _show(self, score: int, text: str) -> None:
        self.bar.setValue(score if text else 0)
        self.bar.setProperty("strength", str(score))
        repolish(self.bar)
        self.verdict.setText(text or self.tr("Choose something long that only you would think of."))
        self.bar.setAccessibleDescription(self.verdict.text())
