"""Shared looks for the journal screens: theme colours and calm date wording.

Dates follow the person's locale (QLocale), so day names and orders come out the
way they are used to reading them.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QWidget

from disclosure_helper.ui.theme import load_palette


def theme_colours() -> dict[str, QColor]:
    """The active theme's colours by name (light when the app has no theme yet)."""
    app = QApplication.instance()
    name = app.property("dh_theme") if app is not None else None
    palette = load_palette(str(name) if name else "light")
    return {key: QColor(value) for key, value in palette.colours.items()}


def _tr(text: str) -> str:
    return QCoreApplication.translate("JournalDates", text)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_heading(day: date, today: date | None = None) -> str:
    """'Today', 'Yesterday', or the full date in the person's locale."""
    today = today or date.today()
    if day == today:
        return _tr("Today")
    if (today - day).days == 1:
        return _tr("Yesterday")
    return QLocale().toString(qdate(day), QLocale.FormatType.LongFormat)


def time_of(moment: datetime) -> str:
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def day_and_time(moment: datetime) -> str:
    return f"{QLocale().toString(qdate(moment.date()), QLocale.FormatType.LongFormat)}, " \
           f"{time_of(moment)}"


def plural(count: int, one: str, other: str) -> str:
    """Pick the singular or plural wording (both already translated); %1 is the number."""
    return (one if count == 1 else other).replace("%1", str(count))


def discard_widget(widget: QWidget) -> None:
    """Take a widget off screen now; Qt frees it later (it may still be mid-signal)."""
    widget.hide()
    widget.deleteLater()
