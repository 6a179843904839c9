"""How a figure is declared: poses (joint angles and contacts), motion arrows and the sequence spec.

These are the words of the figure library (``poses``); :class:`~.sequence.FigureSequence`
solves them into frames.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace

from .body import NEUTRAL
from .geometry import Point
from .props import Prop


@dataclass(frozen=True)
class Contact:
    """``part`` (a body part or group, see :func:`part_circles`) rests on ``surface``."""

    part: str
    surface: str


@dataclass(frozen=True)
class Grip:
    """A hand on a body segment: ``part`` (``thigh_n``…), ``at`` 0..1 from its proximal end,
    on the side ``side`` (+1: counter-clockwise normal of the segment, −1: clockwise)."""

    part: str
    at: float = 0.8
    side: float = 1.0
    gap: float = 0.0


@dataclass(frozen=True)
class Hold:
    """A hand on a prop: a named point (``chair_top``) or line (``rail``) of a placed prop.

    For a line, the hand goes where the line is at ``x = joint.x + dx``. ``lift``
    raises the wrist above the point; ``hand`` fixes the hand's absolute direction.
    """

    target: str
    joint: str = "shoulder"
    dx: float = 0.0
    lift: float = 0.0
    hand: float | None = None


@dataclass(frozen=True)
class Adjust:
    """Vary one angle within ``lo..hi`` until ``contact`` holds (solved at keyframes)."""

    angle: str
    contact: Contact
    lo: float
    hi: float


@dataclass(frozen=True)
class Pose:
    """Joint angles (see :mod:`coach.core.figure.body`) and how the body meets the world."""

    angles: Mapping[str, float] = field(default_factory=lambda: dict(NEUTRAL))
    ground: tuple[Contact, ...] = ()
    anchor: tuple[str, float | None] = ("hip", 0.0)  # x None: where the keyframe before had it
    reach: Mapping[str, str] = field(default_factory=dict)
    grip: Mapping[str, Grip] = field(default_factory=dict)
    hold: Mapping[str, Hold] = field(default_factory=dict)
    adjust: Adjust | None = None
    note: str = ""

    def but(self, **changes: object) -> Pose:
        """A copy with some angles (by name) and/or fields changed.

        ``reach``, ``grip`` and ``hold`` given here replace the old mappings; pass
        ``None`` as a value inside them to drop one limb (``reach={"leg_n": None}``).
        """
        names = {f.name for f in fields(self)}
        angles = dict(self.angles)
        kw: dict[str, object] = {}
        for k, v in changes.items():
            if k in names:
                if k in ("reach", "grip", "hold") and isinstance(v, Mapping):
                    merged = dict(getattr(self, k))
                    for limb, val in v.items():
                        if val is None:
                            merged.pop(limb, None)
                        else:
                            merged[limb] = val
                    kw[k] = merged
                else:
                    kw[k] = v
            elif k in angles:
                angles[k] = float(v)  # type: ignore[arg-type]
            else:
                raise KeyError(f"unknown pose field or angle {k!r}")
        return replace(self, angles=angles, **kw)  # type: ignore[arg-type]


def pose(**changes: object) -> Pose:
    """A pose from the neutral standing angles with some changed (see :meth:`Pose.but`)."""
    return Pose().but(**changes)


@dataclass(frozen=True)
class Track:
    """A motion arrow along the path of ``joint`` between ``t0`` and ``t1``.

    ``offset`` moves it off the body (``side`` +1/−1 picks the side of the path,
    0 = away from the body's centre); ``trim`` shortens it at both ends.
    """

    joint: str
    t0: float = 0.0
    t1: float = 1.0
    offset: float = 0.14
    side: float = 0.0
    trim: tuple[float, float] = (0.02, 0.0)
    dashed: bool = False
    shift: Point = (0.0, 0.0)


@dataclass(frozen=True)
class Line:
    """A straight arrow from ``start`` to ``end``, relative to ``joint`` in the key pose."""

    joint: str
    start: Point
    end: Point
    dashed: bool = False
    bend: float = 0.0  # sagitta of a gentle curve (+ to the left of the direction)


ArrowSpec = Track | Line

EASE_INOUT = "inout"
EASE_LINEAR = "linear"


def ease(u: float, kind: str = EASE_INOUT) -> float:
    """Ease in/out (cosine) or linear, for ``u`` in 0..1."""
    u = min(max(u, 0.0), 1.0)
    if kind == EASE_LINEAR:
        return u
    return 0.5 - 0.5 * math.cos(math.pi * u)


LIMBS = ("leg_n", "leg_f", "arm_n", "arm_f")


class FigureError(KeyError):
    """An unknown figure name (with suggestions)."""

    def __str__(self) -> str:  # KeyError quotes its message; show it plainly
        return str(self.args[0]) if self.args else ""


@dataclass(frozen=True)
class SequenceSpec:
    """A named figure: keyframe poses with props and arrows ("start pose → key pose")."""

    name: str
    title: str
    description: str
    keyframes: tuple[Pose, ...]
    props: tuple[Prop, ...] = ()
    arrows: tuple[ArrowSpec, ...] = ()
    times: tuple[float, ...] | None = None  # keyframe times in 0..1 (default: even)
    key: int = -1  # index of the key pose (the static picture)
    plant: tuple[str, ...] = ()  # limbs whose reach targets stay where keyframe 0 put them
    loop: bool = False  # the last keyframe joins the first (walking)
    hold: bool = False  # the key pose is held: draw a hold badge
    badge: tuple[str, float, float] = ("head", 0.0, 0.32)  # joint and offset for the hold badge
    plan_view: bool = False  # seen from above (lying on the side)
    ease: str = EASE_INOUT
    reverse: bool = False  # play the keyframes backwards (a "lower" figure from its "raise" keyframes)


def claims(p: Pose) -> list[Contact]:
    """The contacts a pose claims: what it rests on and where its reaching feet and hands go."""
    out = list(p.ground)
    for limb, surface in p.reach.items():
        out.append(Contact("foot_" + limb[-1] if limb.startswith("leg") else "hand_" + limb[-1], surface))
    return out


