"""The flare plan's use cases: record a flare (the day the person says "I'm having a flare"), what the plan
shows (the gentle exercises, what helped before), and opening its gentle session.

The plan's steps and rules are ``coach.core.flare``'s; the record is
``coach.store.care``'s (one row per day, a note kept with it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coach.app import safety, sessions
from coach.app.changes import Changes, Done
from coach.core import flare as core
from coach.core.i18n import translate
from coach.core.plan import PlannedExercise
from coach.store import care
from coach.store import tracker as tracker_store

if TYPE_CHECKING:
    from coach.app.state import App

DIARY = Changes(diary=True)
FLARE_SLOT = -2
"""``slot_index`` of a gentle session started from the flare plan: outside the day's slots, and not a walk on its
own (``coach.store.session_log.EXTRA_SLOT``, −1)."""
HELPED_DAYS = 90  # the diary days the plan looks back over for "what has helped you before"


@dataclass(frozen=True)
class Plan:
    """What the flare plan shows for this person today."""

    flare: care.Flare | None  # today's record (None without a profile)
    gentle: tuple[PlannedExercise, ...]  # the first week's exercises at their lowest dose, paused ones left out
    helped: tuple[tuple[str, int], ...]  # what the diary says helped: (label, days), most often first
    block: str | None  # why no exercise may start now (a warning sign, or a stop today), if anything


def start(app: App, note: str | None = None) -> Done[Plan]:
    """The person has a flare: record it for today (once a day; a note replaces the day's note) and return the
    plan. Recording is what makes it appear in the diary and on Progress."""
    flare = None
    changes = Changes()
    if app.profile:
        flare, new = care.record_flare(app.store, app.profile.id, app.today(), note)
        changes = DIARY if new or note is not None else Changes()
    return Done(plan(app, flare), changes)


def plan(app: App, flare: care.Flare | None = None) -> Plan:
    """The plan as it stands (nothing is written)."""
    if not app.profile:
        return Plan(None, (), (), None)
    pid, today = app.profile.id, app.today()
    flare = flare or care.flare_on(app.store, pid, today)
    _levels, paused = safety.plan_adjustments(app, 1)
    entries = tracker_store.entries_between(app.store, pid, today - dt.timedelta(days=HELPED_DAYS), today).values()
    b = safety.block(app)
    return Plan(flare, core.gentle_plan(app.program, app.side, paused), tuple(core.helped_counts(entries)),
                b.text if b else None)


def flare_on(app: App, day: dt.date) -> care.Flare | None:
    return care.flare_on(app.store, app.profile.id, day) if app.profile else None


def open_gentle(app: App) -> sessions.Opening:
    """The gentle session of the plan (recorded as an extra session, outside the day's slots), unless exercise
    is blocked."""
    b = sessions.what_can_start(app).block
    if b is not None:
        return sessions.Opening(refused=b.text)
    items = plan(app).gentle
    if not items:
        return sessions.Opening()
    return sessions.Opening(sessions.SessionPlan(items, FLARE_SLOT, translate("guide", core.SESSION_NAME), app.current_week(),
                                                 note=safety.last_stop_note(app)))
