"""Exporting journal entries, on request, as Markdown or as a structured document.

This is the only way journal text leaves the vault, and only when the person asks.
Every export starts by saying plainly that the file is not encrypted.

`entries_document` / `incident_timeline` build an `ExportDocument` that a PDF
writer can lay out (the UI uses QTextDocument); `to_markdown()` gives the Markdown.
`export_markdown` makes the same Markdown straight from the vault's rows, without
building the document first, and `write_export_markdown` writes it to a file as it is
made: years of entries export in about the time it takes to read them. Exports run in
date order, oldest first, so they read like a record.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import NamedTuple

from disclosure_helper import content, dates
from disclosure_helper.atomic import atomic_stream, atomic_write
from disclosure_helper.counted import counted
from disclosure_helper.journal_model import (
    BODY_FIELD,
    INCIDENT,
    OCCURRED_FIELD,
    PLAN_FIELD,
    Addition,
    Entry,
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

# Plain tuples rather than dataclasses: a long export makes one per entry and answer.


class ExportField(NamedTuple):
    label: str
    text: str
    multiline: bool = False


class ExportAddition(NamedTuple):
    """A dated addition to an incident record, shown after the record as first written."""

    when: str
    label: str
    text: str


class ExportEntry(NamedTuple):
    id: int
    heading: str
    when: str
    kind_label: str
    fields: tuple[ExportField, ...]
    tags: tuple[str, ...]
    plan: str | None
    # Incident records: when it was first written, and what was added later, each dated.
    written: str = ""
    # A record changed after it was first written (only before records were kept as
    # written, or an entry made a record later): the recipient is told when.
    changed: str = ""
    additions: tuple[ExportAddition, ...] = ()


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
        lines = _head_markdown(self.title, self.warning, self.exported_on, self.count_line,
                               self.intro)
        add = _EntryMarkdown(lines, self.labels)
        for entry in self.entries:
            add(entry.heading, entry.kind_label, entry.when, entry.plan, entry.tags,
                entry.fields, entry.written, entry.changed, entry.additions)
        return _finish(lines)


def _head_markdown(title: str, warning: str, exported_on: str, count_line: str,
                   intro: str) -> list[str]:
    lines = [f"# {title}", "", f"> **{md_inline(warning)}**", ""]
    lines.append(f"{exported_on} · {count_line}")
    lines.append("")
    if intro:
        lines += [intro, ""]
    return lines


def _finish(lines: list[str]) -> str:
    return "\n".join(lines).rstrip() + "\n"


class _EntryMarkdown:
    """Appends one entry's Markdown to `lines`: the one layout every export uses."""

    def __init__(self, lines: list[str], labels: Mapping[str, str]) -> None:
        self.lines = lines
        self.happened, self.plan, self.tags = labels["happened"], labels["plan"], labels["tags"]
        self.written, self.edited = labels["written"], labels["edited"]
        self.additions = md_inline(labels["additions"])
        # Labels, kinds, tags and plan names repeat on every entry: escape each once.
        # (The memo lives only as long as this export.)
        self._memo: dict[str, str] = {}
        self._heads: dict[tuple[str, bool], str] = {}

    def once(self, text: str) -> str:
        escaped = self._memo.get(text)
        if escaped is None:
            escaped = self._memo[text] = md_inline(text)
        return escaped

    def __call__(self, heading: str, kind_label: str, when: str, plan: str | None,
                 tags: Sequence[str], fields: Sequence[tuple[str, str, bool]],
                 written: str = "", changed: str = "",
                 additions: Sequence[ExportAddition] = ()) -> None:
        memo, once = self._memo, self.once
        # Nearly every entry has nothing to escape: one check for all of its text.
        if _untouched(heading + "".join([field[1] for field in fields])):
            inline, block = _flat_line, _kept_lines
        else:
            inline, block = md_inline, md_block
        meta = f"{self.happened}: {when}"
        if plan is not None:
            meta = f"{meta}  \n{self.plan}: {once(plan)}"
        if tags:
            meta = f"{meta}  \n{self.tags}: {', '.join([memo.get(t) or once(t) for t in tags])}"
        if written:
            meta = f"{meta}  \n{self.written}: {written}"
        if changed:
            meta = f"{meta}  \n{self.edited}: {changed}"
        parts = [f"---\n\n## {inline(heading)}\n\n*{memo.get(kind_label) or once(kind_label)}*"
                 f"  \n{meta}\n"]
        append = parts.append
        # Each label's bold heading, put together once per export.
        heads = self._heads
        for label, text, multiline in fields:
            head = heads.get((label, multiline))
            if head is None:
                escaped = once(label)
                head = heads[label, multiline] = (f"**{escaped}**\n\n" if multiline
                                                  else f"**{escaped}:** ")
            append(f"{head}{block(text) if multiline else inline(text)}\n")
        if additions:
            parts.append(f"### {self.additions}\n")
            for added in additions:
                parts.append(f"**{md_inline(added.when)} · {md_inline(added.label)}**\n\n"
                             f"{md_block(added.text)}\n")
        # One string per entry: the same lines, joined as the whole file is.
        self.lines.append("\n".join(parts))


# -- Markdown escaping -------------------------------------------------------------

_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")
_LINE_START = re.compile(r"^(\s*)(?:([-+=])|(\d+)([.)]))")


def _fix_line_start(match: re.Match) -> str:
    if match.group(2):
        return f"{match.group(1)}\\{match.group(2)}"
    return f"{match.group(1)}{match.group(3)}\\{match.group(4)}"


def _escape_line_start(line: str) -> str:
    # "- x", "+ x", "1. x" would start a list, "===" a heading underline.
    first = line.lstrip()[:1]
    if not first or (first not in "-+=" and not first.isdecimal()):
        return line  # the pattern cannot match: skip it (most lines)
    match = _LINE_START.match(line)
    return line if match is None else _fix_line_start(match) + line[match.end():]


# Control characters (Unicode category Cc: C0, DEL and C1) and lone surrogates (Cs)
# would be invisible or garble the file; line breaks and tabs stay.
#
# A long export runs these over every character the person wrote, so each step has a
# fast path in C for the usual case (nothing to change): testing characters one by one
# in Python once took most of an export's time.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
# In UTF-8, C0 controls and DEL are single bytes that never occur inside another
# character; C1 controls (U+0080-U+009F) all start with the byte C2.
_C0_BYTES = bytes([*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F])
# ...and the characters Markdown would read as formatting: text with none of these
# (nearly all text) needs no change at all, which one C-speed check can tell.
_UNTOUCHED = _C0_BYTES + b"\\`*_[]<>#|~"


def _printable(text: str) -> str:
    return _UNPRINTABLE.sub("", text)


def _untouched(text: str) -> bool:
    """True when `text` has no control character and nothing Markdown would read."""
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        return False
    return b"\xc2" not in data and len(data.translate(None, _UNTOUCHED)) == len(data)


def _literal(text: str) -> str:
    """`text` with control characters dropped and Markdown's characters escaped."""
    if _untouched(text):
        return text
    return _INLINE_SPECIAL.sub(r"\\\1", _printable(text))


def md_inline(text: str) -> str:
    """Text that shows as written inside a Markdown line (no accidental formatting)."""
    return _flat_line(_literal(text))


def _flat_line(text: str) -> str:
    """md_inline for text already known to need no escaping but at a line's start."""
    if not text.isprintable() or "  " in text or text[:1] == " " or text[-1:] == " ":
        # Printable text has no whitespace but the plain space: unless spaces are
        # doubled or at either end, splitting on whitespace would give it back as it is.
        text = " ".join(text.split())
    # _escape_line_start's own first test, made here: most text goes no further.
    first = text[:1]
    if not first or (first not in "-+=" and not first.isdecimal()):
        return text
    return _escape_line_start(text)


def md_block(text: str) -> str:
    """Multi-line text kept line for line, with Markdown characters made literal."""
    # Carriage returns are control characters, so _printable drops them: CR LF becomes
    # a line break, a lone CR joins its lines. Escaping before trimming each line gives
    # the same as after: escapes only ever go in front of non-space characters.
    return _kept_lines(_literal(text))


def _kept_lines(text: str) -> str:
    """md_block for text already known to need no escaping but at line starts."""
    if "\n" not in text:
        # One line: its line-break spaces would be trimmed off the end anyway.
        text = text.rstrip()
        if text[:1].isalpha():  # a letter never starts a list: most lines need no more
            return text
        return _escape_line_start(text)
    out = []
    for line in text.split("\n"):
        line = line.rstrip()
        if line:
            # Two trailing spaces make a line break, so short lines don't run together.
            out.append(f"{_escape_line_start(line)}  ")
        else:
            out.append("")
    return "\n".join(out).rstrip()


# -- building documents --------------------------------------------------------------


def _words(lang: str | None = None) -> dict:
    return content.load("journal/export", lang)["export"]


def format_moment(moment: datetime, words: Mapping | None = None) -> str:
    """When an entry happened, in the person's locale (`words` is no longer needed)."""
    return dates.moment(moment)


class _Moments:
    """format_moment for many entries: each day's words are put together once."""

    def __init__(self, words: Mapping) -> None:
        self.words = words
        self._days: dict[int, str] = {}

    def __call__(self, moment: datetime) -> str:
        day = self._days.get(moment.toordinal())
        if day is None:
            day = self._days[moment.toordinal()] = dates.weekday(moment)
        return dates.with_time(day, moment)


def _answer(spec: TemplateField | None, value, words: Mapping | None = None) -> str:
    kind = spec.kind if spec is not None else None
    if type(value) is str and kind not in CHOICE_KINDS and kind != "datetime":
        return value  # most answers: the person's own words, shown as written
    words = words or _words()
    if spec is not None and kind in CHOICE_KINDS:
        picked = value if isinstance(value, list) else [value]
        return ", ".join(spec.option_label(str(v)) for v in picked if v not in (None, ""))
    if spec is not None and kind == "rating" and value is not None:
        return words["rating"].format(value=value)
    if spec is not None and kind == "datetime" and isinstance(value, str):
        try:
            return format_moment(datetime.fromisoformat(value), words)
        except ValueError:
            return value
    if isinstance(value, list):
        return ", ".join(str(v) for v in value if v not in (None, ""))
    if value is None or value == "":
        return ""
    return str(value)


def _humanise(field_id: str) -> str:
    return field_id.replace("_", " ").capitalize()


_SKIPPED = (OCCURRED_FIELD, PLAN_FIELD)


_PLAIN, _CHOICE, _RATING, _OTHER = 0, 1, 2, 3


def _option_labels(spec: TemplateField) -> dict[str, str]:
    labels: dict[str, str] = {}
    for option in spec.options:
        labels.setdefault(option.id, option.label)  # the first wins, as in option_label
    return labels


class _Layout:
    """How entries of one template read in an export; made once per template."""

    __slots__ = ("kind_label", "specs", "asked", "_ratings")

    def __init__(self, template: Template | None, words: Mapping) -> None:
        self.kind_label = template.label if template is not None else words["untitled"]
        fields = template.fields if template is not None else ()
        # (id, spec, label, multiline, how, option labels): what _answer would do, decided
        # once per field instead of once per entry.
        self.specs = tuple(
            (spec.id, spec, spec.label, spec.kind == "multiline",
             _CHOICE if spec.kind in CHOICE_KINDS else
             _RATING if spec.kind == "rating" else
             _OTHER if spec.kind == "datetime" else _PLAIN,
             _option_labels(spec))
            for spec in fields if spec.id not in _SKIPPED)
        self.asked = frozenset(spec.id for spec in fields)
        # A rating's words ("3 of 5"), made once per number (check-ins have three each).
        self._ratings: dict[tuple[str, int], str] = {}

    def fields(self, body: str, answers: Mapping, words: Mapping
               ) -> list[tuple[str, str, bool]]:
        """Every answer worth showing as (label, text, multiline), in the template's order
        (plain tuples: an export makes one per answer)."""
        fields: list[tuple[str, str, bool]] = []
        get = answers.get
        for field_id, spec, label, multiline, how, options in self.specs:
            value = body if field_id == BODY_FIELD else get(field_id)
            if value is None:
                continue  # not answered
            if how == _RATING and type(value) is int:
                text = self._ratings.get((field_id, value))
                if text is None:
                    text = self._ratings[field_id, value] = _answer(spec, value, words)
            elif type(value) is str and how < _RATING:
                text = value if how == _PLAIN else options.get(value, value)
            elif how == _CHOICE and type(value) is list:
                text = ", ".join([options.get(str(v), str(v)) for v in value
                                  if v not in (None, "")])
            else:
                text = _answer(spec, value, words)
            if text and not text.isspace():
                fields.append((label, text, multiline))
        if BODY_FIELD not in self.asked and body.strip():
            fields.append((_humanise(BODY_FIELD), body, True))
        if not self.asked.issuperset(answers):
            for field_id, value in answers.items():
                # Answers to questions a template no longer asks are still the person's.
                if field_id not in self.asked:
                    text = _answer(None, value, words)
                    if text.strip():
                        fields.append((_humanise(field_id), text, "\n" in text))
        return fields


def _plan_name(plan_id: int | None, plan_titles: Mapping[int, str] | None,
               words: Mapping) -> str | None:
    if plan_id is None:
        return None
    return (plan_titles or {}).get(plan_id) or words["plan_gone"]


def export_entry(
    entry: Entry,
    template: Template | None,
    plan_titles: Mapping[int, str] | None = None,
    additions: Sequence[Addition] = (),
    words: Mapping | None = None,
) -> ExportEntry:
    words = words or _words()
    layout = _Layout(template, words)
    when = format_moment(entry.occurred_at, words) if entry.occurred_at else ""
    title = entry.title.strip() or layout.kind_label
    written, changed, added = _record_parts(
        entry.kind, entry.created, entry.updated, additions,
        lambda moment: format_moment(moment, words))
    return ExportEntry(
        id=int(entry.id or 0),
        heading=f"{when} — {title}" if when else title,
        when=when,
        kind_label=layout.kind_label,
        fields=tuple(ExportField(*f) for f in layout.fields(entry.body, entry.fields, words)),
        tags=tuple(entry.tags),
        plan=_plan_name(entry.plan_id, plan_titles, words),
        written=written,
        changed=changed,
        additions=added,
    )


def _record_parts(
    kind: str,
    created: datetime | None,
    updated: datetime | None,
    additions: Sequence[Addition],
    moment: Callable[[datetime], str],
) -> tuple[str, str, tuple[ExportAddition, ...]]:
    """An incident record's first-written date, a later change if any, and its dated
    additions, as an export shows them (nothing for other entries)."""
    if kind != INCIDENT or created is None:
        return "", "", ()
    changed = updated is not None and updated - created > CHANGED_AFTER
    return (
        moment(created),
        moment(updated) if changed and updated is not None else "",
        tuple(ExportAddition(moment(a.written), addition_label(a.kind), a.text)
              for a in additions),
    )


def _additions(journal, entry_ids: Sequence[int] | None) -> dict[int, list[Addition]]:
    """Every addition the export may show, in one read (records are few; additions fewer)."""
    return journal.all_additions() if entry_ids is None else journal.additions_for(entry_ids)


class _Kind(NamedTuple):
    title_key: str
    intro_key: str | None
    count_phrase: str


_ENTRIES = _Kind("entries_title", None, "%n entries")
_TIMELINE = _Kind("timeline_title", "timeline_intro", "%n incidents")


def _head(kind: _Kind, count: int, now: datetime | None, words: Mapping) -> dict:
    count_line = counted(kind.count_phrase, count)
    return {
        "title": words[kind.title_key],
        "warning": words["warning"],
        "intro": words[kind.intro_key] if kind.intro_key else "",
        "exported_on": words["exported_on"].format(
            date=format_moment(now or datetime.now().astimezone(), words)),
        "count_line": count_line,
    }


def _labels(words: Mapping) -> dict[str, str]:
    return {**{k: words[k] for k in ("happened", "tags", "plan", "written", "edited")},
            "additions": addition_words()["heading"]}


def _sources(journal, entry_ids: Sequence[int] | None, timeline: bool) -> Iterator:
    """The rows to export, oldest first (incident records only for a timeline)."""
    rows = journal.export_sources(entry_ids, kind=INCIDENT if timeline else None)
    return (r for r in rows if r.kind == INCIDENT) if timeline else rows


def _document(journal, entry_ids: Sequence[int] | None, kind: _Kind, timeline: bool,
              plan_titles: Mapping[int, str] | None, now: datetime | None) -> ExportDocument:
    words = _words()
    rows = _sources(journal, entry_ids, timeline)
    additions = _additions(journal, entry_ids)
    layouts: dict[str, _Layout] = {}
    entries = []
    for row in rows:
        layout = layouts.get(row.kind)
        if layout is None:
            layout = layouts[row.kind] = _Layout(journal.template(row.kind), words)
        when = format_moment(row.occurred_at, words)
        written, changed, added = _record_parts(
            row.kind, row.created, row.updated, additions.get(row.id, ()),
            lambda moment: format_moment(moment, words))
        entries.append(ExportEntry(
            id=row.id,
            heading=f"{when} — {row.title.strip() or layout.kind_label}",
            when=when,
            kind_label=layout.kind_label,
            fields=tuple(ExportField(*f) for f in layout.fields(row.body, row.fields, words)),
            tags=row.tags,
            plan=_plan_name(row.plan_id, plan_titles, words),
            written=written,
            changed=changed,
            additions=added,
        ))
    return ExportDocument(**_head(kind, len(entries), now, words), entries=tuple(entries),
                          labels=_labels(words))


def entries_document(
    journal,
    entry_ids: Sequence[int] | None = None,
    plan_titles: Mapping[int, str] | None = None,
    now: datetime | None = None,
) -> ExportDocument:
    """The chosen entries (or every entry outside the trash), oldest first."""
    return _document(journal, entry_ids, _ENTRIES, False, plan_titles, now)


def incident_timeline(
    journal,
    entry_ids: Sequence[int] | None = None,
    plan_titles: Mapping[int, str] | None = None,
    now: datetime | None = None,
) -> ExportDocument:
    """Incident records in the order they happened, for a union rep, HR or an adviser.

    Only incident records are included, whatever else is selected.
    """
    return _document(journal, entry_ids, _TIMELINE, True, plan_titles, now)


def _head_lines(timeline: bool, count: int, now: datetime | None, words: Mapping
                ) -> list[str]:
    head = _head(_TIMELINE if timeline else _ENTRIES, count, now, words)
    return _head_markdown(head["title"], head["warning"], head["exported_on"],
                          head["count_line"], head["intro"])


_BATCH = 500  # entries per piece of an export (and between checks for a stop request)


def _entry_batches(
    journal,
    entry_ids: Sequence[int] | None,
    timeline: bool,
    plan_titles: Mapping[int, str] | None,
    check: Callable[[], None] | None,
    words: Mapping,
) -> Iterator[list[str]]:
    """Each entry's Markdown, oldest first, a few hundred entries at a time (so a long
    export never holds more than that). `check()` runs between batches."""
    batch: list[str] = []
    add = _EntryMarkdown(batch, _labels(words))
    layouts: dict[str, _Layout] = {}
    moment = _Moments(words)
    additions = _additions(journal, entry_ids)
    no_additions: tuple[Addition, ...] = ()
    for row in _sources(journal, entry_ids, timeline):
        if len(batch) == _BATCH:
            yield batch
            batch = add.lines = []
        if check is not None and not batch:
            check()
        layout = layouts.get(row.kind)
        if layout is None:
            layout = layouts[row.kind] = _Layout(journal.template(row.kind), words)
        when = moment(row.occurred_at)
        plan_id = row.plan_id
        add(f"{when} — {row.title.strip() or layout.kind_label}", layout.kind_label, when,
            None if plan_id is None else _plan_name(plan_id, plan_titles, words), row.tags,
            layout.fields(row.body, row.fields, words),
            *_record_parts(row.kind, row.created, row.updated,
                           additions.get(row.id, no_additions), moment))
    if batch:
        yield batch


def export_markdown(
    journal,
    entry_ids: Sequence[int] | None = None,
    timeline: bool = False,
    plan_titles: Mapping[int, str] | None = None,
    now: datetime | None = None,
    check: Callable[[], None] | None = None,
) -> tuple[str, int]:
    """The Markdown of `entries_document(...)` (or `incident_timeline`) and its count,
    made straight from the rows. `check()` runs every so often (to stop on request)."""
    words = _words()
    body: list[str] = []
    for batch in _entry_batches(journal, entry_ids, timeline, plan_titles, check, words):
        body += batch
    # The heading says how many entries follow, so it is written once they are counted.
    return _finish(_head_lines(timeline, len(body), now, words) + body), len(body)


class _CountChanged(Exception):
    """Entries were added or removed while an export was being written."""


def write_export_markdown(
    path: Path,
    journal,
    entry_ids: Sequence[int] | None = None,
    timeline: bool = False,
    plan_titles: Mapping[int, str] | None = None,
    now: datetime | None = None,
    check: Callable[[], None] | None = None,
) -> int:
    """Write `export_markdown(...)`'s file as it is made, a batch of entries at a time
    (memory stays flat however long the journal), and return how many entries it holds.

    Only the person can read the file (mode 600); it is staged beside `path` and
    replaces it whole, so a failed or stopped export leaves nothing half-written.
    """
    words = _words()
    expected = journal.export_count(entry_ids, INCIDENT if timeline else None)
    count = 0
    try:
        with atomic_stream(Path(path)) as write:
            # The file is "\n".join(head lines + entries), trimmed at the very end: the
            # last piece written so far is held back until the next one comes.
            held = "\n".join(_head_lines(timeline, expected, now, words))
            for batch in _entry_batches(journal, entry_ids, timeline, plan_titles, check,
                                        words):
                count += len(batch)
                batch.insert(0, held)
                held = batch.pop()
                batch.append("")
                write("\n".join(batch).encode("utf-8", "replace"))
            if count != expected:
                raise _CountChanged()
            write((held.rstrip() + "\n").encode("utf-8", "replace"))
    except _CountChanged:
        # The heading's count would be wrong (an entry was saved or deleted meanwhile):
        # make the file again, counting as it goes. Rare, and never a wrong heading.
        text, count = export_markdown(journal, entry_ids, timeline, plan_titles, now, check)
        write_markdown(Path(path), text)
    return count


def entries_markdown(journal, entry_ids: Sequence[int] | None = None, **kwargs) -> str:
    return export_markdown(journal, entry_ids, **kwargs)[0]


def incident_timeline_markdown(journal, entry_ids: Sequence[int] | None = None, **kwargs) -> str:
    return export_markdown(journal, entry_ids, timeline=True, **kwargs)[0]


def write_markdown(path: Path, text: str) -> None:
    """Write an export the person asked for; only they can read the file (mode 600)."""
    atomic_write(Path(path), text.encode("utf-8", "replace"))
