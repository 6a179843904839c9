"""The drawing primitives and geometry of the chart layout (page pixels, concrete colours; no Qt)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from coach.charts.model import (
    Color,
    LegendEntry,
    Plot,
)


class Fonts(Protocol):
    """Text measurement of the renderer's font (sizes in pixels)."""

    def width(self, text: str, size: float, bold: bool = False) -> float: ...

    def ascent(self, size: float) -> float: ...

    def descent(self, size: float) -> float: ...


# ------------------------------------------------------------ primitives
@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    fill: Color | None = None
    stroke: Color | None = None
    width: float = 1.0
    dash: str = "solid"


@dataclass(frozen=True, slots=True)
class Polyline:
    """A line; ``smooth`` False for a line denser than a few pixels a point (antialiasing it costs much and
    shows nothing)."""

    points: tuple[tuple[float, float], ...]
    color: Color
    width: float = 1.0
    dash: str = "solid"
    smooth: bool = True


@dataclass(frozen=True, slots=True)
class Lines:
    """One data line with gaps: each run is drawn joined, nothing between runs (one draw for all of them)."""

    runs: tuple[tuple[tuple[float, float], ...], ...]
    color: Color
    width: float = 1.0
    dash: str = "solid"
    smooth: bool = True


@dataclass(frozen=True, slots=True)
class Marks:
    """The same marker at many points: shape "o", "s", "t", "d", "x" or "star", ``size`` pixels across."""

    shape: str
    size: float
    fill: Color | None
    stroke: Color | None
    stroke_width: float
    points: tuple[tuple[float, float], ...]


@dataclass(frozen=True, slots=True)
class Text:
    """One line of text at ``(x, y)``: ``align`` left/center/right of x, ``valign`` top/middle/baseline/bottom
    of y; ``rotate`` -90 turns it to read upwards (about its anchor)."""

    x: float
    y: float
    text: str
    size: float
    color: Color
    bold: bool = False
    align: str = "left"
    valign: str = "baseline"
    rotate: int = 0


@dataclass(frozen=True, slots=True)
class Clip:
    """Items drawn only inside the rectangle."""

    x: float
    y: float
    w: float
    h: float
    items: tuple


Item = Rect | Polyline | Lines | Marks | Text | Clip


# ------------------------------------------------------------- geometry
@dataclass
class PlotArea:
    """One chart's data area on the page, and how data maps onto it."""

    key: str
    x: float
    y: float
    w: float
    h: float
    days: int
    y0: float
    y1: float

    def px(self, xv: float) -> float:
        return self.x + xv / self.days * self.w

    def py(self, yv: float) -> float:
        return self.y + self.h - (yv - self.y0) / (self.y1 - self.y0) * self.h

    def day_at(self, px: float) -> int | None:
        """The index of the day under page x ``px``, or None outside the area."""
        if not (self.x <= px <= self.x + self.w):
            return None
        return min(self.days - 1, max(0, int((px - self.x) / self.w * self.days)))

    def contains(self, px: float, py: float) -> bool:
        return self.x <= px <= self.x + self.w and self.y <= py <= self.y + self.h


@dataclass
class _Cell:
    plot: Plot
    x: float
    w: float
    title: list[str]
    legend: list[list[tuple[LegendEntry, float]]]  # rows of (entry, text width)
    caption: list[str]
    left: float  # width of the left axis (tick labels and the axis title)
    head: float = 0.0  # title + legend (+ week row) height
    foot: float = 0.0
    y: float = 0.0  # top of the cell
    area: PlotArea | None = None


@dataclass
class PanelBox:
    """Where one panel (all its charts) is on the page."""

    key: str
    x: float
    y: float
    w: float
    h: float
    plots: tuple[str, ...]
