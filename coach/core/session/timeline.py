"""An exercise as a timeline of phases: get ready, hold, release, rest, tempo beats, side switches, set rests.

See the package's docstring ("Phases of the ``active`` state") for the rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from coach.core.plan import PlannedExercise
from coach.core.program import Tempo

from .model import Position, Timings


@dataclass
class Phase:
    """One timed (or open-ended) step of an exercise: a hold, a rest, a tempo beat, a side switch..."""

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


def build_timeline(item: PlannedExercise, pos: Position | None, tm: Timings) -> list[Phase]:
    """The phases of one exercise, from ``pos`` (None: from its start); see the package's "Phases"."""
    kind = item.kind
    if kind == "duration":
        return [Phase("walk", None, 1, 0, 1, start_cue="go")]
    if kind == "practice":
        return [Phase("practice", None, 1, 0, 1, start_cue="go")]
    nsides = max(1, len(item.sides))
    sets = max(1, item.sets)
    reps = max(1, item.reps)
    s0, si0, r0 = (pos.set, pos.side_index, pos.rep) if pos else (1, 0, 1)
    out: list[Phase] = []
    rest = float(item.rest_between_reps_seconds)
    for s in range(s0, sets + 1):
        for si in range(si0 if s == s0 else 0, nsides):
            first_rep = r0 if (s, si) == (s0, si0) else 1
            if out:
                if si > 0:
                    out.append(Phase("switch_side", tm.switch_side, s, si, first_rep, start_cue="switch_side"))
                elif item.rest_between_sets_seconds > 0:
                    out.append(Phase("set_rest", float(item.rest_between_sets_seconds), s, si, first_rep,
                                      end_cue="rest_over"))
            block: list[Phase] = []
            if kind == "reps" and item.pacing != "tempo":
                block.append(Phase("tap", None, s, si, first_rep, start_cue="go"))
            else:
                for r in range(first_rep, reps + 1):
                    if r > first_rep and rest > 0:
                        block.append(Phase("rest", rest, s, si, r, ticks=True, end_cue="rest_over"))
                    elif r == first_rep or kind == "hold":
                        block.append(Phase("get_ready", tm.get_ready, s, si, r, start_cue="get_ready",
                                            ticks=True))
                    if kind == "hold":
                        block.append(Phase("hold", float(item.hold_seconds), s, si, r, start_cue="go",
                                            ticks=True, completes="hold"))
                        block.append(Phase("release", tm.release, s, si, r, start_cue="release"))
                    else:
                        tempo = item.tempo or Tempo()
                        parts = [(n, float(v)) for n, v in (("move", tempo.move), ("hold", tempo.hold),
                                                            ("back", tempo.back)) if v > 0]
                        if not parts:
                            parts = [("move", 1.0)]
                        for k, (n, v) in enumerate(parts):
                            cue = "go" if (r == first_rep and k == 0) else "beat"
                            block.append(Phase(n, v, s, si, r, start_cue=cue))
                        block[-1].completes = "rep"
            out.extend(block)
        out[-1].set_end = True
    return out
