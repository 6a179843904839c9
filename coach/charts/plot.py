"""The progress charts as a widget for the Progress screen, drawn by the same layout and painter as the files.

:class:`ProgressCharts` shows a :class:`coach.charts.model.ChartModel` (made
from a ``ProgressData`` by :meth:`~ProgressCharts.set_data`) as one tall page
meant for a scroll area: its height follows its width and the text size. Only
what is in view is painted, and a chart's shapes are made the first time it
comes into view (``coach.charts.layout`` makes them per chart, on demand).

* The pointer over a chart shows that day's values (a tooltip, and the
  ``hovered`` signal for a read-out that is not only a tooltip).
* The mouse wheel scrolls the page (the wheel event goes on to the scroll
  area); Ctrl+wheel asks to zoom the dates in or out around the day under the
  pointer (``zoomRequested``), which the screen turns into a new period.
* Colours follow the app's theme (:meth:`set_look` with a palette of
  ``coach.charts.model``) and text follows the app's text size.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from coach.charts import describe
from coach.charts.layout import ChartLayout
from coach.charts.model import PANELS, PRINT, ChartModel, Palette, build_chart, check_panels
from coach.charts.paint import QtFonts, paint_items, qcolor
from coach.core.analytics import ProgressData
from coach.core.i18n import translate
from coach.core.tracker import REGIONS

ZOOM_STEP = 0.8  # each wheel notch with Ctrl shows this share of the days (in), or its inverse (out)
KEEP = 8  # chart models and layouts kept, so that going back to a period shown before costs only its paint


class ProgressCharts(QWidget):
    """Every progress chart for one ``ProgressData`` on one page (see the module's docstring)."""

    hovered = Signal(str)  # the values under the pointer, in words ("" when none)
    zoomRequested = Signal(object, float)  # the day under the pointer, and the share of the days to show

    def __init__(self, panels: tuple[str, ...] = PANELS, parent=None):
        super().__init__(parent)
        self.panels = check_panels(panels)
        self.data: ProgressData | None = None
        self.model: ChartModel | None = None
        self.palette_: Palette = PRINT
        self.text_scale = 1.0
        self._fonts = QtFonts()
        self._layout: ChartLayout | None = None
        self._models: dict[object, ChartModel] = {}
        self._layouts: dict[tuple, ChartLayout] = {}
        self._last_hover = ""
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(translate("progress", "Progress charts"))

    # ------------------------------------------------------------ data
    def set_data(self, data: ProgressData) -> None:
        """Show ``data``'s period (its chart model is kept: showing the same data again skips making it)."""
        self.set_model(self.model_of(data))

    def model_of(self, data: ProgressData) -> ChartModel:
        """The chart model of ``data``, made once (the Progress screen makes them ahead, when idle)."""
        key = id(data)
        model = self._models.get(key)
        if model is None or model.data is not data:
            model = self._models[key] = build_chart(data, self.panels)
            while len(self._models) > KEEP:
                self._models.pop(next(iter(self._models)))
        return model

    def prepare(self, data: ProgressData, height: int = 900) -> None:
        """Make ``data``'s model, layout and the shapes of the charts at the top of the page ahead (when idle), so
        that showing it later costs only painting."""
        model = self.model_of(data)
        layout = self._layout_for(model)
        for key in layout.keys_in(0, height):
            layout.items(key)

    def forget(self) -> None:
        """Drop the models and layouts kept (the data changed)."""
        self._models.clear()
        self._layouts.clear()

    def set_model(self, model: ChartModel) -> None:
        self.model = model
        self.data = model.data
        self.setAccessibleDescription(self.description())
        self._relayout()

    def set_look(self, palette: Palette, text_scale: float = 1.0) -> None:
        """Colours (a theme's palette) and text size (1.0 for 100 %)."""
        if palette != self.palette_ or text_scale != self.text_scale:
            self.palette_, self.text_scale = palette, text_scale
            self._relayout()

    def chart_layout(self) -> ChartLayout | None:
        """The layout on screen (made for the current width when needed, and kept with its shapes)."""
        if self._layout is None and self.model is not None:
            self._layout = self._layout_for(self.model)
            h = int(self._layout.height)
            if self.minimumHeight() != h or self.maximumHeight() != h:
                self.setFixedHeight(h)
        return self._layout

    def _layout_for(self, model: ChartModel) -> ChartLayout:
        width = max(320, self.width())
        key = (id(model), width, self.text_scale, self.palette_)
        layout = self._layouts.get(key)
        if layout is None or layout.model is not model:
            layout = self._layouts[key] = ChartLayout(model, width, self._fonts, self.palette_, self.text_scale)
            while len(self._layouts) > KEEP:
                self._layouts.pop(next(iter(self._layouts)))
        return layout

    def _relayout(self) -> None:
        self._layout = None
        self.chart_layout()
        self.update()

    def resizeEvent(self, ev) -> None:
        if self._layout is not None and abs(self._layout.width - max(320, self.width())) >= 1:
            self._relayout()
        super().resizeEvent(ev)

    # ----------------------------------------------------------- painting
    def paintEvent(self, ev) -> None:
        p = QPainter(self)
        try:
            r = ev.rect()
            p.fillRect(r, qcolor(self.palette_.paper))
            layout = self.chart_layout()
            if layout is None:
                return
            p.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
            visible = QRectF(r)
            items = layout.header()
            for key in layout.keys_in(r.top(), r.bottom()):  # only the charts in view are made and painted
                items += layout.items(key)
            paint_items(p, items, visible)
        finally:
            p.end()

    # ------------------------------------------------------ what is where
    def plot_area(self, key: str):
        layout = self.chart_layout()
        return None if layout is None else layout.areas.get(key)

    def panel_rect(self, panel: str) -> QRectF:
        """Where one panel (its charts with their titles, legends and captions) is, in widget coordinates."""
        layout = self.chart_layout()
        keys = [f"pain_{r}" for r in REGIONS] if panel == "locations" else [panel]
        rects = [QRectF(*layout.cell_rect(k)) for k in keys if k in layout.areas]
        if not rects:
            raise KeyError(panel)
        out = rects[0]
        for r in rects[1:]:
            out = out.united(r)
        return out

    def visible_days(self) -> tuple[dt.date, dt.date] | None:
        """The first and the last day shown (the data's period)."""
        return None if self.data is None else (self.data.period.start, self.data.period.end)

    def day_at(self, pos: QPointF) -> tuple[str, dt.date] | None:
        """The chart and the day under a point of the widget, or None."""
        layout = self.chart_layout()
        if layout is None:
            return None
        for key, a in layout.areas.items():
            if a.contains(pos.x(), pos.y()):
                i = a.day_at(pos.x())
                return (key, self.model.origin + dt.timedelta(days=i)) if i is not None else None
        return None

    # -------------------------------------------------------------- hover
    def mouseMoveEvent(self, ev) -> None:
        pos = ev.position()
        text = self.hover_text_at(pos)
        if text:
            QToolTip.showText(ev.globalPosition().toPoint(), text, self)
        else:
            QToolTip.hideText()
        if (text or "") != self._last_hover:
            self._last_hover = text or ""
            self.hovered.emit(self._last_hover)
        super().mouseMoveEvent(ev)

    def leaveEvent(self, ev) -> None:
        if self._last_hover:
            self._last_hover = ""
            self.hovered.emit("")
        super().leaveEvent(ev)

    def hover_text_at(self, pos: QPointF) -> str | None:
        hit = self.day_at(pos)
        return None if hit is None else self.hover_text(*hit)

    def hover_text(self, key: str, day: dt.date) -> str | None:
        """The values of one chart on one day, in words (what the tooltip shows)."""
        return None if self.model is None else describe.hover_text(self.model, key, day)

    def description(self) -> str:
        """The charts in words, for screen readers."""
        return "" if self.data is None else describe.description(self.data)

    # --------------------------------------------------------------- zoom
    def wheelEvent(self, ev) -> None:
        """Ctrl+wheel zooms the dates; the wheel alone scrolls the page (the event goes on to the scroll area)."""
        if not ev.modifiers() & Qt.KeyboardModifier.ControlModifier or self.data is None:
            ev.ignore()
            return
        steps = ev.angleDelta().y() / 120
        if not steps:
            ev.ignore()
            return
        hit = self.day_at(ev.position())
        d = self.data.period
        day = hit[1] if hit else d.start + (d.end - d.start) / 2
        ev.accept()
        self.zoomRequested.emit(day, ZOOM_STEP ** steps)


__all__ = ["ProgressCharts"]
