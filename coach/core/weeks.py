"""The program's calendar weeks: 7-day blocks counted from the start date.

The one place where a date becomes a program week. Block 0 holds days 0–6
after the start date (the program's first week), block 1 days 7–13, and so on;
days before the start fall in negative blocks. The *calendar week* is the
block number plus one, capped to the program's weeks (before the start it is
week 1; after the last week it stays on the last week). The week a person is
actually on never follows the calendar: it moves only when a week was
tolerated and they confirm it, or a clinician sets it
(``coach.core.progression.effective_week``).
"""

from __future__ import annotations

import datetime as dt

WEEK_DAYS = 7


def block_index(start: dt.date, day: dt.date) -> int:
    """Which 7-day block ``day`` falls in: 0 for the first week; negative before the start."""
    return (day - start).days // WEEK_DAYS


def block_start(start: dt.date, index: int) -> dt.date:
    """The first day of block ``index``."""
    return start + dt.timedelta(days=WEEK_DAYS * index)


def week_start_for(start: dt.date, day: dt.date) -> dt.date:
    """The first day of the block that holds ``day`` (blocks before the start count back)."""
    return block_start(start, block_index(start, day))


def week_number(start: dt.date, day: dt.date) -> int:
    """The block of ``day`` counted from 1, not capped: 1 for the first week, 0 or less before it."""
    return block_index(start, day) + 1


def week_span(start: dt.date, number: int) -> tuple[dt.date, dt.date]:
    """The first and the last day of program week ``number`` (1-based)."""
    first = block_start(start, number - 1)
    return first, first + dt.timedelta(days=WEEK_DAYS - 1)


def week_number_for(start: dt.date, day: dt.date, week_count: int) -> int:
    """The program week by calendar: week 1 before and in the first block, never past ``week_count``."""
    if day < start:
        return 1
    return max(1, min(week_count, week_number(start, day)))


def day_in_week(start: dt.date, day: dt.date) -> int:
    """Which day of its week ``day`` is: 1 to 7 (1 on and before the start date)."""
    return max(0, (day - start).days) % WEEK_DAYS + 1
