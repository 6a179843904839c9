"""Resuming an interrupted session: where to continue, read from its recorded events.

Pure: no clock, no I/O. ``SessionEngine.resumed`` builds an engine from the result.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from coach.core.plan import PlannedExercise

from .model import ExerciseRecord, Position, Resume, clamp_position, result_of


def _get(ev: Any, key: str, default: Any = None) -> Any:
    if isinstance(ev, Mapping):
        return ev.get(key, default)
    return getattr(ev, key, default)


def _next_after(item: PlannedExercise, s: int, si: int, r: int) -> tuple[int, int, int] | None:
    """The rep after (set, side index, rep), or None after the last one."""
    if r < item.reps:
        return s, si, r + 1
    if si + 1 < max(1, len(item.sides)):
        return s, si + 1, 1
    if s < item.sets:
        return s + 1, 0, 1
    return None


def position_after(items: Sequence[PlannedExercise], events: Iterable[Any]) -> Resume:
    """Where an interrupted session should continue, from its recorded events.

    ``events`` are ``EngineEvent`` objects or dicts with the same keys, in the
    order they happened (cues are ignored). Pure: no clock, no I/O.
    """
    n = len(items)
    recs = [ExerciseRecord() for _ in items]
    pos: Position | None = Position(0, 1, 0, 1) if n else None
    checkin_due: int | None = None
    confirm_done = False
    elapsed = 0.0
    finished = False
    stop_reason: str | None = None
    ex_start_elapsed: dict[int, float] = {}

    def nxt(i: int) -> Position | None:
        return Position(i + 1, 1, 0, 1) if i + 1 < n else None

    for ev in events:
        kind = _get(ev, "kind")
        if kind == "cue" or kind is None:
            continue
        elapsed = max(elapsed, float(_get(ev, "elapsed", 0.0) or 0.0))
        i = _get(ev, "exercise_index")
        data = _get(ev, "data") or {}
        valid = isinstance(i, int) and 0 <= i < n
        if kind == "exercise_start" and valid:
            if not data.get("resumed"):
                recs[i] = ExerciseRecord()
            recs[i].status = "active"
            ex_start_elapsed[i] = float(_get(ev, "elapsed", 0.0) or 0.0)
            if pos is None or pos.exercise_index != i:
                pos = Position(i, 1, 0, 1)
            checkin_due = None
            confirm_done = False
        elif kind in ("hold", "rep") and valid:
            item = items[i]
            recs[i].units = float(data.get("done", recs[i].units + 1))
            s = int(_get(ev, "set") or 1)
            si = data.get("side_index")
            if si is None:
                side = _get(ev, "side")
                si = item.sides.index(side) if side in item.sides else 0
            r = int(_get(ev, "rep") or 1)
            after = _next_after(item, s, int(si), r)
            if after is None:
                # the work is complete; only the confirmation was lost
                recs[i].status = "done"
                checkin_due, confirm_done = i, True
                pos = nxt(i)
            else:
                pos = Position(i, *after)
        elif kind == "set" and valid:
            recs[i].sets += 1
        elif kind in ("duration_logged", "practice_done") and valid:
            recs[i].units = float(data.get("minutes", 0.0))
            if kind == "practice_done":
                recs[i].note = data.get("note")
        elif kind == "exercise_done" and valid:
            recs[i].status = "done"
            recs[i].units = float(data.get("done", recs[i].units))
            recs[i].sets = int(data.get("sets_done", recs[i].sets))
            recs[i].seconds = float(data.get("minutes", 0.0)) * 60.0
            recs[i].partial = bool(data.get("partial", False))
            recs[i].note = data.get("note", recs[i].note)
            checkin_due, confirm_done = i, False
            pos = nxt(i)
        elif kind == "checkin" and valid:
            recs[i].checkin = data.get("answer")
            checkin_due, confirm_done = None, False
        elif kind == "skip" and valid:
            recs[i].status = "skipped"
            pos = nxt(i)
        elif kind == "back":
            to = data.get("to_index")
            frm = data.get("from_index")
            if isinstance(frm, int) and 0 <= frm < n and recs[frm].status == "active":
                recs[frm].status = "pending"
            if isinstance(to, int) and 0 <= to < n:
                pos = Position(to, 1, 0, 1)
        elif kind == "stop":
            finished = True
            stop_reason = data.get("reason")
            if valid and recs[i].status == "active":
                recs[i].status = "stopped"
        elif kind == "session_done":
            finished = True
    # time spent on an exercise that was interrupted: up to its last recorded event
    for i, r in enumerate(recs):
        if r.status == "active" and i in ex_start_elapsed:
            r.seconds += max(0.0, elapsed - ex_start_elapsed[i])
    results = tuple(result_of(i, it, recs[i]) for i, it in enumerate(items))
    if finished:
        return Resume(None, None, False, results, elapsed, True, stop_reason)
    if pos is not None:
        pos = clamp_position(items, pos)
        if items[pos.exercise_index].kind in ("duration", "practice"):
            pos = Position(pos.exercise_index, 1, 0, 1)
    return Resume(pos, checkin_due, confirm_done, results, elapsed, False, None)
