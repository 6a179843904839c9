"""Everything the charts and the report show for one period: :class:`ProgressData` and :func:`build_progress`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from coach.core.change import Change, pain_change, psfs_change
from coach.core.textfmt import date_text, fixed
from coach.core.tracker import (
    LOCATIONS,
    SIDES,
    OutcomeScore,
    TrackerEntry,
    location_key,
    location_label,
    overall_pain,
)
from coach.core.weeks import week_number

from .adherence import Adherence, adherence
from .centralization import Centralization, centralization, reach
from .period import (
    DAY,
    Period,
    ProgramInfo,
    WeekAverage,
    WeekSpan,
    Window,
    comparison_windows,
    program_weeks,
    week_average,
)
from .records import SessionRecord, StopMarker, WarningRecord, stops


# ------------------------------------------------------------ pain change
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
    """The overall pain's first-week and last-week averages, judged by the one meaningful-change rule."""

    change: Change

    @property
    def baseline(self) -> float:
        """The first week's average."""
        return self.change.baseline

    @property
    def current(self) -> float | None:
        """The last week's average (None when there is no last week yet)."""
        return self.change.current

    @property
    def drop(self) -> float:
        """Points the pain must fall for a meaningful improvement."""
        return self.change.needed

    @property
    def threshold(self) -> float | None:
        """The average that meets it; None when the baseline is too low to measure a meaningful drop."""
        return self.change.target

    @property
    def reached(self) -> bool | None:
        return self.change.improved

    @property
    def text(self) -> str:
        if self.threshold is None:
            return (f"First-week pain was already low ({fixed(self.baseline)} of 10), so a meaningful "
                    "drop cannot be measured.")
        head = (f"A meaningful improvement is a drop of {fixed(self.drop)} points or more "
                f"({self.change.rule_text}): an average of {fixed(self.threshold)} or less, "
                f"from {fixed(self.baseline)} in the first week.")
        if self.current is None:
            return head + " There is no last week to compare yet."
        if self.reached:
            return head + f" The last week's average, {fixed(self.current)}, has reached it."
        return head + f" The last week's average is {fixed(self.current)}."


def meaningful_change(baseline: float | None, current: float | None = None) -> MeaningfulChange | None:
    """The meaningful-change mark for a first-week pain average (None when there is no baseline)."""
    c = pain_change(baseline, current)
    return None if c is None else MeaningfulChange(c)


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
        return (f"Week of {date_text(self.week_start)}: PSFS {fixed(self.psfs_mean)}"
                + (f" ({acts})" if acts else "")
                + (f", overall pain {self.overall_pain}/10" if self.overall_pain is not None else ""))


def weekly_scores(outcomes: Iterable[OutcomeScore], period: Period, program_start: dt.date) -> list[WeeklyScore]:
    out = []
    for o in outcomes:
        if not (period.start - 6 * DAY <= o.week_start <= period.end):
            continue
        acts = tuple((i.activity.strip(), i.score) for i in o.psfs if i.activity.strip())
        out.append(WeeklyScore(o.week_start, week_number(program_start, o.week_start), o.overall_pain,
                               o.psfs_mean, acts))
    out.sort(key=lambda w: w.week_start)
    return out


@dataclass(frozen=True)
class PsfsChange:
    """The first and the last weekly PSFS score of the period, judged by the one meaningful-change rule."""

    first: WeeklyScore
    last: WeeklyScore
    change: Change

    @property
    def reached(self) -> bool | None:
        return self.change.improved

    @property
    def text(self) -> str:
        verdict = {"improved": "a meaningful improvement", "worse": "a meaningful worsening"}.get(
            self.change.verdict, "not a meaningful change yet")
        return (f"PSFS (activities, higher is better) went from {fixed(self.first.psfs_mean)} in the week of "
                f"{date_text(self.first.week_start)} to {fixed(self.last.psfs_mean)} in the week of "
                f"{date_text(self.last.week_start)}: {verdict} (meaningful: {self.change.rule_text}).")


def psfs_trend(weekly: Iterable[WeeklyScore]) -> PsfsChange | None:
    """The first and the last scored week compared (None with fewer than two weeks scored)."""
    scored = [w for w in weekly if w.psfs_mean is not None]
    if len(scored) < 2:
        return None
    first, last = scored[0], scored[-1]
    return PsfsChange(first, last, psfs_change(first.psfs_mean, last.psfs_mean))


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
    psfs: PsfsChange | None
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
    weekly = tuple(weekly_scores(outcomes, period, program.start))
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
        psfs=psfs_trend(weekly), weekly=weekly,
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
