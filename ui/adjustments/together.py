"""My adjustments in Together mode: looked at with a supporter, in large text, with
nothing kept unless the person chooses to at the end.

The person first chooses which of their own-words parts are shown (their health words
are off unless they tick them). Changes are staged in an `AdjustmentsSession`; at the
end a summary says what changed, and they keep it all or let it all go.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from disclosure_helper.adjustments import AdjustmentsRepository
from disclosure_helper.adjustments_model import SENSITIVE_FIELDS, PassportField
from disclosure_helper.adjustments_session import AdjustmentsSession, StagedStatus
from disclosure_helper.errors import VaultError
from disclosure_helper.ui.adjustments.dialogs import ChangeDialog, ChangeValues
from disclosure_helper.ui.adjustments.fields import NotesBox, content, format_day
from disclosure_helper.ui.widgets import (
    Card,
    DialogScroll,
    FlowRow,
    MessageBanner,
    ScrollScreen,
    WrapCheckBox,
    button,
    field_group,
    fit_to_text,
    label,
)
from disclosure_helper.ui.widgets.text_scale import apply_text_scale

SHORT_PARTS = {PassportField.NAME.value, PassportField.JOB.value, PassportField.MANAGER.value}


class TogetherStartDialog(QDialog):
    """Before a supporter sees anything: which of your own words to show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adjustmentsTogetherStart")
        self.setWindowTitle(self.tr("Look at it together"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 20)
        outer.setSpacing(12)
        body = DialogScroll(spacing=10)
        outer.addWidget(body, 1)
        column = body.column
        column.addWidget(label(self.tr("Look at My adjustments together"), "heading"))
        column.addWidget(label(self.tr(
            "Your adjustments show in large text for you and the person beside you. "
            "Nothing is kept unless you choose to keep it at the end.")))
        column.addWidget(label(self.tr("Which of your own words to show:"), "subheading"))
        self.parts: dict[str, WrapCheckBox] = {}
        for field in content().passport.fields:
            box = WrapCheckBox(field.label)
            box.setAccessibleName(self.tr("Show: %1").replace("%1", field.label))
            box.setChecked(PassportField(field.id) not in SENSITIVE_FIELDS)
            self.parts[field.id] = box
            column.addWidget(box)
        row = FlowRow(align_end=True)
        self.cancel_button = button(self.tr("Cancel"), self.reject)
        self.start_button = button(self.tr("Start"), self.accept, role="primary",
                                   accessible_name=self.tr("Start looking at it together"))
        self.start_button.setDefault(True)
        row.addWidget(self.cancel_button)
        row.addWidget(self.start_button)
        outer.addWidget(row)
        fit_to_text(self, 52)

    def shown_parts(self) -> list[str]:
        return [part for part, box in self.parts.items() if box.isChecked()]


class AdjustmentsTogetherView(QWidget):
    """The session itself, shown in place of the whole window. `finished(kept)` at the end."""

    finished = Signal(bool)

    def __init__(self, repo: AdjustmentsRepository, session: AdjustmentsSession,
                 parts: Iterable[str], scale: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adjustmentsTogether")
        self.repo = repo
        self.session = session
        self.dialog: ChangeDialog | None = None
        apply_text_scale(self, scale)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        header = QWidget()
        header.setObjectName("togetherHeader")
        top = QHBoxLayout(header)
        top.setContentsMargins(24, 12, 24, 12)
        titles = QVBoxLayout()
        titles.addWidget(label(self.tr("My adjustments, together"), "heading"))
        titles.addWidget(label(self.tr(
            "Nothing here is kept unless you choose to at the end."), "hint"))
        top.addLayout(titles, 1)
        self.finish_button = button(self.tr("Finish\u2026"), self.show_end, role="primary",
                                    accessible_name=self.tr("Finish and choose what to keep"))
        top.addWidget(self.finish_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(header)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)

        # -- the record --
        self.work = ScrollScreen(max_chars=64)
        column = self.work.column
        self.message = MessageBanner(closable=True)
        column.addWidget(self.message)
        column.addWidget(label(self.tr("What helps me work"), "title"))
        details = content().passport.details
        self.cards: dict[int, tuple[Card, QLabel]] = {}
        adjustments = session.adjustments()
        if not adjustments:
            column.addWidget(label(self.tr("Nothing noted here yet."), "hint"))
        for adjustment in adjustments:
            card = Card(adjustment.label, title_role="subheading")
            status = label(self._status_text(adjustment.id))
            card.body.addWidget(status)
            words = NotesBox(details["need_details"])
            words.setPlainText(adjustment.details)
            helps = NotesBox(details["need_helps"])
            helps.setPlainText(adjustment.helps)
            card.body.addWidget(field_group(details["need_details"], words))
            card.body.addWidget(field_group(details["need_helps"], helps))
            for notes in (words, helps):
                notes.textChanged.connect(
                    lambda i=adjustment.id, w=words, h=helps: self._words_changed(i, w, h))
            note = button(self.tr("Note where it stands\u2026"),
                          accessible_name=self.tr("Note where %1 stands").replace(
                              "%1", adjustment.label))
            note.clicked.connect(lambda _c=False, i=adjustment.id: self.note_change(i))
            row = QHBoxLayout()
            row.addWidget(note)
            row.addStretch(1)
            card.body.addLayout(row)
            column.addWidget(card)
            self.cards[adjustment.id] = (card, status)
        shown = [f for f in content().passport.fields if f.id in set(parts)]
        if shown:
            column.addWidget(label(content().passport.own_words, "title"))
        self.parts: dict[str, QLineEdit | NotesBox] = {}
        for field in shown:
            box: QLineEdit | NotesBox
            if field.id in SHORT_PARTS:
                box = QLineEdit(session.part(field.id))
                box.setAccessibleName(field.label)
                box.textChanged.connect(lambda text, f=field.id: self.session.set_part(f, text))
            else:
                box = NotesBox(field.label)
                box.setPlainText(session.part(field.id))
                box.textChanged.connect(
                    lambda f=field.id, b=box: self.session.set_part(f, b.toPlainText()))
            self.parts[field.id] = box
            column.addWidget(field_group(field.label, box))
        self.stack.addWidget(self.work)

        # -- the end --
        self.end = ScrollScreen(max_chars=64)
        column = self.end.column
        column.addWidget(label(self.tr("Before you finish"), "title"))
        self.summary = label(selectable=True)
        column.addWidget(self.summary)
        self.end_message = MessageBanner()
        column.addWidget(self.end_message)
        buttons = FlowRow()
        self.keep_button = button(self.tr("Keep these changes"), self.keep, role="primary")
        self.discard_button = button(self.tr("Let it all go"), self.let_go)
        self.back_button = button(self.tr("Go back"), self.show_work)
        for widget in (self.keep_button, self.discard_button, self.back_button):
            buttons.addWidget(widget)
        column.addWidget(buttons)
        self.stack.addWidget(self.end)

    # -- during the session ------------------------------------------------------------------

    def _status_text(self, adjustment_id: int) -> str:
        for adjustment in self.session.adjustments():
            if adjustment.id == adjustment_id:
                return content().passport.status(adjustment.status).line.format(
                    date=format_day(adjustment.status_on))
        return ""

    def _words_changed(self, adjustment_id: int, details: NotesBox, helps: NotesBox) -> None:
        self.session.set_words(adjustment_id, details.toPlainText(), helps.toPlainText())

    def note_change(self, adjustment_id: int) -> None:
        current = next(a for a in self.session.adjustments() if a.id == adjustment_id)

        def save(values: ChangeValues) -> None:
            self.session.note_status(StagedStatus(
                adjustment_id, values.status, on=values.on, whom=values.whom, how=values.how,
                reason=values.reason, note=values.note, review_on=values.review_on))

        dialog = ChangeDialog(current.status, self.repo.suggested_review(), (), save, self)
        self.dialog = dialog

        def done(result: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            if result:
                self.cards[adjustment_id][1].setText(self._status_text(adjustment_id))
                self.message.show_message(self.tr(
                    "Noted for now. It is kept only if you choose to at the end."), "info")

        dialog.finished.connect(done)
        dialog.open()

    # -- the end --------------------------------------------------------------------------

    def summary_text(self) -> str:
        summary = self.session.summary()
        if summary.is_empty:
            return self.tr("Nothing has changed in this session.")
        labels = {a.id: a.label for a in self.session.adjustments()}
        fields = {f.id: f.label for f in content().passport.fields}
        lines = [self.tr("If you keep them, these changes are saved:")]
        for adjustment_id in summary.words:
            lines.append("\u2022 " + self.tr("Your words about %1").replace(
                "%1", labels[adjustment_id]))
        for adjustment_id in summary.statuses:
            lines.append("\u2022 " + self.tr("Where %1 stands").replace(
                "%1", labels[adjustment_id]))
        for part in summary.parts:
            lines.append("\u2022 " + fields.get(part, part))
        return "\n".join(lines)

    def show_end(self) -> None:
        if self.dialog is not None:
            return
        self.summary.setText(self.summary_text())
        self.keep_button.setVisible(not self.session.summary().is_empty)
        self.discard_button.setText(self.tr("Let it all go") if self.keep_button.isVisible()
                                    else self.tr("Finish"))
        self.end_message.dismiss()
        self.finish_button.hide()
        self.stack.setCurrentWidget(self.end)
        (self.keep_button if self.keep_button.isVisible() else self.discard_button).setFocus()

    def show_work(self) -> None:
        self.finish_button.show()
        self.stack.setCurrentWidget(self.work)
        self.finish_button.setFocus()

    def keep(self) -> None:
        try:
            gone = self.session.keep(self.repo)
        except VaultError as exc:
            self.end_message.show_message(exc.message, "error")
            return
        if gone:
            self.end_message.show_message(self.tr(
                "Some changes were to adjustments deleted meanwhile, so they could not be "
                "kept. Everything else was kept."), "warning")
        self.finished.emit(True)

    def let_go(self) -> None:
        self.session.discard()
        self.finished.emit(False)

    def abandon(self) -> None:
        """The app is locking: close any dialog; nothing staged is written."""
        if self.dialog is not None:
            self.dialog.reject()
        if not self.session.finished:
            self.session.discard()


__all__ = ["AdjustmentsTogetherView", "TogetherStartDialog"]
