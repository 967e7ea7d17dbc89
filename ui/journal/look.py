"""Shared looks for the journal screens: theme colours and calm date wording.

Dates follow the person's locale (ui/widgets/dates.py), so day names and orders come
out the way they are used to reading them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtWidgets import QWidget

from disclosure_helper.journal_model import (
    MARK_END,
    MARK_START,
    EntrySummary,
    SearchHit,
    split_marks,
)
from disclosure_helper.ui.widgets import dates
from disclosure_helper.ui.widgets.translation import translate

Parts = list[tuple[str, bool]]


qdate = dates.qdate


def day_heading(day: date, today: date | None = None) -> str:
    """'Today', 'Yesterday', or the full date in the person's locale."""
    today = today or date.today()
    if day == today:
        return translate("JournalDates", "Today")
    if (today - day).days == 1:
        return translate("JournalDates", "Yesterday")
    return dates.day(day)


def time_of(moment: datetime) -> str:
    return dates.clock(moment)


def day_and_time(moment: datetime) -> str:
    return dates.day_and_time(moment)


def discard_widget(widget: QWidget) -> None:
    """Take a widget off screen now; Qt frees it later (it may still be mid-signal)."""
    widget.hide()
    widget.deleteLater()


def card_texts(item: EntrySummary | SearchHit, ratings_line: Callable[[EntrySummary | SearchHit],
               str], untitled: str) -> tuple[Parts, Parts]:
    """A journal card's title line and glimpse line as (text, is_match) runs; either may
    be empty. Check-ins show their ratings as the title."""
    if isinstance(item, SearchHit):
        title_parts = split_marks(item.title)
        glimpse_parts = split_marks(item.snippet)
        if _plain(glimpse_parts) == _plain(title_parts):
            glimpse_parts = []  # the best match was in the title; say it once
    else:
        title_parts = [(item.title, False)] if item.title.strip() else []
        glimpse_parts = [(item.preview, False)] if item.preview.strip() else []
    if item.mood is not None:
        title_parts = [(ratings_line(item), False)]
    if not title_parts and not glimpse_parts:
        title_parts = [(untitled, False)]
    return title_parts, glimpse_parts


def card_lines(item: EntrySummary | SearchHit) -> int:
    """How many lines of text a card holds: its height, known without drawing it.

    The same answer as counting `card_texts`' lines, without splitting the text into
    runs (this runs for every row a list reads, so it is kept cheap).
    """
    if isinstance(item, SearchHit):
        title = item.title.replace(MARK_START, "").replace(MARK_END, "")
        glimpse = item.snippet.replace(MARK_START, "").replace(MARK_END, "")
        has_title = bool(title)
        has_glimpse = bool(glimpse) and " ".join(glimpse.split()) != " ".join(title.split())
    else:
        has_title = bool(item.title.strip())
        has_glimpse = bool(item.preview.strip())
    if item.mood is not None or not has_glimpse:
        has_title = True  # ratings, or "Untitled" when there is nothing else
    return 1 + has_title + has_glimpse + bool(item.tags)


def _plain(parts: Parts) -> str:
    return " ".join("".join(piece for piece, _hit in parts).split())
