"""The figure model: geometry, joint limits, grounding, the library, timing, SVG (no Qt here)."""

from __future__ import annotations

import math
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.core.figure import (
    ArrowShape,
    Capsule,
    Circle,
    FigureError,
    Polygon,
    cycle_t,
    figure_names,
    figure_sequence,
    frame_to_svg,
    phase_t,
    rep_t,
)
from coach.core.figure.body import (
    LENGTHS,
    LIMITS,
    NEUTRAL,
    expected_lengths,
    forward,
    limit_of,
    segment_lengths,
    solve_arm,
    solve_leg,
    two_bone,
)
from coach.core.figure.geometry import dist
from coach.core.figure.props import Prop, build, surfaces_of
from coach.core.figure.render import draw_ops

ROOT = Path(__file__).resolve().parents[2]
PROGRAMS = sorted((ROOT / "programs").glob("*.toml"))

PROGRAM_FIGURES = {
    "supine-knees-bent", "knee-to-chest", "knee-to-chest-hold", "side-lying", "side-lying-knee-bend",
    "side-lying-knee-release", "standing", "walking", "half-kneeling", "half-kneeling-lunge",
    "half-kneeling-lunge-hold", "prone", "prone-knee-bend", "prone-knee-lower", "standing-support",
    "standing-march", "bridge", "bridge-lower", "slr-start", "straight-leg-raise", "straight-leg-lower",
    "wall-stand", "wall-sit", "wall-rise", "step-stand", "step-up", "step-down", "walking-incline",
    "squat-stand", "quarter-squat", "quarter-squat-rise", "single-leg-stand", "stairs-up", "stairs-down",
    "chair-sit", "sit-to-stand",
}
LIBRARY_FIGURES = {
    "prone-press-up", "drawing-in", "plank", "hamstring-stretch", "lumbar-flexion-stretch",
    "piriformis-stretch", "cat-camel", "pelvic-tilt",
}
NAMES = figure_names()
SAMPLES = [i / 24 for i in range(25)]
EXPECTED = expected_lengths()

LENGTH_TOL = 1e-6
ANGLE_TOL = 0.5  # degrees past a joint limit
CONTACT_TOL = 0.008  # units (≈ 8 mm): a grounded part stays on its surface
PENETRATION_TOL = 0.01  # how far a rounded limb may sink into a solid prop


def _program_steps(path: Path):
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    for week in data.get("weeks", []):
        for ex in week.get("exercises", []):
            for i, step in enumerate(ex.get("steps", []), start=1):
                yield week.get("number"), ex.get("id"), i, step


# ------------------------------------------------------------------ library
def test_every_required_figure_exists():
    assert PROGRAM_FIGURES <= set(NAMES)
    assert LIBRARY_FIGURES <= set(NAMES)


@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: p.name)
def test_every_step_of_every_shipped_program_resolves_to_a_picture(program):
    steps = list(_program_steps(program))
    assert steps
    for week, ex, n, step in steps:
        assert step.get("figure") or step.get("image"), f"{program.name}: week {week} {ex} step {n} has no picture"
        if step.get("figure"):
            seq = figure_sequence(step["figure"])
            assert seq.key_frame().primitives


def test_unknown_name_raises_a_key_error_with_suggestions():
    with pytest.raises(KeyError) as info:
        figure_sequence("knee-to-chets")
    assert isinstance(info.value, FigureError)
    message = str(info.value)
    assert "unknown figure 'knee-to-chets'" in message
    assert "did you mean 'knee-to-chest'" in message


def test_unknown_name_far_from_any_has_no_suggestion():
    with pytest.raises(FigureError) as info:
        figure_sequence("zzzz-qqqq")
    assert "did you mean" not in str(info.value)


def test_names_are_sorted_and_sequences_cached():
    assert NAMES == sorted(NAMES)
    assert figure_sequence("bridge") is figure_sequence("bridge")


@pytest.mark.parametrize("name", NAMES)
def test_every_figure_has_title_description_and_key_pose(name):
    seq = figure_sequence(name)
    assert seq.title and seq.description.endswith(".")
    assert 0.0 <= seq.key_t <= 1.0
    key = seq.key_frame()
    assert key.t == seq.key_t
    kinds = {type(p) for p in key.primitives}
    assert Capsule in kinds and Circle in kinds


# ----------------------------------------------------------------- geometry
@pytest.mark.parametrize("name", NAMES)
def test_segment_lengths_joint_limits_and_finite_numbers_across_the_animation(name):
    seq = figure_sequence(name)
    for t in SAMPLES:
        frame = seq.frame(t)
        measured = segment_lengths(frame.joints, frame.angles)
        for seg, length in EXPECTED.items():
            assert measured[seg] == pytest.approx(length, abs=LENGTH_TOL), (name, t, seg)
        for joint, value in frame.angles.items():
            assert math.isfinite(value), (name, t, joint)
            if joint == "pelvis":
                continue
            lo, hi = limit_of(joint)
            assert lo - ANGLE_TOL <= value <= hi + ANGLE_TOL, (name, t, joint, value)
        for p in frame.primitives:
            for x, y in p.outline():
                assert math.isfinite(x) and math.isfinite(y), (name, t, p.part)


@pytest.mark.parametrize("name", NAMES)
def test_grounded_parts_stay_on_their_surfaces_and_nothing_sinks_into_props(name):
    seq = figure_sequence(name)
    for t in SAMPLES:
        for contact, gap in seq.contacts_at(t):
            assert abs(gap) <= CONTACT_TOL, (name, t, contact, gap)
        depth, part, prop = seq.penetration(t)
        assert depth <= PENETRATION_TOL, (name, t, part, prop, depth)


@pytest.mark.parametrize("name", NAMES)
def test_bounding_box_is_stable_and_holds_every_moment(name):
    seq = figure_sequence(name)
    boxes = {seq.frame(t).bbox for t in SAMPLES}
    assert len(boxes) == 1
    box = boxes.pop()
    for t in SAMPLES:
        inner = seq.frame(t).content_bbox()
        assert box.x0 <= inner.x0 + 1e-9 and inner.x1 <= box.x1 + 1e-9
        assert box.y0 <= inner.y0 + 1e-9 and inner.y1 <= box.y1 + 1e-9


@settings(max_examples=150, deadline=None)
@given(name=st.sampled_from(NAMES), t=st.floats(0.0, 1.0), mirrored=st.booleans())
def test_any_moment_keeps_the_skeleton_intact(name, t, mirrored):
    frame = figure_sequence(name).frame(t, mirrored)
    joints = frame.flipped().joints if mirrored else frame.joints
    measured = segment_lengths(joints, frame.angles)
    for seg, length in EXPECTED.items():
        assert measured[seg] == pytest.approx(length, abs=LENGTH_TOL)


@settings(max_examples=200, deadline=None)
@given(
    pelvis=st.floats(-180, 180),
    hip=st.floats(*LIMITS["hip"]),
    knee=st.floats(*LIMITS["knee"]),
    shoulder=st.floats(*LIMITS["shoulder"]),
    elbow=st.floats(*LIMITS["elbow"]),
)
def test_forward_kinematics_keeps_lengths_for_any_angles(pelvis, hip, knee, shoulder, elbow):
    angles = {**NEUTRAL, "pelvis": pelvis, "hip_n": hip, "knee_n": knee, "shoulder_f": shoulder, "elbow_f": elbow}
    j = forward(angles, (0.3, 0.7))
    measured = segment_lengths(j, angles)
    for seg, length in EXPECTED.items():
        assert measured[seg] == pytest.approx(length, abs=1e-9)


@settings(max_examples=200, deadline=None)
@given(tx=st.floats(-0.8, 0.8), ty=st.floats(-0.85, 0.1))
def test_leg_inverse_kinematics_reaches_and_bends_the_knee_forward_only(tx, ty):
    angles = dict(NEUTRAL)
    hip = (0.0, 0.0)
    target = (tx, ty)
    solve_leg(angles, "n", hip, target)
    j = forward(angles)
    reach = LENGTHS["thigh"] + LENGTHS["shin"]
    d = dist(hip, target)
    if abs(LENGTHS["thigh"] - LENGTHS["shin"]) + 1e-3 < d < reach - 1e-3:
        assert dist(j["ankle_n"], target) < 1e-6
    assert -1e-9 <= angles["knee_n"] <= 180.0 + 1e-9


def test_arm_inverse_kinematics_bends_the_elbow_the_human_way():
    angles = dict(NEUTRAL)
    j = forward(angles)
    shoulder = j["shoulder"]
    target = (shoulder[0] + 0.3, shoulder[1] - 0.1)  # in front, a little below
    solve_arm(angles, "n", shoulder, target)
    j2 = forward(angles)
    assert dist(j2["wrist_n"], target) < 1e-6
    assert 0.0 < angles["elbow_n"] < 155.0


def test_two_bone_unreachable_target_straightens_toward_it():
    a1, a2 = two_bone((0.0, 0.0), (3.0, 0.0), 1.0, 1.0, bend=-1)
    assert a1 == pytest.approx(0.0, abs=0.01) and a2 == pytest.approx(0.0, abs=0.01)


def test_standing_is_upright_and_faces_right_on_the_floor():
    f = figure_sequence("standing").key_frame()
    j = f.joints
    assert j["head"][1] > j["neck"][1] > j["hip"][1] > j["knee_n"][1] > j["ankle_n"][1]
    assert j["toe_n"][0] > j["heel_n"][0]  # feet point right
    assert j["chin"][0] > j["head_base"][0]  # the face looks right
    assert 1.55 < f.content_bbox().y1 < 1.9  # about a person's height
    for contact, gap in figure_sequence("standing").contacts_at(1.0):
        assert abs(gap) < 0.002, contact


def test_lying_figures_rest_on_the_mat_and_standing_figures_on_the_floor():
    for name in ("supine-knees-bent", "prone", "bridge", "slr-start"):
        f = figure_sequence(name).key_frame()
        assert f.content_bbox().y1 < 0.9, name  # lying down
    for name in ("standing", "walking", "wall-sit", "quarter-squat"):
        f = figure_sequence(name).key_frame()
        assert f.content_bbox().y1 > 1.2, name


def test_knee_to_chest_brings_the_knee_toward_the_chest():
    seq = figure_sequence("knee-to-chest")
    start, key = seq.frame(0.0), seq.frame(1.0)
    assert dist(key.joints["knee_n"], key.joints["neck"]) < dist(start.joints["knee_n"], start.joints["neck"]) - 0.15
    assert dist(key.joints["wrist_n"], key.joints["knee_n"]) < 0.2  # hands hold the thigh


def test_raise_and_lower_figures_are_reverses():
    pairs = [("bridge", "bridge-lower"), ("straight-leg-raise", "straight-leg-lower"),
             ("prone-knee-bend", "prone-knee-lower"), ("wall-sit", "wall-rise"),
             ("quarter-squat", "quarter-squat-rise"), ("side-lying-knee-bend", "side-lying-knee-release")]
    for up, down in pairs:
        a, b = figure_sequence(up), figure_sequence(down)
        for t in (0.0, 0.3, 1.0):
            ja, jb = a.frame(t).joints, b.frame(1.0 - t).joints
            assert dist(ja["ankle_n"], jb["ankle_n"]) < 1e-9, (up, t)


def test_motion_arrows_point_the_way_the_body_moves():
    cases = {  # figure: (joint, axis, sign) of the key movement
        "bridge": ("hip", 1, +1), "bridge-lower": ("hip", 1, -1),
        "straight-leg-raise": ("ankle_n", 1, +1), "wall-sit": ("hip", 1, -1), "wall-rise": ("hip", 1, +1),
        "standing-march": ("knee_n", 1, +1), "prone-knee-bend": ("ankle_n", 1, +1),
    }
    for name, (joint, axis, sign) in cases.items():
        seq = figure_sequence(name)
        arrows = [p for p in seq.key_frame().primitives if isinstance(p, ArrowShape)]
        assert arrows, name
        a = arrows[0]
        motion = seq.frame(1.0).joints[joint][axis] - seq.frame(0.0).joints[joint][axis]
        arrow_dir = a.points[-1][axis] - a.points[0][axis]
        assert motion * sign > 0 and arrow_dir * sign > 0, name


def test_walking_loops_and_walks_forward():
    seq = figure_sequence("walking")
    assert seq.loop
    assert seq.frame(0.0).joints["ankle_n"] == pytest.approx(seq.frame(1.0).joints["ankle_n"])
    arrow = next(p for p in seq.key_frame().primitives if isinstance(p, ArrowShape))
    assert arrow.points[-1][0] > arrow.points[0][0]


def test_hold_figures_carry_a_hold_badge():
    for name in ("knee-to-chest-hold", "half-kneeling-lunge-hold", "wall-sit", "single-leg-stand"):
        prims = figure_sequence(name).key_frame().primitives
        assert any(p.part == "hold" for p in prims), name


# ---------------------------------------------------------------- mirroring
@pytest.mark.parametrize("name", ["knee-to-chest", "step-up", "side-lying-knee-bend"])
def test_mirroring_flips_every_primitive_horizontally(name):
    seq = figure_sequence(name)
    for t in (0.0, 0.5, 1.0):
        a, b = seq.frame(t), seq.frame(t, mirrored=True)
        assert b.mirrored and not a.mirrored
        assert b.bbox.x0 == pytest.approx(-a.bbox.x1) and b.bbox.y1 == pytest.approx(a.bbox.y1)
        assert len(a.primitives) == len(b.primitives)
        for p, q in zip(a.primitives, b.primitives, strict=True):
            assert type(p) is type(q) and p.layer == q.layer and p.role == q.role
            pa = sorted((round(x, 9), round(y, 9)) for x, y in p.outline())
            qa = sorted((round(-x, 9), round(y, 9)) for x, y in q.outline())
            assert [c for pt in pa for c in pt] == pytest.approx([c for pt in qa for c in pt], abs=1e-9)
        back = b.flipped().joints
        assert all(back[k] == pytest.approx(v) for k, v in a.joints.items())


def test_near_limbs_are_drawn_in_front_and_far_limbs_behind():
    prims = figure_sequence("walking").key_frame().primitives
    layers = [p.layer for p in prims]
    assert layers == sorted(layers)
    far = [p for p in prims if p.side == "far"]
    near = [p for p in prims if p.side == "near"]
    assert far and near and max(p.layer for p in far) < min(p.layer for p in near)


# ----------------------------------------------------------------- props
def test_props_offer_surfaces_and_shapes():
    from coach.core.figure.geometry import BBox

    box = BBox(-0.5, 0.0, 0.5, 1.8)
    for kind in ("floor", "mat", "wall", "step", "stairs", "chair", "pillow", "cushion", "incline", "plan_mat"):
        prop = Prop(kind)
        placed = build(prop, (0.0, 0.0), box)
        assert placed.shapes, kind
        assert placed.surfaces == surfaces_of(prop)
    stairs = build(Prop("stairs", opts={"n": 3}), (0.0, 0.0), box)
    assert [s.y for s in stairs.surfaces] == pytest.approx([0.17, 0.34, 0.51])
    assert "rail" in stairs.lines
    chair = build(Prop("chair"), (0.0, 0.0), box)
    assert "chair_top" in chair.points
    with pytest.raises(ValueError):
        surfaces_of(Prop("trampoline"))


# ----------------------------------------------------------------- timing
def test_engine_phases_map_to_figure_moments():
    assert phase_t("move", 0.0) == 0.0 and phase_t("move", 0.5) == 0.5 and phase_t("move", 1.0) == 1.0
    assert phase_t("hold", 0.3) == 1.0
    assert phase_t("release", 0.25) == 0.75 and phase_t("back", 1.0) == 0.0
    assert phase_t("rest", 0.5) == 0.0 and phase_t("check-in", 0.5) == 0.0
    assert phase_t("move", 7.0) == 1.0 and phase_t("move", float("nan")) == 0.0
    assert rep_t(1.5, move=3, hold=2, back=3) == 0.5
    assert rep_t(4.0, move=3, hold=2, back=3) == 1.0
    assert rep_t(6.5, move=3, hold=2, back=3) == pytest.approx(0.5)
    assert rep_t(99, move=3) == 0.0
    assert cycle_t(1.8, 1.2) == pytest.approx(0.5)
    assert cycle_t(5.0, 0.0) == 0.0


def test_frames_outside_zero_to_one_are_clamped():
    seq = figure_sequence("bridge")
    assert seq.frame(-3).joints == seq.frame(0).joints
    assert seq.frame(7).joints == seq.frame(1).joints
    assert seq.frame(float("nan")).joints == seq.frame(seq.key_t).joints


# ------------------------------------------------------------------- SVG
@pytest.mark.parametrize("name", ["knee-to-chest", "stairs-up", "side-lying"])
def test_svg_is_well_formed_and_titled(name):
    svg = frame_to_svg(figure_sequence(name).key_frame(), 300, title=f"Illustration: {name}")
    root = ET.fromstring(svg)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("width") == "300"
    paths = root.findall(".//{http://www.w3.org/2000/svg}path")
    assert len(paths) > 20
    assert root.find("{http://www.w3.org/2000/svg}title").text == f"Illustration: {name}"


def test_draw_plan_outlines_body_groups_and_keeps_the_arrow_on_top():
    ops = draw_ops(figure_sequence("bridge").key_frame())
    assert any(op.stroke and op.fill for op in ops)  # outlined shapes
    assert not ops[-1].closed or ops[-1].fill == ops[-1].stroke  # arrow head last


@pytest.mark.slow
def test_core_does_not_import_qt():
    import subprocess

    code = ("import sys, coach.core.figure as f; f.figure_sequence('bridge').key_frame(); "
            "bad=[m for m in sys.modules if m.split('.')[0] in ('PySide6','pyqtgraph','sqlite_utils')]; "
            "print(bad); sys.exit(1 if bad else 0)")
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stdout + r.stderr


def test_polygon_rounding_and_capsule_outline_are_closed_shapes():
    poly = Polygon(((0, 0), (1, 0), (1, 1), (0, 1)), "floor", 0, radius=0.2)
    pts = poly.outline()
    assert len(pts) > 8 and all(0 <= x <= 1 and 0 <= y <= 1 for x, y in pts)
    cap = Capsule((0, 0), (1, 0), 0.2, 0.1, "skin", 0)
    xs = [x for x, _ in cap.outline()]
    ys = [y for _, y in cap.outline()]
    assert min(xs) == pytest.approx(-0.2, abs=1e-3) and max(xs) == pytest.approx(1.1, abs=1e-3)
    assert max(ys) == pytest.approx(0.2, abs=0.01)


# ------------------------------------------------------------ readability
def _chest_angle(frame) -> float:
    a = frame.angles
    return a["pelvis"] - a["spine"]


def test_the_femoral_glide_is_drawn_from_the_side_with_steps_that_differ():
    start, bend, release = (figure_sequence(n) for n in ("side-lying", "side-lying-knee-bend",
                                                         "side-lying-knee-release"))
    for seq in (start, bend, release):
        parts = {p.part for p in seq.key_frame().primitives}
        assert "mat_edge" in parts and "floor" in parts  # a mat on the floor seen from the side, not from above
        assert "mat" in parts
    b, r = bend.key_frame(), release.key_frame()
    # the key pictures of step 2 and step 3 are clearly different: the heel near the buttock, then well away
    assert b.angles["knee_n"] - r.angles["knee_n"] > 40
    assert dist(b.joints["ankle_n"], b.joints["hip"]) < dist(r.joints["ankle_n"], r.joints["hip"]) - 0.15
    assert dist(b.joints["wrist_n"], b.joints["ankle_n"]) < 0.12  # the hand holds the ankle
    # and step 1 is different again: the top leg nearly straight
    assert start.key_frame().angles["knee_n"] < 30


@pytest.mark.parametrize("name", ["half-kneeling-lunge", "half-kneeling-lunge-hold", "standing-hip-flexor-stretch",
                                  "standing-hip-flexor-stretch-hold"])
def test_hip_flexor_stretches_keep_the_trunk_upright(name):
    seq = figure_sequence(name)
    for t in (0.0, 0.5, 1.0):
        assert abs(_chest_angle(seq.frame(t)) - 90) <= 4, (name, t)  # never leaning back, never arching
    key = seq.key_frame()
    assert key.angles["hip_n"] < -15  # the back hip is stretched


def test_standing_hip_flexor_stretch_needs_no_kneeling():
    key = figure_sequence("standing-hip-flexor-stretch").key_frame()
    assert key.joints["knee_n"][1] > 0.3 and key.joints["knee_f"][1] > 0.3  # both knees well off the floor
    assert key.joints["head"][1] > 1.4  # standing


def test_step_down_lowers_the_other_foot_while_the_working_leg_stays_on_the_step():
    seq = figure_sequence("step-down")
    key, start = seq.key_frame(), seq.frame(0.0)
    assert dist(key.joints["ankle_n"], start.joints["ankle_n"]) < 0.02  # the working leg stays on the step
    assert key.angles["knee_n"] > 40  # and bends to lower the body
    assert key.joints["toe_f"][1] < start.joints["toe_f"][1] - 0.12  # the other foot goes down first
    step_up = figure_sequence("step-up").key_frame()
    assert step_up.joints["ankle_n"][0] > step_up.joints["ankle_f"][0]  # the same (near) leg led the way up


def _program_figures() -> set[str]:
    names: set[str] = set()
    for path in PROGRAMS + [ROOT / "programs" / "library" / "exercises.toml"]:
        for _w, _e, _n, step in _program_steps(path):
            if step.get("figure"):
                names.add(step["figure"])
    return names


@pytest.mark.parametrize("name", sorted(_program_figures() - {"drawing-in"}))
def test_arrows_leave_no_stray_piece_of_a_foot_or_hand(name):
    """An arrow's halo crossing the end of a foot or hand would cut a stray piece of its outline off."""
    from coach.core.figure.arrows import HALO, _dense, clearance

    frame = figure_sequence(name).key_frame()
    small = [p for p in frame.primitives if isinstance(p, Capsule | Circle) and p.part.split("_")[0] in
             ("foot", "hand")]
    for a in (p for p in frame.primitives if isinstance(p, ArrowShape)):
        worst = min(min(clearance(p, small, a.width / 2 + HALO) for p in _dense(a.points)),
                    min(clearance(p, small, HALO) for p in a.head()))
        assert worst > -0.02, (name, worst)


def test_knee_to_chest_raised_foot_continues_the_shin():
    """The raised foot reads as a foot (relaxed, in line with the shin), not a dark bar standing up from it."""
    frame = figure_sequence("knee-to-chest").key_frame()
    from coach.core.figure.body import absolute_angles

    ab = absolute_angles(frame.angles)
    turn = (ab["foot_n"] - ab["shin_n"]) % 360
    assert turn < 60  # a foot at right angles to a horizontal shin points at the ceiling


def test_every_figure_is_listed_in_the_program_format_readme():
    readme = (ROOT / "programs" / "README.md").read_text(encoding="utf-8")
    missing = [n for n in NAMES if f"| `{n}` |" not in readme]
    assert not missing, f"add these figures to the Figures table of programs/README.md: {missing}"
