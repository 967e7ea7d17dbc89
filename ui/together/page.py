"""The Together section: choose a plan (or just explore), agree what is shown, then start.

The session itself runs in a focus view that takes the whole window (see `view.py`).
This page also holds Together mode's own settings (its text size, and whether the app
locks when a session ends) and the supporter's notes the person chose to keep.
"""

from __future__ import annotations

import logging
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from disclosure_helper.changes import PLANS, SETTINGS, Changes
from disclosure_helper.errors import VaultError
from disclosure_helper.guide import load_guide
from disclosure_helper.together import (
    EndChoice,
    TogetherSession,
    drop_stashed_session,
    load_session_text,
    stash_session,
    stashed_sessions,
    supporter_notes,
)
from disclosure_helper.together_guidance import load_supporter_guidance
from disclosure_helper.ui import options
from disclosure_helper.ui.context import AppContext
from disclosure_helper.ui.page import Page
from disclosure_helper.ui.together.view import TogetherView
from disclosure_helper.ui.widgets import (
    Card,
    MessageBanner,
    ScrollScreen,
    SupportLine,
    WrapCheckBox,
    button,
    dates,
    field_group,
    label,
    named,
)
from disclosure_helper.ui.widgets.wrapping import wrap_button

log = logging.getLogger(__name__)
# Asked with a fixed context: these run outside the widget whose catalogue they belong
# to, and tr() on another object looks them up under that object's class name.
translate = QCoreApplication.translate

# Together text sizes on offer: larger than everyday text, for reading across a table.
TOGETHER_SCALES = (1.15, 1.3, 1.5, 1.75, 2.0)
SUGGESTED_SCALE = 1.5


def confirm_delete_notes(parent: QWidget) -> bool:
    """Ask before deleting kept notes; says it cannot be undone. Tests replace this."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("TogetherPage", "Delete these notes?"))
    box.setText(translate("TogetherPage",
                          "Delete these supporter's notes? This cannot be undone."))
    delete = box.addButton(translate("TogetherPage", "Delete"),
                           QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(translate("TogetherPage", "Keep them"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is delete


class TogetherPage(Page):
    shows = frozenset({PLANS, SETTINGS})
    """Start a session from a plan or as "just exploring"; settings and kept notes."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.guide = load_guide()
        self.guidance = load_supporter_guidance()
        self.text = load_session_text()
        self.view: TogetherView | None = None
        self._pending: tuple[int | None, str] | None = None  # (plan id or None, name)
        self._stash_failed = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)
        self.start_screen = ScrollScreen()
        self.start_screen.setObjectName("togetherStart")
        self.consent_screen = ScrollScreen(max_chars=64)
        self.consent_screen.setObjectName("togetherConsent")
        self.stack.addWidget(self.start_screen)
        self.stack.addWidget(self.consent_screen)
        self._build_start()
        self._build_consent()

    # -- building ---------------------------------------------------------------------

    def _build_start(self) -> None:
        column = self.start_screen.column
        column.addWidget(label(self.tr("Together"), "title"))
        column.addWidget(label(self.text.intro))
        self.banner = MessageBanner(closable=True)
        column.addWidget(self.banner)
        column.addWidget(self._resume_card())

        plans = Card(self.tr("Think through a plan together"))
        plans.body.addWidget(label(self.text.setup_hint, "hint"))
        self.plan_list = QListWidget()
        self.plan_list.setObjectName("togetherPlans")
        named(self.plan_list, self.tr("Your plans"))
        self.plan_list.itemActivated.connect(lambda _item: self.choose_plan())
        self.plan_list.currentRowChanged.connect(self._selection_changed)
        plans.body.addWidget(self.plan_list)
        self.no_plans = label(self.tr(
            "You have no plans yet. You can start one in Decisions, or just explore below."),
            "hint")
        plans.body.addWidget(self.no_plans)
        row = QHBoxLayout()
        self.choose_button = wrap_button(self.tr("Continue with this &plan"), self.choose_plan,
                                         role="primary")
        self.decisions_button = button(self.tr("Go to Decisions"),
                                       lambda: self.ctx.navigate("decisions"))
        row.addWidget(self.choose_button)
        row.addWidget(self.decisions_button)
        row.addStretch(1)
        plans.body.addLayout(row)
        column.addWidget(plans)

        explore = Card(self.tr("Just exploring"), self.text.exploring)
        self.explore_button = button(self.tr("&Just explore"), self.choose_exploring)
        explore.body.addWidget(self.explore_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(explore)

        adjustments = Card(self.tr("My adjustments"), self.tr(
            "Look at what helps you work, and where each change stands, with someone "
            "beside you. Nothing is kept unless you choose to keep it at the end."))
        self.adjustments_button = wrap_button(
            self.tr("Look at My adjustments together"),
            lambda: self.ctx.navigate("adjustments", together=True))
        adjustments.body.addWidget(self.adjustments_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(adjustments)

        column.addWidget(self._settings_card())
        column.addWidget(self._notes_card())
        self.support = SupportLine()
        column.addWidget(self.support)

    def _resume_card(self) -> Card:
        """Offered after unlock when the app locked in the middle of a session."""
        card = Card(self.tr("A session was paused when the app locked"))
        card.setObjectName("togetherResume")
        self.resume_text = label()
        card.body.addWidget(self.resume_text)
        row = QHBoxLayout()
        self.resume_button = wrap_button(self.tr("&Carry on with that session"),
                                         self.resume_session, role="primary")
        self.let_go_button = button(self.tr("Let it go"), self.let_go_of_session,
                                    accessible_name=self.tr(
                                        "Let that session go; nothing from it is kept"))
        row.addWidget(self.resume_button)
        row.addWidget(self.let_go_button)
        row.addStretch(1)
        card.body.addLayout(row)
        card.hide()
        self.resume_card = card
        return card

    def _settings_card(self) -> Card:
        card = Card(self.tr("Together mode settings"))
        card.setObjectName("togetherSettings")
        self.size_box = QComboBox()
        named(self.size_box, self.tr("Text size in Together mode"),
              self.tr("Large text is easier to read from across a table."))
        for scale in TOGETHER_SCALES:
            words = self.tr("%1%").replace("%1", str(round(scale * 100)))
            if scale == SUGGESTED_SCALE:
                words = self.tr("%1 (suggested)").replace("%1", words)
            self.size_box.addItem(words, scale)
        self.size_box.currentIndexChanged.connect(self._size_chosen)
        group = field_group(self.tr("Text size in Together mode"), self.size_box)
        self.size_box.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        card.body.addWidget(group)
        self.lock_box = WrapCheckBox(self.tr("&Lock the app when Together mode ends"))
        named(self.lock_box, self.tr("Lock the app when Together mode ends"))
        self.lock_box.toggled.connect(self._lock_toggled)
        card.body.addWidget(self.lock_box)
        card.body.addWidget(label(self.tr(
            "Locking at the end means nothing else is open if you step away. "
            "You unlock again with your passphrase."), "hint"))
        return card

    def _notes_card(self) -> Card:
        card = Card(self.tr("Supporter's notes you kept"))
        card.setObjectName("togetherKeptNotes")
        self.notes_hint = label(role="hint")
        card.body.addWidget(self.notes_hint)
        self.show_notes_button = button(self.tr("Show kept notes"), self.toggle_notes)
        card.body.addWidget(self.show_notes_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.notes_holder = QWidget()
        self.notes_layout = QVBoxLayout(self.notes_holder)
        self.notes_layout.setContentsMargins(0, 0, 0, 0)
        self.notes_layout.setSpacing(10)
        self.notes_holder.hide()
        card.body.addWidget(self.notes_holder)
        self.kept_notes_card = card
        return card

    def _build_consent(self) -> None:
        column = self.consent_screen.column
        column.addWidget(label(self.text.consent_title, "title"))
        self.consent_plan = label(role="subheading")
        column.addWidget(self.consent_plan)
        card = Card()
        card.setObjectName("togetherConsentPoints")
        for point in self.text.consent_points:
            card.body.addWidget(label(f"\u2022 {point}"))
        column.addWidget(card)
        column.addWidget(label(self.text.consent_ready, "hint"))
        row = QHBoxLayout()
        self.start_button = wrap_button(self.tr("&Start Together mode"), self.start_session,
                                        role="primary")
        self.not_now_button = button(self.tr("Not now"), self.show_start,
                                     accessible_name=self.tr("Not now, go back"))
        row.addWidget(self.start_button)
        row.addWidget(self.not_now_button)
        row.addStretch(1)
        column.addLayout(row)

    # -- page life ---------------------------------------------------------------------

    def refresh(self, changes: Changes) -> None:
        # Plans may have been started, renamed or deleted in Decisions meanwhile; a kept
        # session or the chosen country lives in the settings.
        if self.view is None:
            self.reload()
            self.support.refresh(self.ctx)

    def on_unlocked(self) -> None:
        self.banner.dismiss()
        self.show_start()
        self.reload()
        if self._stash_failed:
            self._stash_failed = False
            self.banner.show_message(self.tr(
                "The app locked during a Together session, and the session could not be "
                "kept: the vault could not be written to. Nothing else was changed."),
                "warning")
        if self._show_resume_offer():
            # Straight back to where the person was, after the shell shows its first page.
            QTimer.singleShot(0, lambda: self.ctx.navigate("together"))
        self.support.refresh(self.ctx)

    def on_about_to_lock(self) -> None:
        """Hide now or auto-lock during a session: the session is kept in the vault,
        encrypted, and offered back after unlock. Nothing is thrown away unasked."""
        if self.view is not None:
            session = self.view.session
            if not session.finished and not session.summary().is_empty:
                vault = self.ctx.vault
                assert vault is not None  # a session was open, so was the vault
                try:
                    stash_session(vault.settings, session)
                except VaultError as exc:
                    log.warning("a Together session could not be kept: %s",
                                type(exc).__name__)
                    self._stash_failed = True
            session.discard()
            self.view.forget()
            self._drop_view()
        self._pending = None
        self.plan_list.clear()
        self._clear_notes()
        self.resume_card.hide()
        self.resume_text.clear()

    # -- a session the lock interrupted ----------------------------------------------------

    def _waiting_sessions(self) -> list[TogetherSession]:
        if not self.ctx.is_unlocked:
            return []
        try:
            return stashed_sessions(self.ctx.require_vault().settings, self.guide)
        except VaultError:
            return []

    def _show_resume_offer(self) -> bool:
        waiting = self._waiting_sessions()
        if not waiting:
            self.resume_card.hide()
            return False
        session = waiting[0]
        name = self.tr("Just exploring") if session.exploring else session.original.title
        changed = session.summary()
        parts = []
        if changed.has_plan_changes:
            count = changed.questions_changed
            parts.append(self.tr("one changed answer") if count == 1 else
                         self.tr("%1 changed answers").replace("%1", str(count)))
        if changed.has_notes:
            parts.append(self.tr("the supporter's notes"))
        self.resume_text.setText(self.tr(
            "The session on \u201c%1\u201d was kept safely in your vault, with %2. Nothing "
            "from it has been saved to the plan yet. You can carry on where you left off, "
            "or let it go.").replace("%1", name).replace("%2", self.tr(" and ").join(parts)))
        self.resume_card.show()
        return True

    def resume_session(self) -> TogetherView | None:
        waiting = self._waiting_sessions()
        if not waiting:
            self.resume_card.hide()
            return None
        try:
            will_lock = bool(options.TOGETHER_LOCK_ON_EXIT.get(self.ctx))
        except VaultError as exc:
            self.banner.show_message(exc.message, "warning")
            return None
        return self._open_view(waiting[0], will_lock)

    def let_go_of_session(self) -> None:
        waiting = self._waiting_sessions()
        if waiting:  # found only while unlocked
            try:
                drop_stashed_session(self.ctx.require_vault().settings, waiting[0])
            except VaultError as exc:
                self.banner.show_message(exc.message, "warning")
                return
            self.banner.show_message(self.tr("That session was let go. Nothing from it was "
                                             "kept."), "info")
        self._show_resume_offer()

    def open_with(self, **kwargs: Any) -> None:
        """`open_with(plan_id=3)` goes straight to the consent step for that plan."""
        plan_id = kwargs.get("plan_id")
        if plan_id is None or not self.ctx.is_unlocked:
            return
        try:
            plan = self.ctx.require_vault().plans.get(int(plan_id))
        except VaultError as exc:
            self.banner.show_message(exc.message, "warning")
            return
        self._show_consent(plan.id, plan.title)

    def reload(self) -> None:
        if not self.ctx.is_unlocked:
            return
        vault = self.ctx.require_vault()
        self.plan_list.clear()
        for summary in vault.plans.summaries():
            item = QListWidgetItem(summary.title)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            self.plan_list.addItem(item)
        has_plans = self.plan_list.count() > 0
        self.plan_list.setVisible(has_plans)
        self.no_plans.setVisible(not has_plans)
        self.choose_button.setVisible(has_plans)
        self.decisions_button.setVisible(not has_plans)
        if has_plans:
            self.plan_list.setCurrentRow(0)
        self._fit_plan_list()
        self._load_settings()
        self._load_notes()
        self._show_resume_offer()

    def _fit_plan_list(self) -> None:
        # Roomy rows, sized from the font so they grow with the text size setting.
        row_height = round(self.plan_list.fontMetrics().height() * 1.9)
        for row in range(self.plan_list.count()):
            self.plan_list.item(row).setSizeHint(QSize(0, row_height))
        rows = min(max(self.plan_list.count(), 2), 6)
        frame = self.plan_list.frameWidth() * 2 + 4
        self.plan_list.setFixedHeight(rows * row_height + frame)

    def _selection_changed(self, row: int) -> None:
        self.choose_button.setEnabled(row >= 0)

    # -- settings ----------------------------------------------------------------------

    def _load_settings(self) -> None:
        scale = float(options.TOGETHER_TEXT_SCALE.get(self.ctx))
        nearest = min(range(len(TOGETHER_SCALES)), key=lambda i: abs(TOGETHER_SCALES[i] - scale))
        self.size_box.blockSignals(True)
        self.size_box.setCurrentIndex(nearest)
        self.size_box.blockSignals(False)
        self.lock_box.blockSignals(True)
        self.lock_box.setChecked(bool(options.TOGETHER_LOCK_ON_EXIT.get(self.ctx)))
        self.lock_box.blockSignals(False)

    def _size_chosen(self, index: int) -> None:
        scale = self.size_box.itemData(index)
        if scale is None:
            return
        try:
            options.TOGETHER_TEXT_SCALE.set(self.ctx, float(scale))
        except VaultError as exc:
            self.banner.show_message(exc.message, "warning")

    def _lock_toggled(self, checked: bool) -> None:
        if not self.ctx.is_unlocked:
            return
        try:
            options.TOGETHER_LOCK_ON_EXIT.set(self.ctx, bool(checked))
        except VaultError as exc:
            self.banner.show_message(exc.message, "warning")

    # -- kept notes ---------------------------------------------------------------------

    def _clear_notes(self) -> None:
        while self.notes_layout.count():
            item = self.notes_layout.takeAt(0)
            if item is None:  # only when the layout is empty after all
                break
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()

    def _load_notes(self) -> None:
        self._clear_notes()
        vault = self.ctx.vault
        assert vault is not None  # notes are listed only while unlocked
        notes = supporter_notes(vault).all()
        titles = {s.id: s.title for s in vault.plans.summaries()}
        count = len(notes)
        self.notes_hint.setText(
            self.tr("None yet. When you keep a supporter's notes, they are listed here.")
            if not count else
            self.tr("Notes from one session.") if count == 1 else
            self.tr("Notes from %1 sessions.").replace("%1", str(count)))
        self.show_notes_button.setVisible(bool(count))
        for note in notes:
            self.notes_layout.addWidget(self._note_row(note, titles.get(note.plan_id, "")))
        if not count:
            self.notes_holder.hide()
        self._update_notes_button()

    def _note_row(self, note, title: str) -> QWidget:
        row = QWidget()
        row.setObjectName(f"keptNote_{note.id}")
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        when = dates.day(note.written.astimezone().date())
        layout.addWidget(label(self.tr("%1 \u00b7 %2").replace("%1", title)
                               .replace("%2", when), "subheading"))
        layout.addWidget(label(note.text, "banner-info", selectable=True))
        delete = button(self.tr("Delete these notes"),
                        partial(self.delete_note, note.id), role="link",
                        accessible_name=self.tr("Delete the notes from %1").replace("%1", when))
        layout.addWidget(delete, 0, Qt.AlignmentFlag.AlignLeft)
        return row

    def toggle_notes(self) -> None:
        self.notes_holder.setVisible(self.notes_holder.isHidden())
        self._update_notes_button()

    def _update_notes_button(self) -> None:
        self.show_notes_button.setText(
            self.tr("Hide kept notes") if not self.notes_holder.isHidden()
            else self.tr("Show kept notes"))

    def delete_note(self, note_id: int) -> None:
        if not confirm_delete_notes(self):
            return
        vault = self.ctx.vault
        assert vault is not None  # a note was listed, so the vault was open
        try:
            supporter_notes(vault).delete(note_id)
        except VaultError as exc:
            self.banner.show_message(exc.message, "warning")
            return
        shown = not self.notes_holder.isHidden()
        self._load_notes()
        self.notes_holder.setVisible(shown and self.notes_layout.count() > 0)
        self._update_notes_button()

    # -- starting ------------------------------------------------------------------------

    def show_start(self) -> None:
        self._pending = None
        self.stack.setCurrentWidget(self.start_screen)

    def choose_plan(self) -> None:
        item = self.plan_list.currentItem()
        if item is None:
            return
        self._show_consent(int(item.data(Qt.ItemDataRole.UserRole)), item.text())

    def choose_exploring(self) -> None:
        self._show_consent(None, self.tr("Just exploring"))

    def _show_consent(self, plan_id: int | None, name: str) -> None:
        self._pending = (plan_id, name)
        self.consent_plan.setText(name)
        self.stack.setCurrentWidget(self.consent_screen)
        self.start_button.setFocus()

    def start_session(self) -> TogetherView | None:
        """Open the focus view for the chosen plan (or a blank one) after consent."""
        if self._pending is None or not self.ctx.is_unlocked:
            return None
        plan_id, _name = self._pending
        vault = self.ctx.require_vault()
        try:
            if plan_id is None:
                recent = vault.plans.summaries()
                session = TogetherSession.exploring_session(
                    recent[0].situation if recent else None,
                    recent[0].region if recent else None,
                    self.guide,
                )
            else:
                session = TogetherSession.from_plan(vault.plans, plan_id)
            will_lock = bool(options.TOGETHER_LOCK_ON_EXIT.get(self.ctx))
        except VaultError as exc:
            self.show_start()
            self.banner.show_message(exc.message, "warning")
            self.reload()
            return None
        return self._open_view(session, will_lock)

    def _open_view(self, session: TogetherSession, will_lock: bool) -> TogetherView:
        self._drop_view()
        self.view = TogetherView(self.ctx, session, self.guide, self.guidance, self.text,
                                 will_lock)
        self.view.finished.connect(self._session_finished)
        self.show_start()
        self.ctx.show_focus_view(self.view)
        return self.view

    def _drop_view(self) -> None:
        if self.view is not None:
            self.view.deleteLater()
            self.view = None

    def _session_finished(self, choice: str) -> None:
        view = self.view
        will_lock = view.will_lock if view is not None else True
        if view is not None and view.session.stash_id is not None:
            # A session carried on after a lock has now ended: its kept copy goes.
            vault = self.ctx.vault
            assert vault is not None  # a session was open, so was the vault
            try:
                drop_stashed_session(vault.settings, view.session)
            except VaultError as exc:
                log.warning("a kept Together session could not be removed: %s",
                            type(exc).__name__)
        self.ctx.end_focus_view()
        self._drop_view()
        if will_lock:
            self.ctx.lock_now()
            return
        # Decisions reloads its open plan from the vault when it is shown again, so what
        # was kept here is what it shows and saves.
        self.reload()
        self.banner.show_message({
            EndChoice.KEEP_ALL.value: self.tr("Kept: your changes and their notes."),
            EndChoice.KEEP_PLAN.value: self.tr("Kept: your changes. Their notes were let go."),
        }.get(choice, self.tr("Nothing from that session was kept.")), "info")
        self.ctx.navigate("together")
