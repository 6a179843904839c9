"""What the session player shows for one engine Snapshot: words, numbers, step and figure moment.

Pure Python (no Qt), so every text can be tested on its own. Nothing here
decides anything about the session: the engine does; this only puts its
Snapshot into words (``"Rest, then rep 2 of 5"``) and picks the step to
highlight and the figure's moment ``t`` (see ``coach.core.figure.timing``).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

from coach.core.figure import FigureError, cycle_t, figure_sequence, phase_t, rep_t
from coach.core.i18n import translate
from coach.core.plan import PlannedExercise
from coach.core.program import Exercise, side_word
from coach.core.session import Position, Snapshot, State

PRACTICE_STEP_SECONDS = 6.0  # a practice exercise shows each step's figure in turn
# a movement (start pose to key pose) shows FIGURE_STEPS moments, spaced so that each moves the figure as far as
# the next (its keyframes ease in and out): as smooth as 24 steps even in time, in two thirds of the frames (each
# moment is painted once, then reused; see figure_moments)
FIGURE_STEPS = 16
WALK_STEPS = 6  # a walking stride shows 6 poses, 0.2 s each (two steps and the passing moments): it reads as walking
# at 5 repaints a second; with 8 poses a minute of walking took 0.95-1.11 % of one core, with 6 about 0.7 %
TAP_DEMO = (1.5, 0.5, 1.5)  # move, hold, back of the figure while reps are self-paced
WALK_PERIOD = 1.2


def num(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


def clock_text(seconds: float) -> str:
    """``m:ss`` for a running clock (floor: a clock counts whole seconds passed)."""
    s = max(0, int(seconds + 1e-6))
    return f"{s // 60}:{s % 60:02d}"


def countdown_text(seconds_left: float) -> str:
    """Seconds left, rounded up (a countdown shows 1 until it reaches 0); ``m:ss`` from a minute."""
    s = max(0, math.ceil(seconds_left - 1e-6))
    return f"{s // 60}:{s % 60:02d}" if s >= 60 else str(s)


def seconds_words(seconds_left: float) -> str:
    s = max(0, math.ceil(seconds_left - 1e-6))
    if s >= 60:
        m, r = divmod(s, 60)
        mins = translate("player", "{m} minute{m2}").format(m=m, m2='s' if m != 1 else '')
        return translate("player", "{mins} {r} second{r2}").format(mins=mins, r=r, r2='s' if r != 1 else '') if r else mins
    return translate("player", "{s} second{s2}").format(s=s, s2='s' if s != 1 else '')


def minutes_words(minutes: float) -> str:
    s = round(minutes * 60)
    m, r = divmod(s, 60)
    if m and r:
        return translate("player", "{m} min {r} s").format(m=m, r=r)
    return translate("player", "{m} min").format(m=m) if m else f"{r} s"


def other_side(snap: Snapshot) -> str | None:
    item = snap.exercise
    if item is None or snap.side_index + 1 >= len(item.sides):
        return None
    return item.sides[snap.side_index + 1]


# ------------------------------------------------------------------- labels
def phase_label(snap: Snapshot) -> str:
    """The big word above the timer."""
    base = snap.paused_in if snap.paused else snap.state
    if base == State.INTRO:
        return translate("player", "Get ready to start")
    if base == State.CHECKIN:
        return translate("player", "How did it feel?")
    if base == State.SUMMARY:
        return translate("player", "Session complete")
    if base == State.STOPPED:
        return translate("player", "Stopped")
    ph = snap.phase
    kind = snap.kind
    if ph == "get_ready":
        return translate("player", "Move into position") if kind == "hold" else translate("player", "Get ready")
    if ph == "hold":
        return translate("player", "Hold")
    if ph == "release":
        return translate("player", "Release slowly")
    if ph == "rest":
        return translate("player", "Rest")
    if ph == "set_rest":
        return translate("player", "Rest between sets")
    if ph == "switch_side":
        return translate("player", "Switch to the {side} side").format(side=side_word(snap.side)) if snap.side else translate("player", "Switch sides")
    if ph == "tap":
        return translate("player", "Your pace: press Space after each rep")
    if ph == "move":
        return translate("player", "Move slowly")
    if ph == "back":
        return translate("player", "Ease back")
    if ph == "walk":
        return translate("player", "Target reached: keep going or finish") if snap.target_reached else translate("player", "Walking")
    if ph == "practice":
        return translate("player", "Practising")
    return ""


def timer_text(snap: Snapshot) -> tuple[str, str]:
    """(big text, small caption under it)."""
    base = snap.paused_in if snap.paused else snap.state
    item = snap.exercise
    if base == State.INTRO:
        if snap.phase_left is not None and snap.phase_duration:
            return countdown_text(snap.phase_left), translate("player", "until it starts")
        return translate("player", "Ready"), translate("player", "Press Space to start")
    if base != State.ACTIVE or item is None:
        return "", ""
    ph = snap.phase
    if ph == "tap":
        done = max(0, snap.rep - 1) if snap.phase_fraction < 1 else snap.reps
        return f"{done}", translate("player", "of {reps} reps done").format(reps=snap.reps)
    if ph == "walk":
        tgt = snap.target or 0.0
        return clock_text(snap.elapsed), translate("player", "of {tgt} target").format(tgt=clock_text(tgt)) + (
            translate("player", " (up to {max_seconds})").format(max_seconds=clock_text(snap.max_seconds)) if snap.max_seconds and snap.max_seconds > tgt + 1e-6 else "")
    if ph == "practice":
        return clock_text(snap.elapsed), translate("player", "time practised")
    if snap.phase_left is not None:
        unit = translate("player", "seconds left") if snap.phase_left > 1 + 1e-6 else translate("player", "second left")
        if snap.phase_left >= 60:
            unit = translate("player", "left", "time remaining")
        return countdown_text(snap.phase_left), unit
    return "", ""


def today_text(snap: Snapshot) -> str:
    """Today's dose as the left column shows it: the plan's, or the walk's target once it was extended."""
    item = snap.exercise
    if item is None:
        return ""
    base = snap.paused_in if snap.paused else snap.state
    if base == State.ACTIVE and snap.phase == "walk" and snap.target is not None \
            and abs(snap.target - item.duration_minutes * 60) > 1e-6:
        return translate("player", "{minutes} min").format(minutes=num(snap.target / 60))
    return item.planned_text()


def where_text(snap: Snapshot) -> str:
    """``Rep 3 of 5 · left side · set 1 of 2`` for the rep under way (empty while resting)."""
    base = snap.paused_in if snap.paused else snap.state
    if base != State.ACTIVE or snap.phase in ("rest", "set_rest", "switch_side", "walk", "practice", None):
        return ""
    parts = []
    if snap.kind in ("hold", "reps") and snap.reps > 1 and snap.phase != "tap":
        parts.append(translate("player", "Rep {rep} of {reps}").format(rep=snap.rep, reps=snap.reps))
    if snap.side:
        parts.append(translate("player", "{side} side").format(side=side_word(snap.side)))
    if snap.sets > 1:
        parts.append(translate("player", "set {set} of {sets}").format(set=snap.set, sets=snap.sets))
    text = " · ".join(parts)
    return text[:1].upper() + text[1:]


def _after_rep(snap: Snapshot, next_name: str | None) -> str:
    item = snap.exercise
    assert item is not None
    if snap.rep < snap.reps:
        rest = item.rest_between_reps_seconds
        if rest > 0:
            return translate("player", "rest {rest} s, then rep {rep} of {reps}").format(rest=num(rest), rep=snap.rep + 1, reps=snap.reps)
        return translate("player", "rep {rep} of {reps}").format(rep=snap.rep + 1, reps=snap.reps)
    side = other_side(snap)
    if side:
        return translate("player", "switch to the {side} side").format(side=side_word(side))
    if snap.set < snap.sets:
        rest = item.rest_between_sets_seconds
        return (translate("player", "rest {rest} s, then set {set} of {sets}").format(rest=num(rest), set=snap.set + 1, sets=snap.sets) if rest > 0
                else translate("player", "set {set} of {sets}").format(set=snap.set + 1, sets=snap.sets))
    return translate("player", "a quick check-in") + (translate("player", ", then {next_name}").format(next_name=next_name) if next_name else "")


def next_text(snap: Snapshot, next_name: str | None = None) -> str:
    """What comes next, in words: ``Then rest 5 s, then rep 2 of 5``."""
    base = snap.paused_in if snap.paused else snap.state
    item = snap.exercise
    if item is None:
        return ""
    if base == State.INTRO:
        first = translate("player", ", {sides} side first").format(sides=side_word(item.sides[0])) if len(item.sides) == 2 else (
            translate("player", ", {sides} side").format(sides=side_word(item.sides[0])) if len(item.sides) == 1 else "")
        return translate("player", "Today: {planned_text}{first}").format(planned_text=item.planned_text(), first=first)
    if base != State.ACTIVE:
        return ""
    ph = snap.phase
    if ph == "get_ready":
        if snap.kind == "hold":
            return translate("player", "Then hold {hold_seconds} s").format(hold_seconds=num(item.hold_seconds))
        return translate("player", "Then {reps} slow reps").format(reps=snap.reps) + (translate("player", " on the {side} side").format(side=side_word(snap.side)) if snap.side else "")
    if ph == "hold" and snap.kind == "hold":
        return translate("player", "Then release, then ") + _after_rep(snap, next_name)
    if ph in ("release", "move", "hold", "back"):
        return translate("player", "Then ") + _after_rep(snap, next_name)
    if ph == "rest":
        side = translate("player", " · {side} side").format(side=side_word(snap.side)) if snap.side else ""
        return translate("player", "Rest, then rep {rep} of {reps}{side}").format(rep=snap.rep, reps=snap.reps, side=side)
    if ph == "set_rest":
        side = translate("player", " · {side} side").format(side=side_word(snap.side)) if snap.side else ""
        return translate("player", "Rest, then set {set} of {sets}{side}").format(set=snap.set, sets=snap.sets, side=side)
    if ph == "switch_side":
        if snap.kind == "hold":
            count = (translate("player", "{n} hold") if snap.reps == 1 else translate("player", "{n} holds"))
        else:
            count = (translate("player", "{n} rep") if snap.reps == 1 else translate("player", "{n} reps"))
        count = count.format(n=snap.reps)
        return translate("player", "Next: {count} on the {side} side").format(count=count, side=side_word(snap.side))
    if ph == "tap":
        side = other_side(snap)
        if side:
            return translate("player", "Then switch to the {side} side").format(side=side_word(side))
        if snap.set < snap.sets:
            return translate("player", "Then rest, then set {set} of {sets}").format(set=snap.set + 1, sets=snap.sets)
        return translate("player", "Then a quick check-in") + (translate("player", ", then {next_name}").format(next_name=next_name) if next_name else "")
    if ph == "walk":
        if snap.target_reached:
            top = translate("player", " (up to {max_seconds} min)").format(max_seconds=num((snap.max_seconds or 0) / 60)) if snap.can_extend else ""
            return translate("player", "Finish when you are ready, or extend{top}").format(top=top)
        return translate("player", "Target {target}; finish whenever you want to").format(target=clock_text(snap.target or 0))
    if ph == "practice":
        return translate("player", "Take your time; press Done when you have finished")
    return ""


def timer_description(snap: Snapshot) -> str:
    """The timer's accessible description: ``Hold, 12 seconds left, rep 3 of 5, left side``."""
    base = snap.paused_in if snap.paused else snap.state
    parts = []
    if snap.paused:
        parts.append(translate("player", "Paused"))
    label = phase_label(snap)
    if label:
        parts.append(label)
    if base == State.ACTIVE:
        ph = snap.phase
        if ph == "tap":
            done = max(0, snap.rep - 1)
            parts.append(translate("player", "{done} of {reps} reps done").format(done=done, reps=snap.reps))
        elif ph == "walk":
            parts.append(translate("player", "{elapsed} walked of {target}").format(elapsed=clock_text(snap.elapsed), target=clock_text(snap.target or 0)))
        elif ph == "practice":
            parts.append(translate("player", "{elapsed} practised").format(elapsed=clock_text(snap.elapsed)))
        elif snap.phase_left is not None:
            parts.append(translate("player", "{phase_left} left").format(phase_left=seconds_words(snap.phase_left)))
        if ph in ("rest", "set_rest", "switch_side"):
            nxt = next_text(snap)
            if nxt:
                parts.append(nxt[:1].lower() + nxt[1:])
        else:
            where = where_text(snap)
            if where:
                parts.extend(p.strip() for p in where.lower().split("·"))
    elif base == State.INTRO:
        parts.append(translate("player", "press Space to start"))
    return ", ".join(parts)


def resume_text(item: PlannedExercise, pos: Position) -> str:
    """``Continuing from rep 3 of 5 on the left side``."""
    parts = []
    if item.kind in ("hold", "reps") and item.reps > 1:
        parts.append(translate("player", "rep {rep} of {reps}").format(rep=pos.rep, reps=item.reps))
    if item.sides:
        parts.append(translate("player", "on the {side_index} side").format(side_index=side_word(item.sides[pos.side_index])))
    if item.sets > 1:
        parts.append(translate("player", "in set {set} of {sets}").format(set=pos.set, sets=item.sets))
    return translate("player", "Continuing from ") + " ".join(parts) if parts else translate("player", "Starting this exercise again")


# ------------------------------------------------------------ steps, figure
def _by_identity(fn):
    """Cache ``fn(ex)`` by the exercise object itself: the player asks on every frame, and hashing a
    frozen exercise (its steps, dose, cautions) each time would cost more than the answer."""
    kept: dict[int, tuple[Exercise, object]] = {}

    def cached(ex: Exercise):
        hit = kept.get(id(ex))
        if hit is not None and hit[0] is ex:
            return hit[1]
        if len(kept) >= 64:
            kept.clear()
        value = fn(ex)
        kept[id(ex)] = (ex, value)
        return value

    cached.__doc__, cached.__name__, cached.__wrapped__ = fn.__doc__, fn.__name__, fn
    return cached


@_by_identity
def step_roles(ex: Exercise) -> tuple[str, ...]:
    """What each step shows, read from its figure: ``start`` (a still starting position), ``move``
    (start → key pose), ``hold`` (a held key pose), ``return`` (the way back), or ``other``."""
    out = []
    for st in ex.steps:
        role = "other"
        if st.figure:
            try:
                seq = figure_sequence(st.figure)
            except FigureError:
                seq = None
            if seq is not None:
                spec = seq.spec
                if getattr(spec, "reverse", False):
                    role = "return"
                elif getattr(spec, "hold", False):
                    role = "hold"
                elif seq.loop or seq.key_t > 0:
                    role = "move"
                else:
                    role = "start"
        out.append(role)
    return tuple(out)


def step_index(snap: Snapshot, ex: Exercise) -> int:
    """Which instruction step to highlight: found from the steps' figures (the starting position, the
    movement, the held position, the way back), or by position when the steps have no figures."""
    n = len(ex.steps)
    if n <= 1:
        return 0
    base = snap.paused_in if snap.paused else snap.state
    if base != State.ACTIVE:
        return 0
    ph = snap.phase
    if ph == "practice":
        return int(snap.elapsed // PRACTICE_STEP_SECONDS) % n
    roles = step_roles(ex)
    if all(r == "other" for r in roles):
        roles = ("start", "move") + ("hold",) * (n - 2) if n >= 3 else ("start", "move")

    def first(*want: str, default: int) -> int:
        return next((i for i, r in enumerate(roles) if r in want), default)

    start = first("start", default=0)
    move = first("move", "hold", default=min(1, n - 1))
    hold = max((i for i, r in enumerate(roles) if r == "hold"), default=move)
    back = first("return", default=n - 1)
    if ph == "get_ready":
        return move if snap.kind == "hold" else start
    if ph == "hold":
        return hold if snap.kind == "hold" else move
    if ph in ("release", "back"):
        return back
    if ph in ("move", "tap", "walk"):
        return move
    return start


def _animated(name: str) -> bool:
    try:
        seq = figure_sequence(name)
    except FigureError:
        return False
    return seq.loop or seq.key_t > 0


@_by_identity
def motion_figure(ex: Exercise) -> str | None:
    """The figure that moves with the engine: the first step figure that animates (start → key pose)."""
    names = [s.figure for s in ex.steps if s.figure]
    for n, role in zip([s.figure for s in ex.steps], step_roles(ex), strict=True):
        if n and role in ("move", "hold"):
            return n
    for n in names:
        if _animated(n):
            return n
    for n in names:
        try:
            figure_sequence(n)
            return n
        except FigureError:
            continue
    return None


@dataclass(frozen=True)
class Picture:
    """What the illustration shows: an image file, or a figure at moment ``t``."""

    figure: str | None = None
    t: float | None = None  # None: the figure's key pose (the static picture)
    mirrored: bool = False
    image: str | None = None


def picture(snap: Snapshot, ex: Exercise, step: int) -> Picture:
    """The illustration for this moment: the step's image if it has one, else the moving figure."""
    steps = ex.steps
    mirrored = snap.side == "left"
    base = snap.paused_in if snap.paused else snap.state
    if steps and 0 <= step < len(steps) and steps[step].image:
        return Picture(image=steps[step].image, figure=steps[step].figure, mirrored=mirrored)
    if ex.kind == "practice" and base == State.ACTIVE and steps:
        fig = steps[step].figure
        if fig:
            within = snap.elapsed % PRACTICE_STEP_SECONDS
            return Picture(figure=fig, t=nearest_moment(within / (PRACTICE_STEP_SECONDS * 0.6), fig),
                           mirrored=mirrored)
    fig = motion_figure(ex)
    if fig is None:
        return Picture()
    if base != State.ACTIVE:
        return Picture(figure=fig, t=None, mirrored=mirrored)
    return Picture(figure=fig, t=figure_t(snap), mirrored=mirrored)


@functools.lru_cache(maxsize=64)
def figure_moments(name: str | None) -> tuple[float, ...]:
    """The moments ``t`` (0..1, sorted) a moving figure is shown at: ``FIGURE_STEPS`` for its movement, each part
    between two keyframes given its share by its length, and spaced so that every step moves the figure by the
    same amount. Between keyframes the figure eases in and out (a cosine, ``coach.core.figure.spec.ease``): it
    barely moves near a keyframe and fastest halfway, so steps even in time would waste frames near the
    keyframes that show no visible change; these are even in the eased progress instead (even in time for a
    figure that moves linearly, or one that is not known)."""
    try:
        seq = figure_sequence(name) if name else None
    except FigureError:
        seq = None
    if seq is None or seq.loop:
        return tuple(k / FIGURE_STEPS for k in range(FIGURE_STEPS + 1))
    times = seq.times
    if seq.spec.reverse:  # played backwards: its keyframes' times seen from the other end
        times = tuple(1.0 - x for x in reversed(times))
    linear = seq.spec.ease == "linear"
    out = {0.0, 1.0}
    for a, b in itertools.pairwise(times):
        span = b - a
        if span <= 0:
            continue
        n = max(2, round(FIGURE_STEPS * span))
        for k in range(n + 1):
            u = k / n
            out.add(round(a + span * (u if linear else math.acos(1.0 - 2.0 * u) / math.pi), 9))
    return tuple(sorted(out))


def nearest_moment(t: float, name: str | None) -> float:
    """The moment of ``figure_moments(name)`` nearest to ``t``."""
    moments = figure_moments(name)
    t = min(1.0, max(0.0, t))
    i = bisect.bisect_left(moments, t)
    if i <= 0:
        return moments[0]
    if i >= len(moments):
        return moments[-1]
    lo, hi = moments[i - 1], moments[i]
    return lo if t - lo <= hi - t else hi


def _motion_name(snap: Snapshot) -> str | None:
    return motion_figure(snap.exercise.exercise) if snap.exercise is not None else None


def figure_t(snap: Snapshot) -> float:
    """The figure's moment for an active phase: into position, still in the hold, back in the release; a
    walking stride in ``WALK_STEPS`` poses of equal length."""
    if snap.phase == "walk":
        return math.floor(_figure_t(snap) * WALK_STEPS) / WALK_STEPS
    return nearest_moment(_figure_t(snap), _motion_name(snap))


def moving(snap: Snapshot) -> bool:
    """Whether the figure moves in this phase (the player then repaints at full rate)."""
    if snap.paused or snap.state != State.ACTIVE:
        return False
    ph = snap.phase
    return ph in ("move", "back", "release", "tap", "walk", "practice") or (
        ph == "get_ready" and snap.kind == "hold")


def figure_step_seconds(snap: Snapshot) -> float | None:
    """How long the figure stays on one of its moments now (None: it is still)."""
    if not moving(snap):
        return None
    ph = snap.phase
    if ph == "walk":
        return WALK_PERIOD / WALK_STEPS
    if ph == "tap":
        return TAP_DEMO[0] / FIGURE_STEPS
    if ph == "practice":
        return PRACTICE_STEP_SECONDS * 0.6 / FIGURE_STEPS
    return (snap.phase_duration or 1.0) / FIGURE_STEPS


def next_moment_in(snap: Snapshot) -> float | None:
    """Seconds until the figure shows its next moment (None: it is still, or stays put to the phase's end).

    Exact for the movements that follow the phase's time (into position, a move, the way back, a release)
    and for a walking stride; a step's length for the self-paced demonstration and practice.
    """
    if not moving(snap):
        return None
    ph = snap.phase
    if ph == "walk":
        c = (snap.phase_elapsed / WALK_PERIOD) % 1.0
        return ((math.floor(c * WALK_STEPS) + 1) / WALK_STEPS - c) * WALK_PERIOD
    if ph in ("move", "back", "release", "get_ready"):
        d = snap.phase_duration
        if not d:
            return None
        t = _figure_t(snap)
        m = figure_moments(_motion_name(snap))
        if ph in ("move", "get_ready"):  # t grows with the phase: the next midpoint between moments above it
            i = bisect.bisect_right(m, t)
            while i < len(m) and (m[i - 1] + m[i]) / 2 <= t + 1e-9:
                i += 1
            return None if i >= len(m) else ((m[i - 1] + m[i]) / 2 - t) * d
        i = bisect.bisect_left(m, t)  # the way back: t falls, the next midpoint below it
        while i > 0 and (m[i - 1] + m[i]) / 2 >= t - 1e-9:
            i -= 1
        return None if i <= 0 else (t - (m[i - 1] + m[i]) / 2) * d
    return figure_step_seconds(snap)


def moved_on(snap: Snapshot, seconds: float) -> Snapshot:
    """``snap`` as it is ``seconds`` later while its phase runs on, for the figure and the digits' next change:
    valid only before the engine's next change (``SessionEngine.next_change_in``), when nothing but time moves."""
    if seconds <= 0 or snap.paused or snap.state != State.ACTIVE:
        return snap
    pe = snap.phase_elapsed + seconds
    d = snap.phase_duration
    return replace(snap, phase_elapsed=pe, elapsed=snap.elapsed + seconds,
                   phase_fraction=min(1.0, pe / d) if d else snap.phase_fraction,
                   phase_left=max(0.0, d - pe) if d is not None and snap.phase_left is not None else snap.phase_left)


def _figure_t(snap: Snapshot) -> float:
    ph = snap.phase or ""
    f = snap.phase_fraction
    if ph == "get_ready":
        return phase_t("move", f) if snap.kind == "hold" else 0.0
    if ph == "tap":
        move, hold, back = TAP_DEMO
        return rep_t(snap.phase_elapsed % (move + hold + back + 0.5), move, hold, back)
    if ph == "walk":
        return cycle_t(snap.phase_elapsed, WALK_PERIOD)
    if ph in ("move", "hold", "release", "back"):
        return phase_t(ph, f)
    return 0.0


def exercise_names(items: Sequence[PlannedExercise]) -> list[str]:
    return [pe.name for pe in items]
