"""The daily plan: which exercises go in each session slot of a program week.

A program says how many times a day each exercise is done; the day has
``sessions_per_day`` slots (Morning, Evening, ...) and each exercise appears in
as many slots as the low end of its ``times_per_day`` (at most one per slot).
An exercise with no ``times_per_day`` is done once a day, in the first slot.
Doses given as ranges are resolved to concrete numbers by a *level* between
0 (the low end, where everyone starts) and 1 (the top of the range).

The safety rules adjust a day's plan (``day_plan``'s keywords, filled by
``coach.app``): ``levels`` (each range dose's level), ``paused`` (left out
after repeated stops, shown on Today with their own notice), ``eased`` (the
next day after a stop: an easier dose, or left out, with the reason:
``coach.core.easing.active_easings``) and ``withheld`` (left out with a
reason, such as the exercises that need a steady leg while a warning sign is
open: ``coach.core.warning_signs``). What is left out with a reason is listed
on its slot (``SessionSlot.left_out``) so that Today and the player can say why.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from coach.core.i18n import translate
from coach.core.program import Exercise, Program, Range, Tempo
from coach.core.textfmt import number

AFFECTED_SIDES = ("left", "right", "both", "unsure")


@dataclass(frozen=True)
class PlannedExercise:
    """One exercise of a session with every dose number made concrete."""

    exercise: Exercise
    reps: int
    sets: int
    hold_seconds: float
    duration_minutes: float
    max_duration_minutes: float
    sides: tuple[str, ...]
    rest_between_reps_seconds: float
    rest_between_sets_seconds: float
    pacing: str
    tempo: Tempo | None
    level: float = 0.0
    note: str = ""  # why the dose differs from the plan today ("Eased after Tuesday's stop ...")
    eased: str = ""  # a short label when it was eased: "eased after Tuesday's stop"

    @property
    def id(self) -> str:
        return self.exercise.id

    @property
    def name(self) -> str:
        return self.exercise.name

    @property
    def kind(self) -> str:
        return self.exercise.kind

    def planned_text(self) -> str:
        """The concrete dose for today, e.g. ``Hold 12 s × 5`` when the program says 10–15 s."""
        e = self.exercise
        side = translate("plan", " each side") if len(self.sides) == 2 else ""
        sets = translate("plan", " × {sets} sets").format(sets=self.sets) if self.sets > 1 else ""
        if e.kind == "hold":
            reps = f" × {self.reps}" if self.reps > 1 else ""
            return translate("plan", "Hold {hold_seconds} s{reps}{side}{sets}").format(hold_seconds=number(self.hold_seconds), reps=reps, side=side, sets=sets)
        if e.kind == "reps":
            return translate("plan", "{reps} reps{side}{sets}").format(reps=self.reps, side=side, sets=sets)
        if e.kind == "duration":
            return translate("plan", "{duration_minutes} min").format(duration_minutes=number(self.duration_minutes))
        return translate("plan", "Practice, open-ended")


@dataclass(frozen=True)
class LeftOut:
    """An exercise of the slot left out today, and why."""

    exercise: Exercise
    reason: str

    @property
    def id(self) -> str:
        return self.exercise.id

    @property
    def name(self) -> str:
        return self.exercise.name


@dataclass(frozen=True)
class SessionSlot:
    index: int
    name: str
    exercises: tuple[PlannedExercise, ...]
    left_out: tuple[LeftOut, ...] = ()


@dataclass(frozen=True)
class Eased:
    """An exercise eased today: the exercise with the dose it is eased to (None: left out), its level, the
    reason in a sentence and a short label."""

    exercise: Exercise | None
    level: float
    note: str
    label: str = ""


def at_level(r: Range | None, level: float, default: float, integer: bool = False) -> float:
    if r is None:
        return default
    level = min(1.0, max(0.0, level))
    value = r.low + (r.high - r.low) * level
    if integer:
        # round half down so that a level step never jumps past the range
        value = math.floor(value + 1e-9)
    return value


def side_order(sides: str, affected: str) -> tuple[str, ...]:
    """Which sides an exercise runs, the affected side first."""
    if sides == "none":
        return ()
    if sides == "one":
        if affected in ("left", "right"):
            return (affected,)
        return ("left", "right")
    if affected == "right":
        return ("right", "left")
    return ("left", "right")


def plan_exercise(ex: Exercise, affected: str = "unsure", level: float = 0.0, note: str = "",
                  eased: str = "") -> PlannedExercise:
    d = ex.dose
    return PlannedExercise(
        exercise=ex,
        reps=int(at_level(d.reps, level, 1, integer=True)),
        sets=int(at_level(d.sets, level, 1, integer=True)),
        hold_seconds=at_level(d.hold_seconds, level, 0.0, integer=True),
        duration_minutes=at_level(d.duration_minutes, level, 0.0, integer=True),
        max_duration_minutes=d.duration_minutes.high if d.duration_minutes else 0.0,
        sides=side_order(ex.sides, affected),
        rest_between_reps_seconds=d.rest_between_reps_seconds,
        rest_between_sets_seconds=d.rest_between_sets_seconds,
        pacing=d.pacing,
        tempo=d.tempo,
        level=level,
        note=note,
        eased=eased,
    )


def day_plan(
    program: Program,
    week_number: int,
    affected: str = "unsure",
    levels: dict[str, float] | None = None,
    paused: frozenset[str] | set[str] = frozenset(),
    eased: Mapping[str, Eased] | None = None,
    withheld: Mapping[str, str] | None = None,
) -> list[SessionSlot]:
    """The session slots of one day of ``week_number``.

    ``levels`` maps exercise ids to their dose level; ``paused`` holds ids of
    exercises that are paused (for example after repeated stops) and left out;
    ``eased`` maps ids to their eased dose (or to being left out) today;
    ``withheld`` maps ids to why they are left out. A slot whose every exercise
    is left out is still listed when it leaves some out with a reason.
    """
    levels = levels or {}
    eased = eased or {}
    withheld = withheld or {}
    week = program.week(week_number)
    n = program.sessions_per_day
    slots: list[list[PlannedExercise]] = [[] for _ in range(n)]
    left: list[list[LeftOut]] = [[] for _ in range(n)]
    for ex in week.exercises:
        if ex.id in paused:
            continue
        count = min(ex.dose.daily_count, n)
        e = eased.get(ex.id)
        if ex.id in withheld or (e is not None and e.exercise is None):
            why = withheld.get(ex.id) or e.note
            for i in range(count):
                left[i].append(LeftOut(ex, why))
            continue
        if e is not None:
            planned = plan_exercise(e.exercise, affected, e.level, e.note, e.label or "eased")
        else:
            planned = plan_exercise(ex, affected, levels.get(ex.id, 0.0))
        for i in range(count):
            slots[i].append(planned)
    names = list(program.session_names) + [
        translate("plan", "Session {i}").format(i=i + 1) for i in range(len(program.session_names), n)
    ]
    return [SessionSlot(i, names[i], tuple(s), tuple(left[i])) for i, s in enumerate(slots) if s or left[i]]


def extra_allowed(ex: Exercise, sessions_per_day: int) -> int:
    """How many extra stand-alone logs the dose allows beyond the slots (walking 2–3× daily: 1)."""
    if ex.dose.times_per_day is None:
        return 0
    return max(0, int(ex.dose.times_per_day.high) - min(ex.dose.daily_count, sessions_per_day))
