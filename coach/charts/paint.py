"""The chart primitives of ``coach.charts.layout`` drawn with QPainter: the screen, PNG, SVG and PDF.

:class:`QtFonts` measures text for the layout with the font that draws it
(DejaVu Sans when installed, else the default sans serif), at whole pixel
sizes. :func:`paint_items` draws primitives with any QPainter: a widget, a
``QImage``, a ``QSvgGenerator`` (SVG 1.1, so clipping is written as clip
paths) or a ``QPdfWriter`` (vector, text stays text). Everything here works in
any thread with a ``QGuiApplication`` (no widgets), so exports can run off the
GUI thread.
"""

from __future__ import annotations

import math
from functools import lru_cache

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPaintEngine,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from coach.charts.shapes import Clip, Lines, Marks, Polyline, Rect, Text

FAMILY = "DejaVu Sans"
DASHES = {"dash": (6.0, 4.0), "dot": (1.5, 3.0), "dashdot": (6.0, 3.0, 1.5, 3.0)}  # in pixels


@lru_cache(maxsize=64)
def qfont(size: float, bold: bool = False) -> QFont:
    f = QFont(FAMILY)
    f.setStyleHint(QFont.StyleHint.SansSerif)
    f.setPixelSize(max(1, round(size)))
    f.setBold(bold)
    return f


class QtFonts:
    """Text widths and heights of the font the QPainter draws with (for ``coach.charts.layout``)."""

    def __init__(self) -> None:
        self._metrics: dict[tuple[int, bool], QFontMetricsF] = {}
        self._widths: dict[tuple[str, int, bool], float] = {}

    def _m(self, size: float, bold: bool) -> QFontMetricsF:
        key = (max(1, round(size)), bold)
        m = self._metrics.get(key)
        if m is None:
            m = self._metrics[key] = QFontMetricsF(qfont(size, bold))
        return m

    def width(self, text: str, size: float, bold: bool = False) -> float:
        key = (text, max(1, round(size)), bold)
        w = self._widths.get(key)
        if w is None:
            w = self._widths[key] = self._m(size, bold).horizontalAdvance(text)
        return w

    def ascent(self, size: float) -> float:
        return self._m(size, False).ascent()

    def descent(self, size: float) -> float:
        return self._m(size, False).descent()


def qcolor(c) -> QColor:
    return QColor(c) if isinstance(c, str) else QColor(*c)


def qpen(color, width: float = 1.0, dash: str = "solid") -> QPen:
    pen = QPen(qcolor(color))
    pen.setWidthF(width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if dash in DASHES:
        pen.setDashPattern([v / max(width, 0.1) for v in DASHES[dash]])  # Qt counts dashes in pen widths
    return pen


def marker_path(shape: str, size: float) -> QPainterPath:
    """A marker's outline centred on (0, 0), ``size`` pixels across."""
    r = size / 2
    p = QPainterPath()
    if shape == "o":
        p.addEllipse(QPointF(0, 0), r, r)
    elif shape == "s":
        p.addRect(QRectF(-r * 0.9, -r * 0.9, 1.8 * r, 1.8 * r))
    elif shape == "t":  # pointing down
        p.addPolygon(QPolygonF([QPointF(-r, -r * 0.75), QPointF(r, -r * 0.75), QPointF(0, r)]))
        p.closeSubpath()
    elif shape == "d":
        p.addPolygon(QPolygonF([QPointF(0, -r), QPointF(r, 0), QPointF(0, r), QPointF(-r, 0)]))
        p.closeSubpath()
    elif shape == "x":
        k = r * 0.8
        p.moveTo(-k, -k)
        p.lineTo(k, k)
        p.moveTo(-k, k)
        p.lineTo(k, -k)
    elif shape == "star":
        pts = []
        for i in range(10):
            a = -math.pi / 2 + i * math.pi / 5
            rr = r if i % 2 == 0 else r * 0.45
            pts.append(QPointF(rr * math.cos(a), rr * math.sin(a)))
        p.addPolygon(QPolygonF(pts))
        p.closeSubpath()
    else:
        raise ValueError(f"unknown marker shape {shape!r}")
    return p


_VECTOR = (QPaintEngine.Type.SVG, QPaintEngine.Type.Pdf, QPaintEngine.Type.Picture)


def paint_items(p: QPainter, items, visible: QRectF | None = None) -> None:
    """Draw layout primitives; with ``visible``, clipped groups outside it are skipped.

    On a raster device (the screen, a PNG) each kind of marker is drawn once into a picture and
    stamped at every point; into SVG and PDF every marker is a vector shape.
    """
    engine = p.paintEngine()
    stamp = engine is not None and engine.type() not in _VECTOR
    _paint(p, items, visible, stamp)


def _paint(p: QPainter, items, visible: QRectF | None, stamp: bool) -> None:
    for item in items:
        if isinstance(item, Clip):
            r = QRectF(item.x, item.y, item.w, item.h)
            if visible is not None and not visible.intersects(r):
                continue
            p.save()
            p.setClipRect(r, Qt.ClipOperation.IntersectClip)
            _paint(p, item.items, None, stamp)
            p.restore()
        elif isinstance(item, Polyline):
            p.setPen(qpen(item.color, item.width, item.dash))
            p.setBrush(Qt.BrushStyle.NoBrush)
            pts = item.points
            smooth = p.testRenderHint(QPainter.RenderHint.Antialiasing)
            if not item.smooth:
                p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            if len(pts) == 2:
                p.drawLine(QLineF(pts[0][0], pts[0][1], pts[1][0], pts[1][1]))
            else:
                p.drawPolyline(QPolygonF([QPointF(x, y) for x, y in pts]))
            if not item.smooth:
                p.setRenderHint(QPainter.RenderHint.Antialiasing, smooth)
        elif isinstance(item, Lines):
            p.setPen(qpen(item.color, item.width, item.dash))
            p.setBrush(Qt.BrushStyle.NoBrush)
            smooth = p.testRenderHint(QPainter.RenderHint.Antialiasing)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, smooth and item.smooth)
            if stamp:  # raster: a polyline per run is stroked many times faster than one path of them all
                for run in item.runs:
                    p.drawPolyline(QPolygonF([QPointF(x, y) for x, y in run]))
            else:  # SVG and PDF: one element per line
                path = QPainterPath()
                for run in item.runs:
                    path.addPolygon(QPolygonF([QPointF(x, y) for x, y in run]))
                p.drawPath(path)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, smooth)
        elif isinstance(item, Rect):
            p.setPen(qpen(item.stroke, item.width, item.dash) if item.stroke is not None else Qt.PenStyle.NoPen)
            p.setBrush(QBrush(qcolor(item.fill)) if item.fill is not None else Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(item.x, item.y, item.w, item.h))
        elif isinstance(item, Marks) and stamp and len(item.points) > 3:
            ratio = p.device().devicePixelRatioF() if p.device() is not None else 1.0
            img, half = _stamp(item.shape, item.size, item.fill, item.stroke, item.stroke_width,
                               round(ratio * 4) / 4)
            for x, y in item.points:
                p.drawImage(QPointF(x - half, y - half), img)
        elif isinstance(item, Marks):
            path = marker_path(item.shape, item.size)
            if item.shape == "x":
                p.setPen(qpen(item.stroke or item.fill, item.stroke_width))
                p.setBrush(Qt.BrushStyle.NoBrush)
            else:
                p.setPen(qpen(item.stroke, item.stroke_width) if item.stroke is not None else Qt.PenStyle.NoPen)
                p.setBrush(QBrush(qcolor(item.fill)) if item.fill is not None else Qt.BrushStyle.NoBrush)
            for x, y in item.points:
                p.drawPath(path.translated(x, y))
        elif isinstance(item, Text):
            _text(p, item)
        else:
            raise TypeError(f"cannot paint {type(item).__name__}")


@lru_cache(maxsize=128)
def _stamp(shape: str, size: float, fill, stroke, stroke_width: float, ratio: float) -> tuple[QImage, float]:
    """A marker drawn once, antialiased, at the device's pixel ratio: (picture, half its size)."""
    half = size / 2 + stroke_width + 1
    n = max(1, round(2 * half * ratio))
    img = QImage(n, n, QImage.Format.Format_ARGB32_Premultiplied)
    img.setDevicePixelRatio(ratio)
    img.fill(Qt.GlobalColor.transparent)
    q = QPainter(img)
    q.setRenderHint(QPainter.RenderHint.Antialiasing)
    q.translate(half, half)
    _paint(q, [Marks(shape, size, fill, stroke, stroke_width, ((0.0, 0.0),))], None, False)
    q.end()
    return img, half


def _text(p: QPainter, t: Text) -> None:
    font = qfont(t.size, t.bold)
    m = QFontMetricsF(font)
    w = m.horizontalAdvance(t.text)
    x = {"left": 0.0, "center": -w / 2, "right": -w}[t.align]
    y = {"top": m.ascent(), "middle": (m.ascent() - m.descent()) / 2, "baseline": 0.0,
         "bottom": -m.descent()}[t.valign]
    p.setFont(font)
    p.setPen(qcolor(t.color))
    if t.rotate:
        p.save()
        p.translate(t.x, t.y)
        p.rotate(t.rotate)
        p.drawText(QPointF(x, y), t.text)
        p.restore()
    else:
        p.drawText(QPointF(t.x + x, t.y + y), t.text)
