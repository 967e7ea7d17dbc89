"""The reflective journal: entries, tags, trash, drafts, search and templates.

`JournalRepository(db)` is what `vault.journal` returns. Every write is one
transaction, so an entry or a draft is either saved whole or not at all.

List rows (`page`, `trash`, `search`) never load an entry's full text, and tags come
with each row from a column kept beside the entry, so a list model can fetch pages
of 20,000 entries without extra queries.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from json.scanner import make_scanner
from typing import Any, cast

from disclosure_helper import search as search_text
from disclosure_helper.journal_model import (
    BODY_FIELD,
    CHECKIN,
    INCIDENT,
    MARK_END,
    MARK_START,
    MAX_ADDITION_CHARS,
    MAX_ENTRY_CHARS,
    MAX_TITLE_CHARS,
    OCCURRED_FIELD,
    PLAN_FIELD,
    RATING_FIELDS,
    STRATEGIES_FIELD,
    Addition,
    Draft,
    Entry,
    EntryNotFound,
    EntryQuery,
    EntrySummary,
    EntryTooLarge,
    ExportSource,
    InvalidEntry,
    JournalError,
    RecordKeptAsWritten,
    SearchHit,
    TagCount,
    clean_text,
    clean_value,
    from_stored,
    from_ts,
    normalise_tag,
    normalise_tags,
    now_ts,
    tag_key,
    tag_list,
    text_of,
    to_stored,
)
from disclosure_helper.templates import CHOICE_KINDS, Template, TemplateStore

__all__ = [
    "Addition",
    "Draft",
    "Entry",
    "EntryNotFound",
    "EntryQuery",
    "EntrySummary",
    "EntryTooLarge",
    "InvalidEntry",
    "JournalError",
    "JournalRepository",
    "RecordKeptAsWritten",
    "SearchHit",
    "TagCount",
    "draft_key",
    "entry_from_payload",
    "entry_to_payload",
]

PREVIEW_CHARS = 200
SNIPPET_TOKENS = 14
MAX_PAGE = 500

_SUMMARY_COLUMNS = (
    "e.id, e.kind, e.title, "
    f"CASE WHEN e.body <> '' THEN substr(e.body, 1, {PREVIEW_CHARS}) "
    f"ELSE substr(e.fields_text, 1, {PREVIEW_CHARS}) END, "
    "e.occurred_at, e.utc_offset, e.day, e.tags_text, e.plan_id, "
    "e.mood, e.energy, e.stress, e.deleted_at"
)
_ENTRY_COLUMNS = (
    "id, kind, title, body, fields, tags_text, occurred_at, utc_offset, "
    "created, updated, deleted_at, plan_id"
)
_TAG_SEPARATOR = "\n"


def draft_key(entry_id: int | None = None) -> str:
    """The draft slot for editing an entry, or a fresh one for a new entry."""
    return f"entry:{int(entry_id)}" if entry_id is not None else f"new:{uuid.uuid4().hex}"


def entry_to_payload(entry: Entry) -> dict[str, Any]:
    """An entry as a JSON-safe dict, for `save_draft` from the editor."""
    return {
        "id": entry.id,
        "kind": entry.kind,
        "title": clean_text(entry.title),
        "body": clean_text(entry.body),
        "fields": clean_value(entry.fields or {}),
        "tags": tag_list(entry.tags),
        "occurred_at": entry.occurred_at.isoformat() if entry.occurred_at else None,
        "plan_id": entry.plan_id,
    }


def entry_from_payload(payload: dict[str, Any]) -> Entry:
    """The entry an editor draft describes (the inverse of `entry_to_payload`)."""
    from datetime import datetime

    occurred = payload.get("occurred_at")
    try:
        occurred_at = datetime.fromisoformat(occurred) if occurred else None
    except (TypeError, ValueError):
        occurred_at = None
    return Entry(
        kind=str(payload.get("kind") or "free"),
        title=str(payload.get("title") or ""),
        body=str(payload.get("body") or ""),
        fields=dict(payload.get("fields") or {}),
        tags=_draft_tags(payload.get("tags")),
        occurred_at=occurred_at,
        plan_id=payload.get("plan_id"),
        id=payload.get("id"),
    )


def _draft_tags(raw: Any) -> list[str]:
    # A draft is read back as stored; keep only what can be a tag.
    if isinstance(raw, str):
        return raw.split(",")
    return [t for t in raw if isinstance(t, str)] if isinstance(raw, list) else []


def _preview(text: str) -> str:
    # Most previews have no line breaks or doubled spaces: keep those as they are
    # (isprintable() is False for every whitespace character but the plain space).
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


def _frozen(cls: type, values: dict[str, Any]) -> Any:
    """An instance of a frozen dataclass from every one of its fields' values.

    Skips the generated __init__, which sets each field through object.__setattr__:
    lists build thousands of rows, and that was most of the time to read a page.
    (Only for the plain row classes below: no __post_init__, no slots.)
    """
    row: Any = object.__new__(cls)
    row.__dict__.update(values)
    return row


@lru_cache(maxsize=4096)
def _day(text: str) -> date:
    return date.fromisoformat(text)


# json.loads checks its input in three layers of Python before the C scanner reads it;
# an export decodes every entry's answers, so well-formed ones (all that the journal
# writes) go straight to the scanner and anything else the careful way.
_scan_json = make_scanner(cast(Any, json.JSONDecoder()))  # the one json.loads ends in


def _fields_of(text: str) -> Any:
    """json.loads(text), quicker for the plain JSON objects the journal stores."""
    try:
        value, end = _scan_json(text, 0)
    except StopIteration:
        end = -1
    if end != len(text):
        return json.loads(text)  # stray spaces, extra data, not JSON: as json.loads says
    return value


def _tags_of(tags_text: str) -> tuple[str, ...]:
    return tuple(filter(None, tags_text.split(_TAG_SEPARATOR)))


def _rating(value: Any, name: str) -> int:
    number: int | None = None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, int):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    elif isinstance(value, str) and value.strip().isdecimal():
        number = int(value.strip())
    if number is None or not 1 <= number <= 5:
        raise InvalidEntry("Please pick a number from 1 to 5 for {name}.", name=name)
    return number


class JournalRepository:
    def __init__(self, db) -> None:
        self._db = db
        self._templates = TemplateStore(db)
        self._template_cache: dict[str, Template | None] = {}

    # -- templates -----------------------------------------------------------

    def templates(self, include_retired: bool = False) -> list[Template]:
        """Templates for the 'new entry' picker: built-in ones, then the person's own."""
        return self._templates.all(include_retired=include_retired)

    def template(self, template_id: str) -> Template | None:
        """The template an entry kind refers to (retired own templates included)."""
        if template_id not in self._template_cache:
            self._template_cache[template_id] = self._templates.get(template_id)
        return self._template_cache[template_id]

    def save_template(self, template: Template) -> Template:
        saved = self._templates.save(template)
        self._template_cache.clear()
        return saved

    def delete_template(self, template_id: str) -> None:
        self._templates.delete(template_id)
        self._template_cache.clear()

    # -- writing entries -----------------------------------------------------

    def add(self, entry: Entry, draft_key: str | None = None) -> Entry:
        """Save a new entry; with `draft_key`, its draft goes in the same transaction."""
        with self._db.transaction():
            entry_id, row = self._insert(entry)
            if draft_key is not None:
                self._db.execute("DELETE FROM journal_drafts WHERE key = ?", (draft_key,))
        return self._saved(entry_id, row)

    def add_many(self, entries: Iterable[Entry]) -> list[int]:
        """Save many entries in one transaction (imports, sample data). Returns their ids."""
        with self._db.transaction():
            return [self._insert(entry)[0] for entry in entries]

    def update(self, entry: Entry, draft_key: str | None = None) -> Entry:
        """Save changes to an existing entry (in the trash or not) in one transaction."""
        if entry.id is None:
            raise EntryNotFound()
        self._refuse_rewriting_a_record(int(entry.id))
        row = self._row_values(entry)
        now = now_ts()
        with self._db.transaction():
            tags_text, tag_ids = self._resolve_tags(row.pop("tags"))
            row["tags_text"] = tags_text
            # fetch all, so the UPDATE statement is finished before COMMIT
            returned = self._db.query(
                """
                UPDATE journal_entries SET kind = :kind, title = :title, body = :body,
                    fields = :fields, fields_text = :fields_text, tags_text = :tags_text,
                    occurred_at = :occurred_at, utc_offset = :utc_offset, day = :day,
                    plan_id = :plan_id, mood = :mood, energy = :energy, stress = :stress,
                    strategies = :strategies, updated = :updated
                WHERE id = :id
                RETURNING created, deleted_at
                """,
                {**row, "updated": now, "id": int(entry.id)},
            )
            if not returned:
                raise EntryNotFound()
            stored = returned[0]
            self._link_tags(int(entry.id), tag_ids, replace=True)
            if draft_key is not None:
                self._db.execute("DELETE FROM journal_drafts WHERE key = ?", (draft_key,))
            self._drop_unused_tags()
        row.update(created=stored[0], updated=now, deleted_at=stored[1])
        return self._saved(int(entry.id), row)

    def add_checkin(
        self,
        mood: int,
        energy: int,
        stress: int,
        note: str = "",
        at: datetime | None = None,
        tags: Sequence[str] = (),
    ) -> Entry:
        """A quick check-in: mood, energy and stress from 1 to 5, and an optional line."""
        return self.add(
            Entry(
                kind=CHECKIN,
                body=note,
                fields={"mood": mood, "energy": energy, "stress": stress},
                tags=list(tags),
                occurred_at=at,
            )
        )

    def _insert(self, entry: Entry) -> tuple[int, dict[str, Any]]:
        row = self._row_values(entry)
        now = now_ts()
        tags_text, tag_ids = self._resolve_tags(row.pop("tags"))
        row.update(tags_text=tags_text, created=now, updated=now, deleted_at=None)
        cursor = self._db.execute(
            """
            INSERT INTO journal_entries(kind, title, body, fields, fields_text, tags_text,
                occurred_at, utc_offset, day, plan_id, mood, energy, stress, strategies,
                created, updated)
            VALUES (:kind, :title, :body, :fields, :fields_text, :tags_text, :occurred_at,
                :utc_offset, :day, :plan_id, :mood, :energy, :stress, :strategies, :now, :now)
            """,
            {**row, "now": now},
        )
        entry_id = int(cursor.lastrowid)
        self._link_tags(entry_id, tag_ids, replace=False)
        return entry_id, row

    @staticmethod
    def _saved(entry_id: int, row: dict[str, Any]) -> Entry:
        """The entry just written, from the values written (what `get` would read back)."""
        return Entry(
            id=entry_id,
            kind=row["kind"],
            title=row["title"],
            body=row["body"],
            fields=row["fields_value"],
            tags=list(_tags_of(row["tags_text"])),
            occurred_at=from_stored(row["occurred_at"], row["utc_offset"]),
            created=from_ts(row["created"]),
            updated=from_ts(row["updated"]),
            deleted_at=from_ts(row["deleted_at"]),
            plan_id=row["plan_id"],
        )

    def _row_values(self, entry: Entry) -> dict[str, Any]:
        kind = clean_text(entry.kind).strip()
        template = self.template(kind)
        if template is None:
            raise InvalidEntry("This kind of entry is not known. Please pick a template.")
        title = clean_text(entry.title)
        if len(title) > MAX_TITLE_CHARS:
            raise InvalidEntry(
                "A title can be up to {limit} characters. The rest could go in the main text.",
                limit=MAX_TITLE_CHARS,
            )
        body = clean_text(entry.body)
        if not isinstance(entry.fields, dict):
            raise InvalidEntry()
        fields = clean_value(entry.fields)
        for special in (BODY_FIELD, OCCURRED_FIELD, PLAN_FIELD):
            fields.pop(special, None)  # these live in the entry's own columns
        ratings: dict[str, int | None] = dict.fromkeys(RATING_FIELDS)
        if kind == CHECKIN:
            for name in RATING_FIELDS:
                ratings[name] = fields[name] = _rating(fields.get(name), name)
        picked = fields.get(STRATEGIES_FIELD)
        strategies = (
            json.dumps([clean_text(p) for p in picked], ensure_ascii=False)
            if isinstance(picked, list) and picked
            else None
        )
        fields_json = json.dumps(fields, ensure_ascii=False)
        fields_text = "\n".join(self._field_texts(template, fields))
        if len(title) + len(body) + len(fields_json) + len(fields_text) > MAX_ENTRY_CHARS:
            raise EntryTooLarge()
        occurred_at, utc_offset, day = to_stored(entry.occurred_at)
        plan_id = entry.plan_id
        if plan_id is not None:
            if isinstance(plan_id, bool) or not isinstance(plan_id, int):
                raise InvalidEntry("The linked plan could not be found. Please pick it again.")
        return {
            "kind": kind,
            "title": title,
            "body": body,
            "fields": fields_json,
            "fields_value": fields,
            "fields_text": fields_text,
            "tags": normalise_tags(entry.tags),
            "occurred_at": occurred_at,
            "utc_offset": utc_offset,
            "day": day,
            "plan_id": plan_id,
            "strategies": strategies,
            **ratings,
        }

    @staticmethod
    def _field_texts(template: Template, fields: dict[str, Any]) -> list[str]:
        """The words of every answer, with picked options as their labels, for search."""
        texts: list[str] = []
        for field_id, value in fields.items():
            spec = template.field(field_id)
            if spec is not None and spec.kind in CHOICE_KINDS:
                picked = value if isinstance(value, list) else [value]
                texts.extend(spec.option_label(v) for v in picked if isinstance(v, str) and v)
            elif spec is not None and spec.kind in ("rating", "datetime", "plan-link"):
                continue
            else:
                texts.extend(text_of(value))
        return texts

    def _resolve_tags(self, names: list[str]) -> tuple[str, list[int]]:
        """Tag ids for `names`, creating new tags; the first spelling of a tag wins."""
        shown: list[str] = []
        ids: list[int] = []
        for name in names:
            key = tag_key(name)
            row = self._db.query_one("SELECT id, name FROM journal_tags WHERE norm = ?", (key,))
            if row is None:
                cursor = self._db.execute(
                    "INSERT INTO journal_tags(name, norm) VALUES (?, ?)", (name, key)
                )
                row = (cursor.lastrowid, name)
            tag_id, canonical = row
            ids.append(int(tag_id))
            shown.append(canonical)
        return _TAG_SEPARATOR.join(shown), ids

    def _link_tags(self, entry_id: int, tag_ids: list[int], replace: bool) -> None:
        if replace:
            self._db.execute("DELETE FROM journal_entry_tags WHERE entry_id = ?", (entry_id,))
        if tag_ids:
            self._db.executemany(
                "INSERT OR IGNORE INTO journal_entry_tags(entry_id, tag_id) VALUES (?, ?)",
                [(entry_id, tag_id) for tag_id in tag_ids],
            )

    def _drop_unused_tags(self) -> None:
        self._db.execute(
            "DELETE FROM journal_tags WHERE NOT EXISTS "
            "(SELECT 1 FROM journal_entry_tags et WHERE et.tag_id = journal_tags.id)"
        )

    # -- reading entries -----------------------------------------------------

    def get(self, entry_id: int) -> Entry:
        row = self._db.query_one(
            f"SELECT {_ENTRY_COLUMNS} FROM journal_entries WHERE id = ?", (int(entry_id),)
        )
        if row is None:
            raise EntryNotFound()
        return self._entry(row)

    def get_many(self, entry_ids: Sequence[int]) -> list[Entry]:
        """Whole entries in the order asked for; ids that no longer exist are skipped."""
        found: dict[int, Entry] = {}
        ids = [int(i) for i in entry_ids]
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self._db.query(
                f"SELECT {_ENTRY_COLUMNS} FROM journal_entries WHERE id IN ({marks})", chunk
            ):
                found[row[0]] = self._entry(row)
        return [found[i] for i in ids if i in found]

    def export_sources(self, entry_ids: Sequence[int] | None = None,
                       kind: str | None = None) -> Iterator[ExportSource]:
        """What an export shows of each entry, oldest first: the chosen entries, or every
        entry outside the trash (only of `kind`, if given).

        Read a thousand at a time, so an export of years of writing never holds every
        entry in memory at once (nor makes Python's garbage collector walk them all).
        """
        columns = ("id, kind, title, body, fields, tags_text, occurred_at, utc_offset, plan_id, "
                   "created, updated")
        if entry_ids is None:
            where = "e.deleted_at IS NULL" + (" AND e.kind = ?" if kind else "")
            params: list[Any] = [kind] if kind else []
            after: list[Any] = []
            while True:
                rows = self._db.query(
                    f"SELECT {columns} FROM journal_entries e WHERE {where}"
                    f"{' AND (e.occurred_at, e.id) > (?, ?)' if after else ''} "
                    "ORDER BY e.occurred_at, e.id LIMIT 1000", [*params, *after])
                if not rows:
                    return
                yield from self._export_rows(rows)
                after = [rows[-1][6], rows[-1][0]]
        order = sorted(self._in_chunks(
            "SELECT occurred_at, id FROM journal_entries WHERE id IN ({marks})", entry_ids))
        ids = [entry_id for _when, entry_id in order]
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            found = {row[0]: row for row in self._in_chunks(
                f"SELECT {columns} FROM journal_entries WHERE id IN ({{marks}})", chunk)}
            yield from self._export_rows([found[i] for i in chunk if i in found])

    def export_count(self, entry_ids: Sequence[int] | None = None,
                     kind: str | None = None) -> int:
        """How many entries `export_sources(entry_ids, kind)` gives (one quick count: an
        export's heading says it before the entries are read)."""
        only = "kind = ? AND " if kind else ""
        params = [kind] if kind else []
        if entry_ids is None:
            return int(self._db.scalar(
                f"SELECT count(*) FROM journal_entries WHERE {only}deleted_at IS NULL", params))
        return sum(row[0] for row in self._in_chunks(
            f"SELECT count(*) FROM journal_entries WHERE {only}id IN ({{marks}})",
            sorted(set(entry_ids)), params))

    @staticmethod
    def _export_rows(rows: list[tuple]) -> Iterator[ExportSource]:
        # One tight loop: an export reads every entry, and each call saved per row shows.
        loads, new, fromtimestamp = _fields_of, tuple.__new__, datetime.fromtimestamp
        zones: dict[int, timezone] = {}
        for (entry_id, kind, title, body, fields, tags_text, occurred_at, utc_offset,
             plan_id, created, updated) in rows:
            zone = zones.get(utc_offset)
            if zone is None:
                zone = zones[utc_offset] = timezone(timedelta(minutes=utc_offset))
            # Only an incident record says when it was written and changed: the local
            # time of every other entry's saves would be worked out for nothing.
            if kind == INCIDENT:
                created, updated = from_ts(created), from_ts(updated)
            else:
                created = updated = None
            yield new(ExportSource, (
                entry_id, kind, title, body, loads(fields),
                tuple(filter(None, tags_text.split(_TAG_SEPARATOR))) if tags_text else (),
                fromtimestamp(occurred_at, zone), plan_id, created, updated))

    @staticmethod
    def _entry(row: tuple) -> Entry:
        (entry_id, kind, title, body, fields, tags_text, occurred_at, utc_offset,
         created, updated, deleted_at, plan_id) = row
        return Entry(
            id=entry_id,
            kind=kind,
            title=title,
            body=body,
            fields=json.loads(fields),
            tags=list(_tags_of(tags_text)),
            occurred_at=from_stored(occurred_at, utc_offset),
            created=from_ts(created),
            updated=from_ts(updated),
            deleted_at=from_ts(deleted_at),
            plan_id=plan_id,
        )

    @staticmethod
    def _summary(row: tuple) -> EntrySummary:
        return JournalRepository._summaries([row])[0]

    @staticmethod
    def _summaries(rows: list[tuple]) -> list[EntrySummary]:
        """Timeline rows from `_SUMMARY_COLUMNS`, built in one tight loop (a list reads
        thousands of these; every call saved per row shows)."""
        out: list[EntrySummary] = []
        append, new, fromtimestamp = out.append, tuple.__new__, datetime.fromtimestamp
        zones: dict[int, timezone] = {}
        days: dict[str, date] = {}  # a page holds a few days, each read from text once
        for (entry_id, kind, title, preview, occurred_at, utc_offset, day, tags_text,
             plan_id, mood, energy, stress, deleted_at) in rows:
            zone = zones.get(utc_offset)
            if zone is None:
                zone = zones[utc_offset] = timezone(timedelta(minutes=utc_offset))
            on = days.get(day)
            if on is None:
                on = days[day] = _day(day)
            # _preview's test, made here: most previews are kept as they are.
            if (not preview.isprintable() or "  " in preview or preview[:1] == " "
                    or preview[-1:] == " "):
                preview = _preview(preview)
            append(new(EntrySummary, (
                entry_id, kind, title, preview, fromtimestamp(occurred_at, zone), on,
                tuple(filter(None, tags_text.split(_TAG_SEPARATOR))) if tags_text else (),
                plan_id, mood, energy, stress,
                None if deleted_at is None else from_ts(deleted_at))))
        return out

    @staticmethod
    def _where(query: EntryQuery | None, ordered: bool = True) -> tuple[str, list[Any]]:
        """SQL conditions on alias `e` for a filter; always leaves trashed entries out.

        `ordered` is for queries that walk entries newest first (pages, ids, search):
        dates then bound the timeline index by time. Counts and per-day totals pass
        False and bound the day index by day alone, which it answers without reading
        a single entry.
        """
        query = query or EntryQuery()
        clauses = ["e.deleted_at IS NULL"]
        params: list[Any] = []
        if query.kinds:
            clauses.append(f"e.kind IN ({','.join('?' * len(query.kinds))})")
            params.extend(query.kinds)
        for tag in query.tags:
            # "+e.id": check membership while walking the timeline index in order,
            # instead of fetching every tagged entry and sorting them.
            clauses.append(
                "+e.id IN (SELECT et.entry_id FROM journal_entry_tags et WHERE et.tag_id = "
                "(SELECT t.id FROM journal_tags t WHERE t.norm = ?))"
            )
            params.append(tag_key(normalise_tag(tag)))
        # Days are the writer's own calendar days. Walking in time order, the looser
        # time bounds (no clock is more than a day from UTC) let the timeline index do
        # the range, and "+" keeps the day index (which has no times) out of it.
        day = "+e.day" if ordered else "e.day"
        if query.date_from is not None:
            if ordered:
                clauses.append(f"{day} >= ? AND e.occurred_at >= ?")
                params += [query.date_from.isoformat(), _day_seconds(query.date_from, -1)]
            else:
                clauses.append(f"{day} >= ?")
                params.append(query.date_from.isoformat())
        if query.date_to is not None:
            if ordered:
                clauses.append(f"{day} <= ? AND e.occurred_at < ?")
                params += [query.date_to.isoformat(), _day_seconds(query.date_to, 2)]
            else:
                clauses.append(f"{day} <= ?")
                params.append(query.date_to.isoformat())
        if query.plan_id is not None:
            clauses.append("e.plan_id = ?")
            params.append(int(query.plan_id))
        return " AND ".join(clauses), params

    @staticmethod
    def _after(after: EntrySummary | SearchHit | None) -> tuple[str, list[Any]]:
        """Rows strictly older than `after` in timeline order (keyset paging)."""
        if after is None:
            return "", []
        return " AND (e.occurred_at, e.id) < (?, ?)", [
            int(after.occurred_at.timestamp()), int(after.id)]

    def count(self, query: EntryQuery | None = None) -> int:
        """How many entries (not in the trash) match the filters."""
        where, params = self._where(query, ordered=False)
        return int(self._db.scalar(f"SELECT count(*) FROM journal_entries e WHERE {where}", params))

    def page(
        self,
        query: EntryQuery | None = None,
        offset: int = 0,
        limit: int = 100,
        after: EntrySummary | SearchHit | None = None,
    ) -> list[EntrySummary]:
        """Rows for the timeline, newest first (by when it happened).

        With `after` (the last row of the previous page), the page starts just after
        it: as fast deep in the timeline as at the top, unlike a large `offset`.
        """
        where, params = self._where(query)
        keyset, keys = self._after(after)
        rows = self._db.query(
            f"SELECT {_SUMMARY_COLUMNS} FROM journal_entries e WHERE {where}{keyset} "
            "ORDER BY e.occurred_at DESC, e.id DESC LIMIT ? OFFSET ?",
            [*params, *keys, _limit(limit), max(0, int(offset))],
        )
        return self._summaries(rows)

    def summaries(self, entry_ids: Sequence[int]) -> list[EntrySummary]:
        """Timeline rows for these entries, in the order asked (missing ones skipped)."""
        found = {
            row.id: row
            for row in self._summaries(self._in_chunks(
                f"SELECT {_SUMMARY_COLUMNS} FROM journal_entries e WHERE e.id IN ({{marks}})",
                entry_ids))
        }
        return [found[i] for i in map(int, entry_ids) if i in found]

    def _in_chunks(self, sql: str, ids: Sequence[int], params: Sequence[Any] = ()
                   ) -> list[tuple]:
        """Run `sql` (with `{marks}` for the id list) over ids in SQLite-sized chunks."""
        ids = [int(i) for i in ids]
        rows: list[tuple] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows += self._db.query(sql.format(marks=",".join("?" * len(chunk))),
                                   [*params, *chunk])
        return rows

    def ids(self, query: EntryQuery | None = None) -> list[int]:
        """Ids of every matching entry, newest first (for 'select all' and export)."""
        where, params = self._where(query)
        rows = self._db.query(
            f"SELECT e.id FROM journal_entries e WHERE {where} "
            "ORDER BY e.occurred_at DESC, e.id DESC",
            params,
        )
        return [row[0] for row in rows]

    def day_counts(self, query: EntryQuery | None = None) -> list[tuple[date, int]]:
        """(day, number of entries) newest first: the headings of a timeline grouped by day."""
        where, params = self._where(query, ordered=False)
        rows = self._db.query(
            f"SELECT e.day, count(*) FROM journal_entries e WHERE {where} "
            "GROUP BY e.day ORDER BY e.day DESC",
            params,
        )
        return [(date.fromisoformat(day), int(n)) for day, n in rows]

    # -- search --------------------------------------------------------------

    def search(
        self,
        text: str,
        query: EntryQuery | None = None,
        limit: int = 50,
        offset: int = 0,
        order: str = "relevance",
        after: SearchHit | EntrySummary | None = None,
    ) -> list[SearchHit]:
        """Entries whose title, text, answers or tags hold every word typed.

        Any text is accepted. Matches in `title` and `snippet` are wrapped in
        MARK_START (\\x02) and MARK_END (\\x03); see SearchHit.snippet_parts/_html.
        `order` is "relevance" (best first) or "newest"; with "newest", `after` (the
        last hit of the previous page) continues from there, like `page`.
        """
        match = search_text.match_expression(text)
        if match is None:
            return []
        if order == "newest":
            return self._hits(match, self._newest_ids(match, query, limit, offset, after))
        where, params = self._where(query)
        select = (
            "SELECT e.id, e.kind, "
            f"highlight(journal_fts, 0, '{MARK_START}', '{MARK_END}'), "
            f"snippet(journal_fts, -1, '{MARK_START}', '{MARK_END}', '…', {SNIPPET_TOKENS}), "
            "e.occurred_at, e.utc_offset, e.day, e.tags_text, e.plan_id, "
            "e.mood, e.energy, e.stress "
            "FROM journal_fts JOIN journal_entries e ON e.id = journal_fts.rowid "
            f"WHERE journal_fts MATCH ? AND {where}"
        )
        # FTS5 sorts by its configured rank itself, so snippets stop at the limit.
        rows = self._run_search(
            f"{select} ORDER BY journal_fts.rank LIMIT ? OFFSET ?",
            [match, *params, _limit(limit), max(0, int(offset))],
        )
        return [
            SearchHit(
                id=r[0],
                kind=r[1],
                title=r[2],
                snippet=_preview(r[3]),
                occurred_at=from_stored(r[4], r[5]),
                day=date.fromisoformat(r[6]),
                tags=_tags_of(r[7]),
                plan_id=r[8],
                mood=r[9],
                energy=r[10],
                stress=r[11],
            )
            for r in rows
        ]

    # Newest-first search never sorts the hits and never joins every hit to its entry:
    # it walks the timeline index (newest first, trash already left out, filters read
    # from the index) and checks each entry against the set of matching rowids, which
    # FTS5 builds once from its index alone. It stops at the page's last row. Snippets
    # are then made for the rows on the page only.
    _MATCHING = "+e.id IN (SELECT rowid FROM journal_fts WHERE journal_fts MATCH ?)"

    def _newest_ids(self, match: str, query: EntryQuery | None, limit: int, offset: int,
                    after: SearchHit | EntrySummary | None) -> list[int]:
        where, params = self._where(query)
        keyset, keys = self._after(after)
        rows = self._run_search(
            f"SELECT e.id FROM journal_entries e WHERE {where} AND {self._MATCHING}{keyset} "
            "ORDER BY e.occurred_at DESC, e.id DESC LIMIT ? OFFSET ?",
            [*params, match, *keys, _limit(limit), max(0, int(offset))],
        )
        return [row[0] for row in rows]

    def search_hits(self, text: str, entry_ids: Sequence[int]) -> list[SearchHit]:
        """Hits for these entries (in the order given), highlighted for `text`.

        For showing again rows a list let go of; ids that no longer match are skipped.
        """
        match = search_text.match_expression(text)
        return [] if match is None else self._hits(match, list(entry_ids))

    def _hits(self, match: str, ids: list[int]) -> list[SearchHit]:
        if not ids:
            return []
        ids = [int(i) for i in ids[:MAX_PAGE]]
        marks = ",".join("?" * len(ids))
        rows = {
            r[0]: r
            for r in self._db.query(
                "SELECT e.id, e.kind, e.occurred_at, e.utc_offset, e.day, e.tags_text, "
                f"e.plan_id, e.mood, e.energy, e.stress FROM journal_entries e "
                f"WHERE e.id IN ({marks}) AND e.deleted_at IS NULL",
                ids,
            )
        }
        # One pass over the match, bounded to the page's rowids: FTS5 seeks its doclists
        # to the range, and highlights only the rows that pass the id check.
        marked = {
            r[0]: r
            for r in self._run_search(
                f"SELECT rowid, highlight(journal_fts, 0, '{MARK_START}', '{MARK_END}'), "
                f"snippet(journal_fts, -1, '{MARK_START}', '{MARK_END}', '…', "
                f"{SNIPPET_TOKENS}) FROM journal_fts WHERE journal_fts MATCH ? "
                f"AND rowid BETWEEN ? AND ? AND +rowid IN ({marks})",
                [match, min(ids), max(ids), *ids],
            )
        }
        hits = []
        for entry_id in ids:
            row, marks_row = rows.get(entry_id), marked.get(entry_id)
            if row is None or marks_row is None:
                continue  # changed since the page was picked
            hits.append(_frozen(SearchHit, {
                "id": entry_id,
                "kind": row[1],
                "title": marks_row[1],
                "snippet": _preview(marks_row[2]),
                "occurred_at": from_stored(row[2], row[3]),
                "day": _day(row[4]),
                "tags": _tags_of(row[5]),
                "plan_id": row[6],
                "mood": row[7],
                "energy": row[8],
                "stress": row[9],
            }))
        return hits

    def search_ids(self, text: str, query: EntryQuery | None = None,
                   limit: int | None = None) -> list[int]:
        """Ids of every entry the search finds, newest first (for export)."""
        match = search_text.match_expression(text)
        if match is None:
            return []
        where, params = self._where(query)
        cap = "" if limit is None else f" LIMIT {max(0, int(limit))}"
        rows = self._run_search(
            f"SELECT e.id FROM journal_entries e WHERE {where} AND {self._MATCHING} "
            f"ORDER BY e.occurred_at DESC, e.id DESC{cap}",
            [*params, match],
        )
        return [row[0] for row in rows]

    def search_count(self, text: str, query: EntryQuery | None = None) -> int:
        """How many entries the search finds (exact; no entry row is read)."""
        match = search_text.match_expression(text)
        if match is None:
            return 0
        if query is None or query == EntryQuery():
            # The trash is small and indexed: one set of its ids, no join per hit.
            rows = self._run_search(
                "SELECT count(*) FROM journal_fts WHERE journal_fts MATCH ? AND rowid NOT IN "
                "(SELECT id FROM journal_entries WHERE deleted_at IS NOT NULL)",
                [match],
            )
        else:
            where, params = self._where(query, ordered=False)
            rows = self._run_search(
                f"SELECT count(*) FROM journal_entries e WHERE {where} AND {self._MATCHING}",
                [*params, match],
            )
        return int(rows[0][0])

    def _run_search(self, sql: str, params: list[Any]) -> list[tuple]:
        try:
            return self._db.query(sql, params)
        except JournalError:
            raise
        except Exception as exc:
            # The query builder makes syntax errors impossible; if SQLite still refuses
            # (say, a tokenizer corner case), the person sees no results, not a crash.
            if "fts5" in str(exc).lower() or "syntax" in str(exc).lower():
                return [(0,)] if sql.startswith("SELECT count(") else []
            raise

    # -- tags ----------------------------------------------------------------

    def tags(self) -> list[TagCount]:
        """Every tag in use outside the trash, most used first."""
        # The trash is small and indexed, so leaving it out never reads an entry row.
        rows = self._db.query(
            "SELECT t.name, count(*) AS n FROM journal_entry_tags et "
            "JOIN journal_tags t ON t.id = et.tag_id "
            "WHERE et.entry_id NOT IN "
            "(SELECT id FROM journal_entries WHERE deleted_at IS NOT NULL) "
            "GROUP BY t.id ORDER BY n DESC, t.norm"
        )
        return [TagCount(name, int(n)) for name, n in rows]

    def complete_tags(self, prefix: str, limit: int = 10) -> list[str]:
        """Tag completion: tags starting with `prefix` first, then ones containing it."""
        key = tag_key(normalise_tag(prefix))
        names = [t.name for t in self.tags()]
        if not key:
            return names[:limit]
        starts = [n for n in names if tag_key(n).startswith(key)]
        contains = [n for n in names if key in tag_key(n) and n not in starts]
        return (starts + contains)[: max(0, limit)]

    # -- trash ---------------------------------------------------------------

    def delete(self, entry_id: int) -> None:
        """Move an entry to the trash. It can be restored until the trash is emptied."""
        self.delete_many([entry_id])

    def delete_many(self, entry_ids: Sequence[int]) -> None:
        now = now_ts()
        with self._db.transaction():
            self._db.executemany(
                "UPDATE journal_entries SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL",
                [(now, int(i)) for i in entry_ids],
            )

    def restore(self, entry_id: int) -> Entry:
        with self._db.transaction():
            cursor = self._db.execute(
                "UPDATE journal_entries SET deleted_at = NULL WHERE id = ?", (int(entry_id),)
            )
            if cursor.rowcount == 0:
                raise EntryNotFound()
        return self.get(entry_id)

    def trash(self, offset: int = 0, limit: int = 100) -> list[EntrySummary]:
        """Entries in the trash, most recently deleted first."""
        rows = self._db.query(
            f"SELECT {_SUMMARY_COLUMNS} FROM journal_entries e WHERE e.deleted_at IS NOT NULL "
            "ORDER BY e.deleted_at DESC, e.id DESC LIMIT ? OFFSET ?",
            (_limit(limit), max(0, int(offset))),
        )
        return self._summaries(rows)

    def trash_count(self) -> int:
        return int(
            self._db.scalar("SELECT count(*) FROM journal_entries WHERE deleted_at IS NOT NULL")
        )

    def empty_trash(self, entry_ids: Sequence[int] | None = None) -> int:
        """Delete entries in the trash for good (all, or only `entry_ids`). Returns how many.

        Their drafts go too, and nothing of them stays in the vault file. This rewrites
        the search index, which takes about a second with 20,000 entries: call it off
        the GUI thread.
        """
        with self._db.transaction():
            if entry_ids is None:
                ids = [r[0] for r in self._db.query(
                    "SELECT id FROM journal_entries WHERE deleted_at IS NOT NULL")]
            else:
                ids = [int(i) for i in entry_ids]
            removed = 0
            for entry_id in ids:
                cursor = self._db.execute(
                    "DELETE FROM journal_entries WHERE id = ? AND deleted_at IS NOT NULL",
                    (entry_id,),
                )
                if cursor.rowcount:
                    removed += 1
                    self._db.execute(
                        "DELETE FROM journal_drafts WHERE entry_id = ?", (entry_id,)
                    )
            if removed:
                self._drop_unused_tags()
                # Rewrites the index without the removed entries (and old versions of
                # edited ones); secure_delete then zeroes the pages they were on.
                self._db.execute("INSERT INTO journal_fts(journal_fts) VALUES('optimize')")
        if removed:
            self._db.checkpoint()
        return removed

    # -- incident records: kept as written, with dated additions -------------------

    def _refuse_rewriting_a_record(self, entry_id: int) -> None:
        kind = self._db.scalar("SELECT kind FROM journal_entries WHERE id = ?", (entry_id,))
        if kind == INCIDENT:
            raise RecordKeptAsWritten()

    def add_addition(
        self, entry_id: int, text: str, kind: str = "more", at: datetime | None = None
    ) -> Addition:
        """Add to an incident record, dated; the record itself stays as first written.

        The words join the record's search text, so a search finds them too.
        """
        words = clean_text(text).strip()
        if not words:
            raise InvalidEntry("Please write something to add, or go back without adding.")
        if len(words) > MAX_ADDITION_CHARS:
            raise EntryTooLarge()
        kind = clean_text(kind).strip()[:40] or "more"
        written, utc_offset, _day = to_stored(at)
        with self._db.transaction():
            row = self._db.query_one(
                "SELECT kind, deleted_at FROM journal_entries WHERE id = ?", (int(entry_id),))
            if row is None:
                raise EntryNotFound()
            if row[0] != INCIDENT:
                raise InvalidEntry("Only incident records take dated additions.")
            if row[1] is not None:
                raise InvalidEntry("This record is in the trash. Restore it to add to it.")
            cursor = self._db.execute(
                "INSERT INTO journal_additions(entry_id, kind, text, written, utc_offset) "
                "VALUES (?, ?, ?, ?, ?)",
                (int(entry_id), kind, words, written, utc_offset),
            )
            self._db.execute(
                "UPDATE journal_entries SET fields_text = fields_text || ? WHERE id = ?",
                ("\n" + words, int(entry_id)),
            )
            addition_id = int(cursor.lastrowid)
        return Addition(addition_id, int(entry_id), kind, words,
                        from_stored(written, utc_offset))

    def additions(self, entry_id: int) -> list[Addition]:
        """An incident record's additions, oldest first."""
        return self.additions_for([entry_id]).get(int(entry_id), [])

    def all_additions(self) -> dict[int, list[Addition]]:
        """Every record's additions, oldest first (for an export of the whole journal)."""
        found: dict[int, list[Addition]] = {}
        for row in self._db.query(
            "SELECT id, entry_id, kind, text, written, utc_offset FROM journal_additions "
            "ORDER BY written, id"
        ):
            found.setdefault(row[1], []).append(
                Addition(row[0], row[1], row[2], row[3], from_stored(row[4], row[5])))
        return found

    def additions_for(self, entry_ids: Sequence[int]) -> dict[int, list[Addition]]:
        """Additions for many records at once (for exports), oldest first."""
        found: dict[int, list[Addition]] = {}
        ids = [int(i) for i in entry_ids]
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self._db.query(
                "SELECT id, entry_id, kind, text, written, utc_offset FROM journal_additions "
                f"WHERE entry_id IN ({marks}) ORDER BY written, id",
                chunk,
            ):
                found.setdefault(row[1], []).append(
                    Addition(row[0], row[1], row[2], row[3], from_stored(row[4], row[5])))
        return found

    def set_tags(self, entry_id: int, tags: Sequence[str]) -> Entry:
        """Change only an entry's tags (how a kept incident record is filed)."""
        names = normalise_tags(list(tags))
        with self._db.transaction():
            if self._db.scalar("SELECT 1 FROM journal_entries WHERE id = ?",
                               (int(entry_id),)) is None:
                raise EntryNotFound()
            tags_text, tag_ids = self._resolve_tags(names)
            self._db.execute("UPDATE journal_entries SET tags_text = ? WHERE id = ?",
                             (tags_text, int(entry_id)))
            self._link_tags(int(entry_id), tag_ids, replace=True)
            self._drop_unused_tags()
        return self.get(entry_id)

    # -- drafts --------------------------------------------------------------

    def save_draft(
        self, key: str, payload: dict[str, Any] | Entry, entry_id: int | None = None
    ) -> int:
        """Store the editor's state under `key` (one transaction); returns its revision.

        Once this returns, the draft survives a crash, a power cut or the vault locking.
        """
        if isinstance(payload, Entry):
            entry_id = payload.id if entry_id is None else entry_id
            payload = entry_to_payload(payload)
        if not isinstance(payload, dict):
            raise InvalidEntry()
        key = clean_text(key)
        if not key:
            raise InvalidEntry()
        data = json.dumps(clean_value(payload), ensure_ascii=False)
        if len(data) > MAX_ENTRY_CHARS + 100_000:
            raise EntryTooLarge()
        if entry_id is None and key.startswith("entry:"):
            try:
                entry_id = int(key[len("entry:") :])
            except ValueError:
                entry_id = None
        with self._db.transaction():
            self._db.execute(
                """
                INSERT INTO journal_drafts(key, entry_id, payload, revision, updated)
                VALUES (?, ?, ?, 1, ?)
                ON CONFLICT(key) DO UPDATE SET payload = excluded.payload,
                    entry_id = excluded.entry_id, revision = revision + 1,
                    updated = excluded.updated
                """,
                (key, entry_id, data, now_ts()),
            )
            revision = self._db.scalar(
                "SELECT revision FROM journal_drafts WHERE key = ?", (key,)
            )
        return int(revision)

    def save_checkin_draft(
        self,
        note: str,
        ratings: Mapping[str, int | None],
        key: str | None = None,
    ) -> str | None:
        """Keep a check-in that was started but not saved (the vault is about to lock) as a
        draft, so it comes back under "Unfinished writing". Ratings not picked yet are left
        out; nothing is kept when nothing was given. Returns the draft's key, or None."""
        fields = {name: value for name, value in ratings.items() if value is not None}
        if not note and not fields:
            return None
        key = key or draft_key()
        self.save_draft(key, {"kind": CHECKIN, "body": note, "fields": fields})
        return key

    def load_draft(self, key: str) -> Draft | None:
        row = self._db.query_one(
            "SELECT key, payload, revision, updated, entry_id FROM journal_drafts WHERE key = ?",
            (clean_text(key),),
        )
        return None if row is None else _draft(row)

    def drafts(self) -> list[Draft]:
        """Every unsaved draft, newest first: offer these back after a crash or lock."""
        rows = self._db.query(
            "SELECT key, payload, revision, updated, entry_id FROM journal_drafts "
            "ORDER BY updated DESC, key"
        )
        return [_draft(row) for row in rows]

    def discard_draft(self, key: str) -> None:
        with self._db.transaction():
            self._db.execute("DELETE FROM journal_drafts WHERE key = ?", (clean_text(key),))


def _draft(row: tuple) -> Draft:
    key, payload, revision, updated, entry_id = row
    return Draft(
        key=key,
        payload=json.loads(payload),
        revision=int(revision),
        updated=from_ts(updated),  # type: ignore[arg-type]
        entry_id=entry_id,
    )


def _day_seconds(day: date, shift_days: int) -> int:
    moment = datetime(day.year, day.month, day.day, tzinfo=timezone.utc)
    try:
        moment += timedelta(days=shift_days)
    except OverflowError:
        return -(2**62) if shift_days < 0 else 2**62
    return int(moment.timestamp())


def _limit(limit: int) -> int:
    return max(0, min(int(limit), MAX_PAGE))
