"""Progression by tolerance: which week a person is on, the review that decides a new week, dose levels within a
range, and how an exercise comes back after a stop.

Pure Python. The thresholds come from the program's ``[progression]`` table
(:class:`coach.core.program.Progression`, documented in programs/README.md).

Weeks: progress by tolerance, never by the calendar
===================================================
Monograph Section 7 line 158: "Progress based on tolerance"; Section 6 line
140: "Start gentle, progress gradually". Everyone starts on week 1 and stays
on a week until one of these is stored (a :class:`WeekChoice`):

* the week's review found the week **tolerated** and the person confirmed
  moving on (``advance``);
* the person chose to ``stay`` or ``ease`` back at a review;
* a clinician (clinician mode) set the week (``set``), with a reason.

A choice applies from the day it is made. The date alone never moves the
week: with no choice, the person stays on their week, and Today says why
(:func:`week_status`).

The review
==========
The review of the current week is due once it has run for 7 whole days (from
its 8th day) and stays until it is answered; while something holds exercise
back (a warning sign, a stop that ends the day) it waits (``coach.app.safety``).
It reads every whole day on the week, from its first day to yesterday: every
session, stop, check-in, dose change, diary day and warning sign. A week is
*tolerated* when all of these hold:

* **adherence**: sessions done in full (completed with every planned exercise
  done, none ended early or skipped; one per day and slot at most;
  stand-alone walks outside the slots do not count) divided by the planned
  sessions (the days × the slots of the week's day plan) is at least
  ``min_adherence`` (Section 6 line 143 "Consistency is key");
* **no symptom stop** anywhere in the week: a stop or session-ending check-in
  for sharp pain, weakness, spreading, or feeling unwell (Section 7 line 157);
* **no tingling outside a nerve glide** in the week's last ``recent_sessions``
  ended sessions: tingling is acceptable only in nerve glides (Section 7 line
  156), elsewhere it holds the dose;
* **pain not rising**: the average pain of the week's diary days minus the
  average of the 7 days before the week is at most ``max_pain_rise`` and is not
  a meaningful worsening by the one meaningful-change rule
  (``coach.core.change``, a rise of 2 points). When the days before have no
  pain score, the later half of the week's scores is compared with the earlier
  half; with fewer than two scores pain is not used (Section 6 line 141, avoid
  what sharply increases leg symptoms);
* **sessions not flaring the pain** (a separate input, ``session_pain``: the
  pain rated just before and after each session, ``coach.core.session_pain``):
  a rise of 2 points or more after the sessions on most of the days rated is
  not tolerated (the meaningful-worsening rule of ``coach.core.change``);
* **weakness not increasing**: weakness reported (diary or sessions) on more
  days in the last 7 days of the week than in the 7 before
  (``coach.core.trends.weakness_increasing``; monograph Section 5 line 111);
* **no spreading** by the diary's body map at the week's end
  (``coach.core.trends.reach_trend``; levels line 38);
* **no warning sign** reported during the week (Section 5).

Tolerated: the person may move on (confirming it) or stay. Not tolerated: they
stay, or ease back to the previous week when a symptom (a stop, rising pain,
sessions that flare the pain, more weakness, spreading or a warning sign) was the reason; moving on is not
offered. The review's text states what the week's data shows, and only that.

Dose levels
===========
A dose given as a range (``hold_seconds = [10, 15]``) starts at level 0, the
low end, and moves in steps of ``LEVEL_STEP`` up to 1, the top (see
``plan.at_level``). Levels are kept per exercise and program week. Each ended
session that included the exercise (in that week) counts:

* *tolerated*: the exercise was done in full, its check-in was fine (or mild
  tingling in a nerve glide), and the session had no symptom stop anywhere.
  After ``tolerated_sessions_to_step_up`` tolerated sessions in a row the level
  steps up one step and the count starts again;
* *symptom on this exercise* (a stop or check-in for sharp pain, weakness or
  spreading on it): the level steps down one step and the count starts again;
* anything else (done in part, tingling outside a nerve glide, feeling unwell,
  a symptom stop on another exercise): the count starts again (the dose holds).

After a stop: eased next time
=============================
The next day an exercise stopped for a symptom comes up it is eased, or left
out: ``coach.core.easing``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from coach.core.change import Change
from coach.core.change import pain_change as judge_pain
from coach.core.i18n import translate
from coach.core.plan import day_plan, plan_exercise
from coach.core.program import Exercise, Program, Progression
from coach.core.safety import (
    EASING_STOPS,
    SESSION_ENDING_ANSWERS,
    SYMPTOM_STOPS,
    DayRecord,
    SessionRecord,
    SignReport,
    stop_reason,
    tolerated,
)
from coach.core.session_pain import SessionPain
from coach.core.session_pain import tolerance as session_tolerance
from coach.core.textfmt import day_text, long_day
from coach.core.trends import reach_trend, weakness_increasing
from coach.core.warning_signs import SIGN_BY_ID, join_words
from coach.core.weeks import WEEK_DAYS

LEVEL_STEP = 0.25
ENDED = ("completed", "stopped")
CHOICES: tuple[str, ...] = ("advance", "stay", "ease")
SET_BY_CLINICIAN = "set"
REVIEW_AFTER_DAYS = WEEK_DAYS
"""The review is due once the week has run for this many whole days."""


# ------------------------------------------------------------------- weeks
@dataclass(frozen=True)
class WeekChoice:
    """A stored decision: from ``applies_from`` the program is on ``effective_week``.

    ``choice``: advance | stay | ease (the person, at a review) or ``set`` (a
    clinician, with ``note`` saying why); ``by``: patient | clinician.
    """

    applies_from: dt.date
    effective_week: int
    choice: str = "advance"
    from_week: int = 0
    id: int = 0
    by: str = "patient"
    note: str = ""


def _latest(start: dt.date, today: dt.date, choices: Sequence[WeekChoice]) -> WeekChoice | None:
    # a choice from before the start date belongs to an earlier run of the program (it was started again)
    applying = [c for c in choices if start <= c.applies_from <= today]
    return max(applying, key=lambda c: (c.applies_from, c.id)) if applying else None


def effective_week(start: dt.date, today: dt.date, week_count: int, choices: Sequence[WeekChoice] = ()) -> int:
    """The program week for ``today``: week 1 until a stored choice moves it (never the calendar)."""
    if today < start:
        return 1
    c = _latest(start, today, choices)
    week = c.effective_week if c is not None else 1
    return max(1, min(week_count, week))


def week_started(start: dt.date, today: dt.date, choices: Sequence[WeekChoice] = ()) -> dt.date:
    """The first day of the week the person is on now: the program's start or the latest choice's day."""
    c = _latest(start, today, choices)
    return max(start, c.applies_from) if c is not None else start


def choice_week(choice: str, from_week: int, week_count: int) -> int:
    if choice == "advance":
        return min(week_count, from_week + 1)
    if choice == "stay":
        return from_week
    if choice == "ease":
        return max(1, from_week - 1)
    raise ValueError(f"unknown choice {choice!r}; expected one of {CHOICES}")


def review_span(start: dt.date, today: dt.date, choices: Sequence[WeekChoice] = ()) -> tuple[dt.date, dt.date] | None:
    """The days the current week's review reads (its first day to yesterday), or None when it is not due:
    the week has run for fewer than ``REVIEW_AFTER_DAYS`` whole days."""
    if today < start:
        return None
    first = week_started(start, today, choices)
    if (today - first).days < REVIEW_AFTER_DAYS:
        return None
    return first, today - dt.timedelta(days=1)


@dataclass(frozen=True)
class WeekStatus:
    """Which week the person is on, since when, and when its review comes."""

    week: int
    week_count: int
    since: dt.date
    day: int  # the day on this week, from 1 (it may run past 7 until the week's review is answered)
    review_from: dt.date  # the first day its review is due
    before_start: bool = False

    @property
    def review_due(self) -> bool:
        return not self.before_start and self.day > REVIEW_AFTER_DAYS

    def waiting_text(self) -> str:
        """Why the week stays, when its review is not due yet."""
        if self.before_start:
            return ""
        if self.week >= self.week_count:
            return (translate("review", "Week {week} is the program's last week. Its review comes on {review_from}, after 7 days on it.").format(week=self.week, review_from=long_day(self.review_from)))
        return (translate("review", "Week {week} starts only when week {week2} has been tolerated well and you confirm it: its review comes on {review_from}, after 7 days on week {week2}.").format(week=self.week + 1, week2=self.week, review_from=long_day(self.review_from)))


def week_status(start: dt.date, today: dt.date, week_count: int, choices: Sequence[WeekChoice] = ()) -> WeekStatus:
    week = effective_week(start, today, week_count, choices)
    first = week_started(start, today, choices)
    return WeekStatus(week, week_count, first, max(0, (today - first).days) + 1,
                      first + dt.timedelta(days=REVIEW_AFTER_DAYS), today < start)


# ------------------------------------------------------------------- review
@dataclass(frozen=True)
class Option:
    choice: str  # advance | stay | ease
    week: int
    label: str


@dataclass(frozen=True)
class WeekReview:
    """The review of the current week and what may follow from it."""

    from_week: int
    block: int
    start: dt.date
    end: dt.date
    applies_from: dt.date  # the day a choice takes effect (the day it is made)
    planned_sessions: int
    done_sessions: int  # done in full
    adherence: float
    symptom_stops: tuple[tuple[dt.date, str, str], ...]  # (date, exercise id, reason)
    pain_before: float | None
    pain_after: float | None
    tolerated: bool
    recommended: str | None  # None: nothing to suggest (the last week, tolerated)
    options: tuple[Option, ...]
    text: str
    partial_sessions: int = 0  # completed, but not every exercise in full
    tingling: tuple[tuple[dt.date, str], ...] = ()  # tingling outside nerve glides in the recent sessions
    warnings: tuple[tuple[dt.date, str], ...] = ()  # (date, what was reported)
    weakness_more: bool = False
    spreading: bool = False
    step_downs: tuple[tuple[dt.date, str], ...] = ()  # (date, exercise id) of dose levels stepped down

    @property
    def pain_rise(self) -> float | None:
        if self.pain_before is None or self.pain_after is None:
            return None
        return self.pain_after - self.pain_before

    @property
    def pain(self) -> Change | None:
        """The week's pain change judged by the one meaningful-change rule (None when pain was not used)."""
        return judge_pain(self.pain_before, self.pain_after) if self.pain_after is not None else None

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def pain_change(days: Sequence[DayRecord], start: dt.date, end: dt.date) -> tuple[float | None, float | None]:
    """(before, during) average pain for the rule in the module docstring; (None, None) when unknown."""
    during = [float(d.pain) for d in sorted(days, key=lambda d: d.date)
              if d.pain is not None and start <= d.date <= end]
    prior_start = start - dt.timedelta(days=7)
    prior = [float(d.pain) for d in days if d.pain is not None and prior_start <= d.date < start]
    if during and prior:
        return _mean(prior), _mean(during)
    if len(during) >= 2:
        h = len(during) // 2
        return _mean(during[:h]), _mean(during[-h:])
    return None, None


def _week_slots(program: Program, week: int) -> int:
    return max(1, len(day_plan(program, week)))


def _glide(program: Program, exercise_id: str) -> bool:
    ex = program.exercise(exercise_id)
    return bool(ex and ex.nerve_glide)


def _s(n: int) -> str:
    return "" if n == 1 else "s"


def review_week(program: Program, from_week: int, start: dt.date, sessions: Sequence[SessionRecord],
                days: Sequence[DayRecord], names: Mapping[str, str] | None = None, block: int = 0,
                end: dt.date | None = None, reports: Sequence[SignReport] = (),
                applies_from: dt.date | None = None, session_pain: Sequence[SessionPain] = ()) -> WeekReview:
    """Review the days from ``start`` to ``end`` (default: 7 days) on week ``from_week`` (module docstring)."""
    p: Progression = program.progression
    names = names or program.exercise_names()
    end = end or start + dt.timedelta(days=WEEK_DAYS - 1)
    n_days = (end - start).days + 1
    in_span = sorted((s for s in sessions if start <= s.date <= end), key=lambda s: (s.date, s.id))
    slots = _week_slots(program, from_week)
    planned = n_days * slots
    in_slot = [s for s in in_span if s.slot_index is not None and 0 <= s.slot_index < slots]
    full = {(s.date, s.slot_index) for s in in_slot if s.full}
    part = {(s.date, s.slot_index) for s in in_slot if s.status == "completed"} - full
    done = min(len(full), planned)
    adherence = done / planned
    ended = [s for s in in_span if s.status in ENDED]
    # every symptom stop of the week, not just the last sessions' (Section 7 line 157)
    stops = tuple((s.date, e, r) for s in in_span for e, r in s.symptom_stops())
    recent = ended[-p.recent_sessions:] if p.recent_sessions > 0 else []
    tingling = tuple((s.date, e) for s in recent for e, a in s.checkins.items()
                     if a == "tingling" and not _glide(program, e))
    before, after = pain_change(days, start, end)
    rise = None if before is None or after is None else after - before
    judged = judge_pain(before, after) if rise is not None else None
    # A program may allow less of a rise than a meaningful worsening, never more (coach.core.change).
    pain_up = rise is not None and (rise > p.max_pain_rise + 1e-9 or bool(judged and judged.worse))
    around = session_tolerance(session_pain, start, end)  # the pain just before and after each session
    flaring = around.not_tolerated
    weak = weakness_increasing(days, end)
    trend = reach_trend(days, end)
    spread = trend is not None and trend[0] == "spreading"
    warned = tuple((r.date, join_words([SIGN_BY_ID[k].short for k, v in r.answers.items() if v and k in SIGN_BY_ID]))
                   for r in sorted(reports, key=lambda r: (r.date, r.id))
                   if start <= r.date <= end and any(v and k in SIGN_BY_ID for k, v in r.answers.items()))
    _, changes = step_levels(program, {}, [s for s in sessions if s.date <= end])
    step_downs = tuple((c.date, c.exercise_id) for c in changes
                       if c.reason == "step_down" and start <= c.date <= end and c.week == from_week)
    low_adherence = adherence + 1e-9 < p.min_adherence
    symptom = bool(stops or pain_up or flaring or weak or spread or warned)
    tolerated_week = not (low_adherence or symptom or tingling)

    last = program.week_count
    if tolerated_week:
        recommended = "advance" if from_week < last else None
    elif symptom:
        recommended = "ease" if from_week > 1 else "stay"
    else:
        recommended = "stay"
    options: list[Option] = []
    if tolerated_week and from_week < last:
        options.append(Option("advance", from_week + 1, translate("review", "Move on to week {from_week}").format(from_week=from_week + 1)))
    options.append(Option("stay", from_week, translate("review", "Stay on week {from_week}").format(from_week=from_week)))
    if not tolerated_week and symptom and from_week > 1:
        options.append(Option("ease", from_week - 1, translate("review", "Ease back to week {from_week}").format(from_week=from_week - 1)))
    options.sort(key=lambda o: o.choice != recommended)

    # ---- the text: only what the data shows
    span = translate("review", "{start} to {end}").format(start=day_text(start), end=day_text(end))
    did = translate("review", "you did {done} of the {planned} planned sessions in full ({adherence:.0%})").format(done=done, planned=planned, adherence=adherence)
    if part:
        did += translate("review", ", and {part} more in part").format(part=len(part))
    facts: list[str] = []
    if low_adherence:
        facts.append(translate("review", "{did}; moving on needs {min_adherence:.0%} in full").format(did=did, min_adherence=p.min_adherence))
    for d, e, r in stops:
        facts.append(translate("review", "you stopped {e} on {d} because of {label}").format(e=names.get(e, e), d=day_text(d), label=stop_reason(r).label.lower()))
    for d, e in tingling:
        facts.append(translate("review", "you felt tingling in {e} on {d} (tingling is acceptable only in nerve glides)").format(e=names.get(e, e), d=day_text(d)))
    if pain_up:
        facts.append(translate("review", "your average pain rose {describe}").format(describe=judged.describe()))
    if flaring:
        facts.append(around.text)
    if weak:
        facts.append(translate("review", "you reported weakness on {recent_days} days in the week's last 7, against {before_days} in the 7 before").format(recent_days=weak.data['recent_days'], before_days=weak.data['before_days']))
    if spread:
        facts.append(translate("review", "your diary shows the pain reaching further down the leg on its last days"))
    for d, what in warned:
        facts.append(translate("review", "you reported {what} on {d}").format(what=what, d=day_text(d)))
    eased = [f"{names.get(e, e)} ({day_text(d)})" for d, e in step_downs]
    if tolerated_week:
        pain_bit = translate("review", " Your pain went {describe}.").format(describe=judged.describe()) if judged is not None else ""
        summary = (translate("review", "Week {from_week} ({span}) was tolerated: {did}, with no stop for a symptom, no tingling outside the nerve glides and no warning sign.{pain_bit}").format(from_week=from_week, span=span, did=did, pain_bit=pain_bit))
        if recommended == "advance":
            text = translate("review", "{summary} You can move on to week {from_week} if you feel ready, or stay a while longer.").format(summary=summary, from_week=from_week + 1)
        else:
            text = (translate("review", "{summary} That was the last week of the program. Keep doing the exercises that help you, and stay active.").format(summary=summary))
    else:
        why = "; ".join(facts)
        if eased:
            why += translate("review", ". The dose was stepped down for {eased}").format(eased=join_words(eased))
        if recommended == "ease":
            advice = (translate("review", "We suggest easing back to week {from_week}'s exercises for a while, then trying week {from_week2} again.").format(from_week=from_week - 1, from_week2=from_week))
        elif symptom:
            advice = translate("review", "We suggest staying on week {from_week} and going more gently.").format(from_week=from_week)
        else:
            advice = translate("review", "We suggest staying on week {from_week} for another week before moving on.").format(from_week=from_week)
        text = (translate("review", "Week {from_week} ({span}) is not yet tolerated well enough to move on: {why}. {advice} If symptoms keep you from exercising, talk to your doctor or physiotherapist.").format(from_week=from_week, span=span, why=why, advice=advice))
    return WeekReview(
        from_week=from_week, block=block, start=start, end=end,
        applies_from=applies_from or end + dt.timedelta(days=1),
        planned_sessions=planned, done_sessions=done, adherence=adherence, symptom_stops=stops,
        pain_before=before, pain_after=after, tolerated=tolerated_week, recommended=recommended,
        options=tuple(options), text=text, partial_sessions=len(part), tingling=tingling, warnings=warned,
        weakness_more=bool(weak), spreading=spread, step_downs=step_downs,
    )


def due_review(program: Program, start: dt.date, today: dt.date, choices: Sequence[WeekChoice],
               sessions: Sequence[SessionRecord], days: Sequence[DayRecord],
               reports: Sequence[SignReport] = (), session_pain: Sequence[SessionPain] = ()) -> WeekReview | None:
    """The review of the current week when it is due, or None (not yet 7 whole days on it, or the last week
    tolerated: nothing to decide). A choice made on it applies from today."""
    span = review_span(start, today, choices)
    if span is None:
        return None
    first, end = span
    week = effective_week(start, first, program.week_count, choices)
    review = review_week(program, week, first, sessions, days, end=end, reports=reports, applies_from=today,
                         session_pain=session_pain)
    return review if review.recommended is not None else None


# ---------------------------------------------------------------- dose levels
def has_range(ex: Exercise) -> bool:
    d = ex.dose
    return any(r is not None and r.is_range for r in (d.reps, d.sets, d.hold_seconds, d.duration_minutes))


@dataclass(frozen=True)
class LevelState:
    level: float = 0.0
    streak: int = 0  # tolerated sessions in a row since the last change


@dataclass(frozen=True)
class LevelChange:
    exercise_id: str
    week: int
    before: float
    after: float
    session_id: int
    date: dt.date
    reason: str  # step_up | step_down


def session_effect(session: SessionRecord, exercise_id: str, nerve_glide: bool = False) -> str | None:
    """How one session counts for an exercise: tolerated | symptom | reset, or None (not included)."""
    included = exercise_id in session.exercises or any(e == exercise_id for e, _ in session.stops)
    if not included:
        return None
    if session.symptom_stop_on(exercise_id) in EASING_STOPS:
        return "symptom"
    if session.status not in ENDED:
        return None
    if any(r in SYMPTOM_STOPS for _, r in session.stops) or any(
            a in SESSION_ENDING_ANSWERS for a in session.checkins.values()):
        return "reset"
    if exercise_id in session.done and tolerated(session.checkins.get(exercise_id), nerve_glide):
        return "tolerated"
    return "reset"


def step_levels(program: Program, states: Mapping[tuple[str, int], LevelState],
                sessions: Sequence[SessionRecord]) -> tuple[dict[tuple[str, int], LevelState], list[LevelChange]]:
    """Fold ended sessions (in order) into the levels of range doses, keyed by (exercise id, week)."""
    need = program.progression.tolerated_sessions_to_step_up
    out = dict(states)
    changes: list[LevelChange] = []
    for s in sorted(sessions, key=lambda s: s.id):
        if s.status not in ENDED:
            continue
        try:
            week = program.week(s.week)
        except KeyError:
            continue
        for ex in week.exercises:
            if not has_range(ex):
                continue
            effect = session_effect(s, ex.id, ex.nerve_glide)
            if effect is None:
                continue
            key = (ex.id, s.week)
            st = out.get(key, LevelState())
            if effect == "tolerated":
                st = replace(st, streak=st.streak + 1)
                if st.streak >= max(1, need):
                    new = min(1.0, st.level + LEVEL_STEP)
                    if new > st.level:
                        changes.append(LevelChange(ex.id, s.week, st.level, new, s.id, s.date, "step_up"))
                    st = LevelState(new, 0)
            elif effect == "symptom":
                new = max(0.0, st.level - LEVEL_STEP)
                if new < st.level:
                    changes.append(LevelChange(ex.id, s.week, st.level, new, s.id, s.date, "step_down"))
                st = LevelState(new, 0)
            else:
                st = replace(st, streak=0)
            out[key] = st
    return out, changes


def lower_dose_text(ex: Exercise, level: float, affected: str = "unsure") -> str | None:
    """The planned dose one step below ``level`` when the dose is a range above its low end, else None."""
    if not has_range(ex) or level <= 0:
        return None
    return plan_exercise(ex, affected, max(0.0, level - LEVEL_STEP)).planned_text()
