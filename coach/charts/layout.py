"""Where everything of the progress charts goes on a page, as plain shapes and text: no Qt.

:class:`ChartLayout` places a :class:`coach.charts.model.ChartModel` on a page
of a given width: the page title, then each chart with its title, legend,
"Week N" row, plot area with axes and ticks, and caption. Charts of a panel
with several places ("locations") sit in a grid. Its :meth:`ChartLayout.items`
are drawing primitives in page pixels (96 per inch) with concrete colours
(:class:`Rect`, :class:`Polyline`, :class:`Marks`, :class:`Text`, and
:class:`Clip` around each chart's data), which ``coach.charts.paint`` draws
with QPainter (the screen, PNG, SVG, PDF) and ``coach.export.pdf_charts`` with
reportlab (the report). One layout, so a file shows what the screen shows.

Rules that keep the charts readable, at 100 % and at 200 % text:

* Data is drawn only inside its plot area: lines are cut where they leave it
  (not just hidden), and every chart's data is clipped to its own area, so a
  file opened in any viewer shows each panel's data in that panel only.
* Nothing is written over the data: what a line means (the first-week
  average, the meaningful-improvement mark) is in the legend; "Week N" labels
  have their own row above the plot.
* Date labels never overlap: the finest spacing (days, weeks, months, years)
  whose labels all fit is chosen, measured with the real font; the first
  label and each new month carry the month's name ("3 Nov", "10", "17";
  "Nov 2026", "Dec", "Jan 2027").
* Decimated to the pixels: a line with more points than its area has pixel
  columns keeps each column's lowest and highest value, and a line with days
  closer than a few pixels is drawn plainly (no antialiasing, one pixel wide
  for day-by-day values, no dashes, which its zigzag would hide anyway; markers
  still tell the sides apart); daily bars narrower
  than a few pixels are summed into weeks, then months (as a mean per day);
  markers are thinned to ``MAX_SYMBOLS`` per line, but a day standing alone is
  always marked.

Text is measured by a :class:`Fonts` object given by the renderer, so the
layout fits the font that draws it.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

from coach.charts.dateaxis import x_ticks
from coach.charts.model import (
    MAX_SYMBOLS,
    Band,
    Bars,
    ChartModel,
    LegendEntry,
    Level,
    Line,
    Marker,
    Note,
    Palette,
    Plot,
    Points,
    Stroke,
)
from coach.charts.shapes import Clip, Fonts, Lines, Marks, PanelBox, PlotArea, Polyline, Rect, Text, _Cell

PT = 96 / 72  # pixels per point

# text sizes (pixels at 100 % text)
TITLE = 13 * PT
PLOT_TITLE = 11 * PT
LEGEND = 9 * PT
TICK = 8.5 * PT
AXIS_LABEL = 9 * PT
CAPTION = 9 * PT
NOTE = 10 * PT

PLOT_HEIGHT = 170.0  # of the data area, at 100 % text
MARGIN = 12.0
GAP = 14.0  # between charts
COLUMN_GAP = 24.0
TWO_COLUMNS_FROM = 760.0  # page width from which the place charts sit two in a row
MIN_BAR_PX = 2.5  # narrower daily bars are summed into weeks, then months
DENSE_PX = 3.0  # lines with days closer than this many pixels are drawn without antialiasing


@dataclass
class ChartLayout:
    """Every chart of a model placed on a page ``width`` pixels wide (see the module's docstring)."""

    model: ChartModel
    width: float
    fonts: Fonts
    palette: Palette
    scale: float = 1.0  # text size: 1.0 for 100 %, 2.0 for 200 %
    columns: int | None = None  # the place charts side by side (2) or stacked (1); None: by width
    title: str | None = None
    height: float = 0.0
    panels: list[PanelBox] = field(default_factory=list)
    areas: dict[str, PlotArea] = field(default_factory=dict)
    _cells: dict[str, _Cell] = field(default_factory=dict)
    _items: dict[str, list] = field(default_factory=dict)
    _title_lines: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        s = self.scale
        cols = self.columns or (2 if self.width >= TWO_COLUMNS_FROM * min(1.5, s) else 1)
        inner = self.width - 2 * MARGIN
        y = MARGIN
        if self.title:
            self._title_lines = wrap(self.title, inner, self.fonts, TITLE * s, True)
            y += len(self._title_lines) * line_height(self.fonts, TITLE * s) + 6
        plots = {p.key: p for p in self.model.plots}
        for panel in self.model.panels:
            keys = [k for k in plots if k.startswith("pain_")] if panel == "locations" else [panel]
            ncol = cols if len(keys) > 1 else 1
            cw = (inner - COLUMN_GAP * (ncol - 1)) / ncol
            top = y
            for row in range(math.ceil(len(keys) / ncol)):
                cells = [self._cell(plots[k], MARGIN + i * (cw + COLUMN_GAP), cw)
                         for i, k in enumerate(keys[row * ncol:(row + 1) * ncol])]
                head = max(c.head for c in cells)
                foot = max(c.foot for c in cells)
                ph = PLOT_HEIGHT * (1 + (s - 1) * 0.5)
                for c in cells:
                    c.y = y
                    p = c.plot
                    low, high = p.y_range
                    pad = (high - low) * 0.05
                    c.area = PlotArea(p.key, c.x + c.left, y + head, c.w - c.left - 4, ph, max(1, self.model.days),
                                      low - pad, high + pad)
                    self.areas[p.key] = c.area
                    self._cells[p.key] = c
                y += head + ph + foot + GAP
            self.panels.append(PanelBox(panel, MARGIN, top, inner, y - GAP - top, tuple(keys)))
        self.height = math.ceil(y - GAP + MARGIN)

    # ------------------------------------------------------------ sizes
    def _cell(self, p: Plot, x: float, w: float) -> _Cell:
        f, s = self.fonts, self.scale
        title = wrap(p.title, w, f, PLOT_TITLE * s, True)
        legend = _legend_rows(p.legend, w, f, LEGEND * s)
        caption = wrap(p.caption, w, f, CAPTION * s) if p.caption else []
        ticks = [t for _v, t in p.y_ticks] if p.y_ticks is not None else [_num(v) for v in _auto_ticks(p.y_range)]
        left = (line_height(f, AXIS_LABEL * s) + 6 + max(f.width(t, TICK * s) for t in ticks) + 8
                if p.y_label else max(f.width(t, TICK * s) for t in ticks) + 10)
        c = _Cell(p, x, w, title, legend, caption, left)
        lh = line_height(f, LEGEND * s)
        c.head = (len(title) * line_height(f, PLOT_TITLE * s) + 4 + len(legend) * max(lh, 14 * s) + 4
                  + (line_height(f, TICK * s) + 2 if p.week_labels else 0))
        c.foot = line_height(f, TICK * s) + 8 + (len(caption) * line_height(f, CAPTION * s) + 2 if caption else 0)
        return c

    # ------------------------------------------------------------ items
    def items(self, key: str | None = None) -> list:
        """The primitives of chart ``key`` (made the first time they are asked for), or of the whole page."""
        if key is None:
            out = self.header()
            for k in self._cells:
                out += self.items(k)
            return out
        if key not in self._items:
            self._items[key] = self._plot_items(self._cells[key])
        return self._items[key]

    def header(self) -> list:
        """The page title (files only)."""
        f, s = self.fonts, self.scale
        out = []
        y = MARGIN
        for line in self._title_lines:
            out.append(Text(MARGIN, y, line, TITLE * s, self.palette.ink, True, valign="top"))
            y += line_height(f, TITLE * s)
        return out

    def keys_in(self, top: float, bottom: float) -> list[str]:
        """The charts whose cells reach into the band of the page from ``top`` to ``bottom``."""
        out = []
        for k, c in self._cells.items():
            a = c.area
            if c.y <= bottom and a.y + a.h + c.foot >= top:
                out.append(k)
        return out

    def cell_rect(self, key: str) -> tuple[float, float, float, float]:
        c = self._cells[key]
        return c.x, c.y, c.w, c.area.y + c.area.h + c.foot - c.y

    def _plot_items(self, c: _Cell) -> list:
        f, s, pal = self.fonts, self.scale, self.palette
        p, a = c.plot, c.area
        col = pal.color
        out: list = []
        y = c.y
        for line in c.title:
            out.append(Text(c.x, y, line, PLOT_TITLE * s, pal.ink, True, valign="top"))
            y += line_height(f, PLOT_TITLE * s)
        y += 4
        lh = max(line_height(f, LEGEND * s), 14 * s)
        for row in c.legend:
            x = c.x
            for entry, tw in row:
                out += _legend_sample(entry, x, y + lh / 2, s, pal)
                out.append(Text(x + 26 * s, y + lh / 2, entry.name, LEGEND * s, pal.ink, valign="middle"))
                x += 26 * s + tw + 14 * s
            y += lh
        # every other program week shaded; "Week N" over each week it fits
        weeks = [w for w in self.model.weeks if w.x1 > 0 and w.x0 < a.days]
        shade = [Rect(a.px(max(0, w.x0)), a.y, a.px(min(a.days, w.x1)) - a.px(max(0, w.x0)), a.h, col(pal.week_fill))
                 for w in weeks if w.number % 2 == 1]
        if p.week_labels:
            wy = a.y - 2
            for w in weeks:
                x0, x1 = a.px(max(0, w.x0)), a.px(min(a.days, w.x1))
                if f.width(w.label, TICK * s) + 6 <= x1 - x0:
                    out.append(Text((x0 + x1) / 2, wy, w.label, TICK * s, pal.muted, align="center",
                                    valign="bottom"))
        # y axis: grid, ticks, labels and title
        ticks = list(p.y_ticks) if p.y_ticks is not None else [(v, _num(v)) for v in _auto_ticks(p.y_range)]
        grid = []
        for v, text in ticks:
            yy = a.py(v)
            grid.append(Polyline(((a.x, yy), (a.x + a.w, yy)), pal.grid, 1))
            out.append(Text(a.x - 6, yy, text, TICK * s, pal.ink, align="right", valign="middle"))
        if p.y_label:
            out.append(Text(c.x + 1, a.y + a.h / 2, p.y_label, AXIS_LABEL * s, pal.ink, align="center",
                            valign="top", rotate=-90))
        # the data, clipped to the area
        data: list = [*shade, *grid]
        on_top: list = []
        for item in p.items:
            data += self._data(item, a, on_top)
        out.append(Clip(a.x, a.y, a.w, a.h, tuple(data + on_top)))
        # axes and date ticks
        bottom = a.y + a.h
        out.append(Polyline(((a.x, a.y), (a.x, bottom), (a.x + a.w, bottom)), pal.axis, 1))
        for xv, text in x_ticks(self.model.origin, a.days, a.w, f, TICK * s, c.x - a.x, c.x + c.w - a.x):
            xp = a.px(xv)
            out.append(Polyline(((xp, bottom), (xp, bottom + 4)), pal.axis, 1))
            out.append(Text(xp + text[1], bottom + 5, text[0], TICK * s, pal.ink, align="center", valign="top"))
        y = bottom + line_height(f, TICK * s) + 8
        for line in c.caption:
            out.append(Text(c.x, y, line, CAPTION * s, pal.muted, valign="top"))
            y += line_height(f, CAPTION * s)
        return out

    def _data(self, item, a: PlotArea, on_top: list) -> list:
        pal = self.palette
        col = pal.color
        if isinstance(item, Band):
            y0, y1 = a.py(item.high), a.py(item.low)
            return [Rect(a.x, y0, a.w, y1 - y0, col(item.color))]
        if isinstance(item, Level):
            yy = a.py(item.value)
            st = item.stroke
            return [Polyline(((a.x, yy), (a.x + a.w, yy)), col(st.color), st.width, st.dash)]
        if isinstance(item, Note):
            return [Text(a.x + a.w / 2, a.py(item.y), item.text, NOTE * self.scale, pal.muted, align="center",
                         valign="middle")]
        if isinstance(item, Line):
            return self._line(item, a, on_top)
        if isinstance(item, Bars):
            return self._bars(item, a)
        if isinstance(item, Points):
            pts = tuple((a.px(x), a.py(y)) for x, y in zip(item.x, item.y, strict=True) if 0 <= x <= a.days)
            return [_marks(item.marker, pts, pal)] if pts else []
        raise TypeError(f"cannot lay out {type(item).__name__}")

    def _line(self, line: Line, a: PlotArea, on_top: list) -> list:
        pal = self.palette
        st = line.stroke
        out = []
        runs = []
        # a.px and a.py, inlined: this runs for every point of every line
        x0, kx = a.x, a.w / a.days
        y1, v0, ky = a.y + a.h, a.y0, a.h / (a.y1 - a.y0)
        for run in _runs(line.x, line.y):
            run = _cut(run, 0.0, float(a.days))
            if len(run) < 2:
                continue
            pts = [(x0 + x * kx, y1 - (y - v0) * ky) for x, y in run]
            if len(pts) > 2 * a.w:
                pts = _decimate(pts, a.x)
            runs.append(tuple(pts))
        if runs:
            # a dense line (months on end) is drawn plainly: no antialiasing, and no dashes, which would not show
            # in its zigzag anyway (its markers still tell left from right)
            smooth = a.days <= a.w / DENSE_PX
            width = st.width if smooth or not line.daily else min(st.width, 1.0)  # a wide zigzag costs 100 × more
            out.append(Lines(tuple(runs), pal.color(st.color), width, st.dash if smooth else "solid", smooth))
        m = line.marker
        if m is not None:
            pts = _marker_points(line, a) if line.daily else [
                (a.px(x), a.py(y)) for x, y in zip(line.x, line.y, strict=True) if y is not None and 0 <= x <= a.days]
            if pts:
                (on_top if line.daily else out).append(_marks(m, tuple(pts), pal))
        return out

    def _bars(self, bars: Bars, a: PlotArea) -> list:
        pal = self.palette
        x, h = list(bars.x), list(bars.height)
        y0 = list(bars.y0) if isinstance(bars.y0, tuple) else [float(bars.y0)] * len(x)
        width = bars.width
        ppd = a.w / a.days
        if width * ppd < MIN_BAR_PX and x:
            x, y0, h, width = self._summed(bars, x, y0, h, 7 if 7 * width * ppd >= MIN_BAR_PX else None)
        fill = bars.fill
        stroke = fill.outline
        thin = width * ppd < 4
        out = []
        for xc, b, hh in zip(x, y0, h, strict=True):
            if hh <= 0 or not (0 <= xc <= a.days):
                continue
            x0 = a.px(xc - width / 2)
            top = a.py(b + hh)
            out.append(Rect(x0, top, width * ppd, a.py(b) - top, pal.color(fill.color),
                            None if stroke is None or thin else pal.color(stroke.color),
                            stroke.width if stroke else 1.0))
        return out

    def _summed(self, bars: Bars, x, y0, h, step: int | None):
        """Daily bars summed into weeks (``step`` 7) or calendar months, as a mean per day of the bucket."""
        origin = self.model.origin
        days = self.model.days

        def bucket(xc: float):
            i = int(math.floor(xc))
            if step:
                return i // step
            d = origin + dt.timedelta(days=i)
            return (d.year, d.month)

        spans: dict = {}
        for i in range(days):
            k = bucket(i + 0.5)
            lo, hi = spans.get(k, (i, i))
            spans[k] = (min(lo, i), max(hi, i))
        sums: dict = {}
        for xc, hh in zip(x, h, strict=True):
            k = bucket(xc)
            sums[k] = sums.get(k, 0.0) + hh
        base: dict = {}
        if bars.stack_on:
            under = next((b for b in self._cells_bars(bars.stack_on)), None)
            if under is not None:
                for xc, hh in zip(under.x, under.height, strict=True):
                    k = bucket(xc)
                    base[k] = base.get(k, 0.0) + hh
        out_x, out_y0, out_h = [], [], []
        for k, total in sums.items():
            lo, hi = spans[k]
            n = hi - lo + 1
            out_x.append((lo + hi + 1) / 2)
            out_h.append(total / n)
            out_y0.append(base.get(k, 0.0) / n if bars.stack_on else (y0[0] if y0 else 0.0))
        width = (step or 30) * bars.width
        return out_x, out_y0, out_h, width

    def _cells_bars(self, name: str):
        for c in self._cells.values():
            for item in c.plot.items:
                if isinstance(item, Bars) and item.name == name:
                    yield item


# ------------------------------------------------------------- helpers
def line_height(fonts: Fonts, size: float) -> float:
    return math.ceil(fonts.ascent(size) + fonts.descent(size) + size * 0.15)


def wrap(text: str, width: float, fonts: Fonts, size: float, bold: bool = False) -> list[str]:
    """``text`` broken into lines no wider than ``width`` (a word longer than that gets a line of its own)."""
    out: list[str] = []
    for para in text.split("\n"):
        line = ""
        for word in para.split():
            cand = f"{line} {word}" if line else word
            if line and fonts.width(cand, size, bold) > width:
                out.append(line)
                line = word
            else:
                line = cand
        out.append(line)
    return [line for line in out if line] or ([""] if text else [])


def _num(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


def _auto_ticks(rng: tuple[float, float]) -> list[float]:
    low, high = rng
    span = high - low
    step = next(s for s in (1, 2, 5, 10, 20, 50, 100) if span / s <= 6)
    v = math.ceil(low / step) * step
    out = []
    while v <= high + 1e-9:
        out.append(v)
        v += step
    return out


def _legend_rows(entries, width: float, fonts: Fonts, size: float) -> list[list[tuple[LegendEntry, float]]]:
    scale = size / LEGEND
    rows: list[list[tuple[LegendEntry, float]]] = [[]]
    x = 0.0
    for e in entries:
        tw = fonts.width(e.name, size)
        need = 26 * scale + tw
        if rows[-1] and x + need > width:
            rows.append([])
            x = 0.0
        rows[-1].append((e, tw))
        x += need + 14 * scale
    return [r for r in rows if r]


def _legend_sample(e: LegendEntry, x: float, y: float, s: float, pal: Palette) -> list:
    out: list = []
    if e.fill is not None:
        o = e.fill.outline
        out.append(Rect(x + 4 * s, y - 5 * s, 16 * s, 10 * s, pal.color(e.fill.color),
                        pal.color(o.color) if o else None, o.width if o else 1.0, o.dash if o else "solid"))
        return out
    if e.stroke is not None:
        st = e.stroke
        out.append(Polyline(((x, y), (x + 22 * s, y)), pal.color(st.color), st.width, st.dash))
    if e.marker is not None:
        out.append(_marks(e.marker, ((x + 11 * s, y),), pal, min(s, 1.5)))
    return out


def _marks(m: Marker, points, pal: Palette, scale: float = 1.0) -> Marks:
    o: Stroke | None = m.outline
    return Marks(m.shape, m.size * scale, pal.color(m.fill), pal.color(o.color) if o else None,
                 o.width if o else 1.0, tuple(points))


def _runs(xs, ys) -> list[list[tuple[float, float]]]:
    """The points of a line split where a value is missing."""
    runs: list[list[tuple[float, float]]] = []
    cur: list[tuple[float, float]] = []
    for x, y in zip(xs, ys, strict=True):
        if y is None:
            if cur:
                runs.append(cur)
                cur = []
        else:
            cur.append((x, y))
    if cur:
        runs.append(cur)
    return runs


def _cut(run: list[tuple[float, float]], lo: float, hi: float) -> list[tuple[float, float]]:
    """The part of a polyline from x ``lo`` to x ``hi`` (points added where it crosses them)."""
    if all(lo <= x <= hi for x, _ in run):
        return run
    out: list[tuple[float, float]] = []
    for (x0, y0), (x1, y1) in zip(run, run[1:], strict=False):
        a, b = max(lo, min(x0, x1)), min(hi, max(x0, x1))
        if a > b:
            continue
        def at(x, x0=x0, y0=y0, x1=x1, y1=y1):
            return y0 if x1 == x0 else y0 + (y1 - y0) * (x - x0) / (x1 - x0)
        p, q = (a, at(a)), (b, at(b))
        if x1 < x0:
            p, q = q, p
        if not out or out[-1] != p:
            out.append(p)
        out.append(q)
    if len(run) == 1 and lo <= run[0][0] <= hi:
        return run
    return out


def _decimate(pts: list[tuple[float, float]], x0: float) -> list[tuple[float, float]]:
    """One pixel column's lowest and highest point each (in the order they come), for a line denser than
    its pixels."""
    out: list[tuple[float, float]] = []
    col = None
    lo = hi = None
    for p in pts:
        c = int(p[0] - x0)
        if c != col:
            if lo is not None:
                out += [lo, hi] if lo is not hi else [lo]
            col, lo, hi = c, p, p
            continue
        if p[1] > lo[1]:
            lo = p
        if p[1] < hi[1]:
            hi = p
    if lo is not None:
        out += [lo, hi] if lo is not hi else [lo]
    return out


def _marker_points(line: Line, a: PlotArea) -> list[tuple[float, float]]:
    """The markers of a daily line: thinned to ``MAX_SYMBOLS``, but every day standing alone kept."""
    ys = line.y
    shown = [i for i, (x, y) in enumerate(zip(line.x, ys, strict=True)) if y is not None and 0 <= x <= a.days]
    step = max(1, math.ceil(len(shown) / MAX_SYMBOLS))
    n = len(ys)
    keep = []
    for k, i in enumerate(shown):
        alone = (i == 0 or ys[i - 1] is None) and (i == n - 1 or ys[i + 1] is None)
        if alone or k % step == 0:
            keep.append(i)
    return [(a.px(line.x[i]), a.py(ys[i])) for i in keep]
