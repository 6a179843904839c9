"""Periods, program weeks and comparison windows: the calendar the analytics count in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from coach.core.i18n import QT_TRANSLATE_NOOP, translate
from coach.core.plan import day_plan
from coach.core.program import Program
from coach.core.progression import WeekChoice, effective_week
from coach.core.textfmt import date_text
from coach.core.weeks import WEEK_DAYS

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


# ------------------------------------------------------------------- ranges
EARLIEST = dt.date(2000, 1, 1)  # no date before this is a date of this app's data
MAX_AHEAD = 366  # days after today a date may name (a typo beyond it is refused, not clamped)

RANGES: tuple[tuple[str, str], ...] = (  # key, label (marked for translation; the screen translates it)
    ("14d", QT_TRANSLATE_NOOP("progress", "Last 14 days")),
    ("28d", QT_TRANSLATE_NOOP("progress", "Last 28 days")),
    ("program", QT_TRANSLATE_NOOP("progress", "Whole program")),
    ("all", QT_TRANSLATE_NOOP("progress", "Everything")),
)
RANGE_DAYS = {"14d": 14, "28d": 28}


class RangeError(ValueError):
    """A period that cannot be shown; the message says why and what to choose instead."""


def range_period(key: str, today: dt.date, program: ProgramInfo, first_record: dt.date | None = None) -> Period:
    """The days a range button stands for.

    ``14d`` and ``28d``: the last 14 or 28 days up to today, whatever the data
    (a new program shows its few days at the right end); ``program``: the
    program's weeks from its start, up to today; ``all``: from the program
    start or the first record, whichever is earlier, to today.
    """
    if key in RANGE_DAYS:
        return days_back(today, RANGE_DAYS[key])
    if key == "program":
        if program.start > today:
            raise RangeError(translate("progress", "The program starts on {start}: there is nothing to show yet.").format(start=date_text(program.start)))
        return Period(program.start, min(today, program.end))
    if key == "all":
        return default_period(program.start, today, first_record)
    raise ValueError("unknown range {key!r}; choose from {RANGES}".format(key=key, RANGES=', '.join((k for k, _ in RANGES))))


def clamp_period(start: dt.date | None, end: dt.date | None, *, today: dt.date, span: Period,
                 names: tuple[str, str] = ("the first day", "the last day")) -> tuple[Period, str]:
    """The period asked for, clamped to the days there can be data for (``span``, which ends today).

    Either end may be None (the span's start; today). Returns the period and a
    note saying what was clamped ("" when nothing was). Raises
    :class:`RangeError` for a date out of any sensible range (before 2000, or
    more than a year ahead), an end before the start, or a period with no day
    in ``span`` (all in the future, or all before the first record).
    """
    first, last = names
    for name, d in ((first, start), (last, end)):
        if d is not None and not (EARLIEST <= d <= today + MAX_AHEAD * DAY):
            raise RangeError(translate("progress", "{name} {isoformat} is out of range: choose a date from {isoformat2} to today ({isoformat3})").format(name=name, isoformat=d.isoformat(), isoformat2=EARLIEST.isoformat(), isoformat3=today.isoformat()))
    if start is not None and end is not None and end < start:
        raise RangeError(translate("progress", "{first} {isoformat} is after {last} {isoformat2}; choose a first day on or before the last day").format(first=first, isoformat=start.isoformat(), last=last, isoformat2=end.isoformat()))
    if start is not None and start > today:
        raise RangeError(translate("progress", "{first} {isoformat} is after today ({isoformat2}): there is no data for it yet").format(first=first, isoformat=start.isoformat(), isoformat2=today.isoformat()))
    if end is not None and end < span.start:
        raise RangeError(translate("progress", "{last} {isoformat} is before the first day with data ({isoformat2})").format(last=last, isoformat=end.isoformat(), isoformat2=span.start.isoformat()))
    notes = []
    s, e = start or span.start, end or today
    if s < span.start:
        notes.append(translate("progress", "the first day with data is {start}").format(start=date_text(span.start)))
        s = span.start
    if e > today:
        notes.append(translate("progress", "today is {today}").format(today=date_text(today)))
        e = today
    note = translate("progress", "showing {s} – {e}: {notes}").format(s=date_text(s), e=date_text(e), notes='; '.join(notes)) if notes else ""
    return Period(s, e), note


def days_back(today: dt.date, days: int) -> Period:
    return Period(today - (days - 1) * DAY, today)


OPEN_WEEK_DAYS = 366  # how far a week not yet moved on from is drawn (the period shown clips it)


@dataclass(frozen=True)
class ProgramInfo:
    """What the analytics need to know about the program: its weeks and sessions planned per day.

    ``choices`` are the stored week decisions (move on, stay, ease back): with
    them a day's week is the week the person was actually on
    (``coach.core.progression.effective_week``), not just the calendar's.
    """

    title: str
    start: dt.date
    week_count: int
    sessions_per_day: Mapping[int, int]  # week number -> session slots planned each day of that week
    choices: tuple[WeekChoice, ...] = ()

    def week_of(self, day: dt.date) -> int:
        """The program week of ``day`` (1 before the start; the last week after the program's weeks)."""
        return effective_week(self.start, day, self.week_count, self.choices)

    def planned_on(self, day: dt.date) -> int:
        if day < self.start:
            return 0
        return int(self.sessions_per_day.get(self.week_of(day), 0))

    def blocks(self) -> list[tuple[int, dt.date, dt.date]]:
        """The program's weeks as (week, first day, last day), as the person lived them: a week begins the day a
        stored decision applies from (``effective_week``: a review answered late starts the next week late) and
        a week stayed on is one block. The program's last week, when it is the last block, is 7 days from its
        last decision (the plan then continues); a week not yet moved on from runs on (``OPEN_WEEK_DAYS``,
        clipped to the period shown), since the person stays on it until a review moves them on."""
        # a decision from before the start date belongs to an earlier run of the program (as in effective_week)
        changes: dict[dt.date, WeekChoice] = {}
        for c in sorted((c for c in self.choices if c.applies_from >= self.start), key=lambda c: (c.applies_from, c.id)):
            changes[c.applies_from] = c  # on one day, the latest decision stands
        out: list[list] = [[1, self.start, self.start]]  # week, first day, day of its last decision
        for day, c in sorted(changes.items()):
            week = max(1, min(self.week_count, c.effective_week))
            if week == out[-1][0]:
                out[-1][2] = day
                continue
            out.append([week, day, day])
        blocks = [(w, first, nxt[1] - DAY) for (w, first, _d), nxt in zip(out, out[1:], strict=False)]
        w, first, last_decision = out[-1]
        length = WEEK_DAYS if w >= self.week_count else OPEN_WEEK_DAYS
        return [*blocks, (w, first, last_decision + (length - 1) * DAY)]

    @property
    def end(self) -> dt.date:
        """The last day of the program's weeks (the first block on its last week)."""
        return self.blocks()[-1][2]


def program_info(program: Program, start: dt.date, affected_side: str = "unsure",
                 choices: tuple[WeekChoice, ...] = ()) -> ProgramInfo:
    """The program's weeks and the session slots planned each day of each week."""
    per_day = {w.number: len(day_plan(program, w.number, affected_side)) for w in program.weeks}
    return ProgramInfo(program.title, start, program.week_count, per_day, tuple(choices))


@dataclass(frozen=True)
class WeekSpan:
    number: int
    start: dt.date
    end: dt.date

    @property
    def label(self) -> str:
        return translate("progress", "Week {value}").format(value=self.number)


def program_weeks(program: ProgramInfo, period: Period) -> list[WeekSpan]:
    """The program's weeks (numbered by the week the person was on) that overlap the period, clipped to it.
    A week repeated after a "stay" decision is one span as long as the person stayed on it, so the chart
    labels and shades it once (two 7-day blocks of "Week 1" side by side read as a mistake)."""
    out = []
    for number, s, e in program.blocks():
        c = period.clip(s, e)
        if c is not None:
            out.append(WeekSpan(number, c.start, c.end))
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
