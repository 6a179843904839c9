"""Where a figure touches the world: feet and hands resting on surfaces, clearance, and what fixes a pose's
position (its wall contact or anchor for x, its first floor-like contact for y)."""

from __future__ import annotations

import math
from collections.abc import Mapping

from .body import FOOT_HEEL, FOOT_TOE, LENGTHS, RADII
from .draw import part_circles
from .geometry import Point, dist, polar, rotate, sub
from .props import Surface
from .spec import Contact, Pose


def end_joint(limb: str) -> tuple[str, str]:
    kind, side = limb.split("_")
    return ("ankle" if kind == "leg" else "wrist"), side


def end_circles(limb: str, ab: Mapping[str, float], k: float = 1.0) -> list[tuple[Point, float]]:
    """Circles of a foot or hand relative to its ankle or wrist, for the current direction."""
    kind, side = limb.split("_")
    if kind == "leg":
        d = ab[f"foot_{side}"]
        return [(rotate(FOOT_HEEL[0], d), FOOT_HEEL[1]), (rotate(FOOT_TOE[0], d), FOOT_TOE[1])]
    d = ab[f"hand_{side}"]
    return [((0.0, 0.0), RADII["hand"][0]), (polar((0.0, 0.0), LENGTHS["hand"] * k, d), RADII["hand"][1])]


def rest_on(surface: Surface, x: float, rel: list[tuple[Point, float]]) -> float:
    """The y of an end joint at ``x`` so that circles ``rel`` (relative to it) touch ``surface``."""
    best = -math.inf
    for (rx, ry), r in rel:
        cx = x + rx
        cos = 1.0 / math.sqrt(1.0 + surface.slope * surface.slope)
        best = max(best, surface.y_at(cx) + r / cos - ry)
    return best


def clearance(joints: Mapping[str, Point], contact: Contact, surfaces: Mapping[str, Surface]) -> float:
    """How far ``contact.part`` is above its surface (negative: sunk in)."""
    s = surfaces[contact.surface]
    return min(s.clearance(c, r) for c, r in part_circles(joints, contact.part))


def signed_distance(p: Point, poly: list[Point]) -> float:
    """Distance from ``p`` to a polygon's boundary, negative inside."""
    best = math.inf
    inside = False
    n = len(poly)
    for i in range(n):
        a, b = poly[i], poly[(i + 1) % n]
        ab = sub(b, a)
        L2 = ab[0] ** 2 + ab[1] ** 2
        u = 0.0 if L2 == 0 else max(0.0, min(1.0, ((p[0] - a[0]) * ab[0] + (p[1] - a[1]) * ab[1]) / L2))
        best = min(best, dist(p, (a[0] + ab[0] * u, a[1] + ab[1] * u)))
        if (a[1] > p[1]) != (b[1] > p[1]):
            x = a[0] + (p[1] - a[1]) * (b[0] - a[0]) / (b[1] - a[1])
            if p[0] < x:
                inside = not inside
    return -best if inside else best


def x_rule(p: Pose) -> object:
    """What fixes a pose's x: its wall contact, else its anchor."""
    return next((c for c in p.ground if c.surface == "wall"), p.anchor)


def y_rule(p: Pose) -> object:
    """What fixes a pose's y: its first floor-like contact."""
    return next((c for c in p.ground if c.surface != "wall"), None)
