"""Adherence: sessions done against sessions planned, day by day (see the package's definitions)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from coach.core.i18n import translate
from coach.core.textfmt import fixed

from .period import Period, ProgramInfo
from .records import SessionRecord


def _s(n: int) -> str:
    return "" if n == 1 else "s"


@dataclass(frozen=True)
class DayAdherence:
    date: dt.date
    planned: int  # session slots of that day's plan
    done: int  # slots completed in full (at most planned)
    stopped: int  # slots stopped early and not completed later that day
    stops: int = 0  # sessions stopped early that day (a slot restarted and stopped again counts each time)
    pending: int = 0  # today only: slots neither done nor stopped yet (still to come, not missed)
    partial: int = 0  # slots completed only in part (an exercise ended early or skipped), not in full that day

    @property
    def counted(self) -> int:
        """Planned slots that count: today's slots still to come are not counted as missed."""
        return self.planned - self.pending


@dataclass(frozen=True)
class Adherence:
    days: tuple[DayAdherence, ...]

    @cached_property
    def planned(self) -> int:
        """Planned sessions that count (today's sessions still to come are left out)."""
        return sum(d.counted for d in self.days)

    @cached_property
    def done(self) -> int:
        return sum(d.done for d in self.days)

    @cached_property
    def stopped(self) -> int:
        """Slots stopped early and not completed (what the bars show)."""
        return sum(d.stopped for d in self.days)

    @cached_property
    def stops(self) -> int:
        """Sessions stopped early (each stop once)."""
        return sum(d.stops for d in self.days)

    @cached_property
    def pending(self) -> int:
        return sum(d.pending for d in self.days)

    @cached_property
    def partial(self) -> int:
        """Slots completed only in part (an exercise ended early or skipped): not counted as done."""
        return sum(d.partial for d in self.days)

    @property
    def percent(self) -> float | None:
        return 100.0 * self.done / self.planned if self.planned else None

    @property
    def text(self) -> str:
        later = translate("progress", "{pending} more planned later today").format(pending=self.pending) if self.pending else ""
        if not self.planned:
            if self.pending:
                return translate("progress", "{pending} session{pending2} planned today, none done yet.").format(pending=self.pending, pending2=_s(self.pending))
            return translate("progress", "No sessions were planned in this period.")
        part = translate("progress", "; {partial} done in part").format(partial=self.partial) if self.partial else ""
        stopped = translate("progress", "; {stops} session{stops2} stopped early").format(stops=self.stops, stops2=_s(self.stops)) if self.stops else ""
        return (translate("progress", "{done} of {planned} planned sessions done ({percent} %){part}{stopped}").format(done=self.done, planned=self.planned, percent=fixed(self.percent, 0), part=part, stopped=stopped)
                + (f"; {later}" if later else "") + ".")

    def between(self, period: Period) -> Adherence:
        """The days of ``period`` only."""
        return Adherence(tuple(d for d in self.days if d.date in period))


def adherence(sessions: Iterable[SessionRecord], program: ProgramInfo, period: Period,
              today: dt.date) -> Adherence:
    """Sessions done against planned, per day (see the package's definitions).

    Days run from the program start (or the period's start, if later) to today
    (or the period's end, if earlier). Today's slots not yet done or stopped are
    *pending*: planned, but not counted as missed.
    """
    span = period.clip(program.start, min(today, period.end))
    if span is None:
        return Adherence(())
    done: dict[dt.date, set[int]] = {}
    partial: dict[dt.date, set[int]] = {}
    stopped: dict[dt.date, set[int]] = {}
    stops: dict[dt.date, int] = {}
    for s in sessions:
        if s.date not in span:
            continue
        if s.status == "stopped":
            stops[s.date] = stops.get(s.date, 0) + 1
        if s.slot_index < 0:
            continue
        if s.full:
            done.setdefault(s.date, set()).add(s.slot_index)
        elif s.status == "completed":
            partial.setdefault(s.date, set()).add(s.slot_index)
        elif s.status == "stopped":
            stopped.setdefault(s.date, set()).add(s.slot_index)
    out = []
    for d in span.dates():
        planned = program.planned_on(d)
        ok = done.get(d, set())
        part = partial.get(d, set()) - ok
        st = stopped.get(d, set()) - ok - part
        n_done = min(planned, len(ok))
        pending = max(0, planned - n_done - len(st) - len(part)) if d == today else 0
        out.append(DayAdherence(d, planned, n_done, len(st), stops.get(d, 0), pending, len(part)))
    return Adherence(tuple(out))
