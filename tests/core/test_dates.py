"""One way to write dates and numbers for the core, in the person's locale."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest

from disclosure_helper import dates

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def locale():
    yield dates.set_locale
    dates.set_locale(dates.DEFAULT_LOCALE)


def test_us_english_by_default():
    assert dates.locale_name() == "en_US"
    assert dates.day(date(2024, 3, 4)) == "March 4, 2024"
    assert dates.moment(datetime(2024, 3, 9, 14, 5)) == "Saturday, March 9, 2024, 2:05 PM"
    assert dates.month(date(2024, 3, 4)) == "March 2024"
    assert dates.month(date(2024, 3, 4), short=True) == "Mar 2024"
    assert dates.day_month(date(2024, 3, 4)) == "Mar 4"
    assert dates.number(20000) == "20,000" and dates.number(3.25, 1) == "3.2"


def test_spanish(locale):
    locale("es_MX")
    assert dates.day(date(2024, 3, 4)) == "4 de marzo de 2024"
    assert dates.moment(datetime(2024, 3, 9, 14, 5)) == "sábado, 9 de marzo de 2024, 2:05 p.m."
    assert dates.month(date(2024, 3, 4)) == "marzo de 2024"
    locale("es")
    assert dates.clock(datetime(2024, 3, 9, 14, 5)) == "14:05"
    assert dates.number(3.5, 1) == "3,5" and dates.number(20000) == "20.000"


def test_an_unknown_locale_falls_back_to_us_english(locale):
    locale("zz_QQ")
    assert dates.locale_name() == "en_US"
    locale("C")
    assert dates.day(date(2024, 3, 4)) == "March 4, 2024"


def test_no_month_names_in_content_and_no_strftime_on_screen():
    months = re.compile(r"\b(January|February|enero|febrero)\b")
    for path in (ROOT / "resources" / "content").rglob("*.toml"):
        for line in path.read_text(encoding="utf-8").splitlines():
            assert not (re.match(r"\s*(months|months_short|weekdays)\s*=", line)
                        and months.search(line)), path
    for folder in ("ui", "disclosure_helper"):
        for path in (ROOT / folder).rglob("*.py"):
            assert ".strftime(" not in path.read_text(encoding="utf-8"), path


@pytest.mark.parametrize("name", ["en_US", "es", "ko", "zh_Hant", "ar", "en_IN"])
def test_each_minute_worded_once_reads_as_babel_words_it(locale, name):
    """clock() keeps each minute's words; whatever the second, zone or date, they are
    what Babel says for that moment (locales with "a", "B" and 24-hour patterns)."""
    from datetime import timedelta, timezone

    from babel.dates import format_time

    locale(name)
    zone = timezone(timedelta(hours=5, minutes=30))
    for minute in range(0, 24 * 60, 7):
        moment = datetime(2024, 3, 9, tzinfo=zone) + timedelta(minutes=minute,
                                                               seconds=minute % 60)
        for _ in range(2):  # worded, then remembered
            expected = format_time(moment, "short", locale=name).replace("\u202f", " ")
            assert dates.clock(moment) == expected
    locale("es")
    assert dates.clock(datetime(2024, 3, 9, 14, 5)) == "14:05"  # a new locale, new words
