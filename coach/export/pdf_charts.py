"""The progress charts drawn as vector graphics inside a reportlab PDF (the provider report).

The charts are laid out by ``coach.charts.layout`` (the layout the Progress
screen and the chart files use, on white paper) with text measured in the
report's own font (:class:`ReportlabFonts`), and each panel becomes one
:class:`ChartFlowable` that draws the layout's shapes with reportlab's canvas,
scaled to the text column. No Qt and no pictures: the charts print sharp at
any size, keep their text as text, and cost little to write.
"""

from __future__ import annotations

import math

from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from coach.charts.layout import ChartLayout
from coach.charts.model import PRINT, ChartModel
from coach.charts.shapes import Clip, Lines, Marks, Polyline, Rect, Text
from coach.export.pdf import font_names

DASHES = {"dash": (6, 4), "dot": (1.5, 3), "dashdot": (6, 3, 1.5, 3)}
LAYOUT_WIDTH = 800  # pixels: two place charts side by side
TEXT_SCALE = 1.2  # the charts' text a little larger than on screen, as they are printed smaller


class ReportlabFonts:
    """Text measurement in the report's font (for ``coach.charts.layout``)."""

    def __init__(self) -> None:
        self.regular, self.bold, _italic = font_names()
        self._widths: dict[tuple[str, float, bool], float] = {}

    def font(self, bold: bool) -> str:
        return self.bold if bold else self.regular

    def width(self, text: str, size: float, bold: bool = False) -> float:
        key = (text, size, bold)
        w = self._widths.get(key)
        if w is None:
            w = self._widths[key] = pdfmetrics.stringWidth(text, self.font(bold), size)
        return w

    def ascent(self, size: float) -> float:
        return pdfmetrics.getAscentDescent(self.regular, size)[0]

    def descent(self, size: float) -> float:
        return -pdfmetrics.getAscentDescent(self.regular, size)[1]


def _color(c):
    if c is None:
        return None
    if isinstance(c, str):
        return colors.HexColor(c)
    r, g, b, a = c
    return colors.Color(r / 255, g / 255, b / 255, alpha=a / 255)


class ChartFlowable(Flowable):
    """One panel of the charts (its plots with titles, legends and captions), ``width`` points wide."""

    def __init__(self, layout: ChartLayout, panel: str, width: float, fonts: ReportlabFonts):
        super().__init__()
        self.layout = layout
        self.fonts = fonts
        box = next(p for p in layout.panels if p.key == panel)
        self.box = box
        self.keys = box.plots
        self.k = width / layout.width
        self.width = width
        self.height = (box.h + 8) * self.k

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        # page pixels, y downwards, the panel's top at the flowable's top
        c.translate(0, self.height)
        c.scale(self.k, -self.k)
        c.translate(0, -self.box.y + 4)
        for key in self.keys:
            self._items(self.layout.items(key))
        c.restoreState()

    def _items(self, items) -> None:
        c = self.canv
        for item in items:
            if isinstance(item, Clip):
                c.saveState()
                p = c.beginPath()
                p.rect(item.x, item.y, item.w, item.h)
                c.clipPath(p, stroke=0, fill=0)
                self._items(item.items)
                c.restoreState()
            elif isinstance(item, Polyline):
                self._stroke(item.color, item.width, item.dash)
                p = c.beginPath()
                (x0, y0), *rest = item.points
                p.moveTo(x0, y0)
                for x, y in rest:
                    p.lineTo(x, y)
                c.drawPath(p, stroke=1, fill=0)
            elif isinstance(item, Lines):
                self._stroke(item.color, item.width, item.dash)
                p = c.beginPath()
                for (x0, y0), *rest in item.runs:
                    p.moveTo(x0, y0)
                    for x, y in rest:
                        p.lineTo(x, y)
                c.drawPath(p, stroke=1, fill=0)
            elif isinstance(item, Rect):
                if item.stroke is not None:
                    self._stroke(item.stroke, item.width, item.dash)
                if item.fill is not None:
                    self._fill(item.fill)
                c.rect(item.x, item.y, item.w, item.h, stroke=int(item.stroke is not None),
                       fill=int(item.fill is not None))
            elif isinstance(item, Marks):
                self._marks(item)
            elif isinstance(item, Text):
                self._text(item)

    def _stroke(self, color, width: float, dash: str = "solid") -> None:
        c = self.canv
        col = _color(color)
        c.setStrokeColor(col)
        c.setStrokeAlpha(getattr(col, "alpha", 1) or 1)
        c.setLineWidth(width)
        c.setLineCap(0)
        c.setLineJoin(1)
        c.setDash(list(DASHES[dash]) if dash in DASHES else [])

    def _fill(self, color) -> None:
        col = _color(color)
        self.canv.setFillColor(col)
        self.canv.setFillAlpha(getattr(col, "alpha", 1) if getattr(col, "alpha", None) is not None else 1)

    def _marks(self, m: Marks) -> None:
        c = self.canv
        r = m.size / 2
        cross = m.shape == "x"
        stroke = m.stroke if m.stroke is not None else (m.fill if cross else None)
        if stroke is not None:
            self._stroke(stroke, m.stroke_width)
        if m.fill is not None and not cross:
            self._fill(m.fill)
        fill = int(m.fill is not None and not cross)
        for x, y in m.points:
            p = c.beginPath()
            if m.shape == "o":
                p.circle(x, y, r)
            elif m.shape == "s":
                p.rect(x - r * 0.9, y - r * 0.9, 1.8 * r, 1.8 * r)
            elif m.shape == "x":
                k = r * 0.8
                p.moveTo(x - k, y - k)
                p.lineTo(x + k, y + k)
                p.moveTo(x - k, y + k)
                p.lineTo(x + k, y - k)
            else:
                if m.shape == "t":
                    pts = [(x - r, y - r * 0.75), (x + r, y - r * 0.75), (x, y + r)]
                elif m.shape == "d":
                    pts = [(x, y - r), (x + r, y), (x, y + r), (x - r, y)]
                else:  # star
                    pts = []
                    for i in range(10):
                        a = -math.pi / 2 + i * math.pi / 5
                        rr = r if i % 2 == 0 else r * 0.45
                        pts.append((x + rr * math.cos(a), y + rr * math.sin(a)))
                p.moveTo(*pts[0])
                for q in pts[1:]:
                    p.lineTo(*q)
                p.close()
            c.drawPath(p, stroke=int(stroke is not None), fill=fill)

    def _text(self, t: Text) -> None:
        c = self.canv
        f = self.fonts
        w = f.width(t.text, t.size, t.bold)
        dx = {"left": 0.0, "center": -w / 2, "right": -w}[t.align]
        asc, desc = f.ascent(t.size), f.descent(t.size)
        dy = {"top": asc, "middle": (asc - desc) / 2, "baseline": 0.0, "bottom": -desc}[t.valign]
        c.saveState()
        c.translate(t.x, t.y)
        if t.rotate:
            c.rotate(t.rotate)
        c.scale(1, -1)  # text upright in the y-down space
        self._fill(t.color)
        c.setFont(f.font(t.bold), t.size)
        c.drawString(dx, -dy, t.text)
        c.restoreState()


def chart_flowables(model: ChartModel, width: float) -> list[tuple[str, ChartFlowable]]:
    """One flowable per panel of ``model``, ``width`` points wide, in the panels' order."""
    fonts = ReportlabFonts()
    layout = ChartLayout(model, LAYOUT_WIDTH, fonts, PRINT, TEXT_SCALE, columns=2)
    return [(p.key, ChartFlowable(layout, p.key, width, fonts)) for p in layout.panels]
