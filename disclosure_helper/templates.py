"""Journal templates: the built-in ones from content, and the person's own from the vault.

A template is a list of fields the editor shows. Three field ids are special and
fill the entry's own columns instead of `Entry.fields`: "body" (the main text),
"occurred_at" (when it happened) and "plan_id" (the linked disclosure plan).
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from typing import Any

from disclosure_helper import content
from disclosure_helper.journal_model import (
    BODY_FIELD,
    OCCURRED_FIELD,
    OWN_PREFIX,
    PLAN_FIELD,
    TemplateError,
    clean_text,
    now_ts,
)

FIELD_KINDS = ("text", "multiline", "choice", "multi-choice", "datetime", "rating", "plan-link")
CHOICE_KINDS = ("choice", "multi-choice")
SPECIAL_FIELD_KINDS = {
    BODY_FIELD: ("text", "multiline"),
    OCCURRED_FIELD: ("datetime",),
    PLAN_FIELD: ("plan-link",),
}
_FIELD_ID = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
MAX_OWN_FIELDS = 40
MAX_LABEL_CHARS = 200
MAX_HELP_CHARS = 2_000


@dataclass(frozen=True)
class Choice:
    id: str
    label: str
    help: str = ""


@dataclass(frozen=True)
class TemplateField:
    id: str
    label: str
    kind: str
    help: str = ""
    # A longer, gentle note shown beside the field (e.g. the "me or the system?" prompt).
    note: str = ""
    options: tuple[Choice, ...] = ()
    low_label: str = ""
    high_label: str = ""
    placeholder: str = ""

    def option_label(self, option_id: str) -> str:
        for option in self.options:
            if option.id == option_id:
                return option.label
        return option_id


@dataclass(frozen=True)
class Template:
    id: str
    label: str
    description: str
    fields: tuple[TemplateField, ...]
    builtin: bool = True
    order: int = 100
    title_hint: str = ""
    retired: bool = False

    def field(self, field_id: str) -> TemplateField | None:
        for item in self.fields:
            if item.id == field_id:
                return item
        return None

    @property
    def own_id(self) -> int | None:
        """The vault row of one of the person's own templates, else None."""
        if self.id.startswith(OWN_PREFIX):
            return int(self.id[len(OWN_PREFIX) :])
        return None


# -- parsing (shared by content files and stored templates) -----------------------


def _text(raw: dict, key: str, limit: int, required: bool = False) -> str:
    value = clean_text(raw.get(key, "")).strip()
    if required and not value:
        raise TemplateError("Each template and field needs a {key}.", key=key)
    if len(value) > limit:
        raise TemplateError("A {key} can be up to {limit} characters.", key=key, limit=limit)
    return value


def parse_field(raw: Any, strategies: tuple[Choice, ...] = ()) -> TemplateField:
    if not isinstance(raw, dict):
        raise TemplateError()
    field_id = clean_text(raw.get("id", "")).strip()
    if not _FIELD_ID.match(field_id):
        raise TemplateError(
            "Field names use lower-case letters, numbers and underscores, starting with a letter."
        )
    kind = clean_text(raw.get("kind", "")).strip()
    if kind not in FIELD_KINDS:
        raise TemplateError("Each field needs a type: {kinds}.", kinds=", ".join(FIELD_KINDS))
    if field_id in SPECIAL_FIELD_KINDS and kind not in SPECIAL_FIELD_KINDS[field_id]:
        raise TemplateError("The field '{field}' has to be of type {kinds}.", field=field_id,
                            kinds=" or ".join(SPECIAL_FIELD_KINDS[field_id]))
    options: tuple[Choice, ...] = ()
    if kind in CHOICE_KINDS:
        if raw.get("options_from") == "strategies":
            options = strategies
        else:
            options = tuple(
                Choice(
                    id=_text(o, "id", MAX_LABEL_CHARS, required=True),
                    label=_text(o, "label", MAX_LABEL_CHARS, required=True),
                    help=_text(o, "help", MAX_HELP_CHARS),
                )
                for o in raw.get("options", ())
                if isinstance(o, dict)
            )
        if not options:
            raise TemplateError("A choice field needs at least one option to pick.")
        if len({o.id for o in options}) != len(options):
            raise TemplateError("The options of a choice field need different names.")
    return TemplateField(
        id=field_id,
        label=_text(raw, "label", MAX_LABEL_CHARS, required=True),
        kind=kind,
        help=_text(raw, "help", MAX_HELP_CHARS),
        note=_text(raw, "note", MAX_HELP_CHARS),
        options=options,
        low_label=_text(raw, "low_label", MAX_LABEL_CHARS),
        high_label=_text(raw, "high_label", MAX_LABEL_CHARS),
        placeholder=_text(raw, "placeholder", MAX_LABEL_CHARS),
    )


def parse_fields(raw_fields: Any, strategies: tuple[Choice, ...] = ()) -> tuple[TemplateField, ...]:
    if not isinstance(raw_fields, (list, tuple)) or not raw_fields:
        raise TemplateError("A template needs at least one field.")
    if len(raw_fields) > MAX_OWN_FIELDS:
        raise TemplateError("A template can have up to {limit} fields.", limit=MAX_OWN_FIELDS)
    fields = tuple(parse_field(item, strategies) for item in raw_fields)
    if len({f.id for f in fields}) != len(fields):
        raise TemplateError("Two fields in this template have the same name. Please rename one.")
    return fields


def field_to_dict(item: TemplateField) -> dict[str, Any]:
    data = asdict(item)
    data["options"] = [asdict(o) for o in item.options]
    return {k: v for k, v in data.items() if v not in ("", [], ())}


# -- built-in templates -------------------------------------------------------------


@content.per_language
def strategies(lang: str | None = None) -> tuple[Choice, ...]:
    """The ways people shield themselves from prejudice and discrimination, in order."""
    data = content.load("journal/strategies", lang)
    return tuple(Choice(s["id"], s["label"], s.get("help", "")) for s in data["strategy"])


@content.per_language
def builtin_templates(lang: str | None = None) -> tuple[Template, ...]:
    found = []
    shared = strategies(lang)
    for name in content.available("journal", lang):
        data = content.load(name, lang)
        head = data.get("template")
        if not isinstance(head, dict):
            continue  # strategies, export wording: content that is not a template
        try:
            fields = parse_fields(data.get("field", ()), shared)
        except TemplateError as exc:
            raise content.ContentError(f"template {name}: {exc}") from None
        found.append(
            Template(
                id=head["id"],
                label=head["label"],
                description=head.get("description", ""),
                fields=fields,
                builtin=True,
                order=int(head.get("order", 100)),
                title_hint=head.get("title_hint", ""),
            )
        )
    found.sort(key=lambda t: (t.order, t.id))
    return tuple(found)


@content.per_language
def addition_kinds(lang: str | None = None) -> tuple[Choice, ...]:
    """What a dated addition to an incident record can be: a reply, a correction, and so on."""
    data = content.load("journal/incident", lang)
    return tuple(Choice(str(k["id"]), str(k["label"])) for k in data.get("addition_kind", ()))


@content.per_language
def addition_words(lang: str | None = None) -> dict[str, str]:
    """Headings and labels for additions (the record view and exports use them)."""
    return {str(k): str(v) for k, v in content.load("journal/incident", lang)["additions"].items()}


def addition_label(kind: str, lang: str | None = None) -> str:
    for choice in addition_kinds(lang):
        if choice.id == kind:
            return choice.label
    return kind.replace("_", " ").capitalize()


def builtin_ids() -> frozenset[str]:
    return frozenset(t.id for t in builtin_templates())


# -- the person's own templates ------------------------------------------------------


class TemplateStore:
    """Built-in templates first, then the person's own (kept in the vault)."""

    def __init__(self, db) -> None:
        self._db = db

    def all(self, include_retired: bool = False) -> list[Template]:
        result = list(builtin_templates())
        sql = "SELECT id, definition, retired_at FROM journal_templates"
        if not include_retired:
            sql += " WHERE retired_at IS NULL"
        for row in self._db.query(sql + " ORDER BY id"):
            result.append(self._from_row(row))
        return result

    def get(self, template_id: str) -> Template | None:
        for template in builtin_templates():
            if template.id == template_id:
                return template
        if not template_id.startswith(OWN_PREFIX):
            return None
        try:
            number = int(template_id[len(OWN_PREFIX) :])
        except ValueError:
            return None
        row = self._db.query_one(
            "SELECT id, definition, retired_at FROM journal_templates WHERE id = ?", (number,)
        )
        return None if row is None else self._from_row(row)

    def save(self, template: Template) -> Template:
        """Add or change one of the person's own templates; returns it with its id."""
        label = _text({"label": template.label}, "label", MAX_LABEL_CHARS, required=True)
        description = _text({"d": template.description}, "d", MAX_HELP_CHARS)
        fields = parse_fields([field_to_dict(f) for f in template.fields], strategies())
        definition = json.dumps(
            {
                "label": label,
                "description": description,
                "title_hint": clean_text(template.title_hint)[:MAX_LABEL_CHARS],
                "fields": [field_to_dict(f) for f in fields],
            },
            ensure_ascii=False,
        )
        now = now_ts()
        number = template.own_id if template.id else None
        with self._db.transaction():
            if number is None:
                cursor = self._db.execute(
                    "INSERT INTO journal_templates(definition, created, updated) VALUES (?, ?, ?)",
                    (definition, now, now),
                )
                number = int(cursor.lastrowid)
            else:
                cursor = self._db.execute(
                    "UPDATE journal_templates SET definition = ?, updated = ? WHERE id = ?",
                    (definition, now, number),
                )
                if cursor.rowcount == 0:
                    raise TemplateError("That template no longer exists. Please save it as new.")
        saved = self.get(f"{OWN_PREFIX}{number}")
        assert saved is not None
        return saved

    def delete(self, template_id: str) -> None:
        """Hide one of the person's own templates. Entries written with it still show."""
        template = self.get(template_id)
        if template is None or template.builtin:
            raise TemplateError("Only your own templates can be removed.")
        with self._db.transaction():
            self._db.execute(
                "UPDATE journal_templates SET retired_at = ? WHERE id = ?",
                (now_ts(), template.own_id),
            )

    @staticmethod
    def _from_row(row: tuple) -> Template:
        number, definition, retired_at = row
        data = json.loads(definition)
        return Template(
            id=f"{OWN_PREFIX}{number}",
            label=data["label"],
            description=data.get("description", ""),
            fields=parse_fields(data["fields"], strategies()),
            builtin=False,
            order=1000 + int(number),
            title_hint=data.get("title_hint", ""),
            retired=retired_at is not None,
        )


def new_own_template(label: str, fields: list[dict[str, Any]], description: str = "") -> Template:
    """A template the person designed, ready for `TemplateStore.save` (not yet stored)."""
    return Template(
        id="",
        label=label,
        description=description,
        fields=parse_fields(fields, strategies()),
        builtin=False,
    )
