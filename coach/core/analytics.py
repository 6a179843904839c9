"""Progress analytics: daily series, weekly averages, adherence, centralization and meaningful change.

Pure Python (no Qt, no storage). ``coach.store.history`` reads the records
from the database; the progress screen, the chart exports and the provider
report all draw from one :class:`ProgressData` built by :func:`build_progress`.

Definitions (the same everywhere the numbers are shown)
=======================================================
* **Days**: every calendar day of the period, in order; a day without a
  diary entry, or without a rating at a location, is ``None`` (a gap), never 0.
* **First week / last week**: the first week is the seven days starting on
  the first day of the period that has a diary entry; the last week is the
  seven days ending on the last day with an entry, but starting no earlier
  than the day after the first week. With less than eight days between the
  first and the last entry there is no last week, and so no comparison yet.
* **Week average**: the mean of the days rated in that week (days with no
  rating are left out, not counted as 0).
* **Meaningful change**: an improvement counts as meaningful when the
  overall pain's weekly average falls by 2 points or by 30 % of the first
  week's average, whichever is larger. The *threshold* is the first week's
  average minus that drop; with a first-week average below 2 no meaningful
  drop can be measured and the threshold is None.
* **Adherence**: for each day from the program start (or the start of the
  period, if later) to today (or the end of the period, if earlier), the
  sessions planned that day (the number of session slots of that week's
  plan) and the slots with a completed session (at most one per slot;
  stand-alone walks, slot -1, are not counted). Adherence % is done over
  planned.
* **Reach** (centralization): how far from the spine the pain reaches that
  day: 0 no pain (every rated location 0), 1 back, 2 thigh, 3 knee, 4 shin;
  None when nothing was rated. Pain retreating toward the back over the
  weeks is called centralization and is a good sign.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from coach.core.plan import day_plan
from coach.core.program import Program
from coach.core.safety import stop_reason
from coach.core.tracker import (
    LOCATIONS,
    REGION_DISTANCE,
    REGIONS,
    SIDES,
    OutcomeScore,
    TrackerEntry,
    distance_rank,
    location_key,
    location_label,
    overall_pain,
)

DAY = dt.timedelta(days=1)

def stop_reason_text(reason: str | None) -> str:
    """The stop reason in words (the safety rules' labels); "Not recorded" when there is none."""
    if not reason:
        return "Not recorded"
    if reason == "user":
        return "Stopped with the Stop button"
    try:
        return stop_reason(reason).label
    except ValueError:
        return reason.replace("_", " ").capitalize()


REACH_LABELS: tuple[str, ...] = ("No pain", "Back", "Thigh", "Knee", "Shin")
REACH_NO_PAIN = 0

# A change of the mean reach by this much (in steps of the scale above) counts as a trend.
REACH_TREND_STEP = 0.5
MEANINGFUL_POINTS = 2.0
MEANINGFUL_FRACTION = 0.30

CENTRALIZATION_NOTE = (
    "Pain that retreats from the leg toward the back (centralization) is a good sign. "
    "Pain that spreads further down the leg is worth telling your clinician about."
)


# ------------------------------------------------------------------ inputs
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


@dataclass(frozen=True)
class ProgramInfo:
    """What the analytics need to know about the program: its weeks and sessions planned per day."""

    title: str
    start: dt.date
    week_count: int
    sessions_per_day: Mapping[int, int]  # week number -> session slots planned each day of that week

    def week_of(self, day: dt.date) -> int:
        """The program week by calendar, capped at the last week (1 before the start)."""
        days = (day - self.start).days
        if days < 0:
            return 1
        return max(1, min(self.week_count, days // 7 + 1))

    def planned_on(self, day: dt.date) -> int:
        if day < self.start:
            return 0
        return int(self.sessions_per_day.get(self.week_of(day), 0))

    def week_span(self, number: int) -> tuple[dt.date, dt.date]:
        first = self.start + dt.timedelta(days=7 * (number - 1))
        return first, first + dt.timedelta(days=6)

    @property
    def end(self) -> dt.date:
        return self.week_span(self.week_count)[1]


def program_info(program: Program, start: dt.date, affected_side: str = "unsure") -> ProgramInfo:
    """The program's weeks and the session slots planned each day of each week."""
    per_day = {w.number: len(day_plan(program, w.number, affected_side)) for w in program.weeks}
    return ProgramInfo(program.title, start, program.week_count, per_day)


@dataclass(frozen=True)
class SessionRecord:
    """One session as the analytics see it."""

    date: dt.date
    slot_index: int
    status: str  # completed | stopped | closed | in_progress
    slot_name: str = ""
    week: int = 0
    stop_reason: str | None = None
    stop_detail: str | None = None
    stop_exercise: str | None = None  # the exercise's name, when the stop happened during one


@dataclass(frozen=True)
class WarningRecord:
    """One set of answers to the warning-sign questions, in words."""

    date: dt.date
    reported: str  # what was answered yes ("" when every answer was no)
    outcome: str  # the advice given: "Seek emergency care now", "See a doctor soon", "No warning signs"
    source: str = ""  # where it was asked: "daily diary", "first run", "Today"
    follow_up: str = ""  # e.g. "acknowledged 3 Mar 2026", "clinician assessment confirmed 4 Mar 2026"

    @property
    def serious(self) -> bool:
        """A warning sign was reported (the answers were not all no)."""
        return bool(self.reported)

    @property
    def text(self) -> str:
        what = f"reported {self.reported}" if self.reported else "no warning signs"
        where = f" ({self.source})" if self.source else ""
        follow = f"; {self.follow_up}" if self.follow_up else ""
        return f"{date_text(self.date)}{where}: {what}. Advice: {self.outcome}{follow}."


# ----------------------------------------------------------------- helpers
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


def fmt(value: float | None, digits: int = 1, empty: str = "–") -> str:
    """A number for people: ``6.0``, ``3.5``; ``–`` for None."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return empty
    return f"{value:.{digits}f}"


def date_text(d: dt.date) -> str:
    return f"{d.day} {d:%b %Y}"


def period_text(p: Period) -> str:
    return f"{date_text(p.start)} – {date_text(p.end)}"


# --------------------------------------------------------------- windows
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
    """The first and the last week of the given entry dates (see the module's definitions)."""
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


@dataclass(frozen=True)
class PainChange:
    """One location's (or the overall) first-week and last-week averages."""

    key: str  # a location key, or "overall"
    label: str
    first: WeekAverage | None
    last: WeekAverage | None

    @property
    def change(self) -> float | None:
        if self.first is None or self.last is None or self.first.mean is None or self.last.mean is None:
            return None
        return self.last.mean - self.first.mean


@dataclass(frozen=True)
class MeaningfulChange:
    baseline: float  # the first week's average
    drop: float  # points needed: max(2, 30 % of the baseline)
    threshold: float | None  # baseline - drop, or None when the baseline is too low to measure a drop
    current: float | None  # the last week's average
    reached: bool | None

    @property
    def text(self) -> str:
        if self.threshold is None:
            return (f"First-week pain was already low ({fmt(self.baseline)} of 10), so a meaningful "
                    "drop cannot be measured.")
        head = (f"A meaningful improvement is a drop of {fmt(self.drop)} points or more "
                f"(2 points or 30 %, whichever is larger): an average of {fmt(self.threshold)} or less, "
                f"from {fmt(self.baseline)} in the first week.")
        if self.current is None:
            return head + " There is no last week to compare yet."
        if self.reached:
            return head + f" The last week's average, {fmt(self.current)}, has reached it."
        return head + f" The last week's average is {fmt(self.current)}."


def meaningful_change(baseline: float | None, current: float | None = None) -> MeaningfulChange | None:
    """The meaningful-change band for a first-week average (None when there is no baseline)."""
    if baseline is None:
        return None
    drop = max(MEANINGFUL_POINTS, MEANINGFUL_FRACTION * baseline)
    threshold = baseline - drop
    if threshold < 0:
        return MeaningfulChange(baseline, drop, None, current, None)
    reached = None if current is None else current <= threshold + 1e-9
    return MeaningfulChange(baseline, drop, threshold, current, reached)


# -------------------------------------------------------------- adherence
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
        return (f"{self.done} of {self.planned} planned sessions done ({fmt(self.percent, 0)} %){stopped}.")


def adherence(sessions: Iterable[SessionRecord], program: ProgramInfo, period: Period,
              today: dt.date) -> Adherence:
    """Sessions done against planned, per day (see the module's definitions)."""
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


# ------------------------------------------------------------------ stops
@dataclass(frozen=True)
class StopMarker:
    date: dt.date
    reason: str
    exercise: str
    detail: str
    session: str

    @property
    def reason_text(self) -> str:
        return stop_reason_text(self.reason)

    @property
    def text(self) -> str:
        where = f" during {self.exercise}" if self.exercise else ""
        detail = f" ({self.detail})" if self.detail else ""
        session = f"{self.session} session" if self.session else "Session"
        return f"{date_text(self.date)}: {session} stopped{where}: {self.reason_text}{detail}"


def stops(sessions: Iterable[SessionRecord], period: Period) -> list[StopMarker]:
    out = [
        StopMarker(s.date, s.stop_reason or "", s.stop_exercise or "", s.stop_detail or "", s.slot_name)
        for s in sessions if s.status == "stopped" and s.date in period
    ]
    out.sort(key=lambda m: m.date)
    return out


# -------------------------------------------------------- centralization
def reach(entry: TrackerEntry | None) -> int | None:
    """How far the pain reaches that day: 0 no pain, 1 back … 4 shin; None when nothing was rated."""
    if entry is None or overall_pain(entry) is None:
        return None
    r = distance_rank(entry)
    return REACH_NO_PAIN if r is None else r + 1


def reach_label(value: int | None) -> str:
    return "not rated" if value is None else REACH_LABELS[value]


@dataclass(frozen=True)
class WeekReach:
    window: Window
    mean: float | None
    typical: int | None  # the reach on most days (ties: the further one)
    days: int


def _week_reach(series: Mapping[dt.date, int | None], window: Window | None) -> WeekReach | None:
    if window is None:
        return None
    vals = [v for d, v in series.items() if d in window and v is not None]
    typical = None
    if vals:
        counts = Counter(vals)
        typical = max(counts, key=lambda v: (counts[v], v))
    return WeekReach(window, mean(vals), typical, len(vals))


@dataclass(frozen=True)
class Centralization:
    first: WeekReach | None
    last: WeekReach | None
    trend: str | None  # "toward_back" | "down_leg" | "no_change" | None (not enough data)

    @property
    def text(self) -> str:
        if self.trend is None or self.first is None or self.last is None:
            return ("Not enough diary entries yet to compare how far the pain reaches in the first and the "
                    "last week.")
        a = _reach_phrase(self.first.typical)
        b = _reach_phrase(self.last.typical)
        head = f"In the first week {a} on most days; in the last week {b}."
        if self.trend == "toward_back":
            return head + " The pain has moved back toward the spine: that is a good sign."
        if self.trend == "down_leg":
            return head + (" The pain now reaches further down the leg than at the start; tell your "
                           "clinician about it.")
        return head + " How far the pain reaches has not clearly changed."


def _reach_phrase(value: int | None) -> str:
    if value is None:
        return "nothing was rated"
    if value == REACH_NO_PAIN:
        return "there was no pain"
    if value == 1:
        return "the pain stayed in the back"
    return f"the pain reached the {REACH_LABELS[value].lower()}"


def centralization(series: Mapping[dt.date, int | None], first: Window | None,
                   last: Window | None) -> Centralization:
    a, b = _week_reach(series, first), _week_reach(series, last)
    trend = None
    if a is not None and b is not None and a.mean is not None and b.mean is not None:
        diff = b.mean - a.mean
        trend = ("toward_back" if diff <= -REACH_TREND_STEP
                 else "down_leg" if diff >= REACH_TREND_STEP else "no_change")
    return Centralization(a, b, trend)


# ------------------------------------------------------------------- PSFS
@dataclass(frozen=True)
class WeeklyScore:
    week_start: dt.date
    week: int  # program week number (0 or less: before the start)
    overall_pain: int | None
    psfs_mean: float | None
    activities: tuple[tuple[str, int | None], ...]

    @property
    def text(self) -> str:
        acts = "; ".join(f"{a} {s if s is not None else '–'}/10" for a, s in self.activities)
        return (f"Week of {date_text(self.week_start)}: PSFS {fmt(self.psfs_mean)}"
                + (f" ({acts})" if acts else "")
                + (f", overall pain {self.overall_pain}/10" if self.overall_pain is not None else ""))


def weekly_scores(outcomes: Iterable[OutcomeScore], period: Period, program_start: dt.date) -> list[WeeklyScore]:
    out = []
    for o in outcomes:
        if not (period.start - 6 * DAY <= o.week_start <= period.end):
            continue
        acts = tuple((i.activity.strip(), i.score) for i in o.psfs if i.activity.strip())
        out.append(WeeklyScore(o.week_start, (o.week_start - program_start).days // 7 + 1, o.overall_pain,
                               o.psfs_mean, acts))
    out.sort(key=lambda w: w.week_start)
    return out


# ------------------------------------------------------------ program weeks
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


# ------------------------------------------------------------- everything
@dataclass(frozen=True)
class ProgressData:
    """Everything the charts and the report show, for one period."""

    period: Period
    today: dt.date
    program: ProgramInfo
    patient: str
    dates: tuple[dt.date, ...]
    pain: Mapping[str, tuple[int | None, ...]]  # location -> one value per date
    overall: tuple[int | None, ...]
    reach: tuple[int | None, ...]
    entries: Mapping[dt.date, TrackerEntry]
    first_week: Window | None
    last_week: Window | None
    changes: tuple[PainChange, ...]  # "overall" first, then every location
    meaningful: MeaningfulChange | None
    adherence: Adherence
    stops: tuple[StopMarker, ...]
    warnings: tuple[WarningRecord, ...]  # every answer set of the period, serious or not
    weekly: tuple[WeeklyScore, ...]
    weeks: tuple[WeekSpan, ...]
    centralization: Centralization
    affected_side: str = "unsure"
    notes: tuple[str, ...] = field(default=())

    @property
    def has_diary(self) -> bool:
        return bool(self.entries)

    @property
    def is_empty(self) -> bool:
        return not self.entries and not self.adherence.done and not self.stops and not self.weekly

    @property
    def warning_signs(self) -> tuple[WarningRecord, ...]:
        """The answer sets that reported a warning sign."""
        return tuple(w for w in self.warnings if w.serious)

    @property
    def diary_days(self) -> int:
        return len(self.entries)

    def change(self, key: str) -> PainChange | None:
        return next((c for c in self.changes if c.key == key), None)

    @property
    def current_week(self) -> int:
        return self.program.week_of(min(self.today, self.period.end))


def build_progress(
    *,
    period: Period,
    today: dt.date,
    program: ProgramInfo,
    entries: Iterable[TrackerEntry],
    sessions: Iterable[SessionRecord] = (),
    outcomes: Iterable[OutcomeScore] = (),
    warnings: Iterable[WarningRecord] = (),
    patient: str = "",
    affected_side: str = "unsure",
) -> ProgressData:
    """Every series and summary for ``period`` from plain records (anything outside the period is ignored)."""
    by_date = {e.date: e for e in entries if e.date in period}
    dates = tuple(period.dates())
    pain = {k: tuple(by_date[d].pain.get(k) if d in by_date else None for d in dates) for k in LOCATIONS}
    overall = tuple(overall_pain(by_date[d]) if d in by_date else None for d in dates)
    reach_s = tuple(reach(by_date.get(d)) for d in dates)
    rated = [d for d, v in zip(dates, overall, strict=True) if v is not None]
    first, last = comparison_windows(rated)
    changes = [_change("overall", "Overall (worst place)", dict(zip(dates, overall, strict=True)), first, last)]
    for k in LOCATIONS:
        changes.append(_change(k, location_label(k), dict(zip(dates, pain[k], strict=True)), first, last))
    ov = changes[0]
    meaningful = meaningful_change(ov.first.mean if ov.first else None, ov.last.mean if ov.last else None)
    sessions = list(sessions)
    notes = []
    if 0 < len(rated) < 7:
        notes.append(f"Only {len(rated)} day{'s' if len(rated) != 1 else ''} of diary entries so far: "
                     "the trend becomes clearer after a week or two.")
    return ProgressData(
        period=period, today=today, program=program, patient=patient, dates=dates, pain=pain, overall=overall,
        reach=reach_s, entries=by_date, first_week=first, last_week=last, changes=tuple(changes),
        meaningful=meaningful, adherence=adherence(sessions, program, period, today),
        stops=tuple(stops(sessions, period)),
        warnings=tuple(sorted((w for w in warnings if w.date in period), key=lambda w: w.date)),
        weekly=tuple(weekly_scores(outcomes, period, program.start)),
        weeks=tuple(program_weeks(program, period)),
        centralization=centralization(dict(zip(dates, reach_s, strict=True)), first, last),
        affected_side=affected_side, notes=tuple(notes),
    )


def _change(key: str, label: str, values: Mapping[dt.date, int | None], first: Window | None,
            last: Window | None) -> PainChange:
    return PainChange(key, label, week_average(values, first), week_average(values, last))


def changes_with_data(data: ProgressData) -> list[PainChange]:
    """The overall line and every location rated at least once in the period."""
    return [c for c in data.changes
            if c.key == "overall" or any(v is not None for v in data.pain.get(c.key, ()))]


def region_keys(region: str) -> tuple[str, str]:
    return tuple(location_key(region, s) for s in SIDES)  # type: ignore[return-value]


def data_span(dates: Sequence[dt.date]) -> Period | None:
    return Period(min(dates), max(dates)) if dates else None


def default_period(program_start: dt.date, today: dt.date, first_data: dt.date | None = None) -> Period:
    """From the program start (or the first record, if earlier) to today."""
    start = min(program_start, first_data) if first_data else program_start
    return Period(min(start, today), today)


def days_back(today: dt.date, days: int) -> Period:
    return Period(today - (days - 1) * DAY, today)


__all__ = [
    "REGIONS", "REGION_DISTANCE", "Adherence", "Centralization", "DayAdherence", "MeaningfulChange", "PainChange",
    "Period", "ProgramInfo", "ProgressData", "SessionRecord", "StopMarker", "WarningRecord", "WeekAverage",
    "WeekReach", "WeekSpan", "WeeklyScore", "Window", "adherence", "build_progress", "centralization",
    "comparison_windows", "meaningful_change", "reach", "stops", "week_average", "weekly_scores",
]
