"""The session engine: a plain state machine on an injected clock.

No Qt, no storage: the UI drives it and persists what it reports.

Time
====
Every duration is measured from timestamps: *session time* is
``clock.monotonic() - session_start - paused_time`` and a phase's elapsed time is
``session_time - phase_start``. Ticks are never counted. The UI calls
``advance()`` from a ~30–60 Hz ``QTimer`` only to repaint; the engine then
walks through every boundary it has crossed since the last call (a 25 s gap in
a 20 s hold completes the hold, the release, the rest, ...) and stamps each
event with the clock time at which it really happened. Missed or late calls
never change the outcome. Every control (``tap``, ``pause``, ``skip``, ...)
first catches up to ``clock.monotonic()`` and then acts at that instant.

States
======
``ready`` → ``start()`` → ``intro`` (exercise *i* is shown) → ``start()`` (or
``tap()``, i.e. Space) → ``active`` → ``checkin`` → ``intro`` of the next
exercise … → ``summary``; plus ``paused`` (``Snapshot.paused_in`` tells which
state is frozen underneath) and ``stopped`` (``Snapshot.stop_reason``).

The intro waits for the user by default: a person lying on a mat may need
time to read the steps and get into position, and a countdown starting on its
own is the wrong kind of pressure here. Pass ``Timings(intro_seconds=10)`` to
auto-start after that many seconds instead.

Phases of the ``active`` state
==============================
A *block* is one side of one set. Between blocks comes ``switch_side`` (to
the next side; ``tap()`` cuts it short) or, between sets, ``set_rest``
(``rest_between_sets_seconds``; left out when 0).

* **hold**: each rep is ``[prep] hold release`` where prep is ``get_ready``
  (3 s) for the first rep of a block or when there is no rest between reps,
  and ``rest`` (``rest_between_reps_seconds``) otherwise. All reps on the
  first side (the affected side comes first in ``PlannedExercise.sides``),
  then the other side.
* **reps**, pacing ``"tap"``: one open-ended ``tap`` phase per block; each
  ``tap()`` counts a rep; the block ends at the planned reps.
* **reps**, pacing ``"tempo"``: ``get_ready``, then per rep ``move``,
  ``hold`` (only when ``tempo.hold > 0``), ``back`` (only when > 0), with an
  optional ``rest`` before each rep after the first; reps count themselves at
  the end of their last phase.
* **duration**: one open-ended ``walk`` phase. At the target
  (``duration_minutes``, the low end of the range) the engine cues
  ``target_reached`` and keeps going; ``extend(minutes)`` moves the target
  (capped at ``max_duration_minutes``) and the cue comes again at the new
  target; at the maximum the walk finishes by itself; ``finish()`` ends it at
  any time. The real minutes walked are logged.
* **practice**: one open-ended ``practice`` phase; ``finish(note)`` ends it.

During ``rest``, ``set_rest`` and ``switch_side`` the snapshot's set, side and
rep name what comes next ("rest, then rep 2 of 5"); during the other phases
they name the rep under way. In a ``tap`` phase ``rep`` is the rep being done
(taps so far + 1).

``finish()`` on a hold or reps exercise ends it early: what was done counts
and the exercise is marked partial. After every exercise that was done (not
skipped) the engine waits in ``checkin`` for ``check_in(answer)``;
``"sharp_pain"`` and ``"weakness"`` stop the session on the spot.

Events
======
Every event is an :class:`EngineEvent` delivered at once to ``on_event``.
Fields: ``kind``, ``at`` (clock time, monotonic seconds, when it happened),
``exercise_index``, ``exercise_id``, ``set``, ``side`` (``"left"``,
``"right"`` or None), ``rep``, ``data`` and ``elapsed`` (session seconds
excluding pauses, including time before a resume). ``set``/``side``/``rep``
say where the session was; they are None when they do not apply.

Recorded events (the UI persists each one; ``position_after`` reads them):

==================  ==========================================================
kind                data
==================  ==========================================================
``session_start``   ``exercises`` (count), ``resumed`` (bool),
                    ``position`` (dict of Position or None)
``exercise_start``  ``kind``, ``resumed`` (bool), ``side_index``, ``planned``
                    (dict: reps, sets, sides, hold_seconds, duration_minutes,
                    max_duration_minutes)
``hold``            a hold completed: ``seconds`` (held), ``side_index``,
                    ``done`` (units done in this exercise so far)
``rep``             a rep completed (tap or tempo): ``side_index``, ``done``
``set``             a set completed: ``sets`` (planned)
``side_switch``     moved to the next side: ``from``, ``to``, ``side_index``,
                    ``cut_short`` (bool: the user tapped through the wait)
``skip``            exercise skipped: ``done`` (units done before skipping)
``back``            went back: ``from_index``, ``to_index``
``pause``           ``state`` (the state that was paused)
``resume``          ``paused_seconds``
``checkin``         ``answer``: one of ``safety.CHECKIN_ANSWERS``
``duration_logged`` ``minutes`` (real), ``planned_minutes``,
                    ``target_minutes`` (after extending), ``max_minutes``,
                    ``ended``: "early" | "target" | "max"
``practice_done``   ``minutes``, ``note`` (str or None)
``exercise_done``   ``done`` (units: holds or reps; minutes for duration and
                    practice), ``planned`` (units, None for practice),
                    ``sets_done``, ``minutes`` (time spent, excluding
                    pauses), ``partial`` (ended early with ``finish()``),
                    ``note``
``stop``            ``reason`` (one of ``safety.STOP_REASON_IDS``),
                    ``detail``, ``state``, ``phase``
``session_done``    ``elapsed_seconds``, ``done`` (exercises done),
                    ``skipped`` (exercises skipped)
==================  ==========================================================

Cue events (``kind="cue"``, not persisted; the UI plays a sound or flashes):
``data={"cue": name}`` with name one of ``get_ready`` (a get-ready count
starts), ``go`` (a hold, the first tempo rep of a block, a tap block, a walk
or a practice starts), ``last_three`` (each of the last 3 s of a
``get_ready``, ``hold`` or ``rest``), ``release``, ``switch_side``,
``rest_over`` (end of a ``rest`` or ``set_rest``), ``beat`` (start of each
tempo phase but the block's first move; ``data["phase"]`` is move, hold or
back), ``target_reached`` (walk target), ``exercise_done``,
``session_done``. After a long stall several cues come at once with their
true ``at``; a UI should not play cues much older than ``clock.monotonic()``.

Resume
======
``position_after(items, events)`` reads the recorded events of an interrupted
session (``EngineEvent`` or plain dicts with the same keys) and returns a
:class:`Resume`; ``SessionEngine.resumed(items, clock, resume, ...)`` builds an
engine that continues from there: the unanswered check-in first, then the
next rep not done. Duration and practice exercises restart from zero.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from coach.core.clock import Clock
from coach.core.plan import PlannedExercise
from coach.core.program import Tempo
from coach.core.safety import CHECKIN_ANSWERS, SESSION_ENDING_ANSWERS, STOP_REASON_IDS

CUES: tuple[str, ...] = (
    "get_ready",
    "go",
    "last_three",
    "release",
    "switch_side",
    "rest_over",
    "beat",
    "target_reached",
    "exercise_done",
    "session_done",
)
RECORDED_KINDS: tuple[str, ...] = (
    "session_start",
    "exercise_start",
    "hold",
    "rep",
    "set",
    "side_switch",
    "skip",
    "back",
    "pause",
    "resume",
    "checkin",
    "duration_logged",
    "practice_done",
    "exercise_done",
    "stop",
    "session_done",
)

_EPS = 1e-9


# ---------------------------------------------------------------- data types
class State(enum.StrEnum):
    READY = "ready"
    INTRO = "intro"
    ACTIVE = "active"
    CHECKIN = "checkin"
    PAUSED = "paused"
    SUMMARY = "summary"
    STOPPED = "stopped"


@dataclass(frozen=True)
class Timings:
    """Fixed timings of the engine (seconds)."""

    get_ready: float = 3.0
    release: float = 2.0
    switch_side: float = 5.0
    intro_seconds: float | None = None  # None: the intro waits for start()/tap()


@dataclass(frozen=True)
class Position:
    """Where to (re)start: exercise index (0-based), set, side index, rep (1-based, 0-based, 1-based)."""

    exercise_index: int = 0
    set: int = 1
    side_index: int = 0
    rep: int = 1


@dataclass(frozen=True)
class EngineEvent:
    kind: str
    at: float
    exercise_index: int | None = None
    exercise_id: str | None = None
    set: int | None = None
    side: str | None = None
    rep: int | None = None
    data: Mapping[str, Any] = field(default_factory=dict)
    elapsed: float = 0.0

    @property
    def is_cue(self) -> bool:
        return self.kind == "cue"

    @property
    def cue(self) -> str | None:
        return self.data.get("cue") if self.kind == "cue" else None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["data"] = dict(self.data)
        return d


@dataclass(frozen=True)
class ExerciseResult:
    """Planned versus done for one exercise.

    ``units`` are holds (hold), reps (reps) or minutes (duration, practice).
    ``status``: pending | active | done | skipped | stopped.
    """

    index: int
    exercise_id: str
    name: str
    kind: str
    status: str
    planned_units: float | None
    done_units: float
    unit: str
    planned_sets: int
    sets_done: int
    planned_minutes: float | None
    minutes: float
    partial: bool = False
    note: str | None = None
    checkin: str | None = None

    @property
    def skipped(self) -> bool:
        return self.status == "skipped"


@dataclass(frozen=True)
class Summary:
    exercises: tuple[ExerciseResult, ...]
    total_seconds: float  # excluding pauses
    paused_seconds: float
    checkins: tuple[tuple[int, str, str], ...]  # (exercise index, exercise id, answer)
    completed: bool
    stop_reason: str | None = None
    stop_detail: str | None = None
    stopped_at: int | None = None  # exercise index

    @property
    def done_count(self) -> int:
        return sum(1 for e in self.exercises if e.status == "done")

    @property
    def skipped_count(self) -> int:
        return sum(1 for e in self.exercises if e.status == "skipped")


@dataclass(frozen=True)
class Resume:
    """What ``position_after`` found in the events of an interrupted session."""

    position: Position | None  # None: every exercise was dealt with
    checkin_due: int | None  # an exercise whose check-in was never answered
    confirm_done: bool  # its work was complete but "exercise_done" was never recorded
    results: tuple[ExerciseResult, ...]
    elapsed: float
    finished: bool  # the session had ended (stop or session_done): nothing to resume
    stop_reason: str | None = None


@dataclass(frozen=True)
class Snapshot:
    """Everything a screen needs to draw the session at one moment."""

    state: State
    paused: bool
    paused_in: State | None
    exercise_index: int
    exercise_count: int
    exercise: PlannedExercise | None
    kind: str | None
    set: int
    sets: int
    side: str | None
    side_index: int
    side_count: int
    rep: int
    reps: int
    phase: str | None
    phase_elapsed: float
    phase_left: float | None  # None for open-ended phases
    phase_duration: float | None
    phase_fraction: float  # 0..1 of the phase (walk: of the target; tap: of the reps)
    elapsed: float  # duration/practice: seconds in the exercise
    target: float | None  # duration: target seconds (after extending)
    max_seconds: float | None  # duration: top of the range, in seconds
    target_reached: bool
    can_extend: bool
    session_elapsed: float  # excluding pauses
    stop_reason: str | None
    stop_detail: str | None
    done_counts: tuple[float, ...]  # units done per exercise
    statuses: tuple[str, ...]  # status per exercise
    exercise_fraction: float
    progress: float  # 0..1 across the session, for the session strip
    checkin_for: int | None  # the exercise being asked about in "checkin"


# ------------------------------------------------------------------ internals
@dataclass
class _Phase:
    name: str
    duration: float | None
    set: int
    side_index: int
    rep: int
    start_cue: str | None = None
    ticks: bool = False
    end_cue: str | None = None
    completes: str | None = None  # "hold" | "rep"
    set_end: bool = False


@dataclass
class _Record:
    status: str = "pending"
    units: float = 0.0
    sets: int = 0
    seconds: float = 0.0
    partial: bool = False
    note: str | None = None
    checkin: str | None = None


def _planned_units(item: PlannedExercise) -> float | None:
    if item.kind in ("hold", "reps"):
        return float(item.reps * item.sets * max(1, len(item.sides)))
    if item.kind == "duration":
        return float(item.duration_minutes)
    return None


def _unit(kind: str) -> str:
    return {"hold": "holds", "reps": "reps"}.get(kind, "minutes")


def _result(i: int, item: PlannedExercise, rec: _Record) -> ExerciseResult:
    return ExerciseResult(
        index=i,
        exercise_id=item.id,
        name=item.name,
        kind=item.kind,
        status=rec.status,
        planned_units=_planned_units(item),
        done_units=rec.units,
        unit=_unit(item.kind),
        planned_sets=item.sets,
        sets_done=rec.sets,
        planned_minutes=item.duration_minutes if item.kind == "duration" else None,
        minutes=rec.seconds / 60.0,
        partial=rec.partial,
        note=rec.note,
        checkin=rec.checkin,
    )


def _record_of(r: ExerciseResult) -> _Record:
    return _Record(
        status=r.status,
        units=r.done_units,
        sets=r.sets_done,
        seconds=r.minutes * 60.0,
        partial=r.partial,
        note=r.note,
        checkin=r.checkin,
    )


def _clamp_position(items: Sequence[PlannedExercise], p: Position) -> Position:
    if not items:
        return Position()
    i = min(max(0, p.exercise_index), len(items) - 1)
    it = items[i]
    s = min(max(1, p.set), max(1, it.sets))
    si = min(max(0, p.side_index), max(0, len(it.sides) - 1))
    r = min(max(1, p.rep), max(1, it.reps))
    return Position(i, s, si, r)


# ---------------------------------------------------------------- the engine
class SessionEngine:
    """Runs one session of ``items``. See the module docstring."""

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
        self._start_pos = _clamp_position(self.items, start) if start else None
        self._records = [_Record() for _ in self.items]
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
        self._timeline: list[_Phase] = []
        self._pi = 0
        self._phase_start = 0.0
        self._pending: list[tuple[float, str]] = []  # (session time, cue) inside the phase
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

    @classmethod
    def resumed(
        cls,
        items: Sequence[PlannedExercise],
        clock: Clock,
        resume: Resume,
        on_event: Callable[[EngineEvent], None] | None = None,
        timings: Timings | None = None,
    ) -> SessionEngine:
        """An engine that continues an interrupted session (see ``position_after``)."""
        eng = cls(items, clock, resume.position, on_event, timings)
        for r in resume.results:
            if 0 <= r.index < len(eng._records):
                eng._records[r.index] = _record_of(r)
                if r.checkin:
                    eng._checkins.append((r.index, r.exercise_id, r.checkin))
        eng._prior_elapsed = resume.elapsed
        eng._checkin_due = resume.checkin_due
        eng._confirm_done = resume.confirm_done
        if resume.position is None:
            eng._index = resume.checkin_due if resume.checkin_due is not None else len(eng.items)
        return eng

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
            if d is None or d > target + _EPS:
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
            if not self._target_cued and self._target < self._max - _EPS:
                cands.append(self._phase_start + self._target)
            cands.append(self._phase_start + self._max)
        return min(cands) if cands else None

    def _handle_deadline(self, d: float) -> None:
        if self._state == State.INTRO:
            self._begin_exercise(d)
            return
        ph = self._phase
        if self._pending and self._pending[0][0] <= d + _EPS:
            _, cue = self._pending.pop(0)
            self._cue(cue, d)
            return
        if ph.name == "walk":
            if not self._target_cued and self._target < self._max - _EPS and d < self._phase_start + self._max - _EPS:
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
    def _phase(self) -> _Phase:
        return self._timeline[self._pi]

    def _rep_now(self) -> int:
        ph = self._phase
        if ph.name == "tap":
            return min(self._taps + 1, self.items[self._index].reps)
        return ph.rep

    def _build_timeline(self, item: PlannedExercise, pos: Position | None) -> list[_Phase]:
        kind = item.kind
        if kind == "duration":
            return [_Phase("walk", None, 1, 0, 1, start_cue="go")]
        if kind == "practice":
            return [_Phase("practice", None, 1, 0, 1, start_cue="go")]
        tm = self.timings
        nsides = max(1, len(item.sides))
        sets = max(1, item.sets)
        reps = max(1, item.reps)
        s0, si0, r0 = (pos.set, pos.side_index, pos.rep) if pos else (1, 0, 1)
        out: list[_Phase] = []
        rest = float(item.rest_between_reps_seconds)
        for s in range(s0, sets + 1):
            for si in range(si0 if s == s0 else 0, nsides):
                first_rep = r0 if (s, si) == (s0, si0) else 1
                if out:
                    if si > 0:
                        out.append(_Phase("switch_side", tm.switch_side, s, si, first_rep, start_cue="switch_side"))
                    elif item.rest_between_sets_seconds > 0:
                        out.append(_Phase("set_rest", float(item.rest_between_sets_seconds), s, si, first_rep,
                                          end_cue="rest_over"))
                block: list[_Phase] = []
                if kind == "reps" and item.pacing != "tempo":
                    block.append(_Phase("tap", None, s, si, first_rep, start_cue="go"))
                else:
                    for r in range(first_rep, reps + 1):
                        if r > first_rep and rest > 0:
                            block.append(_Phase("rest", rest, s, si, r, ticks=True, end_cue="rest_over"))
                        elif r == first_rep or kind == "hold":
                            block.append(_Phase("get_ready", tm.get_ready, s, si, r, start_cue="get_ready",
                                                ticks=True))
                        if kind == "hold":
                            block.append(_Phase("hold", float(item.hold_seconds), s, si, r, start_cue="go",
                                                ticks=True, completes="hold"))
                            block.append(_Phase("release", tm.release, s, si, r, start_cue="release"))
                        else:
                            tempo = item.tempo or Tempo()
                            parts = [(n, float(v)) for n, v in (("move", tempo.move), ("hold", tempo.hold),
                                                                ("back", tempo.back)) if v > 0]
                            if not parts:
                                parts = [("move", 1.0)]
                            for k, (n, v) in enumerate(parts):
                                cue = "go" if (r == first_rep and k == 0) else "beat"
                                block.append(_Phase(n, v, s, si, r, start_cue=cue))
                            block[-1].completes = "rep"
                out.extend(block)
            out[-1].set_end = True
        return out

    def _start_phase(self, t: float) -> None:
        ph = self._phase
        self._phase_start = t
        self._pending = []
        if ph.ticks and ph.duration is not None:
            for k in (3, 2, 1):
                tt = t + ph.duration - k
                if tt > t + _EPS:
                    self._pending.append((tt, "last_three"))
        if ph.name == "tap":
            pos = self._resume_into_block
            self._taps = (pos - 1) if pos else 0
            self._resume_into_block = None
        if ph.start_cue:
            extra = {"phase": ph.name} if ph.start_cue == "beat" else {}
            self._cue(ph.start_cue, t, **extra)

    def _end_phase(self, t: float) -> None:
        ph = self._phase
        item = self.items[self._index]
        rec = self._records[self._index]
        self._pending = []
        if ph.completes:
            rec.units += 1
            data: dict[str, Any] = {"side_index": ph.side_index, "done": rec.units}
            if ph.completes == "hold":
                data = {"seconds": ph.duration, **data}
            self._emit(ph.completes, t, data)
        if ph.name == "switch_side":
            self._emit("side_switch", t, {
                "from": item.sides[ph.side_index - 1],
                "to": item.sides[ph.side_index],
                "side_index": ph.side_index,
                "cut_short": t < self._phase_start + (ph.duration or 0) - _EPS,
            })
        if ph.end_cue:
            self._cue(ph.end_cue, t)
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

    def _begin_exercise(self, t: float) -> None:
        item = self.items[self._index]
        rec = self._records[self._index]
        pos = self._resume_into if (self._resume_into and self._resume_into.exercise_index == self._index) else None
        self._resume_into = None
        if pos is not None and (pos.set, pos.side_index, pos.rep) == (1, 0, 1):
            pos = None  # nothing of this exercise was done yet: a fresh start
        if pos is None:
            self._records[self._index] = rec = _Record()
        rec.status = "active"
        rec.partial = False
        self._ex_start = t
        self._timeline = self._build_timeline(item, pos)
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
                ended = "max" if walked >= self._max - _EPS else ("target" if walked >= self._target - _EPS
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
            "planned": _planned_units(item),
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

    # --------------------------------------------------------------- controls
    def advance(self, now: float | None = None) -> Snapshot:
        """Catch up to ``now`` (default ``clock.monotonic()``) and return the snapshot."""
        self._catch_up(self._now(now))
        return self.snapshot()

    def start(self) -> bool:
        """Ready → first intro; intro → the exercise begins."""
        now = self._now()
        if self._state == State.READY:
            self._t0 = now
            self._t = 0.0
            self._state = State.INTRO  # so events carry the index
            pos = self._start_pos
            self._emit("session_start", 0.0, {
                "exercises": len(self.items),
                "resumed": pos is not None or self._checkin_due is not None,
                "position": asdict(pos) if pos else None,
            }, where=False)
            if not self.items:
                self._finish_session(0.0)
            elif self._checkin_due is not None:
                self._index = self._checkin_due
                self._state = State.CHECKIN
                self._checkin_index = self._checkin_due
                if self._confirm_done:
                    rec = self._records[self._index]
                    rec.status = "done"
                    self._emit("exercise_done", 0.0, {
                        "done": rec.units, "planned": _planned_units(self.items[self._index]),
                        "sets_done": rec.sets, "minutes": rec.seconds / 60.0, "partial": False,
                        "note": rec.note,
                    })
            elif self._index >= len(self.items):
                self._finish_session(0.0)
            else:
                self._enter_intro(self._index, 0.0)
            return True
        self._catch_up(now)
        if self._state == State.INTRO:
            self._begin_exercise(self._t)
            return True
        return False

    def tap(self) -> bool:
        """Space: start from ready/intro, count a self-paced rep, or cut a side switch short."""
        if self._state in (State.READY, State.INTRO):
            return self.start()
        now = self._now()
        self._catch_up(now)
        if self._state != State.ACTIVE:
            return False
        ph = self._phase
        t = self._t
        if ph.name == "tap":
            item = self.items[self._index]
            rec = self._records[self._index]
            rec.units += 1
            self._emit("rep", t, {"side_index": ph.side_index, "done": rec.units})  # rep = this one
            self._taps += 1
            if self._taps >= item.reps:
                self._end_phase(t)
            return True
        if ph.name == "switch_side":
            self._end_phase(t)
            return True
        return False

    def pause(self) -> bool:
        now = self._now()
        if self._state not in (State.INTRO, State.ACTIVE, State.CHECKIN):
            return False
        self._catch_up(now)
        if self._state not in (State.INTRO, State.ACTIVE, State.CHECKIN):
            return False
        self._emit("pause", self._t, {"state": str(self._state)})
        self._paused_in = self._state
        self._pause_started = self._clock_at(self._t)  # == now unless the clock went back
        self._state = State.PAUSED
        return True

    def resume(self) -> bool:
        if self._state != State.PAUSED:
            return False
        self._unpause(self._now())
        return True

    def skip(self) -> bool:
        """Skip the current exercise (intro or active); recorded, no check-in."""
        now = self._now()
        self._unpause(now)
        self._catch_up(now)
        if self._state not in (State.INTRO, State.ACTIVE):
            return False
        t = self._t
        rec = self._records[self._index]
        if self._state == State.ACTIVE:
            rec.seconds += t - self._ex_start
        rec.status = "skipped"
        self._emit("skip", t, {"done": rec.units})
        self._next_exercise(t)
        return True

    def back(self) -> bool:
        """Go back one exercise (to its intro, to be done again); at the first one, restart it."""
        now = self._now()
        if self._state == State.INTRO and self._index == 0:
            return False
        self._unpause(now)
        self._catch_up(now)
        if self._state not in (State.INTRO, State.ACTIVE):
            return False
        t = self._t
        rec = self._records[self._index]
        if self._state == State.ACTIVE:
            rec.seconds += t - self._ex_start
        if rec.status == "active":
            rec.status = "pending"
        target = max(0, self._index - 1)
        self._emit("back", t, {"from_index": self._index, "to_index": target})
        self._resume_into = None
        self._enter_intro(target, t)
        return True

    def finish(self, note: str | None = None) -> bool:
        """End the current exercise now: a walk or practice is logged; a hold/reps one counts as partial."""
        now = self._now()
        self._unpause(now)
        self._catch_up(now)
        if self._state != State.ACTIVE:
            return False
        item = self.items[self._index]
        partial = item.kind in ("hold", "reps")
        self._complete_exercise(self._t, partial=partial, note=note)
        return True

    def extend(self, minutes: float) -> bool:
        """Raise the walking target by ``minutes``, capped at the top of the range."""
        now = self._now()
        if self._state == State.PAUSED:
            if self._paused_in != State.ACTIVE:
                return False
        else:
            self._catch_up(now)
        if self._state not in (State.ACTIVE, State.PAUSED) or not self._timeline or self._phase.name != "walk":
            return False
        if minutes <= 0 or self._target >= self._max - _EPS:
            return False
        new = min(self._max, self._target + minutes * 60.0)
        walked = self._t - self._phase_start
        self._target = new
        if new > walked + _EPS:
            self._target_cued = False
        return True

    def check_in(self, answer: str) -> bool:
        if answer not in CHECKIN_ANSWERS:
            raise ValueError(f"unknown check-in answer {answer!r}; expected one of {CHECKIN_ANSWERS}")
        now = self._now()
        self._unpause(now)
        if self._state != State.CHECKIN:
            return False
        t = self._t = max(self._t, self._session_time(now))
        i = self._checkin_index if self._checkin_index is not None else self._index
        self._records[i].checkin = answer
        self._checkins.append((i, self.items[i].id, answer))
        self._emit("checkin", t, {"answer": answer}, index=i)
        self._checkin_index = None
        if answer in SESSION_ENDING_ANSWERS:
            self._stop(answer, None, t, phase="checkin", state=State.CHECKIN)
        else:
            self._index = i
            self._next_exercise(t)
        return True

    def stop(self, reason: str, detail: str | None = None) -> bool:
        if reason not in STOP_REASON_IDS:
            raise ValueError(f"unknown stop reason {reason!r}; expected one of {STOP_REASON_IDS}")
        now = self._now()
        if self._state in (State.SUMMARY, State.STOPPED):
            return False
        if self._state == State.READY:
            self._t0 = now
        self._unpause(now)
        self._catch_up(now)
        if self._state in (State.SUMMARY, State.STOPPED):
            return False
        phase = self._phase.name if (self._state == State.ACTIVE and self._timeline) else None
        self._stop(reason, detail, self._t, phase=phase, state=self._state)
        return True

    def _stop(self, reason: str, detail: str | None, t: float, *, phase: str | None, state: State) -> None:
        if self.items and 0 <= self._index < len(self.items):
            rec = self._records[self._index]
            if state == State.ACTIVE:
                rec.seconds += t - self._ex_start
            if rec.status == "active":
                rec.status = "stopped"
        self._emit("stop", t, {"reason": reason, "detail": detail, "state": str(state), "phase": phase})
        self._stop_reason = reason
        self._stop_detail = detail
        self._stopped_at = self._index if self.items else None
        self._state = State.STOPPED

    # --------------------------------------------------------------- queries
    @property
    def state(self) -> State:
        return self._state

    @property
    def finished(self) -> bool:
        return self._state in (State.SUMMARY, State.STOPPED)

    def snapshot(self) -> Snapshot:
        """The state as of the last ``advance()`` or control call (no side effects)."""
        st = self._state
        base = self._paused_in if st == State.PAUSED else st
        n = len(self.items)
        i = min(self._index, n - 1) if n else 0
        item = self.items[i] if n else None
        t = self._t
        in_phase = base == State.ACTIVE and bool(self._timeline)
        ph = self._phase if in_phase else None
        sides = item.sides if item else ()
        phase_elapsed = (t - self._phase_start) if ph else 0.0
        phase_duration = ph.duration if ph else None
        phase_left = max(0.0, phase_duration - phase_elapsed) if (ph and phase_duration is not None) else None
        if ph is None:
            frac = 0.0
        elif phase_duration is not None:
            frac = 1.0 if phase_duration <= 0 else min(1.0, max(0.0, phase_elapsed / phase_duration))
        elif ph.name == "walk":
            frac = min(1.0, phase_elapsed / self._target) if self._target > 0 else 0.0
        elif ph.name == "tap" and item:
            frac = min(1.0, self._taps / max(1, item.reps))
        else:
            frac = 0.0
        if base == State.INTRO and self.timings.intro_seconds:
            phase_duration = self.timings.intro_seconds
            phase_elapsed = t - self._intro_start
            phase_left = max(0.0, phase_duration - phase_elapsed)
            frac = min(1.0, phase_elapsed / phase_duration)
        is_walk = ph is not None and ph.name == "walk"
        is_timed_ex = ph is not None and ph.name in ("walk", "practice")
        ex_frac = self._exercise_fraction(i, ph, frac) if item else 0.0
        settled = sum(1 for r in self._records if r.status in ("done", "skipped"))
        cur_settled = item is not None and self._records[i].status in ("done", "skipped")
        if st == State.SUMMARY:
            progress = 1.0
        elif n:
            progress = min(1.0, (settled + (0.0 if cur_settled else ex_frac)) / n)
        else:
            progress = 0.0
        return Snapshot(
            state=st,
            paused=st == State.PAUSED,
            paused_in=self._paused_in if st == State.PAUSED else None,
            exercise_index=i,
            exercise_count=n,
            exercise=item,
            kind=item.kind if item else None,
            set=ph.set if ph else 1,
            sets=item.sets if item else 0,
            side=(sides[ph.side_index] if (ph and sides) else (sides[0] if sides else None)),
            side_index=ph.side_index if ph else 0,
            side_count=len(sides),
            rep=self._rep_now() if ph else 1,
            reps=item.reps if item else 0,
            phase=ph.name if ph else None,
            phase_elapsed=phase_elapsed,
            phase_left=phase_left,
            phase_duration=phase_duration,
            phase_fraction=frac,
            elapsed=phase_elapsed if is_timed_ex else 0.0,
            target=self._target if is_walk else None,
            max_seconds=self._max if is_walk else None,
            target_reached=is_walk and phase_elapsed >= self._target - _EPS,
            can_extend=is_walk and self._target < self._max - _EPS,
            session_elapsed=self._prior_elapsed + t,
            stop_reason=self._stop_reason,
            stop_detail=self._stop_detail,
            done_counts=tuple(r.units for r in self._records),
            statuses=tuple(r.status for r in self._records),
            exercise_fraction=ex_frac,
            progress=progress,
            checkin_for=self._checkin_index if base == State.CHECKIN else None,
        )

    def _exercise_fraction(self, i: int, ph: _Phase | None, frac: float) -> float:
        item = self.items[i]
        rec = self._records[i]
        if rec.status in ("done", "skipped"):
            return 1.0
        if ph is None:
            return 0.0
        if ph.name == "walk":
            return frac
        if ph.name == "practice":
            return 0.0
        planned = _planned_units(item) or 1.0
        extra = frac if ph.name == "hold" and item.kind == "hold" else 0.0
        return min(1.0, (rec.units + extra) / planned)

    def results(self) -> tuple[ExerciseResult, ...]:
        return tuple(_result(i, it, self._records[i]) for i, it in enumerate(self.items))

    def summary(self) -> Summary:
        paused = self._paused_total
        if self._state == State.PAUSED:
            paused += max(0.0, self.clock.monotonic() - self._pause_started)
        return Summary(
            exercises=self.results(),
            total_seconds=self._prior_elapsed + self._t,
            paused_seconds=paused,
            checkins=tuple(self._checkins),
            completed=self._state == State.SUMMARY,
            stop_reason=self._stop_reason,
            stop_detail=self._stop_detail,
            stopped_at=self._stopped_at,
        )


# --------------------------------------------------------------------- resume
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
    recs = [_Record() for _ in items]
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
                recs[i] = _Record()
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
    results = tuple(_result(i, it, recs[i]) for i, it in enumerate(items))
    if finished:
        return Resume(None, None, False, results, elapsed, True, stop_reason)
    if pos is not None:
        pos = _clamp_position(items, pos)
        if items[pos.exercise_index].kind in ("duration", "practice"):
            pos = Position(pos.exercise_index, 1, 0, 1)
    return Resume(pos, checkin_due, confirm_done, results, elapsed, False, None)
