"""Movement breaks at the desk: the person's choice (on or off, how often), the routine for their week, and
recording a break taken (it is counted in the diary's exercises as movement breaks).

The rules are ``coach.core.breaks``'s; the setting is two keys of the settings
table (``coach.core.settings``: ``break_reminders``, ``break_minutes``); each
break taken is a row of ``movement_breaks`` (``coach.store.care``).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from coach.app.changes import Changes
from coach.core import breaks as core
from coach.core import settings as cs
from coach.core.breaks import BreakMove
from coach.core.i18n import translate
from coach.core.textfmt import number
from coach.core.tracker import ExerciseDone
from coach.store import care
from coach.store.db import Store

if TYPE_CHECKING:
    from coach.app.state import App

DIARY = Changes(diary=True)
SETTINGS = Changes(settings=True)
EXERCISE_ID = "movement-break"
EXERCISE_NAME = "Movement breaks at the desk"


def choose(store: Store, on: bool, minutes: int | None = None) -> Changes:
    """Turn movement break reminders on or off, every ``minutes`` (20, 25 or 30); checked by
    ``coach.core.settings`` (a ``SettingError`` says what is wrong). Works on a store alone (first run)."""
    store.set_setting(cs.BREAK_REMINDERS, cs.validate(cs.BREAK_REMINDERS, on))
    if minutes is not None:
        store.set_setting(cs.BREAK_MINUTES, cs.validate(cs.BREAK_MINUTES, minutes))
    return SETTINGS


def routine(app: App) -> tuple[BreakMove, ...]:
    """The one-minute routine for the person's current week (paused exercises left out)."""
    from coach.app import safety

    _levels, paused = safety.plan_adjustments(app, app.current_week())
    return core.routine(app.program, app.current_week(), paused)


def record(app: App, seconds: int = core.ROUTINE_SECONDS) -> Changes:
    """A break was taken now: it counts in today's diary."""
    if not app.profile:
        return Changes()
    care.record_break(app.store, app.profile.id, app.today(), seconds)
    return DIARY


def count_on(app: App, day: dt.date) -> int:
    return len(care.breaks_on(app.store, app.profile.id, day)) if app.profile else 0


def diary_line(app: App, day: dt.date) -> ExerciseDone | None:
    """The day's movement breaks as one line of the diary's exercises (None when there were none)."""
    if not app.profile:
        return None
    times = care.breaks_on(app.store, app.profile.id, day)
    if not times:
        return None
    clock = ", ".join(_hhmm(t) for t in times)
    return ExerciseDone(EXERCISE_NAME, len(times), EXERCISE_ID, translate("guide", "{times} × about a minute: {clock}").format(times=number(len(times)), clock=clock))


def _hhmm(stamp: str) -> str:
    try:
        return dt.datetime.fromisoformat(stamp).strftime("%H:%M")
    except ValueError:
        return stamp
