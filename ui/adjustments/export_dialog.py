"""Make something from My adjustments, on request: the passport, a letter asking for
changes (PDF, or text to paste into an email) or the Access to Work checklist.

Each says plainly that the file is not encrypted, and lets the person choose every part.
The documents are built by the core (`adjustments_export`); PDFs are laid out only by the
shared renderer (`ui/widgets/pdf.py`) off the GUI thread. Suggested file names say
nothing personal, and the PDF's title is generic.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from disclosure_helper.adjustments import AdjustmentsRepository
from disclosure_helper.adjustments_export import (
    DEFAULT_PASSPORT_PARTS,
    PassportPart,
    RequestOptions,
    access_to_work_checklist,
    letter_notes,
    passport_document,
    request_letter,
)
from disclosure_helper.adjustments_model import PassportField, Status
from disclosure_helper.atomic import atomic_write
from disclosure_helper.document import Document
from disclosure_helper.errors import VaultError
from disclosure_helper.ui import dialogs
from disclosure_helper.ui.adjustments.fields import content
from disclosure_helper.ui.ops import Op
from disclosure_helper.ui.widgets import (
    BusyIndicator,
    DialogScroll,
    FlowRow,
    MessageBanner,
    WrapCheckBox,
    button,
    field_group,
    fit_to_text,
    label,
)
from disclosure_helper.ui.widgets.pdf import write_document_pdf

PASSPORT, REQUEST, ACCESS_TO_WORK = "passport", "request", "access_to_work"
FILE_NAMES = {
    PASSPORT: "adjustments-passport.pdf",
    REQUEST: "adjustments-request.pdf",
    ACCESS_TO_WORK: "access-to-work-checklist.pdf",
}
TEXT_FILE_NAME = "adjustments-request.txt"
# Statuses worth asking for: ticked in a new letter unless the person changes it.
ASKABLE = (Status.IDEA, Status.ASKED, Status.NOT_WORKING, Status.REFUSED)


def ask_path(parent: QWidget, title: str, name: str, filters: str) -> Path | None:
    """Where to save; the suggested name says nothing personal. Tests replace this."""
    return dialogs.ask_save_path(parent, title, dialogs.documents_dir() / name, filters)


def _check(text: str, checked: bool, parent_list: list | None = None) -> WrapCheckBox:
    box = WrapCheckBox(text)
    box.setAccessibleName(text)
    box.setChecked(checked)
    if parent_list is not None:
        parent_list.append(box)
    return box


class AdjustmentsExportDialog(QDialog):
    """Choose what to make and what goes in it; save as PDF, or copy or save the text."""

    def __init__(self, repo: AdjustmentsRepository, region: str | None,
                 copy_text: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adjustmentsExportDialog")
        self.setWindowTitle(self.tr("Make a passport or a letter"))
        self.repo = repo
        self._copy_text = copy_text
        self.op: Op | None = None
        self.saved_path: Path | None = None
        text = content()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 20)
        outer.setSpacing(12)
        self.body = DialogScroll(spacing=12)
        outer.addWidget(self.body, 1)
        column = self.body.column
        column.addWidget(label(self.tr("Make a passport or a letter"), "heading"))
        self.warning = MessageBanner()
        self.warning.show_message(self.tr(
            "What you make here is not encrypted. Anyone who can open the file, or sees the "
            "copied text, can read it. You choose every part that goes in. Nothing is sent "
            "anywhere."), "warning")
        column.addWidget(self.warning)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("My adjustments passport (PDF)"), PASSPORT)
        self.kind.addItem(self.tr("A letter asking for changes"), REQUEST)
        self.kind.addItem(self.tr("Access to Work checklist (UK)"), ACCESS_TO_WORK)
        column.addWidget(field_group(self.tr("What would you like to make?"), self.kind))
        self.pages = QStackedWidget()
        column.addWidget(self.pages)
        self.adjustments = repo.all()

        # -- the passport --
        passport = QWidget()
        layout = QVBoxLayout(passport)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label(self.tr(
            "A passport to keep, or to share with a new manager. Choose what to include:"),
            "subheading"))
        fields = {f.id: f.label for f in text.passport.fields}
        names = {
            PassportPart.ABOUT: self.tr("My name, job and manager"),
            PassportPart.ADJUSTMENTS: self.tr("What helps me work, and where each stands"),
            PassportPart.HEALTH_EFFECTS: self.tr("%1 (only if you choose it)").replace(
                "%1", fields[PassportField.HEALTH_EFFECTS.value]),
            PassportPart.HARD_THINGS: fields[PassportField.HARD_THINGS.value],
            PassportPart.BAD_DAY: fields[PassportField.BAD_DAY.value],
            PassportPart.CONTACT: fields[PassportField.CONTACT.value],
            PassportPart.UNWELL_CONTACT: fields[PassportField.UNWELL_CONTACT.value],
            PassportPart.HISTORY: self.tr("How things have gone (the full history)"),
            PassportPart.REVIEW: self.tr("When to look at it again"),
        }
        self.parts: dict[PassportPart, WrapCheckBox] = {}
        for part in PassportPart:
            box = _check(names[part], part in DEFAULT_PASSPORT_PARTS)
            box.toggled.connect(self._update)
            self.parts[part] = box
            layout.addWidget(box)
        self.pages.addWidget(passport)

        # -- a letter --
        request = QWidget()
        layout = QVBoxLayout(request)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.region = QComboBox()
        for letter in text.letters:
            self.region.addItem(letter.name, letter.id)
        wanted = region if region in {letter.id for letter in text.letters} else next(
            letter.id for letter in text.letters if letter.is_fallback)
        self.region.setCurrentIndex(max(0, self.region.findData(wanted)))
        layout.addWidget(field_group(self.tr("Where you work"), self.region, hint=self.tr(
            "The letter follows the usual way of asking there.")))
        self.recipient = QLineEdit()
        self.recipient.setAccessibleName(self.tr("Who it is to (optional)"))
        manager = repo.passport().get(PassportField.MANAGER)
        self.recipient.setText(manager)
        layout.addWidget(field_group(self.tr("Who it is to (optional)"), self.recipient))
        layout.addWidget(label(self.tr("What to ask for"), "subheading"))
        self.asks: list[tuple[WrapCheckBox, int]] = []
        any_askable = any(a.status in ASKABLE for a in self.adjustments)
        for adjustment in self.adjustments:
            box = _check(adjustment.label, adjustment.status in ASKABLE or not any_askable)
            box.toggled.connect(self._update)
            self.asks.append((box, adjustment.id))
            layout.addWidget(box)
        if not self.adjustments:
            layout.addWidget(label(self.tr(
                "There is nothing in My adjustments yet. Add what helps you first, then "
                "come back here."), "hint"))
        layout.addWidget(label(self.tr("What the letter says"), "subheading"))
        self.link_to_health = _check(self.tr(
            "Say it is because of a health condition, without any detail"), True)
        self.health_effects = _check(self.tr(
            "Add how my health can affect my work, in my own words"), False)
        self.hard_things = _check(self.tr("Add what I find hard at work"), False)
        self.details = _check(self.tr("Add what each change looks like and how it helps"),
                              True)
        self.contact = _check(self.tr("Add how I like to be contacted"), False)
        self.documentation = _check(self.tr(
            "Add that any health note should be kept to what is needed"), True)
        self.access_to_work = _check(self.tr("Mention Access to Work"), True)
        self.write_down = _check(self.tr("Ask for what is agreed to be written down"), True)
        for box in (self.link_to_health, self.health_effects, self.hard_things, self.details,
                    self.contact, self.documentation, self.access_to_work, self.write_down):
            box.toggled.connect(self._update)
            layout.addWidget(box)
        self.health_hint = label(self.tr(
            "You have not written anything about your health in My adjustments, so there is "
            "nothing to add."), "hint")
        layout.addWidget(self.health_hint)
        self.notes_heading = label(self.tr("Good to know before you send it"), "subheading")
        layout.addWidget(self.notes_heading)
        self.notes = label(role="hint", selectable=True)
        layout.addWidget(self.notes)
        self.region.currentIndexChanged.connect(self._update)
        self.pages.addWidget(request)

        # -- Access to Work --
        atw = QWidget()
        layout = QVBoxLayout(atw)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label(text.access_to_work.intro.text))
        layout.addWidget(label(self.tr("Choose what to include:"), "subheading"))
        self.atw_sections: dict[str, WrapCheckBox] = {}
        for section in text.access_to_work.sections:
            box = _check(section.heading, True)
            box.toggled.connect(self._update)
            self.atw_sections[section.id] = box
            layout.addWidget(box)
        self.atw_notes = _check(text.access_to_work.notes_heading, True)
        layout.addWidget(self.atw_notes)
        self.pages.addWidget(atw)

        self.busy = BusyIndicator()
        outer.addWidget(self.busy)
        self.message = MessageBanner()
        outer.addWidget(self.message)
        row = FlowRow(align_end=True)
        self.close_button = button(self.tr("Close"), self.reject)
        self.copy_button = button(self.tr("Copy the letter"), self.copy_letter,
                                  accessible_name=self.tr("Copy the letter's text"))
        self.text_button = button(self.tr("Save as text\u2026"), self.choose_and_save_text,
                                  accessible_name=self.tr("Save the letter as a text file"))
        self.save_button = button(self.tr("Save PDF\u2026"), self.choose_and_save,
                                  role="primary", accessible_name=self.tr("Save as PDF"))
        for widget in (self.close_button, self.copy_button, self.text_button,
                       self.save_button):
            row.addWidget(widget)
        outer.addWidget(row)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        fit_to_text(self, 62)

    # -- choices ---------------------------------------------------------------------------

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def set_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))

    def _kind_changed(self, *_args: object) -> None:
        self.pages.setCurrentIndex(self.kind.currentIndex())
        is_request = self.current_kind() == REQUEST
        self.copy_button.setVisible(is_request)
        self.text_button.setVisible(is_request)
        self.message.dismiss()
        self._update()

    def _update(self, *_args: object) -> None:
        region = self.region.currentData()
        self.documentation.setVisible(region == "us")
        self.access_to_work.setVisible(region == "uk")
        linked = self.link_to_health.isChecked()
        passport = self.repo.passport()
        has_health = bool(passport.get(PassportField.HEALTH_EFFECTS).strip())
        # Their own words about health go in only when the letter says it is about health.
        self.health_effects.setVisible(has_health)
        self.health_effects.setEnabled(linked)
        if not linked:
            self.health_effects.setChecked(False)
        self.health_hint.setVisible(not has_health)
        self.hard_things.setVisible(bool(passport.get(PassportField.HARD_THINGS).strip()))
        self.contact.setVisible(bool(passport.get(PassportField.CONTACT).strip()))
        self.documentation.setEnabled(linked)
        self.access_to_work.setEnabled(linked)
        notes = letter_notes(region)
        self.notes.setText("\n\n".join(note.text for note in notes))
        self.notes.setVisible(bool(notes))
        self.notes_heading.setVisible(bool(notes))
        kind = self.current_kind()
        if kind == PASSPORT:
            ready = any(box.isChecked() for box in self.parts.values())
        elif kind == REQUEST:
            ready = bool(self.chosen_adjustments())
        else:
            ready = any(box.isChecked() for box in self.atw_sections.values())
        running = self.busy.running
        for widget in (self.save_button, self.copy_button, self.text_button):
            widget.setEnabled(ready and not running)

    def chosen_adjustments(self) -> tuple[int, ...]:
        return tuple(i for box, i in self.asks if box.isChecked())

    def request_options(self) -> RequestOptions:
        return RequestOptions(
            adjustment_ids=self.chosen_adjustments(),
            region=self.region.currentData(),
            recipient=self.recipient.text(),
            link_to_health=self.link_to_health.isChecked(),
            include_health_effects=(self.health_effects.isChecked()
                                    and self.health_effects.isVisibleTo(self)),
            include_hard_things=self.hard_things.isChecked(),
            include_details=self.details.isChecked(),
            include_contact=self.contact.isChecked(),
            include_documentation=self.documentation.isChecked(),
            include_access_to_work=self.access_to_work.isChecked(),
            include_write_down=self.write_down.isChecked(),
        )

    def document(self) -> Document:
        """What the chosen export holds (read from the vault, on the GUI thread)."""
        kind = self.current_kind()
        if kind == PASSPORT:
            return passport_document(
                self.repo, [p for p, box in self.parts.items() if box.isChecked()])
        if kind == REQUEST:
            return request_letter(self.repo, self.request_options())
        return access_to_work_checklist(
            self.repo, [s for s, box in self.atw_sections.items() if box.isChecked()],
            include_notes=self.atw_notes.isChecked())

    def pdf_title(self) -> str:
        return {PASSPORT: self.tr("Adjustments passport"),
                REQUEST: self.tr("A request for changes at work"),
                ACCESS_TO_WORK: self.tr("Access to Work checklist")}[self.current_kind()]

    # -- saving ----------------------------------------------------------------------------

    def choose_and_save(self) -> None:
        path = ask_path(self, self.tr("Save as PDF"), FILE_NAMES[self.current_kind()],
                        self.tr("PDF files (*.pdf)"))
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.save_to(path)

    def save_to(self, path: Path) -> Op | None:
        try:
            document = self.document()
        except VaultError as exc:
            self.message.show_message(exc.message, "error")
            return None
        # A letter is written for the person it goes to: the note about encryption is
        # for the sender, so it is said here rather than printed in the letter.
        notice = self.current_kind() != REQUEST
        title = self.pdf_title()
        self.message.dismiss()
        self.busy.start(self.tr("Making your PDF\u2026"))
        self._update()
        self.op = Op(self, lambda: write_document_pdf(document, path, title, notice),
                     on_done=self._saved, on_error=self._failed, uses_vault=False)
        return self.op.start()

    def _saved(self, path: Path) -> None:
        self.busy.stop()
        self.saved_path = path
        self.message.show_message(self.tr(
            "Saved as %1. Remember, this file is not encrypted.").replace("%1", path.name),
            "info")
        self._update()

    def _failed(self, _exc: Exception) -> None:
        self.busy.stop()
        self.message.show_message(self.tr(
            "The file could not be saved there. Please try another folder. Nothing in My "
            "adjustments has changed."), "error")
        self._update()

    def letter_text(self) -> str | None:
        try:
            return request_letter(self.repo, self.request_options()).body_text()
        except VaultError as exc:
            self.message.show_message(exc.message, "error")
            return None

    def copy_letter(self) -> None:
        text = self.letter_text()
        if text is None:
            return
        self._copy_text(text)
        self.message.show_message(self.tr(
            "The letter is copied. Paste it into an email, and read it through before you "
            "send it. The copy is cleared when the app locks."), "info")

    def choose_and_save_text(self) -> None:
        path = ask_path(self, self.tr("Save the letter as text"), TEXT_FILE_NAME,
                        self.tr("Text files (*.txt)"))
        if path is None:
            return
        if path.suffix.lower() != ".txt":
            path = path.with_name(path.name + ".txt")
        self.save_text_to(path)

    def save_text_to(self, path: Path) -> bool:
        text = self.letter_text()
        if text is None:
            return False
        try:
            atomic_write(path, text.encode("utf-8"))
        except OSError:
            self._failed(OSError())
            return False
        self._saved(path)
        return True


__all__ = ["AdjustmentsExportDialog", "FILE_NAMES", "TEXT_FILE_NAME", "ask_path"]
