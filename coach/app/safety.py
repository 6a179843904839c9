"""Safety use cases: keeping the record up to date, what blocks exercise, what Today warns about, and the
person's answers (warning signs, acknowledgements, re-enabling a paused exercise, the week's choice).

The rules are in ``coach.core.safety`` and ``coach.core.progression``; the
records in ``coach.store.safety``. Every write is one transaction and returns
:class:`~coach.app.changes.Changes`; a failed write raises ``StoreError`` and
leaves the record as it was.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coach.app.changes import NOTHING, Changes, Done
from coach.core import safety as rules
from coach.core.progression import WeekChoice, WeekReview
from coach.store import safety as safety_store
from coach.store.db import StoreError

if TYPE_CHECKING:
    from coach.app.state import App

SAFETY = Changes(safety=True)


# ================================================================== catching up
def catch_up(app: App) -> Changes:
    """Fold sessions that ended since the last look into dose levels, and pause exercises stopped repeatedly.

    Writes only when a session ended since (one transaction). When it cannot be
    saved, ``app.safety_problem`` says why and the levels and pauses stored so
    far stay in use.
    """
    if not app.profile:
        return NOTHING
    pid = app.profile.id
    try:
        before = _paused_ids(app)
        levels = safety_store.catch_up(app.store, pid, app.program)
        after = _paused_ids(app)
    except StoreError as exc:
        app.safety_problem = str(exc)
        return NOTHING
    app.safety_problem = None
    return SAFETY if levels or before != after else NOTHING


def _paused_ids(app: App) -> frozenset[str]:
    return frozenset(p.exercise_id for p in safety_store.paused_exercises(app.store, app.profile.id))


def plan_adjustments(app: App, week: int) -> tuple[dict[str, float], frozenset[str]]:
    """The stored dose level of each range dose in ``week``, and the ids of paused exercises (read only)."""
    if not app.profile:
        return {}, frozenset()
    return safety_store.dose_levels(app.store, app.profile.id, week), _paused_ids(app)


# ======================================================================= blocks
@dataclass(frozen=True)
class Block:
    """Why no exercise may start now: warning signs reported and not yet resolved."""

    level: str  # rules.EMERGENCY or rules.SEE_DOCTOR_SOON
    short: str  # one line, beside a Start button that is turned off
    text: str  # what was reported, what to do now and how exercises come back


def block(app: App) -> Block | None:
    """What holds exercises back now, or None when they may start."""
    if not app.profile:
        return None
    w = safety_store.open_warning(app.store, app.profile.id)
    if w is None:
        return None
    short = rules.BLOCKED_SHORT if w.outcome.level == rules.EMERGENCY else rules.PAUSED_SHORT
    return Block(w.outcome.level, short, safety_store.exercise_block(app.store, app.profile.id) or short)


# ====================================================================== notices
@dataclass(frozen=True)
class Paused:
    """An exercise left out of the sessions, with what paused it."""

    exercise_id: str
    name: str
    text: str  # why, when the pause says so ("" when it does not)


@dataclass(frozen=True)
class Notices:
    """Everything about safety that Today shows, most urgent first."""

    problem: str | None  # the safety record could not be brought up to date
    warning: safety_store.WarningRecord | None  # the warning that holds exercises back
    trends: tuple[rules.TrendAlert, ...]
    paused: tuple[Paused, ...]
    review: WeekReview | None  # the end-of-week choice due today (never while a warning is open)
    last_stop: str | None  # what happened at the last symptom stop, and the easier option


def notices(app: App) -> Notices:
    """Read what Today warns about (nothing is written)."""
    if not app.profile:
        return Notices(app.safety_problem, None, (), (), None, None)
    store, pid, program, today = app.store, app.profile.id, app.program, app.today()
    warning = safety_store.open_warning(store, pid)
    records = safety_store.session_records(store, pid)
    trends = tuple(safety_store.trend_alerts(store, app.profile, program, today, records))
    names = program.exercise_names()
    paused = tuple(Paused(p.exercise_id, names.get(p.exercise_id, p.exercise_id), p.detail.get("text") or "")
                   for p in safety_store.paused_exercises(store, pid))
    review = None if warning is not None else safety_store.due_review(store, app.profile, program, today, records)
    if review is not None and _after_the_weeks(app, review):
        review = None
    return Notices(app.safety_problem, warning, trends, paused, review, safety_store.last_stop_note(store, pid))


def _after_the_weeks(app: App, review: WeekReview) -> bool:
    """A review of a week that fell in a phase after the program's weeks (maintenance has no weekly review)."""
    from coach.app import maintenance

    st = maintenance.stage(app)
    return st.since is not None and review.end >= st.since


def last_stop_note(app: App) -> str | None:
    """When the latest ended session was stopped for a symptom: what happened and the easier option."""
    if not app.profile:
        return None
    try:
        return safety_store.last_stop_note(app.store, app.profile.id)
    except StoreError:
        return None


# ====================================================================== answers
def record_answers(app: App, answers: Mapping[str, bool], source: str = "today") -> Done[rules.Outcome]:
    """Store the answers to the warning-sign questions (dated today) and return what they mean."""
    outcome = safety_store.record_warning_answers(app.store, app.profile.id, app.today(), answers, source)
    return Done(outcome, SAFETY)


def acknowledge(app: App) -> Changes:
    """The person has read the see-a-doctor-soon advice: exercises resume."""
    safety_store.acknowledge_warning(app.store, app.profile.id)
    return SAFETY


def confirm_assessed(app: App) -> Changes:
    """The person confirms a clinician has assessed them: every open warning is resolved."""
    safety_store.confirm_assessed(app.store, app.profile.id)
    return SAFETY


def confirm(app: App, level: str) -> Changes:
    """What the person confirms on the advice for ``level``: an assessment (emergency) or having read it."""
    return confirm_assessed(app) if level == rules.EMERGENCY else acknowledge(app)


def re_enable(app: App, exercise_id: str) -> Changes:
    """Put a paused exercise back into the sessions."""
    changed = safety_store.re_enable_exercise(app.store, app.profile.id, exercise_id)
    return SAFETY if changed else NOTHING


def choose_week(app: App, review: WeekReview, choice: str) -> Done[WeekChoice]:
    """Store the person's choice at the end of a week (it applies from ``review.applies_from``)."""
    chosen = safety_store.record_week_choice(app.store, app.profile.id, review, choice, app.today())
    return Done(chosen, SAFETY)
