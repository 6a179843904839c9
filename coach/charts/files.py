"""The progress charts as files: PNG, SVG and PDF bytes, drawn off screen with QPainter.

The charts are laid out by ``coach.charts.layout`` (the same layout the
Progress screen draws) on white paper (:data:`coach.charts.model.PRINT`) and
painted by ``coach.charts.paint``:

* **PNG** (:func:`render_png`): a ``QImage`` of ``scale`` × the page (2 by default, sharp in print);
* **SVG** (:func:`render_svg`): ``QSvgGenerator`` in SVG 1.1, so each chart's clip is a clip path and
  every renderer (librsvg, browsers, print tools) shows each chart's data inside its own plot only;
  it carries a ``<title>`` and a ``<desc>`` with the charts in words;
* **PDF** (:func:`render_pdf`): ``QPdfWriter``, one page the size of the drawing, vector, text as text.

Only QtGui is needed (a ``QGuiApplication``, made offscreen when there is no
display), and nothing here touches a widget, so exports can run on a worker
thread. Problems raise :class:`ChartExportError` with a message for people.
Writing files (names, refusing to overwrite, 0600) is ``coach.export``'s part.
"""

from __future__ import annotations

import os
import sys

from coach import APP_NAME
from coach.charts.layout import ChartLayout
from coach.charts.model import PANELS, PRINT, ChartModel, Palette, build_chart
from coach.core.analytics import ProgressData
from coach.core.i18n import translate

DEFAULT_WIDTH = 1100
MIN_SIZE, MAX_SIZE = (320, 240), (8000, 8000)


class ChartExportError(Exception):
    """A chart could not be made or written; the message says what to fix."""


def ensure_app():
    """The running Qt application, or a new ``QGuiApplication`` (offscreen when there is no display)."""
    if not os.environ.get("QT_QPA_PLATFORM") and sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        app = QGuiApplication([sys.argv[0] if sys.argv else "coach"])
        app.setApplicationName(APP_NAME)
    return app


def checked_size(size: tuple[int, int] | None) -> tuple[int, int]:
    if size is None:
        return DEFAULT_WIDTH, MIN_SIZE[1]
    w, h = int(size[0]), int(size[1])
    if not (MIN_SIZE[0] <= w <= MAX_SIZE[0] and MIN_SIZE[1] <= h <= MAX_SIZE[1]):
        raise ChartExportError(translate("progress", "The chart size {w}×{h} is out of range: choose a width from {MIN_SIZE} to {MAX_SIZE} and a height from {MIN_SIZE2} to {MAX_SIZE2} pixels.").format(w=w, h=h, MIN_SIZE=MIN_SIZE[0], MAX_SIZE=MAX_SIZE[0], MIN_SIZE2=MIN_SIZE[1], MAX_SIZE2=MAX_SIZE[1]))
    return w, h


def page_layout(data: ProgressData | ChartModel, *, size: tuple[int, int] | None = None, panels=None,
                title: str | None = None, palette: Palette = PRINT, scale: float = 1.0,
                columns: int | None = None) -> tuple[ChartLayout, int, int]:
    """The charts laid out on a page (``size``: the width, and a height the page is at least; it grows to hold
    every chart). Returns the layout and the page's width and height."""
    ensure_app()
    from coach.charts.paint import QtFonts

    w, h = checked_size(size)
    model = data if isinstance(data, ChartModel) else build_chart(data, tuple(panels or PANELS))
    layout = ChartLayout(model, w, QtFonts(), palette, scale, columns, title)
    return layout, w, max(h, int(layout.height))


def render_image(layout: ChartLayout, width: int, height: int, scale: float = 2.0):
    """The page as a QImage of ``scale`` × its size."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    from coach.charts.paint import paint_items, qcolor

    img = QImage(round(width * scale), round(height * scale), QImage.Format.Format_RGB32)
    img.setDevicePixelRatio(scale)
    img.fill(qcolor(layout.palette.paper))
    p = QPainter(img)
    try:
        p.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        p.setClipRect(QRectF(0, 0, width, height))
        paint_items(p, layout.items())
    finally:
        p.end()
    return img


PNG_QUALITY = 80  # Qt's PNG "quality" is zlib's effort: 80 writes several times faster than the default, a little bigger


def png_bytes(image, quality: int = PNG_QUALITY) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    out = QByteArray()
    buf = QBuffer(out)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buf, "PNG", quality):
        raise ChartExportError(translate("progress", "The chart picture could not be made."))
    buf.close()
    return bytes(out.data())


def render_png(layout: ChartLayout, width: int, height: int, scale: float = 2.0) -> bytes:
    return png_bytes(render_image(layout, width, height, scale))


def render_svg(layout: ChartLayout, width: int, height: int, title: str = "", description: str = "") -> bytes:
    """The page as SVG 1.1 text (clip paths, no scaled strokes), with a title and a description in words."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QRectF, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    from coach.charts.paint import paint_items, qcolor

    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    gen = QSvgGenerator(QSvgGenerator.SvgVersion.Svg11)
    gen.setOutputDevice(buf)
    gen.setSize(QSize(width, height))
    gen.setViewBox(QRect(0, 0, width, height))
    gen.setResolution(96)
    gen.setTitle(title or translate("progress", "Progress charts"))
    gen.setDescription(description)
    p = QPainter(gen)
    try:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(QRectF(0, 0, width, height), qcolor(layout.palette.paper))
        paint_items(p, layout.items())
    finally:
        p.end()
    buf.close()
    return bytes(data.data())


def render_pdf(layout: ChartLayout, width: int, height: int, title: str = "") -> bytes:
    """The page as a one-page vector PDF of the same proportions (96 px to the inch)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

    from coach.charts.paint import paint_items, qcolor

    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buf)
    writer.setTitle(title or translate("progress", "Progress charts"))
    writer.setCreator(APP_NAME)
    writer.setResolution(96)
    writer.setPageLayout(QPageLayout(QPageSize(QSizeF(width * 72 / 96, height * 72 / 96), QPageSize.Unit.Point),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    p = QPainter()
    if not p.begin(writer):
        raise ChartExportError(translate("progress", "The PDF could not be started."))
    try:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(QRectF(0, 0, width, height), qcolor(layout.palette.paper))
        paint_items(p, layout.items())
    finally:
        p.end()
    buf.close()
    return bytes(data.data())
