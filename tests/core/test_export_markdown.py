"""Markdown export of entries and the incident timeline: honest header, faithful text."""

from __future__ import annotations

import os
import stat
from datetime import datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_helper import content
from disclosure_helper.export_markdown import (
    entries_document,
    entries_markdown,
    incident_timeline,
    incident_timeline_markdown,
    md_block,
    md_inline,
    write_markdown,
)
from disclosure_helper.journal import Entry

WARNING = content.load("journal/export")["export"]["warning"]
NOW = datetime(2024, 7, 1, 9, 30, tzinfo=timezone.utc)


def _incident(vault, title, when, **fields):
    return vault.journal.add(
        Entry(
            kind="incident",
            title=title,
            body=fields.pop("body", "He said it again."),
            fields=fields,
            tags=["record"],
            occurred_at=when,
        )
    )


def test_every_export_says_it_is_not_encrypted(vault):
    vault.journal.add(Entry(title="a thought"))
    for text in (
        entries_markdown(vault.journal, now=NOW),
        incident_timeline_markdown(vault.journal, now=NOW),
    ):
        assert text.startswith("# ")
        assert f"> **{md_inline(WARNING)}**" in text.splitlines()[:4]
        assert "not encrypted" in text


def test_incident_timeline_is_in_order_with_every_answer(vault):
    tz = timezone(timedelta(hours=1))
    later = _incident(
        vault, "Second time", datetime(2024, 3, 9, 14, 5, tzinfo=tz),
        where="Ward 3", who="J.B. (shift lead)", witnesses="A.K.",
        affect="Could not sleep.", response="Told my supervisor.", want="An apology.",
    )
    earlier = _incident(vault, "First time", datetime(2024, 1, 2, 9, 0, tzinfo=tz), where="Office")
    vault.journal.add(Entry(kind="free", title="not an incident"))
    deleted = _incident(vault, "Trashed", datetime(2024, 2, 2, 9, 0, tzinfo=tz))
    vault.journal.delete(deleted.id)

    document = incident_timeline(vault.journal, now=NOW)
    assert [e.id for e in document.entries] == [earlier.id, later.id]
    assert document.count_line == "2 incidents"
    labels = [f.label for f in document.entries[1].fields]
    assert labels == [
        "Where", "Who was involved", "What was said or done", "Witnesses",
        "How it affected me", "What I did", "What I want to happen",
    ]
    text = document.to_markdown()
    assert text.index("First time") < text.index("Second time")
    assert "## Saturday, March 9, 2024, 2:05 PM — Second time" in text
    assert "**Who was involved:** J.B. (shift lead)" in text
    assert "not an incident" not in text and "Trashed" not in text
    assert "Exported on Monday, July 1, 2024, 9:30 AM · 2 incidents" in text

    chosen = incident_timeline(vault.journal, [later.id, vault.journal.ids()[0]], now=NOW)
    assert [e.id for e in chosen.entries] == [later.id]  # only incidents, whatever is picked


def test_selected_entries_show_choices_ratings_plans_and_tags(vault):
    j = vault.journal
    shift = j.add(Entry(
        kind="after_shift", title="Long night", body="Busy ward.",
        fields={"strategies": ["boundary", "stepped_away"], "prejudice": "not_sure",
                "old_question": "kept from an earlier template"},
        tags=["nights", "team"], occurred_at=datetime(2024, 5, 1, 22, 0, tzinfo=timezone.utc),
    ))
    checkin = j.add_checkin(2, 4, 5, note="ok", at=datetime(2024, 5, 2, 8, 0, tzinfo=timezone.utc))
    linked = j.add(Entry(kind="disclosure_followup", plan_id=3, body="It went well.",
                         fields={"outcome": "not_told"}))
    unlinked = j.add(Entry(kind="disclosure_followup", plan_id=99, body="x"))

    document = entries_document(
        j, [linked.id, checkin.id, shift.id, unlinked.id], plan_titles={3: "New job"}, now=NOW
    )
    assert [e.id for e in document.entries][:2] == [shift.id, checkin.id]
    text = document.to_markdown()
    assert "**What I did:** Set a boundary, Stepped away" in text
    assert "**Was prejudice or discrimination part of it?:** I'm not sure yet" in text
    assert "**Old question:** kept from an earlier template" in text
    assert "**Mood:** 2 out of 5" in text and "**Stress:** 5 out of 5" in text
    assert "Linked plan: New job" in text
    assert "I decided not to tell, for now" in text
    assert "A plan that has since been deleted" in text
    assert "Tags: nights, team" in text
    assert document.count_line == "4 entries"
    assert len(entries_document(j, now=NOW).entries) == 4  # everything outside the trash


def test_person_text_is_kept_literal_in_markdown(vault):
    body = "# not a heading\n- not a list\n1. not numbered\n*not bold* <script>\n\nnew para\x00"
    entry = vault.journal.add(Entry(title="[link](x) _under_", body=body))
    text = entries_markdown(vault.journal, [entry.id], now=NOW)
    assert "\\# not a heading  \n\\- not a list  \n1\\. not numbered  \n" in text
    assert "\\*not bold\\* \\<script\\>" in text
    assert "\\[link\\](x) \\_under\\_" in text
    assert "\x00" not in text
    assert md_block("line one\nline two") == "line one  \nline two"
    assert md_inline("multi\nline") == "multi line"


def test_write_markdown_is_private_to_the_person(tmp_path, vault):
    vault.journal.add(Entry(title="emoji 🙂 and שלום"))
    out = tmp_path / "exports"
    out.mkdir()
    target = out / "journal.md"
    write_markdown(target, entries_markdown(vault.journal, now=NOW))
    written = target.read_text(encoding="utf-8")
    assert "emoji 🙂 and שלום" in written
    assert WARNING.split(".")[0] in written
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in out.iterdir()] == ["journal.md"]  # no temp file left behind


# -- the fast escaping gives exactly what escaping character by character gave ------------

def _printable_by_character(text: str) -> str:
    import unicodedata

    return "".join(
        ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cs")
    )


def _escape_line_by_line(line: str) -> str:
    import re

    def fix(match: re.Match) -> str:
        if match.group(2):
            return f"{match.group(1)}\\{match.group(2)}"
        return f"{match.group(1)}{match.group(3)}\\{match.group(4)}"

    line = re.sub(r"([\\`*_\[\]<>#|~])", r"\\\1", line)
    return re.sub(r"^(\s*)(?:([-+=])|(\d+)([.)]))", fix, line)


def _md_block_line_by_line(text: str) -> str:
    out = []
    for line in _printable_by_character(text).replace("\r\n", "\n").replace("\r", "\n") \
            .split("\n"):
        out.append(_escape_line_by_line(line.rstrip()))
    return "\n".join(f"{line}  " if line else "" for line in out).rstrip()


_AWKWARD = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("-+=1.)#*_`[]<>|~\\ \t\n\r\x00\x0b\x1c\x7f\x85\xa0"
                             "\u2028\u2029\u3000\ud800\udfff٣.")),
        st.characters(),
    ),
    max_size=80,
)


@settings(max_examples=400, deadline=None)
@given(text=_AWKWARD)
def test_fast_escaping_matches_escaping_each_character(text):
    from disclosure_helper.export_markdown import _printable

    assert _printable(text) == _printable_by_character(text)
    assert md_block(text) == _md_block_line_by_line(text)
    assert md_inline(text) == _escape_line_by_line(" ".join(_printable_by_character(text).split()))


def test_each_day_worded_once_reads_like_format_moment():
    from disclosure_helper.export_markdown import _Moments, _words, format_moment

    moments = _Moments(_words())
    zone = timezone(timedelta(hours=-5))
    for minutes in range(0, 60 * 24 * 9, 97):
        moment = datetime(2024, 2, 27, tzinfo=zone) + timedelta(minutes=minutes)
        assert moments(moment) == format_moment(moment)


def test_markdown_straight_from_rows_matches_the_document(vault):
    from disclosure_helper.export_markdown import export_markdown
    from disclosure_helper.templates import new_own_template

    j = vault.journal
    own = j.save_template(new_own_template("Supervision", [
        {"id": "body", "kind": "multiline", "label": "What we talked about"},
        {"id": "focus", "kind": "choice", "label": "Focus",
         "options": [{"id": "cases", "label": "Cases"}, {"id": "me", "label": "Me"}]},
        {"id": "energy", "kind": "rating", "label": "Energy after"},
    ]))
    start = datetime(2024, 5, 1, 9, 30, tzinfo=timezone(timedelta(hours=2)))
    j.add(Entry(kind="free", title="", body="plain words\n\n- a list?\n1. or not", tags=["a_b"],
                occurred_at=start))
    j.add(Entry(kind="incident", title="*Remark* at [handover]", body="Said\x00 loudly\r\n",
                fields={"where": "Ward #3", "who": "  ", "witnesses": "P.S."},
                occurred_at=start - timedelta(days=3), plan_id=77))
    j.add(Entry(kind=own.id, body="Caseload", fields={"focus": "me", "energy": 4,
                                                      "old_question": "kept\nanswer"},
                occurred_at=start + timedelta(minutes=1), tags=["x", "café"]))
    j.add(Entry(kind="checkin", fields={"mood": 2, "energy": 3, "stress": 5},
                occurred_at=start - timedelta(hours=30)))
    plans = {77: "Telling my <manager>"}
    for timeline in (False, True):
        build = incident_timeline if timeline else entries_document
        for ids in (None, list(reversed(j.ids()))):
            document = build(j, ids, plan_titles=plans, now=NOW).to_markdown()
            text, count = export_markdown(j, ids, timeline, plans, now=NOW)
            assert text == document
            assert count == (1 if timeline else 4)
