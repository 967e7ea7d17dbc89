"""A small structured document that exports build and the UI renders (to PDF, on screen).

Builders in the core (the adjustments passport, a request letter, a checklist) return a
`Document`: a title, a note for the person, and sections of paragraphs, lists and
checklists. The same document renders as plain text (to paste into an email) and as
Markdown here; the UI lays it out as a PDF with the shared renderer. Nothing in it is
formatting: the person's words are kept as typed and only escaped where a format needs it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from disclosure_helper.export_markdown import md_block, md_inline


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class Detail:
    """A labelled line under a list item, e.g. "What this looks like: …"."""

    label: str
    text: str


@dataclass(frozen=True)
class Item:
    text: str
    details: tuple[Detail, ...] = ()


@dataclass(frozen=True)
class ItemList:
    items: tuple[Item, ...]


@dataclass(frozen=True)
class CheckItem:
    """One thing to have ready. `answer` is filled in from the person's own record;
    `hint` says what to do when there is none (or adds to the answer)."""

    label: str
    answer: str = ""
    hint: str = ""

    @property
    def ready(self) -> bool:
        return bool(self.answer.strip())


@dataclass(frozen=True)
class Checklist:
    items: tuple[CheckItem, ...]


Block = Paragraph | ItemList | Checklist


@dataclass(frozen=True)
class Section:
    heading: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Document:
    """What an export holds, before it is laid out.

    `notice` is for the person (for example that the file is not encrypted); a letter
    meant to be sent is rendered without it by `body_text()`. `meta` lines (a date, who
    it is from) sit under the title.
    """

    title: str
    notice: str
    sections: tuple[Section, ...]
    meta: tuple[str, ...] = ()

    @property
    def has_content(self) -> bool:
        return any(section.blocks for section in self.sections)

    # -- plain text ---------------------------------------------------------------

    def body_text(self) -> str:
        """The sections alone, ready to paste into an email (no title, no notice)."""
        lines: list[str] = []
        for section in self.sections:
            if section.heading:
                lines += [_plain(section.heading), ""]
            for block in section.blocks:
                lines += _text_block(block)
                lines.append("")
        return _join(lines)

    def to_text(self, include_notice: bool = True) -> str:
        lines = [_plain(self.title), "=" * min(len(_plain(self.title)), 72), ""]
        if include_notice and self.notice:
            lines += [_plain(self.notice), ""]
        if self.meta:
            lines += [_plain(m) for m in self.meta]
            lines.append("")
        body = self.body_text()
        if body:
            lines.append(body.rstrip("\n"))
        return _join(lines)

    # -- Markdown -----------------------------------------------------------------

    def to_markdown(self, include_notice: bool = True) -> str:
        lines = [f"# {md_inline(self.title)}", ""]
        if include_notice and self.notice:
            lines += [f"> **{md_inline(self.notice)}**", ""]
        if self.meta:
            lines += [f"{md_inline(m)}  " for m in self.meta]
            lines[-1] = lines[-1].rstrip()
            lines.append("")
        for section in self.sections:
            if section.heading:
                lines += [f"## {md_inline(section.heading)}", ""]
            for block in section.blocks:
                lines += _markdown_block(block)
                lines.append("")
        return _join(lines)


# -- rendering helpers --------------------------------------------------------------


def _plain(text: str) -> str:
    """The text with invisible control characters removed; line breaks and tabs stay."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(
        ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cs")
    ).strip()


def _indent(text: str, prefix: str) -> list[str]:
    lines = _plain(text).split("\n")
    return [f"{prefix}{lines[0]}", *(f"{' ' * len(prefix)}{line}" for line in lines[1:])]


def _text_block(block: Block) -> list[str]:
    if isinstance(block, Paragraph):
        return [_plain(block.text)]
    if isinstance(block, ItemList):
        out: list[str] = []
        for item in block.items:
            out += _indent(item.text, "- ")
            for detail in item.details:
                out += _indent(f"{detail.label} {detail.text}", "  ")
        return out
    out = []
    for check in block.items:
        mark = "[x]" if check.ready else "[ ]"
        out += _indent(check.label, f"{mark} ")
        if check.ready:
            out += _indent(check.answer, "    ")
        if check.hint:
            out += _indent(check.hint, "    ")
    return out


def _md_nested(text: str, first: str, indent: str) -> list[str]:
    """Multi-line text inside a list item: every line indented so it stays in the item."""
    lines = md_block(text).split("\n")
    return [f"{first}{lines[0]}", *(f"{indent}{line}" if line else "" for line in lines[1:])]


def _markdown_block(block: Block) -> list[str]:
    if isinstance(block, Paragraph):
        return [md_block(block.text)]
    if isinstance(block, ItemList):
        out: list[str] = []
        for item in block.items:
            out += _md_nested(item.text, "- ", "  ")
            for detail in item.details:
                out += _md_nested(detail.text, f"  - *{md_inline(detail.label)}* ", "    ")
        return out
    out = []
    for check in block.items:
        mark = "x" if check.ready else " "
        out.append(f"- [{mark}] **{md_inline(check.label)}**")
        if check.ready:
            out += _md_nested(check.answer, "  ", "  ")
        if check.hint:
            out.append(f"  *{md_inline(check.hint)}*")
    return out


def _join(lines: list[str]) -> str:
    # No runs of blank lines, one newline at the end.
    out: list[str] = []
    for line in lines:
        if line == "" and (not out or out[-1] == ""):
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n" if out else ""


__all__ = [
    "Block",
    "CheckItem",
    "Checklist",
    "Detail",
    "Document",
    "Item",
    "ItemList",
    "Paragraph",
    "Section",
]
