"""Dates and numbers as the app writes them, the same on every platform.

Every date or number that reaches a person (a screen, a notice, a report, a
handout) is written by one of these functions, so they read alike everywhere.
They do not use ``strftime`` for names or for day numbers without a leading
zero: the dash flag for the day does not exist on Windows, and ``%a``/``%b``
follow the process's locale (which Qt sets from the desktop), so an English sentence
could end up with a German month in it. With no translator installed the names are
English, written here; once the app installs one (``coach.core.i18n``), each function
writes its date with a Qt date pattern that is itself translated (Spanish puts
"de" between day and month) through ``QLocale`` of the language in use, and numbers
take that language's decimal sign.

==================  ==================================
function            example
==================  ==================================
``day_text``        Tue 10 Nov
``day_month``       10 Nov
``short_month``     Nov (``short_month_year``: Nov 2026)
``long_day``        Tuesday 10 November
``date_text``       10 Nov 2026
``long_date``       Tuesday 10 November 2026
``day_month_year``  10 November 2026
``month_year``      November 2026
``stamp_text``      Tuesday 10 November 2026, 14:05
``number``          6, 2.5, 0.25 (no trailing ".0")
``fixed``           6.0, 3.5 (a set number of digits; ``–`` for none)
==================  ==================================
"""

from __future__ import annotations

import datetime as dt
import math

from coach.core.i18n import date_pattern, number_text, translate

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
EMPTY = "–"


def _english_weekday(d: dt.date) -> str:
    return WEEKDAYS[d.weekday()]


def _english_month(d: dt.date) -> str:
    return MONTHS[d.month - 1]


# The patterns are Qt's (QLocale::toString): d day, ddd/dddd weekday, MMM/MMMM month, yyyy year;
# text in single quotes is kept as written. A translation may reorder them or add words.

def weekday_name(d: dt.date) -> str:
    """``Tuesday``."""
    return date_pattern(d, "dddd", _english_weekday)


def month_name(d: dt.date) -> str:
    """``November``."""
    return date_pattern(d, "MMMM", _english_month)


def day_text(d: dt.date) -> str:
    """``Tue 10 Nov``: a day of the current weeks, in lists and short sentences."""
    return date_pattern(d, translate("Dates", "ddd d MMM"),
                        lambda d: f"{_english_weekday(d)[:3]} {d.day} {_english_month(d)[:3]}")


def day_month(d: dt.date) -> str:
    """``10 Nov``: a chart tick, a short mention."""
    return date_pattern(d, translate("Dates", "d MMM"), lambda d: f"{d.day} {_english_month(d)[:3]}")


def short_month(d: dt.date) -> str:
    """``Nov``."""
    return date_pattern(d, "MMM", lambda d: _english_month(d)[:3])


def short_month_year(d: dt.date) -> str:
    """``Nov 2026``."""
    return date_pattern(d, translate("Dates", "MMM yyyy"), lambda d: f"{_english_month(d)[:3]} {d.year}")


def long_day(d: dt.date) -> str:
    """``Tuesday 10 November``: a day named in a sentence."""
    return date_pattern(d, translate("Dates", "dddd d MMMM"),
                        lambda d: f"{_english_weekday(d)} {d.day} {_english_month(d)}")


def date_text(d: dt.date) -> str:
    """``10 Nov 2026``: a date in tables, charts and the report."""
    return date_pattern(d, translate("Dates", "d MMM yyyy"), lambda d: f"{d.day} {_english_month(d)[:3]} {d.year}")


def long_date(d: dt.date) -> str:
    """``Tuesday 10 November 2026``."""
    return date_pattern(d, translate("Dates", "dddd d MMMM yyyy"),
                        lambda d: f"{_english_weekday(d)} {d.day} {_english_month(d)} {d.year}")


def day_month_year(d: dt.date) -> str:
    """``10 November 2026``."""
    return date_pattern(d, translate("Dates", "d MMMM yyyy"), lambda d: f"{d.day} {_english_month(d)} {d.year}")


def month_year(d: dt.date) -> str:
    """``November 2026``."""
    return date_pattern(d, translate("Dates", "MMMM yyyy"), lambda d: f"{_english_month(d)} {d.year}")


def stamp_text(t: dt.datetime) -> str:
    """``Tuesday 10 November 2026, 14:05``: when something was saved."""
    return translate("Dates", "{date}, {time}").format(date=long_date(t.date()), time=f"{t.hour:02d}:{t.minute:02d}")


def number(value: float | int) -> str:
    """A dose or a setting as people write it: ``6``, ``2.5``, ``0.25`` (never ``6.0``)."""
    return number_text(float(value), -1,
                       lambda: str(int(value)) if float(value).is_integer() else f"{value:g}")


def fixed(value: float | None, digits: int = 1, empty: str = EMPTY) -> str:
    """A measured number with ``digits`` decimals: ``6.0``, ``3.5``; ``empty`` for None or NaN."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return empty
    return number_text(float(value), digits, lambda: f"{value:.{digits}f}")
