"""Diary use cases: a day of the diary with its warning-sign answers, the fourteen-day view, and the weekly
scores.

A day and the warning-sign answers given with it are saved in **one
transaction** (:func:`save_day`): if either cannot be written, neither is.
The checks (what can be saved) are ``coach.core.tracker``'s and raise
``TrackerError`` with messages for the person; a store that cannot be written
raises ``StoreError``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coach.app import breaks
from coach.app.changes import Changes, Done
from coach.core import safety as rules
from coach.core import tracker as core
from coach.core.tracker import ExerciseDone, OutcomeScore, PsfsItem, TrackerEntry
from coach.store import safety as safety_store
from coach.store import tracker as tracker_store

if TYPE_CHECKING:
    from coach.app.state import App

DIARY = Changes(diary=True)
SOURCE = "tracker"  # where the diary's warning-sign answers are recorded from


# ========================================================================= a day
@dataclass(frozen=True)
class Day:
    """One day of the diary as stored (or, when nothing is, an empty day with the sessions' exercises)."""

    date: dt.date
    entry: TrackerEntry
    saved_at: dt.datetime | None  # when the entry was last saved; None when there is none
    answers: dict[str, bool]  # the warning-sign answers recorded with this day of the diary


def _answers_on(app: App, day: dt.date) -> dict[str, bool]:
    found = [w for w in safety_store.warning_history(app.store, app.profile.id) if w.date == day and w.source == SOURCE]
    return dict(found[-1].answers) if found else {}


def session_exercises(app: App, day: dt.date) -> tuple[ExerciseDone, ...]:
    """The exercises the day's sessions recorded, named as the program names them, and the day's movement
    breaks at the desk (one line, ``coach.app.breaks``)."""
    if not app.profile:
        return ()
    try:
        names = app.program.exercise_names()
    except Exception:  # a broken program file must not stop the diary
        names = {}
    found = tracker_store.exercises_from_sessions(app.store, app.profile.id, day, names.get)
    desk = breaks.diary_line(app, day)  # movement breaks at the desk count as activity too
    return found + (desk,) if desk else found


def load_day(app: App, day: dt.date) -> Day:
    """The day's saved entry, or an empty day with the sessions' exercises filled in (not for a future day)."""
    if not app.profile:
        return Day(day, TrackerEntry(date=day), None, {})
    pid = app.profile.id
    entry = tracker_store.get_entry(app.store, pid, day)
    if entry is None:
        entry = TrackerEntry(date=day, exercises=() if day > app.today() else session_exercises(app, day))
    return Day(day, entry, tracker_store.saved_at(app.store, pid, day), _answers_on(app, day))


def has_entry(app: App, day: dt.date) -> bool:
    return bool(app.profile) and tracker_store.get_entry(app.store, app.profile.id, day) is not None


def complete(answers: Mapping[str, bool]) -> bool:
    """Whether every warning-sign question is answered."""
    return all(q.id in answers for q in rules.WARNING_QUESTIONS)


def save_day(app: App, entry: TrackerEntry, answers: Mapping[str, bool] | None = None) -> Done[rules.Outcome | None]:
    """Save the day and, when every question is answered and the answers differ from those recorded for the
    day, the warning-sign answers, in one transaction. The value is what the new answers mean (None when no
    answers were recorded, so their advice is shown once, not on every later save)."""
    pid = app.profile.id
    answers = {k: bool(v) for k, v in (answers or {}).items()}
    record = bool(answers) and complete(answers) and answers != _answers_on(app, entry.date)
    core.check(entry, app.today())  # messages for the person before anything is written

    def tx(_db):
        tracker_store.save_entry(app.store, pid, entry, today=app.today())
        if record:
            return safety_store.record_warning_answers(app.store, pid, entry.date, answers, source=SOURCE)
        return None

    outcome = app.store.write(tx)
    return Done(outcome, (DIARY | Changes(safety=True)) if record else DIARY)


# ================================================================ fourteen days
@dataclass(frozen=True)
class Span:
    """The diary from ``start`` to ``end``: the entries and the warning-sign answers, by date."""

    start: dt.date
    end: dt.date
    entries: dict[dt.date, TrackerEntry]
    warnings: dict[dt.date, rules.Outcome]  # the last answers of each day (any source)


def span(app: App, start: dt.date, end: dt.date) -> Span:
    if not app.profile:
        return Span(start, end, {}, {})
    pid = app.profile.id
    warnings = {w.date: w.outcome for w in safety_store.warning_history(app.store, pid) if start <= w.date <= end}
    return Span(start, end, tracker_store.entries_between(app.store, pid, start, end), warnings)


# ================================================================ weekly scores
@dataclass(frozen=True)
class Scores:
    """A week's outcome scores as stored, or a new record with last week's activities to rate again."""

    score: OutcomeScore
    saved: bool
    earlier: tuple[OutcomeScore, ...]  # every week's scores, oldest first


def load_scores(app: App, week_start: dt.date) -> Scores:
    if not app.profile:
        return Scores(OutcomeScore(week_start=week_start), False, ())
    pid = app.profile.id
    score = tracker_store.get_outcome(app.store, pid, week_start)
    saved = score is not None
    if score is None:
        prev = tracker_store.latest_outcome_before(app.store, pid, week_start)
        # the same activities from week to week; the ratings are new each week
        score = OutcomeScore(week_start=week_start, psfs=tuple(PsfsItem(i.activity) for i in prev.psfs) if prev else ())
    return Scores(score, saved, tuple(tracker_store.list_outcomes(app.store, pid)))


def save_scores(app: App, score: OutcomeScore) -> Changes:
    """Save a week's outcome scores (one transaction)."""
    tracker_store.save_outcome(app.store, app.profile.id, score, today=app.today())
    return DIARY
