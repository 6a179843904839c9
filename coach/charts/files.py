"""The progress charts painted off screen: a PNG image, SVG text, a vector PDF, one PNG per panel.

The charts are the Progress screen's own (:class:`coach.charts.plot.ProgressCharts`),
laid out off screen at a fixed size by :func:`make_charts`, so a file looks
like the screen.

* **PNG** (:func:`render_image`, :func:`panel_pngs`): the scene painted into an image at
  ``scale`` × the layout size (2 by default, sharp in print).
* **SVG** (:func:`render_svg`): the scene painted through ``QSvgGenerator``,
  not pyqtgraph's SVGExporter (which raises ``ValueError`` with recent Qt,
  pyqtgraph issue 3485), with a ``<title>`` and a ``<desc>`` with the charts
  in words, cleaned up by ``coach.charts.svg`` so every renderer draws it alike.
* **PDF** (:func:`svg_to_pdf`): that SVG drawn by ``QSvgRenderer`` into
  ``QPdfWriter`` (vector, text stays text); painting the plot scene straight
  into a PDF comes out mis-scaled.

Problems raise :class:`ChartExportError` with a message for people. Writing
files (names, folders, replacing safely) is ``coach.export.charts``'s part.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import sys
from pathlib import Path

from coach import APP_NAME
from coach.charts.model import PANELS, SMOOTH_DAYS
from coach.charts.svg import flatten_cosmetic_strokes
from coach.core.analytics import ProgressData

DEFAULT_SIZE: tuple[int, int] = (1100, 1700)
MIN_SIZE, MAX_SIZE = (320, 240), (8000, 8000)


class ChartExportError(Exception):
    """A chart could not be made or written; the message says what to fix."""


def ensure_app():
    """The running QApplication, or a new one (offscreen when there is no display)."""
    if not os.environ.get("QT_QPA_PLATFORM") and sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "coach"])
        app.setApplicationName(APP_NAME)
    return app


def make_charts(data: ProgressData, *, size: tuple[int, int] = DEFAULT_SIZE, panels=None, columns: int = 2,
                start: dt.date | None = None, end: dt.date | None = None, title: str | None = None):
    """The charts laid out off screen at ``size`` (logical pixels), ready to paint. Dispose of them when done."""
    ensure_app()
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from coach.charts.plot import ProgressCharts

    w, h = checked_size(size)
    charts = ProgressCharts(panels=tuple(panels or PANELS), columns=columns, interactive=False, title=title)
    charts.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    charts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    charts.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    charts.setFrameShape(charts.Shape.NoFrame)
    charts.resize(w, h)
    charts.setUpdatesEnabled(False)  # nothing is shown: paint only when exporting
    charts.show()
    charts.set_data(data, start, end)
    QApplication.processEvents()
    need = charts.ci.effectiveSizeHint(Qt.SizeHint.MinimumSize)
    nw, nh = max(w, math.ceil(need.width())), max(h, math.ceil(need.height()))
    if (nw, nh) != (w, h):  # never cut a chart off: grow the page to what the layout needs
        charts.resize(nw, nh)
        QApplication.processEvents()
    charts.show_days(start or data.period.start, end or data.period.end)
    return charts


def checked_size(size: tuple[int, int]) -> tuple[int, int]:
    w, h = int(size[0]), int(size[1])
    if not (MIN_SIZE[0] <= w <= MAX_SIZE[0] and MIN_SIZE[1] <= h <= MAX_SIZE[1]):
        raise ChartExportError(f"The chart size {w}×{h} is out of range: choose a width from {MIN_SIZE[0]} to "
                               f"{MAX_SIZE[0]} and a height from {MIN_SIZE[1]} to {MAX_SIZE[1]} pixels.")
    return w, h


def dispose(charts) -> None:
    """Let go of charts made by :func:`make_charts`.

    Not ``close()``: pyqtgraph's GraphicsView.close() drops the viewport of a
    view that is still shown, which crashed Qt here; hiding, clearing the
    scene and deleting later is enough.
    """
    charts.hide()
    charts.clear()
    charts.deleteLater()


def _paint(charts, painter, target) -> None:
    """Paint the charts' scene in pyqtgraph's export mode (symbols as vector shapes, not cached pixmaps)."""
    from PySide6.QtCore import QRectF

    items = [i for i in charts.scene().items() if hasattr(i, "setExportMode")]
    days = charts.visible_days()
    smooth = days is None or (days[1] - days[0]).days < SMOOTH_DAYS  # as on screen: long lines drawn plainly
    opts = {"antialias": smooth, "background": "w", "painter": painter, "resolutionScale": 1.0}
    for i in items:
        i.setExportMode(True, opts)
    try:
        charts.scene().render(painter, target, QRectF(charts.viewRect()))
    finally:
        for i in items:
            i.setExportMode(False)


def render_image(charts, scale: float = 2.0):
    """The charts as a QImage of ``scale`` × their size, on white."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    w, h = charts.width(), charts.height()
    img = QImage(round(w * scale), round(h * scale), QImage.Format.Format_ARGB32)
    img.setDevicePixelRatio(scale)
    img.fill(QColor("white"))
    p = QPainter(img)
    try:
        # lines and symbols choose their own antialiasing; bars and grid stay crisp without it
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        _paint(charts, p, QRectF(0, 0, w, h))
    finally:
        p.end()
    return img


def render_svg(charts, title: str = "", description: str = "") -> bytes:
    """The charts as SVG (QSvgGenerator), with a title and a description in words."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QRectF, QSize
    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtSvg import QSvgGenerator

    w, h = charts.width(), charts.height()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    gen = QSvgGenerator()
    gen.setOutputDevice(buf)
    gen.setSize(QSize(w, h))
    gen.setViewBox(QRect(0, 0, w, h))
    gen.setResolution(96)
    gen.setTitle(title or "Progress charts")
    gen.setDescription(description or charts.description())
    p = QPainter(gen)
    try:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(QRectF(0, 0, w, h), QColor("white"))
        _paint(charts, p, QRectF(0, 0, w, h))
    finally:
        p.end()
    buf.close()
    return flatten_cosmetic_strokes(bytes(data.data()))


def svg_to_pdf(svg: bytes, path: Path, size: tuple[int, int], title: str = "") -> None:
    """Draw an SVG into a one-page PDF of the same proportions (vector)."""
    from PySide6.QtCore import QByteArray, QMarginsF, QRectF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        raise ChartExportError("The chart drawing could not be read back to make the PDF.")
    w, h = size
    writer = QPdfWriter(str(path))
    writer.setTitle(title or "Progress charts")
    writer.setCreator(APP_NAME)
    writer.setResolution(96)
    # one page the size of the drawing (96 px per inch → points), with no margins
    writer.setPageLayout(QPageLayout(QPageSize(QSizeF(w * 72 / 96, h * 72 / 96), QPageSize.Unit.Point),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    p = QPainter()
    if not p.begin(writer):
        raise ChartExportError(f"{path} cannot be written. Check the folder exists and you may write to it.")
    try:
        renderer.render(p, QRectF(0, 0, writer.width(), writer.height()))
    finally:
        p.end()


def png_bytes(image, quality: int = -1) -> bytes:
    """A QImage as PNG bytes (``quality`` 100: stored, not compressed)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    out = QByteArray()
    buf = QBuffer(out)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG", quality)
    buf.close()
    return bytes(out.data())


def panel_pngs(data: ProgressData, *, panels=None, width: int = 1000, height: int = 2000, scale: float = 2.0,
               start=None, end=None) -> dict[str, bytes]:
    """Each panel as its own PNG (title, legend, chart and caption), from one layout painted once."""
    from PySide6.QtCore import QRect

    panels = tuple(panels or PANELS)
    charts = make_charts(data, size=(width, height), panels=panels, start=start, end=end)
    try:
        img = render_image(charts, scale)
        out = {}
        for key in panels:
            r = charts.panel_rect(key).adjusted(-6, -4, 6, 4)
            crop = img.copy(QRect(round(r.x() * scale), round(r.y() * scale), round(r.width() * scale),
                                  round(r.height() * scale)))
            out[key] = png_bytes(crop, 100)  # stored, not compressed: the PDF compresses it once
        return out
    finally:
        dispose(charts)
