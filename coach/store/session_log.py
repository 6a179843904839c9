"""Recording a session as it happens, and reading an interrupted one back to resume it.

The player creates a :class:`SessionLog` when a session starts and hands it
every engine event except cues; each one is written by
``sessions.append_event`` in its own committed transaction before the call
returns, so a killed process loses nothing that was on screen. The event's
``elapsed`` (session seconds excluding pauses) is kept in its data under
``"elapsed"``, so that :func:`engine_events` can give ``position_after`` back
exactly what the engine reported.

A session ends ``completed`` or ``stopped`` (:meth:`SessionLog.finish`), or
``closed`` when the user chooses not to resume it. One still ``in_progress``
on the next start was interrupted: :func:`interrupted` rebuilds its planned
exercises and where it got to. Stand-alone walks are sessions with
``slot_index`` :data:`EXTRA_SLOT`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from coach.core.plan import PlannedExercise
from coach.core.program import Dose, Exercise, Program, Tempo
from coach.core.session import EngineEvent, Resume, Summary, position_after
from coach.store import sessions
from coach.store.db import Store

EXTRA_SLOT = -1  # slot_index of a stand-alone walk logged outside the day's slots


# ------------------------------------------------------------------ planned
def planned_dict(pe: PlannedExercise) -> dict[str, Any]:
    """Every concrete dose number of a planned exercise, as plain JSON-able values."""
    return {
        "id": pe.id,
        "name": pe.name,
        "kind": pe.kind,
        "reps": pe.reps,
        "sets": pe.sets,
        "hold_seconds": pe.hold_seconds,
        "duration_minutes": pe.duration_minutes,
        "max_duration_minutes": pe.max_duration_minutes,
        "sides": list(pe.sides),
        "rest_between_reps_seconds": pe.rest_between_reps_seconds,
        "rest_between_sets_seconds": pe.rest_between_sets_seconds,
        "pacing": pe.pacing,
        "tempo": ({"move": pe.tempo.move, "hold": pe.tempo.hold, "back": pe.tempo.back}
                  if pe.tempo else None),
        "level": pe.level,
    }


def planned_from_dict(d: Mapping[str, Any], program: Program | None, week: int | None = None) -> PlannedExercise:
    """Rebuild a planned exercise from :func:`planned_dict`, with its steps from ``program``.

    The exercise is looked up in ``week`` first (the same id, e.g. walking, has
    different steps in different weeks), then anywhere in the program; if the
    program no longer has it, a bare exercise with the recorded name is used.
    """
    ex: Exercise | None = None
    if program is not None:
        if week is not None:
            try:
                ex = next((e for e in program.week(week).exercises if e.id == d["id"]), None)
            except KeyError:
                ex = None
        if ex is None:
            ex = program.exercise(d["id"])
    if ex is None:
        ex = Exercise(id=d["id"], name=d.get("name") or d["id"], kind=d.get("kind", "hold"), dose=Dose())
    tempo = d.get("tempo")
    return PlannedExercise(
        exercise=ex,
        reps=int(d.get("reps", 1)),
        sets=int(d.get("sets", 1)),
        hold_seconds=float(d.get("hold_seconds", 0.0)),
        duration_minutes=float(d.get("duration_minutes", 0.0)),
        max_duration_minutes=float(d.get("max_duration_minutes", 0.0)),
        sides=tuple(d.get("sides") or ()),
        rest_between_reps_seconds=float(d.get("rest_between_reps_seconds", 0.0)),
        rest_between_sets_seconds=float(d.get("rest_between_sets_seconds", 0.0)),
        pacing=d.get("pacing", "tap"),
        tempo=Tempo(**tempo) if tempo else None,
        level=float(d.get("level", 0.0)),
    )


# ------------------------------------------------------------------ summary
def summary_dict(summary: Summary) -> dict[str, Any]:
    """The end-of-session summary as plain values (stored in ``sessions.summary_json``)."""
    return {
        "completed": summary.completed,
        "total_seconds": round(summary.total_seconds, 3),
        "paused_seconds": round(summary.paused_seconds, 3),
        "done": summary.done_count,
        "skipped": summary.skipped_count,
        "stop_reason": summary.stop_reason,
        "stop_detail": summary.stop_detail,
        "stopped_at": summary.stopped_at,
        "checkins": [{"index": i, "exercise_id": eid, "answer": a} for i, eid, a in summary.checkins],
        "exercises": [
            {
                "index": r.index, "id": r.exercise_id, "name": r.name, "kind": r.kind, "status": r.status,
                "planned_units": r.planned_units, "done_units": round(r.done_units, 3), "unit": r.unit,
                "planned_sets": r.planned_sets, "sets_done": r.sets_done,
                "planned_minutes": r.planned_minutes, "minutes": round(r.minutes, 3),
                "partial": r.partial, "note": r.note, "checkin": r.checkin,
            }
            for r in summary.exercises
        ],
    }


# ------------------------------------------------------------------- events
def event_fields(ev: EngineEvent) -> dict[str, Any]:
    """The keyword arguments of ``sessions.append_event`` for one engine event."""
    return {
        "kind": ev.kind,
        "mono": ev.at,
        "exercise_index": ev.exercise_index,
        "exercise_id": ev.exercise_id,
        "set_no": ev.set,
        "side": ev.side,
        "rep": ev.rep,
        "data": {**dict(ev.data), "elapsed": ev.elapsed},
    }


def engine_events(store: Store, session_id: int) -> list[dict[str, Any]]:
    """A session's stored events with the engine's own keys (``set``, ``elapsed``), for ``position_after``."""
    out = []
    for r in sessions.events(store, session_id):
        data = dict(r["data"])
        elapsed = float(data.pop("elapsed", 0.0) or 0.0)
        out.append({
            "seq": r["seq"], "kind": r["kind"], "at": r["mono"], "exercise_index": r["exercise_index"],
            "exercise_id": r["exercise_id"], "set": r["set_no"], "side": r["side"], "rep": r["rep"],
            "data": data, "elapsed": elapsed,
        })
    return out


class SessionLog:
    """One session row and the events appended to it. Every method may raise ``StoreError``."""

    def __init__(self, store: Store, session_id: int) -> None:
        self.store = store
        self.session_id = session_id
        self.last_seq: int | None = None

    @classmethod
    def start(cls, store: Store, *, profile_id: int, date: dt.date, slot_index: int, slot_name: str,
              week: int, program_id: str, items: list[PlannedExercise] | tuple[PlannedExercise, ...]) -> SessionLog:
        sid = sessions.start_session(store, profile_id=profile_id, date=date, slot_index=slot_index,
                                     slot_name=slot_name, week=week, program_id=program_id,
                                     planned=[planned_dict(pe) for pe in items])
        return cls(store, sid)

    def record(self, ev: EngineEvent) -> int:
        """Persist one recorded event (committed when this returns); returns its sequence number."""
        if ev.is_cue:
            raise ValueError("cues are not recorded")
        self.last_seq = sessions.append_event(self.store, self.session_id, **event_fields(ev))
        return self.last_seq

    def finish(self, summary: Summary) -> str:
        """Mark the session completed or stopped, with its summary; returns the status."""
        status = sessions.COMPLETED if summary.completed else sessions.STOPPED
        sessions.finish_session(self.store, self.session_id, status, summary=summary_dict(summary),
                                stop_reason=summary.stop_reason, stop_detail=summary.stop_detail)
        return status


# --------------------------------------------------------------- interrupted
@dataclass(frozen=True)
class Interrupted:
    """An interrupted session, its planned exercises rebuilt, and where it got to."""

    row: sessions.SessionRow
    items: tuple[PlannedExercise, ...]
    resume: Resume
    events: int  # how many events were recorded

    @property
    def session_id(self) -> int:
        return self.row.id


def read_interrupted(store: Store, row: sessions.SessionRow, program: Program | None) -> Interrupted:
    items = tuple(planned_from_dict(d, program, row.week) for d in row.planned)
    evs = engine_events(store, row.id)
    return Interrupted(row, items, position_after(items, evs), len(evs))


def interrupted(store: Store, profile_id: int, program: Program | None) -> list[Interrupted]:
    """Sessions left ``in_progress`` (the app was killed or the machine died), oldest first.

    A session whose events show it had already ended (its stop or its end was
    recorded, but not the final status) is finished here with that status and
    not returned: there is nothing to resume.
    """
    out = []
    for row in sessions.interrupted_sessions(store, profile_id):
        it = read_interrupted(store, row, program)
        if it.resume.finished:
            settle(store, it)
            continue
        out.append(it)
    return out


def _summary_of(it: Interrupted, completed: bool) -> dict[str, Any]:
    r = it.resume
    return summary_dict(Summary(
        exercises=r.results, total_seconds=r.elapsed, paused_seconds=0.0,
        checkins=tuple((x.index, x.exercise_id, x.checkin) for x in r.results if x.checkin),
        completed=completed, stop_reason=r.stop_reason,
    ))


def settle(store: Store, it: Interrupted) -> str:
    """Finish a session whose end was recorded but not its status; returns the status written."""
    completed = it.resume.stop_reason is None
    status = sessions.COMPLETED if completed else sessions.STOPPED
    detail = None
    for ev in reversed(engine_events(store, it.session_id)):
        if ev["kind"] == "stop":
            detail = ev["data"].get("detail")
            break
    sessions.finish_session(store, it.session_id, status, summary=_summary_of(it, completed),
                            stop_reason=it.resume.stop_reason, stop_detail=detail)
    return status


def close(store: Store, it: Interrupted) -> None:
    """The user chose not to resume: keep everything recorded and mark the session closed."""
    sessions.finish_session(store, it.session_id, sessions.CLOSED, summary=_summary_of(it, False))
