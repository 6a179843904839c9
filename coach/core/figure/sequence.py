"""Figure sequences: solving declared poses into frames (grounding, reaching, interpolation).

A :class:`Pose` is joint angles plus how the body meets the world: which part
rests on which surface (``ground``), which limbs reach a surface (``reach``),
grip a body part (``grip``) or hold a prop (``hold``). A
:class:`FigureSequence` is a short animation of poses with props and motion
arrows; ``frame(t)`` gives the primitives for one moment.

Solving one moment:

1. forward kinematics from the (interpolated) angles, hip at the origin;
2. translate: a wall contact or the anchor joint fixes x, the first floor-like
   contact fixes y, so the named part sits exactly on its surface;
3. two-bone inverse kinematics puts reaching feet and hands on their surfaces
   (the foot keeps its direction, so it stays flat), then hands on the body
   parts they grip and the props they hold.

Between two keyframes every target is blended, so contacts change smoothly.
The declarations live in ``spec``, the arrows in ``arrows``, the named
figures in ``registry`` (built from ``poses``).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, replace

from .arrows import make_arrows
from .body import (
    NEUTRAL,
    RADII,
    absolute_angles,
    arm_scale,
    forward,
    solve_arm,
    solve_leg,
    translate,
)
from .contacts import clearance, end_circles, end_joint, rest_on, signed_distance, x_rule, y_rule
from .draw import body_primitives, body_samples, part_circles
from .geometry import (
    BBox,
    Frame,
    Point,
    Polygon,
    Primitive,
    angle_of,
    lerp,
    lerp_point,
    polar,
    sub,
)
from .props import Placed, Prop, Surface, build, surfaces_of
from .spec import LIMBS, Contact, Grip, Hold, Pose, SequenceSpec, claims, ease


@dataclass
class _Solved:
    angles: dict[str, float]
    joints: dict[str, Point]
    shift: Point
    targets: dict[str, Point]  # reach targets (end effector positions) by limb


class FigureSequence:
    """A playable figure: ``frame(t, mirrored)`` for t in 0..1 (0 start pose, 1 key pose).

    Build it with :func:`coach.core.figure.figure_sequence`. Frames are cheap
    (a few hundred microseconds); props, arrows and the bounding box are
    computed once.
    """

    def __init__(self, spec: SequenceSpec) -> None:
        if not spec.keyframes:
            raise ValueError(f"figure {spec.name!r} has no keyframes")
        self.spec = spec
        n = len(spec.keyframes)
        if spec.times is None:
            self.times = tuple(i / (n - 1) for i in range(n)) if n > 1 else (0.0,)
        else:
            if len(spec.times) != n or list(spec.times) != sorted(spec.times):
                raise ValueError(f"figure {spec.name!r}: times must be sorted, one per keyframe")
            self.times = tuple(spec.times)
        self.surfaces: dict[str, Surface] = {}
        for p in spec.props:
            for s in surfaces_of(p):
                self.surfaces[s.name] = s
        self._placed: list[Placed] = []
        self._poses: list[Pose] = list(spec.keyframes)
        self._solved: list[_Solved] = []
        self._arrows: tuple[Primitive, ...] = ()
        self._props: tuple[Primitive, ...] = ()
        self._bbox: BBox | None = None
        self._build()

    # ------------------------------------------------------------------ public
    @property
    def name(self) -> str:
        return self.spec.name

    @property
    def title(self) -> str:
        return self.spec.title

    @property
    def description(self) -> str:
        return self.spec.description

    @property
    def key_t(self) -> float:
        """The t of the key pose (the static picture), usually 1."""
        t = self.times[self._key_index]
        return 1.0 - t if self.spec.reverse else t

    @property
    def _key_index(self) -> int:
        """Index of the key pose among the keyframes (in their written order)."""
        n = len(self.spec.keyframes)
        k = self.spec.key % n
        return n - 1 - k if self.spec.reverse else k

    @property
    def loop(self) -> bool:
        return self.spec.loop

    @property
    def bbox(self) -> BBox:
        assert self._bbox is not None
        return self._bbox

    def frame(self, t: float, mirrored: bool = False, *, arrows: bool = True) -> Frame:
        """The primitives for moment ``t`` (0..1), mirrored for the other side if asked."""
        if not math.isfinite(t):
            t = self.key_t
        if self.spec.loop:
            t = t % 1.0 if t != 1.0 else 1.0
        t = min(max(t, 0.0), 1.0)
        solved = self._solve_at(t)
        prims: list[Primitive] = list(self._props)
        prims += body_primitives(solved.joints, solved.angles, plan_view=self.spec.plan_view)
        if arrows:
            prims += self._arrows
        prims.sort(key=lambda p: p.layer)
        f = Frame(tuple(prims), self.bbox, dict(solved.joints), dict(solved.angles), self.name, t, False)
        return f.flipped() if mirrored else f

    def key_frame(self, mirrored: bool = False) -> Frame:
        """The static picture: the key pose with its arrows."""
        return self.frame(self.key_t, mirrored)

    def contacts_at(self, t: float) -> list[tuple[Contact, float]]:
        """Contacts that should hold at ``t`` and their clearance (0 = touching)."""
        i, u = self._segment(self._fwd(t))
        a = self._poses[i]
        b = self._poses[min(i + 1, len(self._poses) - 1)]
        solved = self._solve_at(t)
        out = []
        for c in claims(a):
            if u < 1e-9 or c in claims(b):
                out.append((c, clearance(solved.joints, c, self.surfaces)))
        return out

    def solid_shapes(self) -> list[Polygon]:
        """Props the body must not pass through."""
        return [p for p in self._props if isinstance(p, Polygon) and p.solid]

    def penetration(self, t: float) -> tuple[float, str, str]:
        """The deepest overlap of the body with a solid prop at ``t``: (depth, body part, prop part).

        Depth 0 means nothing sinks in (touching is fine).
        """
        joints = self._solve_at(min(max(t, 0.0), 1.0)).joints
        worst = (0.0, "", "")
        for poly in self.solid_shapes():
            pts = list(poly.points)
            for part, c, r in body_samples(joints):
                d = signed_distance(c, pts)  # negative inside
                depth = r - d
                if depth > worst[0]:
                    worst = (depth, part, poly.part)
        return worst

    # ---------------------------------------------------------------- building
    def _build(self) -> None:
        spec = self.spec
        # 1. Solve keyframes without props (holds need placed props; they come after).
        pre = self._solve_keys(with_holds=False)
        # 2. Place props around the key pose.
        key = pre[self._key_index]
        self._placed = [build(prop, self._prop_at(prop, key), _joint_bbox(pre)) for prop in spec.props]
        # 3. Solve keyframes again, with hands on props.
        self._solved = self._solve_keys(with_holds=True)
        # Floors and mats span the whole animation.
        samples = [self._solve_at(i / 16) for i in range(17)]
        extent = _joint_bbox(samples)
        self._placed = [build(prop, self._prop_at(prop, key), extent) for prop in spec.props]
        self._props = tuple(s for pl in self._placed for s in pl.shapes)
        key = self._solved[self._key_index]
        body = body_primitives(key.joints, key.angles, plan_view=spec.plan_view)
        self._arrows = tuple(make_arrows(spec, key.joints, lambda t: self._solve_at(t).joints, body))
        box = extent
        for prim in self._props + self._arrows:
            box = box.union(prim.bbox())
        self._bbox = box.padded(0.04)

    def _solve_keys(self, with_holds: bool) -> list[_Solved]:
        """Solve every keyframe; anchors and planted limbs follow the keyframes before."""
        solved: list[_Solved] = []
        poses: list[Pose] = []
        for p in self.spec.keyframes:
            name, x = p.anchor
            if x is None:
                x = solved[-1].joints[name][0] if solved else 0.0
                p = replace(p, anchor=(name, x))
            pins: dict[str, Point] = {}
            for limb in self.spec.plant:
                if limb not in p.reach:
                    continue
                for prev_pose, prev in zip(reversed(poses), reversed(solved), strict=True):
                    if prev_pose.reach.get(limb) == p.reach[limb] and limb in prev.targets:
                        pins[limb] = prev.targets[limb]
                        break
            poses.append(p)
            solved.append(self._solve_key(p, pins, with_holds))
        self._poses = poses
        return solved

    @staticmethod
    def _prop_at(prop: Prop, key: _Solved) -> Point:
        if prop.ref:
            x, y = key.joints[prop.ref]
            return (x + prop.dx, y)
        return (prop.dx, 0.0)

    def _prop_point(self, name: str) -> Point | None:
        for pl in self._placed:
            if name in pl.points:
                return pl.points[name]
        return None

    def _prop_line(self, name: str) -> list[tuple[Point, Point]]:
        out = []
        for pl in self._placed:
            for key, seg in pl.lines.items():
                if key == name or key.startswith(name + "_"):
                    out.append(seg)
        return out

    # ----------------------------------------------------------------- solving
    def _shift(self, joints: Mapping[str, Point], p: Pose, dx: float | None = None) -> Point:
        """Translation that grounds ``p`` for skeleton ``joints`` (hip at its FK place); ``dx`` if given."""
        for c in p.ground if dx is None else ():
            s = self.surfaces.get(c.surface)
            if s is not None and s.kind == "v":
                dx = -min(s.clearance(cc, r) for cc, r in part_circles(joints, c.part))
                break
        if dx is None:
            name, x = p.anchor
            dx = (x or 0.0) - joints[name][0]
        moved = translate(joints, (dx, 0.0))
        dy = 0.0
        for c in p.ground:
            s = self.surfaces.get(c.surface)
            if s is not None and s.kind == "h":
                # Clearance is measured square to the surface; on a slope a vertical move of dy
                # changes it by dy·cos(slope).
                dy = -min(s.clearance(cc, r) for cc, r in part_circles(moved, c.part)) * math.hypot(1.0, s.slope)
                break
        return (dx, dy)

    def _reach_target(self, limb: str, surface: str, joints: Mapping[str, Point], angles: Mapping[str, float]
                      ) -> Point:
        ab = absolute_angles(angles)
        end, side = end_joint(limb)
        x = joints[f"{end}_{side}"][0]
        s = self.surfaces[surface]
        k = arm_scale(angles, side) if limb.startswith("arm") else 1.0
        return (x, rest_on(s, x, end_circles(limb, ab, k)))

    def _flatten(self, angles: dict[str, float], limb: str, sa: str | None, sb: str | None, u: float) -> None:
        """Lay a reaching foot or hand flat on its surface (blended in or out when only one pose reaches).

        A hand keeps pointing the way it pointed (fingers forward or back).
        """
        kind, side = limb.split("_")
        seg, joint = ("foot", "ankle") if kind == "leg" else ("hand", "wrist")
        cur = absolute_angles(angles)[f"{seg}_{side}"]

        def flat(name: str | None) -> float:
            if name is None:
                return cur
            along = math.degrees(math.atan(self.surfaces[name].slope))
            if kind == "arm" and math.cos(math.radians(cur)) < 0:
                along += 180.0
            # The nearest equivalent of that direction, so blending turns the short way.
            return cur + ((along - cur + 180.0) % 360.0 - 180.0)

        angles[f"{joint}_{side}"] += lerp(flat(sa), flat(sb), u) - cur

    def _target_of(self, p: Pose, limb: str, given: Mapping[str, Point] | None, joints: Mapping[str, Point],
                   angles: Mapping[str, float]) -> Point | None:
        """Where pose ``p`` wants ``limb``'s end: a stored (planted) target, or on its surface below."""
        if limb not in p.reach:
            return None
        if given is not None and limb in given:
            return given[limb]
        return self._reach_target(limb, p.reach[limb], joints, angles)

    def _grip_target(self, g: Grip, joints: Mapping[str, Point], limb: str = "arm") -> Point:
        circles = part_circles(joints, g.part)
        (a, ra), (b, rb) = circles[0], circles[-1]
        p = lerp_point(a, b, g.at)
        r = lerp(ra, rb, g.at)
        normal = angle_of(sub(b, a)) + 90.0 * (1 if g.side >= 0 else -1)
        own = RADII["shin"][1] if limb.startswith("leg") else RADII["hand"][0] * 0.9
        return polar(p, r + own + g.gap, normal)

    def _hold_target(self, h: Hold, joints: Mapping[str, Point]) -> Point:
        pt = self._prop_point(h.target)
        if pt is not None:
            return (pt[0], pt[1] + h.lift)
        x = joints[h.joint][0] + h.dx
        segs = self._prop_line(h.target)
        if not segs:
            raise KeyError(f"figure {self.name!r}: no prop point or line {h.target!r}")
        for a, b in segs:
            if min(a[0], b[0]) <= x <= max(a[0], b[0]) and abs(b[0] - a[0]) > 1e-9:
                u = (x - a[0]) / (b[0] - a[0])
                y = lerp(a[1], b[1], u)
                return (x, y + h.lift)
        a, b = segs[0][0], segs[-1][1]
        p = a if abs(x - a[0]) < abs(x - b[0]) else b
        return (p[0], p[1] + h.lift)

    def _apply_limbs(
        self,
        angles: dict[str, float],
        shift: Point,
        a: Pose,
        b: Pose,
        u: float,
        ta: Mapping[str, Point] | None,
        tb: Mapping[str, Point] | None,
        with_holds: bool,
    ) -> tuple[dict[str, Point], dict[str, Point]]:
        """Inverse kinematics for reaching, gripping and holding limbs; returns joints and targets."""
        joints = translate(forward(angles), shift)
        targets: dict[str, Point] = {}

        def blended(limb: str, target_a: Point | None, target_b: Point | None, current: Point) -> Point:
            pa = target_a if target_a is not None else current
            pb = target_b if target_b is not None else current
            return lerp_point(pa, pb, u)

        # Feet and hands on surfaces.
        for limb in LIMBS:
            if limb not in a.reach and limb not in b.reach:
                continue
            end, side = end_joint(limb)
            ab = absolute_angles(angles)
            cur = joints[f"{end}_{side}"]

            target = blended(limb, self._target_of(a, limb, ta, joints, angles),
                             self._target_of(b, limb, tb, joints, angles), cur)
            targets[limb] = target
            if limb.startswith("leg"):
                solve_leg(angles, side, joints["hip"], target)
            else:
                solve_arm(angles, side, joints["shoulder"], target, hand_abs=ab[f"hand_{side}"])
            joints = translate(forward(angles), shift)
        # Feet resting on the body (an ankle on the other knee).
        for leg in ("leg_n", "leg_f"):
            ga, gb = a.grip.get(leg), b.grip.get(leg)
            if ga is None and gb is None:
                continue
            side = leg[-1]
            cur = joints[f"ankle_{side}"]
            pa = self._grip_target(ga, joints, leg) if ga else None
            pb = self._grip_target(gb, joints, leg) if gb else None
            solve_leg(angles, side, joints["hip"], blended(leg, pa, pb, cur))
            joints = translate(forward(angles), shift)
        # Hands on the body, then on props.
        for arm in ("arm_n", "arm_f"):
            ga, gb = a.grip.get(arm), b.grip.get(arm)
            ha = a.hold.get(arm) if with_holds else None
            hb = b.hold.get(arm) if with_holds else None
            if ga is None and gb is None and ha is None and hb is None:
                continue
            side = arm[-1]
            cur = joints[f"wrist_{side}"]
            pa = self._grip_target(ga, joints) if ga else (self._hold_target(ha, joints) if ha else None)
            pb = self._grip_target(gb, joints) if gb else (self._hold_target(hb, joints) if hb else None)
            if pa is None and arm in a.reach:
                pa = cur
            if pb is None and arm in b.reach:
                pb = cur
            target = blended(arm, pa, pb, cur)
            hand = None
            hands = [h.hand for h in (ha, hb) if h is not None and h.hand is not None]
            if hands:
                hand = hands[0]
            solve_arm(angles, side, joints["shoulder"], target, hand_abs=hand)
            joints = translate(forward(angles), shift)
        return joints, targets

    def _flatten_all(self, angles: dict[str, float], a: Pose, b: Pose, u: float) -> None:
        for limb in LIMBS:
            if limb in a.reach or limb in b.reach:
                self._flatten(angles, limb, a.reach.get(limb), b.reach.get(limb), u)

    def _solve_pose(self, p: Pose, angles: dict[str, float], pinned: Mapping[str, Point], with_holds: bool) -> _Solved:
        self._flatten_all(angles, p, p, 0.0)
        shift = self._shift(forward(angles), p)
        joints, targets = self._apply_limbs(angles, shift, p, p, 0.0, pinned, pinned, with_holds)
        return _Solved(angles, joints, shift, targets)

    def _solve_key(self, p: Pose, pinned: Mapping[str, Point], with_holds: bool) -> _Solved:
        angles = {**NEUTRAL, **p.angles}
        if p.adjust is not None:
            adj = p.adjust

            def gap(v: float) -> float:
                trial = dict(angles)
                trial[adj.angle] = v
                s = self._solve_pose(p, trial, pinned, with_holds)
                return clearance(s.joints, adj.contact, self.surfaces)

            lo, hi = adj.lo, adj.hi
            glo, ghi = gap(lo), gap(hi)
            if glo * ghi > 0:
                raise ValueError(f"figure {self.name!r}: cannot adjust {adj.angle} in {lo}..{hi} "
                                 f"(clearance {glo:.3f}, {ghi:.3f})")
            for _ in range(40):
                mid = (lo + hi) / 2
                gm = gap(mid)
                if (gm > 0) == (glo > 0):
                    lo, glo = mid, gm
                else:
                    hi = mid
            angles[adj.angle] = (lo + hi) / 2
        return self._solve_pose(p, angles, pinned, with_holds)

    def _segment(self, t: float) -> tuple[int, float]:
        times = self.times
        n = len(times)
        if n == 1 or t <= times[0]:
            return 0, 0.0
        for i in range(n - 1):
            if t <= times[i + 1]:
                span = times[i + 1] - times[i]
                return i, (t - times[i]) / span if span > 0 else 1.0
        return n - 1, 0.0

    def _fwd(self, t: float) -> float:
        """Playback time → time along the keyframes (reversed figures play them backwards)."""
        return 1.0 - t if self.spec.reverse else t

    def _solve_at(self, t: float) -> _Solved:
        i, u = self._segment(self._fwd(t))
        kf = self._poses
        j = min(i + 1, len(kf) - 1)
        sa, sb = self._solved[i], self._solved[j]
        e = ease(u, self.spec.ease)
        if e <= 1e-12 or i == j:
            return sa
        if e >= 1.0 - 1e-12:
            return sb
        angles = {k: lerp(sa.angles[k], sb.angles[k], e) for k in sa.angles}
        a, b = kf[i], kf[j]
        self._flatten_all(angles, a, b, e)
        fk = forward(angles)
        # Where both keyframes rest on the same things, solve the contacts exactly; where the
        # contacts change (a foot leaves the floor), move the body smoothly between the keyframes.
        dx = self._shift(fk, a)[0] if x_rule(a) == x_rule(b) else lerp(sa.shift[0], sb.shift[0], e)
        if y_rule(a) == y_rule(b):
            shift = self._shift(fk, a, dx)
        else:
            shift = (dx, lerp(sa.shift[1], sb.shift[1], e))
        joints, targets = self._apply_limbs(angles, shift, a, b, e, sa.targets, sb.targets, True)
        return _Solved(angles, joints, shift, targets)

def _joint_bbox(solved: list[_Solved]) -> BBox:
    box: BBox | None = None
    for s in solved:
        for prim in body_primitives(s.joints, s.angles):
            box = prim.bbox() if box is None else box.union(prim.bbox())
    assert box is not None
    return box
