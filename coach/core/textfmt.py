"""Dates and numbers as the app writes them, the same on every platform.

Every date or number that reaches a person (a screen, a notice, a report, a
handout) is written by one of these functions, so they read alike everywhere.
They do not use ``strftime`` for names or for day numbers without a leading
zero: the dash flag for the day does not exist on Windows, and ``%a``/``%b``
follow the process's locale (which Qt sets from the desktop), so an English sentence
could end up with a German month in it. The app's texts are English, and so
are the names here.

==================  ==================================
function            example
==================  ==================================
``day_text``        Tue 10 Nov
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

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
EMPTY = "–"


def weekday_name(d: dt.date) -> str:
    return WEEKDAYS[d.weekday()]


def month_name(d: dt.date) -> str:
    return MONTHS[d.month - 1]


def day_text(d: dt.date) -> str:
    """``Tue 10 Nov``: a day of the current weeks, in lists and short sentences."""
    return f"{weekday_name(d)[:3]} {d.day} {month_name(d)[:3]}"


def long_day(d: dt.date) -> str:
    """``Tuesday 10 November``: a day named in a sentence."""
    return f"{weekday_name(d)} {d.day} {month_name(d)}"


def date_text(d: dt.date) -> str:
    """``10 Nov 2026``: a date in tables, charts and the report."""
    return f"{d.day} {month_name(d)[:3]} {d.year}"


def long_date(d: dt.date) -> str:
    """``Tuesday 10 November 2026``."""
    return f"{long_day(d)} {d.year}"


def day_month_year(d: dt.date) -> str:
    """``10 November 2026``."""
    return f"{d.day} {month_name(d)} {d.year}"


def month_year(d: dt.date) -> str:
    """``November 2026``."""
    return f"{month_name(d)} {d.year}"


def stamp_text(t: dt.datetime) -> str:
    """``Tuesday 10 November 2026, 14:05``: when something was saved."""
    return f"{long_date(t.date())}, {t.hour:02d}:{t.minute:02d}"


def number(value: float | int) -> str:
    """A dose or a setting as people write it: ``6``, ``2.5``, ``0.25`` (never ``6.0``)."""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def fixed(value: float | None, digits: int = 1, empty: str = EMPTY) -> str:
    """A measured number with ``digits`` decimals: ``6.0``, ``3.5``; ``empty`` for None or NaN."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return empty
    return f"{value:.{digits}f}"
