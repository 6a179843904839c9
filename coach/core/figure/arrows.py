"""Motion arrows and the hold badge of a figure, from its solved key pose and its path over time."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from .geometry import (
    LAYER_ARROW,
    Arrow,
    Capsule,
    Circle,
    Point,
    Polygon,
    Primitive,
    add,
    angle_of,
    dist,
    lerp,
    lerp_point,
    polar,
    sub,
)
from .spec import SequenceSpec, Track

HALO = 0.015  # the background-coloured edge drawn around an arrow (``render``)
MIN_KEPT = 0.4  # an arrow is shortened to clear the body only while at least this share of it is left


def make_arrows(spec: SequenceSpec, key_joints: Mapping[str, Point],
                joints_at: Callable[[float], Mapping[str, Point]],
                body: Sequence[Primitive] = ()) -> list[Primitive]:
    """The motion arrows of a figure (and its hold badge): ``key_joints`` of the key pose, ``joints_at(t)``
    the solved joints at any moment, ``body`` the key pose's body parts (an arrow's ends are cut back where
    its halo would cross them and leave a stray piece of a foot's or hand's outline)."""
    out: list[Primitive] = []
    center = _centroid(key_joints)
    for a_spec in spec.arrows:
        if isinstance(a_spec, Track):
            pts = [joints_at(lerp(a_spec.t0, a_spec.t1, i / 24))[a_spec.joint] for i in range(25)]
            arrow = _track_arrow(pts, a_spec, center)
        else:
            base = key_joints[a_spec.joint]
            a, b = add(base, a_spec.start), add(base, a_spec.end)
            if a_spec.bend:
                mid = lerp_point(a, b, 0.5)
                ctrl = polar(mid, 2 * a_spec.bend, angle_of(sub(b, a)) + 90.0)
                pts = [_quad(a, ctrl, b, i / 16) for i in range(17)]
            else:
                pts = [a, b]
            arrow = Arrow(tuple(pts), dashed=a_spec.dashed)
        if arrow is not None and body:
            arrow = clear_of(arrow, body)
        if arrow is not None:
            out.append(arrow)
    if spec.hold:
        name, ox, oy = spec.badge
        c = add(key_joints[name], (ox, oy))
        out += _hold_badge(c)
    return out


def _seg_dist(p: Point, a: Point, b: Point) -> float:
    dx, dy = b[0] - a[0], b[1] - a[1]
    n = dx * dx + dy * dy
    u = 0.0 if n <= 0 else max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / n))
    return dist(p, (a[0] + u * dx, a[1] + u * dy))


def clearance(p: Point, body: Sequence[Primitive], margin: float) -> float:
    """How far ``p`` is from the nearest body part, less ``margin`` (negative: too close)."""
    best = float("inf")
    for b in body:
        if isinstance(b, Capsule):
            d = _seg_dist(p, b.a, b.b) - max(b.ra, b.rb)
        elif isinstance(b, Circle):
            d = dist(p, b.center) - b.r
        else:
            continue
        best = min(best, d)
    return best - margin


def _dense(pts: Sequence[Point], step: float = 0.01) -> list[Point]:
    out = [pts[0]]
    for a, b in zip(pts, pts[1:], strict=False):
        n = max(1, int(dist(a, b) / step))
        out += [lerp_point(a, b, k / n) for k in range(1, n + 1)]
    return out


def clear_of(arrow: Arrow, body: Sequence[Primitive]) -> Arrow:
    """``arrow`` with its ends cut back until its halo clears every body part; unchanged when too little
    would be left (an arrow drawn across the body on purpose)."""
    margin = arrow.width / 2 + HALO
    pts = _dense(arrow.points)
    ok = [clearance(p, body, margin) >= 0 for p in pts]
    head_ok = all(clearance(p, body, HALO) >= 0 for p in arrow.head())
    if all(ok) and head_ok:
        return arrow
    i, j = 0, len(pts) - 1
    while i < j and not ok[i]:
        i += 1
    while j > i and not ok[j]:
        j -= 1
    # the head sits on the last point: keep cutting until the head clears too
    while j > i:
        trial = Arrow(tuple(pts[i:j + 1]), arrow.width, arrow.head_length, arrow.head_width, dashed=arrow.dashed)
        if all(clearance(p, body, HALO) >= 0 for p in trial.head()):
            break
        j -= 1
    kept = pts[i:j + 1]
    full = sum(dist(a, b) for a, b in zip(pts, pts[1:], strict=False))
    length = sum(dist(a, b) for a, b in zip(kept, kept[1:], strict=False))
    if len(kept) < 2 or length < max(MIN_KEPT * full, arrow.head_length * 1.5):
        return arrow
    return Arrow(tuple(kept), arrow.width, arrow.head_length, arrow.head_width, arrow.role, arrow.layer,
                 arrow.dashed, arrow.part, arrow.side, arrow.group)


def _quad(a: Point, c: Point, b: Point, u: float) -> Point:
    return (
        (1 - u) ** 2 * a[0] + 2 * (1 - u) * u * c[0] + u * u * b[0],
        (1 - u) ** 2 * a[1] + 2 * (1 - u) * u * c[1] + u * u * b[1],
    )


def _centroid(j: Mapping[str, Point]) -> Point:
    pts = list(j.values())
    return (sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts))


def _track_arrow(pts: list[Point], spec: Track, center: Point) -> Arrow | None:
    length = sum(dist(pts[i], pts[i + 1]) for i in range(len(pts) - 1))
    if length < 0.05:
        return None
    # Offset every point sideways from the path.
    mid = len(pts) // 2
    chord = angle_of(sub(pts[-1], pts[0]))
    side = spec.side
    if side == 0:
        left = polar(pts[mid], 1.0, chord + 90.0)
        right = polar(pts[mid], 1.0, chord - 90.0)
        side = 1.0 if dist(left, center) >= dist(right, center) else -1.0
    out: list[Point] = []
    for i, p in enumerate(pts):
        a = pts[max(i - 1, 0)]
        b = pts[min(i + 1, len(pts) - 1)]
        d = angle_of(sub(b, a)) if dist(a, b) > 1e-9 else chord
        out.append(add(polar(p, spec.offset, d + 90.0 * side), spec.shift))
    out = _trim(out, spec.trim[0] * length + 0.0, spec.trim[1] * length)
    return Arrow(tuple(out), dashed=spec.dashed) if len(out) >= 2 else None


def _trim(pts: list[Point], start: float, end: float) -> list[Point]:
    def cut_front(p: list[Point], d: float) -> list[Point]:
        p = list(p)
        while len(p) > 2 and d > 0:
            seg = dist(p[0], p[1])
            if seg <= d:
                d -= seg
                p.pop(0)
            else:
                p[0] = lerp_point(p[0], p[1], d / seg)
                break
        return p

    pts = cut_front(pts, start)
    pts = list(reversed(cut_front(list(reversed(pts)), end)))
    return pts


def _hold_badge(c: Point) -> list[Primitive]:
    r = 0.075
    bars = []
    for dx in (-0.022, 0.022):
        x0, x1 = c[0] + dx - 0.011, c[0] + dx + 0.011
        bars.append(Polygon(((x0, c[1] - 0.034), (x1, c[1] - 0.034), (x1, c[1] + 0.034), (x0, c[1] + 0.034)),
                            "badge_fg", LAYER_ARROW, part="hold", radius=0.006))
    return [Circle(c, r, "badge", LAYER_ARROW, part="hold"), *bars]
