"""Live passphrase strength from zxcvbn, in words as well as a bar."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressBar, QVBoxLayout, QWidget

from disclosure_helper.ui.widgets.basics import label, repolish

# zxcvbn 4.5 refuses input over 72 characters (ValueError), and gets slow near it anyway.
# A longer passphrase is judged on its first 72: at least that strong, and usually more.
MAX_CHECKED_CHARS = 72


def estimate(passphrase: str, user_inputs: list[str] | None = None) -> tuple[int, str, str]:
    """(score 0–4, zxcvbn warning, first suggestion) for a passphrase of any length."""
    if not passphrase:
        return 0, "", ""
    from zxcvbn import zxcvbn  # imported late: it loads word lists

    checked = passphrase[:MAX_CHECKED_CHARS]
    inputs = [word[:MAX_CHECKED_CHARS] for word in (user_inputs or [])]
    try:
        result = zxcvbn(checked, user_inputs=inputs)
    except ValueError:
        # A future zxcvbn with a lower limit must not stop someone choosing a passphrase.
        result = zxcvbn(checked[:32], user_inputs=[])
    feedback = result.get("feedback") or {}
    suggestions = feedback.get("suggestions") or []
    first = suggestions[0] if suggestions else ""
    return int(result["score"]), feedback.get("warning") or "", first


class StrengthMeter(QWidget):
    """Shows how hard a passphrase would be to guess. Call `update_for(text)` as it changes.

    Scores 0–2 read as "too easy to guess"; `score` holds the last result. Checking is
    debounced so typing stays smooth.
    """

    def __init__(self, parent: QWidget | None = None, min_length: int = 8) -> None:
        super().__init__(parent)
        self.min_length = min_length
        self.score = 0
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

    def _evaluate(self) -> None:
        text = self._pending
        if not text:
            self.score = 0
            self._show(0, "")
            return
        score, warning, suggestion = estimate(text)
        if len(text) < self.min_length:
            score = min(score, 1)
        self.score = score
        self._show(score, self._words(text, score, warning, suggestion))

    def _words(self, text: str, score: int, warning: str, suggestion: str) -> str:
        if len(text) < self.min_length:
            return self.tr("Use at least %n characters. A few unrelated words work well.", "",
                           self.min_length)
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
