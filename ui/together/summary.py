"""The end of a session: what changed, and the person's choice of what to keep.

Only the person should read this page: it shows the supporter's notes in full so the
person can decide about them. Nothing is written until one of the choices is pressed.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLineEdit, QWidget

from disclosure_helper.guide import Guide
from disclosure_helper.plan_model import MAX_TITLE_CHARS
from disclosure_helper.plan_text import decision_text
from disclosure_helper.rights import regions
from disclosure_helper.together import EndChoice, SessionSummary, SessionText
from disclosure_helper.ui.widgets import Card, MessageBanner, ScrollScreen, button, label


class EndSummary(ScrollScreen):
    """Signals: `chosen(EndChoice value)` when a choice is pressed, `back` to carry on."""

    chosen = Signal(str)
    back = Signal()

    def __init__(
        self,
        guide: Guide,
        text: SessionText,
        summary: SessionSummary,
        exploring: bool,
        situation: str,
        region: str,
        will_lock: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, max_chars=64)
        self.setObjectName("togetherEnd")
        self.summary = summary
        self.exploring = exploring
        end = text.end
        self.column.addWidget(label(end["title"], "title"))
        self.column.addWidget(label(end["intro"]))

        changes = Card(self.tr("What changed"))
        changes.setObjectName("togetherChanges")
        self.change_lines: list[str] = []
        if summary.is_empty:
            self._line(changes, end["nothing_changed"])
        decision_question = guide.question("decision", "decision")
        decision_prompt = decision_question.prompt if decision_question else ""
        for step in summary.steps:
            prompts = [p for p in step.prompts
                       if not (summary.decision_changed and p == decision_prompt)]
            if prompts:
                self._line(changes, self.tr("\u2022 %1: %2").replace("%1", step.title)
                           .replace("%2", "; ".join(prompts)))
        if summary.decision_changed:
            self._line(changes, self.tr(
                "\u2022 Your decision: from \u201c%1\u201d to \u201c%2\u201d")
                .replace("%1", decision_text(summary.decision_before, guide))
                .replace("%2", decision_text(summary.decision_after, guide)))
        if summary.has_notes:
            self._line(changes, self.tr("\u2022 Supporter's notes: written"))
            self._line(changes, end["notes_private"], "hint")
            self.notes_view = label(summary.notes.strip(), "banner-info", selectable=True)
            self.notes_view.setAccessibleName(self.tr("The supporter's notes"))
            changes.body.addWidget(self.notes_view)
        elif not summary.is_empty:
            self._line(changes, self.tr("\u2022 Supporter's notes: none written"))
        self.column.addWidget(changes)

        self.title_edit: QLineEdit | None = None
        self.situation_box: QComboBox | None = None
        self.region_box: QComboBox | None = None
        if exploring and not summary.is_empty:
            self.column.addWidget(self._naming(guide, end["exploring_keep"], situation, region))

        self.error = MessageBanner()
        self.column.addWidget(self.error)

        choices = Card(self.tr("What would you like to keep?"))
        self.keep_all_button = self.keep_plan_button = self.discard_button = None
        self.finish_button = None
        if summary.is_empty:
            self.finish_button = self._choice(
                choices, self.tr("&Finish"), EndChoice.DISCARD, "", "primary")
        else:
            if summary.has_notes:
                name = self.tr("&Keep everything") if summary.has_plan_changes \
                    else self.tr("&Keep their notes")
                self.keep_all_button = self._choice(
                    choices, name, EndChoice.KEEP_ALL, end["keep_all"], "primary")
            if summary.has_plan_changes:
                name = self.tr("Keep &plan changes only") if summary.has_notes \
                    else self.tr("&Keep my changes")
                self.keep_plan_button = self._choice(
                    choices, name, EndChoice.KEEP_PLAN, end["keep_plan"],
                    None if summary.has_notes else "primary")
            self.discard_button = self._choice(
                choices, self.tr("&Discard everything"), EndChoice.DISCARD, end["discard"],
                "danger")
        self.column.addWidget(choices)
        if will_lock:
            self.column.addWidget(label(end["lock_after"], "hint"))
        self.back_button = button(self.tr("\u2190 &Back to the session"), self.back.emit,
                                  role="link",
                                  accessible_name=self.tr("Back to the session"))
        self.column.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)

    # -- building ---------------------------------------------------------------------

    def _line(self, card: Card, text: str, role: str | None = None) -> None:
        card.body.addWidget(label(text, role))
        self.change_lines.append(text)

    def _choice(self, card: Card, text: str, choice: EndChoice, hint: str,
                role: str | None) -> QWidget:
        row = QHBoxLayout()
        row.setSpacing(14)
        widget = button(text, partial(self.chosen.emit, choice.value), role=role)
        widget.setObjectName(f"choice_{choice.value}")
        if hint:
            widget.setAccessibleDescription(hint)
        row.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)
        if hint:
            row.addWidget(label(hint, "hint"), 1)
        else:
            row.addStretch(1)
        card.body.addLayout(row)
        return widget

    def _naming(self, guide: Guide, hint: str, situation: str, region: str) -> Card:
        card = Card(self.tr("If you keep it"))
        card.body.addWidget(label(hint, "hint"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setSpacing(8)
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(MAX_TITLE_CHARS)
        self.title_edit.setAccessibleName(self.tr("A short name for the new plan"))
        self.situation_box = QComboBox()
        self.situation_box.setAccessibleName(self.tr("The situation"))
        for item in guide.situations:
            self.situation_box.addItem(item.text, item.id)
        self.situation_box.setCurrentIndex(max(0, self.situation_box.findData(situation)))
        self.region_box = QComboBox()
        self.region_box.setAccessibleName(self.tr("Where you live"))
        for region_id, name in regions():
            self.region_box.addItem(name, region_id)
        self.region_box.setCurrentIndex(max(0, self.region_box.findData(region)))
        for text, field in ((self.tr("&Name"), self.title_edit),
                            (self.tr("&Situation"), self.situation_box),
                            (self.tr("&Where you live"), self.region_box)):
            # QFormLayout makes the label the field's buddy, so Alt+letter reaches it.
            form.addRow(text, field)
        card.body.addLayout(form)
        return card

    # -- reading -----------------------------------------------------------------------

    def new_plan_details(self) -> tuple[str, str | None, str | None]:
        """Name, situation and region for a kept exploring session."""
        if self.title_edit is None:
            return "", None, None
        assert self.situation_box is not None and self.region_box is not None
        return (self.title_edit.text(), self.situation_box.currentData(),
                self.region_box.currentData())

    def show_error(self, message: str | None = None) -> None:
        """Show `message` (or what the banner already says) where the person will see it."""
        if message is not None:
            self.error.show_message(message, "error")
        self.ensureWidgetVisible(self.error)
        if self.title_edit is not None and not self.title_edit.text().strip():
            self.title_edit.setFocus()

    def align_choices(self) -> None:
        """One width for the choice buttons, so their explanations line up as a list.

        Called once the summary sits in the view, whose text size decides the widths.
        """
        shown = [b for b in (self.keep_all_button, self.keep_plan_button, self.discard_button)
                 if b is not None]
        for widget in shown:
            widget.setMinimumWidth(0)
            widget.ensurePolished()
        widest = max((b.sizeHint().width() for b in shown), default=0)
        for widget in shown:
            widget.setMinimumWidth(widest)

    def focus_first(self) -> None:
        first = self.keep_all_button or self.keep_plan_button or self.finish_button
        if first is not None:
            first.setFocus()
