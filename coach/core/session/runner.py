"""The moving parts of the session engine: session time on the monotonic clock, crossing phase
boundaries, emitting events, and an exercise's way from intro to check-in.

:class:`Runner` holds the state; :class:`~.engine.SessionEngine` adds the
controls and queries the player uses. Time is measured from timestamps, never
from ticks (see the package's docstring).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from coach.core.clock import Clock
from coach.core.plan import PlannedExercise

from .model import (
    EPS,
    EngineEvent,
    ExerciseRecord,
    Position,
    State,
    Timings,
    clamp_position,
    planned_units,
)
from .timeline import Phase, build_timeline


class Runner:
    """The engine's state and its clockwork; see :class:`~.engine.SessionEngine`."""

    def __init__(
        self,
        items: Sequence[PlannedExercise],
        clock: Clock,
        start: Position | None = None,
        on_event: Callable[[EngineEvent], None] | None = None,
        timings: Timings | None = None,
    ) -> None:
        self.items: tuple[PlannedExercise, ...] = tuple(items)
        self.clock = clock
        self.on_event = on_event
        self.timings = timings or Timings()
        self._start_pos = clamp_position(self.items, start) if start else None
        self._records = [ExerciseRecord() for _ in self.items]
        self._prior_elapsed = 0.0
        self._checkin_due: int | None = None
        self._confirm_done = False

        self._state = State.READY
        self._paused_in: State | None = None
        self._t0 = 0.0  # clock time of start()
        self._paused_total = 0.0
        self._pause_started = 0.0
        self._t = 0.0  # session time of the last catch-up (this run, excluding pauses)

        self._index = self._start_pos.exercise_index if self._start_pos else 0
        self._intro_start = 0.0
        self._ex_start = 0.0
        self._timeline: list[Phase] = []
        self._pi = 0
        self._phase_start = 0.0
        self._pending: list[tuple[float, str, int]] = []  # (session time, cue, seconds left) inside the phase
        self._taps = 0
        self._target = 0.0
        self._max = 0.0
        self._target_cued = False
        self._checkin_index: int | None = None
        self._checkins: list[tuple[int, str, str]] = []
        self._stop_reason: str | None = None
        self._stop_detail: str | None = None
        self._stopped_at: int | None = None
        self._resume_into: Position | None = self._start_pos
        self._resume_into_block: int | None = None

    # ------------------------------------------------------------ timekeeping
    def _now(self, now: float | None = None) -> float:
        return self.clock.monotonic() if now is None else now

    def _session_time(self, now: float) -> float:
        if self._state == State.READY:
            return 0.0
        if self._state == State.PAUSED:
            return self._pause_started - self._t0 - self._paused_total
        return max(self._t, now - self._t0 - self._paused_total)

    def _clock_at(self, t: float) -> float:
        return self._t0 + self._paused_total + t

    def _catch_up(self, now: float) -> None:
        if self._state in (State.READY, State.PAUSED, State.SUMMARY, State.STOPPED):
            return
        target = self._session_time(now)
        while self._state in (State.INTRO, State.ACTIVE):
            d = self._next_deadline()
            if d is None or d > target + EPS:
                break
            self._t = max(self._t, d)
            self._handle_deadline(d)
        if self._state not in (State.SUMMARY, State.STOPPED):
            self._t = max(self._t, target)

    def _next_deadline(self) -> float | None:
        if self._state == State.INTRO:
            if self.timings.intro_seconds is None:
                return None
            return self._intro_start + self.timings.intro_seconds
        if self._state != State.ACTIVE:
            return None
        cands: list[float] = []
        if self._pending:
            cands.append(self._pending[0][0])
        ph = self._phase
        if ph.duration is not None:
            cands.append(self._phase_start + ph.duration)
        if ph.name == "walk":
            if not self._target_cued and self._target < self._max - EPS:
                cands.append(self._phase_start + self._target)
            cands.append(self._phase_start + self._max)
        return min(cands) if cands else None

    def _handle_deadline(self, d: float) -> None:
        if self._state == State.INTRO:
            self._begin_exercise(d)
            return
        ph = self._phase
        if self._pending and self._pending[0][0] <= d + EPS:
            _, cue, left = self._pending.pop(0)
            self._cue(cue, d, phase=ph.name, count=left)
            return
        if ph.name == "walk":
            if not self._target_cued and self._target < self._max - EPS and d < self._phase_start + self._max - EPS:
                self._target_cued = True
                self._cue("target_reached", d)
                return
            self._complete_exercise(d, ended="max")
            return
        self._end_phase(d)

    # --------------------------------------------------------------- emitting
    def _emit(self, kind: str, t: float, data: dict[str, Any] | None = None, *, where: bool = True,
              index: int | None = None) -> None:
        i = self._index if index is None else index
        item = self.items[i] if 0 <= i < len(self.items) else None
        s = side = rep = None
        if where and item is not None and self._state == State.ACTIVE and self._timeline:
            ph = self._phase
            s = ph.set
            side = item.sides[ph.side_index] if item.sides else None
            rep = self._rep_now()
        ev = EngineEvent(
            kind=kind,
            at=self._clock_at(t),
            exercise_index=i if item is not None else None,
            exercise_id=item.id if item is not None else None,
            set=s,
            side=side,
            rep=rep,
            data=data or {},
            elapsed=self._prior_elapsed + t,
        )
        if self.on_event is not None:
            self.on_event(ev)

    def _cue(self, name: str, t: float, **extra: Any) -> None:
        self._emit("cue", t, {"cue": name, **extra})

    # ---------------------------------------------------------------- phases
    @property
    def _phase(self) -> Phase:
        return self._timeline[self._pi]

    def _rep_now(self) -> int:
        ph = self._phase
        if ph.name == "tap":
            return min(self._taps + 1, self.items[self._index].reps)
        return ph.rep

    def _start_phase(self, t: float) -> None:
        ph = self._phase
        self._phase_start = t
        self._pending = []
        if ph.ticks and ph.duration is not None:
            for k in (3, 2, 1):
                tt = t + ph.duration - k
                if tt > t + EPS:
                    self._pending.append((tt, "last_three", k))
        if ph.name == "tap":
            pos = self._resume_into_block
            self._taps = (pos - 1) if pos else 0
            self._resume_into_block = None
        if ph.start_cue:
            self._cue(ph.start_cue, t, phase=ph.name)

    def _end_phase(self, t: float, *, early: bool = False) -> None:
        ph = self._phase
        item = self.items[self._index]
        rec = self._records[self._index]
        self._pending = []
        if ph.completes:
            rec.units += 1
            data: dict[str, Any] = {"side_index": ph.side_index, "done": rec.units}
            if early:
                data["early"] = True
            if ph.completes == "hold":
                data = {"seconds": ph.duration, **data}
            self._emit(ph.completes, t, data)
        if ph.name == "switch_side":
            self._emit("side_switch", t, {
                "from": item.sides[ph.side_index - 1],
                "to": item.sides[ph.side_index],
                "side_index": ph.side_index,
                "cut_short": t < self._phase_start + (ph.duration or 0) - EPS,
            })
        if ph.end_cue:
            self._cue(ph.end_cue, t, phase=ph.name)
        if ph.set_end:
            rec.sets += 1
            self._emit("set", t, {"sets": item.sets})
        if self._pi + 1 < len(self._timeline):
            self._pi += 1
            self._start_phase(t)
        else:
            self._complete_exercise(t)

    # ------------------------------------------------------------- exercises
    def _enter_intro(self, i: int, t: float) -> None:
        if self._resume_into is not None and self._resume_into.exercise_index != i:
            self._resume_into = None
        self._index = i
        self._timeline = []
        self._pi = 0
        self._pending = []
        self._state = State.INTRO
        self._intro_start = t
        self._cue("intro", t)

    def _begin_exercise(self, t: float) -> None:
        item = self.items[self._index]
        rec = self._records[self._index]
        pos = self._resume_into if (self._resume_into and self._resume_into.exercise_index == self._index) else None
        self._resume_into = None
        if pos is not None and (pos.set, pos.side_index, pos.rep) == (1, 0, 1):
            pos = None  # nothing of this exercise was done yet: a fresh start
        if pos is None:
            self._records[self._index] = rec = ExerciseRecord()
        rec.status = "active"
        rec.partial = False
        self._ex_start = t
        self._timeline = build_timeline(item, pos, self.timings)
        self._pi = 0
        self._resume_into_block = pos.rep if (pos and self._timeline[0].name == "tap") else None
        self._target = float(item.duration_minutes) * 60.0
        self._max = max(float(item.max_duration_minutes), float(item.duration_minutes)) * 60.0
        self._target_cued = False
        self._state = State.ACTIVE
        ph0 = self._timeline[0]
        self._emit("exercise_start", t, {
            "kind": item.kind,
            "resumed": pos is not None,
            "side_index": ph0.side_index,
            "planned": {
                "reps": item.reps,
                "sets": item.sets,
                "sides": list(item.sides),
                "hold_seconds": item.hold_seconds,
                "duration_minutes": item.duration_minutes,
                "max_duration_minutes": item.max_duration_minutes,
            },
        })
        self._start_phase(t)

    def _complete_exercise(self, t: float, *, partial: bool = False, note: str | None = None,
                           ended: str | None = None) -> None:
        item = self.items[self._index]
        rec = self._records[self._index]
        rec.seconds += t - self._ex_start
        if item.kind == "duration":
            walked = t - self._phase_start
            if ended is None:
                ended = "max" if walked >= self._max - EPS else ("target" if walked >= self._target - EPS
                                                                   else "early")
            rec.units = walked / 60.0
            self._emit("duration_logged", t, {
                "minutes": walked / 60.0,
                "planned_minutes": item.duration_minutes,
                "target_minutes": self._target / 60.0,
                "max_minutes": self._max / 60.0,
                "ended": ended,
            })
        elif item.kind == "practice":
            rec.units = (t - self._phase_start) / 60.0
            self._emit("practice_done", t, {"minutes": rec.units, "note": note})
        rec.status = "done"
        rec.partial = partial
        if note is not None:
            rec.note = note
        self._emit("exercise_done", t, {
            "done": rec.units,
            "planned": planned_units(item),
            "sets_done": rec.sets,
            "minutes": rec.seconds / 60.0,
            "partial": partial,
            "note": rec.note,
        })
        self._cue("exercise_done", t)
        self._pending = []
        self._state = State.CHECKIN
        self._checkin_index = self._index

    def _next_exercise(self, t: float) -> None:
        if self._index + 1 < len(self.items):
            self._enter_intro(self._index + 1, t)
        else:
            self._finish_session(t)

    def _finish_session(self, t: float) -> None:
        self._state = State.SUMMARY
        self._timeline = []
        self._index = min(self._index, max(0, len(self.items) - 1))
        self._emit("session_done", t, {
            "elapsed_seconds": self._prior_elapsed + t,
            "done": sum(1 for r in self._records if r.status == "done"),
            "skipped": sum(1 for r in self._records if r.status == "skipped"),
        }, where=False)
        self._cue("session_done", t)

    def _unpause(self, now: float) -> None:
        if self._state != State.PAUSED:
            return
        paused = max(0.0, now - self._pause_started)
        self._paused_total += paused
        self._state = self._paused_in or State.ACTIVE
        self._paused_in = None
        self._emit("resume", self._t, {"paused_seconds": paused})
