"""Progress: pain over time, sessions done against planned, how far the pain reaches, and PSFS scores.

:class:`ProgressCharts` draws a ``coach.core.analytics.ProgressData`` with
pyqtgraph (imported here only, so Today starts fast); the screen, the chart
exports (``coach.export.charts``) and the provider report all use it.
:class:`ProgressScreen` adds a range selector, a written summary, hover
read-outs and the export buttons.

Nothing is told by colour alone: left is a solid line with filled circles,
right a dashed line with hollow squares; the meaningful-change band is
labelled; sessions done, stopped and planned differ in tone and outline; stops
are downward triangles and warning signs stars, each listed in words on hover.
"""

from __future__ import annotations

import datetime as dt
import math

from coach.ui.widgets.figure_view import guard_none_refcount

guard_none_refcount()

import numpy as np  # noqa: E402
import pyqtgraph as pg  # noqa: E402
from PySide6.QtCore import QPointF, Qt, Signal  # noqa: E402
from PySide6.QtGui import QColor, QFont  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QButtonGroup,
    QFileDialog,
    QFrame,
    QGraphicsTextItem,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from coach.core import analytics  # noqa: E402
from coach.core.analytics import DAY, ProgressData, fmt, rolling_mean  # noqa: E402
from coach.core.tracker import REGION_LABELS, REGIONS, location_key  # noqa: E402
from coach.ui.widgets.layout import FlowLayout  # noqa: E402

EPOCH = dt.date(1970, 1, 1)
SECONDS_PER_DAY = 86400.0

PANELS: tuple[str, ...] = ("overall", "locations", "adherence", "centralization", "psfs")
PANEL_TITLES = {
    "overall": "Overall pain: the worst place each day",
    "locations": "Pain by place, left and right",
    "adherence": "Sessions done and planned",
    "centralization": "How far down the leg the pain reaches (lower on the chart is better)",
    "psfs": "Weekly scores",
}

INK = "#222222"
MUTED = "#5b6166"
GRID = "#d0d4d8"
WEEK_FILL = QColor(0, 0, 0, 16)
LEFT = "#0b5fa5"  # blue: left side (solid line, filled circles)
RIGHT = "#c4420c"  # vermilion: right side (dashed line, hollow squares)
OVERALL = "#1b1b1b"
DAILY = "#7d848a"
DONE = "#1f5f6b"
PLANNED = "#c4cacf"  # planned but not done: a light tone, drawn behind the dark "done" bar
STOPPED = "#b0b7bd"
STOP_MARK = "#b3261e"
WARN_MARK = "#8a5a00"
BAND = QColor(46, 125, 50, 48)
BAND_LINE = "#2e7d32"
PSFS = "#1f5f6b"
WEEKLY_PAIN = "#6a3d9a"

PSFS_NOTE = ("PSFS (Patient-Specific Functional Scale): how well you manage the everyday activities you chose, "
             "from 0 (cannot do it) to 10 (as well as before the symptoms).")
EMPTY_DIARY = "No diary entries yet: fill in the Diary each evening and your charts appear here."
SMOOTH_DAYS = 120  # lines are antialiased when at most this many days are shown
MAX_SYMBOLS = 60  # symbols per line in view; more days are thinned so lines stay readable


class DayAxis(pg.DateAxisItem):
    """Dates on an axis whose x values count days from ``origin`` (day 0 spans x 0 to 1).

    Small x values keep every coordinate exact when the charts are written as
    SVG (Qt writes six significant digits; epoch seconds would lose hours).
    Ticks and their text come from pyqtgraph's DateAxisItem, in UTC, so the
    dates shown are the calendar dates of the data.
    """

    def __init__(self, origin: dt.date = EPOCH, **kwargs):
        super().__init__(orientation="bottom", utcOffset=0, **kwargs)
        self.origin_seconds = (origin - EPOCH).days * SECONDS_PER_DAY
        self._spacing: dict[float, float] = {}

    def set_origin(self, origin: dt.date) -> None:
        seconds = (origin - EPOCH).days * SECONDS_PER_DAY
        if seconds != self.origin_seconds:
            self.origin_seconds = seconds
            self.picture = None  # redraw the ticks
            self.update()

    def tickValues(self, minVal, maxVal, size):
        o = self.origin_seconds
        levels = super().tickValues(minVal * SECONDS_PER_DAY + o, maxVal * SECONDS_PER_DAY + o, size)
        out = []
        for spacing, values in levels:
            s = spacing / SECONDS_PER_DAY
            self._spacing[s] = spacing
            out.append((s, [(v - o) / SECONDS_PER_DAY for v in values]))
        return out

    def tickStrings(self, values, scale, spacing):
        o = self.origin_seconds
        return super().tickStrings([v * SECONDS_PER_DAY + o for v in values], scale,
                                   self._spacing.get(spacing, spacing * SECONDS_PER_DAY))


def _arr(values) -> np.ndarray:
    return np.array([np.nan if v is None else float(v) for v in values], dtype=float)


def _day_text(d: dt.date) -> str:
    return f"{d:%a} {d.day} {d:%b %Y}"


def _n(v) -> str:
    return "–" if v is None else (str(int(v)) if float(v).is_integer() else f"{v:.1f}")


class _Thinned:
    """Symbols for one line, thinned to at most MAX_SYMBOLS in the visible range."""

    def __init__(self, item: pg.ScatterPlotItem, x: np.ndarray, y: np.ndarray):
        self.x, self.y = x, y
        self.finite = np.isfinite(y)
        self.item = item

    def update(self, x0: float, x1: float) -> None:
        idx = np.nonzero(self.finite & (self.x >= x0) & (self.x <= x1))[0]
        step = max(1, math.ceil(len(idx) / MAX_SYMBOLS))
        idx = idx[::step]
        self.item.setData(self.x[idx], self.y[idx])


class ProgressCharts(pg.GraphicsLayoutWidget):
    """Every progress chart for one ``ProgressData``, with linked date axes."""

    visibleRangeChanged = Signal(object, object)  # first and last day shown
    hovered = Signal(str)  # the values under the pointer, in words ("" when none)

    def __init__(self, panels: tuple[str, ...] = PANELS, columns: int = 2, interactive: bool = True,
                 parent=None, title: str | None = None):
        super().__init__(parent)
        unknown = set(panels) - set(PANELS)
        if unknown:
            raise ValueError(f"unknown chart panels {sorted(unknown)}; choose from {', '.join(PANELS)}")
        self.panels = tuple(panels)
        self.columns = max(1, min(2, columns))
        self.interactive = interactive
        self.title = title
        self.setBackground("w")
        self.setAccessibleName("Progress charts")
        self.data: ProgressData | None = None
        self.plots: dict[str, pg.PlotItem] = {}
        self._parts: dict[str, dict] = {}
        self._pool: dict[tuple[str, str], pg.GraphicsObject] = {}
        self._used: set[tuple[str, str]] = set()
        self._blocks: dict[str, pg.GraphicsLayout] = {}
        self._thinned: list[_Thinned] = []
        self._lines: list[pg.PlotDataItem] = []
        self._week_labels: list[tuple[pg.TextItem, float, float]] = []
        self._syncing = False
        self._origin = EPOCH
        self._center_notes = []
        self._corner_notes = []
        self._weekly_avg: list[float | None] = []
        self.ci.setContentsMargins(10, 8, 14, 8)
        self.ci.setSpacing(4)
        if interactive:
            self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self._build()

    Y_LABELS = {"overall": "Pain (0–10)", "adherence": "Sessions", "centralization": "Reaches",
                "psfs": "Score (0–10)", **{f"pain_{r}": "Pain (0–10)" for r in REGIONS}}

    def _build(self) -> None:
        """Every plot, axis, title, legend and caption, made once, before there is data."""
        row = 0
        if self.title:
            self._title_label = self.addLabel(self.title, row=row, col=0, colspan=self.columns, justify="left",
                                              size="13pt", bold=True, color=INK)
            row += 1
        for panel in self.panels:
            if panel == "locations":
                for i, region in enumerate(REGIONS):
                    key = f"pain_{region}"
                    self._parts[key] = self._new_plot(key, row + i // self.columns, i % self.columns, 1,
                                                      self.Y_LABELS[key])
                row += math.ceil(len(REGIONS) / self.columns)
            else:
                self._parts[panel] = self._new_plot(panel, row, 0, self.columns, self.Y_LABELS[panel])
                row += 1
        # pyqtgraph's setXLink lines views up on screen when their widths differ (the two-column
        # charts would each show half the period), so the x ranges are kept equal by hand
        for p in self.plots.values():
            p.vb.sigXRangeChanged.connect(self._sync_x)

    # ------------------------------------------------------- coordinates
    def day_x(self, d: dt.date) -> float:
        """The x coordinate of the middle of a day."""
        return (d - self._origin).days + 0.5

    def x_day(self, x: float) -> dt.date:
        return self._origin + dt.timedelta(days=math.floor(x))

    # ----------------------------------------------------------- building
    def set_data(self, data: ProgressData, start: dt.date | None = None, end: dt.date | None = None) -> None:
        """Draw ``data``; show the days from ``start`` to ``end`` (default: the whole period).

        The plots, axes, titles and legends are made once and kept; each call
        replaces only what is drawn in them (building a PlotItem costs more
        than drawing five years of data into it).
        """
        self._used: set[tuple[str, str]] = set()
        self._thinned.clear()
        self._lines: list[pg.PlotDataItem] = []
        self._week_labels.clear()
        self._center_notes = []
        self._corner_notes = []
        self.data = data
        self._origin = data.period.start
        self._weekly_avg = rolling_mean(data.overall)
        self._x = np.arange(len(data.dates), dtype=float) + 0.5  # day i of the period is centred on i + 0.5
        row = 0
        for key in self.panels:
            row = getattr(self, f"_panel_{key}")(row)
        for k, item in self._pool.items():
            if k not in self._used:
                item.setVisible(False)
        self.setAccessibleDescription(self.description())
        self.show_days(start or data.period.start, end or data.period.end)

    def _plot(self, key: str, row: int, col: int = 0, colspan: int | None = None, title: str = "",
              legend: list[tuple[str, dict]] | None = None, caption: str = "", y_label: str = "",
              y_range: tuple[float, float] = (0, 10)) -> pg.PlotItem:
        """The plot of panel ``key``, made on first use, with its title, legend and caption brought up to date."""
        part = self._parts[key]
        plot = part["plot"]
        if part["title_text"] != title:
            part["title"].setText(title)
            part["title_text"] = title
        names = [n for n, _ in legend or []]
        if part["legend_names"] != names:
            self._fill_legend(part["legend"], legend or [])
            part["legend_names"] = names
        part["caption"].set_text(caption)
        plot.getAxis("bottom").set_origin(self._origin)
        pad = (y_range[1] - y_range[0]) * 0.05
        self._label_pad = pad
        plot.setYRange(y_range[0] - pad, y_range[1] + pad, padding=0)
        d = self.data
        plot.setLimits(xMin=self.day_x(d.period.start) - 1, xMax=self.day_x(d.period.end) + 1, minXRange=5)
        self._week_regions(plot, key in ("overall", "adherence"), y_range[0] - pad, y_range[1] + pad)
        return plot

    def _new_plot(self, key: str, row: int, col: int, colspan: int, y_label: str) -> dict:
        sub = self.addLayout(row=row, col=col, colspan=colspan)
        sub.setSpacing(0)
        title = sub.addLabel("", row=0, col=0, justify="left", size="11pt", bold=True, color=INK)
        legend = pg.LegendItem(colCount=1, labelTextColor=INK, labelTextSize="9pt", frame=False, horSpacing=8)
        sub.addItem(legend, row=1, col=0)
        sub.layout.setAlignment(legend, Qt.AlignmentFlag.AlignLeft)
        plot = pg.PlotItem(axisItems={"bottom": DayAxis(self._origin)})
        plot.setObjectName(key)
        sub.addItem(plot, row=2, col=0)
        caption = WrapLabel("")
        sub.addItem(caption, row=3, col=0)
        plot.setMinimumHeight(150)
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(x=self.interactive, y=False)
        plot.showGrid(x=False, y=True, alpha=0.25)
        font = QFont()
        font.setPointSizeF(8.5)
        for name in ("left", "bottom"):
            ax = plot.getAxis(name)
            ax.setPen(pg.mkPen(MUTED))
            ax.setTextPen(pg.mkPen(INK))
            ax.setTickFont(font)
        left = plot.getAxis("left")
        left.setWidth(62)
        left.enableAutoSIPrefix(False)  # plain numbers; also spares a label update on every range change
        # keep the top label ("10", "Shin"): pyqtgraph drops labels that reach past the axis ends
        left.setStyle(hideOverlappingLabels=False)
        if y_label:
            plot.setLabel("left", y_label, color=INK, size="9pt")
        self.plots[key] = plot
        self._blocks[key] = sub
        return {"plot": plot, "title": title, "title_text": None, "legend": legend, "legend_names": None,
                "caption": caption}

    def _fill_legend(self, legend: pg.LegendItem, entries: list[tuple[str, dict]]) -> None:
        legend.clear()
        legend.setColumnCount(max(1, len(entries)))
        for name, style in entries:
            if style.get("bar"):
                sample = pg.BarGraphItem(x=[0], height=[1], width=1, brush=style.get("brush"),
                                         pen=style.get("pen"))
            else:
                sample = pg.PlotDataItem([0, 1], [0, 1], pen=style.get("pen"), symbol=style.get("symbol"),
                                         symbolBrush=style.get("symbolBrush"), symbolPen=style.get("symbolPen"),
                                         symbolSize=style.get("symbolSize", 8))
            legend.addItem(sample, name)
        legend.updateSize()
        h, w = legend.height() + 2, legend.width() + 4 * len(entries) + 8
        legend.setMinimumHeight(h)
        legend.setMaximumHeight(h)
        legend.setMaximumWidth(w)

    def _put(self, plot: pg.PlotItem, name: str, make, update=None):
        """The item ``name`` of ``plot``: made and added the first time, then updated and shown again.

        Items not used by a ``set_data`` call are hidden, not removed: adding and
        removing scene items costs more than drawing them.
        """
        key = (plot.objectName() or str(id(plot)), name)
        item = self._pool.get(key)
        if item is None:
            item = make()
            plot.addItem(item)
            self._pool[key] = item
        else:
            if update is not None:
                update(item)
            item.setVisible(True)
        self._used.add(key)
        return item

    def _week_regions(self, plot: pg.PlotItem, labelled: bool, bottom: float, top: float) -> None:
        """Every other program week shaded (one item for all of them), and "Week N" labels on some charts."""
        odd = [w for w in self.data.weeks if w.number % 2 == 1]
        if odd:
            x0 = np.array([self.day_x(w.start) - 0.5 for w in odd])
            x1 = np.array([self.day_x(w.end) + 0.5 for w in odd])
            def make():
                item = pg.BarGraphItem(x0=x0, x1=x1, y0=bottom, y1=top, brush=pg.mkBrush(WEEK_FILL),
                                       pen=pg.mkPen(None))
                item.setZValue(-20)
                return item

            self._put(plot, "weeks", make, lambda item: item.setOpts(x0=x0, x1=x1, y0=bottom, y1=top))
        if labelled:
            for w in self.data.weeks:
                a, b = self.day_x(w.start) - 0.5, self.day_x(w.end) + 0.5

                def make(label=w.label):
                    t = pg.TextItem(label, color=MUTED, anchor=(0, 0))
                    t.setFont(_font(8))
                    t.setZValue(-10)
                    return t

                t = self._put(plot, f"week-{w.number}", make, lambda t, label=w.label: t.setText(label))
                t.setPos(a, top - self._label_pad)
                self._week_labels.append((t, a, b))

    def _empty_note(self, plot: pg.PlotItem, text: str, y: float) -> None:
        def make():
            t = pg.TextItem(text, color=MUTED, anchor=(0.5, 0.5))
            t.setFont(_font(10))
            return t

        t = self._put(plot, "note", make, lambda t: t.setText(text))
        d = self.data
        t.setPos((self.day_x(d.period.start) + self.day_x(d.period.end)) / 2, y)
        self._center_notes.append((t, y))

    def _curve(self, plot: pg.PlotItem, name: str, x: np.ndarray, y: np.ndarray, **opts) -> pg.PlotDataItem:
        """A line (gaps where y is NaN); antialiased while few enough days are shown (see ``_on_x_range``)."""
        item = self._put(plot, name, lambda: pg.PlotDataItem(x, y, connect="finite", antialias=True, **opts),
                         lambda item: item.setData(x, y))
        self._lines.append(item)
        return item

    def _symbols(self, plot: pg.PlotItem, name: str, y: np.ndarray, **symbol) -> None:
        def make():
            item = pg.ScatterPlotItem(**symbol)
            item.setZValue(5)
            return item

        self._thinned.append(_Thinned(self._put(plot, name, make), self._x, y))

    def _line(self, plot: pg.PlotItem, name: str, y: np.ndarray, pen, symbol: dict | None = None) -> None:
        self._curve(plot, name, self._x, y, pen=pen)
        if symbol:
            # days standing alone (no rated neighbour) would be invisible as a line: always mark them
            self._symbols(plot, f"{name}-symbols", y, **symbol)

    # ------------------------------------------------------------- panels
    def _panel_overall(self, row: int) -> int:
        d = self.data
        m = d.meaningful
        legend = [("Worst pain that day", {"pen": pg.mkPen(DAILY, width=1), "symbol": "o", "symbolSize": 5,
                                           "symbolBrush": DAILY, "symbolPen": None}),
                  ("7-day average", {"pen": pg.mkPen(OVERALL, width=3)})]
        if m is not None and m.threshold is not None:
            legend.append(("Meaningful improvement zone", {"bar": True, "brush": pg.mkBrush(BAND),
                                                           "pen": pg.mkPen(BAND_LINE, style=Qt.PenStyle.DashLine)}))
        plot = self._plot("overall", row, title=PANEL_TITLES["overall"], legend=legend,
                          caption=m.text if m else "", y_label="Pain (0–10)")
        if m is not None and m.threshold is not None:
            def make_band():
                band = pg.LinearRegionItem((0, m.threshold), orientation="horizontal", movable=False,
                                           brush=pg.mkBrush(BAND), pen=pg.mkPen(None))
                band.setZValue(-15)
                band.setAcceptHoverEvents(False)
                for line in band.lines:
                    line.setAcceptHoverEvents(False)
                return band

            self._put(plot, "band", make_band, lambda band: band.setRegion((0, m.threshold)))
            for name, value, text, pen, color in (
                    ("edge", m.threshold, f"meaningful improvement: {fmt(m.threshold)} or less",
                     pg.mkPen(BAND_LINE, width=1.5, style=Qt.PenStyle.DashLine), BAND_LINE),
                    ("base", m.baseline, f"first week {fmt(m.baseline)}",
                     pg.mkPen(MUTED, width=1, style=Qt.PenStyle.DotLine), MUTED)):
                def update(line, value=value, text=text):
                    line.setValue(value)
                    line.label.setFormat(text)

                self._put(plot, name, lambda value=value, text=text, pen=pen, color=color: pg.InfiniteLine(
                    pos=value, angle=0, pen=pen, label=text,
                    labelOpts={"position": 0.99, "anchors": [(1, 1), (1, 1)], "color": color}), update)
        if not d.has_diary:
            self._empty_note(plot, EMPTY_DIARY, 5)
        else:
            self._line(plot, "daily", _arr(d.overall), pg.mkPen(DAILY, width=1),
                       {"symbol": "o", "size": 5, "brush": pg.mkBrush(DAILY), "pen": None})
            self._curve(plot, "average", self._x, _arr(self._weekly_avg), pen=pg.mkPen(OVERALL, width=3))
        return row + 1

    def _panel_locations(self, row: int) -> int:
        d = self.data
        for i, region in enumerate(REGIONS):
            r, c = (row + i // self.columns, i % self.columns)
            legend = [("Left", {"pen": pg.mkPen(LEFT, width=2), "symbol": "o", "symbolBrush": LEFT,
                                "symbolPen": pg.mkPen(LEFT)}),
                      ("Right", {"pen": pg.mkPen(RIGHT, width=2, style=Qt.PenStyle.DashLine), "symbol": "s",
                                 "symbolBrush": pg.mkBrush("w"), "symbolPen": pg.mkPen(RIGHT, width=1.5)})]
            plot = self._plot(f"pain_{region}", r, c, colspan=1, title=f"{REGION_LABELS[region]} pain",
                              legend=legend, y_label="Pain (0–10)")
            if not d.has_diary:
                self._empty_note(plot, "No diary entries yet", 5)
                continue
            left, right = _arr(d.pain[location_key(region, "left")]), _arr(d.pain[location_key(region, "right")])
            self._line(plot, "left", left, pg.mkPen(LEFT, width=2),
                       {"symbol": "o", "size": 7, "brush": pg.mkBrush(LEFT), "pen": pg.mkPen(LEFT)})
            self._line(plot, "right", right, pg.mkPen(RIGHT, width=2, style=Qt.PenStyle.DashLine),
                       {"symbol": "s", "size": 7, "brush": pg.mkBrush("w"), "pen": pg.mkPen(RIGHT, width=1.5)})
            if not (np.isfinite(left).any() or np.isfinite(right).any()):
                self._empty_note(plot, f"No {REGION_LABELS[region].lower()} pain rated", 5)
        return row + math.ceil(len(REGIONS) / self.columns)

    def _panel_adherence(self, row: int) -> int:
        d = self.data
        a = d.adherence
        top = max([x.planned for x in a.days] + [2]) + 1
        legend = [("Planned", {"bar": True, "brush": pg.mkBrush(PLANNED), "pen": pg.mkPen(None)}),
                  ("Done", {"bar": True, "brush": pg.mkBrush(DONE), "pen": pg.mkPen(None)}),
                  ("Stopped early", {"bar": True, "brush": pg.mkBrush(STOPPED), "pen": pg.mkPen(INK)}),
                  ("Stop", {"pen": None, "symbol": "t", "symbolBrush": STOP_MARK, "symbolPen": pg.mkPen(INK),
                            "symbolSize": 11}),
                  ("Warning sign", {"pen": None, "symbol": "star", "symbolBrush": "#f0a500",
                                    "symbolPen": pg.mkPen(INK), "symbolSize": 13})]
        plot = self._plot("adherence", row, title=f"{PANEL_TITLES['adherence']}: {a.text}", legend=legend,
                          y_label="Sessions", y_range=(0, top + 0.6))
        plot.getAxis("left").setTicks([[(v, str(v)) for v in range(0, top + 1)]])
        if a.days:
            x = np.array([self.day_x(x.date) for x in a.days])
            planned = np.array([x.planned for x in a.days], dtype=float)
            done = np.array([x.done for x in a.days], dtype=float)
            stopped = np.array([x.stopped for x in a.days], dtype=float)
            width = 0.8
            for name, y0, height, mask, brush, pen in (
                    ("planned", 0, planned, None, pg.mkBrush(PLANNED), pg.mkPen(None)),
                    ("done", 0, done, None, pg.mkBrush(DONE), pg.mkPen(None)),
                    ("stopped", done, stopped, stopped > 0, pg.mkBrush(STOPPED), pg.mkPen(INK, width=1))):
                if mask is not None:
                    if not mask.any():
                        continue
                    bx, y0, height = x[mask], y0[mask], height[mask]
                else:
                    bx = x
                self._put(plot, name, lambda bx=bx, y0=y0, height=height, brush=brush, pen=pen: pg.BarGraphItem(
                    x=bx, y0=y0, height=height, width=width, brush=brush, pen=pen),
                    lambda item, bx=bx, y0=y0, height=height: item.setOpts(x=bx, y0=y0, height=height))
        else:
            self._empty_note(plot, "No sessions planned in this period yet", top / 2)
        planned_on = {x.date: x.planned for x in a.days}
        if d.stops:
            xs = [self.day_x(s.date) for s in d.stops]
            ys = [planned_on.get(s.date, 1) + 0.45 for s in d.stops]
            self._put(plot, "stops", lambda: pg.ScatterPlotItem(xs, ys, symbol="t", size=11,
                                                                brush=pg.mkBrush(STOP_MARK), pen=pg.mkPen(INK)),
                      lambda item: item.setData(xs, ys))
        if d.warning_signs:
            xs = [self.day_x(w.date) for w in d.warning_signs]
            stop_days = {s.date for s in d.stops}
            ys = [planned_on.get(w.date, 1) + 0.45 + (0.5 if w.date in stop_days else 0) for w in d.warning_signs]
            self._put(plot, "warnings", lambda: pg.ScatterPlotItem(xs, ys, symbol="star", size=13,
                                                                   brush=pg.mkBrush("#f0a500"), pen=pg.mkPen(INK)),
                      lambda item: item.setData(xs, ys))
        return row + 1

    def _panel_centralization(self, row: int) -> int:
        d = self.data
        c = d.centralization
        plot = self._plot("centralization", row, title=PANEL_TITLES["centralization"],
                          legend=[("Furthest place with pain that day",
                                   {"pen": pg.mkPen(INK, width=2), "symbol": "d", "symbolBrush": INK,
                                    "symbolPen": pg.mkPen(INK)})],
                          caption=c.text + ("" if c.trend == "toward_back" else " " + analytics.CENTRALIZATION_NOTE),
                          y_label="Reaches",
                          y_range=(0, 4))
        plot.getAxis("left").setTicks([[(i, label) for i, label in enumerate(analytics.REACH_LABELS)]])
        if not d.has_diary:
            self._empty_note(plot, "No diary entries yet", 2)
        else:
            y = _arr(d.reach)
            self._line(plot, "reach", y, pg.mkPen(INK, width=2),
                       {"symbol": "d", "size": 7, "brush": pg.mkBrush(INK), "pen": pg.mkPen(INK)})
        return row + 1

    def _panel_psfs(self, row: int) -> int:
        d = self.data
        legend = [("PSFS (higher is better)",
                   {"pen": pg.mkPen(PSFS, width=2.5), "symbol": "o", "symbolBrush": PSFS, "symbolSize": 9}),
                  ("Overall pain that week (lower is better)",
                   {"pen": pg.mkPen(WEEKLY_PAIN, width=2, style=Qt.PenStyle.DashDotLine), "symbol": "x",
                    "symbolBrush": WEEKLY_PAIN, "symbolPen": pg.mkPen(WEEKLY_PAIN, width=2), "symbolSize": 9})]
        plot = self._plot("psfs", row, title=PANEL_TITLES["psfs"], legend=legend, y_label="Score (0–10)",
                          caption=PSFS_NOTE)
        if not d.weekly:
            self._empty_note(plot, "No weekly scores yet: fill in the weekly check-in in the Diary", 5)
            return row + 1
        x = np.array([self.day_x(w.week_start) + 3 for w in d.weekly])
        self._curve(plot, "psfs", x, _arr(w.psfs_mean for w in d.weekly), pen=pg.mkPen(PSFS, width=2.5), symbol="o",
                    symbolBrush=PSFS, symbolSize=9)
        self._curve(plot, "weekly-pain", x, _arr(w.overall_pain for w in d.weekly),
                    pen=pg.mkPen(WEEKLY_PAIN, width=2, style=Qt.PenStyle.DashDotLine), symbol="x",
                    symbolPen=pg.mkPen(WEEKLY_PAIN, width=2), symbolBrush=WEEKLY_PAIN, symbolSize=9)
        return row + 1

    def panel_rect(self, panel: str):
        """Where one panel (title, legend, chart and caption) is, in scene coordinates."""
        keys = [f"pain_{r}" for r in REGIONS] if panel == "locations" else [panel]
        rects = [self._blocks[k].sceneBoundingRect() for k in keys if k in self._blocks]
        if not rects:
            raise KeyError(panel)
        out = rects[0]
        for r in rects[1:]:
            out = out.united(r)
        return out

    # -------------------------------------------------------------- range
    def show_days(self, start: dt.date, end: dt.date) -> None:
        """Show the days from ``start`` to ``end`` on every chart (clipped to the data's period)."""
        if not self.plots or self.data is None:
            return
        p = self.data.period
        start, end = max(start, p.start), min(end, p.end)
        if end < start:
            start, end = p.start, p.end
        x0, x1 = self.day_x(start) - 0.6, self.day_x(end) + 0.6
        self._syncing = True
        try:
            for p in self.plots.values():
                p.vb.setXRange(x0, x1, padding=0)
        finally:
            self._syncing = False
        self._on_x_range()

    def visible_days(self) -> tuple[dt.date, dt.date] | None:
        if not self.plots:
            return None
        x0, x1 = next(iter(self.plots.values())).vb.viewRange()[0]
        return self.x_day(x0 + 0.6), self.x_day(x1 - 0.6)

    def _sync_x(self, vb, rng) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            for p in self.plots.values():
                if p.vb is not vb:
                    p.vb.setXRange(rng[0], rng[1], padding=0)
        finally:
            self._syncing = False
        self._on_x_range()

    def _on_x_range(self, *args) -> None:
        if not getattr(self, "plots", None):
            return
        x0, x1 = next(iter(self.plots.values())).vb.viewRange()[0]
        for t in self._thinned:
            t.update(x0, x1)
        # antialiasing long lines costs more than everything else on screen; over months it shows no difference
        smooth = (x1 - x0) <= SMOOTH_DAYS
        for item in self._lines:
            if item.opts["antialias"] != smooth:
                item.opts["antialias"] = smooth
                item.curve.opts["antialias"] = smooth
                item.curve.update()
        # week labels only where they fit; notes stay in the middle of the view
        width = max(1.0, next(iter(self.plots.values())).vb.width())
        per_px = (x1 - x0) / width
        for label, a, b in self._week_labels:
            label.setVisible((min(b, x1) - max(a, x0)) / per_px > 52)
            label.setPos(max(a, x0), label.pos().y())
        for t, y in self._center_notes:
            t.setPos((x0 + x1) / 2, y)
        for t in self._corner_notes:
            t.setPos(x0, t.pos().y())
        days = self.visible_days()
        if days:
            self.visibleRangeChanged.emit(*days)

    def resizeEvent(self, ev) -> None:
        super().resizeEvent(ev)
        self._on_x_range()

    # -------------------------------------------------------------- hover
    def _on_mouse_moved(self, pos: QPointF) -> None:
        text = self.hover_text_at(pos)
        if text:
            QToolTip.showText(self.mapToGlobal(self.mapFromScene(pos)), text, self)
        else:
            QToolTip.hideText()
        self.hovered.emit(text or "")

    def hover_text_at(self, scene_pos: QPointF) -> str | None:
        for key, plot in self.plots.items():
            if plot.vb.sceneBoundingRect().contains(scene_pos):
                x = plot.vb.mapSceneToView(scene_pos).x()
                return self.hover_text(key, self.x_day(x))
        return None

    def hover_text(self, key: str, day: dt.date) -> str | None:
        """The values of one chart on one day, in words (what the tooltip shows)."""
        d = self.data
        if d is None or day not in d.period:
            return None
        i = (day - d.period.start).days
        head = _day_text(day)
        if key == "overall":
            avg = self._weekly_avg[i]
            v = d.overall[i]
            if v is None:
                return f"{head}: no pain rated" + (f" · 7-day average {fmt(avg)}" if avg is not None else "")
            return f"{head}: worst pain {v}/10" + (f" · 7-day average {fmt(avg)}" if avg is not None else "")
        if key.startswith("pain_"):
            region = key[5:]
            left = d.pain[location_key(region, "left")][i]
            right = d.pain[location_key(region, "right")][i]
            return f"{head} · {REGION_LABELS[region]}: left {_n(left)}, right {_n(right)}"
        if key == "adherence":
            day_a = next((x for x in d.adherence.days if x.date == day), None)
            lines = [f"{head}: " + (f"{day_a.done} of {day_a.planned} sessions done"
                                    + (f", {day_a.stopped} stopped early" if day_a.stopped else "")
                                    if day_a else "no sessions planned")]
            lines += [s.text for s in d.stops if s.date == day]
            lines += [f"Warning sign: {w.text}" for w in d.warning_signs if w.date == day]
            return "\n".join(lines)
        if key == "centralization":
            r = d.reach[i]
            if r is None:
                return f"{head}: no pain rated"
            return f"{head}: " + ("no pain anywhere" if r == 0 else f"pain reached the {analytics.REACH_LABELS[r].lower()}")
        if key == "psfs":
            near = [w for w in d.weekly if w.week_start <= day <= w.week_start + 6 * DAY]
            return near[0].text if near else f"{head}: no weekly scores that week"
        return None

    # ------------------------------------------------------ accessibility
    def description(self) -> str:
        """The charts in words, for screen readers."""
        d = self.data
        if d is None:
            return ""
        parts = [f"Period {analytics.period_text(d.period)}."]
        if d.has_diary:
            ov = d.change("overall")
            if ov and ov.first and ov.last:
                parts.append(f"Overall pain averaged {fmt(ov.first.mean)} in the first week and "
                             f"{fmt(ov.last.mean)} in the last week.")
            if d.meaningful:
                parts.append(d.meaningful.text)
        else:
            parts.append(EMPTY_DIARY)
        parts.append(d.adherence.text)
        parts.append(d.centralization.text)
        if d.stops:
            parts.append(f"{len(d.stops)} session{'s' if len(d.stops) != 1 else ''} stopped early.")
        if d.warning_signs:
            n = len(d.warning_signs)
            parts.append(f"Warning signs reported on {n} occasion{'s' if n != 1 else ''}.")
        return " ".join(parts)


class WrapLabel(pg.GraphicsWidget):
    """Plain text that wraps to the width the layout gives it (pyqtgraph's LabelItem never wraps)."""

    def __init__(self, text: str, pt: float = 9, color: str = MUTED, bold: bool = False):
        super().__init__()
        self.text = text
        self.item = QGraphicsTextItem(self)
        self.item.setDefaultTextColor(QColor(color))
        self.item.setFont(_font(pt, bold))
        self.item.document().setDocumentMargin(2)
        self.item.setPlainText(text)
        self.setMinimumWidth(80)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fit(900)

    def set_text(self, text: str) -> None:
        if text != self.text:
            self.text = text
            self.item.setPlainText(text)
            self._fit(self.width() or 900)

    def _fit(self, width: float) -> None:
        self.item.setTextWidth(max(40.0, width))
        h = self.item.boundingRect().height() if self.text else 0.0
        if abs(h - self.minimumHeight()) > 0.5 or abs(h - self.maximumHeight()) > 0.5:
            self.setMinimumHeight(h)
            self.setMaximumHeight(h)
        self.item.setVisible(bool(self.text))

    def resizeEvent(self, ev) -> None:
        self._fit(self.width())


def _font(pt: float, bold: bool = False) -> QFont:
    f = QFont()
    f.setPointSizeF(pt)
    f.setBold(bold)
    return f


# ------------------------------------------------------------------ screen
RANGES: tuple[tuple[str, str, int | None], ...] = (
    ("14d", "Last 14 days", 14),
    ("4w", "4 weeks", 28),
    ("all", "All", None),
)


RANGE_STYLE = ("QPushButton:checked { background: #1f5f6b; color: white; border: 1px solid #123c44; } "
               "QPushButton:checked:disabled { background: #9aa5ab; border: 1px solid #7d878c; }")


class ProgressScreen(QWidget):
    """The Progress screen: range selector, summary in words, charts, and export buttons."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.data: ProgressData | None = None
        self.range_key = "4w"
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        # title, range and export: one line, wrapping whole groups onto the next line at large text
        head_box = QWidget()
        head = FlowLayout(head_box, spacing=8)
        title = QLabel("Progress")
        title.setProperty("role", "h1")
        head.addWidget(title)
        range_box, export_box = QWidget(), QWidget()
        range_row, export_row = QHBoxLayout(range_box), QHBoxLayout(export_box)
        for row in (range_row, export_row):
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(4)
        self.range_buttons: dict[str, QPushButton] = {}
        group = QButtonGroup(self)
        group.setExclusive(True)
        for key, text, _days in RANGES:
            b = QPushButton(text)
            b.setCheckable(True)
            b.setStyleSheet(RANGE_STYLE)
            b.setObjectName(f"range-{key}")
            b.setAccessibleName(f"Show {text.lower()}")
            b.clicked.connect(lambda _=False, k=key: self.set_range(k))
            group.addButton(b)
            range_row.addWidget(b)
            self.range_buttons[key] = b
        self.export_buttons: dict[str, QPushButton] = {}
        for fmt_ in ("png", "svg", "pdf"):
            b = QPushButton(f"Save {fmt_.upper()}…")
            b.setObjectName(f"export-{fmt_}")
            b.setAccessibleName(f"Save the charts as a {fmt_.upper()} file")
            b.clicked.connect(lambda _=False, f=fmt_: self.export(f))
            export_row.addWidget(b)
            self.export_buttons[fmt_] = b
        head.addWidget(range_box)
        head.addWidget(export_box)
        lay.addWidget(head_box)

        self.summary = QLabel()
        self.summary.setObjectName("progress-summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName("Summary of your progress")
        lay.addWidget(self.summary)

        self.readout = QLabel(" ")
        self.readout.setObjectName("progress-readout")
        self.readout.setProperty("role", "muted")
        self.readout.setAccessibleName("Values under the pointer")
        lay.addWidget(self.readout)

        self.stack = QStackedWidget()
        self.empty = QLabel(EMPTY_DIARY)
        self.empty.setObjectName("progress-empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setProperty("role", "h2")
        self.empty.setAccessibleName(EMPTY_DIARY)
        empty_frame = QFrame()
        ef = QVBoxLayout(empty_frame)
        ef.addStretch(1)
        ef.addWidget(self.empty)
        ef.addStretch(2)
        self.stack.addWidget(empty_frame)
        self.charts = ProgressCharts(columns=2)
        self.charts.setMinimumHeight(1500)
        self.charts.hovered.connect(lambda t: self.readout.setText(t.replace("\n", " · ") or " "))
        self.charts.setAccessibleName("Progress charts")
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setAccessibleName("Charts, scrollable")
        self.scroll.setWidget(self.charts)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.stack.addWidget(self.scroll)
        lay.addWidget(self.stack, 1)
        self.range_buttons[self.range_key].setChecked(True)

    # ------------------------------------------------------------ data
    def refresh(self) -> None:
        from coach.store import history

        profile = self.ctx.profile
        if profile is None:
            self.show_data(None)
            return
        self.show_data(history.load_progress(self.ctx.store, profile, self.ctx.program, self.ctx.today()))

    def show_data(self, data: ProgressData | None) -> None:
        self.data = data
        if data is None or data.is_empty:
            self.stack.setCurrentIndex(0)
            self.summary.setText("")
            self.summary.setVisible(False)
            for b in list(self.export_buttons.values()) + list(self.range_buttons.values()):
                b.setEnabled(False)
            return
        for b in list(self.export_buttons.values()) + list(self.range_buttons.values()):
            b.setEnabled(True)
        self.summary.setVisible(True)
        self.summary.setText(summary_text(data))
        self.stack.setCurrentIndex(1)
        start, end = self.range_days(self.range_key)
        self.charts.set_data(data, start, end)

    def range_days(self, key: str) -> tuple[dt.date, dt.date]:
        d = self.data
        end = d.period.end
        days = next(n for k, _t, n in RANGES if k == key)
        start = d.period.start if days is None else end - (days - 1) * DAY
        return start, end

    def set_range(self, key: str) -> None:
        self.range_key = key
        self.range_buttons[key].setChecked(True)
        if self.data is not None and not self.data.is_empty:
            self.charts.show_days(*self.range_days(key))

    # ---------------------------------------------------------- export
    def export(self, kind: str) -> None:
        if self.data is None:
            return
        days = self.charts.visible_days() or (self.data.period.start, self.data.period.end)
        name = f"progress-{days[0].isoformat()}-to-{days[1].isoformat()}.{kind}"
        filters = {"png": "PNG image (*.png)", "svg": "SVG drawing (*.svg)", "pdf": "PDF document (*.pdf)"}
        path, _ = QFileDialog.getSaveFileName(self, f"Save the charts as {kind.upper()}", name, filters[kind])
        if not path:
            return
        if not path.lower().endswith(f".{kind}"):
            path += f".{kind}"
        from coach.export.charts import ChartExportError, export_charts

        try:
            export_charts(self.data, path, start=days[0], end=days[1])
        except ChartExportError as exc:
            QMessageBox.warning(self, "The charts were not saved", str(exc))
            return
        self.readout.setText(f"Saved {path}")


def summary_text(d: ProgressData) -> str:
    """The numbers behind the charts, in a few sentences."""
    parts = []
    ov = d.change("overall")
    if d.has_diary and ov and ov.first and ov.first.mean is not None:
        if ov.last and ov.last.mean is not None:
            parts.append(f"Overall pain: {fmt(ov.first.mean)} in your first week, {fmt(ov.last.mean)} in your "
                         "last week.")
        else:
            parts.append(f"Overall pain: {fmt(ov.first.mean)} on average in your first week.")
        if d.meaningful and d.meaningful.reached:
            parts.append("That is a meaningful improvement.")
    elif not d.has_diary:
        parts.append(EMPTY_DIARY)
    parts.append(f"Sessions: {d.adherence.text}")
    if d.has_diary:
        parts.append(d.centralization.text)
    parts.extend(d.notes)
    return " ".join(parts)
