"""Map the session engine's phases to a figure's moment ``t`` (0 start pose, 1 key pose).

* move phase: ``t`` goes 0 → 1 over the phase,
* hold phase: ``t`` stays at 1 (the key pose),
* release (back) phase: ``t`` goes 1 → 0,
* rest, intro, check-in: ``t`` is 0 (the start pose);
* duration exercises (walking) loop: :func:`cycle_t`.
"""

from __future__ import annotations

import math

MOVE = "move"
HOLD = "hold"
RELEASE = "release"
REST = "rest"

_ALIASES = {"back": RELEASE, "return": RELEASE, "lower": RELEASE, "up": MOVE, "down": RELEASE}


def phase_t(phase: str, fraction: float) -> float:
    """The figure moment for an engine phase, ``fraction`` (0..1) of the way through it.

    Unknown phases (rest, intro, check-in, paused…) show the start pose (``0``).
    """
    f = 0.0 if not math.isfinite(fraction) else min(max(fraction, 0.0), 1.0)
    p = _ALIASES.get(phase.lower(), phase.lower())
    if p == MOVE:
        return f
    if p == HOLD:
        return 1.0
    if p == RELEASE:
        return 1.0 - f
    return 0.0


def phase_fraction(elapsed: float, duration: float) -> float:
    """``elapsed / duration`` clamped to 0..1 (a zero-length phase is complete)."""
    if duration <= 0 or not math.isfinite(duration):
        return 1.0
    return min(max(elapsed / duration, 0.0), 1.0)


def cycle_t(elapsed: float, period: float = 1.2) -> float:
    """For looping figures (walking): ``t`` runs 0 → 1 once every ``period`` seconds."""
    if period <= 0 or not math.isfinite(elapsed):
        return 0.0
    return (elapsed / period) % 1.0


def rep_t(elapsed: float, move: float, hold: float = 0.0, back: float | None = None) -> float:
    """``t`` through one paced repetition: move, hold at the key pose, move back.

    ``back`` defaults to ``move``. After the repetition ``t`` is 0.
    """
    back = move if back is None else back
    if elapsed < move:
        return phase_t(MOVE, phase_fraction(elapsed, move))
    elapsed -= move
    if elapsed < hold:
        return 1.0
    elapsed -= hold
    if elapsed < back:
        return phase_t(RELEASE, phase_fraction(elapsed, back))
    return 0.0
