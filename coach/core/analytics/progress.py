"""Everything the charts and the report show for one period: :class:`ProgressData` and :func:`build_progress`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from coach.core.change import Change, pain_change, psfs_change
from coach.core.i18n import translate
from coach.core.session_pain import SessionPain
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
    default_period,
    program_weeks,
    rolling_mean,
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
            return (translate("progress", "First-week pain was already low ({baseline} of 10), so a meaningful drop cannot be measured.").format(baseline=fixed(self.baseline)))
        head = (translate("progress", "A meaningful improvement is a drop of {drop} points or more ({rule_text}): an average of {threshold} or less, from {baseline} in the first week.").format(drop=fixed(self.drop), rule_text=self.change.rule_text, threshold=fixed(self.threshold), baseline=fixed(self.baseline)))
        if self.current is None:
            return head + translate("progress", " There is no last week to compare yet.")
        if self.reached:
            return head + translate("progress", " The last week's average, {current}, has reached it.").format(current=fixed(self.current))
        return head + translate("progress", " The last week's average is {current}.").format(current=fixed(self.current))


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
        return (translate("progress", "Week of {week_start}: PSFS {psfs_mean}").format(week_start=date_text(self.week_start), psfs_mean=fixed(self.psfs_mean))
                + (f" ({acts})" if acts else "")
                + (translate("progress", ", overall pain {overall_pain}/10").format(overall_pain=self.overall_pain) if self.overall_pain is not None else ""))


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
        verdict = {"improved": translate("progress", "a meaningful improvement"), "worse": translate("progress", "a meaningful worsening")}.get(
            self.change.verdict, translate("progress", "not a meaningful change yet"))
        return (translate("progress", "PSFS (activities, higher is better) went from {psfs_mean} in the week of {week_start} to {psfs_mean2} in the week of {week_start2}: {verdict} (meaningful: {rule_text}).").format(psfs_mean=fixed(self.first.psfs_mean), week_start=date_text(self.first.week_start), psfs_mean2=fixed(self.last.psfs_mean), week_start2=date_text(self.last.week_start), verdict=verdict, rule_text=self.change.rule_text))


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
    first_week: Window | None  # the baseline: the first week of diary from the program's start
    last_week: Window | None  # the last week of diary in the period
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
    weekly_average: tuple[float | None, ...] = ()  # the 7-day average of overall pain, one value per date
    span: Period | None = None  # every day there can be data for: the first record (or the program start) to today
    flares: tuple[dt.date, ...] = ()  # days the flare plan was opened
    session_pain: tuple[SessionPain, ...] = ()  # the period's sessions rated before or after (coach.core.session_pain)

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

    @property
    def diary_due(self) -> int:
        """Days of the period a diary entry could be expected for: today counts only once it is filled in."""
        days = (min(self.period.end, self.today) - self.period.start).days + 1
        if self.today in self.period and self.today not in self.entries:
            days -= 1
        return max(0, days)

    def change(self, key: str) -> PainChange | None:
        return next((c for c in self.changes if c.key == key), None)

    @property
    def current_week(self) -> int:
        return self.program.week_of(min(self.today, self.period.end))


class ProgressHistory:
    """Every record of one person, read once; :meth:`progress` gives the :class:`ProgressData` of any period.

    What does not depend on the period (each day's worst pain and reach, the
    sessions of each day, the baseline week) is worked out once here, so that
    switching between periods costs only the days shown.
    """

    def __init__(self, *, today: dt.date, program: ProgramInfo, entries: Iterable[TrackerEntry] = (),
                 sessions: Iterable[SessionRecord] = (), outcomes: Iterable[OutcomeScore] = (),
                 warnings: Iterable[WarningRecord] = (), patient: str = "", affected_side: str = "unsure",
                 flares: Iterable[dt.date] = ()):
        self.today = today
        self.flares = tuple(sorted(set(flares)))
        self.program = program
        self.patient = patient
        self.affected_side = affected_side
        self.entries: dict[dt.date, TrackerEntry] = {e.date: e for e in sorted(entries, key=lambda e: e.date)}
        self.sessions = sorted(sessions, key=lambda s: s.date)
        self.warnings = sorted(warnings, key=lambda w: w.date)
        self.outcomes = sorted(outcomes, key=lambda o: o.week_start)
        self.overall = {d: overall_pain(e) for d, e in self.entries.items()}
        self.reach = {d: reach(e) for d, e in self.entries.items()}
        self.rated = [d for d, v in self.overall.items() if v is not None]
        firsts = [d for d in (self.rated[:1] + [s.date for s in self.sessions[:1]]
                              + [o.week_start for o in self.outcomes[:1]] + [w.date for w in self.warnings[:1]])]
        self.first_record = min(firsts) if firsts else None
        self.span = default_period(program.start, today, self.first_record)
        days = adherence(self.sessions, program, Period(min(program.start, self.span.start), today), today).days
        self._adherence = {d.date: d for d in days}
        self._stops = stops(self.sessions, Period(dt.date.min, dt.date.max))
        self._weekly = weekly_scores(self.outcomes, Period(dt.date.min + 7 * DAY, dt.date.max), program.start)
        # the baseline: the first week of diary from the program's start (days before it are not the baseline)
        self.baseline_start = next((d for d in self.rated if d >= program.start), None)

    def progress(self, period: Period | None = None) -> ProgressData:
        """Every series and summary for ``period`` (default: :attr:`span`)."""
        period = period or self.span
        dates = tuple(period.dates())
        entries = self.entries
        by_date = {d: entries[d] for d in dates if d in entries} if len(entries) > len(dates) else {
            d: e for d, e in entries.items() if d in period}
        pain = {k: tuple(by_date[d].pain.get(k) if d in by_date else None for d in dates) for k in LOCATIONS}
        ov = self.overall
        overall = tuple(ov.get(d) for d in dates)
        reach_s = tuple(self.reach.get(d) for d in dates)
        before = tuple(ov.get(period.start - (6 - i) * DAY) for i in range(6))
        weekly_average = tuple(rolling_mean(before + overall)[6:])
        rated = [d for d, v in zip(dates, overall, strict=True) if v is not None]
        first, last = self._windows(period, rated)
        values = dict(zip(dates, overall, strict=True))
        changes = [_change("overall", translate("progress", "Overall (worst place)"), ov, values, first, last)]
        for k in LOCATIONS:
            every = {d: e.pain.get(k) for d, e in entries.items() if first is not None and d in first}
            changes.append(_change(k, location_label(k), every, dict(zip(dates, pain[k], strict=True)), first, last))
        o = changes[0]
        meaningful = meaningful_change(o.first.mean if o.first else None, o.last.mean if o.last else None)
        weekly = tuple(w for w in self._weekly if period.start - 6 * DAY <= w.week_start <= period.end)
        notes = []
        if 0 < len(self.rated) < 7:
            n = len(self.rated)
            notes.append((translate("progress", "Only {n} day of diary entries so far: the trend becomes clearer after a week or two.") if n == 1 else translate("progress", "Only {n} days of diary entries so far: the trend becomes clearer after a week or two.")).format(n=n))
        return ProgressData(
            period=period, today=self.today, program=self.program, patient=self.patient, dates=dates, pain=pain,
            overall=overall, reach=reach_s, entries=by_date, first_week=first, last_week=last,
            changes=tuple(changes), meaningful=meaningful,
            adherence=Adherence(tuple(self._adherence[d] for d in dates if d in self._adherence)),
            stops=tuple(s for s in self._stops if s.date in period),
            warnings=tuple(w for w in self.warnings if w.date in period),
            psfs=self._psfs(period, weekly), weekly=weekly,
            weeks=tuple(program_weeks(self.program, period)),
            centralization=centralization(self.reach, first, last),
            affected_side=self.affected_side, notes=tuple(notes), weekly_average=weekly_average, span=self.span,
            flares=tuple(d for d in self.flares if d in period),
            session_pain=tuple(SessionPain(x.date, x.pain_before, x.pain_after, x.slot_name) for x in self.sessions
                               if x.date in period and (x.pain_before is not None or x.pain_after is not None)),
        )

    def _windows(self, period: Period, rated: list[dt.date]) -> tuple[Window | None, Window | None]:
        """The baseline week (from the program's start) and the last week of diary in the period."""
        if not rated:
            base = self.baseline_start if self.baseline_start and self.baseline_start <= period.end else None
            return (Window(base, base + 6 * DAY) if base else None), None
        base = self.baseline_start
        if base is None or base > period.end:
            base = rated[0]  # the whole period is before the program's diary began: its own first week
        first = Window(base, base + 6 * DAY)
        last_day = rated[-1]
        if (last_day - base).days < 7:
            return first, None
        return first, Window(max(last_day - 6 * DAY, first.end + DAY), last_day)

    def _psfs(self, period: Period, weekly: tuple[WeeklyScore, ...]) -> PsfsChange | None:
        scored = [w for w in weekly if w.psfs_mean is not None]
        if not scored:
            return None
        base = next((w for w in self._weekly if w.psfs_mean is not None
                     and w.week_start >= self.program.start - 6 * DAY and w.week_start <= period.end), None)
        first = base if base is not None else scored[0]
        last = scored[-1]
        if last.week_start <= first.week_start:
            return None
        return PsfsChange(first, last, psfs_change(first.psfs_mean, last.psfs_mean))


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
    flares: Iterable[dt.date] = (),
) -> ProgressData:
    """Every series and summary for ``period`` from plain records (see :class:`ProgressHistory`)."""
    return ProgressHistory(today=today, program=program, entries=entries, sessions=sessions, outcomes=outcomes,
                           warnings=warnings, patient=patient, affected_side=affected_side,
                           flares=flares).progress(period)


def _change(key: str, label: str, every: Mapping[dt.date, int | None], values: Mapping[dt.date, int | None],
            first: Window | None, last: Window | None) -> PainChange:
    """First week from every record (the baseline may lie before the period), last week from the period's."""
    return PainChange(key, label, week_average(every, first), week_average(values, last))


def changes_with_data(data: ProgressData) -> list[PainChange]:
    """The overall line and every location rated at least once in the period."""
    return [c for c in data.changes
            if c.key == "overall" or any(v is not None for v in data.pain.get(c.key, ()))]


def region_keys(region: str) -> tuple[str, str]:
    return tuple(location_key(region, s) for s in SIDES)  # type: ignore[return-value]
