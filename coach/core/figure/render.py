"""Renderer-neutral drawing plan and an SVG writer (pure Python).

:func:`draw_ops` turns a :class:`~coach.core.figure.geometry.Frame` into simple
paint operations (a polygon or polyline, fill, stroke, width, dashes), in
drawing order. The QPainter renderer (``coach.ui.widgets.figure_view``) and
:func:`frame_to_svg` both paint exactly these, so the screen, the PNG files and
the SVG files look the same.

Body parts of one group (a limb, the trunk) are painted twice: first every
part filled *and* outlined, then every part filled again without an outline,
which hides the seams inside the group and leaves one clean silhouette.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import quoteattr

from .geometry import Arrow, BBox, Capsule, Circle, Frame, Point, Primitive
from .palette import BODY_ROLES, LIGHT, FigurePalette

OUTLINE_WIDTH = 0.013  # units; about 1.3 px in a 200 px picture
PROP_OUTLINE_WIDTH = 0.008


@dataclass(frozen=True)
class Op:
    points: tuple[Point, ...]
    closed: bool
    fill: str | None
    stroke: str | None
    width: float = 0.0
    dashed: bool = False


def _groups(prims: tuple[Primitive, ...]) -> list[list[Primitive]]:
    out: list[list[Primitive]] = []
    for p in prims:
        if out and p.group and out[-1][0].group == p.group and out[-1][0].layer == p.layer:
            out[-1].append(p)
        else:
            out.append([p])
    return out


def detail_for(pixels_per_unit: float) -> int:
    """Points per rounded end cap that keep curves smooth at a given scale."""
    return 8 if pixels_per_unit < 260 else 12 if pixels_per_unit < 600 else 18


def _outline(p: Primitive, detail: int) -> tuple[Point, ...]:
    if isinstance(p, Circle):
        return tuple(p.outline(2 * detail))
    if isinstance(p, Capsule):
        return tuple(p.outline(detail))
    return tuple(p.outline())


def draw_ops(frame: Frame, palette: FigurePalette = LIGHT, *, detail: int = 16) -> list[Op]:
    """Paint operations for ``frame`` in drawing order (units, y up).

    ``detail`` is the number of points per rounded end (see :func:`detail_for`).
    """
    ops: list[Op] = []
    for group in _groups(frame.primitives):
        first = group[0]
        if isinstance(first, Arrow):
            for arrow in group:
                assert isinstance(arrow, Arrow)
                ops += _arrow_ops(arrow, palette)
            continue
        body = first.role in BODY_ROLES
        if first.role == "eye":
            ops += [Op(_outline(p, detail), True, palette.color(p.role, p.side), None) for p in group]
            continue
        width = OUTLINE_WIDTH if body else PROP_OUTLINE_WIDTH
        outlines = [_outline(p, detail) for p in group]
        for p, pts in zip(group, outlines, strict=True):
            ops.append(Op(pts, True, palette.color(p.role, p.side), palette.outline_color(p.role, p.side), width))
        if len(group) > 1:
            for p, pts in zip(group, outlines, strict=True):
                ops.append(Op(pts, True, palette.color(p.role, p.side), None))
    return ops


def _arrow_ops(a: Arrow, palette: FigurePalette) -> list[Op]:
    color = palette.color(a.role)
    halo = palette.background
    shaft = tuple(a.shaft())
    head = tuple(a.head())
    return [
        Op(shaft, False, None, halo, a.width + 0.03, a.dashed),
        Op(head, True, halo, halo, 0.03),
        Op(shaft, False, None, color, a.width, a.dashed),
        Op(head, True, color, color, 0.012),
    ]


def dash_pattern(width: float) -> tuple[float, float]:
    """Dash and gap lengths (units) for a dashed stroke of ``width``."""
    return (width * 1.5, width * 1.1)


def _fmt(v: float) -> str:
    s = f"{v:.4f}".rstrip("0").rstrip(".")
    return s if s not in ("-0", "") else "0"


def frame_to_svg(
    frame: Frame,
    width: int = 480,
    height: int | None = None,
    palette: FigurePalette = LIGHT,
    *,
    background: bool = True,
    title: str | None = None,
    margin: float = 0.04,
) -> str:
    """An SVG document of ``frame`` (``width`` × ``height`` px, aspect kept, centred)."""
    box = frame.bbox
    if height is None:
        height = max(1, round(width * box.height / box.width))
    vb = _fit_box(box, width, height, margin)
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="{_fmt(vb.x0)} {_fmt(-vb.y1)} {_fmt(vb.width)} {_fmt(vb.height)}">',
    ]
    if title:
        parts.append(f"<title>{_esc(title)}</title>")
    if background:
        parts.append(f'<rect x="{_fmt(vb.x0)}" y="{_fmt(-vb.y1)}" width="{_fmt(vb.width)}" '
                     f'height="{_fmt(vb.height)}" fill="{palette.background}"/>')
    parts.append('<g stroke-linejoin="round" stroke-linecap="round">')
    for op in draw_ops(frame, palette):
        d = "M" + " L".join(f"{_fmt(x)} {_fmt(-y)}" for x, y in op.points) + (" Z" if op.closed else "")
        attrs = [f'd="{d}"', f'fill="{op.fill}"' if op.fill else 'fill="none"']
        if op.stroke:
            attrs.append(f'stroke="{op.stroke}" stroke-width="{_fmt(op.width)}"')
            if op.dashed:
                dash, gap = dash_pattern(op.width)
                attrs.append(f'stroke-dasharray="{_fmt(dash)} {_fmt(gap)}"')
        parts.append(f"<path {' '.join(attrs)}/>")
    parts.append("</g>")
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def _esc(s: str) -> str:
    return quoteattr(s)[1:-1]


def _fit_box(box: BBox, width: int, height: int, margin: float) -> BBox:
    """The smallest box around ``box`` (plus margin) with the aspect of width × height."""
    b = box.padded(margin * max(box.width, box.height))
    aspect = width / height
    if b.width / b.height > aspect:
        h = b.width / aspect
        cy = b.center[1]
        return BBox(b.x0, cy - h / 2, b.x1, cy + h / 2)
    w = b.height * aspect
    cx = b.center[0]
    return BBox(cx - w / 2, b.y0, cx + w / 2, b.y1)


def fit_box(box: BBox, width: float, height: float, margin: float = 0.04) -> BBox:
    """Public version of the fitting rule (renderers share it so output matches)."""
    return _fit_box(box, max(1, round(width)), max(1, round(height)), margin)
