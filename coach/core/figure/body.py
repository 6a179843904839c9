"""The articulated body: segment lengths, joint angles, forward and inverse kinematics.

Side view, the figure faces **right** (+x) when it stands. Angles are degrees.

Root: the hip joint. ``pelvis`` is the absolute direction of the pelvis segment
(hip → waist; 90 = upright, 180 = lying on the back with the head to the left,
0 = lying face down with the head to the right). Every other angle is relative
and follows anatomy, so a positive number always bends the body the way a
human joint bends:

===============  ==========================================================
``spine``        trunk flexion (chest relative to pelvis), + bends forward
``neck``         neck/head flexion, + chin toward chest
``hip_n/_f``     hip flexion, + thigh forward, − thigh behind the body
``knee_n/_f``    knee flexion, 0 straight, + heel toward the buttock
``ankle_n/_f``   ankle dorsiflexion, 0 = foot at right angles to the shin
``shoulder_n/_f`` shoulder flexion, 0 arm along the trunk, + arm forward/up
``elbow_n/_f``   elbow flexion, 0 straight, + hand toward the shoulder
``wrist_n/_f``   wrist extension of the hand against the forearm
``out_n/_f``     arm abduction out of the picture plane (0..90): a side view
                 sees the arm shortened by cos(out), e.g. elbows out to the
                 sides with the forehead on the hands
``turn_n/_f``    hip rotation turning the shin across the body (0..80), the
                 shin looks shorter by cos(turn): an ankle resting on the
                 other knee
===============  ==========================================================

``_n`` is the near side (toward the viewer), ``_f`` the far side.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from .geometry import Point, add, angle_of, dist, polar, rotate, sub

# Segment lengths (abstract units ≈ metres, a person about 1.72 m tall).
LENGTHS: dict[str, float] = {
    "pelvis": 0.15,  # hip joint → waist
    "chest": 0.35,  # waist → neck base
    "neck": 0.10,  # neck base → head base
    "thigh": 0.44,
    "shin": 0.43,
    "upper_arm": 0.29,
    "forearm": 0.25,
    "hand": 0.085,
    "shoulder_drop": 0.055,  # neck base → shoulder joint, down the chest
    "head_offset": 0.08,  # head base → head centre, along the neck
    "head_forward": 0.022,  # … and toward the face (the neck joins the back of the skull)
}

# Radii for the rounded limbs: (at the proximal end, at the distal end).
RADII: dict[str, tuple[float, float]] = {
    "pelvis": (0.102, 0.1),
    "chest": (0.103, 0.116),
    "neck": (0.045, 0.045),
    "thigh": (0.078, 0.054),
    "shin": (0.052, 0.036),
    "upper_arm": (0.046, 0.038),
    "forearm": (0.037, 0.029),
    "hand": (0.03, 0.024),
}
HEAD_R = 0.105

# The foot is rigid, in its own frame: x along the foot (toes), y up from the sole.
FOOT_HEEL: tuple[Point, float] = ((-0.045, -0.043), 0.030)
FOOT_TOE: tuple[Point, float] = ((0.150, -0.051), 0.022)

# Human joint ranges used by the tests (and by the pose library as a guide).
LIMITS: dict[str, tuple[float, float]] = {
    "spine": (-60.0, 80.0),  # extension: a full press-up; flexion: curling forward
    "neck": (-50.0, 60.0),
    "hip": (-35.0, 140.0),
    "knee": (0.0, 160.0),
    "ankle": (-60.0, 35.0),
    "shoulder": (-70.0, 185.0),
    "elbow": (0.0, 155.0),
    "wrist": (-90.0, 95.0),
    "out": (0.0, 90.0),  # arm abduction: the arm leaves the picture plane and looks shorter
    "turn": (0.0, 80.0),  # hip rotation that turns the shin across the body: it looks shorter
}

JOINT_NAMES = ("spine", "neck", "hip_n", "hip_f", "knee_n", "knee_f", "ankle_n", "ankle_f",
               "shoulder_n", "shoulder_f", "elbow_n", "elbow_f", "wrist_n", "wrist_f", "out_n", "out_f",
               "turn_n", "turn_f")

NEUTRAL: dict[str, float] = {
    "pelvis": 90.0,
    **{name: 0.0 for name in JOINT_NAMES},
}


def limit_of(joint: str) -> tuple[float, float]:
    """Limits of an angle name: ``knee_n`` → the knee range."""
    return LIMITS[joint.split("_")[0]]


def normalize(joint: str, value: float) -> float:
    """Bring an angle into the 360° window centred on its human range."""
    if joint == "pelvis":
        return value
    lo, hi = limit_of(joint)
    c = (lo + hi) / 2
    return (value - c + 180.0) % 360.0 - 180.0 + c


def absolute_angles(a: Mapping[str, float]) -> dict[str, float]:
    """Absolute segment directions (degrees from +x, counter-clockwise) from joint angles."""
    out: dict[str, float] = {}
    out["pelvis"] = a["pelvis"]
    out["chest"] = a["pelvis"] - a["spine"]
    out["neck"] = out["chest"] - a["neck"]
    for s in ("n", "f"):
        thigh = a["pelvis"] - 180.0 + a[f"hip_{s}"]
        shin = thigh - a[f"knee_{s}"]
        out[f"thigh_{s}"] = thigh
        out[f"shin_{s}"] = shin
        out[f"foot_{s}"] = shin + 90.0 + a[f"ankle_{s}"]
        upper = out["chest"] - 180.0 + a[f"shoulder_{s}"]
        fore = upper + a[f"elbow_{s}"]
        out[f"upper_arm_{s}"] = upper
        out[f"forearm_{s}"] = fore
        out[f"hand_{s}"] = fore + a[f"wrist_{s}"]
    return out


def forward(a: Mapping[str, float], origin: Point = (0.0, 0.0)) -> dict[str, Point]:
    """Joint positions from joint angles, the hip joint at ``origin``."""
    ab = absolute_angles(a)
    L = LENGTHS
    j: dict[str, Point] = {}
    j["hip"] = origin
    j["waist"] = polar(origin, L["pelvis"], ab["pelvis"])
    j["neck"] = polar(j["waist"], L["chest"], ab["chest"])
    j["head_base"] = polar(j["neck"], L["neck"], ab["neck"])
    j["head"] = polar(polar(j["head_base"], L["head_offset"], ab["neck"]), L["head_forward"], ab["neck"] - 90.0)
    j["chin"] = polar(polar(j["head"], 0.036, ab["neck"] - 90.0), -0.058, ab["neck"])
    j["shoulder"] = polar(j["neck"], -L["shoulder_drop"], ab["chest"])
    for s in ("n", "f"):
        j[f"knee_{s}"] = polar(origin, L["thigh"], ab[f"thigh_{s}"])
        j[f"ankle_{s}"] = polar(j[f"knee_{s}"], L["shin"] * leg_scale(a, s), ab[f"shin_{s}"])
        foot = ab[f"foot_{s}"]
        j[f"heel_{s}"] = add(j[f"ankle_{s}"], rotate(FOOT_HEEL[0], foot))
        j[f"toe_{s}"] = add(j[f"ankle_{s}"], rotate(FOOT_TOE[0], foot))
        k = arm_scale(a, s)
        j[f"elbow_{s}"] = polar(j["shoulder"], L["upper_arm"] * k, ab[f"upper_arm_{s}"])
        j[f"wrist_{s}"] = polar(j[f"elbow_{s}"], L["forearm"] * k, ab[f"forearm_{s}"])
        j[f"fingers_{s}"] = polar(j[f"wrist_{s}"], L["hand"] * k, ab[f"hand_{s}"])
    return j


def leg_scale(a: Mapping[str, float], side: str) -> float:
    """How much shorter the shin looks when it is turned across the body."""
    return math.cos(math.radians(min(max(a.get(f"turn_{side}", 0.0), 0.0), 80.0)))


def arm_scale(a: Mapping[str, float], side: str) -> float:
    """How much shorter the arm looks when it is abducted out of the picture plane."""
    return math.cos(math.radians(min(max(a.get(f"out_{side}", 0.0), 0.0), 90.0)))


def translate(joints: Mapping[str, Point], d: Point) -> dict[str, Point]:
    return {k: add(p, d) for k, p in joints.items()}


def two_bone(root: Point, target: Point, l1: float, l2: float, bend: int) -> tuple[float, float]:
    """Absolute directions of two bones from ``root`` that reach ``target``.

    ``bend`` is the sign of the child's rotation relative to the parent: −1 for
    a knee (the shin turns clockwise from the thigh), +1 for an elbow. An
    unreachable target straightens the limb toward it.
    """
    d = dist(root, target)
    base = angle_of(sub(target, root)) if d > 1e-9 else -90.0
    d = min(max(d, abs(l1 - l2) + 1e-6), l1 + l2 - 1e-9)
    cos_a = (l1 * l1 + d * d - l2 * l2) / (2 * l1 * d)
    alpha = math.degrees(math.acos(max(-1.0, min(1.0, cos_a))))
    first = base - bend * alpha
    mid = polar(root, l1, first)
    second = angle_of(sub(target, mid))
    return first, second


def solve_leg(angles: dict[str, float], side: str, hip: Point, ankle_target: Point) -> None:
    """Bend hip and knee so the ankle reaches ``ankle_target``; the foot keeps its direction."""
    ab = absolute_angles(angles)
    foot = ab[f"foot_{side}"]
    thigh, shin = two_bone(hip, ankle_target, LENGTHS["thigh"], LENGTHS["shin"] * leg_scale(angles, side), bend=-1)
    angles[f"hip_{side}"] = normalize("hip", thigh - angles["pelvis"] + 180.0)
    # a fully folded knee can come out a hair past 180° from rounding; a knee never bends further
    angles[f"knee_{side}"] = min(180.0, max(0.0, normalize("knee", thigh - shin)))
    angles[f"ankle_{side}"] = normalize("ankle", foot - shin - 90.0)


def solve_arm(
    angles: dict[str, float], side: str, shoulder: Point, wrist_target: Point, hand_abs: float | None = None
) -> None:
    """Bend shoulder and elbow so the wrist reaches ``wrist_target``.

    ``hand_abs`` fixes the hand's absolute direction (a hand flat on a surface);
    ``None`` keeps the wrist angle (the hand follows the forearm).
    """
    ab = absolute_angles(angles)
    k = arm_scale(angles, side)
    upper, fore = two_bone(shoulder, wrist_target, LENGTHS["upper_arm"] * k, LENGTHS["forearm"] * k, bend=+1)
    angles[f"shoulder_{side}"] = normalize("shoulder", upper - ab["chest"] + 180.0)
    angles[f"elbow_{side}"] = normalize("elbow", fore - upper)
    if hand_abs is not None:
        angles[f"wrist_{side}"] = normalize("wrist", hand_abs - fore)


def segment_lengths(j: Mapping[str, Point], a: Mapping[str, float] | None = None) -> dict[str, float]:
    """True lengths between joints (for tests: they never change).

    With the angles ``a``, arm and shin lengths are divided by their
    foreshortening (``out``, ``turn``), so they are the real (3D) lengths.
    """
    out = {
        "pelvis": dist(j["hip"], j["waist"]),
        "chest": dist(j["waist"], j["neck"]),
        "neck": dist(j["neck"], j["head_base"]),
        "head_offset": dist(j["head_base"], j["head"]),
        "shoulder_drop": dist(j["neck"], j["shoulder"]),
    }
    for s in ("n", "f"):
        out[f"thigh_{s}"] = dist(j["hip"], j[f"knee_{s}"])
        out[f"shin_{s}"] = dist(j[f"knee_{s}"], j[f"ankle_{s}"]) / (leg_scale(a, s) if a is not None else 1.0)
        out[f"heel_{s}"] = dist(j[f"ankle_{s}"], j[f"heel_{s}"])
        out[f"toe_{s}"] = dist(j[f"ankle_{s}"], j[f"toe_{s}"])
        k = arm_scale(a, s) if a is not None else 1.0
        out[f"upper_arm_{s}"] = dist(j["shoulder"], j[f"elbow_{s}"]) / k
        out[f"forearm_{s}"] = dist(j[f"elbow_{s}"], j[f"wrist_{s}"]) / k
        out[f"hand_{s}"] = dist(j[f"wrist_{s}"], j[f"fingers_{s}"]) / k
    return out


def expected_lengths() -> dict[str, float]:
    L = LENGTHS
    out = {k: L[k] for k in ("pelvis", "chest", "neck", "shoulder_drop")}
    out["head_offset"] = math.hypot(L["head_offset"], L["head_forward"])
    for s in ("n", "f"):
        out[f"thigh_{s}"] = L["thigh"]
        out[f"shin_{s}"] = L["shin"]
        out[f"heel_{s}"] = math.hypot(*FOOT_HEEL[0])
        out[f"toe_{s}"] = math.hypot(*FOOT_TOE[0])
        out[f"upper_arm_{s}"] = L["upper_arm"]
        out[f"forearm_{s}"] = L["forearm"]
        out[f"hand_{s}"] = L["hand"]
    return out
