"""Exporting journal entries, on request, as Markdown or as a structured document.

This is the only way journal text leaves the vault, and only when the person asks.
Every export starts by saying plainly that the file is not encrypted.

`entries_document` / `incident_timeline` build an `ExportDocument` that a PDF
writer can lay out (the UI uses QTextDocument); `to_markdown()` gives the Markdown.
Exports run in date order, oldest first, so they read like a record.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from disclosure_helper import content
from disclosure_helper.atomic import atomic_write
from disclosure_helper.journal_model import (
    BODY_FIELD,
    INCIDENT,
    OCCURRED_FIELD,
    PLAN_FIELD,
    Addition,
    Entry,
    EntryQuery,
)
from disclosure_helper.templates import (
    CHOICE_KINDS,
    Template,
    TemplateField,
    addition_label,
    addition_words,
)

# Saving a record and its first autosave land within moments; later than this is a change.
CHANGED_AFTER = timedelta(minutes=1)


@dataclass(frozen=True)
class ExportField:
    label: str
    text: str
    multiline: bool = False


@dataclass(frozen=True)
class ExportAddition:
    """A dated addition to an incident record, shown after the record as first written."""

    when: str
    label: str
    text: str


@dataclass(frozen=True)
class ExportEntry:
    id: int
    heading: str
    when: str
    kind_label: str
    fields: tuple[ExportField, ...]
    tags: tuple[str, ...]
    plan: str | None
    # Incident records: when it was first written, and what was added later, each dated.
    written: str = ""
    additions: tuple[ExportAddition, ...] = ()
    # A record changed after it was first written (only before records were kept as
    # written, or an entry made a record later): the recipient is told when.
    changed: str = ""


@dataclass(frozen=True)
class ExportDocument:
    title: str
    warning: str
    intro: str
    exported_on: str
    count_line: str
    entries: tuple[ExportEntry, ...]
    labels: Mapping[str, str]

    def to_markdown(self) -> str:
        lines = [f"# {self.title}", "", f"> **{md_inline(self.warning)}**", ""]
        lines.append(f"{self.exported_on} · {self.count_line}")
        lines.append("")
        if self.intro:
            lines += [self.intro, ""]
        for entry in self.entries:
            lines += ["---", "", f"## {md_inline(entry.heading)}", ""]
            lines.append(f"*{md_inline(entry.kind_label)}*  ")
            lines.append(f"{self.labels['happened']}: {entry.when}")
            if entry.plan is not None:
                lines[-1] += "  "
                lines.append(f"{self.labels['plan']}: {md_inline(entry.plan)}")
            if entry.tags:
                lines[-1] += "  "
                tags = ", ".join(md_inline(t) for t in entry.tags)
                lines.append(f"{self.labels['tags']}: {tags}")
            if entry.written:
                lines[-1] += "  "
                lines.append(f"{self.labels['written']}: {entry.written}")
            if entry.changed:
                lines[-1] += "  "
                lines.append(f"{self.labels['edited']}: {entry.changed}")
            lines.append("")
            for item in entry.fields:
                if item.multiline:
                    lines += [f"**{md_inline(item.label)}**", "", md_block(item.text), ""]
                else:
                    lines += [f"**{md_inline(item.label)}:** {md_inline(item.text)}", ""]
            if entry.additions:
                lines += [f"### {md_inline(self.labels['additions'])}", ""]
                for added in entry.additions:
                    lines += [f"**{md_inline(added.when)} · {md_inline(added.label)}**", "",
                              md_block(added.text), ""]
        return "\n".join(lines).rstrip() + "\n"


# -- Markdown escaping -------------------------------------------------------------

_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")
_LINE_START = re.compile(r"^(\s*)(?:([-+=])|(\d+)([.)]))")


def _escape_line_start(line: str) -> str:
    # "- x", "+ x", "1. x" would start a list, "===" a heading underline.
    def fix(match: re.Match) -> str:
        if match.group(2):
            return f"{match.group(1)}\\{match.group(2)}"
        return f"{match.group(1)}{match.group(3)}\\{match.group(4)}"

    return _LINE_START.sub(fix, line)


def _printable(text: str) -> str:
    # Control characters would be invisible or garble the file; line breaks and tabs stay.
    return "".join(
        ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cs")
    )


def md_inline(text: str) -> str:
    """Text that shows as written inside a Markdown line (no accidental formatting)."""
    flat = " ".join(_printable(text).split())
    return _escape_line_start(_INLINE_SPECIAL.sub(r"\\\1", flat))


def md_block(text: str) -> str:
    """Multi-line text kept line for line, with Markdown characters made literal."""
    out = []
    for line in _printable(text).replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        escaped = _escape_line_start(_INLINE_SPECIAL.sub(r"\\\1", line.rstrip()))
        out.append(escaped)
    # Two trailing spaces make a line break, so short lines don't run together.
    return "\n".join(f"{line}  " if line else "" for line in out).rstrip()


# -- building documents --------------------------------------------------------------


def _words(lang: str = content.DEFAULT_LANGUAGE) -> dict:
    return content.load("journal/export", lang)["export"]


def format_moment(moment: datetime) -> str:
    words = _words()
    return words["date_format"].format(
        weekday=words["weekdays"][moment.weekday()],
        day=moment.day,
        month=words["months"][moment.month - 1],
        year=moment.year,
        time=moment.strftime("%H:%M"),
    )


def _answer(spec: TemplateField | None, value) -> str:
    words = _words()
    if spec is not None and spec.kind in CHOICE_KINDS:
        picked = value if isinstance(value, list) else [value]
        return ", ".join(spec.option_label(str(v)) for v in picked if v not in (None, ""))
    if spec is not None and spec.kind == "rating" and value is not None:
        return words["rating"].format(value=value)
    if spec is not None and spec.kind == "datetime" and isinstance(value, str):
        try:
            return format_moment(datetime.fromisoformat(value))
        except ValueError:
            return value
    if isinstance(value, list):
        return ", ".join(str(v) for v in value if v not in (None, ""))
    if value is None or value == "":
        return ""
    return str(value)


def _humanise(field_id: str) -> str:
    return field_id.replace("_", " ").capitalize()


def export_entry(
    entry: Entry,
    template: Template | None,
    plan_titles: Mapping[int, str] | None = None,
    additions: Sequence[Addition] = (),
) -> ExportEntry:
    words = _words()
    fields: list[ExportField] = []
    shown: set[str] = set()
    specs = template.fields if template is not None else ()
    for spec in specs:
        shown.add(spec.id)
        if spec.id in (OCCURRED_FIELD, PLAN_FIELD):
            continue
        value = entry.body if spec.id == BODY_FIELD else entry.fields.get(spec.id)
        text = _answer(spec, value)
        if text.strip():
            fields.append(ExportField(spec.label, text, spec.kind == "multiline"))
    if BODY_FIELD not in shown and entry.body.strip():
        fields.append(ExportField(_humanise(BODY_FIELD), entry.body, True))
    for field_id, value in entry.fields.items():
        # Answers to questions a template no longer asks are still the person's words.
        if field_id not in shown:
            text = _answer(None, value)
            if text.strip():
                fields.append(ExportField(_humanise(field_id), text, "\n" in text))
    plan = None
    if entry.plan_id is not None:
        plan = (plan_titles or {}).get(entry.plan_id) or words["plan_gone"]
    when = format_moment(entry.occurred_at) if entry.occurred_at else ""
    title = entry.title.strip() or (template.label if template else words["untitled"])
    kept = entry.kind == INCIDENT and entry.created is not None
    changed = (kept and entry.updated is not None
               and entry.updated - entry.created > CHANGED_AFTER)
    return ExportEntry(
        id=int(entry.id or 0),
        heading=f"{when} — {title}" if when else title,
        when=when,
        kind_label=template.label if template else words["untitled"],
        fields=tuple(fields),
        tags=tuple(entry.tags),
        plan=plan,
        written=format_moment(entry.created) if kept else "",
        changed=format_moment(entry.updated) if changed else "",
        additions=tuple(
            ExportAddition(format_moment(a.written), addition_label(a.kind), a.text)
            for a in additions
        ),
    )


def _document(
    journal,
    entries: list[Entry],
    title_key: str,
    intro: str,
    count_key: str,
    plan_titles: Mapping[int, str] | None,
    now: datetime | None,
) -> ExportDocument:
    words = _words()
    entries = sorted(entries, key=lambda e: (e.occurred_at, e.id or 0))
    incidents = [e.id for e in entries if e.kind == INCIDENT and e.id is not None]
    additions = journal.additions_for(incidents) if incidents else {}
    count = len(entries)
    count_line = (
        words[f"{count_key}_one"] if count == 1 else words[f"{count_key}_other"]
    ).format(count=count)
    return ExportDocument(
        title=words[title_key],
        warning=words["warning"],
        intro=intro,
        exported_on=words["exported_on"].format(
            date=format_moment(now or datetime.now().astimezone())
        ),
        count_line=count_line,
        entries=tuple(
            export_entry(e, journal.template(e.kind), plan_titles, additions.get(e.id, ()))
            for e in entries
        ),
        labels={
            **{k: words[k] for k in ("happened", "tags", "plan", "written", "edited")},
            "additions": addition_words()["heading"],
        },
    )


def entries_document(
    journal,
    entry_ids: Sequence[int] | None = None,
    plan_titles: Mapping[int, str] | None = None,
    now: datetime | None = None,
) -> ExportDocument:
    """The chosen entries (or every entry outside the trash), oldest first."""
    ids = journal.ids() if entry_ids is None else list(entry_ids)
    return _document(
        journal, journal.get_many(ids), "entries_title", "", "entry_count", plan_titles, now
    )


def incident_timeline(
    journal,
    entry_ids: Sequence[int] | None = None,
    plan_titles: Mapping[int, str] | None = None,
    now: datetime | None = None,
) -> ExportDocument:
    """Incident records in the order they happened, for a union rep, HR or an adviser.

    Only incident records are included, whatever else is selected.
    """
    ids = journal.ids(EntryQuery(kinds=(INCIDENT,))) if entry_ids is None else list(entry_ids)
    incidents = [e for e in journal.get_many(ids) if e.kind == INCIDENT]
    return _document(
        journal,
        incidents,
        "timeline_title",
        _words()["timeline_intro"],
        "incident_count",
        plan_titles,
        now,
    )


def entries_markdown(journal, entry_ids: Sequence[int] | None = None, **kwargs) -> str:
    return entries_document(journal, entry_ids, **kwargs).to_markdown()


def incident_timeline_markdown(journal, entry_ids: Sequence[int] | None = None, **kwargs) -> str:
    return incident_timeline(journal, entry_ids, **kwargs).to_markdown()


def write_markdown(path: Path, text: str) -> None:
    """Write an export the person asked for; only they can read the file (mode 600)."""
    atomic_write(Path(path), text.encode("utf-8", "replace"))
