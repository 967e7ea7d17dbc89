"""The Together focus view: one plan in large text, guidance for the supporter, and calm exits.

It takes the whole window (the shell hides navigation; its Hide now stays in the top
bar). Edits go to the session's in-memory copy of the plan through the shared step
editor; the supporter's notes stay in memory too. Nothing is written here: the end
summary hands the person's choice to `finish()`, and any lock throws the session away.

Keys: Ctrl+P pause, F1 or Ctrl+G guidance, Alt+Right / Alt+Left next or previous page,
Ctrl+Shift+H hide (the shell's), Ctrl+E end the session.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from disclosure_helper.errors import VaultError
from disclosure_helper.guide import Guide
from disclosure_helper.plan_export import Heading, Lines, plan_document
from disclosure_helper.together import (
    MAX_NOTES_CHARS,
    EndChoice,
    SessionText,
    TogetherSession,
    session_step_ids,
    supporter_notes,
)
from disclosure_helper.together_guidance import SupporterGuidance
from disclosure_helper.ui import options, shortcuts
from disclosure_helper.ui.theme import point_size
from disclosure_helper.ui.together.guidance import GuidancePanel
from disclosure_helper.ui.together.summary import EndSummary
from disclosure_helper.ui.widgets import Card, SupportLine, button, label, named
from disclosure_helper.ui.widgets.flow import FlowRow
from disclosure_helper.ui.widgets.plan_pdf import (
    export_sections,
    export_words,
    plan_html,
    write_pdf,
)
from disclosure_helper.ui.widgets.plan_steps.step_editor import StepEditor
from disclosure_helper.ui.widgets.save_copy import save_copy, show_save_error
from disclosure_helper.ui.widgets.text_scale import apply_text_scale

# The keys are declared once, with the shortcuts sheet (ui/shortcuts.py).
PAUSE_KEY = shortcuts.TOGETHER_PAUSE
GUIDANCE_KEYS = shortcuts.TOGETHER_GUIDANCE
END_KEY = shortcuts.TOGETHER_END
NEXT_KEY = shortcuts.TOGETHER_NEXT
PREVIOUS_KEY = shortcuts.TOGETHER_PREVIOUS
# The supporter's column: wide enough for the guidance to read as sentences.
SIDE_CHARS = 30
# With the guidance folded away the notes need less, and the plan gets the room.
SIDE_CHARS_NOTES_ONLY = 24


def _keys(sequence: str) -> str:
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


class PauseScreen(QWidget):
    """Nothing on screen but a quiet line and a way back."""

    resume = Signal()

    def __init__(self, text: SessionText, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("togetherPause")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 40, 40, 40)
        layout.setSpacing(18)
        layout.addStretch(2)
        title = label(text.pause_title, "title")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        words = label(text.pause_text, "hint")
        words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.continue_button = button(
            self.tr("Continue when ready"), self.resume.emit, role="primary",
            tooltip=self.tr("Back to where you were (%1)").replace("%1", _keys(PAUSE_KEY)),
        )
        layout.addWidget(title)
        layout.addWidget(words)
        layout.addSpacing(10)
        layout.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(3)


class TogetherView(QWidget):
    """One session. `finished(choice)` after the person's choice has been carried out."""

    finished = Signal(str)
    _built = False  # set once __init__ has made every part
    _scaled = False  # the session's text size has been applied

    def __init__(
        self,
        ctx,
        session: TogetherSession,
        guide: Guide,
        guidance: SupporterGuidance,
        text: SessionText,
        will_lock: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session = session
        self.guide = guide
        self.text = text
        self.will_lock = will_lock
        self.summary_view: EndSummary | None = None
        self.setObjectName("togetherView")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.screens = QStackedWidget()
        outer.addWidget(self.screens)

        self.work = QWidget()
        self.work.setObjectName("togetherWork")
        self.screens.addWidget(self.work)
        self.pause_screen = PauseScreen(text)
        self.pause_screen.resume.connect(self.resume)
        self.screens.addWidget(self.pause_screen)

        work = QVBoxLayout(self.work)
        work.setContentsMargins(0, 0, 0, 0)
        work.setSpacing(0)
        work.addWidget(self._header(session))

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        # Pages are built as they are first shown, so the session opens at once.
        self.editor = StepEditor(guide, session.plan, step_ids=session_step_ids(guide),
                                 show_step_list=False, lazy=True)
        self.editor.setObjectName("togetherEditor")
        body.addWidget(self.editor, 1)
        self.side = QWidget()
        self.side.setObjectName("togetherSide")
        side = QVBoxLayout(self.side)
        side.setContentsMargins(8, 20, 20, 16)
        side.setSpacing(14)
        self.guidance = GuidancePanel(guidance)
        side.addWidget(self.guidance, 1)
        self.notes_card = self._notes_card()
        side.addWidget(self.notes_card, 0)
        body.addWidget(self.side)
        work.addLayout(body, 1)
        # The support line: one quiet line across the foot of the session, whether or not
        # the guidance shows, so it takes no room from the plan or the guidance.
        self.support = SupportLine(compact=True)
        self.support.refresh(ctx)
        foot = QHBoxLayout()
        foot.setContentsMargins(24, 0, 24, 12)
        foot.addWidget(self.support)
        work.addLayout(foot)

        for step_id in self.editor.step_ids():
            self.page_box.addItem(guide.step(step_id).title, step_id)
        self.page_box.currentIndexChanged.connect(self._page_chosen)
        self.editor.step_changed.connect(self._step_shown)
        self._step_shown(self.editor.current_step())

        self._shortcut(PAUSE_KEY, self.toggle_pause)
        for key in GUIDANCE_KEYS:
            self._shortcut(key, self.toggle_guidance)
        self._shortcut(END_KEY, self.end_session)
        self._shortcut(NEXT_KEY, self.editor.next_step)
        self._shortcut(PREVIOUS_KEY, self.editor.previous_step)
        self.setFocusProxy(self.page_box)
        # The session's text size is applied just before Qt first styles the view (see
        # event()), so the whole view is styled once, not again when it is placed.
        self._built = True
        self._fit_side()
        ctx.appearance_changed.connect(self._appearance_changed)

    # -- building ---------------------------------------------------------------------

    def _header(self, session: TogetherSession) -> QWidget:
        header = QWidget()
        header.setObjectName("togetherHeader")
        layout = QVBoxLayout(header)
        layout.setContentsMargins(24, 14, 24, 10)
        layout.setSpacing(8)
        name = self.tr("Just exploring") if session.exploring else session.plan.title
        self.title = label(name, "heading")
        self.title.setObjectName("togetherTitle")
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.title, 3)
        self.staged_hint = label(
            self.tr("Nothing here is kept until you choose at the end."), "hint")
        self.staged_hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.staged_hint, 2)
        layout.addLayout(top)

        # The controls wrap onto a second line at the largest text sizes, never off screen.
        controls = FlowRow(spacing=12)
        flow = controls
        page_group = QWidget()
        page_row = QHBoxLayout(page_group)
        page_row.setContentsMargins(0, 0, 0, 0)
        page_row.setSpacing(8)
        page_label = label(self.tr("&Page:"), wrap=False)
        page_label.setTextFormat(Qt.TextFormat.AutoText)
        self.page_box = QComboBox()
        self.page_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.page_box.setMinimumContentsLength(14)
        named(self.page_box, self.tr("Page of this plan"),
              self.tr("Alt+Right and Alt+Left move between pages."))
        page_label.setBuddy(self.page_box)
        page_row.addWidget(page_label)
        page_row.addWidget(self.page_box)
        flow.addWidget(page_group)
        self.pause_button = button(
            self.tr("Pause"), self.pause,
            accessible_name=self.tr("Pause and clear the screen"),
            tooltip=self.tr("Clear the screen until you are ready (%1)").replace(
                "%1", _keys(PAUSE_KEY)),
        )
        self.guidance_button = button(
            self.tr("Hide guidance"), self.toggle_guidance,
            accessible_name=self.tr("Show or hide the guidance for the supporter"),
            tooltip=self.tr("Guidance for the supporter (%1)").replace(
                "%1", _keys(GUIDANCE_KEYS[0])),
        )
        self.guidance_button.setCheckable(True)
        self.guidance_button.setChecked(True)
        self.end_button = button(
            self.tr("End session\u2026"), self.end_session, role="primary",
            accessible_name=self.tr("End the session and choose what to keep"),
            tooltip=self.tr("See what changed and choose what to keep (%1)").replace(
                "%1", _keys(END_KEY)),
        )
        for widget in (self.pause_button, self.guidance_button, self.end_button):
            flow.addWidget(widget)
        layout.addWidget(controls)
        return header

    def _notes_card(self) -> Card:
        card = Card(self.tr("Supporter's notes"))
        card.setObjectName("togetherNotes")
        card.body.addWidget(label(
            self.tr("In their own words. Kept only if you agree at the end."), "hint"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(self.tr("For the supporter to write in"))
        named(self.notes_edit,
              self.tr("Supporter's notes, in their own words; kept only if you agree"))
        # A session carried on after a lock comes back with the notes already written.
        self.notes_edit.setPlainText(self.session.notes)
        self.notes_edit.textChanged.connect(self._notes_changed)
        if card.title is not None:
            card.title.setBuddy(self.notes_edit)
        card.body.addWidget(self.notes_edit)
        self.notes_warning = label(role="error")
        self.notes_warning.hide()
        card.body.addWidget(self.notes_warning)
        return card

    def _shortcut(self, keys: str, slot) -> None:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    # -- look ---------------------------------------------------------------------------

    @property
    def scale(self) -> float:
        return options.together_scale(self.ctx)

    def apply_scale(self) -> None:
        self._scaled = True
        apply_text_scale(self, self.scale)
        self._fit_side()

    def event(self, event: QEvent) -> bool:
        # Polish comes just before the first show; Show is the fallback should the view
        # have been polished while it was still being built.
        if (event.type() in (QEvent.Type.Polish, QEvent.Type.Show) and self._built
                and not self._scaled):
            self.apply_scale()
        return super().event(event)

    def _appearance_changed(self) -> None:
        # After the shell has re-themed the app, so the palette name is current.
        QTimer.singleShot(0, self, self.apply_scale)

    def _fit_side(self) -> None:
        # Measured in the session's own text size, which the stylesheet applies later.
        font = QFont(self.font())
        font.setPointSizeF(point_size(self.scale))
        chars = SIDE_CHARS if self.guidance_visible else SIDE_CHARS_NOTES_ONLY
        wanted = QFontMetrics(font).averageCharWidth() * chars + 40
        room = round(self.width() * 0.36) if self.width() > 200 else wanted
        side_width = max(min(wanted, room), 240)
        self.side.setFixedWidth(side_width)
        # With the guidance shown, the notes box stays small so the guidance has the room.
        lines = QFontMetrics(font).lineSpacing()
        self.notes_edit.setMinimumHeight(lines * 3 + 16)
        self.notes_edit.setMaximumHeight(lines * 4 + 16 if self.guidance_visible else 16_777_215)
        # The notes card keeps the height its wrapped words need at this width; the
        # guidance above it takes the rest and scrolls.
        side_layout = self.side.layout()
        assert side_layout is not None  # set when the view is built
        margins = side_layout.contentsMargins()
        inner = side_width - margins.left() - margins.right()
        if self.notes_card.hasHeightForWidth() and inner > 0:
            need = self.notes_card.heightForWidth(inner)
            if need > 0 and self.notes_card.minimumHeight() != need:
                self.notes_card.setMinimumHeight(need)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_side()

    # -- pages and guidance -------------------------------------------------------------

    def _page_chosen(self, index: int) -> None:
        step_id = self.page_box.itemData(index)
        if step_id and step_id != self.editor.current_step():
            self.editor.set_step(step_id)

    def _step_shown(self, step_id: str) -> None:
        index = self.page_box.findData(step_id)
        if index >= 0 and index != self.page_box.currentIndex():
            self.page_box.blockSignals(True)
            self.page_box.setCurrentIndex(index)
            self.page_box.blockSignals(False)
        self.guidance.show_questions_for(step_id)

    @property
    def guidance_visible(self) -> bool:
        return not self.guidance.isHidden()

    def toggle_guidance(self) -> None:
        if self.screens.currentWidget() is not self.work:
            return
        show = not self.guidance_visible
        self.guidance.setVisible(show)
        self.guidance_button.setChecked(show)
        self.guidance_button.setText(self.tr("Hide guidance") if show
                                     else self.tr("Show guidance"))
        self._fit_side()

    # -- notes --------------------------------------------------------------------------

    def _notes_changed(self) -> None:
        text = self.notes_edit.toPlainText()
        self.session.notes = text
        too_long = len(text) > MAX_NOTES_CHARS
        self.notes_warning.setVisible(too_long)
        if too_long:
            self.notes_warning.setText(self.tr(
                "That is more than can be kept (%1 characters). Nothing is lost; "
                "please shorten it a little.").replace("%1", f"{MAX_NOTES_CHARS:,}"))

    # -- pause ---------------------------------------------------------------------------

    @property
    def paused(self) -> bool:
        return self.screens.currentWidget() is self.pause_screen

    def pause(self) -> None:
        if self.screens.currentWidget() is not self.work:
            return
        self._focus_before_pause = self.focusWidget()
        self.screens.setCurrentWidget(self.pause_screen)
        self.pause_screen.continue_button.setFocus()

    def resume(self) -> None:
        if not self.paused:
            return
        self.screens.setCurrentWidget(self.work)
        before = getattr(self, "_focus_before_pause", None)
        (before if before is not None and self.work.isAncestorOf(before)
         else self.page_box).setFocus()

    def toggle_pause(self) -> None:
        if self.paused:
            self.resume()
        else:
            self.pause()

    # -- the end -------------------------------------------------------------------------

    def end_session(self) -> None:
        """Show what changed and the three choices. Nothing is written yet."""
        if self.screens.currentWidget() is not self.work:
            return
        self._drop_summary()
        plan = self.session.plan
        view = EndSummary(self.guide, self.text, self.session.summary(), self.session.exploring,
                          plan.situation, plan.region, self.will_lock)
        view.chosen.connect(self.choose)
        view.back.connect(self.back_to_session)
        self.summary_view = view
        self.screens.addWidget(view)
        self.screens.setCurrentWidget(view)
        view.align_choices()
        view.focus_first()

    def back_to_session(self) -> None:
        self.screens.setCurrentWidget(self.work)
        self._drop_summary()
        self.end_button.setFocus()

    def _drop_summary(self) -> None:
        if self.summary_view is not None:
            self.screens.removeWidget(self.summary_view)
            self.summary_view.deleteLater()
            self.summary_view = None

    def choose(self, choice: str) -> None:
        """Carry out the person's choice; on a problem, say so and keep everything on screen."""
        view = self.summary_view
        if view is None or not self.ctx.is_unlocked:
            return
        title, situation, region = view.new_plan_details()
        vault = self.ctx.vault
        try:
            self.session.finish(
                choice, vault.plans, supporter_notes(vault),
                title=title, situation=situation, region=region)
        except VaultError as exc:
            # Everything stays on screen; if the vault's folder has gone, the plan and the
            # supporter's notes can still be saved somewhere the person chooses.
            show_save_error(view.error, exc, self.save_copy)
            view.show_error()
            return
        self.finished.emit(EndChoice(choice).value)

    def save_copy(self) -> object:
        """The plan as it stands in this session, and the supporter's notes, as a PDF."""
        view = self.summary_view
        if view is None:
            return None
        sections = [section.key for section in export_sections(self.guide)]
        document = plan_document(self.guide, self.session.plan, sections, words=export_words())
        notes = self.session.summary().notes.strip()
        if notes:
            document = replace(document, blocks=(
                *document.blocks, Heading(self.tr("The supporter's notes")),
                Lines(tuple(notes.splitlines()))))
        html = plan_html(document)
        return save_copy(self, view.error, title=self.tr("Save a copy of this session"),
                         file_name="together-session-copy.pdf", pdf=True,
                         write=lambda path: write_pdf(html, path), retry=self.save_copy)

    def forget(self) -> None:
        """Wipe the words on screen (the session is being thrown away)."""
        self.notes_edit.blockSignals(True)
        self.notes_edit.clear()
        self.notes_edit.blockSignals(False)
        self._drop_summary()
