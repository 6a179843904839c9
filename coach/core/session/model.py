"""The session engine's vocabulary: states, timings, positions, events, results, snapshots.

Plain frozen dataclasses shared by the engine (``engine``, ``runner``), the
timeline and ``resume``; see the package's docstring for what each event
means.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from coach.core.plan import PlannedExercise

CUES: tuple[str, ...] = (
    "intro",
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
SPOKEN_ONLY: tuple[str, ...] = ("intro",)  # cues that only the voice says (no beep: the person is reading)
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

EPS = 1e-9  # seconds: boundaries closer than this count as reached


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


# ---------------------------------------------------------- exercise records
@dataclass
class ExerciseRecord:
    """What was done of one exercise so far (mutable while the session runs)."""

    status: str = "pending"
    units: float = 0.0
    sets: int = 0
    seconds: float = 0.0
    partial: bool = False
    note: str | None = None
    checkin: str | None = None


def planned_units(item: PlannedExercise) -> float | None:
    if item.kind in ("hold", "reps"):
        return float(item.reps * item.sets * max(1, len(item.sides)))
    if item.kind == "duration":
        return float(item.duration_minutes)
    return None


def _unit(kind: str) -> str:
    return {"hold": "holds", "reps": "reps"}.get(kind, "minutes")


def result_of(i: int, item: PlannedExercise, rec: ExerciseRecord) -> ExerciseResult:
    return ExerciseResult(
        index=i,
        exercise_id=item.id,
        name=item.name,
        kind=item.kind,
        status=rec.status,
        planned_units=planned_units(item),
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


def record_of(r: ExerciseResult) -> ExerciseRecord:
    return ExerciseRecord(
        status=r.status,
        units=r.done_units,
        sets=r.sets_done,
        seconds=r.minutes * 60.0,
        partial=r.partial,
        note=r.note,
        checkin=r.checkin,
    )


def clamp_position(items: Sequence[PlannedExercise], p: Position) -> Position:
    if not items:
        return Position()
    i = min(max(0, p.exercise_index), len(items) - 1)
    it = items[i]
    s = min(max(1, p.set), max(1, it.sets))
    si = min(max(0, p.side_index), max(0, len(it.sides) - 1))
    r = min(max(1, p.rep), max(1, it.reps))
    return Position(i, s, si, r)
