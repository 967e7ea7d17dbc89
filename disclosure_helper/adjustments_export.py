"""Documents made from My adjustments, on request: the passport, a request letter, and
an Access to Work checklist.

Each builder chooses which parts to include and returns a `document.Document` (plain
text and Markdown here; the UI renders the same document to PDF). Each carries a note
for the person that the file is not encrypted. Nothing is sent anywhere.

The request letter never holds more health detail than the person chose: it names no
condition, its wording links the request to health only when asked to, and the
person's own words about their health go in only when they pick them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum

from disclosure_helper.adjustments import AdjustmentsRepository
from disclosure_helper.adjustments_content import (
    AdjustmentsContent,
    LetterText,
    Sourced,
    load_adjustments_content,
)
from disclosure_helper.adjustments_model import (
    Adjustment,
    AdjustmentNotFound,
    ChangeKind,
    InvalidAdjustment,
    Passport,
    PassportField,
    Status,
    StatusChange,
    clean_short,
)
from disclosure_helper.document import (
    Block,
    CheckItem,
    Checklist,
    Detail,
    Document,
    Item,
    ItemList,
    Paragraph,
    Section,
)
from disclosure_helper.insights import format_day


class PassportPart(str, Enum):
    """The parts of the passport document; each can be left out."""

    ABOUT = "about"
    ADJUSTMENTS = "adjustments"
    HEALTH_EFFECTS = "health_effects"
    HARD_THINGS = "hard_things"
    BAD_DAY = "bad_day"
    CONTACT = "contact"
    UNWELL_CONTACT = "unwell_contact"
    HISTORY = "history"
    REVIEW = "review"


# What a passport holds unless the person picks otherwise: never their health in their
# own words (it may be shared with a new manager), and not the full history.
DEFAULT_PASSPORT_PARTS = frozenset(PassportPart) - {
    PassportPart.HEALTH_EFFECTS,
    PassportPart.HISTORY,
}

_OWN_WORDS_PARTS = (
    (PassportPart.HEALTH_EFFECTS, PassportField.HEALTH_EFFECTS),
    (PassportPart.HARD_THINGS, PassportField.HARD_THINGS),
    (PassportPart.BAD_DAY, PassportField.BAD_DAY),
    (PassportPart.CONTACT, PassportField.CONTACT),
    (PassportPart.UNWELL_CONTACT, PassportField.UNWELL_CONTACT),
)


@dataclass(frozen=True)
class RequestOptions:
    """What goes into a request letter. Health detail is off unless picked."""

    adjustment_ids: tuple[int, ...]
    # A rights region id ("us", "uk", …); anywhere without its own letter gets the general one.
    region: str | None = None
    recipient: str = ""
    # Defaults to the name in the passport.
    sender: str = ""
    # Say the request is because of a health condition (no detail): what makes it a
    # request for a reasonable accommodation (US) or adjustments (UK).
    link_to_health: bool = True
    # The person's own words from the passport.
    include_health_effects: bool = False
    include_hard_things: bool = False
    # Each adjustment's "what this looks like" and "how it helps".
    include_details: bool = True
    include_contact: bool = False
    # US: the paragraph on keeping any health note to what is needed, and private.
    include_documentation: bool = True
    # UK: a line that the person may also apply to Access to Work.
    include_access_to_work: bool = True
    # A line asking to write down what is agreed, with a date to look again.
    include_write_down: bool = True


# -- shared pieces ------------------------------------------------------------------------


def _text() -> AdjustmentsContent:
    return load_adjustments_content()


def _words() -> dict:
    return dict(_text().passport.document)


def _pick(repo: AdjustmentsRepository, ids: Iterable[int] | None) -> list[Adjustment]:
    if ids is None:
        return repo.all()
    picked = []
    for adjustment_id in ids:
        try:
            picked.append(repo.get(adjustment_id))
        except AdjustmentNotFound:
            continue
    return picked


def _status_line(adjustment: Adjustment) -> str:
    line = _text().passport.status(adjustment.status).line
    return line.format(date=format_day(adjustment.status_on))


def _latest(history: Sequence[StatusChange], status: Status) -> StatusChange | None:
    for change in reversed(history):
        if change.kind is ChangeKind.STATUS and change.status is status:
            return change
    return None


def _whom_label(status: Status) -> str:
    details = _text().passport.details
    return details.get(f"whom_{status.value}", details["whom"])


def _change_text(change: StatusChange) -> str:
    text = _text().passport
    details = text.details
    if change.kind is ChangeKind.REVIEW:
        parts = [_text().review.reviewed]
    else:
        parts = [text.status(change.status).label]
    if change.whom:
        parts.append(f"{_whom_label(change.status)}: {change.whom}")
    if change.how:
        parts.append(f"{details['how']}: {change.how}")
    if change.reason:
        parts.append(f"{details['reason']}: {change.reason}")
    if change.note:
        parts.append(f"{details['note']}: {change.note}")
    if change.review_on:
        parts.append(f"{details['review_on']}: {format_day(change.review_on)}")
    return ". ".join(p.rstrip(".") for p in parts) + "."


def _sources_section(ids: Iterable[str]) -> Section | None:
    words = _words()
    seen: list[str] = []
    for source_id in ids:
        if source_id not in seen:
            seen.append(source_id)
    if not seen:
        return None
    sources = _text().cited(tuple(seen))
    return Section(
        words["sources_heading"],
        (
            ItemList(
                tuple(
                    Item(words["source_line"].format(title=s.title, url=s.url)) for s in sources
                )
            ),
        ),
    )


# -- the passport ---------------------------------------------------------------------------


def passport_document(
    repo: AdjustmentsRepository,
    parts: Iterable[PassportPart | str] = DEFAULT_PASSPORT_PARTS,
    adjustment_ids: Iterable[int] | None = None,
    today: date | None = None,
) -> Document:
    """The passport to keep, or to share with a new manager: the parts the person picks."""
    chosen = {PassportPart(p) for p in parts}
    text = _text()
    words = _words()
    passport = repo.passport()
    adjustments = _pick(repo, adjustment_ids)
    meta = [words["written_on"].format(date=format_day(today or date.today()))]
    if PassportPart.ABOUT in chosen:
        for key in ("name", "job", "manager"):
            value = passport.get(key)
            if value:
                meta.append(words[key].format(**{key: value}))
    sections: list[Section] = [Section("", (Paragraph(words["intro"]),))]
    if PassportPart.ADJUSTMENTS in chosen:
        sections.append(_adjustments_section(repo, adjustments))
    for part, field_id in _OWN_WORDS_PARTS:
        value = passport.get(field_id)
        if part in chosen and value.strip():
            sections.append(Section(text.passport.field(field_id).label, (Paragraph(value),)))
    if PassportPart.HISTORY in chosen and adjustments:
        items = []
        for adjustment in adjustments:
            history = repo.history(adjustment.id)
            items.append(
                Item(
                    adjustment.label,
                    tuple(
                        Detail(f"{format_day(c.happened_on)}:", _change_text(c)) for c in history
                    ),
                )
            )
        sections.append(Section(words["history_heading"], (ItemList(tuple(items)),)))
    cited: list[str] = []
    if PassportPart.REVIEW in chosen:
        blocks: list[Block] = []
        if passport.review_on:
            blocks.append(Paragraph(words["review_next"].format(date=format_day(passport.review_on))))
        dated = [a for a in adjustments if a.review_on]
        if dated:
            blocks.append(
                ItemList(
                    tuple(
                        Item(
                            words["review_item"].format(
                                label=a.label, date=format_day(a.review_on)  # type: ignore[arg-type]
                            )
                        )
                        for a in dated
                    )
                )
            )
        blocks.append(Paragraph(words["review_note"]))
        sections.append(Section(words["review_heading"], tuple(blocks)))
        cited += list(words.get("review_sources", []))
    sources = _sources_section(cited)
    if sources is not None:
        sections.append(sources)
    return Document(
        title=words["title"],
        notice=words["notice"],
        sections=tuple(sections),
        meta=tuple(meta),
    )


def _adjustments_section(repo: AdjustmentsRepository, adjustments: list[Adjustment]) -> Section:
    words = _words()
    details = _text().passport.details
    if not adjustments:
        return Section(words["adjustments_heading"], (Paragraph(words["adjustments_empty"]),))
    items = []
    for adjustment in adjustments:
        lines = [Detail(words["status_label"], _status_line(adjustment))]
        if adjustment.status in (Status.ASKED, Status.AGREED, Status.REFUSED, Status.WITHDRAWN):
            change = _latest(repo.history(adjustment.id), adjustment.status)
            if change is not None and change.whom:
                lines.append(Detail(f"{_whom_label(adjustment.status)}:", change.whom))
            if change is not None and change.reason:
                lines.append(Detail(f"{details['reason']}:", change.reason))
        if adjustment.details.strip():
            lines.append(Detail(f"{details['need_details']}:", adjustment.details))
        if adjustment.helps.strip():
            lines.append(Detail(f"{details['need_helps']}:", adjustment.helps))
        if adjustment.review_on:
            lines.append(Detail(f"{details['review_on']}:", format_day(adjustment.review_on)))
        items.append(Item(adjustment.label, tuple(lines)))
    return Section(words["adjustments_heading"], (ItemList(tuple(items)),))


# -- the request letter -----------------------------------------------------------------------


def letter_text(region: str | None) -> LetterText:
    """The letter used for a rights region, with its notes for the person."""
    return _text().letter_for_region(region)


def request_letter(
    repo: AdjustmentsRepository, options: RequestOptions, today: date | None = None
) -> Document:
    """A letter asking for the chosen adjustments, in the person's own words.

    It works with no diagnosis at all, and holds no health detail the person did not
    write and pick. `Document.body_text()` is the letter to paste into an email.
    """
    adjustments = _pick(repo, options.adjustment_ids)
    if not adjustments:
        raise InvalidAdjustment("Please choose at least one change to ask for.")
    letter = letter_text(options.region)
    words = _words()
    passport: Passport = repo.passport()
    recipient = clean_short(options.recipient, "The name")
    sender = clean_short(options.sender, "Your name") or passport.get(PassportField.NAME)
    job = passport.get(PassportField.JOB)
    linked = options.link_to_health

    blocks: list[Block] = []
    greeting = (
        letter.part("greeting").format(recipient=recipient)
        if recipient
        else letter.part("greeting_no_name")
    )
    blocks.append(Paragraph(greeting))
    opening = letter.part("opening")
    if linked:
        opening = f"{opening} {letter.part('health_link')}"
    blocks.append(Paragraph(opening))
    if linked and options.include_health_effects:
        own = passport.get(PassportField.HEALTH_EFFECTS)
        if own.strip():
            blocks += [Paragraph(letter.part("own_words")), Paragraph(own)]
    if options.include_hard_things:
        hard = passport.get(PassportField.HARD_THINGS)
        if hard.strip():
            blocks += [Paragraph(letter.part("hard_things")), Paragraph(hard)]
    blocks.append(Paragraph(letter.part("list_intro")))
    items = []
    for adjustment in adjustments:
        details: list[Detail] = []
        if options.include_details and adjustment.details.strip():
            details.append(Detail(letter.part("details"), adjustment.details))
        if options.include_details and adjustment.helps.strip():
            details.append(Detail(letter.part("helps"), adjustment.helps))
        items.append(Item(adjustment.label, tuple(details)))
    blocks.append(ItemList(tuple(items)))
    blocks.append(Paragraph(letter.part("talk")))
    if linked and options.include_documentation and letter.has("documentation"):
        blocks.append(Paragraph(letter.part("documentation")))
    if linked and options.include_access_to_work and letter.has("access_to_work"):
        blocks.append(Paragraph(letter.part("access_to_work")))
    if options.include_write_down and letter.has("write_down"):
        blocks.append(Paragraph(letter.part("write_down")))
    contact = passport.get(PassportField.CONTACT)
    if options.include_contact and contact.strip():
        blocks.append(Paragraph(letter.part("contact").format(contact=contact)))
    blocks.append(Paragraph(letter.part("confirm")))
    blocks.append(Paragraph(letter.part("closing")))
    sign_off = letter.part("sign_off")
    blocks.append(Paragraph(f"{sign_off}\n{sender}" if sender else sign_off))

    meta = [words["letter_date"].format(date=format_day(today or date.today()))]
    if sender:
        meta.append(
            words["letter_from_job"].format(name=sender, job=job)
            if job
            else words["letter_from"].format(name=sender)
        )
    return Document(
        title=letter.title if linked else letter.title_plain,
        notice=words["notice"],
        sections=(Section("", tuple(blocks)),),
        meta=tuple(meta),
    )


def letter_notes(region: str | None) -> tuple[Sourced, ...]:
    """Notes for the person beside the letter (never in it), each with its sources."""
    return letter_text(region).notes


# -- Access to Work -----------------------------------------------------------------------------


def access_to_work_checklist(
    repo: AdjustmentsRepository,
    sections: Iterable[str] | None = None,
    adjustment_ids: Iterable[int] | None = None,
    include_notes: bool = True,
    today: date | None = None,
) -> Document:
    """What the Access to Work application asks for, filled in from the passport.

    `sections` picks the checklist's parts by id (all by default). The app never sends
    anything and keeps no identity numbers or bank details: those are things to have ready.
    """
    text = _text()
    atw = text.access_to_work
    words = _words()
    passport = repo.passport()
    wanted = None if sections is None else set(sections)
    needs = _pick(repo, adjustment_ids)
    out: list[Section] = [Section("", (Paragraph(atw.intro.text),))]
    cited = list(atw.intro.sources)
    for section in atw.sections:
        if wanted is not None and section.id not in wanted:
            continue
        checks = []
        for item in section.items:
            if item.source is None:
                checks.append(CheckItem(item.label, "", atw.have_ready))
                continue
            if item.source == "needs":
                answer = "\n".join(
                    f"{a.label}: {a.details.strip()}" if a.details.strip() else a.label
                    for a in needs
                )
            else:
                answer = passport.get(item.source)
            hint = item.hint if answer.strip() else " ".join(
                h for h in (atw.missing, item.hint) if h
            )
            checks.append(CheckItem(item.label, answer, hint))
        out.append(Section(section.heading, (Checklist(tuple(checks)),)))
        cited += list(section.sources)
    if include_notes and atw.notes:
        out.append(Section(atw.notes_heading, tuple(Paragraph(n.text) for n in atw.notes)))
        cited += [i for n in atw.notes for i in n.sources]
    sources = _sources_section(cited)
    if sources is not None:
        out.append(sources)
    return Document(
        title=atw.title,
        notice=words["notice"],
        sections=tuple(out),
        meta=(words["written_on"].format(date=format_day(today or date.today())),),
    )


__all__ = [
    "DEFAULT_PASSPORT_PARTS",
    "PassportPart",
    "RequestOptions",
    "access_to_work_checklist",
    "letter_notes",
    "letter_text",
    "passport_document",
    "request_letter",
]
