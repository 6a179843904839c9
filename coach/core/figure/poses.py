"""The pose library and every named figure sequence.

Each figure is "start pose → key pose" (the key pose, usually the last
keyframe, is the static picture). Lying figures put the head on the left
(on the back) or on the right (face down); standing figures face right.
The near-side leg (``_n``) is the one that works when only one leg moves, so
it is drawn in front; mirroring shows the other side.
"""

from __future__ import annotations

from coach.core.i18n import QT_TRANSLATE_NOOP

from .props import Prop
from .registry import register
from .spec import Adjust, Contact, Grip, Hold, Line, Pose, SequenceSpec, Track, pose

FLOOR = Prop("floor")
MAT = Prop("mat")

BOTH_LEGS_FLOOR = {"leg_n": "floor", "leg_f": "floor"}
BOTH_LEGS_MAT = {"leg_n": "mat", "leg_f": "mat"}
BOTH_ARMS_MAT = {"arm_n": "mat", "arm_f": "mat"}


def figure(name: str, title: str, description: str, keyframes: tuple[Pose, ...] | list[Pose], *,
           props: tuple[Prop, ...] = (), arrows: tuple = (), **kw: object) -> None:
    register(SequenceSpec(name, title, description, tuple(keyframes), props=props, arrows=arrows,
                          **kw))  # type: ignore[arg-type]


# ===================================================================== standing
STAND = pose(
    pelvis=90, spine=2, neck=-2,
    hip_n=2, hip_f=-2, knee_n=2, knee_f=2, ankle_n=0, ankle_f=0,
    shoulder_n=6, shoulder_f=-6, elbow_n=14, elbow_f=10,
    ground=(Contact("feet", "floor"),), anchor=("ankle_f", 0.0), reach=BOTH_LEGS_FLOOR,
)

# Walking: a stride, the passing moment, the other stride (the figure walks on the spot).
STRIDE = STAND.but(
    spine=4, hip_n=24, knee_n=4, ankle_n=8, hip_f=-16, knee_f=14, ankle_f=-12,
    shoulder_n=-22, shoulder_f=24, elbow_n=18, elbow_f=22,
    reach={"leg_n": None, "leg_f": None}, anchor=("hip", 0.0),
)
PASSING = STRIDE.but(
    hip_n=-4, knee_n=4, ankle_n=0, hip_f=24, knee_f=62, ankle_f=-4,
    shoulder_n=-2, shoulder_f=4, elbow_n=16, elbow_f=16,
)


def _swap(p: Pose) -> Pose:
    """The same pose with near and far limbs exchanged."""
    a = dict(p.angles)
    for j in ("hip", "knee", "ankle", "shoulder", "elbow", "wrist"):
        a[f"{j}_n"], a[f"{j}_f"] = p.angles[f"{j}_f"], p.angles[f"{j}_n"]
    return Pose(a, p.ground, p.anchor, p.reach, p.grip, p.hold, p.adjust)


STRIDE_B = _swap(STRIDE)
PASSING_B = _swap(PASSING)

figure("standing", QT_TRANSLATE_NOOP("figures", "Standing tall"), "A person standing tall, shoulders relaxed, looking ahead.",
       [STAND], props=(FLOOR,))
figure("walking", QT_TRANSLATE_NOOP("figures", "Walking"), "A person walking at an easy pace on flat ground, arms swinging.",
       [STRIDE, PASSING, STRIDE_B, PASSING_B, STRIDE], props=(FLOOR,),
       arrows=(Line("hip", (0.42, 0.08), (0.78, 0.08)),), key=0, loop=True, ease="linear")

INCLINE_DEG = 8.0
UPHILL = {"pelvis": 86, "spine": 6}
figure("walking-incline", QT_TRANSLATE_NOOP("figures", "Walking uphill"), "A person walking up a gentle slope, leaning slightly forward.",
       [STRIDE.but(**UPHILL, ankle_n=14, ankle_f=-6), PASSING.but(**UPHILL, ankle_f=4),
        STRIDE_B.but(**UPHILL, ankle_f=14, ankle_n=-6), PASSING_B.but(**UPHILL, ankle_n=4),
        STRIDE.but(**UPHILL, ankle_n=14, ankle_f=-6)],
       props=(Prop("incline", dx=0.0, opts={"degrees": INCLINE_DEG}),),
       arrows=(Line("hip", (0.42, 0.1), (0.78, 0.1 + 0.36 * 0.1405)),), key=0, loop=True, ease="linear")

# Standing next to a chair (its back beside the hip), the far hand on the chair back.
CHAIR_BESIDE = Prop("chair", ref="hip", dx=0.38, opts={"back": "left", "solid": 0.0})
ON_CHAIR = {"arm_f": Hold("chair_top", lift=0.035, hand=-4.0)}
SUPPORT = STAND.but(hold=ON_CHAIR)
figure("standing-support", QT_TRANSLATE_NOOP("figures", "Standing with support"), "A person standing tall beside a chair, one hand on its back.",
       [SUPPORT], props=(FLOOR, CHAIR_BESIDE))
MARCH = SUPPORT.but(hip_n=88, knee_n=92, ankle_n=-12, reach={"leg_n": None}, ground=(Contact("foot_f", "floor"),))
figure("standing-march", QT_TRANSLATE_NOOP("figures", "Standing march"), "Holding a chair, the person lifts one knee to hip height.",
       [SUPPORT, MARCH], props=(FLOOR, CHAIR_BESIDE), arrows=(Line("knee_n", (0.2, -0.36), (0.17, -0.06), bend=-0.03),))
ONE_LEG = SUPPORT.but(hip_n=34, knee_n=52, ankle_n=-8, reach={"leg_n": None}, ground=(Contact("foot_f", "floor"),))
figure("single-leg-stand", QT_TRANSLATE_NOOP("figures", "Single-leg balance"), "Holding a chair, the person lifts one foot a little and balances.",
       [SUPPORT, ONE_LEG], props=(FLOOR, CHAIR_BESIDE), arrows=(Line("ankle_n", (0.16, -0.12), (0.16, 0.06)),),
       hold=True, badge=("head", -0.3, 0.05))

# Mini squats.
SQUAT_STAND = STAND.but(shoulder_n=82, shoulder_f=86, elbow_n=6, elbow_f=6)
QUARTER = SQUAT_STAND.but(pelvis=72, spine=6, hip_n=52, hip_f=52, knee_n=48, knee_f=48, ankle_n=14, ankle_f=14,
                          shoulder_n=94, shoulder_f=98)
figure("squat-stand", QT_TRANSLATE_NOOP("figures", "Ready to squat"), "Standing, feet hip-width apart, arms forward for balance.",
       [SQUAT_STAND], props=(FLOOR,))
figure("quarter-squat", QT_TRANSLATE_NOOP("figures", "Quarter squat"), "Bending hips and knees a little, chest up, weight in the heels.",
       [SQUAT_STAND, QUARTER], props=(FLOOR,), arrows=(Line("hip", (-0.17, 0.26), (-0.3, 0.04), bend=0.03),),
       plant=("leg_n", "leg_f"))
figure("quarter-squat-rise", QT_TRANSLATE_NOOP("figures", "Rising from the squat"), "Straightening back up from a quarter squat.",
       [SQUAT_STAND, QUARTER], props=(FLOOR,), arrows=(Line("hip", (-0.28, -0.2), (-0.2, 0.06), bend=-0.03),),
       plant=("leg_n", "leg_f"), reverse=True)

# Wall sits: the back on the wall, the feet a step away from it.
WALL = Prop("wall", dx=0.0)
WALL_STAND = STAND.but(
    pelvis=93, spine=-2, neck=-4, hip_n=12, hip_f=12, knee_n=2, knee_f=2, ankle_n=-14, ankle_f=-14,
    shoulder_n=4, shoulder_f=4, elbow_n=8, elbow_f=8,
    ground=(Contact("back", "wall"), Contact("feet", "floor")),
)
WALL_SIT = WALL_STAND.but(pelvis=92, spine=0, hip_n=72, hip_f=72, knee_n=66, knee_f=66, ankle_n=-6,
                          ankle_f=-6, shoulder_n=10, shoulder_f=10, elbow_n=20, elbow_f=20)
figure("wall-stand", QT_TRANSLATE_NOOP("figures", "Back against the wall"), "Standing with the back against a wall, feet a step away from it.",
       [WALL_STAND], props=(FLOOR, WALL))
figure("wall-sit", QT_TRANSLATE_NOOP("figures", "Wall sit"), "Sliding down the wall into a shallow sit.",
       [WALL_STAND, WALL_SIT], props=(FLOOR, WALL), arrows=(Track("hip", offset=0.2, side=-1),),
       plant=("leg_n", "leg_f"), hold=True, badge=("knee_n", 0.05, 0.45))
figure("wall-rise", QT_TRANSLATE_NOOP("figures", "Sliding back up"), "Pushing through the heels to slide back up the wall.",
       [WALL_STAND, WALL_SIT], props=(FLOOR, WALL), arrows=(Track("hip", offset=0.2, side=1),),
       plant=("leg_n", "leg_f"), reverse=True)

# Step-ups onto a low step in front.
STEP = Prop("step", dx=0.27)
STEP_STAND = STAND
STEP_LIFT = STAND.but(spine=6, hip_n=56, knee_n=112, ankle_n=-10, shoulder_n=-6, shoulder_f=10,
                      reach={"leg_n": None}, ground=(Contact("foot_f", "floor"),))
STEP_PLACE = STAND.but(spine=8, hip_n=62, knee_n=84, ankle_n=8, shoulder_n=-8, shoulder_f=12,
                       reach={"leg_n": "step", "leg_f": "floor"})
STEP_RISE = STAND.but(
    pelvis=86, spine=6, hip_n=10, knee_n=8, ankle_n=-4, hip_f=18, knee_f=70, ankle_f=-24,
    shoulder_n=10, shoulder_f=-10, ground=(Contact("foot_n", "step"),), anchor=("ankle_n", None),
    reach={"leg_n": "step", "leg_f": None},
)
figure("step-stand", QT_TRANSLATE_NOOP("figures", "Facing the step"), "Standing tall in front of a low, stable step.",
       [STEP_STAND], props=(FLOOR, STEP))
figure("step-up", QT_TRANSLATE_NOOP("figures", "Step up"), "Stepping up onto the step with one foot, then straightening that leg.",
       [STEP_STAND, STEP_LIFT, STEP_PLACE, STEP_RISE], times=(0.0, 0.25, 0.45, 1.0), props=(FLOOR, STEP),
       arrows=(Line("ankle_n", (0.2, 0.3), (0.46, 0.48)),), plant=("leg_n",))
ON_STEP = STAND.but(ground=(Contact("feet", "step"),), anchor=("ankle_f", 0.45),
                    reach={"leg_n": "step", "leg_f": "step"})
# Stepping down with control: the working (near) leg stays on the step and bends to lower the body; the
# other (far) foot goes down first.
STEP_LOWER = ON_STEP.but(pelvis=84, spine=6, hip_n=38, knee_n=56, ankle_n=18, hip_f=-14, knee_f=4, ankle_f=-30,
                         ground=(Contact("foot_n", "step"),), anchor=("ankle_n", 0.45),
                         reach={"leg_f": None, "leg_n": "step"})
STEP_LIFT = ON_STEP.but(pelvis=86, spine=4, hip_n=14, knee_n=20, ankle_n=8, hip_f=-4, knee_f=76, ankle_f=5,
                        ground=(Contact("foot_n", "step"),), anchor=("ankle_n", 0.45),
                        reach={"leg_f": None, "leg_n": "step"})
figure("step-down", QT_TRANSLATE_NOOP("figures", "Step down"), "Stepping slowly back down from the step: the leg on the step bends to lower "
       "the body while the other foot goes down first.",
       [ON_STEP, STEP_LIFT, STEP_LOWER], times=(0.0, 0.4, 1.0), props=(FLOOR, STEP),
       arrows=(Line("ankle_f", (0.02, 0.34), (-0.16, 0.12), bend=0.04),), plant=("leg_n",))

# Stairs with a rail (the far hand on it).
STAIRS_UP = Prop("stairs", dx=-0.09, opts={"n": 4})
RAIL = {"arm_f": Hold("rail", dx=0.18, lift=0.02)}
STAIR_ON_1 = STAND.but(hip_n=-1, hip_f=-1, ground=(Contact("feet", "stair1"),),
                       reach={"leg_n": "stair1", "leg_f": "stair1"},
                       hold=RAIL)
STAIR_LIFT = STAIR_ON_1.but(spine=6, hip_n=60, knee_n=118, ankle_n=-10, reach={"leg_n": None},
                            ground=(Contact("foot_f", "stair1"),))
STAIR_PLACE = STAIR_ON_1.but(spine=8, hip_n=60, knee_n=80, ankle_n=6, reach={"leg_n": "stair2"})
STAIR_RISE = STAIR_ON_1.but(
    pelvis=86, spine=6, hip_n=12, knee_n=10, ankle_n=-4, hip_f=22, knee_f=74, ankle_f=-24,
    ground=(Contact("foot_n", "stair2"),), anchor=("ankle_n", None), reach={"leg_n": "stair2", "leg_f": None},
)
figure("stairs-up", QT_TRANSLATE_NOOP("figures", "Going up stairs"), "Holding the rail, stepping up with the stronger leg, then bringing the other "
       "to the same stair.", [STAIR_ON_1, STAIR_LIFT, STAIR_PLACE, STAIR_RISE], times=(0.0, 0.25, 0.45, 1.0),
       props=(FLOOR, STAIRS_UP), arrows=(Line("ankle_n", (0.22, 0.26), (0.5, 0.42)),), plant=("leg_n",))

STAIRS_DOWN = Prop("stairs", dx=0.78, opts={"n": 4, "dir": -1})
RAIL_DOWN = {"arm_f": Hold("rail", dx=0.2, lift=0.02)}
STAIR_TOP = STAND.but(hip_n=-1, hip_f=-1, ground=(Contact("feet", "stair3"),),
                      reach={"leg_n": "stair3", "leg_f": "stair3"},
                      hold=RAIL_DOWN)
STAIR_REACH = STAIR_TOP.but(pelvis=88, spine=6, hip_f=16, knee_f=26, ankle_f=10, hip_n=40, knee_n=24, ankle_n=-4,
                            ground=(Contact("foot_f", "stair3"),), reach={"leg_n": None, "leg_f": "stair3"})
STAIR_LOWER = STAIR_TOP.but(pelvis=86, spine=8, hip_f=34, knee_f=58, ankle_f=22, hip_n=26, knee_n=8, ankle_n=-14,
                            ground=(Contact("foot_f", "stair3"),), reach={"leg_n": "stair2", "leg_f": "stair3"})
figure("stairs-down", QT_TRANSLATE_NOOP("figures", "Going down stairs"), "Holding the rail, stepping down slowly, the sorer leg leading.",
       [STAIR_TOP, STAIR_REACH, STAIR_LOWER], times=(0.0, 0.45, 1.0), props=(FLOOR, STAIRS_DOWN),
       arrows=(Line("ankle_n", (0.2, 0.42), (0.46, 0.26)),),
       plant=("leg_f",))

# Chair: sitting, and rising to stand.
CHAIR_BEHIND = Prop("chair", ref="ankle_f", dx=-0.46, opts={"back": "left"})
HANDS_ON_THIGHS = {"arm_n": Grip("thigh_n", 0.72, 1.0), "arm_f": Grip("thigh_f", 0.62, 1.0)}
SIT = STAND.but(
    pelvis=92, spine=4, neck=-2, hip_n=88, hip_f=88, knee_n=86, knee_f=86, ankle_n=0, ankle_f=0,
    ground=(Contact("pelvis", "seat"),), anchor=("ankle_f", 0.0), reach=BOTH_LEGS_FLOOR, grip=HANDS_ON_THIGHS,
)
LEAN = SIT.but(pelvis=52, spine=10, hip_n=118, hip_f=118, knee_n=92, knee_f=92, grip={},
               shoulder_n=60, shoulder_f=66, elbow_n=20, elbow_f=20,
               ground=(Contact("feet", "floor"),))
figure("chair-sit", QT_TRANSLATE_NOOP("figures", "Sitting on a chair"), "Sitting tall on a chair, feet flat on the floor, hands on the thighs.",
       [SIT], props=(FLOOR, CHAIR_BEHIND))
figure("sit-to-stand", QT_TRANSLATE_NOOP("figures", "Sit to stand"), "Leaning forward and rising from the chair to standing, slowly.",
       [SIT, LEAN, STAND], times=(0.0, 0.4, 1.0), props=(FLOOR, CHAIR_BEHIND),
       arrows=(Track("hip", offset=0.16, side=1, t0=0.15),), plant=("leg_n", "leg_f"))

# Half kneeling: the near knee on a cushion, the far foot forward.
CUSHION = Prop("cushion", ref="knee_n")
HANDS_ON_KNEE = {"arm_n": Grip("thigh_f", 0.86, 1.0), "arm_f": Grip("thigh_f", 0.78, 1.0)}
HALF_KNEEL = pose(
    pelvis=90, spine=2, neck=-2, hip_n=-4, knee_n=92, ankle_n=-55, hip_f=84, knee_f=86, ankle_f=0,
    ground=(Contact("knee_n", "cushion"),), anchor=("knee_n", 0.0), reach={"leg_f": "floor"},
    grip=HANDS_ON_KNEE, adjust=Adjust("knee_n", Contact("foot_n", "floor"), 60.0, 130.0),
)
# The stretch: the tailbone tucked under (the pelvis tips back) while the trunk stays upright (the spine makes
# up the tilt), the weight shifted forward over the front foot; never an arched lower back.
LUNGE = HALF_KNEEL.but(pelvis=95, spine=5, neck=2, hip_n=-20, knee_n=78, hip_f=66, knee_f=100)
figure("half-kneeling", QT_TRANSLATE_NOOP("figures", "Half kneeling"), "Kneeling on one knee on a cushion, the other foot flat in front.",
       [HALF_KNEEL], props=(FLOOR, CUSHION))
figure("half-kneeling-lunge", QT_TRANSLATE_NOOP("figures", "Hip flexor stretch"), "Tucking the tailbone under and shifting forward to stretch the "
       "front of the back hip.", [HALF_KNEEL, LUNGE], props=(FLOOR, CUSHION),
       arrows=(Line("hip", (-0.46, 0.02), (-0.17, 0.02)),), plant=("leg_f",))
figure("half-kneeling-lunge-hold", QT_TRANSLATE_NOOP("figures", "Hold the stretch"), "Holding the gentle lunge, then shifting back to the start.",
       [HALF_KNEEL, LUNGE], props=(FLOOR, CUSHION),
       arrows=(Line("hip", (-0.17, 0.02), (-0.52, 0.02), dashed=True),), plant=("leg_f",), hold=True,
       badge=("head", 0.3, 0.1))

# The standing hip flexor stretch (for someone who cannot kneel): holding a chair beside them, the leg to
# stretch a step behind (the near leg, heel up), then the tailbone tucked and the front knee bent a little,
# the trunk upright, the weight shifting forward.
CHAIR_AHEAD = Prop("chair", ref="hip", dx=0.5, opts={"back": "left", "solid": 0.0})
# the back foot rests on its toes, heel up (a flat foot would bend the ankle past its range)
SPLIT = SUPPORT.but(hip_n=-22, knee_n=12, ankle_n=0, hip_f=14, knee_f=16, ankle_f=-10, shoulder_f=30,
                    anchor=("ankle_f", 0.0), reach={"leg_n": None, "leg_f": "floor"},
                    ground=(Contact("foot_f", "floor"),))
SPLIT_STRETCH = SPLIT.but(pelvis=94, spine=4, neck=2, hip_n=-28, knee_n=12, ankle_n=26, hip_f=30, knee_f=50,
                          ankle_f=-4)
figure("standing-split-stance", QT_TRANSLATE_NOOP("figures", "Standing, one foot back"), "Standing tall holding a chair, one foot a step "
       "behind the other.", [SUPPORT.but(shoulder_f=30),
                             SPLIT.but(hip_n=4, knee_n=56, ankle_n=14, hip_f=6, knee_f=6), SPLIT],
       times=(0.0, 0.45, 1.0), props=(FLOOR, CHAIR_AHEAD), plant=("leg_f",),
       arrows=(Line("ankle_n", (0.02, 0.14), (-0.26, 0.14)),))
figure("standing-hip-flexor-stretch", QT_TRANSLATE_NOOP("figures", "Standing hip flexor stretch"), "Holding a chair, one foot back: tucking "
       "the tailbone under and bending the front knee a little, trunk upright, to stretch the front of the back "
       "hip.", [SPLIT, SPLIT_STRETCH], props=(FLOOR, CHAIR_AHEAD), plant=("leg_f",),
       arrows=(Line("hip", (-0.3, 0.0), (-0.02, 0.0)),))
figure("standing-hip-flexor-stretch-hold", QT_TRANSLATE_NOOP("figures", "Hold the stretch"), "Holding the gentle stretch standing, trunk "
       "upright, then stepping back together.", [SPLIT, SPLIT_STRETCH], props=(FLOOR, CHAIR_AHEAD),
       plant=("leg_f",), arrows=(Line("hip", (-0.02, 0.0), (-0.34, 0.0), dashed=True),), hold=True,
       badge=("head", -0.3, 0.05))

# ==================================================================== lying down
# On the back: the head on the left, the shoulders stay put.
SUPINE = pose(
    pelvis=180, spine=0, neck=0, hip_n=0, hip_f=0, knee_n=0, knee_f=0, ankle_n=0, ankle_f=0,
    shoulder_n=8, shoulder_f=8, elbow_n=6, elbow_f=6, wrist_n=0, wrist_f=0,
    ground=(Contact("back", "mat"),), anchor=("shoulder", 0.0), reach=BOTH_ARMS_MAT,
    adjust=Adjust("neck", Contact("head", "mat"), -40.0, 30.0),
)
CROOK = SUPINE.but(hip_n=48, hip_f=48, knee_n=96, knee_f=96, ankle_n=-44, ankle_f=-44,
                   reach={**BOTH_ARMS_MAT, **BOTH_LEGS_MAT})
BEHIND_THIGH = {"arm_n": Grip("thigh_n", 0.84, -1.0), "arm_f": Grip("thigh_n", 0.74, -1.0)}
KNEE_HUG = CROOK.but(hip_n=118, knee_n=120, ankle_n=-48, reach={"leg_n": None, "arm_n": None, "arm_f": None},
                     grip=BEHIND_THIGH)
KNEE_HUG_START = CROOK.but(hip_n=70, knee_n=100, ankle_n=-30, reach={"leg_n": None, "arm_n": None, "arm_f": None},
                           grip=BEHIND_THIGH)
figure("supine-knees-bent", QT_TRANSLATE_NOOP("figures", "Lying on the back"), "Lying on the back on a mat, knees bent, feet flat.",
       [CROOK], props=(FLOOR, MAT))
figure("knee-to-chest", QT_TRANSLATE_NOOP("figures", "Knee to chest"), "Lying on the back, holding behind one thigh and drawing that knee toward "
       "the chest.", [CROOK, KNEE_HUG], props=(FLOOR, MAT), arrows=(Track("knee_n", offset=0.15),),
       plant=("leg_f",))
figure("knee-to-chest-hold", QT_TRANSLATE_NOOP("figures", "Hold the knee"), "Holding the knee gently toward the chest, then lowering the foot back "
       "to the mat.", [CROOK, KNEE_HUG], props=(FLOOR, MAT),
       arrows=(Track("ankle_n", t0=1.0, t1=0.0, offset=0.18, dashed=True),), plant=("leg_f",), hold=True,
       badge=("knee_n", 0.2, 0.25))

BRIDGE = CROOK.but(pelvis=204, spine=-2, hip_n=2, hip_f=2, knee_n=98, knee_f=98, ground=(Contact("trunk", "mat"),),
                   shoulder_n=-30, shoulder_f=-30,
                   adjust=Adjust("neck", Contact("upper_back", "mat"), -20.0, 60.0))
figure("bridge", QT_TRANSLATE_NOOP("figures", "Bridge"), "Lying on the back, knees bent, lifting the hips until the body is straight from "
       "shoulders to knees.", [CROOK, BRIDGE], props=(FLOOR, MAT), arrows=(Track("hip", offset=0.2, side=-1),),
       plant=("leg_n", "leg_f"))
figure("bridge-lower", QT_TRANSLATE_NOOP("figures", "Lowering the bridge"), "Lowering the hips slowly back to the mat.",
       [CROOK, BRIDGE], props=(FLOOR, MAT), arrows=(Track("hip", offset=0.2, side=1),),
       plant=("leg_n", "leg_f"), reverse=True)

SLR_START = CROOK.but(hip_n=-2, knee_n=0, ankle_n=4, reach={"leg_n": None})
SLR_UP = SLR_START.but(hip_n=16)
figure("slr-start", QT_TRANSLATE_NOOP("figures", "Ready for a leg raise"), "Lying on the back, one knee bent and the other leg straight.",
       [SLR_START], props=(FLOOR, MAT))
figure("straight-leg-raise", QT_TRANSLATE_NOOP("figures", "Straight leg raise"), "Lifting the straight leg 6 to 8 inches off the mat.",
       [SLR_START, SLR_UP], props=(FLOOR, MAT), arrows=(Track("ankle_n", offset=0.12, side=1),), plant=("leg_f",))
figure("straight-leg-lower", QT_TRANSLATE_NOOP("figures", "Lowering the leg"), "Lowering the straight leg slowly back to the mat.",
       [SLR_START, SLR_UP], props=(FLOOR, MAT), arrows=(Track("ankle_n", offset=0.12, side=-1),), plant=("leg_f",),
       reverse=True)

# Face down: the head on the right, the forehead resting on the hands.
PRONE = pose(
    pelvis=0, spine=0, neck=-6, hip_n=0, hip_f=0, knee_n=2, knee_f=2, ankle_n=-58, ankle_f=-58,
    shoulder_n=150, shoulder_f=150, elbow_n=20, elbow_f=20, wrist_n=0, wrist_f=0, out_n=68, out_f=68,
    ground=(Contact("back", "mat"),), anchor=("hip", 0.0), reach=BOTH_ARMS_MAT,
)
PRONE_BEND = PRONE.but(knee_n=100, ankle_n=-20)
figure("prone", QT_TRANSLATE_NOOP("figures", "Lying face down"), "Lying face down on a mat, the forehead resting on the hands.",
       [PRONE], props=(FLOOR, MAT))
figure("prone-knee-bend", QT_TRANSLATE_NOOP("figures", "Prone knee bend"), "Lying face down, slowly bending one knee to bring the heel toward the "
       "buttock.", [PRONE, PRONE_BEND], props=(FLOOR, MAT), arrows=(Track("ankle_n", offset=0.2),))
figure("prone-knee-lower", QT_TRANSLATE_NOOP("figures", "Lowering the foot"), "Lying face down, lowering the foot slowly back to the mat.",
       [PRONE, PRONE_BEND], props=(FLOOR, MAT), arrows=(Track("ankle_n", offset=0.2),), reverse=True)

PRESS_START = PRONE.but(neck=-4, shoulder_n=148, shoulder_f=148, elbow_n=0, elbow_f=0, out_n=72, out_f=72,
                        wrist_n=32, wrist_f=32)
PRESS_UP = PRESS_START.but(spine=-48, neck=-14, pelvis=20, hip_n=-20, hip_f=-20, out_n=0, out_f=0,
                           ground=(Contact("pelvis", "mat"),))
figure("prone-press-up", QT_TRANSLATE_NOOP("figures", "Prone press-up"), "Lying face down and pushing the chest up on the hands, hips staying on "
       "the mat.", [PRESS_START, PRESS_UP], props=(FLOOR, MAT), arrows=(Track("neck", offset=0.16),),
       plant=("arm_n", "arm_f"))

# Lying on the side, as exercise sheets draw it: from the side and a little above, so that a knee bending
# back (heel toward the buttock) shows: the head on the right on a pillow, the face toward the viewer (the
# bottom of the picture), the back away from the viewer (the top); the near (top) leg does the work, the far
# (bottom) knee is bent forward for balance, the bottom arm under the pillow.
SIDE = pose(
    pelvis=0, spine=4, neck=6, hip_n=8, knee_n=12, ankle_n=-24, hip_f=55, knee_f=80, ankle_f=-20,
    shoulder_n=14, elbow_n=24, wrist_n=0, shoulder_f=100, elbow_f=120, anchor=("hip", 0.0),
)
SIDE_PROPS = (Prop("lying_mat"), Prop("lying_pillow", ref="head", dx=0.03, opts={"dy": 0.02}))
AT_ANKLE = {"arm_n": Grip("shin_n", 0.92, -1.0)}
# the glide: the top hand holds the ankle; the knee bends back, heel toward the buttock, as the thigh goes a
# little behind the body (the pull at the front of the thigh), then eases forward again
SIDE_HOLD = SIDE.but(spine=-2, hip_n=18, knee_n=96, ankle_n=-25, grip=AT_ANKLE)
SIDE_BEND = SIDE.but(spine=-8, hip_n=-14, knee_n=148, ankle_n=-30, grip=AT_ANKLE)
figure("side-lying", QT_TRANSLATE_NOOP("figures", "Lying on the side"), "Lying on the side, head on a pillow, the bottom knee bent for balance.",
       [SIDE], props=SIDE_PROPS, plan_view=True)
figure("side-lying-knee-bend", QT_TRANSLATE_NOOP("figures", "Side-lying knee bend"), "Lying on the side, holding the top ankle and bending that "
       "knee back, heel toward the buttock.", [SIDE_HOLD, SIDE_BEND], props=SIDE_PROPS,
       arrows=(Track("ankle_n", offset=0.13),), plan_view=True)
figure("side-lying-knee-release", QT_TRANSLATE_NOOP("figures", "Easing the leg forward"), "Lying on the side, easing the top leg forward "
       "again, the knee less bent.", [SIDE_HOLD, SIDE_BEND], props=SIDE_PROPS,
       arrows=(Track("ankle_n", offset=0.13),), plan_view=True, reverse=True)

# ================================================================ exercise library
figure("drawing-in", QT_TRANSLATE_NOOP("figures", "Drawing in"), "Lying on the back, knees bent, gently drawing the belly in.",
       [CROOK.but(grip={"arm_n": Grip("pelvis", 0.65, -1.0), "arm_f": Grip("pelvis", 0.85, -1.0)},
                  reach={"arm_n": None, "arm_f": None}, out_n=40, out_f=40)],
       props=(FLOOR, MAT), arrows=(Line("waist", (0.07, 0.36), (0.07, 0.2)),), hold=True, badge=("head", 0.0, 0.3))

FOREARM_PLANK = pose(
    pelvis=8, spine=0, neck=-4, hip_n=0, hip_f=0, knee_n=0, knee_f=0, ankle_n=0, ankle_f=0,
    shoulder_n=82, shoulder_f=82, elbow_n=90, elbow_f=90, wrist_n=0, wrist_f=0,
    ground=(Contact("forearms", "mat"),), anchor=("elbow_n", 0.0),
    adjust=Adjust("pelvis", Contact("toes", "mat"), -10.0, 40.0),
)
KNEE_PLANK = FOREARM_PLANK.but(hip_n=30, hip_f=30, knee_n=100, knee_f=100, ankle_n=-50, ankle_f=-50,
                               adjust=Adjust("pelvis", Contact("knees", "mat"), -10.0, 60.0))
figure("plank", QT_TRANSLATE_NOOP("figures", "Plank"), "Resting on the forearms and toes, the body in a straight line (or from the knees).",
       [KNEE_PLANK, FOREARM_PLANK], props=(FLOOR, MAT), hold=True,
       badge=("hip", 0.0, 0.4))

HAM_UP = CROOK.but(hip_n=74, knee_n=6, ankle_n=-4, reach={"leg_n": None, "arm_n": None, "arm_f": None},
                   grip={"arm_n": Grip("thigh_n", 0.8, -1.0), "arm_f": Grip("thigh_n", 0.68, -1.0)})
HAM_START = CROOK.but(hip_n=80, knee_n=80, ankle_n=-20, reach={"leg_n": None, "arm_n": None, "arm_f": None},
                      grip={"arm_n": Grip("thigh_n", 0.8, -1.0), "arm_f": Grip("thigh_n", 0.68, -1.0)})
figure("hamstring-stretch", QT_TRANSLATE_NOOP("figures", "Hamstring stretch"), "Lying on the back, holding behind one thigh and straightening that "
       "leg up toward the ceiling.", [HAM_START, HAM_UP], props=(FLOOR, MAT), arrows=(Track("ankle_n", offset=0.14),),
       plant=("leg_f",), hold=True, badge=("head", 0.1, 0.35))

BOTH_HUG = CROOK.but(hip_n=120, hip_f=116, knee_n=120, knee_f=120, ankle_n=-48, ankle_f=-48,
                     reach={"leg_n": None, "leg_f": None, "arm_n": None, "arm_f": None},
                     grip={"arm_n": Grip("shin_n", 0.18, 1.0), "arm_f": Grip("shin_f", 0.28, 1.0)})
figure("lumbar-flexion-stretch", QT_TRANSLATE_NOOP("figures", "Knees to chest"), "Lying on the back, hugging both knees toward the chest.",
       [CROOK, BOTH_HUG], props=(FLOOR, MAT), arrows=(Track("knee_n", offset=0.16),), hold=True,
       badge=("head", 0.1, 0.35))

ACROSS_KNEE = {"leg_n": Grip("thigh_f", 0.9, 1.0)}
FIGURE4 = CROOK.but(hip_n=70, knee_n=90, ankle_n=-10, turn_n=62, reach={"leg_n": None}, grip=ACROSS_KNEE)
FIGURE4_PULL = FIGURE4.but(hip_f=96, knee_f=96, ankle_f=-20, hip_n=100,
                           reach={"leg_f": None, "arm_n": None, "arm_f": None},
                           grip={**ACROSS_KNEE, "arm_n": Grip("thigh_f", 0.62, -1.0),
                                 "arm_f": Grip("thigh_f", 0.52, -1.0)})
figure("piriformis-stretch", QT_TRANSLATE_NOOP("figures", "Piriformis stretch"), "Lying on the back, one ankle crossed over the other knee, pulling "
       "that thigh toward the chest.", [FIGURE4, FIGURE4_PULL], props=(FLOOR, MAT),
       arrows=(Track("knee_f", offset=0.16),), hold=True, badge=("head", 0.1, 0.35))

def _all_fours(pelvis: float, spine: float, neck: float) -> Pose:
    """On hands and knees: thighs upright whatever the pelvis does."""
    return pose(
        pelvis=pelvis, spine=spine, neck=neck, hip_n=90 - pelvis, hip_f=90 - pelvis, knee_n=91, knee_f=91,
        ankle_n=-60, ankle_f=-60, shoulder_n=90 - pelvis + spine, shoulder_f=90 - pelvis + spine,
        wrist_n=88, wrist_f=88,
        ground=(Contact("knees", "mat"),), anchor=("knee_n", 0.0), reach=BOTH_ARMS_MAT,
    )


CAT = _all_fours(30, 30, 34)
COW = _all_fours(-4, -16, -22)
figure("cat-camel", QT_TRANSLATE_NOOP("figures", "Cat and camel"), "On hands and knees, gently rounding the back up, then letting it sag.",
       [COW, CAT], props=(FLOOR, MAT), arrows=(Line("waist", (0.0, 0.17), (0.0, 0.4)),), plant=("arm_n", "arm_f"))

TILT = CROOK.but(pelvis=186, spine=6)
figure("pelvic-tilt", QT_TRANSLATE_NOOP("figures", "Pelvic tilt"), "Lying on the back, knees bent, flattening the lower back gently into the mat.",
       [CROOK, TILT], props=(FLOOR, MAT), arrows=(Line("hip", (-0.1, 0.3), (0.12, 0.3), bend=0.05),),
       plant=("leg_n", "leg_f"))


# On hands and knees, the back level (the start of the cat-camel).
figure("hands-and-knees", QT_TRANSLATE_NOOP("figures", "On hands and knees"), "On hands and knees on a mat, hands under the shoulders and knees "
       "under the hips, the back level.", [_all_fours(10, 0, 6)], props=(FLOOR, MAT))


def _on_forearms(pelvis: float, hip: float, knee: float, ankle: float, neck: float,
                 knees_down: tuple[float, float] | None = None) -> Pose:
    """Forearms on the mat, the upper arms upright; ``knees_down``: adjust the pelvis in that range until the
    knees touch the mat."""
    return pose(
        pelvis=pelvis, spine=0, neck=neck, hip_n=hip, hip_f=hip, knee_n=knee, knee_f=knee, ankle_n=ankle,
        ankle_f=ankle, shoulder_n=90 - pelvis, shoulder_f=90 - pelvis, elbow_n=90, elbow_f=90, wrist_n=0, wrist_f=0,
        ground=(Contact("forearms", "mat"),), anchor=("elbow_n", 0.0),
        adjust=Adjust("pelvis", Contact("knees", "mat"), *knees_down) if knees_down else None,
    )


# Kneeling on the forearms (thighs upright), then the knees walk back (lifting a little, so they never pass through
# the mat) and the hips lower until the body is straight from head to knees, the feet lifted.
ON_FOREARMS = _on_forearms(-22, 112, 91, -60, -16, knees_down=(-40.0, 0.0))
KNEES_BACK = _on_forearms(-20, 75, 100, -45, -10)
KNEES_PLANK = _on_forearms(18, 0, 96, -36, -4, knees_down=(0.0, 40.0))
figure("forearms-and-knees", QT_TRANSLATE_NOOP("figures", "On forearms and knees"), "Kneeling on a mat, resting on the forearms, elbows under "
       "the shoulders.", [ON_FOREARMS], props=(FLOOR, MAT))
figure("plank-knees", QT_TRANSLATE_NOOP("figures", "Plank from the knees"), "On forearms and knees, the hips lowered until the body is straight "
       "from head to knees.", [ON_FOREARMS, KNEES_BACK, KNEES_PLANK], props=(FLOOR, MAT),
       arrows=(Line("hip", (0.0, 0.5), (0.0, 0.22)),), hold=True, badge=("head", 0.05, 0.32))

# Clamshell, drawn like the other side-lying figures (from the side and a little above): hips and knees bent,
# feet together; the top knee opens toward the ceiling, so it swings up toward the line of the body and its
# shin looks shorter.
CLAM = SIDE.but(hip_n=60, knee_n=105, ankle_n=-40, hip_f=60, knee_f=105, ankle_f=-40,
                grip={"leg_n": Grip("shin_f", 1.0, -1.0, gap=-0.072)})  # the top ankle on the bottom one
CLAM_OPEN = CLAM.but(turn_n=61)
figure("side-lying-knees-bent", QT_TRANSLATE_NOOP("figures", "Lying on the side, knees bent"), "Lying on the side, head on a "
       "pillow, hips and knees bent and the feet together.", [CLAM], props=SIDE_PROPS, plan_view=True)
figure("clamshell", QT_TRANSLATE_NOOP("figures", "Clamshell"), "Lying on the side, hips and knees bent and feet together, opening "
       "the top knee like a clamshell.", [CLAM, CLAM_OPEN], props=SIDE_PROPS,
       arrows=(Track("knee_n", offset=0.13),), plan_view=True)
figure("clamshell-close", QT_TRANSLATE_NOOP("figures", "Closing the clamshell"), "Lying on the side, lowering the top knee slowly "
       "back onto the other, feet together.", [CLAM, CLAM_OPEN], props=SIDE_PROPS,
       arrows=(Track("knee_n", offset=0.13),), plan_view=True, reverse=True)

# Seated slump glide: a slight slump, chin down, knee bent; the knee straightens as the head lifts to look up.
SLUMP = SIT.but(pelvis=86, spine=16, neck=18, hip_n=94, hip_f=94)
SLUMP_GLIDE = SLUMP.but(knee_n=12, ankle_n=6, neck=-45, reach={"leg_n": None})
figure("slump-glide", QT_TRANSLATE_NOOP("figures", "Slump glide"), "Sitting with a slight slump, straightening one knee while lifting the head "
       "to look up.", [SLUMP, SLUMP_GLIDE], props=(FLOOR, CHAIR_BEHIND),
       arrows=(Track("ankle_n", offset=0.12, trim=(0.34, 0.04)),), plant=("leg_f",))
figure("slump-glide-return", QT_TRANSLATE_NOOP("figures", "Easing back"), "Sitting with a slight slump, bending the knee again as the chin comes "
       "down.", [SLUMP, SLUMP_GLIDE], props=(FLOOR, CHAIR_BEHIND),
       arrows=(Track("ankle_n", offset=0.12, trim=(0.04, 0.34)),), plant=("leg_f",), reverse=True)


# ============================================================ between sessions
# Positions of the Guide (monograph Section 8): sitting with a footrest, standing with one foot on a stool,
# resting on the side with a pillow between the knees or on the back with the knees raised, stairs step-to,
# lifting with the legs.
FOOTREST = Prop("step", ref="ankle_f", dx=-0.2, opts={"height": 0.1, "depth": 0.32})
CHAIR_BACK_FAR = Prop("chair", ref="ankle_f", dx=-0.62, opts={"back": "left"})
SIT_FOOTREST = SIT.but(hip_n=86, hip_f=86, knee_n=62, knee_f=62, ankle_n=-8, ankle_f=-8,
                       reach={"leg_n": "step", "leg_f": "step"})
figure("guide-sitting-footrest", QT_TRANSLATE_NOOP("figures", "Sitting with a footrest"), "Sitting tall on a chair, the feet resting on a low "
       "footrest in front.", [SIT_FOOTREST], props=(FLOOR, CHAIR_BACK_FAR, FOOTREST))

STOOL = Prop("step", ref="ankle_n", dx=-0.1, opts={"height": 0.2, "depth": 0.3})
FOOT_ON_STOOL = STAND.but(hip_n=46, knee_n=58, ankle_n=8, spine=2, reach={"leg_n": "step", "leg_f": "floor"},
                          ground=(Contact("foot_f", "floor"),))
figure("guide-standing-footstool", QT_TRANSLATE_NOOP("figures", "One foot on a stool"), "Standing tall with one foot resting on a low stool; "
       "then the other.", [FOOT_ON_STOOL], props=(FLOOR, STOOL))

KNEE_PILLOW = Prop("pillow", ref="knee_n", dx=-0.02, opts={"width": 0.42, "height": 0.16, "base": 0.03})
# the heels rest on the mat (knee angle found so that they just touch), the toes up
KNEES_UP = SUPINE.but(hip_n=18, hip_f=18, knee_n=40, knee_f=40, ankle_n=-10, ankle_f=-10, reach=BOTH_ARMS_MAT)
figure("guide-back-knees-raised", QT_TRANSLATE_NOOP("figures", "On the back, knees raised"), "Lying on the back with the knees slightly raised "
       "on a pillow.", [KNEES_UP], props=(FLOOR, MAT, KNEE_PILLOW))

SIDE_REST = SIDE.but(spine=6, hip_n=48, knee_n=74, ankle_n=-16, hip_f=40, knee_f=70, ankle_f=-16,
                     shoulder_n=60, elbow_n=96)
KNEES_PILLOW = Prop("plan_pillow", ref="knee_f", dx=-0.04,
                    opts={"width": 0.34, "height": 0.26, "dy": 0.02, "layer": 2})
figure("guide-side-lying-pillow", QT_TRANSLATE_NOOP("figures", "On the side, pillow between the knees"), "Lying on the side, "
       "head on a pillow, hips and knees a little bent, a pillow between the knees.",
       [SIDE_REST], props=(*SIDE_PROPS, KNEES_PILLOW), plan_view=True)

STEP_TO_STAIRS = Prop("stairs", dx=-0.09, opts={"n": 4})
STEP_TO_RAIL = {"arm_f": Hold("rail", dx=0.18, lift=0.02)}
STEP_TO_1 = STAND.but(hip_n=-1, hip_f=-1, ground=(Contact("feet", "stair1"),),
                      reach={"leg_n": "stair1", "leg_f": "stair1"}, hold=STEP_TO_RAIL)
STEP_TO_LIFT = STEP_TO_1.but(spine=6, hip_n=60, knee_n=118, ankle_n=-10, reach={"leg_n": None},
                             ground=(Contact("foot_f", "stair1"),))
STEP_TO_UP = STEP_TO_1.but(spine=8, hip_n=60, knee_n=80, ankle_n=6, reach={"leg_n": "stair2"})
STEP_TO_RISE = STEP_TO_1.but(
    pelvis=86, spine=6, hip_n=12, knee_n=10, ankle_n=-4, hip_f=46, knee_f=112, ankle_f=-24,
    ground=(Contact("foot_n", "stair2"),), anchor=("ankle_n", None), reach={"leg_n": "stair2", "leg_f": None},
)
STEP_TO_2 = STEP_TO_1.but(ground=(Contact("feet", "stair2"),), anchor=("ankle_n", None),
                          reach={"leg_n": "stair2", "leg_f": "stair2"})
figure("guide-stairs-step-to", QT_TRANSLATE_NOOP("figures", "Step-to on stairs"), "Holding the rail, one foot steps up, then the other joins it "
       "on the same stair before the next step.", [STEP_TO_1, STEP_TO_LIFT, STEP_TO_UP, STEP_TO_RISE, STEP_TO_2],
       times=(0.0, 0.2, 0.4, 0.7, 1.0), key=2, props=(FLOOR, STEP_TO_STAIRS),
       arrows=(Line("ankle_f", (0.1, 0.12), (0.34, 0.26)),), plant=("leg_n",))

# the box stands between the feet (drawn behind the legs, so it is not solid for them)
BOX = Prop("box", ref="ankle_n", dx=0.24, opts={"width": 0.34, "height": 0.44, "solid": 0.0})
LIFT_CROUCH = STAND.but(pelvis=56, spine=0, neck=-30, hip_n=86, hip_f=86, knee_n=82, knee_f=82, ankle_n=22,
                        ankle_f=22, shoulder_n=56, shoulder_f=60, elbow_n=10, elbow_f=10,
                        hold={"arm_n": Hold("box_grip"), "arm_f": Hold("box_grip", lift=0.03)})
figure("guide-lift-with-legs", QT_TRANSLATE_NOOP("figures", "Lifting with the legs"), "Hips and knees bent, back straight, the box held close "
       "before standing up with it.", [STAND, LIFT_CROUCH], props=(FLOOR, BOX),
       arrows=(Line("hip", (-0.3, 0.3), (-0.3, 0.04)),), plant=("leg_n", "leg_f"))
