"""pyqtgraph pieces of the progress charts: styles from the model as pens and brushes, a date axis
counted in days, and a label that wraps."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QGraphicsTextItem, QSizePolicy

from coach.charts.model import MUTED, Color, Marker, Stroke

EPOCH = dt.date(1970, 1, 1)
SECONDS_PER_DAY = 86400.0
DASHES = {"solid": Qt.PenStyle.SolidLine, "dash": Qt.PenStyle.DashLine, "dot": Qt.PenStyle.DotLine,
          "dashdot": Qt.PenStyle.DashDotLine}


def color(c: Color) -> QColor:
    return QColor(c) if isinstance(c, str) else QColor(*c)


def pen(stroke: Stroke | None):
    """A QPen for ``stroke`` (no line for None)."""
    if stroke is None:
        return pg.mkPen(None)
    return pg.mkPen(color(stroke.color), width=stroke.width, style=DASHES[stroke.dash])


def brush(c: Color | None):
    return pg.mkBrush(None if c is None else color(c))


def values_array(values) -> np.ndarray:
    return np.array([np.nan if v is None else float(v) for v in values], dtype=float)


def font(pt: float, bold: bool = False) -> QFont:
    f = QFont()
    f.setPointSizeF(pt)
    f.setBold(bold)
    return f


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


class WrapLabel(pg.GraphicsWidget):
    """Plain text that wraps to the width the layout gives it (pyqtgraph's LabelItem never wraps)."""

    def __init__(self, text: str, pt: float = 9, color: str = MUTED, bold: bool = False):
        super().__init__()
        self.text = text
        self.item = QGraphicsTextItem(self)
        self.item.setDefaultTextColor(QColor(color))
        self.item.setFont(font(pt, bold))
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


def scatter_style(m: Marker) -> dict:
    """ScatterPlotItem options for marker ``m``."""
    return {"symbol": m.shape, "size": m.size, "brush": brush(m.fill), "pen": None if m.outline is None else pen(m.outline)}
