"""The progress charts drawn with pyqtgraph: one widget for the Progress screen and for chart files.

:class:`ProgressCharts` draws a :class:`coach.charts.model.ChartModel` (made
from a ``ProgressData`` by ``set_data``) in plots with linked date axes. The
Progress screen shows it; ``coach.charts.files`` lays it out off screen and
paints it into PNG, SVG and PDF, so a file looks like the screen. pyqtgraph
is imported here only (Today starts without it).
"""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QToolTip

from coach.charts import describe
from coach.charts.items import (
    EPOCH,
    DayAxis,
    WrapLabel,
    brush,
    color,
    font,
    pen,
    scatter_style,
    values_array,
)
from coach.charts.model import (
    INK,
    MAX_SYMBOLS,
    MUTED,
    PANELS,
    SMOOTH_DAYS,
    WEEK_FILL,
    Y_LABELS,
    Band,
    Bars,
    ChartModel,
    LegendEntry,
    Level,
    Line,
    Note,
    Plot,
    Points,
    build_chart,
    check_panels,
)
from coach.core.analytics import ProgressData
from coach.core.tracker import REGIONS


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
        self.panels = check_panels(panels)
        self.columns = max(1, min(2, columns))
        self.interactive = interactive
        self.title = title
        self.setBackground("w")
        self.setAccessibleName("Progress charts")
        self.data: ProgressData | None = None
        self.model: ChartModel | None = None
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
        self.ci.setContentsMargins(10, 8, 14, 8)
        self.ci.setSpacing(4)
        if interactive:
            self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self._build()

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
                                                      Y_LABELS[key])
                row += math.ceil(len(REGIONS) / self.columns)
            else:
                self._parts[panel] = self._new_plot(panel, row, 0, self.columns, Y_LABELS[panel])
                row += 1
        # pyqtgraph's setXLink lines views up on screen when their widths differ (the two-column
        # charts would each show half the period), so the x ranges are kept equal by hand
        for p in self.plots.values():
            p.vb.sigXRangeChanged.connect(self._sync_x)

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

    # ------------------------------------------------------- coordinates
    def day_x(self, d: dt.date) -> float:
        """The x coordinate of the middle of a day."""
        return (d - self._origin).days + 0.5

    def x_day(self, x: float) -> dt.date:
        return self._origin + dt.timedelta(days=math.floor(x))

    # ----------------------------------------------------------- drawing
    def set_data(self, data: ProgressData, start: dt.date | None = None, end: dt.date | None = None) -> None:
        """Draw ``data``; show the days from ``start`` to ``end`` (default: the whole period)."""
        self.set_model(build_chart(data, self.panels), start, end)

    def set_model(self, model: ChartModel, start: dt.date | None = None, end: dt.date | None = None) -> None:
        """Draw ``model`` (made for this widget's panels); show the days from ``start`` to ``end``.

        The plots, axes, titles and legends are made once and kept; each call
        replaces only what is drawn in them (building a PlotItem costs more
        than drawing five years of data into it).
        """
        self._used: set[tuple[str, str]] = set()
        self._thinned.clear()
        self._lines: list[pg.PlotDataItem] = []
        self._week_labels.clear()
        self._center_notes = []
        self.model = model
        self.data = data = model.data
        self._origin = model.origin
        for p in model.plots:
            self._draw_plot(p)
        for k, item in self._pool.items():
            if k not in self._used:
                item.setVisible(False)
        self.setAccessibleDescription(self.description())
        self.show_days(start or data.period.start, end or data.period.end)

    def _draw_plot(self, p: Plot) -> None:
        """One chart: its title, legend and caption brought up to date, the weeks, then its items in order."""
        part = self._parts[p.key]
        plot = part["plot"]
        if part["title_text"] != p.title:
            part["title"].setText(p.title)
            part["title_text"] = p.title
        names = [e.name for e in p.legend]
        if part["legend_names"] != names:
            self._fill_legend(part["legend"], p.legend)
            part["legend_names"] = names
        part["caption"].set_text(p.caption)
        plot.getAxis("bottom").set_origin(self._origin)
        low, high = p.y_range
        pad = (high - low) * 0.05
        plot.setYRange(low - pad, high + pad, padding=0)
        d = self.data
        plot.setLimits(xMin=self.day_x(d.period.start) - 1, xMax=self.day_x(d.period.end) + 1, minXRange=5)
        self._week_regions(plot, p.week_labels, low - pad, high + pad, pad)
        if p.y_ticks is not None:
            plot.getAxis("left").setTicks([list(p.y_ticks)])
        for item in p.items:
            getattr(self, f"_draw_{type(item).__name__.lower()}")(plot, item)

    def _fill_legend(self, legend: pg.LegendItem, entries: tuple[LegendEntry, ...]) -> None:
        legend.clear()
        legend.setColumnCount(max(1, len(entries)))
        for e in entries:
            if e.fill is not None:
                sample = pg.BarGraphItem(x=[0], height=[1], width=1, brush=brush(e.fill.color), pen=pen(e.fill.outline))
            else:
                m = e.marker
                sample = pg.PlotDataItem([0, 1], [0, 1], pen=None if e.stroke is None else pen(e.stroke),
                                         symbol=m and m.shape, symbolBrush=m and m.fill and color(m.fill),
                                         symbolPen=m and m.outline and pen(m.outline), symbolSize=m.size if m else 8)
            legend.addItem(sample, e.name)
        legend.updateSize()
        h, w = legend.height() + 2, legend.width() + 4 * len(entries) + 8
        legend.setMinimumHeight(h)
        legend.setMaximumHeight(h)
        legend.setMaximumWidth(w)

    def _put(self, plot: pg.PlotItem, name: str, make, update=None):
        """The item ``name`` of ``plot``: made and added the first time, then updated and shown again.

        Items not used by a ``set_model`` call are hidden, not removed: adding and
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

    def _week_regions(self, plot: pg.PlotItem, labelled: bool, bottom: float, top: float, pad: float) -> None:
        """Every other program week shaded (one item for all of them), and "Week N" labels on some charts."""
        odd = [w for w in self.model.weeks if w.number % 2 == 1]
        if odd:
            x0 = np.array([w.x0 for w in odd])
            x1 = np.array([w.x1 for w in odd])

            def make():
                item = pg.BarGraphItem(x0=x0, x1=x1, y0=bottom, y1=top, brush=brush(WEEK_FILL), pen=pg.mkPen(None))
                item.setZValue(-20)
                return item

            self._put(plot, "weeks", make, lambda item: item.setOpts(x0=x0, x1=x1, y0=bottom, y1=top))
        if labelled:
            for w in self.model.weeks:
                def make(label=w.label):
                    t = pg.TextItem(label, color=MUTED, anchor=(0, 0))
                    t.setFont(font(8))
                    t.setZValue(-10)
                    return t

                t = self._put(plot, f"week-{w.number}", make, lambda t, label=w.label: t.setText(label))
                t.setPos(w.x0, top - pad)
                self._week_labels.append((t, w.x0, w.x1))

    def _draw_note(self, plot: pg.PlotItem, note: Note) -> None:
        def make():
            t = pg.TextItem(note.text, color=MUTED, anchor=(0.5, 0.5))
            t.setFont(font(10))
            return t

        t = self._put(plot, note.name, make, lambda t: t.setText(note.text))
        d = self.data
        t.setPos((self.day_x(d.period.start) + self.day_x(d.period.end)) / 2, note.y)
        self._center_notes.append((t, note.y))

    def _draw_line(self, plot: pg.PlotItem, line: Line) -> None:
        """A line (gaps where y is None); antialiased while few enough days are shown (see ``_on_x_range``)."""
        x, y = np.array(line.x, dtype=float), values_array(line.y)
        opts = {"pen": pen(line.stroke)}
        m = line.marker
        if m is not None and not line.daily:
            opts.update(symbol=m.shape, symbolBrush=brush(m.fill), symbolSize=m.size,
                        symbolPen=None if m.outline is None else pen(m.outline))
        item = self._put(plot, line.name, lambda: pg.PlotDataItem(x, y, connect="finite", antialias=True, **opts),
                         lambda item: item.setData(x, y))
        self._lines.append(item)
        if m is not None and line.daily:
            # days standing alone (no rated neighbour) would be invisible as a line: always mark them
            def make():
                item = pg.ScatterPlotItem(**scatter_style(m))
                item.setZValue(5)
                return item

            self._thinned.append(_Thinned(self._put(plot, f"{line.name}-symbols", make), x, y))

    def _draw_bars(self, plot: pg.PlotItem, bars: Bars) -> None:
        x, height = np.array(bars.x, dtype=float), np.array(bars.height, dtype=float)
        y0 = bars.y0 if isinstance(bars.y0, int | float) else np.array(bars.y0, dtype=float)
        self._put(plot, bars.name, lambda: pg.BarGraphItem(x=x, y0=y0, height=height, width=bars.width,
                                                           brush=brush(bars.fill.color), pen=pen(bars.fill.outline)),
                  lambda item: item.setOpts(x=x, y0=y0, height=height))

    def _draw_points(self, plot: pg.PlotItem, points: Points) -> None:
        xs, ys = list(points.x), list(points.y)
        self._put(plot, points.name, lambda: pg.ScatterPlotItem(xs, ys, **scatter_style(points.marker)),
                  lambda item: item.setData(xs, ys))

    def _draw_band(self, plot: pg.PlotItem, band: Band) -> None:
        def make():
            item = pg.LinearRegionItem((band.low, band.high), orientation="horizontal", movable=False,
                                       brush=brush(band.color), pen=pg.mkPen(None))
            item.setZValue(-15)
            item.setAcceptHoverEvents(False)
            for line in item.lines:
                line.setAcceptHoverEvents(False)
            return item

        self._put(plot, band.name, make, lambda item: item.setRegion((band.low, band.high)))

    def _draw_level(self, plot: pg.PlotItem, level: Level) -> None:
        def update(line):
            line.setValue(level.value)
            line.label.setFormat(level.text)

        self._put(plot, level.name, lambda: pg.InfiniteLine(
            pos=level.value, angle=0, pen=pen(level.stroke), label=level.text,
            labelOpts={"position": 0.99, "anchors": [(1, 1), (1, 1)], "color": color(level.text_color)}), update)

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
        return None if self.model is None else describe.hover_text(self.model, key, day)

    def description(self) -> str:
        """The charts in words, for screen readers."""
        return "" if self.data is None else describe.description(self.data)


__all__ = ["DayAxis", "ProgressCharts", "WrapLabel"]
