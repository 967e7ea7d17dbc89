"""Dates, times and numbers on screen, in the person's locale (QLocale).

The one place the UI formats them; the core's summaries and exports use its Qt-free twin,
disclosure_helper/dates.py. ui/i18n.py sets both from the person's language at start.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    """The other way round: Qt's toPython() is typed as any object, this says it is a date."""
    value = day.toPython()
    assert isinstance(value, date)
    return value


def day(value: date) -> str:
    """A day in full words: "Monday, March 4, 2024" / "lunes, 4 de marzo de 2024"."""
    return QLocale().toString(qdate(value), QLocale.FormatType.LongFormat)


def short_day(value: date) -> str:
    """A day in a few characters, for tight places: "3/4/24" / "4/3/24"."""
    return QLocale().toString(qdate(value), QLocale.FormatType.ShortFormat)


def clock(value: datetime) -> str:
    """A time of day: "2:05 PM" / "14:05"."""
    return QLocale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


def day_and_time(value: datetime) -> str:
    return f"{day(value.date())}, {clock(value)}"


def number(value: float, decimals: int = 0) -> str:
    """A number with the locale's separators: "2,000" / "2.000"."""
    if decimals:
        return QLocale().toString(float(value), "f", decimals)
    return QLocale().toString(int(value))
