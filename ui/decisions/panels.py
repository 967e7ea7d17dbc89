"""Cards and pages the Decisions page adds around the walk.

Decision history and SURE checks (on the decision pages), rights where you live, and
"how did it go?" reflections. Each shows data it is given and emits signals; the page
does the reading and saving.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from disclosure_helper.guide import Guide, Question
from disclosure_helper.plan_model import DecisionChange, Followup, SureCheck
from disclosure_helper.plan_text import decision_text, describe_answer, format_day, local_day
from disclosure_helper.rights import (
    Point,
    RightsCard,
    card_for_region,
    load_about_content,
    load_rights_cards,
)
from disclosure_helper.ui.widgets import Card, ScrollScreen, button, field_label, label
from disclosure_helper.ui.widgets.about_content import open_about_content
from disclosure_helper.ui.widgets.flow import FlowRow
from disclosure_helper.ui.widgets.plan_pdf import answer_words
from disclosure_helper.ui.widgets.plan_steps.balance import WeightBar
from disclosure_helper.ui.widgets.plan_steps.step_editor import StepPage, WalkPage, add_back_next
from disclosure_helper.ui.widgets.wrapping import wrap_button

SURE_QUESTIONS = ("sure", "understand", "risk_benefit", "encouragement")


def _clear(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item is None:  # only when the layout is empty after all
            break
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            # Hidden at once: deleteLater only runs after this event, and a stale card
            # would be painted over the new ones until then.
            widget.hide()
            widget.deleteLater()
        elif inner is not None:
            _clear(inner)


class HistoryCard(Card):
    """How the decision changed, newest first, each with its date."""

    def __init__(self, guide: Guide, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("How your decision has changed"), parent=parent)
        self.guide = guide
        self.setObjectName("decisionHistory")
        self.body.addWidget(label(
            self.tr("Each change is kept with its date, so you can see your thinking over time."),
            "hint",
        ))
        self.rows = QVBoxLayout()
        self.rows.setSpacing(4)
        self.body.addLayout(self.rows)

    def set_history(self, history: Sequence[DecisionChange]) -> None:
        _clear(self.rows)
        for change in reversed(history):
            words = f"{format_day(local_day(change.changed_at))}  \u2014  " \
                    f"{decision_text(change.decision, self.guide)}"
            if change.revisit_on:
                words += "  " + self.tr("(look again on %1)").replace(
                    "%1", format_day(change.revisit_on))
            self.rows.addWidget(label(words, selectable=True))

    def texts(self) -> list[str]:
        texts = []
        for i in range(self.rows.count()):
            item = self.rows.itemAt(i)
            row = item.widget() if item is not None else None
            assert isinstance(row, QLabel)  # each change is one label
            texts.append(row.text())
        return texts


class SureCard(Card):
    """Save today's SURE answers as a dated check, and see how certainty has changed.

    `source` says where the SURE questions come from (the step's `source` in content).
    """

    record_requested = Signal()

    def __init__(self, source: str = "", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Keep this check"), parent=parent)
        self.setObjectName("sureHistory")
        self.body.addWidget(label(
            self.tr("Save your answers with today's date. Next time, you can see what changed."),
            "hint",
        ))
        self.record_button = wrap_button(
            self.tr("Save this check"), self.record_requested.emit, role="primary",
            accessible_name=self.tr("Save this SURE check with today's date"),
        )
        row = QHBoxLayout()
        row.addWidget(self.record_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.status = label(role="hint")
        self.body.addWidget(self.status)
        self.rows = QVBoxLayout()
        self.rows.setSpacing(6)
        self._texts: list[str] = []
        self.body.addLayout(self.rows)
        if source:
            self.body.addWidget(label(source, "hint"))

    def set_checks(self, checks: Sequence[SureCheck]) -> None:
        _clear(self.rows)
        self._texts = []
        if checks:
            self.rows.addWidget(label(self.tr("Your checks so far"), "subheading"))
        for check in reversed(checks):
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(12)
            words = self.tr("%1: %2 of 4 yes").replace(
                "%1", format_day(local_day(check.checked_at))).replace("%2", str(check.score))
            self._texts.append(words)
            # The date and count wrap at large text; the bar keeps a fair share of the row.
            text = label(words)
            line.addWidget(text, 2)
            bar = WeightBar(check.score, 4)
            bar.setAccessibleName(words)
            line.addWidget(bar, 1)
            self.rows.addWidget(row)

    def texts(self) -> list[str]:
        return list(self._texts)


class RightsPage(WalkPage):
    """An offline rights card for where the person lives, with its date and sources."""

    def __init__(self, region: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, max_chars=76)
        self.setObjectName("rightsPage")
        self.column.addWidget(label(self.tr("Rights where you live"), "title"))
        self.column.addWidget(label(self.tr(
            "A short summary of what the rules say, kept on this device. "
            "It is here to help you weigh things up, not to tell you what to do."
        )))
        holder = FlowRow(spacing=10)
        # The drop-down goes under its label when large text leaves no room beside it.
        row = holder
        self.region_box = QComboBox()
        self.region_box.setAccessibleName(self.tr("Which place's rights to show"))
        row.addWidget(field_label(self.tr("Show the card for:"), self.region_box))
        for card in load_rights_cards():
            self.region_box.addItem(card.name, card.id)
        row.addWidget(self.region_box)
        self.column.addWidget(holder)
        self.card_box = QVBoxLayout()
        self.card_box.setSpacing(16)
        self.column.addLayout(self.card_box)
        add_back_next(self)
        self.region_box.currentIndexChanged.connect(
            lambda _i: self.show_card(card_for_region(self.region_box.currentData())))
        self.set_region(region)

    def set_region(self, region: str) -> None:
        card = card_for_region(region)
        index = self.region_box.findData(card.id)
        if index == self.region_box.currentIndex():
            self.show_card(card)
        else:
            self.region_box.setCurrentIndex(index)

    def show_card(self, card: RightsCard, today: date | None = None) -> None:
        _clear(self.card_box)
        self.card = card
        about = load_about_content()
        head = Card(card.title, " ".join(card.intro.split()), title_role="heading")
        if card.covers:
            head.body.addWidget(label(card.covers, "hint"))
        note = label(card.note, "banner-info")
        head.body.addWidget(note)
        self.overdue = None
        if card.next_review is not None and card.is_past_review(today):
            # Gentle, not alarming: the card may be out of date, and here is where to check.
            self.overdue = label(about.overdue_note(format_day(card.next_review)),
                                 "banner-warning")
            head.body.addWidget(self.overdue)
        head.body.addWidget(label(self._dates(card), "hint"))
        self.card_box.addWidget(head)
        for section in card.sections:
            block = Card(section.heading)
            for item in section.items:
                block.body.addWidget(self._point(card, item))
            self.card_box.addWidget(block)
        # Who checked the card, how, and how it is kept up: after the points, before sources.
        checked = Card(self.tr("How this card was checked"))
        checked.setObjectName("provenance")
        for text in (self.tr("Checked by: %1").replace("%1", card.reviewed_by),
                     card.review_method, card.update_policy):
            if text:
                checked.body.addWidget(label(text))
        self.about_button = button(self.tr("About this content"), self.show_about, role="link")
        checked.body.addWidget(self.about_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.card_box.addWidget(checked)
        sources = Card(self.tr("Sources"))
        sources.body.addWidget(label(self.tr(
            "The app never goes online. You can look these up yourself if you want to read more."
        ), "hint"))
        for source in card.sources:
            sources.body.addWidget(label(source.title, selectable=True))
            url = label(source.url, "hint", selectable=True)
            # Web addresses break only at '/' and '-'; a long piece may run to the edge at
            # the largest text rather than make the whole page scroll sideways.
            url.setMinimumWidth(url.fontMetrics().averageCharWidth() * 16)
            sources.body.addWidget(url)
        self.card_box.addWidget(sources)

    def _dates(self, card: RightsCard) -> str:
        reviewed = format_day(card.last_reviewed)
        if card.next_review is None:
            return self.tr("Last reviewed: %1").replace("%1", reviewed)
        return (self.tr("Last reviewed: %1. Next review due: %2.")
                .replace("%1", reviewed).replace("%2", format_day(card.next_review)))

    def _point(self, card: RightsCard, item: Point) -> QWidget:
        """One point with its source just under it, set in from the bullet."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 4)
        column.setSpacing(2)
        column.addWidget(label("\u2022  " + item.text, selectable=True))
        names = [source.title for source in card.sources_for(item)]
        if names:
            said = self.tr("Source: %1") if len(names) == 1 else self.tr("Sources: %1")
            source = label(said.replace("%1", "; ".join(names)), "hint", selectable=True)
            source.setContentsMargins(source.fontMetrics().horizontalAdvance("\u2022  "), 0, 0, 0)
            column.addWidget(source)
        return holder

    def show_about(self) -> None:
        self.about_dialog = open_about_content(self)


class FollowupPanel(QStackedWidget):
    """"How did it go?": a list of reflections, and a form for one of them.

    Signals: `add_requested`, `changed` (the open reflection changed in memory),
    `open_decision` (the person wants to look at the decision again).
    """

    add_requested = Signal()
    changed = Signal()
    open_decision = Signal()
    closing = Signal()

    def __init__(self, guide: Guide, region: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followupPanel")
        self.guide = guide
        self.region = region
        self.followup: Followup | None = None
        self.list_screen = ScrollScreen(max_chars=76)
        step = guide.step("followup")
        self.list_screen.column.addWidget(label(self.tr("After it happened"), "title"))
        self.list_screen.column.addWidget(label(" ".join(step.intro.split())))
        self.add_button = wrap_button(self.tr("Add a reflection"), self.add_requested.emit,
                                      role="primary")
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        self.list_screen.column.addLayout(row)
        self.items = QVBoxLayout()
        self.items.setSpacing(12)
        self.list_screen.column.addLayout(self.items)
        self.addWidget(self.list_screen)
        self.form: StepPage | None = None

    def set_followups(self, followups: Sequence[Followup], open_: Any) -> None:
        """Show the reflections; `open_(followup)` is called when one is chosen."""
        _clear(self.items)
        if not followups:
            self.items.addWidget(label(self.tr(
                "No reflections yet. You can add one whenever you are ready, or not at all."
            ), "hint"))
        step = self.guide.step("followup")
        how = step.question("how_it_went")
        for followup in reversed(followups):
            when = format_day(followup.happened_on) if followup.happened_on else \
                format_day(local_day(followup.created))
            card = Card(when)
            if how is not None:
                for line in describe_answer(self.guide, how, followup.answers.get(how.id),
                                           answer_words()):
                    card.body.addWidget(label(line))
            open_button = button(self.tr("Open"), partial(open_, followup),
                                 accessible_name=self.tr("Open the reflection from %1")
                                 .replace("%1", when))
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(open_button)
            card.body.addLayout(row)
            self.items.addWidget(card)

    def edit(self, followup: Followup) -> None:
        """Show the form for one reflection; edits go into `followup` in memory."""
        self.close_form(emit=False)
        self.followup = followup
        form = StepPage(self.guide, self.guide.step("followup"), self._get, self._set,
                        self.region)
        form.back_button.hide()
        form.next_button.hide()
        done = button(self.tr("Done"), self.close_form, role="primary",
                      accessible_name=self.tr("Done with this reflection"))
        again = wrap_button(self.tr("Look at my decision again"), self.open_decision.emit)
        row = QHBoxLayout()
        row.addWidget(again)
        row.addStretch(1)
        row.addWidget(done)
        form.extra.addLayout(row)
        form.fix_tab_order()
        form.changed.connect(lambda _qid: self.changed.emit())
        self.form = form
        self.addWidget(form)
        self.setCurrentWidget(form)

    def close_form(self, emit: bool = True) -> None:
        if self.form is None:
            return
        if emit:
            self.closing.emit()
        self.setCurrentWidget(self.list_screen)
        self.removeWidget(self.form)
        self.form.deleteLater()
        self.form = None
        self.followup = None

    def _get(self, question: Question) -> Any:
        assert self.followup is not None
        return self.followup.answer(question.id)

    def _set(self, question: Question, value: Any) -> None:
        assert self.followup is not None
        self.followup.set_answer(question.id, value)

