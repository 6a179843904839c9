"""Illustrated exercise steps: an articulated figure, poses, props, arrows, animation.

Pure Python (no Qt). The figure is a 2D side view of a person (head, neck,
trunk, pelvis, arms, hands, legs, feet; near- and far-side limbs) posed by
joint angles with fixed segment lengths, grounded on its props, and turned
into drawable primitives in abstract units (about a metre, y up).

Player API::

    from coach.core.figure import figure_sequence, phase_t

    seq = figure_sequence("knee-to-chest")     # FigureError (a KeyError) if unknown
    frame = seq.frame(t, mirrored=False)       # t: 0 = start pose, 1 = key pose
    frame.primitives                           # Capsule, Circle, Polygon, Arrow (back to front)
    frame.bbox                                 # the same for every t: fit it to keep the figure still
    seq.key_frame()                            # the static picture: key pose + arrows
    seq.title, seq.description, seq.loop       # "Knee to chest", a sentence, True for walking

    t = phase_t("move", fraction)              # move 0→1, hold stays 1, release 1→0, rest 0
    t = rep_t(elapsed, move=3, hold=0, back=3) # one paced repetition
    t = cycle_t(elapsed, period=1.2)           # looping figures (walking)

Other helpers: :func:`figure_names` (every name), :func:`frame_to_svg` (SVG
text from a frame), palettes ``LIGHT`` and ``DARK``. Qt drawing lives in
``coach.ui.figure_view`` (``FigureView``, ``render_image``, ``render_svg``).

Modules: ``geometry`` (points, primitives, frames), ``body`` (skeleton,
forward and inverse kinematics, joint limits), ``props`` (floor, mat, wall,
step, stairs, chair, pillow, cushion), ``sequence`` (poses, contacts,
keyframes, interpolation, arrows), ``library`` (every named figure),
``timing`` (engine phases → t), ``palette`` and ``render`` (paint plan, SVG).
"""

from .geometry import Arrow as ArrowShape
from .geometry import BBox, Capsule, Circle, Frame, Polygon, Primitive
from .palette import DARK, LIGHT, FigurePalette
from .render import draw_ops, frame_to_svg
from .sequence import FigureError, FigureSequence, figure_names, figure_sequence
from .timing import cycle_t, phase_fraction, phase_t, rep_t

__all__ = [
    "DARK",
    "LIGHT",
    "ArrowShape",
    "BBox",
    "Capsule",
    "Circle",
    "FigureError",
    "FigurePalette",
    "FigureSequence",
    "Frame",
    "Polygon",
    "Primitive",
    "cycle_t",
    "draw_ops",
    "figure_names",
    "figure_sequence",
    "frame_to_svg",
    "phase_fraction",
    "phase_t",
    "rep_t",
]
