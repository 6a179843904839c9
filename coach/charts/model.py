"""What the progress charts show, without Qt: every plot's title, legend, caption, axis and drawn items.

:func:`build_chart` turns a ``coach.core.analytics.ProgressData`` into a
:class:`ChartModel`: one :class:`Plot` per chart (overall pain, one per body
region, sessions, how far the pain reaches, weekly scores), each listing what
is drawn in it, in drawing order (:class:`Line`, :class:`Bars`,
:class:`Points`, :class:`Band`, :class:`Level`, :class:`Note`), with styles
given as plain values (:class:`Stroke`, :class:`Marker`, :class:`Fill`).
``coach.charts.layout`` places a model on a page and ``coach.charts.paint``
draws it, on screen and into files alike; nothing here needs Qt, so the model
can be built and checked anywhere.

Colours are *roles* ("left", "ink", "band" …) that a :class:`Palette` turns
into colours when the charts are drawn: the screen follows the app's theme,
files stay on white paper (:data:`PRINT`). A literal ``#rrggbb`` works too.

X coordinates count days from the first day of the period: day ``i`` spans
``i`` to ``i + 1`` and its value sits at ``i + 0.5``. The charts show exactly
the period's days, ``0`` to ``len(period)``; nothing is drawn outside them.

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
from coach.core.i18n import QT_TRANSLATE_NOOP, Texts, translate
from coach.core.textfmt import fixed as fmt
from coach.core.tracker import REGION_LABELS, REGIONS, location_key

PANELS: tuple[str, ...] = ("overall", "locations", "adherence", "centralization", "psfs")
PANEL_TITLES = Texts("progress", {
    "overall": QT_TRANSLATE_NOOP("progress", "Overall pain: the worst place each day"),
    "locations": QT_TRANSLATE_NOOP("progress", "Pain by place, left and right"),
    "adherence": QT_TRANSLATE_NOOP("progress", "Sessions done and planned"),
    "centralization": QT_TRANSLATE_NOOP("progress", "How far down the leg the pain reaches (lower on the chart is better)"),
    "psfs": QT_TRANSLATE_NOOP("progress", "Weekly scores"),
})
Y_LABELS = Texts("progress", {"overall": QT_TRANSLATE_NOOP("progress", "Pain (0–10)"),
                              "adherence": QT_TRANSLATE_NOOP("progress", "Sessions"),
                              "centralization": QT_TRANSLATE_NOOP("progress", "Reaches"),
                              "psfs": QT_TRANSLATE_NOOP("progress", "Score (0–10)"),
                              **{f"pain_{r}": QT_TRANSLATE_NOOP("progress", "Pain (0–10)") for r in REGIONS}})

Color = str | tuple[int, int, int, int]  # a role name, "#rrggbb", or (red, green, blue, alpha)


@dataclass(frozen=True)
class Palette:
    """The colour of every role the charts use."""

    name: str
    paper: str
    ink: str  # titles, axes' text, outlines
    muted: str  # captions, notes, secondary lines
    axis: str
    grid: str
    week_fill: Color  # every other program week
    left: str  # left side: solid line, filled circles
    right: str  # right side: dashed line, hollow squares
    overall: str
    daily: str
    done: str
    planned: str  # planned but not done: a light tone behind the "done" bar
    stopped: str
    stop_mark: str
    warn_fill: str
    band: Color
    band_line: str
    psfs: str
    psfs_outline: str
    weekly_pain: str
    flare: str = "#8e1b5a"  # a flare: a diamond along the top of the overall pain chart
    session_pain: str = "#6a3d9a"  # a session's pain before (hollow circle) and after (filled square), joined

    def color(self, c: Color | None) -> Color | None:
        """The colour of a role (a literal colour is returned as it is)."""
        if isinstance(c, str) and not c.startswith("#"):
            return getattr(self, c)
        return c


PRINT = Palette(
    name="print", paper="#ffffff", ink="#222222", muted="#5b6166", axis="#5b6166", grid="#dde1e4",
    week_fill=(0, 0, 0, 16), left="#0b5fa5", right="#c4420c", overall="#1b1b1b", daily="#7d848a",
    done="#1f5f6b", planned="#c4cacf", stopped="#b0b7bd", stop_mark="#b3261e", warn_fill="#f0a500",
    band=(46, 125, 50, 48), band_line="#2e7d32", psfs="#1f5f6b", psfs_outline="#c8c8c8", weekly_pain="#6a3d9a",
    flare="#8e1b5a", session_pain="#6a3d9a",
)
DARK = Palette(
    name="dark", paper="#262b30", ink="#e8eaed", muted="#b3bbc2", axis="#8f9ba6", grid="#3a424a",
    week_fill=(255, 255, 255, 16), left="#6cb4ff", right="#ffab5e", overall="#f2f2f2", daily="#a4acb3",
    done="#4fb3c4", planned="#4a535c", stopped="#7d878f", stop_mark="#ff6b5e", warn_fill="#ffc23d",
    band=(123, 198, 126, 52), band_line="#7bc67e", psfs="#5cc8d8", psfs_outline="#262b30", weekly_pain="#c49bf0",
    flare="#f08ccf", session_pain="#c49bf0",
)
HIGH_CONTRAST = Palette(
    name="high-contrast", paper="#000000", ink="#ffffff", muted="#e6e6e6", axis="#ffffff", grid="#808080",
    week_fill=(255, 255, 255, 40), left="#1aebff", right="#ffff00", overall="#ffffff", daily="#e6e6e6",
    done="#1aebff", planned="#5a5a5a", stopped="#b0b0b0", stop_mark="#ff9e9e", warn_fill="#ffff00",
    band=(125, 255, 125, 60), band_line="#7dff7d", psfs="#1aebff", psfs_outline="#000000", weekly_pain="#ff9eff",
    flare="#ff66ff", session_pain="#ff9eff",
)
PALETTES = {p.name: p for p in (PRINT, DARK, HIGH_CONTRAST)}


def screen_palette(theme: str, *, paper: str | None = None, ink: str | None = None, muted: str | None = None,
                   grid: str | None = None) -> Palette:
    """The palette for the screen in the app's theme ("light", "dark" or "high-contrast"), on the theme's own
    surface and text colours when given."""
    from dataclasses import replace

    base = PALETTES.get(theme, PRINT)
    changes = {k: v for k, v in (("paper", paper), ("ink", ink), ("muted", muted), ("grid", grid)) if v}
    if base is PRINT and paper:
        changes["psfs_outline"] = paper
    return replace(base, **changes)


PSFS_NOTE = QT_TRANSLATE_NOOP("progress", "PSFS (Patient-Specific Functional Scale): how well you manage the "
                              "everyday activities you chose, from 0 (cannot do it) to 10 (as well as before the "
                              "symptoms).")
EMPTY_DIARY = QT_TRANSLATE_NOOP("progress", "No diary entries yet: fill in the Diary each evening and your charts "
                                "appear here.")
SMOOTH_DAYS = 120  # lines are antialiased when at most this many days are shown
MAX_SYMBOLS = 60  # symbols per line in view; more days are thinned so lines stay readable
BAR_WIDTH = 0.8  # of a day
FLARE_Y = 10.3  # flares sit just above the top of the 0-10 pain scale

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
    """Bars centred on ``x``, from ``y0`` (one value for all, or one per bar) up by ``height``.

    ``stack_on`` names the bars these sit on (their ``y0`` is that bar's top), so
    that days summed into weeks or months stay stacked.
    """

    name: str
    x: tuple[float, ...]
    y0: float | tuple[float, ...]
    height: tuple[float, ...]
    width: float
    fill: Fill
    stack_on: str | None = None


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
    """A horizontal line across the chart; its legend entry says what it is (nothing is written over the data)."""

    name: str
    value: float
    stroke: Stroke


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

    @property
    def days(self) -> int:
        """Days shown: x runs from 0 to this."""
        return self.data.period.days

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
        raise ValueError("unknown chart panels {unknown}; choose from {PANELS}".format(unknown=sorted(unknown), PANELS=', '.join(PANELS)))
    return panels


def plot_keys(panels: tuple[str, ...] = PANELS) -> list[str]:
    """The charts of ``panels``, in order ("locations" is one chart per region)."""
    return [k for p in panels for k in ([f"pain_{r}" for r in REGIONS] if p == "locations" else [p])]


def build_chart(data: ProgressData, panels=PANELS) -> ChartModel:
    """The charts of ``panels`` for ``data``."""
    panels = check_panels(panels)
    weekly_average = tuple(data.weekly_average) or tuple(rolling_mean(data.overall))
    b = _Builder(data, weekly_average)
    plots: list[Plot] = []
    for panel in panels:
        if panel == "locations":
            plots += [b.location(region) for region in REGIONS]
        else:
            plots.append(getattr(b, panel)())
    weeks = tuple(WeekBand(w.number, w.label, b.day_x(w.start) - 0.5, b.day_x(w.end) + 0.5) for w in data.weeks)
    return ChartModel(data, panels, tuple(plots), weeks, weekly_average)


# --------------------------------------------------- pain before and after
PAIR_HALF = 0.18  # of a day: a session's "before" sits this far left of its place, its "after" this far right
BEFORE_MARK = Marker("o", 8, "paper", Stroke("session_pain", 1.5))
AFTER_MARK = Marker("s", 7, "session_pain", Stroke("session_pain", 1))
def session_pain_legend() -> tuple[LegendEntry, ...]:
    """The legend of the sessions' pain pairs, in the language in use."""
    return (LegendEntry(translate("progress", "Pain before a session"), marker=BEFORE_MARK),
            LegendEntry(translate("progress", "and after it"), Stroke("session_pain", 1.5), AFTER_MARK))


def session_pain_items(d: ProgressData, day_x) -> list[Item]:
    """Each session rated before and after: a hollow circle (before) joined to a filled square (after), side by
    side on its day (several sessions of a day share it)."""
    pairs = [p for p in d.session_pain if p.rated]
    if not pairs:
        return []
    per_day: dict[dt.date, int] = {}
    for p in pairs:
        per_day[p.date] = per_day.get(p.date, 0) + 1
    seen: dict[dt.date, int] = {}
    xs: list[float] = []
    ys: list[float | None] = []
    bx: list[float] = []
    ax: list[float] = []
    for p in pairs:
        n, k = per_day[p.date], seen.get(p.date, 0)
        seen[p.date] = k + 1
        centre = day_x(p.date) - 0.5 + (k + 0.5) / n
        half = PAIR_HALF / n
        bx.append(centre - half)
        ax.append(centre + half)
        xs += [centre - half, centre + half, centre]
        ys += [float(p.before), float(p.after), None]
    return [Line("session-pain", tuple(xs), tuple(ys), Stroke("session_pain", 1.5)),
            Points("pain-before", tuple(bx), tuple(float(p.before) for p in pairs), BEFORE_MARK),
            Points("pain-after", tuple(ax), tuple(float(p.after) for p in pairs), AFTER_MARK)]


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
        pairs = session_pain_items(d, self.day_x)
        legend = [LegendEntry(translate("progress", "Worst pain that day"), Stroke("daily"), Marker("o", 5, "daily")),
                  LegendEntry(translate("progress", "7-day average"), Stroke("overall", 3))] if d.has_diary else []
        items: list[Item] = []
        caption = m.text if m else ""
        if m is not None and m.threshold is not None:
            legend += [LegendEntry(translate("progress", "Meaningful improvement: {threshold} or less").format(threshold=fmt(m.threshold)),
                                   fill=Fill("band", Stroke("band_line", dash="dash"))),
                       LegendEntry(translate("progress", "First week {baseline}").format(baseline=fmt(m.baseline)), Stroke("muted", 1.5, "dot"))]
            items += [Band("band", 0, m.threshold, "band"),
                      Level("edge", m.threshold, Stroke("band_line", 1.5, "dash")),
                      Level("base", m.baseline, Stroke("muted", 1.5, "dot"))]
        elif m is not None:
            legend.append(LegendEntry(translate("progress", "First week {baseline}").format(baseline=fmt(m.baseline)), Stroke("muted", 1.5, "dot")))
            items.append(Level("base", m.baseline, Stroke("muted", 1.5, "dot")))
        if not d.has_diary and pairs:  # the sessions' pain is drawn: the diary's absence goes under the chart
            caption = " ".join(t for t in (caption, translate("progress", EMPTY_DIARY)) if t)
        elif not d.has_diary:
            items.append(Note(translate("progress", EMPTY_DIARY), 5))
        else:
            items += [Line("daily", self.x, _values(d.overall), Stroke("daily"), Marker("o", 5, "daily"), daily=True),
                      Line("average", self.x, self.weekly_average, Stroke("overall", 3))]
        if pairs:  # each session's pain before and after it, side by side on its day
            legend += list(session_pain_legend())
            items += pairs
        if d.flares:  # the days the flare plan was opened, along the top
            flare = Marker("d", 12, "flare", Stroke("ink"))
            legend.append(LegendEntry(translate("progress", "Flare (flare plan opened)"), marker=flare))
            items.append(Points("flares", tuple(self.day_x(f) for f in d.flares), (FLARE_Y,) * len(d.flares), flare))
        return Plot("overall", PANEL_TITLES["overall"], Y_LABELS["overall"], legend=tuple(legend),
                    caption=caption, week_labels=True, items=tuple(items),
                    y_range=(0, FLARE_Y + 0.5) if d.flares else (0, 10),
                    y_ticks=tuple((v, str(v)) for v in range(0, 11, 2)) if d.flares else None)

    def location(self, region: str) -> Plot:
        d = self.d
        key = f"pain_{region}"
        label = REGION_LABELS[region]
        legend = (LegendEntry(translate("progress", "Left"), Stroke("left", 2), Marker("o", 8, "left", Stroke("left"))),
                  LegendEntry(translate("progress", "Right"), Stroke("right", 2, "dash"), Marker("s", 8, "paper", Stroke("right", 1.5))))
        items: list[Item] = []
        if not d.has_diary:
            items.append(Note(translate("progress", "No diary entries yet"), 5))
        else:
            left = _values(d.pain[location_key(region, "left")])
            right = _values(d.pain[location_key(region, "right")])
            items += [Line("left", self.x, left, Stroke("left", 2), Marker("o", 7, "left", Stroke("left")), daily=True),
                      Line("right", self.x, right, Stroke("right", 2, "dash"),
                           Marker("s", 7, "paper", Stroke("right", 1.5)), daily=True)]
            if all(v is None for v in left + right):
                items.append(Note(translate("progress", "No {label} pain rated").format(label=label.lower()), 5))
        return Plot(key, translate("progress", "{label} pain").format(label=label), Y_LABELS[key], legend=legend, items=tuple(items))

    def adherence(self) -> Plot:
        d = self.d
        a = d.adherence
        top = max([x.planned for x in a.days] + [2]) + 1
        stop_marker = Marker("t", 11, "stop_mark", Stroke("ink"))
        warn_marker = Marker("star", 13, "warn_fill", Stroke("ink"))
        legend = (LegendEntry(translate("progress", "Planned"), fill=Fill("planned")),
                  LegendEntry(translate("progress", "Done"), fill=Fill("done")),
                  LegendEntry(translate("progress", "Stopped early"), fill=Fill("stopped", Stroke("ink"))),
                  LegendEntry(translate("progress", "Stop"), marker=stop_marker),
                  LegendEntry(translate("progress", "Warning sign"), marker=warn_marker))
        items: list[Item] = []
        if a.days:
            x = tuple(self.day_x(day.date) for day in a.days)
            done = tuple(float(day.done) for day in a.days)
            items += [Bars("planned", x, 0, tuple(float(day.planned) for day in a.days), BAR_WIDTH, Fill("planned")),
                      Bars("done", x, 0, done, BAR_WIDTH, Fill("done"))]
            stopped = [i for i, day in enumerate(a.days) if day.stopped > 0]  # stacked on the done bar
            if stopped:
                items.append(Bars("stopped", tuple(x[i] for i in stopped), tuple(done[i] for i in stopped),
                                  tuple(float(a.days[i].stopped) for i in stopped), BAR_WIDTH,
                                  Fill("stopped", Stroke("ink")), stack_on="done"))
        else:
            items.append(Note(translate("progress", "No sessions planned in this period yet"), top / 2))
        planned_on = {x.date: x.planned for x in a.days}
        if d.stops:
            items.append(Points("stops", tuple(self.day_x(s.date) for s in d.stops),
                                tuple(planned_on.get(s.date, 1) + 0.45 for s in d.stops), stop_marker))
        if d.warning_signs:
            stop_days = {s.date for s in d.stops}
            items.append(Points("warnings", tuple(self.day_x(w.date) for w in d.warning_signs),
                                tuple(planned_on.get(w.date, 1) + 0.45 + (0.5 if w.date in stop_days else 0)
                                      for w in d.warning_signs), warn_marker))
        title = PANEL_TITLES["adherence"] + (f": {a.text}" if a.planned or a.pending else "")  # else the note says it
        return Plot("adherence", title, Y_LABELS["adherence"],
                    y_range=(0, top + 0.6), y_ticks=tuple((v, str(v)) for v in range(0, top + 1)), legend=legend,
                    week_labels=True, items=tuple(items))

    def centralization(self) -> Plot:
        d = self.d
        c = d.centralization
        marker = Marker("d", 7, "ink", Stroke("ink"))
        if not d.has_diary:
            items: tuple[Item, ...] = (Note(translate("progress", "No diary entries yet"), 2),)
        else:
            items = (Line("reach", self.x, _values(d.reach), Stroke("ink", 2), marker, daily=True),)
        return Plot("centralization", PANEL_TITLES["centralization"], Y_LABELS["centralization"], y_range=(0, 4),
                    y_ticks=tuple(analytics.REACH_LABELS.items()),
                    legend=(LegendEntry(translate("progress", "Furthest place with pain that day"), Stroke("ink", 2),
                                        Marker("d", 8, "ink", Stroke("ink"))),),
                    caption=c.text + ("" if c.trend == "toward_back" else " " + translate("progress", analytics.CENTRALIZATION_NOTE)),
                    items=items)

    def psfs(self) -> Plot:
        d = self.d
        psfs_line = Stroke("psfs", 2.5)
        pain_line = Stroke("weekly_pain", 2, "dashdot")
        pain_marker = Marker("x", 9, "weekly_pain", Stroke("weekly_pain", 2))
        legend = (LegendEntry(translate("progress", "PSFS (higher is better)"), psfs_line, Marker("o", 9, "psfs")),
                  LegendEntry(translate("progress", "Overall pain that week (lower is better)"), pain_line, pain_marker))
        if not d.weekly:
            items: tuple[Item, ...] = (Note(translate("progress", "No weekly scores yet: fill in the weekly check-in in the Diary"), 5),)
        else:
            x = tuple(self.day_x(w.week_start) + 3 for w in d.weekly)
            items = (Line("psfs", x, _values(w.psfs_mean for w in d.weekly), psfs_line,
                          Marker("o", 9, "psfs", Stroke("psfs_outline"))),
                     Line("weekly-pain", x, _values(w.overall_pain for w in d.weekly), pain_line, pain_marker))
        return Plot("psfs", PANEL_TITLES["psfs"], Y_LABELS["psfs"], legend=legend, caption=translate("progress", PSFS_NOTE), items=items)
