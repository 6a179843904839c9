"""Qt's SVG made to draw the same in every renderer (see :func:`flatten_cosmetic_strokes`)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
_SHAPES = {"path", "polyline", "polygon", "rect", "line", "ellipse", "circle"}
_NUMBER = re.compile(r"[MLCQZmlcqz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_MATRIX = re.compile(r"matrix\(([^)]*)\)")


def _matrix(text: str | None) -> tuple[float, ...] | None:
    m = _MATRIX.fullmatch((text or "").strip())
    if not m:
        return None
    vals = tuple(float(v) for v in re.split(r"[\s,]+", m.group(1).strip()))
    return vals if len(vals) == 6 else None


def _num(v: float) -> str:
    return f"{v:.2f}".rstrip("0").rstrip(".") if abs(v) < 1e6 else f"{v:.6g}"


def _apply(m: tuple[float, ...], x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


def _transform_points(m, text: str) -> str:
    nums = [float(v) for v in re.findall(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?", text)]
    pts = [_apply(m, nums[i], nums[i + 1]) for i in range(0, len(nums) - 1, 2)]
    return " ".join(f"{_num(x)},{_num(y)}" for x, y in pts)


def _transform_path(m, d: str) -> str | None:
    out: list[str] = []
    pending: list[float] = []
    for tok in _NUMBER.findall(d):
        if tok.isalpha():
            if tok.islower() and tok not in "z":
                return None  # relative commands: Qt never writes them; leave such a path alone
            out.append(tok.upper())
            continue
        pending.append(float(tok))
        if len(pending) == 2:
            x, y = _apply(m, *pending)
            out.append(f"{_num(x)},{_num(y)}")
            pending = []
    return " ".join(out) if not pending else None


def _flatten(el, m) -> bool:
    """Move one shape's coordinates into the parent's space (True when done)."""
    tag = el.tag.rsplit("}", 1)[-1]
    if tag == "path":
        d = _transform_path(m, el.get("d", ""))
        if d is None:
            return False
        el.set("d", d)
    elif tag in ("polyline", "polygon"):
        el.set("points", _transform_points(m, el.get("points", "")))
    elif tag == "line":
        (x1, y1), (x2, y2) = (_apply(m, float(el.get("x1", 0)), float(el.get("y1", 0))),
                              _apply(m, float(el.get("x2", 0)), float(el.get("y2", 0))))
        for k, v in (("x1", x1), ("y1", y1), ("x2", x2), ("y2", y2)):
            el.set(k, _num(v))
    elif tag == "rect":
        x, y = float(el.get("x", 0)), float(el.get("y", 0))
        w, h = float(el.get("width", 0)), float(el.get("height", 0))
        corners = [_apply(m, x, y), _apply(m, x + w, y), _apply(m, x + w, y + h), _apply(m, x, y + h)]
        el.tag = f"{{{SVG_NS}}}path"
        for k in ("x", "y", "width", "height", "rx", "ry"):
            el.attrib.pop(k, None)
        el.set("d", "M" + " L".join(f"{_num(px)},{_num(py)}" for px, py in corners) + " Z")
    elif tag in ("ellipse", "circle"):
        a, b, c, d_, _e, _f = m
        if abs(b) > 1e-12 or abs(c) > 1e-12:
            return False
        cx, cy = _apply(m, float(el.get("cx", 0)), float(el.get("cy", 0)))
        el.set("cx", _num(cx))
        el.set("cy", _num(cy))
        if tag == "circle":
            if abs(abs(a) - abs(d_)) > 1e-9:
                return False
            el.set("r", _num(float(el.get("r", 0)) * abs(a)))
        else:
            el.set("rx", _num(float(el.get("rx", 0)) * abs(a)))
            el.set("ry", _num(float(el.get("ry", 0)) * abs(d_)))
    else:
        return False
    return True


def flatten_cosmetic_strokes(svg: bytes) -> bytes:
    """Make Qt's SVG draw the same in renderers without ``vector-effect="non-scaling-stroke"``.

    Qt writes a plot's lines in data coordinates inside a group whose matrix
    maps them to the page, and marks their strokes non-scaling. Renderers that
    ignore that (librsvg 2.54, some print tools) scale the stroke with the
    data: a 1-pixel line turns into a band many pixels wide. Here the shapes
    with such strokes get their coordinates mapped to the page and the group
    loses its matrix, so the stroke width is what it says everywhere.
    """
    ET.register_namespace("", SVG_NS)
    ET.register_namespace("xlink", XLINK_NS)
    root = ET.fromstring(svg)
    for group in list(root.iter(f"{{{SVG_NS}}}g")):
        m = _matrix(group.get("transform"))
        if m is None:
            continue
        children = list(group)
        shapes = [c for c in children if c.tag.rsplit("}", 1)[-1] in _SHAPES
                  and c.get("vector-effect") == "non-scaling-stroke" and c.get("transform") is None]
        if not shapes or len(shapes) != len(children):
            continue  # text or images keep the group's matrix
        if all(_flatten(c, m) for c in shapes):
            del group.attrib["transform"]
    return b'<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n' + ET.tostring(root, encoding="unicode").encode("utf-8")
