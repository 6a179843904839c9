"""After a stop: how the exercise comes back the next day it comes up, and what the stop screen promises.

Pure Python. After a stop for sharp pain, weakness or spreading (``safety.EASING_STOPS``),
the next day the exercise comes up in the same week it is eased
(:func:`easing_for`), in this order:

1. a range dose above its low end: **the low end of its range**;
2. else, when the previous week had the exercise at a lower dose: **the
   previous week's dose**;
3. else it is **left out** that day: the program has no easier dose for it,
   and the monograph says to avoid positions that sharply increase leg
   symptoms (Section 6 line 141) and, in a flare, provocative positions
   (Section 13 line 364).

Every session that day gets the eased plan; from the next day it comes back at
its stored level (a range dose was stepped down one step). The stop screen
says exactly this (:func:`easing_promise`), from the same function.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from coach.core.i18n import translate
from coach.core.plan import Eased, day_plan, plan_exercise
from coach.core.program import Exercise, Program
from coach.core.progression import has_range
from coach.core.safety import EASING_STOPS, SessionRecord, stop_reason
from coach.core.textfmt import weekday_name

# ---------------------------------------------------------------- easing after a stop
LOW_END = "low_end"
PREVIOUS_WEEK = "previous_week"
LEFT_OUT = "left_out"


@dataclass(frozen=True)
class Easing:
    """How an exercise comes back the next day it comes up after a stop (see the module docstring)."""

    exercise_id: str
    name: str
    kind: str  # low_end | previous_week | left_out
    stop_date: dt.date
    reason: str  # the stop's reason
    session_id: int
    week: int
    exercise: Exercise | None = None  # the exercise with the dose it is eased to; None when left out
    level: float = 0.0
    today: dt.date | None = None  # the day it is shown on ("today's stop" on the stop's own day)

    @property
    def _stop_day(self) -> str:
        return "today" if self.today == self.stop_date else weekday_name(self.stop_date)

    @property
    def label(self) -> str:
        """``eased after Tuesday's stop`` (``left out after ...`` when left out)."""
        verb = translate("safety", "left out") if self.kind == LEFT_OUT else "eased"
        return translate("safety", "{verb} after {stop_day}'s stop").format(verb=verb, stop_day=self._stop_day)

    def dose_text(self, affected: str = "unsure") -> str:
        if self.exercise is None:
            return ""
        return plan_exercise(self.exercise, affected, self.level).planned_text()

    def why(self, affected: str = "unsure") -> str:
        """A line for Today and the player: what was eased, why, and to what."""
        cause = stop_reason(self.reason).label.lower()
        when = translate("safety", "{stop_day}'s stop ({cause})").format(stop_day=self._stop_day, cause=cause)
        if self.kind == LOW_END:
            return translate("safety", "Eased after {when}: {affected}, the low end of its range.").format(when=when, affected=self.dose_text(affected))
        if self.kind == PREVIOUS_WEEK:
            return translate("safety", "Eased after {when}: {affected}, the previous week's dose.").format(when=when, affected=self.dose_text(affected))
        return (translate("safety", "Left out today after {when}: the program has no easier dose for it. It comes back at its usual dose the day after; then go gently and stop short of where the symptoms started.").format(when=when))

    def as_plan(self, affected: str = "unsure") -> Eased:
        return Eased(self.exercise, self.level, self.why(affected), self.label)


def _load(ex: Exercise, level: float) -> float:
    pe = plan_exercise(ex, "unsure", level)
    if ex.kind == "hold":
        return pe.hold_seconds * pe.reps * pe.sets
    if ex.kind == "reps":
        return float(pe.reps * pe.sets)
    if ex.kind == "duration":
        return pe.duration_minutes
    return 0.0


def easing_for(program: Program, week: int, exercise_id: str, level: float, stop_date: dt.date,
               reason: str, session_id: int = 0) -> Easing | None:
    """How ``exercise_id`` (planned at ``level`` in ``week`` when it was stopped) comes back next time, or None
    when the stop does not ease it (an interruption, feeling unwell, or an exercise not in that week)."""
    if reason not in EASING_STOPS:
        return None
    try:
        ex = next((e for e in program.week(week).exercises if e.id == exercise_id), None)
    except KeyError:
        return None
    if ex is None:
        return None
    base = dict(exercise_id=ex.id, name=ex.name, stop_date=stop_date, reason=reason, session_id=session_id,
                week=week)
    if has_range(ex) and level > 1e-9:
        return Easing(kind=LOW_END, exercise=ex, level=0.0, **base)
    try:
        prev = next((e for e in program.week(week - 1).exercises if e.id == ex.id), None) if week > 1 else None
    except KeyError:
        prev = None
    if prev is not None and prev.kind == ex.kind and _load(prev, 0.0) < _load(ex, level) - 1e-9:
        eased = replace(ex, dose=replace(prev.dose, times_per_day=ex.dose.times_per_day))
        return Easing(kind=PREVIOUS_WEEK, exercise=eased, level=0.0, **base)
    return Easing(kind=LEFT_OUT, **base)


def came_up(program: Program, session: SessionRecord, exercise_id: str) -> bool:
    """Whether ``exercise_id`` came up in ``session``: it was done or stopped in it, or its slot plans it (it was
    left out of it)."""
    if exercise_id in session.exercises or exercise_id in session.planned or any(
            e == exercise_id for e, _ in session.stops):
        return True
    if session.slot_index is None or session.slot_index < 0:
        return False
    try:
        slots = day_plan(program, session.week)
    except KeyError:
        return False
    return any(s.index == session.slot_index and any(pe.id == exercise_id for pe in s.exercises) for s in slots)


def active_easings(program: Program, week: int, sessions: Sequence[SessionRecord],
                   today: dt.date) -> dict[str, Easing]:
    """The exercises of ``week`` eased (or left out) today after a stop (see the module docstring).

    For each, the latest easing stop in the same week; it holds until a day before today on which the exercise
    came up after that stop.
    """
    try:
        exercises = program.week(week).exercises
    except KeyError:
        return {}
    ordered = sorted(sessions, key=lambda s: s.id)
    out: dict[str, Easing] = {}
    for ex in exercises:
        stop = next((s for s in reversed(ordered)
                     if s.week == week and s.date <= today and s.symptom_stop_on(ex.id) in EASING_STOPS), None)
        if stop is None:
            continue
        if any(s.id > stop.id and s.date < today and came_up(program, s, ex.id) for s in ordered):
            continue
        e = easing_for(program, week, ex.id, float(stop.levels.get(ex.id, 0.0)), stop.date,
                       stop.symptom_stop_on(ex.id), stop.id)
        if e is not None:
            out[ex.id] = replace(e, today=today)
    return out


def easing_promise(e: Easing | None, affected: str = "unsure", paused: bool = False) -> str:
    """What the stop screen says happens to the exercise next time: exactly what the plan will do."""
    if paused and e is not None:
        return (translate("safety", "Next time: {name} is paused and left out of your sessions, because it was stopped twice in a short time. Ask your doctor or physiotherapist about it before you re-enable it on Today.").format(name=e.name))
    if e is None:
        return ""
    if e.kind == LOW_END:
        return (translate("safety", "Next time: the next day {name} comes up, it is eased to {affected}, the low end of its range. After that it carries on one step lower than today.").format(name=e.name, affected=e.dose_text(affected)))
    if e.kind == PREVIOUS_WEEK:
        return (translate("safety", "Next time: the next day {name} comes up, it is eased to {affected}, the previous week's dose. After that it comes back at this week's dose.").format(name=e.name, affected=e.dose_text(affected)))
    return (translate("safety", "Next time: {name} has no easier dose in the program, so it is left out the next day it comes up. The day after it comes back at its usual dose: go gently, and stop short of where the symptoms started. If it happens again, ask your doctor or physiotherapist before carrying on with it.").format(name=e.name))


def easings_of(items: Iterable[Easing], affected: str = "unsure") -> dict[str, Eased]:
    """The easings as the day plan takes them (``coach.core.plan.day_plan``'s ``eased``)."""
    return {e.exercise_id: e.as_plan(affected) for e in items}
