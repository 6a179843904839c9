"""Illustrated exercise steps: an articulated figure, poses, props, arrows, animation.

Pure Python (no Qt). The figure is a 2D side view of a person (head, neck,
trunk, pelvis, arms, hands, legs, feet; near- and far-side limbs) posed by
joint angles with fixed segment lengths (forward kinematics), grounded on its
props (a foot on the floor, the back on the mat, the back on a wall), with
feet and hands placed by two-bone inverse kinematics, and turned into
drawable primitives in abstract units (about a metre, y up, floor at 0).
Standing figures face right; ``mirrored=True`` flips the picture for the
other side.

Player API::

    from coach.core.figure import figure_sequence, phase_t, rep_t, cycle_t

    seq = figure_sequence("knee-to-chest")     # FigureError (a KeyError, with did-you-mean) if unknown
    frame = seq.frame(t, mirrored=False)       # t: 0 = start pose, 1 = key pose (clamped; NaN = key pose)
    frame.primitives                           # Capsule, Circle, Polygon, ArrowShape, back to front
    frame.bbox                                 # the same for every t: fit it and the figure stays still
    frame.joints, frame.angles                 # joint positions and resolved angles (for annotations)
    seq.frame(t, arrows=False)                 # without motion arrows (e.g. while animating)
    seq.key_frame(mirrored=False)              # the static picture: the key pose with its arrows
    seq.key_t, seq.title, seq.description      # 1.0 (0 for walking), "Knee to chest", one sentence
    seq.loop                                   # True for walking: play t = cycle_t(elapsed) over and over

    t = phase_t("move", fraction)              # move 0→1, hold stays 1, release/back 1→0, anything else 0
    t = rep_t(elapsed, move=3, hold=0, back=3) # t through one paced repetition
    t = cycle_t(elapsed, period=1.2)           # looping figures

Every primitive has ``role`` (colour role: skin, shirt, trousers, shoe, hair,
floor, mat, wall, furniture, soft, rail, arrow, badge…), ``layer`` (props 0,
far limbs 1, trunk 2, near limbs 3, arrows 5), ``side`` (near/far/mid; far
limbs are drawn darker), ``group`` (parts outlined as one shape) and
``outline()`` (a polygon). :func:`draw_ops` turns a frame into paint
operations and :func:`frame_to_svg` into SVG text; palettes ``LIGHT`` and
``DARK`` give the colours. Qt drawing lives in ``coach.ui.widgets.figure_view``
(``FigureView``, ``render_image``, ``render_svg``); program pictures in
``coach.export.illustrate`` and ``coach illustrate``.

:func:`figure_names` lists every figure (program files name them in
``figure = "..."``). Modules: ``geometry`` (points, primitives, frames),
``body`` (skeleton, joint angles and limits, forward and inverse
kinematics), ``props`` (floor, mat, wall, step, stairs with a rail, chair,
pillow, cushion, incline), ``spec`` (poses, contacts, arrows and sequences
as declared, ease in/out), ``sequence`` (solving keyframes into frames,
checks), ``contacts`` (resting on surfaces, clearance), ``arrows`` (motion
arrows, hold badge), ``poses`` (every named figure), ``registry`` (names →
sequences), ``timing`` (engine phases → t), ``palette`` and ``render``
(paint plan, SVG).
"""

from .geometry import Arrow as ArrowShape
from .geometry import BBox, Capsule, Circle, Frame, Polygon, Primitive
from .palette import DARK, LIGHT, FigurePalette
from .registry import figure_names, figure_sequence
from .render import draw_ops, frame_to_svg
from .sequence import FigureSequence
from .spec import FigureError
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
