"""The guided walk as a reusable widget: it edits a `Plan` in memory and never saves.

    editor = StepEditor(guide, plan)
    editor.changed.connect(schedule_save)        # the container decides when to persist
    editor.step_changed.connect(lambda step_id: flush())
    editor.set_step("how")

The Decisions page saves with a short debounce; Together mode keeps changes staged and
saves only if the person chooses. Questions are drawn from the guide content, so a new
question in a TOML file needs no code change.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from disclosure_helper.guide import (
    NOT_SURE,
    WALK,
    Guide,
    Kind,
    Question,
    Step,
    choice_key,
    is_empty,
)
from disclosure_helper.plan_model import FOLLOWUP_STEP, Plan
from disclosure_helper.ui.widgets import (
    Card,
    ScrollScreen,
    WrapPushButton,
    apply_layout_tab_order,
    button,
    label,
    wrap_button,
)
from disclosure_helper.ui.widgets.plan_steps.balance import BalanceView
from disclosure_helper.ui.widgets.plan_steps.questions import QuestionCard, RepeatAnswer

Getter = Callable[[Question], Any]

# The list of pages never takes more than this share of the editor's width.
SIDE_SHARE = 0.3
Setter = Callable[[Question, Any], None]


class WalkPage(ScrollScreen):
    """A page of the walk with Back and Next at its foot (steps, the rights card). Each
    such page calls `add_back_next(self)` once it has its content."""

    back_button: QPushButton
    next_button: WrapPushButton


def add_back_next(page: WalkPage) -> None:
    """Back and Next at the foot of a page of the walk (`page.back_button`,
    `page.next_button`); the `StepEditor` joins them to its list of pages."""
    # Written out with their context so the translation tools find them.
    translate = QCoreApplication.translate
    nav = QHBoxLayout()
    nav.setSpacing(12)
    page.back_button = button(translate("StepPage", "Back"),
                              accessible_name=translate("StepPage", "Back to the previous page"))
    # "Next: <the next page's title>" can be long; it wraps at large text.
    page.next_button = wrap_button(translate("StepPage", "Next"), role="primary",
                                   accessible_name=translate("StepPage", "Next page"))
    nav.addWidget(page.back_button)
    nav.addStretch(1)
    nav.addWidget(page.next_button)
    page.column.addSpacing(8)
    page.column.addLayout(nav)


# -- one page ---------------------------------------------------------------------------


class StepPage(WalkPage):
    """One step: a heading, a short intro, one card per question, then Back and Next.

    `get(question)` and `set(question, value)` connect it to whatever holds the answers.
    `extra` is a layout under the questions where a container may add its own cards.
    """

    changed = Signal(str)  # question id

    def __init__(
        self,
        guide: Guide,
        step: Step,
        get: Getter,
        set_: Setter,
        region: str | None = None,
        parent: QWidget | None = None,
        answered: Callable[[Question], bool] | None = None,
        situation: str | None = None,
        plan_answers: Callable[[], Mapping[str, Any]] | None = None,
    ) -> None:
        super().__init__(parent, max_chars=76)
        self._situation = situation
        self._plan_answers = plan_answers or (lambda: {})
        self._fixing_exclusive = False
        self._answered = answered or (lambda q: not is_empty(self._get(q)))
        self.guide = guide
        self.step = step
        self._get = get
        self._set = set_
        self.setObjectName(f"step_{step.id}")
        self.heading = label(step.title, "title")
        self.column.addWidget(self.heading)
        self.intro = label(" ".join(step.intro.split()))
        self.column.addWidget(self.intro)
        self.cards: dict[str, QuestionCard] = {}
        self.balance: BalanceView | None = None
        sided = [q for q in step.questions if q.kind is Kind.WEIGHTED and q.side]
        for question in step.questions:
            # Made inside the page, so Qt styles each card once rather than again on
            # every move into a new parent.
            card = QuestionCard(question, guide, region, parent=self.readable)
            card.setObjectName(f"question_{question.id}")
            self.cards[question.id] = card
            self.column.addWidget(card)
            if sided and question is sided[-1]:
                self.balance_card = Card(self.tr("What matters to you"))
                self.balance = BalanceView(question.scale)
                self.balance_card.body.addWidget(self.balance)
                self.column.addWidget(self.balance_card)
        if step.evidence:
            # What research has found, each finding with its sources, under the questions.
            self.evidence_card = Card(step.evidence_heading)
            self.evidence_card.setObjectName("evidence")
            for point in step.evidence:
                self.evidence_card.body.addWidget(label(point.text, selectable=True))
                said = self.tr("Source: %1") if len(point.sources) == 1 else self.tr(
                    "Sources: %1")
                self.evidence_card.body.addWidget(label(said.replace(
                    "%1", "; ".join(r.title for r in point.sources)), "hint", selectable=True))
            self.column.addWidget(self.evidence_card)
        self.extra = QVBoxLayout()
        self.extra.setSpacing(16)
        self.column.addLayout(self.extra)
        add_back_next(self)
        self.load()
        for card in self.cards.values():
            card.changed.connect(lambda c=card: self._card_changed(c))

    def fix_tab_order(self) -> None:
        apply_layout_tab_order(self.readable)
        # Cards a container adds under the questions come after Back and Next among the
        # page's children, which is the order a screen reader reads them in; raising
        # Back and Next puts them last there too, as on screen.
        self.back_button.raise_()
        self.next_button.raise_()

    def load(self) -> None:
        """Show the current values from the holder (after a reload or a discard)."""
        for card in self.cards.values():
            card.set_value(self._get(card.question))
        for card in self.cards.values():
            if card.question.repeat_for:
                self._refresh_repeat(card)
        self._refresh_balance()
        self._refresh_shown()
        self.refresh_starters()
        self.fix_tab_order()

    def _refresh_shown(self) -> None:
        """Show the questions that fit the plan's situation (e.g. signs for peer roles)."""
        answers = {q.id: self._get(q) for q in self.step.questions}
        for card in self.cards.values():
            card.setVisible(self.step.shows(card.question, self._situation, answers))

    def refresh_starters(self) -> None:
        """Openers for talking or for writing, by where the plan says the words will go."""
        for card in self.cards.values():
            if card.question.starter_sets and hasattr(card.control, "set_starter_groups"):
                card.control.set_starter_groups(
                    self.guide.starters_for(card.question, self._plan_answers()))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # The Where page may have changed since this page was built.
        if any(q.starter_sets for q in self.step.questions):
            self.refresh_starters()
        super().showEvent(event)

    def _keep_exclusive(self, card: QuestionCard) -> bool:
        """"No one" stands alone: picking it clears the rest, picking another clears it."""
        lone = {o.id for o in card.question.options if o.exclusive}
        value = card.value()
        if not lone or not isinstance(value, list) or len(value) < 2:
            return False
        picked = [v for v in value if isinstance(v, str) and v in lone]
        if not picked:
            return False
        before = self._get(card.question)
        before = before if isinstance(before, list) else []
        fresh = [v for v in picked if v not in before]
        new = fresh[:1] if fresh else [v for v in value if not (isinstance(v, str) and v in lone)]
        self._fixing_exclusive = True
        try:
            card.set_value(new)
        finally:
            self._fixing_exclusive = False
        return True

    def _card_changed(self, card: QuestionCard) -> None:
        if self._fixing_exclusive:
            return
        self._keep_exclusive(card)
        self._set(card.question, card.value())
        if any(q.shown_if == card.question.id for q in self.step.questions):
            self._refresh_shown()
        for other in self.cards.values():
            if other.question.repeat_for == card.question.id:
                self._refresh_repeat(other)
                self._set(other.question, other.value())
        if card.question.kind is Kind.WEIGHTED:
            self._refresh_balance()
        if card.question.kind in (Kind.MULTI, Kind.WEIGHTED, Kind.SINGLE):
            self.fix_tab_order()  # repeats and own-words rows may have added controls
        self.changed.emit(card.question.id)

    def _refresh_repeat(self, card: QuestionCard) -> None:
        source = self.cards.get(card.question.repeat_for or "")
        control = card.control
        if source is None or not isinstance(control, RepeatAnswer):
            return
        value = source.value()
        chosen = value if isinstance(value, list) else ([] if is_empty(value) else [value])
        items = [
            (choice_key(item), source.question.label(item))
            for item in chosen
            if item != NOT_SURE and not _is_exclusive(source.question, item)
        ]
        control.set_items(items)

    def _refresh_balance(self) -> None:
        if self.balance is None:
            return
        answers = {
            self.step.id: {
                q.id: self._get(q) for q in self.step.questions if q.kind is Kind.WEIGHTED
            }
        }
        self.balance.set_balance(self.guide.balance(answers))

    def has_answers(self) -> bool:
        return any(self._answered(q) for q in self.step.questions)


# -- the walk ---------------------------------------------------------------------------


def default_step_ids(guide: Guide) -> list[str]:
    """Every step kept in a plan's answers: the walk, the decision, SURE and the checklist."""
    return [s.id for s in guide.steps if s.id != FOLLOWUP_STEP]


class StepEditor(QWidget):
    """Edits one plan's answers in memory, one page per step, in any order.

    Signals: `changed` (something in `plan` changed), `step_changed(key)` (another page
    is now shown). Pages a container adds with `add_page` sit in the same list.

    With `lazy=True` a step's page is built the first time it is shown (or asked for
    with `step_page`/`card`), so a session opens at once; `pages` then holds the pages
    built so far.
    """

    changed = Signal()
    step_changed = Signal(str)

    def __init__(
        self,
        guide: Guide,
        plan: Plan,
        parent: QWidget | None = None,
        step_ids: Sequence[str] | None = None,
        show_step_list: bool = True,
        lazy: bool = False,
    ) -> None:
        super().__init__(parent)
        self.guide = guide
        self._plan = plan
        self._keys: list[str] = []
        self._titles: dict[str, str] = {}
        self.pages: dict[str, StepPage] = {}
        self._steps: dict[str, Step] = {}
        self._widgets: dict[str, QWidget] = {}
        self._step_for = {id(q): s.id for s in guide.steps for q in s.questions}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.side = QWidget()
        self.side.setObjectName("stepSide")
        side = QVBoxLayout(self.side)
        side.setContentsMargins(16, 20, 8, 16)
        side.setSpacing(8)
        self.progress_label = label(role="hint")
        self.step_list = QListWidget()
        # Styled like the main navigation: a calm list of places to go.
        self.step_list.setObjectName("navigation")
        self.step_list.setAccessibleName(self.tr("Pages of this plan"))
        self.step_list.setWordWrap(True)
        self.step_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.step_list.currentRowChanged.connect(self._row_chosen)
        side.addWidget(self.progress_label)
        side.addWidget(self.step_list, 1)
        self.stack = QStackedWidget()
        layout.addWidget(self.side)
        self.side.setVisible(show_step_list)  # in place first: see FormDialog's intro
        layout.addWidget(self.stack, 1)
        for step_id in step_ids or default_step_ids(guide):
            step = guide.step(step_id)
            self._steps[step_id] = step
            # An empty stand-in keeps the page's place until it is first shown.
            self._insert(step_id, step.title, QWidget() if lazy else self._new_page(step),
                         None)
        self._fit_side()
        self.refresh_progress()
        if self._keys:
            self.step_list.setCurrentRow(0)

    # -- public API --------------------------------------------------------------------

    @property
    def plan(self) -> Plan:
        return self._plan

    def step_ids(self) -> list[str]:
        """Every page key in order: guide steps and pages added with `add_page`."""
        return list(self._keys)

    def current_step(self) -> str:
        row = self.step_list.currentRow()
        return self._keys[row] if 0 <= row < len(self._keys) else ""

    def set_step(self, key: str) -> None:
        if key in self._keys:
            self.step_list.setCurrentRow(self._keys.index(key))

    def next_step(self) -> None:
        row = self.step_list.currentRow()
        if row + 1 < len(self._keys):
            self.step_list.setCurrentRow(row + 1)

    def previous_step(self) -> None:
        row = self.step_list.currentRow()
        if row > 0:
            self.step_list.setCurrentRow(row - 1)

    def step_page(self, step_id: str) -> StepPage:
        """A step's page, built now if it has not been shown yet."""
        page = self.pages.get(step_id)
        return page if page is not None else self._build(step_id)

    def card(self, step_id: str, question_id: str) -> QuestionCard:
        return self.step_page(step_id).cards[question_id]

    def add_page(self, key: str, title: str, widget: QWidget, before: str | None = None) -> None:
        """Add a page of the container's own (rights, follow-ups) to the list."""
        self._insert(key, title, widget, before)
        self._fit_side()
        self.refresh_progress()

    def reload(self, plan: Plan | None = None) -> None:
        """Show `plan` (or the same plan's current values) on every page."""
        if plan is not None:
            self._plan = plan
        for page in self.pages.values():
            page.load()
        self.refresh_progress()

    def refresh_progress(self) -> None:
        # Counted like the plan list: the walk and the decision (SURE and the checklist
        # get ticks but are extras).
        counted = [k for k, s in self._steps.items() if s.part == WALK or k == "decision"]
        answered = 0
        for row, key in enumerate(self._keys):
            item = self.step_list.item(row)
            step = self._steps.get(key)
            # From the plan itself, so pages not built yet count too.
            done = step is not None and any(self._answered(q) for q in step.questions)
            answered += int(done and key in counted)
            title = self._titles[key]
            item.setText(f"{title}  \u2713" if done else title)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("%1, has answers").replace("%1", title) if done else title,
            )
        self._fit_side()
        self.progress_label.setText(
            self.tr("%1 of %2 pages have answers").replace("%1", str(answered))
            .replace("%2", str(len(counted)))
        )

    # -- internals -----------------------------------------------------------------------

    def _new_page(self, step: Step) -> StepPage:
        page = StepPage(self.guide, step, self._getter, self._setter, self._plan.region,
                        parent=self.stack, answered=self._answered,
                        situation=self._plan.situation,
                        plan_answers=lambda: self._plan.answers)
        page.changed.connect(self._page_changed)
        self.pages[step.id] = page
        return page

    def _build(self, step_id: str) -> StepPage:
        """Put a step's real page where its stand-in was."""
        step = self._steps[step_id]  # KeyError for a key that is not a step
        stand_in = self._widgets[step_id]
        page = self._new_page(step)
        self.stack.insertWidget(self.stack.indexOf(stand_in), page)
        self.stack.removeWidget(stand_in)
        stand_in.deleteLater()
        self._widgets[step_id] = page
        self._join_back_next(page)
        self._update_nav_buttons()
        return page

    def _join_back_next(self, widget: QWidget) -> None:
        # Any page with back_button / next_button (steps, the rights card) joins Back/Next.
        if isinstance(widget, WalkPage):
            widget.back_button.clicked.connect(self.previous_step)
            widget.next_button.clicked.connect(self.next_step)

    def _insert(self, key: str, title: str, widget: QWidget, before: str | None) -> None:
        at = self._keys.index(before) if before in self._keys else len(self._keys)
        self._keys.insert(at, key)
        self._titles[key] = title
        item = QListWidgetItem(title)
        self.step_list.insertItem(at, item)
        self.stack.insertWidget(at, widget)
        self._widgets[key] = widget
        self._join_back_next(widget)
        self._update_nav_buttons()

    def _update_nav_buttons(self) -> None:
        for row, key in enumerate(self._keys):
            page = self._widgets[key]
            if not isinstance(page, WalkPage):
                continue
            page.back_button.setEnabled(row > 0)
            is_last = row + 1 >= len(self._keys)
            page.next_button.setEnabled(not is_last)
            if not is_last:
                following = self._titles[self._keys[row + 1]]
                page.next_button.setText(self.tr("Next: %1").replace("%1", following))
                page.next_button.setAccessibleName(
                    self.tr("Next page: %1").replace("%1", following))

    def _fit_side(self) -> None:
        metrics = self.step_list.fontMetrics()
        chars = metrics.averageCharWidth()
        widest = max((metrics.horizontalAdvance(t + "  \u2713") for t in self._titles.values()),
                     default=chars * 12)
        # Wide enough for most titles, never so wide that the page itself gets cramped at
        # large text or in a narrow window: longer titles wrap onto more lines instead.
        width = min(widest + 56, chars * 24)
        if self.width() > 0:
            width = min(width, max(round(self.width() * SIDE_SHARE) - 24, chars * 10))
        self.side.setFixedWidth(width + 24)
        text_width = width - 48
        for row in range(self.step_list.count()):
            title = self.step_list.item(row).text()
            rect = metrics.boundingRect(QRect(0, 0, text_width, 0),
                                        int(Qt.TextFlag.TextWordWrap), title)
            height = max(round(metrics.height() * 2.0), rect.height() + metrics.height())
            self.step_list.item(row).setSizeHint(QSize(text_width, height))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_side()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.side.isVisibleTo(self) and event.size().width() != event.oldSize().width():
            self._fit_side()

    def _row_chosen(self, row: int) -> None:
        if not 0 <= row < len(self._keys):
            return
        key = self._keys[row]
        if key in self._steps and key not in self.pages:
            self._build(key)
        self.stack.setCurrentIndex(row)
        widget = self.stack.currentWidget()
        if isinstance(widget, ScrollScreen):
            widget.verticalScrollBar().setValue(0)
        self.step_changed.emit(self._keys[row])

    def _getter(self, question: Question) -> Any:
        return self._plan.answer(self._step_of(question), question.id)

    def _setter(self, question: Question, value: Any) -> None:
        self._plan.set_answer(self._step_of(question), question.id, value)

    def _answered(self, question: Question) -> bool:
        return self._plan.answered(self._step_of(question), question.id)

    def _step_of(self, question: Question) -> str:
        # Question ids repeat across steps (e.g. "what_helped"), so look up the object.
        return self._step_for[id(question)]

    def _page_changed(self, _question_id: str) -> None:
        self.refresh_progress()
        self.changed.emit()


def _is_exclusive(question: Question, item: Any) -> bool:
    option = question.option(item) if isinstance(item, str) else None
    return option is not None and option.exclusive
