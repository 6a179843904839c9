"""The one clock: every "now" and "today" in the app comes from a :class:`Clock`.

Two kinds of time, never mixed:

* ``monotonic()``: seconds that only ever go forward, for timers and
  durations (a hold, a walk, a debounce). It stands still while the machine
  sleeps and ignores changes to the wall clock.
* ``now()`` / ``today()``: the local wall-clock time and date, for what day it
  is, timestamps that are stored, and reminders.

:class:`SystemClock` is the real clock and the only code in ``coach/`` that
reads the system's time (a test checks this). Tests and previews use
:class:`FixedClock`, which moves only when told to, so the suite passes at any
hour of the day and in any time zone.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds on a clock that never goes back (timers, durations)."""
        ...

    def now(self) -> dt.datetime:
        """The local wall-clock time, timezone-aware."""
        ...

    def today(self) -> dt.date:
        """The local date."""
        ...


class SystemClock:
    """The real clock."""

    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> dt.datetime:
        return dt.datetime.now().astimezone()

    def today(self) -> dt.date:
        return self.now().date()


class FixedClock:
    """A clock that moves only when told to; wall time and monotonic time advance together.

    ``FixedClock(dt.datetime(2026, 11, 10, 17, 0))`` reads 17:00 on 10 November 2026
    whatever the machine's hour or time zone (a naive time is taken in ``tz``).
    """

    def __init__(self, wall: dt.datetime | dt.date | None = None, *, monotonic: float = 1000.0,
                 tz: dt.tzinfo = dt.UTC) -> None:
        if wall is None:
            wall = dt.datetime(2026, 11, 10, 9, 0)
        elif not isinstance(wall, dt.datetime):
            wall = dt.datetime.combine(wall, dt.time(9, 0))
        self._wall = wall if wall.tzinfo is not None else wall.replace(tzinfo=tz)
        self._mono = float(monotonic)

    def monotonic(self) -> float:
        return self._mono

    def now(self) -> dt.datetime:
        return self._wall

    def today(self) -> dt.date:
        return self._wall.date()

    def advance(self, seconds: float) -> None:
        """Move both clocks forward (a monotonic clock never goes back)."""
        if seconds < 0:
            raise ValueError("a clock never goes back; use set() to jump the wall clock")
        self._mono += seconds
        self._wall += dt.timedelta(seconds=seconds)

    def set(self, wall: dt.datetime) -> None:
        """Jump the wall clock (a time-zone change, a manual clock change); monotonic time stays."""
        self._wall = wall if wall.tzinfo is not None else wall.replace(tzinfo=self._wall.tzinfo)
