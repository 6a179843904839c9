"""Props: floor, mat, wall, step, stairs with a rail, chair, pillow, cushion, incline.

A prop is declared in a figure sequence with :class:`Prop` (kind, where, size).
Its **surfaces** (the floor at ``y = 0``, the mat top, a step top, a wall) are
known before the figure is placed, so the figure can be grounded on them; its
horizontal position may follow a joint of the key pose (``ref``), so a chair
ends up under the pelvis and a step under the leading foot. Once placed, a
prop gives polygons to draw and named anchor points (the top of a chair back)
or lines (a stair rail) that hands can hold.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Literal

from .geometry import LAYER_PROP, BBox, Capsule, Point, Polygon

FLOOR_DEPTH = 0.05
MAT_HEIGHT = 0.03


@dataclass(frozen=True)
class Surface:
    """A surface the body rests on.

    ``kind="h"``: a floor-like surface ``y = y + slope·(x − x0)``, the body above it.
    ``kind="v"``: a wall at ``x``, the body on its right.
    """

    name: str
    kind: Literal["h", "v"] = "h"
    y: float = 0.0
    x: float = 0.0
    slope: float = 0.0  # dy/dx
    x0: float = 0.0

    def y_at(self, x: float) -> float:
        return self.y + self.slope * (x - self.x0)

    def clearance(self, center: Point, r: float) -> float:
        """Signed distance from a circle to this surface (negative: it sinks in)."""
        if self.kind == "v":
            return center[0] - r - self.x
        cos = 1.0 / math.sqrt(1.0 + self.slope * self.slope)
        return (center[1] - self.y_at(center[0])) * cos - r


@dataclass(frozen=True)
class Prop:
    """A prop declaration in a figure sequence.

    ``kind``: floor, mat, wall, step, stairs, chair, pillow, cushion, incline, box,
    for figures seen from above (lying on the side) plan_mat, plan_pillow, and for lying on the side seen from
    the side and a little above (the way exercise sheets draw it) lying_mat, lying_pillow: a mat on the floor
    in perspective, its near edge and thickness at the bottom, and a pillow under the head.
    ``ref``: a joint name; the prop's position is that joint's position in the
    key pose, x moved by ``dx``. Without ``ref`` the x position is ``dx``.
    ``size`` and ``opts`` tune the shape (see :func:`surfaces_of` and :func:`build`).
    """

    kind: str
    ref: str | None = None
    dx: float = 0.0
    opts: dict[str, float | str] = field(default_factory=dict)

    def opt(self, key: str, default: float) -> float:
        return float(self.opts.get(key, default))


@dataclass(frozen=True)
class Placed:
    """A placed prop: its drawables, surfaces, anchor points and lines."""

    shapes: tuple[Polygon | Capsule, ...]
    surfaces: tuple[Surface, ...]
    points: dict[str, Point] = field(default_factory=dict)
    lines: dict[str, tuple[Point, Point]] = field(default_factory=dict)


KINDS = ("floor", "mat", "wall", "step", "stairs", "chair", "pillow", "cushion", "incline", "plan_mat",
         "plan_pillow", "box", "lying_mat", "lying_pillow")

STEP_HEIGHT = 0.17
STAIR_RISE = 0.17
STAIR_TREAD = 0.32
SEAT_HEIGHT = 0.46
CUSHION_HEIGHT = 0.07


def surfaces_of(prop: Prop) -> tuple[Surface, ...]:
    """The surfaces a prop offers, known before it is placed (heights only)."""
    k = prop.kind
    if k == "floor":
        return (Surface("floor"),)
    if k == "incline":
        slope = math.tan(math.radians(prop.opt("degrees", 8.0)))
        return (Surface("floor", slope=slope, x0=prop.dx),)
    if k == "mat":
        return (Surface("mat", y=MAT_HEIGHT),)
    if k == "wall":
        return (Surface("wall", kind="v", x=prop.dx),)
    if k == "step":
        return (Surface("step", y=prop.opt("height", STEP_HEIGHT)),)
    if k == "stairs":
        rise = prop.opt("rise", STAIR_RISE)
        n = int(prop.opt("n", 3))
        return tuple(Surface(f"stair{i}", y=i * rise) for i in range(1, n + 1))
    if k == "chair":
        return (Surface("seat", y=prop.opt("seat", SEAT_HEIGHT)),)
    if k == "cushion":
        return (Surface("cushion", y=prop.opt("height", CUSHION_HEIGHT) + prop.opt("base", 0.0)),)
    if k == "pillow":
        return (Surface("pillow", y=prop.opt("base", 0.0) + prop.opt("height", 0.09)),)
    if k in ("plan_mat", "plan_pillow", "box", "lying_mat", "lying_pillow"):
        return ()
    raise ValueError(f"unknown prop kind {k!r}; known: {', '.join(KINDS)}")


def _rect(x0: float, y0: float, x1: float, y1: float) -> tuple[Point, ...]:
    return ((x0, y0), (x1, y0), (x1, y1), (x0, y1))


def build(prop: Prop, at: Point, extent: BBox) -> Placed:
    """Draw a prop at ``at`` (its reference point; most props use only x).

    ``extent`` is the figure's bounding box over the whole animation (floors and
    mats span it).
    """
    k = prop.kind
    x = at[0]
    surfaces = surfaces_of(prop)
    L = LAYER_PROP
    if k == "floor":
        x0, x1 = extent.x0 - prop.opt("margin", 0.3), extent.x1 + prop.opt("margin", 0.3)
        poly = Polygon(_rect(x0, -FLOOR_DEPTH, x1, 0.0), "floor", L, part="floor", solid=True)
        return Placed((poly,), surfaces)
    if k == "incline":
        s = surfaces[0]
        x0, x1 = extent.x0 - 0.3, extent.x1 + 0.3
        pts = ((x0, s.y_at(x0) - FLOOR_DEPTH), (x1, s.y_at(x1) - FLOOR_DEPTH), (x1, s.y_at(x1)), (x0, s.y_at(x0)))
        return Placed((Polygon(pts, "floor", L, part="floor", solid=True),), surfaces)
    if k == "mat":
        if prop.ref is None and "x0" in prop.opts:
            x0, x1 = prop.opt("x0", 0.0), prop.opt("x1", 1.0)
        else:
            x0, x1 = extent.x0 - prop.opt("margin", 0.12), extent.x1 + prop.opt("margin", 0.12)
        poly = Polygon(_rect(x0, 0.0, x1, MAT_HEIGHT), "mat", L, part="mat", radius=0.012, solid=True)
        return Placed((poly,), surfaces)
    if k == "plan_pillow":
        w, h = prop.opt("width", 0.2), prop.opt("height", 0.42)
        y = at[1] + prop.opt("dy", 0.0)
        # ``layer``: a pillow between the knees lies over the bottom leg and under the top one
        poly = Polygon(_rect(x - w / 2, y - h / 2, x + w / 2, y + h / 2), "soft", int(prop.opt("layer", L)),
                       part="pillow", radius=0.06)
        return Placed((poly,), surfaces)
    if k == "box":
        # a box on the floor, its centre at x; hands hold it at ``box_grip``, on its side near the body
        w, h = prop.opt("width", 0.34), prop.opt("height", 0.28)
        poly = Polygon(_rect(x - w / 2, 0.0, x + w / 2, h), "furniture", L, part="box", radius=0.01,
                       solid=bool(prop.opt("solid", 1.0)))
        return Placed((poly,), surfaces, points={"box_grip": (x - w * 0.2, h * 0.55)})
    if k == "plan_mat":
        m = prop.opt("margin", 0.1)
        poly = Polygon(_rect(extent.x0 - m, extent.y0 - m, extent.x1 + m, extent.y1 + m), "mat", L,
                       part="mat", radius=0.05)
        return Placed((poly,), surfaces)
    if k == "lying_mat":
        # the body lies along the mat; the mat's far edge is a little shorter than its near edge (perspective)
        # a mat about 0.6 m across seen from a little above: a band from just in front of the body to some way
        # behind it (a foot lifted behind the body may show above its far edge)
        m, depth, front = prop.opt("margin", 0.14), prop.opt("depth", 0.7), prop.opt("front", 0.1)
        skew, thick = prop.opt("skew", 0.1), prop.opt("thickness", 0.035)
        x0, x1 = extent.x0 - m, extent.x1 + m
        y0 = extent.y0 - front
        y1 = y0 + depth
        top = Polygon(((x0, y0), (x1, y0), (x1 - skew, y1), (x0 + skew, y1)), "mat", L, part="mat", radius=0.03)
        edge = Polygon(_rect(x0, y0 - thick, x1, y0 + 0.01), "mat_edge", L, part="mat_edge", radius=0.012)
        floor = Polygon(_rect(x0 - 0.25, y0 - thick - 0.02, x1 + 0.25, y0 - thick), "floor", L, part="floor")
        return Placed((floor, edge, top), surfaces)
    if k == "lying_pillow":
        w, h = prop.opt("width", 0.22), prop.opt("height", 0.36)
        y = at[1] + prop.opt("dy", 0.0)
        thick = prop.opt("thickness", 0.04)
        side = Polygon(_rect(x - w / 2, y - h / 2 - thick, x + w / 2, y - h / 2 + 0.03), "soft_edge", L,
                       part="pillow_edge", radius=0.03)
        poly = Polygon(_rect(x - w / 2, y - h / 2, x + w / 2, y + h / 2), "soft", L, part="pillow", radius=0.07)
        return Placed((side, poly), surfaces)
    if k == "wall":
        t = prop.opt("thickness", 0.1)
        top = prop.opt("height", max(extent.y1 + 0.15, 1.0))
        poly = Polygon(_rect(x - t, 0.0, x, top), "wall", L, part="wall", solid=True)
        return Placed((poly,), surfaces)
    if k == "step":
        h = prop.opt("height", STEP_HEIGHT)
        depth = prop.opt("depth", 0.40)
        poly = Polygon(_rect(x, 0.0, x + depth, h), "furniture", L, part="step", radius=0.012, solid=True)
        return Placed((poly,), surfaces)
    if k == "stairs":
        return _stairs(prop, x, surfaces)
    if k == "chair":
        return _chair(prop, x, surfaces)
    if k == "pillow":
        w, h, base = prop.opt("width", 0.36), prop.opt("height", 0.09), prop.opt("base", 0.0)
        poly = Polygon(_rect(x - w / 2, base, x + w / 2, base + h), "soft", L, part="pillow", radius=0.04)
        return Placed((poly,), surfaces)
    if k == "cushion":
        w, h, base = prop.opt("width", 0.32), prop.opt("height", CUSHION_HEIGHT), prop.opt("base", 0.0)
        poly = Polygon(_rect(x - w / 2, base, x + w / 2, base + h), "soft", L, part="cushion", radius=0.03)
        return Placed((poly,), surfaces)
    raise ValueError(f"unknown prop kind {k!r}")


def _stairs(prop: Prop, x: float, surfaces: tuple[Surface, ...]) -> Placed:
    """Stairs rising to the right from ``x`` (the front edge of the first stair)."""
    n = int(prop.opt("n", 3))
    rise, tread = prop.opt("rise", STAIR_RISE), prop.opt("tread", STAIR_TREAD)
    top_len = prop.opt("top", 0.6)
    pts: list[Point] = [(x, 0.0)]
    for i in range(1, n + 1):
        sx = x + (i - 1) * tread
        pts += [(sx, i * rise), (sx + (tread if i < n else top_len), i * rise)]
    end = x + (n - 1) * tread + top_len
    pts.append((end, 0.0))
    shapes: list[Polygon | Capsule] = [Polygon(tuple(pts), "furniture", LAYER_PROP, part="stairs", solid=True)]
    # The rail runs 0.9 above the stair nosings, from a post before the first stair to past the top.
    # The rail: 0.9 above the nosings, level before the first stair and past the last.
    h = prop.opt("rail", 0.9) + rise
    last = x + (n - 1) * tread
    a, m1 = (x - 0.3, h), (x, h)
    m2 = (last, h + (n - 1) * rise)
    b = (last + 0.3, m2[1])
    shapes.append(Capsule(a, m1, 0.018, 0.018, "rail", LAYER_PROP, part="rail"))
    shapes.append(Capsule(m1, m2, 0.018, 0.018, "rail", LAYER_PROP, part="rail"))
    shapes.append(Capsule(m2, b, 0.018, 0.018, "rail", LAYER_PROP, part="rail"))
    for px, base, top_y in ((a[0] + 0.03, 0.0, h), (b[0] - 0.03, n * rise, b[1])):
        shapes.append(Capsule((px, base), (px, top_y), 0.014, 0.014, "rail", LAYER_PROP, part="post"))
    # The rail as lines for hands: level, sloped, level.
    lines = {"rail": (a, m1), "rail_slope": (m1, m2), "rail_top": (m2, b)}
    if prop.opt("dir", 1.0) < 0:  # rising to the left: mirror about x
        shapes = [sh.mirrored().translated((2 * x, 0.0)) for sh in shapes]
        lines = {k: ((2 * x - p[0], p[1]), (2 * x - q[0], q[1])) for k, (p, q) in lines.items()}
    return Placed(tuple(shapes), surfaces, lines=lines)


def _chair(prop: Prop, x: float, surfaces: tuple[Surface, ...]) -> Placed:
    """A simple chair centred at ``x``; ``back`` is ``"left"`` or ``"right"``."""
    seat = prop.opt("seat", SEAT_HEIGHT)
    depth = prop.opt("depth", 0.42)
    back_h = prop.opt("back_height", 0.88)
    back_left = str(prop.opts.get("back", "left")) == "left"
    solid = bool(prop.opt("solid", 1.0))  # a chair beside the person is not in their way
    x0, x1 = x - depth / 2, x + depth / 2
    bx = x0 if back_left else x1
    L = LAYER_PROP
    shapes: list[Polygon | Capsule] = [
        Capsule((x0 + 0.03, 0.015), (x0 + 0.03, seat - 0.02), 0.018, 0.018, "furniture_dark", L, part="chair_leg"),
        Capsule((x1 - 0.03, 0.015), (x1 - 0.03, seat - 0.02), 0.018, 0.018, "furniture_dark", L, part="chair_leg"),
        Polygon(_rect(x0, seat - 0.045, x1, seat), "furniture", L, part="seat", radius=0.015, solid=solid),
    ]
    back_x0, back_x1 = (bx, bx + 0.05) if back_left else (bx - 0.05, bx)
    shapes.append(Polygon(_rect(back_x0, seat - 0.02, back_x1, back_h), "furniture", L, part="chair_back",
                          radius=0.02, solid=solid))
    top = ((back_x0 + back_x1) / 2, back_h)
    return Placed(tuple(shapes), surfaces, points={"chair_top": top})
