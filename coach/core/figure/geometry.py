"""Points, drawable primitives and their outlines, in abstract units (about one metre).

The y axis points **up** (the floor is ``y = 0``); a renderer flips it. Every
primitive can give its outline as a polygon (``outline()``), so a QPainter
renderer and the SVG writer draw exactly the same shapes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import Literal

Point = tuple[float, float]

#: Drawing layers, back to front. Primitives in a frame are already sorted by layer.
LAYER_PROP = 0  # floor, mat, wall, furniture: behind the figure
LAYER_FAR = 1  # far-side limbs (drawn a shade darker)
LAYER_BODY = 2  # pelvis, trunk, neck, head
LAYER_NEAR = 3  # near-side limbs
LAYER_FRONT = 4  # props in front of the figure (rarely used)
LAYER_ARROW = 5  # motion arrows and badges

Side = Literal["near", "far", "mid"]


def add(a: Point, b: Point) -> Point:
    return (a[0] + b[0], a[1] + b[1])


def sub(a: Point, b: Point) -> Point:
    return (a[0] - b[0], a[1] - b[1])


def scale(a: Point, k: float) -> Point:
    return (a[0] * k, a[1] * k)


def lerp(a: float, b: float, u: float) -> float:
    return a + (b - a) * u


def lerp_point(a: Point, b: Point, u: float) -> Point:
    return (a[0] + (b[0] - a[0]) * u, a[1] + (b[1] - a[1]) * u)


def dist(a: Point, b: Point) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


def unit(deg: float) -> Point:
    r = math.radians(deg)
    return (math.cos(r), math.sin(r))


def polar(origin: Point, length: float, deg: float) -> Point:
    r = math.radians(deg)
    return (origin[0] + length * math.cos(r), origin[1] + length * math.sin(r))


def angle_of(v: Point) -> float:
    return math.degrees(math.atan2(v[1], v[0]))


def rotate(p: Point, deg: float, about: Point = (0.0, 0.0)) -> Point:
    r = math.radians(deg)
    c, s = math.cos(r), math.sin(r)
    x, y = p[0] - about[0], p[1] - about[1]
    return (about[0] + x * c - y * s, about[1] + x * s + y * c)


def _arc(center: Point, r: float, start_deg: float, sweep_deg: float, n: int) -> list[Point]:
    return [polar(center, r, start_deg + sweep_deg * i / n) for i in range(n + 1)]


@dataclass(frozen=True)
class BBox:
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    @property
    def center(self) -> Point:
        return ((self.x0 + self.x1) / 2, (self.y0 + self.y1) / 2)

    def union(self, other: BBox) -> BBox:
        return BBox(min(self.x0, other.x0), min(self.y0, other.y0), max(self.x1, other.x1), max(self.y1, other.y1))

    def padded(self, d: float) -> BBox:
        return BBox(self.x0 - d, self.y0 - d, self.x1 + d, self.y1 + d)

    def mirrored(self) -> BBox:
        return BBox(-self.x1, self.y0, -self.x0, self.y1)

    @staticmethod
    def of_points(points: list[Point] | tuple[Point, ...]) -> BBox:
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        return BBox(min(xs), min(ys), max(xs), max(ys))


@dataclass(frozen=True)
class Capsule:
    """A rounded limb: two end circles (radii ``ra``, ``rb``) joined by tangent lines."""

    a: Point
    b: Point
    ra: float
    rb: float
    role: str  # colour role: skin, shirt, trousers, shoe, hair, or a prop role
    layer: int
    part: str = ""
    side: Side = "mid"
    group: str = ""  # parts of one group share one outline (a limb, the trunk)

    def outline(self, n: int = 16) -> list[Point]:
        """The outline as a closed polygon, counter-clockwise, ``n`` points per end cap."""
        d = dist(self.a, self.b)
        if d <= abs(self.ra - self.rb) + 1e-9:
            big = (self.a, self.ra) if self.ra >= self.rb else (self.b, self.rb)
            return _arc(big[0], big[1], 0.0, 360.0, 2 * n)[:-1]
        base = angle_of(sub(self.b, self.a))
        # Tangent lines of two circles: the normal leans toward the bigger circle.
        phi = math.degrees(math.acos(max(-1.0, min(1.0, (self.ra - self.rb) / d))))
        # Around b from base-phi to base+phi (through the far tip), then around a.
        cap_b = _arc(self.b, self.rb, base - phi, 2 * phi, n)
        cap_a = _arc(self.a, self.ra, base + phi, 360.0 - 2 * phi, n)
        return cap_b + cap_a

    def circles(self) -> list[tuple[Point, float]]:
        return [(self.a, self.ra), (self.b, self.rb)]

    def bbox(self) -> BBox:
        return BBox(
            min(self.a[0] - self.ra, self.b[0] - self.rb),
            min(self.a[1] - self.ra, self.b[1] - self.rb),
            max(self.a[0] + self.ra, self.b[0] + self.rb),
            max(self.a[1] + self.ra, self.b[1] + self.rb),
        )

    def mirrored(self) -> Capsule:
        return replace(self, a=(-self.a[0], self.a[1]), b=(-self.b[0], self.b[1]))

    def translated(self, d: Point) -> Capsule:
        return replace(self, a=add(self.a, d), b=add(self.b, d))


@dataclass(frozen=True)
class Circle:
    center: Point
    r: float
    role: str
    layer: int
    part: str = ""
    side: Side = "mid"
    group: str = ""

    def outline(self, n: int = 32) -> list[Point]:
        return _arc(self.center, self.r, 0.0, 360.0, n)[:-1]

    def circles(self) -> list[tuple[Point, float]]:
        return [(self.center, self.r)]

    def bbox(self) -> BBox:
        x, y = self.center
        return BBox(x - self.r, y - self.r, x + self.r, y + self.r)

    def mirrored(self) -> Circle:
        return replace(self, center=(-self.center[0], self.center[1]))

    def translated(self, d: Point) -> Circle:
        return replace(self, center=add(self.center, d))


@dataclass(frozen=True)
class Polygon:
    """A filled polygon (props, hair, badges); corners rounded by ``radius`` when drawn."""

    points: tuple[Point, ...]
    role: str
    layer: int
    part: str = ""
    side: Side = "mid"
    group: str = ""
    radius: float = 0.0
    solid: bool = False  # a body must not pass through it (floor, step, chair seat)

    def outline(self, n: int = 6) -> list[Point]:
        pts = list(self.points)
        if self.radius <= 0 or len(pts) < 3:
            return pts
        out: list[Point] = []
        k = len(pts)
        for i in range(k):
            p0, p1, p2 = pts[i - 1], pts[i], pts[(i + 1) % k]
            l1, l2 = dist(p0, p1), dist(p1, p2)
            if l1 < 1e-9 or l2 < 1e-9:
                out.append(p1)
                continue
            r = min(self.radius, l1 / 2, l2 / 2)
            a = lerp_point(p1, p0, r / l1)
            b = lerp_point(p1, p2, r / l2)
            # Quadratic Bezier from a to b with control point at the corner.
            for j in range(n + 1):
                u = j / n
                out.append(
                    (
                        (1 - u) ** 2 * a[0] + 2 * (1 - u) * u * p1[0] + u**2 * b[0],
                        (1 - u) ** 2 * a[1] + 2 * (1 - u) * u * p1[1] + u**2 * b[1],
                    )
                )
        return out

    def bbox(self) -> BBox:
        return BBox.of_points(self.points)

    def mirrored(self) -> Polygon:
        return replace(self, points=tuple((-x, y) for x, y in reversed(self.points)))

    def translated(self, d: Point) -> Polygon:
        return replace(self, points=tuple(add(p, d) for p in self.points))


@dataclass(frozen=True)
class Arrow:
    """A motion arrow: a stroked polyline of ``width`` with a filled head at its last point."""

    points: tuple[Point, ...]
    width: float = 0.035
    head_length: float = 0.11
    head_width: float = 0.12
    role: str = "arrow"
    layer: int = LAYER_ARROW
    dashed: bool = False
    part: str = ""
    side: Side = "mid"
    group: str = ""

    def shaft(self) -> list[Point]:
        """The polyline, shortened so that it ends inside the head."""
        pts = list(self.points)
        cut = self.head_length * 0.6
        while len(pts) > 2 and dist(pts[-1], pts[-2]) <= cut:
            cut -= dist(pts[-1], pts[-2])
            pts.pop()
        last, prev = pts[-1], pts[-2]
        seg = dist(last, prev)
        if seg > 1e-9:
            pts[-1] = lerp_point(last, prev, min(cut / seg, 0.95))
        return pts

    def head(self) -> list[Point]:
        """The arrow head as a triangle: tip, left corner, right corner."""
        tip = self.points[-1]
        # Direction taken over the last head_length of the path, for a stable head on curves.
        back = tip
        acc = 0.0
        for p in reversed(self.points[:-1]):
            acc += dist(p, back)
            back = p
            if acc >= self.head_length:
                break
        ang = angle_of(sub(tip, back)) if dist(tip, back) > 1e-9 else 0.0
        base = polar(tip, -self.head_length, ang)
        return [tip, polar(base, self.head_width / 2, ang + 90), polar(base, self.head_width / 2, ang - 90)]

    def outline(self, n: int = 0) -> list[Point]:
        return self.head()

    def bbox(self) -> BBox:
        pts = list(self.points) + self.head()
        return BBox.of_points(pts).padded(self.width / 2)

    def mirrored(self) -> Arrow:
        return replace(self, points=tuple((-x, y) for x, y in self.points))

    def translated(self, d: Point) -> Arrow:
        return replace(self, points=tuple(add(p, d) for p in self.points))


Primitive = Capsule | Circle | Polygon | Arrow


@dataclass(frozen=True)
class Frame:
    """Everything needed to draw one moment of a figure sequence.

    ``primitives`` are sorted back to front. ``bbox`` is the bounding box of the
    whole sequence (every moment, props and arrows), so that a renderer that fits
    ``bbox`` into its area keeps the figure still while it animates.
    ``joints`` maps joint names (``hip``, ``knee_n``, ``ankle_f``…) to points and
    ``angles`` holds the resolved joint angles in degrees (after grounding and
    reaching), for tests and for anyone who wants to annotate the picture.
    """

    primitives: tuple[Primitive, ...]
    bbox: BBox
    joints: dict[str, Point] = field(default_factory=dict)
    angles: dict[str, float] = field(default_factory=dict)
    name: str = ""
    t: float = 1.0
    mirrored: bool = False

    def content_bbox(self) -> BBox:
        """The bounding box of this moment's primitives only."""
        box = self.primitives[0].bbox()
        for p in self.primitives[1:]:
            box = box.union(p.bbox())
        return box

    def flipped(self) -> Frame:
        """The horizontal mirror image (the same movement on the other side)."""
        return replace(
            self,
            primitives=tuple(p.mirrored() for p in self.primitives),
            bbox=self.bbox.mirrored(),
            joints={k: (-x, y) for k, (x, y) in self.joints.items()},
            mirrored=not self.mirrored,
        )
