"""What the progress charts show, without Qt: every plot's title, legend, caption, axis and drawn items.

:func:`build_chart` turns a ``coach.core.analytics.ProgressData`` into a
:class:`ChartModel`: one :class:`Plot` per chart (overall pain, one per body
region, sessions, how far the pain reaches, weekly scores), each listing what
is drawn in it, in drawing order (:class:`Line`, :class:`Bars`,
:class:`Points`, :class:`Band`, :class:`Level`, :class:`Note`), with styles
given as plain values (:class:`Stroke`, :class:`Marker`, :class:`Fill`).
``coach.charts.plot`` draws a model with pyqtgraph, on screen and into files
alike; nothing here needs Qt, so the model can be built and checked anywhere.

X coordinates count days from the first day of the period: day ``i`` spans
``i`` to ``i + 1`` and its value sits at ``i + 0.5``.

Nothing is told by colour alone: left is a solid line with filled circles,
right a dashed line with hollow squares; the meaningful-change band is
labelled; sessions done, stopped and planned differ in tone and outline; stops
are downward triangles and warning signs stars.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from coach.core import analytics
from coach.core.analytics import ProgressData, rolling_mean
from coach.core.textfmt import fixed as fmt
from coach.core.tracker import REGION_LABELS, REGIONS, location_key

PANELS: tuple[str, ...] = ("overall", "locations", "adherence", "centralization", "psfs")
PANEL_TITLES = {
    "overall": "Overall pain: the worst place each day",
    "locations": "Pain by place, left and right",
    "adherence": "Sessions done and planned",
    "centralization": "How far down the leg the pain reaches (lower on the chart is better)",
    "psfs": "Weekly scores",
}
Y_LABELS = {"overall": "Pain (0–10)", "adherence": "Sessions", "centralization": "Reaches",
            "psfs": "Score (0–10)", **{f"pain_{r}": "Pain (0–10)" for r in REGIONS}}

# colours: "#rrggbb", or (red, green, blue, alpha) for see-through fills
INK = "#222222"
MUTED = "#5b6166"
PAPER = "#ffffff"
WEEK_FILL = (0, 0, 0, 16)
LEFT = "#0b5fa5"  # blue: left side (solid line, filled circles)
RIGHT = "#c4420c"  # vermilion: right side (dashed line, hollow squares)
OVERALL = "#1b1b1b"
DAILY = "#7d848a"
DONE = "#1f5f6b"
PLANNED = "#c4cacf"  # planned but not done: a light tone, drawn behind the dark "done" bar
STOPPED = "#b0b7bd"
STOP_MARK = "#b3261e"
WARN_FILL = "#f0a500"
BAND = (46, 125, 50, 48)
BAND_LINE = "#2e7d32"
PSFS = "#1f5f6b"
PSFS_OUTLINE = "#c8c8c8"
WEEKLY_PAIN = "#6a3d9a"

PSFS_NOTE = ("PSFS (Patient-Specific Functional Scale): how well you manage the everyday activities you chose, "
             "from 0 (cannot do it) to 10 (as well as before the symptoms).")
EMPTY_DIARY = "No diary entries yet: fill in the Diary each evening and your charts appear here."
SMOOTH_DAYS = 120  # lines are antialiased when at most this many days are shown
MAX_SYMBOLS = 60  # symbols per line in view; more days are thinned so lines stay readable
BAR_WIDTH = 0.8  # of a day

Color = str | tuple[int, int, int, int]


# ------------------------------------------------------------------ styles
@dataclass(frozen=True)
class Stroke:
    """A line's colour, width (pixels) and dash: "solid", "dash", "dot" or "dashdot"."""

    color: Color
    width: float = 1.0
    dash: str = "solid"


@dataclass(frozen=True)
class Marker:
    """A point's shape ("o" circle, "s" square, "t" downward triangle, "d" diamond, "x" cross, "star"),
    size in pixels, fill (None: hollow) and outline (None: none)."""

    shape: str
    size: float
    fill: Color | None = None
    outline: Stroke | None = None


@dataclass(frozen=True)
class Fill:
    """The inside of a bar or a band, and its outline (None: none)."""

    color: Color
    outline: Stroke | None = None


@dataclass(frozen=True)
class LegendEntry:
    """One legend sample: a line with or without a marker, a lone marker, or a bar (``fill``)."""

    name: str
    stroke: Stroke | None = None
    marker: Marker | None = None
    fill: Fill | None = None


# ------------------------------------------------------------ what is drawn
@dataclass(frozen=True)
class Line:
    """A line through ``(x, y)``, broken where y is None.

    ``daily`` lines have one value per day: their markers are drawn apart
    from the line, above the other items and thinned to at most
    ``MAX_SYMBOLS`` in view, and mark days standing alone too. Other lines
    carry their markers themselves.
    """

    name: str
    x: tuple[float, ...]
    y: tuple[float | None, ...]
    stroke: Stroke
    marker: Marker | None = None
    daily: bool = False


@dataclass(frozen=True)
class Bars:
    """Bars centred on ``x``, from ``y0`` (one value for all, or one per bar) up by ``height``."""

    name: str
    x: tuple[float, ...]
    y0: float | tuple[float, ...]
    height: tuple[float, ...]
    width: float
    fill: Fill


@dataclass(frozen=True)
class Points:
    """Markers alone, at ``(x, y)``."""

    name: str
    x: tuple[float, ...]
    y: tuple[float, ...]
    marker: Marker


@dataclass(frozen=True)
class Band:
    """A horizontal band across the whole chart, from ``low`` to ``high``, behind the data."""

    name: str
    low: float
    high: float
    color: Color


@dataclass(frozen=True)
class Level:
    """A horizontal line across the chart with ``text`` at its right end."""

    name: str
    value: float
    text: str
    stroke: Stroke
    text_color: Color


@dataclass(frozen=True)
class Note:
    """A message in the middle of the chart, at height ``y`` (when there is nothing to draw)."""

    text: str
    y: float
    name: str = "note"


Item = Line | Bars | Points | Band | Level | Note


@dataclass(frozen=True)
class Plot:
    """One chart: ``key`` is a panel name, or ``pain_<region>`` for the charts of the "locations" panel."""

    key: str
    title: str
    y_label: str
    y_range: tuple[float, float] = (0, 10)
    y_ticks: tuple[tuple[float, str], ...] | None = None  # None: chosen by the axis
    legend: tuple[LegendEntry, ...] = ()
    caption: str = ""
    week_labels: bool = False  # "Week N" written in each program week
    items: tuple[Item, ...] = ()


@dataclass(frozen=True)
class WeekBand:
    """A program week, from ``x0`` to ``x1``; odd weeks are shaded."""

    number: int
    label: str
    x0: float
    x1: float


@dataclass(frozen=True)
class ChartModel:
    """Every chart of one ``ProgressData``, ready to draw."""

    data: ProgressData
    panels: tuple[str, ...]
    plots: tuple[Plot, ...]
    weeks: tuple[WeekBand, ...]
    weekly_average: tuple[float | None, ...]  # the 7-day average of overall pain, one value per day

    @property
    def origin(self) -> dt.date:
        return self.data.period.start

    def day_x(self, d: dt.date) -> float:
        """The x coordinate of the middle of a day."""
        return (d - self.origin).days + 0.5

    def x_day(self, x: float) -> dt.date:
        return self.origin + dt.timedelta(days=math.floor(x))

    def plot(self, key: str) -> Plot:
        return next(p for p in self.plots if p.key == key)


def check_panels(panels) -> tuple[str, ...]:
    panels = tuple(panels)
    unknown = set(panels) - set(PANELS)
    if unknown:
        raise ValueError(f"unknown chart panels {sorted(unknown)}; choose from {', '.join(PANELS)}")
    return panels


def plot_keys(panels: tuple[str, ...] = PANELS) -> list[str]:
    """The charts of ``panels``, in order ("locations" is one chart per region)."""
    return [k for p in panels for k in ([f"pain_{r}" for r in REGIONS] if p == "locations" else [p])]


def build_chart(data: ProgressData, panels=PANELS) -> ChartModel:
    """The charts of ``panels`` for ``data``."""
    panels = check_panels(panels)
    weekly_average = tuple(rolling_mean(data.overall))
    b = _Builder(data, weekly_average)
    plots: list[Plot] = []
    for panel in panels:
        if panel == "locations":
            plots += [b.location(region) for region in REGIONS]
        else:
            plots.append(getattr(b, panel)())
    weeks = tuple(WeekBand(w.number, w.label, b.day_x(w.start) - 0.5, b.day_x(w.end) + 0.5) for w in data.weeks)
    return ChartModel(data, panels, tuple(plots), weeks, weekly_average)


def _values(values) -> tuple[float | None, ...]:
    return tuple(None if v is None else float(v) for v in values)


class _Builder:
    def __init__(self, data: ProgressData, weekly_average: tuple[float | None, ...]):
        self.d = data
        self.weekly_average = weekly_average
        self.x = tuple(i + 0.5 for i in range(len(data.dates)))  # day i of the period is centred on i + 0.5

    def day_x(self, d: dt.date) -> float:
        return (d - self.d.period.start).days + 0.5

    def overall(self) -> Plot:
        d = self.d
        m = d.meaningful
        legend = [LegendEntry("Worst pain that day", Stroke(DAILY), Marker("o", 5, DAILY)),
                  LegendEntry("7-day average", Stroke(OVERALL, 3))]
        items: list[Item] = []
        if m is not None and m.threshold is not None:
            legend.append(LegendEntry("Meaningful improvement zone",
                                      fill=Fill(BAND, Stroke(BAND_LINE, dash="dash"))))
            items += [Band("band", 0, m.threshold, BAND),
                      Level("edge", m.threshold, f"meaningful improvement: {fmt(m.threshold)} or less",
                            Stroke(BAND_LINE, 1.5, "dash"), BAND_LINE),
                      Level("base", m.baseline, f"first week {fmt(m.baseline)}", Stroke(MUTED, 1, "dot"), MUTED)]
        if not d.has_diary:
            items.append(Note(EMPTY_DIARY, 5))
        else:
            items += [Line("daily", self.x, _values(d.overall), Stroke(DAILY), Marker("o", 5, DAILY), daily=True),
                      Line("average", self.x, self.weekly_average, Stroke(OVERALL, 3))]
        return Plot("overall", PANEL_TITLES["overall"], Y_LABELS["overall"], legend=tuple(legend),
                    caption=m.text if m else "", week_labels=True, items=tuple(items))

    def location(self, region: str) -> Plot:
        d = self.d
        key = f"pain_{region}"
        label = REGION_LABELS[region]
        legend = (LegendEntry("Left", Stroke(LEFT, 2), Marker("o", 8, LEFT, Stroke(LEFT))),
                  LegendEntry("Right", Stroke(RIGHT, 2, "dash"), Marker("s", 8, PAPER, Stroke(RIGHT, 1.5))))
        items: list[Item] = []
        if not d.has_diary:
            items.append(Note("No diary entries yet", 5))
        else:
            left = _values(d.pain[location_key(region, "left")])
            right = _values(d.pain[location_key(region, "right")])
            items += [Line("left", self.x, left, Stroke(LEFT, 2), Marker("o", 7, LEFT, Stroke(LEFT)), daily=True),
                      Line("right", self.x, right, Stroke(RIGHT, 2, "dash"),
                           Marker("s", 7, PAPER, Stroke(RIGHT, 1.5)), daily=True)]
            if all(v is None for v in left + right):
                items.append(Note(f"No {label.lower()} pain rated", 5))
        return Plot(key, f"{label} pain", Y_LABELS[key], legend=legend, items=tuple(items))

    def adherence(self) -> Plot:
        d = self.d
        a = d.adherence
        top = max([x.planned for x in a.days] + [2]) + 1
        stop_marker = Marker("t", 11, STOP_MARK, Stroke(INK))
        warn_marker = Marker("star", 13, WARN_FILL, Stroke(INK))
        legend = (LegendEntry("Planned", fill=Fill(PLANNED)),
                  LegendEntry("Done", fill=Fill(DONE)),
                  LegendEntry("Stopped early", fill=Fill(STOPPED, Stroke(INK))),
                  LegendEntry("Stop", marker=stop_marker),
                  LegendEntry("Warning sign", marker=warn_marker))
        items: list[Item] = []
        if a.days:
            x = tuple(self.day_x(day.date) for day in a.days)
            done = tuple(float(day.done) for day in a.days)
            items += [Bars("planned", x, 0, tuple(float(day.planned) for day in a.days), BAR_WIDTH, Fill(PLANNED)),
                      Bars("done", x, 0, done, BAR_WIDTH, Fill(DONE))]
            stopped = [i for i, day in enumerate(a.days) if day.stopped > 0]  # stacked on the done bar
            if stopped:
                items.append(Bars("stopped", tuple(x[i] for i in stopped), tuple(done[i] for i in stopped),
                                  tuple(float(a.days[i].stopped) for i in stopped), BAR_WIDTH,
                                  Fill(STOPPED, Stroke(INK))))
        else:
            items.append(Note("No sessions planned in this period yet", top / 2))
        planned_on = {x.date: x.planned for x in a.days}
        if d.stops:
            items.append(Points("stops", tuple(self.day_x(s.date) for s in d.stops),
                                tuple(planned_on.get(s.date, 1) + 0.45 for s in d.stops), stop_marker))
        if d.warning_signs:
            stop_days = {s.date for s in d.stops}
            items.append(Points("warnings", tuple(self.day_x(w.date) for w in d.warning_signs),
                                tuple(planned_on.get(w.date, 1) + 0.45 + (0.5 if w.date in stop_days else 0)
                                      for w in d.warning_signs), warn_marker))
        return Plot("adherence", f"{PANEL_TITLES['adherence']}: {a.text}", Y_LABELS["adherence"],
                    y_range=(0, top + 0.6), y_ticks=tuple((v, str(v)) for v in range(0, top + 1)), legend=legend,
                    week_labels=True, items=tuple(items))

    def centralization(self) -> Plot:
        d = self.d
        c = d.centralization
        marker = Marker("d", 7, INK, Stroke(INK))
        if not d.has_diary:
            items: tuple[Item, ...] = (Note("No diary entries yet", 2),)
        else:
            items = (Line("reach", self.x, _values(d.reach), Stroke(INK, 2), marker, daily=True),)
        return Plot("centralization", PANEL_TITLES["centralization"], Y_LABELS["centralization"], y_range=(0, 4),
                    y_ticks=tuple(enumerate(analytics.REACH_LABELS)),
                    legend=(LegendEntry("Furthest place with pain that day", Stroke(INK, 2),
                                        Marker("d", 8, INK, Stroke(INK))),),
                    caption=c.text + ("" if c.trend == "toward_back" else " " + analytics.CENTRALIZATION_NOTE),
                    items=items)

    def psfs(self) -> Plot:
        d = self.d
        psfs_line = Stroke(PSFS, 2.5)
        pain_line = Stroke(WEEKLY_PAIN, 2, "dashdot")
        pain_marker = Marker("x", 9, WEEKLY_PAIN, Stroke(WEEKLY_PAIN, 2))
        legend = (LegendEntry("PSFS (higher is better)", psfs_line, Marker("o", 9, PSFS)),
                  LegendEntry("Overall pain that week (lower is better)", pain_line, pain_marker))
        if not d.weekly:
            items: tuple[Item, ...] = (Note("No weekly scores yet: fill in the weekly check-in in the Diary", 5),)
        else:
            x = tuple(self.day_x(w.week_start) + 3 for w in d.weekly)
            items = (Line("psfs", x, _values(w.psfs_mean for w in d.weekly), psfs_line,
                          Marker("o", 9, PSFS, Stroke(PSFS_OUTLINE))),
                     Line("weekly-pain", x, _values(w.overall_pain for w in d.weekly), pain_line, pain_marker))
        return Plot("psfs", PANEL_TITLES["psfs"], Y_LABELS["psfs"], legend=legend, caption=PSFS_NOTE, items=items)
