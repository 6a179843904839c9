"""Dates and numbers read the same on every platform and under any locale."""

import datetime as dt
import locale

import pytest

from coach.core import textfmt

TUE = dt.date(2026, 11, 10)


def test_dates_without_a_leading_zero_and_with_english_names():
    assert textfmt.day_text(TUE) == "Tue 10 Nov"
    assert textfmt.day_text(dt.date(2026, 9, 3)) == "Thu 3 Sep"
    assert textfmt.long_day(TUE) == "Tuesday 10 November"
    assert textfmt.date_text(dt.date(2026, 3, 2)) == "2 Mar 2026"
    assert textfmt.long_date(TUE) == "Tuesday 10 November 2026"
    assert textfmt.day_month_year(TUE) == "10 November 2026"
    assert textfmt.month_year(TUE) == "November 2026"
    assert textfmt.stamp_text(dt.datetime(2026, 11, 10, 9, 5)) == "Tuesday 10 November 2026, 09:05"


def test_numbers():
    assert [textfmt.number(v) for v in (6, 6.0, 2.5, 0.25, 12.0)] == ["6", "6", "2.5", "0.25", "12"]
    assert [textfmt.fixed(v) for v in (6, 3.45, None, float("nan"))] == ["6.0", "3.5", "–", "–"]
    assert textfmt.fixed(87.5, 0) == "88"


def test_names_do_not_follow_the_process_locale():
    for name in ("de_DE.UTF-8", "fr_FR.UTF-8"):
        old = locale.setlocale(locale.LC_TIME)
        try:
            locale.setlocale(locale.LC_TIME, name)
        except locale.Error:
            continue
        try:
            assert textfmt.long_day(TUE) == "Tuesday 10 November"
        finally:
            locale.setlocale(locale.LC_TIME, old)
        return
    pytest.skip("no other locale installed here")


def test_no_platform_specific_date_formats_in_the_app():
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "coach"
    offenders = [f"{p.relative_to(root.parent)}:{i}" for p in root.rglob("*.py")
                 for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if "%-" in line]
    assert offenders == []
