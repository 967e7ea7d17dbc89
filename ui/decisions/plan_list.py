"""The list of plans, and the small dialog that starts or renames one."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from disclosure_helper.errors import VaultError
from disclosure_helper.guide import Guide
from disclosure_helper.plan_model import MAX_TITLE_CHARS, Plan, PlanStatus, PlanSummary
from disclosure_helper.plan_text import decision_text, format_day
from disclosure_helper.rights import regions
from disclosure_helper.ui.widgets import (
    Card,
    FormDialog,
    MessageBanner,
    ScrollScreen,
    button,
    label,
)


class PlanDetailsDialog(FormDialog):
    """Name, situation and where you live, for a new plan or an existing one.

    `submit(title, situation, region)` does the work; a VaultError it raises is shown
    here and the dialog stays open with everything still typed.
    """

    def __init__(
        self,
        guide: Guide,
        submit: Callable[[str, str, str], object],
        plan: Plan | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("New decision") if plan is None else self.tr("Plan details"),
            self.tr("One decision at a time. A short name is enough, and only you will see "
                    "it."),
            parent, object_name="planDetailsDialog", modal=False,
            heading=self.tr("What are you thinking about?") if plan is None
            else self.tr("Change the details"))
        self._submit = submit
        layout = self.form
        form = QFormLayout()
        form.setSpacing(10)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(MAX_TITLE_CHARS)
        self.title_edit.setPlaceholderText(self.tr("For example: telling my new manager"))
        self.title_edit.setAccessibleName(self.tr("A short name for this decision"))
        form.addRow(self.tr("&Name"), self.title_edit)
        self.situation_box = QComboBox()
        self.situation_box.setAccessibleName(self.tr("The situation"))
        for situation in guide.situations:
            self.situation_box.addItem(situation.text, situation.id)
        self.situation_detail = label(role="hint")
        form.addRow(self.tr("&Situation"), self.situation_box)
        form.addRow("", self.situation_detail)
        self.region_box = QComboBox()
        self.region_box.setAccessibleName(self.tr("Where you live"))
        for region_id, name in regions():
            self.region_box.addItem(name, region_id)
        form.addRow(self.tr("&Where you live"), self.region_box)
        for row in range(form.rowCount()):
            # addRow(text, field) made each label; tie it to its field for screen readers.
            caption_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            caption = caption_item.widget() if caption_item is not None else None
            field = field_item.widget() if field_item is not None else None
            if isinstance(caption, QLabel) and field is not None:
                caption.setBuddy(field)
        layout.addLayout(form)
        layout.addWidget(label(self.tr(
            "Where you live is used to show the rules that may apply to you."), "hint"))
        self.banner = MessageBanner()
        self.status.addWidget(self.banner)
        cancel = self.add_button(self.tr("Cancel"), self.reject)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.ok_button = self.add_button(self.tr("Start") if plan is None else self.tr("Save"),
                                         self.try_accept, role="primary")
        self.ok_button.setDefault(True)
        self.situation_box.currentIndexChanged.connect(self._show_detail)
        if plan is not None:
            self.title_edit.setText(plan.title)
            self.situation_box.setCurrentIndex(max(0, self.situation_box.findData(plan.situation)))
            self.region_box.setCurrentIndex(max(0, self.region_box.findData(plan.region)))
        self._guide = guide
        self._show_detail()
        self.fit(60)

    def _show_detail(self, *_args: object) -> None:
        situation = self._guide.situation(str(self.situation_box.currentData()))
        self.situation_detail.setText(situation.detail if situation else "")

    def try_accept(self) -> None:
        if not self.title_edit.text().strip():
            self.banner.show_message(
                self.tr("Please give it a short name, like \u201cTelling my new manager\u201d."),
                "warning")
            self.title_edit.setFocus()
            return
        try:
            self._submit(self.title_edit.text(), str(self.situation_box.currentData()),
                         str(self.region_box.currentData()))
        except VaultError as exc:
            self.banner.show_message(exc.message, "error")
            return
        self.accept()


class PlanCard(Card):
    def __init__(self, guide: Guide, summary: PlanSummary, parent: QWidget | None = None) -> None:
        super().__init__(summary.title, parent=parent, title_role="heading")
        self.setObjectName(f"plan_{summary.id}")
        self.plan_id = summary.id
        situation = guide.situation(summary.situation)
        if situation is not None:
            self.body.addWidget(label(situation.text, "hint"))
        self.body.addWidget(label(
            self.tr("Where you are: %1").replace("%1", decision_text(summary.decision, guide))))
        progress = self.tr("%1 of %2 pages started").replace(
            "%1", str(summary.steps_started)).replace("%2", str(summary.steps_total))
        self.body.addWidget(label(progress, "hint"))
        if summary.due_for_revisit:
            self.badge = label(guide.status_label(PlanStatus.REVISIT_DUE.value),
                               "banner-warning")
            self.badge.setWordWrap(False)
            row = QHBoxLayout()
            row.addWidget(self.badge)
            row.addStretch(1)
            self.body.addLayout(row)
        elif summary.revisit_on:
            self.body.addWidget(label(self.tr("Look again on %1").replace(
                "%1", format_day(summary.revisit_on)), "hint"))
        row = QHBoxLayout()
        row.setSpacing(10)
        self.delete_button = button(self.tr("Delete\u2026"), role=None,
                                    accessible_name=self.tr("Delete %1").replace(
                                        "%1", summary.title))
        self.open_button = button(self.tr("Open"), role="primary",
                                  accessible_name=self.tr("Open %1").replace("%1", summary.title))
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(self.open_button)
        self.body.addLayout(row)


class PlanListView(ScrollScreen):
    """Every plan with its decision and what is due for a fresh look."""

    new_requested = Signal()
    open_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, guide: Guide, parent: QWidget | None = None) -> None:
        super().__init__(parent, max_chars=72)
        self.setObjectName("planList")
        self.guide = guide
        self.column.addWidget(label(self.tr("Your decisions"), "title"))
        self.column.addWidget(label(self.tr(
            "Think through one decision at a time, in your own order and at your own pace. "
            "Not telling is a complete answer too. You can come back to any plan later."
        )))
        self.due_banner = MessageBanner()
        self.column.addWidget(self.due_banner)
        self.new_button = button(self.tr("New decision"), self.new_requested.emit,
                                 role="primary")
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addStretch(1)
        self.column.addLayout(row)
        self.items = QVBoxLayout()
        self.items.setSpacing(14)
        self.column.addLayout(self.items)
        self.cards: list[PlanCard] = []

    def set_plans(self, plans: Sequence[PlanSummary]) -> None:
        self.clear()
        due = [p for p in plans if p.due_for_revisit]
        if due:
            self.due_banner.show_message(
                self.tr("One plan has reached the date you set to look at it again.")
                if len(due) == 1 else
                self.tr("%1 plans have reached the date you set to look at them again.")
                .replace("%1", str(len(due))))
        if not plans:
            empty = Card(self.tr("Nothing here yet"), self.tr(
                "When you are ready, start with \u201cNew decision\u201d. You might begin with "
                "something like the health question on an application, or whether to mention "
                "something at an interview."))
            self.items.addWidget(empty)
        for summary in plans:
            card = PlanCard(self.guide, summary)
            card.open_button.clicked.connect(
                lambda _c=False, i=summary.id: self.open_requested.emit(i))
            card.delete_button.clicked.connect(
                lambda _c=False, i=summary.id: self.delete_requested.emit(i))
            self.items.addWidget(card)
            self.cards.append(card)

    def clear(self) -> None:
        """Forget everything shown (on lock)."""
        self.due_banner.dismiss()
        while self.items.count():
            item = self.items.takeAt(0)
            if item is None:  # only when the layout is empty after all
                break
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.cards = []

