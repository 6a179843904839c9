"""Periods, program weeks and comparison windows: the calendar the analytics count in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from coach.core.plan import day_plan
from coach.core.program import Program
from coach.core.textfmt import date_text
from coach.core.weeks import week_number_for, week_span

DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Period:
    """Calendar days from ``start`` to ``end``, both included."""

    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"the period ends ({self.end}) before it starts ({self.start})")

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def __contains__(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def dates(self) -> list[dt.date]:
        return [self.start + dt.timedelta(days=i) for i in range(self.days)]

    def clip(self, start: dt.date, end: dt.date) -> Period | None:
        s, e = max(self.start, start), min(self.end, end)
        return Period(s, e) if s <= e else None


def period_text(p: Period) -> str:
    return f"{date_text(p.start)} – {date_text(p.end)}"


def data_span(dates: Sequence[dt.date]) -> Period | None:
    return Period(min(dates), max(dates)) if dates else None


def default_period(program_start: dt.date, today: dt.date, first_data: dt.date | None = None) -> Period:
    """From the program start (or the first record, if earlier) to today."""
    start = min(program_start, first_data) if first_data else program_start
    return Period(min(start, today), today)


def days_back(today: dt.date, days: int) -> Period:
    return Period(today - (days - 1) * DAY, today)


@dataclass(frozen=True)
class ProgramInfo:
    """What the analytics need to know about the program: its weeks and sessions planned per day."""

    title: str
    start: dt.date
    week_count: int
    sessions_per_day: Mapping[int, int]  # week number -> session slots planned each day of that week

    def week_of(self, day: dt.date) -> int:
        """The program week by calendar, capped at the last week (1 before the start)."""
        return week_number_for(self.start, day, self.week_count)

    def planned_on(self, day: dt.date) -> int:
        if day < self.start:
            return 0
        return int(self.sessions_per_day.get(self.week_of(day), 0))

    def week_span(self, number: int) -> tuple[dt.date, dt.date]:
        return week_span(self.start, number)

    @property
    def end(self) -> dt.date:
        return self.week_span(self.week_count)[1]


def program_info(program: Program, start: dt.date, affected_side: str = "unsure") -> ProgramInfo:
    """The program's weeks and the session slots planned each day of each week."""
    per_day = {w.number: len(day_plan(program, w.number, affected_side)) for w in program.weeks}
    return ProgramInfo(program.title, start, program.week_count, per_day)


@dataclass(frozen=True)
class WeekSpan:
    number: int
    start: dt.date
    end: dt.date

    @property
    def label(self) -> str:
        return f"Week {self.number}"


def program_weeks(program: ProgramInfo, period: Period) -> list[WeekSpan]:
    """The program's weeks (1 … week_count) that overlap the period, clipped to it."""
    out = []
    for n in range(1, program.week_count + 1):
        s, e = program.week_span(n)
        c = period.clip(s, e)
        if c is not None:
            out.append(WeekSpan(n, c.start, c.end))
    return out


# ----------------------------------------------------------------- averages
def mean(values: Iterable[float | int | None]) -> float | None:
    """The mean of the values that are not None; None when there are none."""
    vals = [float(v) for v in values if v is not None]
    return sum(vals) / len(vals) if vals else None


def rolling_mean(values: Sequence[float | int | None], window: int = 7, min_values: int = 3) -> list[float | None]:
    """The mean of each value and the ``window - 1`` before it, over the values that are not None.

    None where fewer than ``min_values`` of the window's values are present.
    """
    out: list[float | None] = []
    total, count = 0.0, 0
    for i, v in enumerate(values):
        if v is not None:
            total += v
            count += 1
        if i >= window:
            old = values[i - window]
            if old is not None:
                total -= old
                count -= 1
        out.append(total / count if count >= min_values else None)
    return out


# ------------------------------------------------------------------ windows
@dataclass(frozen=True)
class Window:
    start: dt.date
    end: dt.date

    def __contains__(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    @property
    def text(self) -> str:
        return f"{date_text(self.start)} – {date_text(self.end)}"


def comparison_windows(dates: Iterable[dt.date]) -> tuple[Window | None, Window | None]:
    """The first and the last week of the given entry dates (see the package's definitions)."""
    ds = sorted(set(dates))
    if not ds:
        return None, None
    first = Window(ds[0], ds[0] + 6 * DAY)
    last_day = ds[-1]
    if (last_day - ds[0]).days < 7:
        return first, None
    return first, Window(max(last_day - 6 * DAY, first.end + DAY), last_day)


@dataclass(frozen=True)
class WeekAverage:
    window: Window
    mean: float | None
    days: int  # days rated in the window


def week_average(values: Mapping[dt.date, float | int | None], window: Window | None) -> WeekAverage | None:
    if window is None:
        return None
    vals = [v for d, v in values.items() if d in window and v is not None]
    return WeekAverage(window, mean(vals), len(vals))
