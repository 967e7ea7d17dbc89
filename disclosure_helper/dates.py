"""Dates and numbers as the person reads them, for the core's summaries and exports.

Qt-free (Babel's copy of the Unicode CLDR data), so no content file keeps month names.
The UI's twin, ui/widgets/dates.py, formats with QLocale; both follow the locale the app
sets at start from the person's language (ui/i18n.py). Without one: US English.

    day(date(2024, 3, 4))        -> "March 4, 2024"      (es: "4 de marzo de 2024")
    moment(datetime(...))        -> "Monday, March 4, 2024, 2:05 PM"
    month(date(2024, 3, 4))      -> "March 2024"
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the language is set at start-up, before any date is needed
    from datetime import date, datetime, time

DEFAULT_LOCALE = "en_US"
# Pattern letters that read only the hour and minute (and whether it is morning): a
# short time pattern made of these alone words every moment of one minute the same.
_MINUTE_FIELDS = frozenset("hHkKmaBb")


def _pattern_letters(pattern: str) -> set[str]:
    """The field letters of a CLDR pattern, leaving out 'quoted' literal text."""
    return {ch for n, part in enumerate(pattern.split("'")) if not n % 2
            for ch in part if ch.isascii() and ch.isalpha()}


class _Cldr:
    """Babel's formatters, the parsed locale and what is worked out from it once.

    Importing Babel and reading its CLDR data takes a noticeable part of the app's start,
    and the first screen formats no date: so it happens when the first date or number is
    formatted (ui/startup.py loads it just after the first window is on screen).
    """

    def __init__(self, name: str) -> None:
        from babel import Locale, UnknownLocaleError
        from babel.dates import format_date, format_skeleton, format_time
        from babel.numbers import format_decimal

        self.format_date = format_date
        self.format_skeleton = format_skeleton
        self.format_time = format_time
        self.format_decimal = format_decimal
        try:
            self.locale = Locale.parse(name.replace("-", "_"))
        except (UnknownLocaleError, ValueError, TypeError):
            self.locale = Locale.parse(DEFAULT_LOCALE)
        # An export words the time of thousands of entries; each minute of the day is
        # put into words once per locale (at most 1,440 short strings).
        self.clocks: dict[tuple[int, int], str] = {}
        self.clock_by_minute = _pattern_letters(
            str(self.locale.time_formats["short"].pattern)) <= _MINUTE_FIELDS
        self.joined = str(self.locale.datetime_formats.get("medium", "{1}, {0}"))


_name = DEFAULT_LOCALE
_cldr: _Cldr | None = None


def _babel() -> _Cldr:
    global _cldr
    cldr = _cldr
    if cldr is None:
        cldr = _cldr = _Cldr(_name)
    return cldr


def set_locale(name: str) -> None:
    """Format for `name` ("es_MX", "es", "en_GB"); an unknown name means US English."""
    global _name, _cldr
    _name = name.replace("-", "_")
    _cldr = None


def locale_name() -> str:
    return str(_babel().locale)


def day(value: date) -> str:
    """A day in full words: "March 4, 2024"."""
    cldr = _babel()
    return cldr.format_date(value, "long", locale=cldr.locale)


def weekday(value: date) -> str:
    """A day with its weekday: "Monday, March 4, 2024"."""
    cldr = _babel()
    return cldr.format_date(value, "full", locale=cldr.locale)


def clock(value: time | datetime) -> str:
    """A time of day as the locale writes it: "2:05 PM" / "14:05"."""
    cldr = _babel()
    if not cldr.clock_by_minute:
        return _clock(value)
    key = (value.hour, value.minute)
    words = cldr.clocks.get(key)
    if words is None:
        words = cldr.clocks[key] = _clock(value)
    return words


def _clock(value: time | datetime) -> str:
    # CLDR puts a narrow no-break space before "PM", which many fonts (and so exported
    # PDFs) lack; a plain space reads the same.
    cldr = _babel()
    return cldr.format_time(value, "short", locale=cldr.locale).replace("\u202f", " ")


def moment(value: datetime) -> str:
    """When something happened: "Monday, March 4, 2024, 2:05 PM"."""
    return with_time(weekday(value), value)


def with_time(day_text: str, value: time | datetime) -> str:
    """A day already in words, with the time of `value` joined the locale's way."""
    return _babel().joined.replace("{1}", day_text).replace("{0}", clock(value))


def day_month(value: date) -> str:
    """A short day for a chart axis: "Mar 4"."""
    cldr = _babel()
    return cldr.format_skeleton("MMMd", value, locale=cldr.locale)


def month(value: date, short: bool = False) -> str:
    """A month: "March 2024", or "Mar 2024" for a chart axis."""
    cldr = _babel()
    return cldr.format_skeleton("yMMM" if short else "yMMMM", value, locale=cldr.locale)


def year(value: date) -> str:
    cldr = _babel()
    return cldr.format_skeleton("y", value, locale=cldr.locale)


def number(value: float, decimals: int | None = None) -> str:
    """A number with the locale's separators: "2,000", "3.5" (es: "2000", "3,5")."""
    cldr = _babel()
    if decimals is not None:
        pattern = "#,##0." + "0" * decimals if decimals else "#,##0"
        return cldr.format_decimal(value, pattern, locale=cldr.locale)
    return cldr.format_decimal(value, locale=cldr.locale)
