"""The Decisions section: the list of plans, and one plan's walk, decision and follow-ups.

This page owns saving. The step editor changes a `Plan` in memory; the page writes it
to the vault about a second after the last change, and always before it shows another
page or plan, before the vault locks and when the section is left. When the section is
shown again it reloads the open plan from the vault, so changes kept elsewhere (Together
mode) are on screen and a later save cannot undo them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from disclosure_helper.adjustments import PLAN_NEEDS_STEP
from disclosure_helper.adjustments_model import Adjustment
from disclosure_helper.changes import ADJUSTMENTS, PLANS, Changes
from disclosure_helper.errors import VaultError
from disclosure_helper.guide import NO, YES, Guide, load_guide
from disclosure_helper.plan_export import plan_document
from disclosure_helper.plan_model import Followup, Plan
from disclosure_helper.plan_text import decision_text
from disclosure_helper.plans import PlanRepository
from disclosure_helper.rights import card_for_region
from disclosure_helper.ui.context import AppContext
from disclosure_helper.ui.decisions.export_dialog import ExportDialog
from disclosure_helper.ui.decisions.panels import (
    SURE_QUESTIONS,
    FollowupPanel,
    HistoryCard,
    RightsPage,
    SureCard,
)
from disclosure_helper.ui.decisions.plan_list import PlanDetailsDialog, PlanListView
from disclosure_helper.ui.page import Page
from disclosure_helper.ui.widgets import Card, MessageBanner, button, label
from disclosure_helper.ui.widgets.adjustment_links import AdjustmentLinks
from disclosure_helper.ui.widgets.flow import FlowRow
from disclosure_helper.ui.widgets.plan_pdf import (
    export_sections,
    export_words,
    plan_html,
    write_pdf,
)
from disclosure_helper.ui.widgets.plan_steps.step_editor import StepEditor
from disclosure_helper.ui.widgets.save_copy import save_copy, show_save_error
from disclosure_helper.ui.widgets.wrapping import wrap_button

SAVE_DELAY_MS = 800
RIGHTS_PAGE = "rights"
FOLLOWUP_PAGE = "followup"
# Asked with a fixed context: these run outside the widget whose catalogue they belong
# to, and tr() on another object looks them up under that object's class name.
translate = QCoreApplication.translate


def confirm_delete(parent: QWidget, title: str) -> bool:
    """Ask before deleting; says plainly that it cannot be undone. Tests replace this."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("DecisionsPage", "Delete this plan?"))
    box.setText(translate("DecisionsPage", "Delete \u201c%1\u201d?").replace("%1", title))
    box.setInformativeText(translate(
        "DecisionsPage",
        "This deletes the plan with its answers, its history, its SURE checks and its "
        "reflections. It cannot be undone."))
    delete = box.addButton(translate("DecisionsPage", "Delete"),
                           QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(translate("DecisionsPage", "Keep it"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is delete


def _same_content(a: Plan, b: Plan) -> bool:
    """The same words and choices (when each copy was saved does not matter)."""
    return replace(a, created=b.created, updated=b.updated) == b


def _yes_no(value: Any) -> bool | None:
    return True if value == YES else False if value == NO else None


class PlanView(QWidget):
    """One plan: a header with its name and actions, a message strip, and the walk."""

    def __init__(self, guide: Guide, plan: Plan, ctx: AppContext,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planView")
        self.guide = guide
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        header = QWidget()
        header.setObjectName("planHeader")
        top = QVBoxLayout(header)
        top.setContentsMargins(24, 14, 24, 10)
        top.setSpacing(6)
        row = QHBoxLayout()
        row.setSpacing(10)
        self.back_button = button(self.tr("\u2190 All decisions"), role="link",
                                  accessible_name=self.tr("Back to all decisions"))
        row.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        self.together_button = wrap_button(
            self.tr("Think it through together\u2026"),
            accessible_name=self.tr("Think this plan through together with a supporter"),
            tooltip=self.tr("Open this plan in Together mode, in large text with guidance "
                            "for the person beside you"))
        self.details_button = button(self.tr("Details\u2026"),
                                     accessible_name=self.tr("Change the name or details"))
        self.export_button = button(self.tr("Save as PDF\u2026"),
                                    accessible_name=self.tr("Save a printable copy as PDF"))
        self.delete_button = button(self.tr("Delete\u2026"),
                                    accessible_name=self.tr("Delete this plan"))
        # The actions wrap onto more rows at large text instead of widening the window.
        actions = FlowRow(spacing=10, align_end=True)
        flow = actions
        for widget in (self.together_button, self.details_button, self.export_button,
                       self.delete_button):
            flow.addWidget(widget)
        row.addWidget(actions, 1)
        top.addLayout(row)
        self.title = label(plan.title, "heading")
        self.meta = label(role="hint")
        top.addWidget(self.title)
        top.addWidget(self.meta)
        self.banner = MessageBanner(closable=True)
        top.addWidget(self.banner)
        layout.addWidget(header)
        self.editor = StepEditor(guide, plan)
        layout.addWidget(self.editor, 1)
        self.history = HistoryCard(guide)
        self.sure = SureCard(guide.step("sure").source if guide.has_step("sure") else "")
        if "decision" in self.editor.pages:
            self.editor.step_page("decision").extra.addWidget(self.history)
        if "sure" in self.editor.pages:
            self.editor.step_page("sure").extra.addWidget(self.sure)
        # Beside the needs question: the needs from this plan that are now in My
        # adjustments, each a way to open it there (shown only when there are some).
        self.adjustment_links = AdjustmentLinks(
            ctx, self.tr("These needs from this plan are in My adjustments, where you can "
                         "note how each one is going:"))
        self.adjustments_card = Card(self.tr("In My adjustments"))
        self.adjustments_card.body.addWidget(self.adjustment_links)
        self.adjustments_card.hide()
        if PLAN_NEEDS_STEP in self.editor.pages:
            self.editor.step_page(PLAN_NEEDS_STEP).extra.addWidget(self.adjustments_card)
        for page in self.editor.pages.values():
            page.fix_tab_order()
        self.rights = RightsPage(plan.region)
        self.editor.add_page(RIGHTS_PAGE, self.tr("Rights where you live"), self.rights,
                             before="decision")
        self.followups = FollowupPanel(guide, plan.region)
        title = guide.step("followup").title if guide.has_step("followup") else \
            self.tr("How did it go?")
        self.editor.add_page(FOLLOWUP_PAGE, title, self.followups)
        self.show_plan_details(plan)

    @property
    def plan(self) -> Plan:
        return self.editor.plan

    def show_adjustment_links(self, adjustments: Sequence[Adjustment]) -> None:
        self.adjustment_links.show_links(adjustments)
        self.adjustments_card.setVisible(bool(adjustments))
        if PLAN_NEEDS_STEP in self.editor.pages:
            self.editor.step_page(PLAN_NEEDS_STEP).fix_tab_order()

    def show_plan_details(self, plan: Plan) -> None:
        self.title.setText(plan.title)
        situation = self.guide.situation(plan.situation)
        parts = [
            situation.text if situation else "",
            card_for_region(plan.region).name,
            self.guide.status_label(plan.status().value),
            decision_text(plan.decision, self.guide),
        ]
        self.meta.setText("  \u00b7  ".join(p for p in parts if p))


class DecisionsPage(Page):
    shows = frozenset({PLANS, ADJUSTMENTS})
    """Plans and the guided walk. Saves by itself; nothing typed is ever lost on lock."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.guide = load_guide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)
        self.list_view = PlanListView(self.guide)
        self.list_view.new_requested.connect(self.new_plan)
        self.list_view.open_requested.connect(lambda plan_id: self.open_plan(plan_id))
        self.list_view.delete_requested.connect(self.delete_plan)
        self.stack.addWidget(self.list_view)
        self.plan_view: PlanView | None = None
        self.dialog: QDialog | None = None
        self._plan_dirty = False
        self._followup_dirty = False
        self._saved_decision: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        if ctx.is_unlocked:
            self.show_list()

    # -- Page hooks --------------------------------------------------------------------

    def on_unlocked(self) -> None:
        self.show_list()

    def on_about_to_lock(self) -> None:
        self.flush()
        self._close_dialog()
        self._close_plan()
        self.list_view.clear()
        self.stack.setCurrentWidget(self.list_view)

    def open_with(self, **kwargs: Any) -> None:
        plan_id = kwargs.get("plan_id")
        if plan_id is not None and self.ctx.is_unlocked:
            self.open_plan(int(plan_id), step=kwargs.get("step"))

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        if self.ctx.is_unlocked:
            self.flush()
        super().hideEvent(event)

    def refresh(self, changes: Changes) -> None:
        # Plans changed elsewhere (Together keeps its changes straight to the vault).
        if changes.touches({PLANS}):
            self.refresh_from_vault()
        # A change added from this plan, or one deleted, in My adjustments.
        if changes.touches({ADJUSTMENTS}):
            self._refresh_adjustment_links()

    def refresh_from_vault(self) -> None:
        """Show what the vault holds now: plans may have changed elsewhere while this
        page was out of sight (Together mode keeps changes straight to the vault).

        Anything typed here is saved first; if that fails, the words stay on screen.
        """
        view = self.plan_view
        if view is None:
            if self.stack.currentWidget() is self.list_view:
                self.list_view.set_plans(self.repo.summaries())
            return
        if not self.flush():
            return
        try:
            stored = self.repo.get(view.plan.id)
        except VaultError as exc:
            self.show_list()
            self.list_view.due_banner.show_message(exc.message, "warning")
            return
        shown = view.plan
        if _same_content(stored, shown):
            return
        if (stored.region, stored.situation) != (shown.region, shown.situation):
            # Notes on the pages depend on where the person lives: build them afresh.
            self.open_plan(stored.id, step=view.editor.current_step())
            return
        view.editor.reload(stored)
        view.show_plan_details(stored)
        self._saved_decision = stored.decision.value
        self._refresh_records()

    # -- the list ------------------------------------------------------------------------

    @property
    def repo(self) -> PlanRepository:
        assert self.ctx.vault is not None
        return self.ctx.vault.plans

    def show_list(self) -> None:
        if not self.flush():
            return
        self._close_plan()
        if self.ctx.is_unlocked:
            self.list_view.set_plans(self.repo.summaries())
        self.stack.setCurrentWidget(self.list_view)

    def new_plan(self) -> None:
        def create(title: str, situation: str, region: str) -> None:
            plan = self.repo.create(title, situation, region)
            QTimer.singleShot(0, lambda: self.open_plan(plan.id))

        self._open_dialog(PlanDetailsDialog(self.guide, create, parent=self))

    def delete_plan(self, plan_id: int) -> None:
        if not self.flush():
            return
        try:
            title = self.repo.get(plan_id).title
        except VaultError as exc:
            self._show_error(exc)
            return
        if not confirm_delete(self, title):
            return
        if self.plan_view is not None and self.plan_view.plan.id == plan_id:
            self._plan_dirty = False
            self._followup_dirty = False
            self._close_plan()
        self.repo.delete(plan_id)
        self.show_list()

    # -- one plan ------------------------------------------------------------------------

    def open_plan(self, plan_id: int, step: str | None = None) -> None:
        if not self.flush():
            return
        try:
            plan = self.repo.get(plan_id)
        except VaultError as exc:
            self.show_list()
            self.list_view.due_banner.show_message(exc.message, "warning")
            return
        self._close_plan()
        view = PlanView(self.guide, plan, self.ctx)
        self.plan_view = view
        self._saved_decision = plan.decision.value
        view.back_button.clicked.connect(self.show_list)
        view.together_button.clicked.connect(self.think_together)
        view.details_button.clicked.connect(self.edit_details)
        view.export_button.clicked.connect(self.export)
        view.delete_button.clicked.connect(lambda: self.delete_plan(view.plan.id))
        view.editor.changed.connect(self._plan_changed)
        view.editor.step_changed.connect(lambda _key: self.flush())
        view.sure.record_requested.connect(self.record_sure)
        view.followups.add_requested.connect(self.add_followup)
        view.followups.changed.connect(self._followup_changed)
        view.followups.closing.connect(self._followup_closing)
        view.followups.open_decision.connect(lambda: view.editor.set_step("decision"))
        self._refresh_records()
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        if step:
            view.editor.set_step(step)
        view.editor.step_list.setFocus()

    def think_together(self) -> None:
        """Open this plan in Together mode (its consent screen comes first)."""
        view = self.plan_view
        if view is None or not self.flush():
            return
        self.ctx.navigate("together", plan_id=view.plan.id)

    def edit_details(self) -> None:
        view = self.plan_view
        if view is None:
            return

        def save(title: str, situation: str, region: str) -> None:
            plan = view.plan
            old = (plan.title, plan.situation, plan.region)
            plan.title, plan.situation, plan.region = title, situation, region
            try:
                self.repo.save(plan)
            except VaultError:
                plan.title, plan.situation, plan.region = old
                raise
            self._plan_dirty = False
            view.show_plan_details(plan)
            view.rights.set_region(plan.region)
            if region != old[2]:
                # The When page's notes about the rules depend on where the person lives.
                step = view.editor.current_step()
                QTimer.singleShot(0, lambda: self.open_plan(plan.id, step=step))

        self._open_dialog(PlanDetailsDialog(self.guide, save, plan=view.plan, parent=self))

    def export(self) -> None:
        view = self.plan_view
        if view is None or not self.flush():
            return
        plan_id = view.plan.id

        def build(sections: list[str]) -> str:
            self.flush()
            return plan_html(plan_document(
                self.guide, view.plan, sections, self.repo.history(plan_id),
                self.repo.sure_checks(plan_id), words=export_words()))

        self._open_dialog(ExportDialog(self.guide, build, parent=self))

    def record_sure(self) -> None:
        view = self.plan_view
        if view is None or not self.flush():
            return
        answers = view.plan.answers.get("sure", {})
        try:
            self.repo.record_sure(view.plan.id, *(_yes_no(answers.get(q))
                                                   for q in SURE_QUESTIONS))
        except VaultError as exc:
            self._show_error(exc)
            return
        self._refresh_records()
        view.sure.status.setText(self.tr("Saved with today's date."))

    def add_followup(self) -> None:
        view = self.plan_view
        if view is None or not self.flush():
            return
        try:
            followup = self.repo.add_followup(view.plan.id)
        except VaultError as exc:
            self._show_error(exc)
            return
        self.open_followup(followup)

    def open_followup(self, followup: Followup) -> None:
        if self.plan_view is None or not self.flush():
            return
        self.plan_view.followups.edit(followup)

    # -- saving ---------------------------------------------------------------------------

    def _plan_changed(self) -> None:
        self._plan_dirty = True
        self._timer.start()

    def _followup_changed(self) -> None:
        self._followup_dirty = True
        self._timer.start()

    def _followup_closing(self) -> None:
        self.flush()
        self._refresh_records()

    def flush(self) -> bool:
        """Write anything changed to the vault now. False (with a message) if it failed."""
        self._timer.stop()
        view = self.plan_view
        if view is None or not self.ctx.is_unlocked:
            return True
        ok = True
        if self._plan_dirty:
            try:
                self.repo.save(view.plan)
            except VaultError as exc:
                ok = False
                self._show_error(exc)
            else:
                self._plan_dirty = False
                view.show_plan_details(view.plan)
                if view.plan.decision.value != self._saved_decision:
                    self._saved_decision = view.plan.decision.value
                    self._refresh_history()
        followup = view.followups.followup
        if self._followup_dirty and followup is not None:
            try:
                self.repo.save_followup(followup)
            except VaultError as exc:
                ok = False
                self._show_error(exc)
            else:
                self._followup_dirty = False
        if ok and view.banner.property("kind") == "error":
            view.banner.dismiss()
        return ok

    def _show_error(self, exc: VaultError) -> None:
        if self.plan_view is not None:
            # The words stay on screen; only the message says what to do next. When the
            # vault's folder has gone, a copy of the plan can be saved somewhere else.
            show_save_error(self.plan_view.banner, exc, self.save_copy)
            self.plan_view.banner.setProperty("kind", "error")

    def save_copy(self) -> object:
        """The plan as it stands on screen, as a PDF where the person chooses."""
        view = self.plan_view
        if view is None:
            return None
        sections = [section.key for section in export_sections(self.guide)]
        document = plan_html(plan_document(self.guide, view.plan, sections,
                                           words=export_words()))
        return save_copy(self, view.banner, title=self.tr("Save a copy of this plan"),
                         file_name="disclosure-plan-copy.pdf", pdf=True,
                         write=lambda path: write_pdf(document, path), retry=self.save_copy)

    def _refresh_history(self) -> None:
        view = self.plan_view
        if view is not None:
            view.history.set_history(self.repo.history(view.plan.id))

    def _refresh_records(self) -> None:
        view = self.plan_view
        if view is None:
            return
        plan_id = view.plan.id
        view.history.set_history(self.repo.history(plan_id))
        view.sure.set_checks(self.repo.sure_checks(plan_id))
        view.followups.set_followups(self.repo.followups(plan_id), self.open_followup)
        self._refresh_adjustment_links()

    def _refresh_adjustment_links(self) -> None:
        view = self.plan_view
        if view is None or not self.ctx.is_unlocked:
            return
        try:
            links = self.vault.adjustments.for_plan(view.plan.id)
        except VaultError:
            links = []  # the plan itself still shows; the links are a convenience
        view.show_adjustment_links(links)

    # -- helpers ----------------------------------------------------------------------------

    def _open_dialog(self, dialog: QDialog) -> None:
        self._close_dialog()
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self._forget_dialog(dialog))
        dialog.open()

    def _forget_dialog(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.reject()

    def _close_plan(self) -> None:
        self._timer.stop()
        if self.plan_view is not None:
            view, self.plan_view = self.plan_view, None
            self.stack.removeWidget(view)
            view.deleteLater()
        self._plan_dirty = False
        self._followup_dirty = False
