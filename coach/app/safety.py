"""Safety use cases: keeping the record up to date, what holds exercise back and until when, how today's plan is
adjusted (eased after a stop, withheld while a warning sign is open), what Today warns about, what the stop screen
promises, and the person's (or a clinician's) answers: warning signs, reading the advice, a clinician's visit,
re-enabling a paused exercise, the week's choice, a clinician setting the week or allowing exercise after a stop.

The rules are in ``coach.core.safety``, ``coach.core.warning_signs`` and
``coach.core.progression``; the records in ``coach.store.safety``. Every
screen (Today, the tray, the player) asks here, so none can go around a rule.
Every write is one transaction and returns
:class:`~coach.app.changes.Changes`; a failed write raises ``StoreError`` and
leaves the record as it was. What only a clinician may do raises
:class:`ClinicianOnly` outside clinician mode.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coach.app.changes import NOTHING, Changes, Done
from coach.core import easing
from coach.core import progression as prog
from coach.core import safety as rules
from coach.core import safety_texts as texts
from coach.core import trends as trend_rules
from coach.core import warning_signs as signs
from coach.core.i18n import translate
from coach.core.plan import Eased, PlannedExercise
from coach.core.progression import WeekChoice, WeekReview, WeekStatus
from coach.store import safety as safety_store
from coach.store.db import StoreError

if TYPE_CHECKING:
    from coach.app.state import App

SAFETY = Changes(safety=True)


class ClinicianOnly(PermissionError):
    """Only a clinician (clinician mode) may do this."""


def _clinician(app: App, what: str) -> None:
    if not getattr(app, "clinician_mode", False):
        raise ClinicianOnly(translate("safety", "Only a clinician can {what}: turn on clinician mode in Settings first.").format(what=what))


# ================================================================== catching up
def catch_up(app: App) -> Changes:
    """Fold sessions that ended since the last look into dose levels, pause exercises stopped repeatedly, and
    record the warning sign of a stop for weakness or the leg giving way.

    Writes only when a session ended since (one transaction). When it cannot be
    saved, ``app.safety_problem`` says why and the levels and pauses stored so
    far stay in use.
    """
    if not app.profile:
        return NOTHING
    pid = app.profile.id
    try:
        before = _paused_ids(app)
        signs_before = len(safety_store.warning_history(app.store, pid))
        levels = safety_store.catch_up(app.store, pid, app.program)
        after = _paused_ids(app)
        signs_after = len(safety_store.warning_history(app.store, pid))
    except StoreError as exc:
        app.safety_problem = str(exc)
        return NOTHING
    app.safety_problem = None
    return SAFETY if levels or before != after or signs_before != signs_after else NOTHING


def _paused_ids(app: App) -> frozenset[str]:
    return frozenset(p.exercise_id for p in safety_store.paused_exercises(app.store, app.profile.id))


# ============================================================ today's plan, adjusted
@dataclass(frozen=True)
class Adjustments:
    """How today's plan differs from the program: dose levels, paused, eased and withheld exercises."""

    levels: Mapping[str, float]
    paused: frozenset[str]
    eased: Mapping[str, Eased]
    withheld: Mapping[str, str]  # exercise id -> why it is left out
    easings: tuple[easing.Easing, ...] = ()


EASING_LOOKBACK_DAYS = 28
"""How far back a stop is looked for when easing today's plan (a stop older than this, with no day of exercise
since, no longer eases the exercise)."""


def _recent_records(app: App) -> list[rules.SessionRecord]:
    since = app.today() - dt.timedelta(days=EASING_LOOKBACK_DAYS)
    return safety_store.session_records(app.store, app.profile.id, since=since)


def adjustments(app: App, week: int) -> Adjustments:
    """Today's adjustments for ``week`` (read only): the stored dose levels, paused exercises, each exercise eased
    or left out after a stop (``easing.active_easings``), and the exercises needing a steady leg withheld
    while a warning sign that asks it is open (``warning_signs``)."""
    if not app.profile:
        return Adjustments({}, frozenset(), {}, {})
    store, pid, today = app.store, app.profile.id, app.today()
    levels = safety_store.dose_levels(store, pid, week)
    paused = _paused_ids(app)
    easings = easing.active_easings(app.program, week, _recent_records(app), today)
    holds = safety_store.warning_holds(store, pid)
    withheld: dict[str, str] = {}
    if holds.steady_leg:
        why = (translate("safety", "Left out until a clinician has seen you (you reported {steady_leg}).").format(steady_leg=signs.join_words([s.sign.short for s in holds.steady_leg])))
        try:
            exercises = app.program.week(week).exercises
        except KeyError:
            exercises = ()
        for ex in exercises:
            if holds.withholds(ex.id, ex.name):
                withheld[ex.id] = why
    easings = {k: e for k, e in easings.items() if k not in paused and k not in withheld}
    return Adjustments(levels, paused, easing.easings_of(easings.values(), app.side), withheld,
                       tuple(easings.values()))


def plan_adjustments(app: App, week: int, exercises=()) -> tuple[dict[str, float], frozenset[str]]:
    """The stored dose level of each range dose in ``week``, and the ids of the exercises left out: paused, and,
    of ``exercises`` (a phase's), those needing a steady leg while a warning sign holds them (read only)."""
    if not app.profile:
        return {}, frozenset()
    levels = safety_store.dose_levels(app.store, app.profile.id, week)
    holds = safety_store.warning_holds(app.store, app.profile.id)
    withheld = {ex.id for ex in exercises if holds.withholds(ex.id, ex.name)}
    return levels, _paused_ids(app) | withheld


def walk_item(app: App, week: int) -> PlannedExercise | None:
    """This week's walk as a stand-alone walk plans it today (eased or withheld like in the sessions), or None
    when there is no walk, or it is paused or left out today."""
    slots = app.day_plan(week)
    for s in slots:
        for pe in s.exercises:
            if pe.kind == "duration":
                return pe
    return None


# ======================================================================= blocks
DAY_STOP = "stop"  # Block.level of a stop that ends exercise for the day


@dataclass(frozen=True)
class Block:
    """Why no exercise may start now, and until when."""

    level: str  # rules.EMERGENCY, rules.SEE_DOCTOR_SOON, or DAY_STOP
    short: str  # one line, beside a Start button that is turned off
    text: str  # what was reported, what to do now and how exercises come back
    kind: str = "signs"  # signs (until a clinician has seen the person) | read (until read) | day (until tomorrow)
    until: dt.date | None = None  # the day exercise can start again (a day's stop)


def _day_stops(app: App, records: list[rules.SessionRecord] | None = None) -> list[rules.DayStop]:
    today = app.today()
    if records is None:
        records = safety_store.session_records(app.store, app.profile.id, since=today)
    return rules.day_stops(records, today, safety_store.day_overrides(app.store, app.profile.id, today))


def block(app: App) -> Block | None:
    """What holds every exercise back now, or None when they may start: open warning signs first (until a
    clinician has seen the person, or until the advice was read), then a stop that ended exercise for today."""
    if not app.profile:
        return None
    holds = safety_store.warning_holds(app.store, app.profile.id)
    if holds.blocking:
        level = max((s.sign.urgency for s in holds.blocking), key=rules.OUTCOME_LEVELS.index)
        return Block(level, translate("safety", rules.BLOCKED_SHORT), texts.holds_block_text(holds), "signs")
    if holds.unread:
        return Block(rules.SEE_DOCTOR_SOON, translate("safety", rules.PAUSED_SHORT), texts.holds_block_text(holds), "read")
    stops = _day_stops(app)
    if stops:
        s = stops[-1]
        name = app.program.exercise_names().get(s.exercise_id, "")
        text = rules.day_stop_text(s, name, app.today())
        return Block(DAY_STOP, text, text, "day", app.today() + dt.timedelta(days=1))
    return None


# ====================================================================== notices
@dataclass(frozen=True)
class Paused:
    """An exercise left out of the sessions, with what paused it."""

    exercise_id: str
    name: str
    text: str  # why, when the pause says so ("" when it does not)


@dataclass(frozen=True)
class Week:
    """The week the person is on and why it stays (for Today's heading)."""

    status: WeekStatus
    why: str  # why the week stays, or ""


@dataclass(frozen=True)
class Notices:
    """Everything about safety that Today shows, most urgent first."""

    problem: str | None  # the safety record could not be brought up to date
    warning: safety_store.WarningRecord | None  # the latest answers with a sign that holds exercise back
    trends: tuple[trend_rules.TrendAlert, ...]
    paused: tuple[Paused, ...]
    review: WeekReview | None  # the week's review, due and not answered (never while exercise is held back)
    last_stop: str | None  # what is eased or left out today after a stop
    holds: signs.Holds = signs.Holds(())
    steady_leg: str = ""  # why the exercises needing a steady leg are left out ("" when they are not)
    day_stop: Block | None = None  # a stop that ended exercise for today
    week: Week | None = None


def week_status(app: App, review: WeekReview | None = None, blocked: bool = False) -> Week | None:
    if not app.profile:
        return None
    choices = safety_store.week_choices(app.store, app.profile.id)
    status = prog.week_status(app.profile.start_date, app.today(), app.program.week_count, choices)
    if status.before_start:
        return Week(status, "")
    if review is not None:
        why = (translate("safety", "You stay on week {week} until you answer its review below.").format(week=status.week)
               if review.tolerated else translate("safety", "You stay on week {week}: its review below says why.").format(week=status.week))
    elif status.review_due and blocked:
        why = (translate("safety", "You stay on week {week}: its review comes when exercises can start again.").format(week=status.week))
    elif status.review_due:
        why = ""  # the last week, tolerated: nothing to decide
    else:
        why = status.waiting_text()
    return Week(status, why)


def notices(app: App) -> Notices:
    """Read what Today warns about (nothing is written)."""
    if not app.profile:
        return Notices(app.safety_problem, None, (), (), None, None)
    store, pid, program, today = app.store, app.profile.id, app.program, app.today()
    holds = safety_store.warning_holds(store, pid)
    warning = safety_store.open_warning(store, pid)
    records = safety_store.session_records(store, pid)
    trends = tuple(safety_store.trend_alerts(store, app.profile, program, today, records))
    names = program.exercise_names()
    paused = tuple(Paused(p.exercise_id, names.get(p.exercise_id, p.exercise_id), p.detail.get("text") or "")
                   for p in safety_store.paused_exercises(store, pid))
    week = app.current_week()
    adj = adjustments(app, week)
    steady = ""
    if holds.steady_leg:
        steady = texts.steady_leg_text(holds, [names.get(e, e) for e in adj.withheld])
    day = _day_stops(app, [r for r in records if r.date == today])
    day_block = None
    if day:
        text = rules.day_stop_text(day[-1], names.get(day[-1].exercise_id, ""), today)
        day_block = Block(DAY_STOP, text, text, "day", today + dt.timedelta(days=1))
    held = bool(holds.blocking or holds.unread or day)
    review = None if held or _in_a_phase(app) else safety_store.due_review(store, app.profile, program, today,
                                                                            records)
    eased = " ".join(f"{e.name}: {e.why(app.side)}" for e in adj.easings) or None
    return Notices(app.safety_problem, warning, trends, paused, review, eased, holds, steady, day_block,
                   week_status(app, review, held))


def _in_a_phase(app: App) -> bool:
    """In a phase after the program's weeks (maintenance has no weekly review)."""
    from coach.app import maintenance

    return maintenance.stage(app).phase is not None


def last_stop_note(app: App, slot_exercises: tuple[PlannedExercise, ...] = (), left_out=()) -> str | None:
    """Said before the first exercise of a session: what is eased or left out today after a stop."""
    if not app.profile:
        return None
    lines = [f"{pe.name}: {pe.note}" for pe in slot_exercises if pe.note]
    lines += [f"{lo.name}: {lo.reason}" for lo in left_out]
    return " ".join(lines) or None


def stop_promise(app: App, item: PlannedExercise, reason: str, week: int) -> str:
    """What the stop screen says happens to ``item`` next time after a stop for ``reason``: the same rule the
    plan applies (``easing.easing_for``), and the pause when this stop is the second in a short time."""
    if not app.profile or reason not in rules.EASING_STOPS:
        return ""
    records = safety_store.session_records(app.store, app.profile.id)
    after = safety_store.reenabled_after(app.store, app.profile.id)
    paused = (item.id in _paused_ids(app)
              or any(a.exercise_id == item.id for a in trend_rules.repeated_stops(records, {}, after)))
    eased = easing.easing_for(app.program, week, item.id, item.level, app.today(), reason)
    if not paused and reason == "weakness" and signs.needs_steady_leg(item.id, item.name):
        return (translate("safety", "Next time: {name} needs a steady leg, so it is left out until you confirm that a clinician has seen you.").format(name=item.name))
    return easing.easing_promise(eased, app.side, paused=paused)


# ====================================================================== answers
def record_answers(app: App, answers: Mapping[str, bool], source: str = "today") -> Done[rules.Outcome]:
    """Store the answers to the warning-sign questions (dated today) and return what they mean."""
    outcome = safety_store.record_warning_answers(app.store, app.profile.id, app.today(), answers, source)
    return Done(outcome, SAFETY)


def holds(app: App) -> signs.Holds:
    """What the open warning signs hold back now (read only)."""
    if not app.profile:
        return signs.Holds(())
    return safety_store.warning_holds(app.store, app.profile.id)


def acknowledge(app: App) -> Changes:
    """The person has read the see-a-doctor-promptly advice: exercises held only until then resume."""
    n = safety_store.acknowledge_warning(app.store, app.profile.id)
    return SAFETY if n else NOTHING


def confirm_seen(app: App, seen_on: dt.date | None = None, note: str = "") -> Changes:
    """A clinician saw the person on ``seen_on`` (default today): the signs reported on or before that day end.

    Confirmed by the person, or recorded by a clinician in clinician mode. A
    date after today, or before the signs it would resolve, raises
    ``ValueError`` with a message for the person.
    """
    seen_on = seen_on or app.today()
    h = holds(app)
    problem = signs.visit_problem(seen_on, app.today(), h)
    if problem:
        raise ValueError(problem)
    by = "clinician" if getattr(app, "clinician_mode", False) else "patient"
    safety_store.record_visit(app.store, app.profile.id, seen_on, by, note.strip())
    return SAFETY


def confirm_assessed(app: App, seen_on: dt.date | None = None) -> Changes:
    """The person confirms a clinician has assessed them (today unless ``seen_on``)."""
    return confirm_seen(app, seen_on)


def confirm(app: App, level: str, seen_on: dt.date | None = None) -> Changes:
    """What the person confirms on the advice for ``level``: a clinician's visit (when something is held until
    then) or having read it."""
    h = holds(app)
    if level == rules.EMERGENCY or h.blocking:
        return confirm_seen(app, seen_on)
    return acknowledge(app)


def re_enable(app: App, exercise_id: str) -> Changes:
    """Put a paused exercise back into the sessions."""
    changed = safety_store.re_enable_exercise(app.store, app.profile.id, exercise_id)
    return SAFETY if changed else NOTHING


def due_review(app: App) -> WeekReview | None:
    """The week's review when it is due and nothing holds exercise back (read only)."""
    if not app.profile or block(app) is not None or _in_a_phase(app):
        return None
    return safety_store.due_review(app.store, app.profile, app.program, app.today())


def choose_week(app: App, review: WeekReview, choice: str) -> Done[WeekChoice]:
    """Store the person's choice at the week's review; it applies from today.

    Only the review due now counts, and only one of its options: moving on is
    offered only when the week was tolerated (``coach.core.progression``).
    """
    due = due_review(app)
    if due is None or (due.from_week, due.start) != (review.from_week, review.start):
        raise ValueError("This week's review is not due now; nothing was changed.")
    chosen = safety_store.record_week_choice(app.store, app.profile.id, due, choice, app.today())
    return Done(chosen, SAFETY)


def set_week(app: App, week: int, reason: str) -> Done[WeekChoice]:
    """A clinician sets the week from today, with the reason (clinician mode only)."""
    _clinician(app, translate("safety", "set the week"))
    if not reason.strip():
        raise ValueError("Say why the week is set (for example, what you assessed); it is kept with the choice.")
    if not 1 <= week <= app.program.week_count:
        raise ValueError(f"Week {week} is not in the program: choose 1 to {app.program.week_count}.")
    chosen = safety_store.set_week(app.store, app.profile.id, app.current_week(), week, app.today(), reason.strip())
    return Done(chosen, SAFETY)


def allow_today(app: App, reason: str) -> Changes:
    """A clinician allows exercise again today after a stop that ended it (clinician mode only); the reason is
    recorded. A later stop today holds again."""
    _clinician(app, translate("safety", "allow exercise again today"))
    if not reason.strip():
        raise ValueError("Say why exercise may start again today; it is recorded with the stop.")
    stops = _day_stops(app)
    if not stops:
        return NOTHING
    safety_store.record_day_override(app.store, app.profile.id, app.today(), max(s.session_id for s in stops),
                                     reason.strip())
    return SAFETY
