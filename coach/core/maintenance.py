"""After the weeks: when a phase (maintenance) begins, its weekly schedule, and the early-warning check.

When a phase begins
===================
A program may continue after its weeks with phases (``Program.phases``; the
shipped program has the Section 13 maintenance phase). A phase begins once the
person has been on the program's last week for a whole week (7 days): the
weeks are done. The week each day falls on is the one the app computes
(``week_on``, honouring stored week choices), and a stored choice starts a
stretch afresh (choosing to stay on, or to go back to, the last week means
another whole week of it). Going back to an earlier week ends the phase; it
begins again when the last week has been done once more.

The schedule
============
A phase's exercises say how often: ``times_per_week`` (Section 13, "Continue
nerve glides 2-3x weekly", line 342) or ``times_per_day`` (a daily walk). The
phase's weeks are 7-day blocks from its first day. Today's maintenance
session holds each weekly exercise done fewer times this week than the top of
its range; the daily ones have a session of their own.

The early-warning check
=======================
Once every ``Phase.check_days`` days (7 in the shipped program) the app asks
about the early warning signs of Section 13 (lines 356-359). With none, the
maintenance plan goes on. With any, the advice is to go back to gentle
exercises at once ("Return to gentle exercises immediately", line 363):
the app offers week 1 (Section 15, "Start gentle exercises from Week 1", line
412). Weakness in muscles that were affected before also needs a clinician
(Section 5, "Progressive Weakness: Worsening leg strength", line 111), and so
do signs reported at two checks in a row ("Seek help if symptoms persist",
line 366).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass

from coach.core.guide import S13, Source, m
from coach.core.i18n import QT_TRANSLATE_NOOP, TranslatedFields, translate
from coach.core.plan import SessionSlot, plan_exercise
from coach.core.program import Exercise, Phase, Program, Range
from coach.core.weeks import WEEK_DAYS

CLEAR = "clear"
EASE = "ease"
CLINICIAN = "clinician"
GENTLE_WEEK = 1


# ================================================================== stage
@dataclass(frozen=True)
class Stage:
    """Where the person is: on a week of the program (``phase`` None) or in a phase after the weeks."""

    week: int  # the program week the app computes (the last week during a phase)
    phase: Phase | None = None
    since: dt.date | None = None  # the phase's first day
    phase_start: dt.date | None = None  # first day of this phase (a later phase starts after earlier ones)

    @property
    def in_phase(self) -> bool:
        return self.phase is not None

    def phase_week(self, today: dt.date) -> int:
        """Which week of the phase ``today`` is in, from 1."""
        start = self.phase_start or self.since
        return 0 if start is None else (today - start).days // WEEK_DAYS + 1

    def week_span(self, today: dt.date) -> tuple[dt.date, dt.date]:
        """The first and last day of the phase week that holds ``today``."""
        start = self.phase_start or self.since or today
        first = start + dt.timedelta(days=WEEK_DAYS * ((today - start).days // WEEK_DAYS))
        return first, first + dt.timedelta(days=WEEK_DAYS - 1)


def last_week_since(start: dt.date, today: dt.date, week_count: int, week_on: Callable[[dt.date], int],
                    restarts: Collection[dt.date] = ()) -> dt.date | None:
    """The first day of the stretch on the last week that holds ``today`` (None when today is another week).

    A day in ``restarts`` (a stored week choice applies from it) begins a stretch afresh.
    """
    if today < start or week_on(today) != week_count:
        return None
    d = today
    one = dt.timedelta(days=1)
    while d > start and d not in restarts and week_on(d - one) == week_count:
        d -= one
    return d


def stage(program: Program, start: dt.date, today: dt.date, week_on: Callable[[dt.date], int],
          restarts: Collection[dt.date] = ()) -> Stage:
    """Where the person is today (see the module docstring)."""
    week = week_on(today)
    if not program.phases:
        return Stage(week)
    first = last_week_since(start, today, program.week_count, week_on, restarts)
    if first is None:
        return Stage(week)
    since = first + dt.timedelta(days=WEEK_DAYS)
    if today < since:
        return Stage(week)
    phase_start = since
    for ph in program.phases:
        if ph.weeks is None:
            return Stage(week, ph, since, phase_start)
        end = phase_start + dt.timedelta(days=WEEK_DAYS * ph.weeks)
        if today < end:
            return Stage(week, ph, since, phase_start)
        phase_start = end
    last = program.phases[-1]  # every phase has ended: the last one goes on
    return Stage(week, last, since, phase_start - dt.timedelta(days=WEEK_DAYS * (last.weeks or 0)))


# =============================================================== schedule
@dataclass(frozen=True)
class Target:
    """One exercise of a phase this week: how often it should be done and how often it was."""

    exercise: Exercise
    per_week: Range | None  # None: a daily exercise
    done: int  # this week (weekly) or today (daily)

    @property
    def daily(self) -> bool:
        return self.per_week is None

    @property
    def due(self) -> bool:
        """Still to do: fewer than the top of its range this week (a daily one: not yet today)."""
        if self.per_week is None:
            per_day = self.exercise.dose.times_per_day
            return self.done < (int(per_day.low) if per_day else 1)
        return self.done < int(self.per_week.high)

    @property
    def met(self) -> bool:
        """At least the low end of the range this week (a daily one: done today)."""
        if self.per_week is None:
            return not self.due
        return self.done >= int(self.per_week.low)

    def text(self) -> str:
        """``done 1 of 2–3 this week`` or ``done today``."""
        if self.per_week is None:
            return translate("maintenance", "done today") if self.met else translate("maintenance", "not yet today")
        return translate("maintenance", "done {done} of {per_week} this week").format(done=self.done, per_week=self.per_week)


def targets(phase: Phase, week_done: Mapping[str, int], today_done: Mapping[str, int]) -> tuple[Target, ...]:
    """Each exercise of ``phase`` with how often it was done: this week for a weekly one, today for a daily one."""
    out = []
    for e in phase.exercises:
        if e.dose.times_per_week is not None:
            out.append(Target(e, e.dose.times_per_week, int(week_done.get(e.id, 0))))
        else:
            out.append(Target(e, None, int(today_done.get(e.id, 0))))
    return tuple(out)


WEEKLY_SLOT = QT_TRANSLATE_NOOP("maintenance", "Maintenance")
DAILY_SLOT = QT_TRANSLATE_NOOP("maintenance", "Daily walk")


def phase_slots(phase: Phase, found: Sequence[Target], affected: str = "unsure",
                levels: Mapping[str, float] | None = None, paused: Collection[str] = ()) -> list[SessionSlot]:
    """Today's sessions in a phase: the weekly exercises still due this week (slot 0), and the daily ones (slot
    1; named after the exercise when there is one). Paused exercises are left out."""
    levels = levels or {}
    weekly = [plan_exercise(t.exercise, affected, levels.get(t.exercise.id, 0.0))
              for t in found if not t.daily and t.due and t.exercise.id not in paused]
    daily = [plan_exercise(t.exercise, affected, levels.get(t.exercise.id, 0.0))
             for t in found if t.daily and t.exercise.id not in paused]
    slots = []
    if weekly:
        slots.append(SessionSlot(0, translate("maintenance", WEEKLY_SLOT), tuple(weekly)))
    if daily:
        name = translate("maintenance", "Daily {name}").format(name=daily[0].name.lower()) if len(daily) == 1 else translate("maintenance", "Daily exercises")
        slots.append(SessionSlot(1, name, tuple(daily)))
    return slots


# ======================================================== early-warning check
@dataclass(frozen=True)
class Sign(TranslatedFields):

    _context = "maintenance"
    _translated = frozenset({'question', 'short'})
    id: str
    question: str
    short: str
    source: Source


SIGNS: tuple[Sign, ...] = (
    Sign("leg_symptoms", QT_TRANSLATE_NOOP("maintenance", "Have leg symptoms you had before come back: pain, numbness or tingling in the thigh, knee or shin?"), QT_TRANSLATE_NOOP("maintenance", "leg symptoms coming back"), m(356, "Return of specific leg symptoms.", S13)),
    Sign("weakness", QT_TRANSLATE_NOOP("maintenance", "Do muscles that were weak before feel weak again, for example when you straighten the knee or lift the thigh?"), QT_TRANSLATE_NOOP("maintenance", "weakness in muscles that were affected before"),
         m(357, "Weakness in previously affected muscles.", S13)),
    Sign("stiffness", QT_TRANSLATE_NOOP("maintenance", "Is your back stiffer than usual?"), QT_TRANSLATE_NOOP("maintenance", "a stiffer back"), m(358, "Increased back stiffness.", S13)),
    Sign("stairs_rising", QT_TRANSLATE_NOOP("maintenance", "Are stairs, or getting up from a chair, harder again?"),
         QT_TRANSLATE_NOOP("maintenance", "stairs or getting up being harder"), m(359, "Difficulty with stairs or rising.", S13)),
)
SIGN_IDS: tuple[str, ...] = tuple(s.id for s in SIGNS)
_SIGN = {s.id: s for s in SIGNS}

GENTLE_SOURCE = m(363, "Return to gentle exercises immediately.", S13)
WEEK1_SOURCE = m(412, "Start gentle exercises from Week 1.", "Section 15: Creating Your Success Plan")
PERSIST_SOURCE = m(366, "Seek help if symptoms persist.", S13)
WEAKNESS_SOURCE = m(111, "Progressive Weakness: Worsening leg strength, especially knee buckling.",
                    "Section 5: When to See a Doctor")


@dataclass(frozen=True)
class CheckOutcome:
    """What the answers to the early-warning check mean, with the week to go back to (None: none suggested)."""

    level: str  # clear | ease | clinician
    title: str
    text: str
    signs: tuple[str, ...] = ()
    back_to_week: int | None = None
    sources: tuple[Source, ...] = ()


def assess_check(answers: Mapping[str, bool], previous: Sequence[str] = ()) -> CheckOutcome:
    """The outcome of a check: ``answers`` (sign id → yes), ``previous`` the signs reported at the check before.

    Unknown ids raise ValueError.
    """
    unknown = set(answers) - set(SIGN_IDS)
    if unknown:
        raise ValueError(translate("maintenance", "unknown early-warning signs: {unknown}").format(unknown=sorted(unknown)))
    yes = tuple(s for s in SIGN_IDS if answers.get(s))
    if not yes:
        return CheckOutcome(CLEAR, translate("maintenance", "No early warning signs"),
                            translate("maintenance", "None of the early warning signs this week: carry on with your maintenance plan."))
    what = _join([_SIGN[s].short for s in yes])
    text = (translate("maintenance", "You noticed {what}. Go back to gentle exercises now: the app suggests week 1 of your program, and the flare plan on Today has more that may help.").format(what=what))
    sources = (GENTLE_SOURCE, WEEK1_SOURCE, *(_SIGN[s].source for s in yes))
    if "weakness" in yes or previous:
        why = []
        if "weakness" in yes:
            why.append(translate("maintenance", "weakness in muscles that were affected before should be checked"))
        if previous:
            why.append(translate("maintenance", "the signs were there at your last check too"))
        text += (translate("maintenance", " Also see your doctor or physiotherapist: {why}. If the leg gives way, or you notice new problems with your bladder or bowels, get care at once.").format(why=translate("maintenance", " and ").join(why)))
        extra = ((WEAKNESS_SOURCE,) if "weakness" in yes else ()) + ((PERSIST_SOURCE,) if previous else ())
        return CheckOutcome(CLINICIAN, translate("maintenance", "See your clinician, and go back to gentle exercises"), text, yes,
                            GENTLE_WEEK, sources + extra)
    return CheckOutcome(EASE, translate("maintenance", "Go back to gentle exercises"), text, yes, GENTLE_WEEK, sources)


def check_due(last: dt.date | None, today: dt.date, phase: Phase) -> bool:
    """Whether the early-warning check is due today: never answered in this phase, or ``check_days`` ago."""
    if phase.check_days <= 0:
        return False
    return last is None or (today - last).days >= phase.check_days


def _join(items: Sequence[str]) -> str:
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + translate("maintenance", " and ") + items[-1]
