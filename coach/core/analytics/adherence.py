"""Adherence: sessions done against sessions planned, day by day (see the package's definitions)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from coach.core.textfmt import fixed

from .period import Period, ProgramInfo
from .records import SessionRecord


@dataclass(frozen=True)
class DayAdherence:
    date: dt.date
    planned: int
    done: int  # slots completed (at most planned)
    stopped: int  # slots stopped early and not completed later that day


@dataclass(frozen=True)
class Adherence:
    days: tuple[DayAdherence, ...]

    @cached_property
    def planned(self) -> int:
        return sum(d.planned for d in self.days)

    @cached_property
    def done(self) -> int:
        return sum(d.done for d in self.days)

    @cached_property
    def stopped(self) -> int:
        return sum(d.stopped for d in self.days)

    @property
    def percent(self) -> float | None:
        return 100.0 * self.done / self.planned if self.planned else None

    @property
    def text(self) -> str:
        if not self.planned:
            return "No sessions were planned in this period."
        stopped = f"; {self.stopped} stopped early" if self.stopped else ""
        return (f"{self.done} of {self.planned} planned sessions done ({fixed(self.percent, 0)} %){stopped}.")


def adherence(sessions: Iterable[SessionRecord], program: ProgramInfo, period: Period,
              today: dt.date) -> Adherence:
    """Sessions done against planned, per day (see the package's definitions)."""
    span = period.clip(program.start, min(today, period.end))
    if span is None:
        return Adherence(())
    done: dict[dt.date, set[int]] = {}
    stopped: dict[dt.date, set[int]] = {}
    for s in sessions:
        if s.slot_index < 0 or s.date not in span:
            continue
        if s.status == "completed":
            done.setdefault(s.date, set()).add(s.slot_index)
        elif s.status == "stopped":
            stopped.setdefault(s.date, set()).add(s.slot_index)
    out = []
    for d in span.dates():
        planned = program.planned_on(d)
        ok = done.get(d, set())
        st = stopped.get(d, set()) - ok
        out.append(DayAdherence(d, planned, min(planned, len(ok)), len(st)))
    return Adherence(tuple(out))
