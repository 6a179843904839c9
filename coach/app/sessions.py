"""Session use cases: what can start now and why not, opening a session (a day's slot, a walk on its own,
an interrupted session), recording it as it happens, and closing an interrupted one.

:func:`what_can_start` is the one answer Today, the tray and the player use:
today's slots with their status, what blocks exercise (``coach.app.safety``)
and the walk that may be logged on its own. The ``open_*`` functions decide
what the player runs (or why it may not); :func:`start` begins recording it
and returns a :class:`Recording`, which writes each event the moment the
engine reports it (one committed transaction each) and keeps, in order, any
it could not write until :meth:`Recording.retry` succeeds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from coach.app import safety
from coach.app.changes import NOTHING, Changes, Done
from coach.core.i18n import translate
from coach.core.plan import PlannedExercise, SessionSlot, extra_allowed
from coach.core.program import Exercise
from coach.core.reminders import next_open_slot
from coach.core.session import EngineEvent, Summary
from coach.store import session_log
from coach.store import sessions as session_store
from coach.store.db import StoreError
from coach.store.session_log import EXTRA_SLOT, Interrupted, SessionLog

if TYPE_CHECKING:
    from coach.app.state import App

SESSIONS = Changes(sessions=True)
COMPLETED, STOPPED = session_store.COMPLETED, session_store.STOPPED
IN_PROGRESS, CLOSED = session_store.IN_PROGRESS, session_store.CLOSED
# which of a slot's sessions today speaks for it: a completed one, else a stopped, interrupted or closed one
STATUS_RANK = {COMPLETED: 3, STOPPED: 2, IN_PROGRESS: 1, CLOSED: 0}


# ================================================================ what can start
@dataclass(frozen=True)
class Walk:
    """This week's walk, when its dose allows walks on their own beyond those in the day's sessions."""

    exercise: Exercise
    in_sessions: int  # walks the day's sessions hold
    allowed: int  # walks allowed on their own today
    done: int  # walks on their own done today (completed or stopped)

    @property
    def left(self) -> int:
        return max(0, self.allowed - self.done)


@dataclass(frozen=True)
class StartOptions:
    """What can start now: today's slots and their status, what blocks exercise, and the walk."""

    slots: tuple[SessionSlot, ...]
    status: Mapping[int, str]  # slot index -> the status that speaks for it today (see STATUS_RANK)
    block: safety.Block | None  # why nothing may start now
    walk: Walk | None

    @property
    def next_slot(self) -> int | None:
        """Today's first slot not completed yet (None when all are done)."""
        return next_open_slot([s.index for s in self.slots],
                              [i for i, st in self.status.items() if st == COMPLETED])

    def slot(self, index: int) -> SessionSlot | None:
        return next((s for s in self.slots if s.index == index), None)


def what_can_start(app: App) -> StartOptions:
    """Today's slots, their status, the block (if any) and the walk: what Today, the tray and the player use."""
    return StartOptions(tuple(app.today_slots()), slot_status(app, app.today()), safety.block(app), walk(app))


def slot_status(app: App, day: dt.date) -> dict[int, str]:
    """Each slot's status on ``day``: the best of its sessions by ``STATUS_RANK``; slots not started are absent."""
    if not app.profile:
        return {}
    out: dict[int, str] = {}
    for s in session_store.sessions_on(app.store, app.profile.id, day):
        if s.slot_index is None:
            continue
        if STATUS_RANK.get(s.status, -1) > STATUS_RANK.get(out.get(s.slot_index, ""), -1):
            out[s.slot_index] = s.status
    return out


def slot_done(app: App, slot_index: int, day: dt.date) -> bool:
    """Whether a session of the slot was completed on ``day``."""
    return slot_status(app, day).get(slot_index) == COMPLETED


def _walk_exercise(app: App) -> Exercise | None:
    return next((e for e in app.week().exercises if e.kind == "duration"), None)


def walk(app: App) -> Walk | None:
    """This week's walk, when walks may be logged on their own today; None when they may not."""
    if not app.profile:
        return None
    ex = _walk_exercise(app)
    if ex is None:
        return None
    allowed = extra_allowed(ex, app.program.sessions_per_day)
    if allowed <= 0:
        return None
    done = sum(1 for s in session_store.sessions_on(app.store, app.profile.id, app.today())
               if s.slot_index == EXTRA_SLOT and s.status in (COMPLETED, STOPPED))
    return Walk(ex, min(ex.dose.daily_count, app.program.sessions_per_day), allowed, done)


# ====================================================================== opening
@dataclass(frozen=True)
class SessionPlan:
    """What the player runs: one session's planned exercises and where it is recorded."""

    items: tuple[PlannedExercise, ...]
    slot_index: int
    slot_name: str
    week: int
    interrupted: Interrupted | None = None  # set when the session continues an interrupted one
    note: str | None = None  # said before the first exercise (what happened at the last symptom stop)


@dataclass(frozen=True)
class Opening:
    """The answer to "open the player": a plan, or why not (``refused``), or nothing to open."""

    plan: SessionPlan | None = None
    refused: str | None = None
    changes: Changes = NOTHING


NOTHING_LEFT = ("Every exercise of this session is left out today (see the notes on Today), so there is nothing "
                "to start.")


def open_slot(app: App, slot_index: int) -> Opening:
    """One of today's session slots, unless exercise is blocked (``what_can_start`` decides both), with today's
    adjustments (eased or left out after a stop, withheld while a warning sign asks it)."""
    options = what_can_start(app)
    if options.block is not None:
        return Opening(refused=options.block.text)
    slot = options.slot(slot_index)
    if slot is None:
        return Opening()
    if not slot.exercises:
        return Opening(refused=NOTHING_LEFT)
    return Opening(SessionPlan(tuple(slot.exercises), slot.index, slot.name, app.current_week(),
                               note=safety.last_stop_note(app, slot.exercises, slot.left_out)))


def open_walk(app: App) -> Opening:
    """A walk on its own (logged as an extra session), unless exercise is blocked; eased or left out like the
    walk in today's sessions."""
    options = what_can_start(app)
    if options.block is not None:
        return Opening(refused=options.block.text)
    if _walk_exercise(app) is None:
        return Opening()
    item = safety.walk_item(app, app.current_week())
    if item is None:
        return Opening(refused=translate("exports", "The walk is left out today (see the notes on Today)."))
    return Opening(SessionPlan((item,), EXTRA_SLOT, translate("exports", "Extra walk"), app.current_week(),
                               note=safety.last_stop_note(app, (item,))))


def open_resume(app: App, session_id: int) -> Opening:
    """An interrupted session, to continue where it was left, unless exercise is blocked; one whose end was
    recorded is finished instead (that starts nothing)."""
    row = session_store.get_session(app.store, session_id)
    if row is None or row.status != IN_PROGRESS:
        return Opening()
    it = session_log.read_interrupted(app.store, row, app.program)
    if it.resume.finished:
        session_log.settle(app.store, it)
        return Opening(changes=SESSIONS | safety.catch_up(app))
    b = what_can_start(app).block
    if b is not None:
        return Opening(refused=b.text)
    return Opening(SessionPlan(it.items, row.slot_index, row.slot_name or translate("exports", "Session"), row.week, interrupted=it))


# ==================================================================== recording
@dataclass
class Recording:
    """A session being recorded. ``record`` writes each engine event at once (cues are never recorded);
    when a write fails, that event and every later one are kept in memory, in order, and ``problem`` says
    what is wrong until ``retry`` has written them all."""

    app: App
    log: SessionLog
    on_saved: Callable[[int, str], None] | None = None  # (seq, kind), after each event is committed
    unsaved: list[EngineEvent] = field(default_factory=list)
    problem: str | None = None
    finished: bool = False  # the end (status and summary) is written

    @property
    def session_id(self) -> int:
        return self.log.session_id

    def record(self, ev: EngineEvent) -> bool:
        """Write ``ev`` now; False when it is kept for later (``problem`` says why)."""
        if self.unsaved:
            self.unsaved.append(ev)  # after one that is waiting: order is kept
            return False
        try:
            seq = self.log.record(ev)
        except StoreError as exc:
            self.unsaved.append(ev)
            self.problem = str(exc)
            return False
        self._saved(seq, ev.kind)
        return True

    def retry(self) -> bool:
        """Write the kept events, in order; True when none is left (``problem`` is then cleared)."""
        while self.unsaved:
            ev = self.unsaved[0]
            try:
                seq = self.log.record(ev)
            except StoreError as exc:
                self.problem = str(exc)
                return False
            self.unsaved.pop(0)
            self._saved(seq, ev.kind)
        self.problem = None
        return True

    def finish(self, summary: Summary) -> Changes:
        """Write the session's end (completed or stopped, with its summary), then fold it into the safety
        record. Raises ``StoreError`` (and ``problem`` says so) when it cannot be written; ``ValueError`` while
        events are still waiting to be written."""
        if self.unsaved:
            raise ValueError("the session's events are not all written yet")
        try:
            self.log.finish(summary)
        except StoreError as exc:
            self.problem = str(exc)
            raise
        self.finished = True
        self.problem = None
        return SESSIONS | safety.catch_up(self.app)

    def _saved(self, seq: int, kind: str) -> None:
        if self.on_saved is not None:
            self.on_saved(seq, kind)


def record_pain(app: App, session_id: int, when: str, value: int | None) -> Changes:
    """Keep the pain the person gave ``"before"`` or ``"after"`` a session (0–10, one key press; None clears
    it). Raises ``StoreError`` when it cannot be written, ``ValueError`` for a value outside 0–10."""
    session_store.set_pain(app.store, session_id, when, value)
    return SESSIONS


def start(app: App, plan: SessionPlan) -> Done[Recording]:
    """Begin recording ``plan``: a new session row (today's interrupted session of the same slot is closed
    first, keeping what it recorded), or the interrupted session it continues. Raises ``StoreError``."""
    if plan.interrupted is not None:
        return Done(Recording(app, SessionLog(app.store, plan.interrupted.session_id)))
    close_interrupted_slot(app, plan.slot_index)
    log = SessionLog.start(app.store, profile_id=app.profile.id if app.profile else 0, date=app.today(),
                           slot_index=plan.slot_index, slot_name=plan.slot_name, week=plan.week,
                           program_id=app.program.id, items=plan.items)
    return Done(Recording(app, log), SESSIONS)


# ================================================================== interrupted
def interrupted(app: App) -> list[Interrupted]:
    """Sessions of the profile left in progress that can be resumed or closed, oldest first (read only)."""
    if not app.profile:
        return []
    out = []
    for row in session_store.interrupted_sessions(app.store, app.profile.id):
        it = session_log.read_interrupted(app.store, row, app.program)
        if not it.resume.finished:
            out.append(it)
    return out


def close(app: App, it: Interrupted) -> Changes:
    """The person chose not to resume: keep everything recorded and mark the session closed."""
    session_log.close(app.store, it)
    return SESSIONS


def close_interrupted_slot(app: App, slot_index: int) -> Changes:
    """Starting a slot afresh closes today's interrupted session of that slot (what it recorded is kept).
    A store that cannot be written is left for the new session's start to report."""
    if not app.profile:
        return NOTHING
    changes = NOTHING
    try:
        for row in session_store.interrupted_sessions(app.store, app.profile.id):
            if row.date == app.today() and row.slot_index == slot_index:
                changes |= close(app, session_log.read_interrupted(app.store, row, app.program))
    except StoreError:
        pass
    return changes


def settle_ended(app: App) -> Changes:
    """Finish sessions whose stop or end was recorded but not their status (the app was killed just then).
    One that cannot be written now is left for the next time."""
    if not app.profile:
        return NOTHING
    changes = NOTHING
    try:
        for row in session_store.interrupted_sessions(app.store, app.profile.id):
            it = session_log.read_interrupted(app.store, row, app.program)
            if it.resume.finished:
                session_log.settle(app.store, it)
                changes = SESSIONS
    except StoreError:
        pass
    return changes
