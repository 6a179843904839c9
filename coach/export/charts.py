"""Progress charts to PNG, SVG and PDF (vector), with or without a display.

``export_charts(data, path)`` picks the format from the file's suffix. The
charts are the progress screen's own (``coach.ui.progress.screen.ProgressCharts``),
laid out off screen at a fixed size, so an export looks like the screen.

* **PNG**: the scene painted into an image at ``scale`` × the layout size
  (2 by default, sharp in print).
* **SVG**: the scene painted through ``QSvgGenerator``, not pyqtgraph's
  SVGExporter (which raises ``ValueError`` with recent Qt, pyqtgraph issue
  3485); the file has a ``<title>`` and a ``<desc>`` with the charts in words.
* **PDF**: that SVG drawn by ``QSvgRenderer`` into ``QPdfWriter`` (vector,
  text stays text); painting the plot scene straight into a PDF comes out
  mis-scaled.

Every file is written to a temporary name beside the target and moved into
place, so a failed export never leaves half a file. Problems raise
:class:`ChartExportError` with a message for people.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from coach import APP_NAME
from coach.core.analytics import ProgressData, period_text

FORMATS: tuple[str, ...] = ("png", "svg", "pdf")
DEFAULT_SIZE: tuple[int, int] = (1100, 1700)
MIN_SIZE, MAX_SIZE = (320, 240), (8000, 8000)


class ChartExportError(Exception):
    """A chart could not be exported; the message says what to fix."""


def ensure_app():
    """The running QApplication, or a new one (offscreen when there is no display)."""
    if not os.environ.get("QT_QPA_PLATFORM") and sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from coach.ui.widgets.figure_view import guard_none_refcount

    guard_none_refcount()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "coach"])
        app.setApplicationName(APP_NAME)
    return app


def default_title(data: ProgressData) -> str:
    who = f" of {data.patient}" if data.patient else ""
    return f"Progress{who}: {period_text(data.period)}"


def make_charts(data: ProgressData, *, size: tuple[int, int] = DEFAULT_SIZE, panels=None, columns: int = 2,
                start: dt.date | None = None, end: dt.date | None = None, title: str | None = None):
    """The charts laid out off screen at ``size`` (logical pixels), ready to paint. Close them when done."""
    ensure_app()
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from coach.ui.progress.screen import PANELS, ProgressCharts

    w, h = _checked_size(size)
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


def _checked_size(size: tuple[int, int]) -> tuple[int, int]:
    w, h = int(size[0]), int(size[1])
    if not (MIN_SIZE[0] <= w <= MAX_SIZE[0] and MIN_SIZE[1] <= h <= MAX_SIZE[1]):
        raise ChartExportError(f"The chart size {w}×{h} is out of range: choose a width from {MIN_SIZE[0]} to "
                               f"{MAX_SIZE[0]} and a height from {MIN_SIZE[1]} to {MAX_SIZE[1]} pixels.")
    return w, h


def _paint(charts, painter, target) -> None:
    """Paint the charts' scene in pyqtgraph's export mode (symbols as vector shapes, not cached pixmaps)."""
    from PySide6.QtCore import QRectF

    from coach.ui.progress.screen import SMOOTH_DAYS

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


# ------------------------------------------------------------ SVG clean-up
SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
_SHAPES = {"path", "polyline", "polygon", "rect", "line", "ellipse", "circle"}
_NUMBER = re.compile(r"[MLCQZmlcqz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_MATRIX = re.compile(r"matrix\(([^)]*)\)")


def _matrix(text: str | None) -> tuple[float, ...] | None:
    m = _MATRIX.fullmatch((text or "").strip())
    if not m:
        return None
    vals = tuple(float(v) for v in re.split(r"[\s,]+", m.group(1).strip()))
    return vals if len(vals) == 6 else None


def _num(v: float) -> str:
    return f"{v:.2f}".rstrip("0").rstrip(".") if abs(v) < 1e6 else f"{v:.6g}"


def _apply(m: tuple[float, ...], x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


def _transform_points(m, text: str) -> str:
    nums = [float(v) for v in re.findall(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?", text)]
    pts = [_apply(m, nums[i], nums[i + 1]) for i in range(0, len(nums) - 1, 2)]
    return " ".join(f"{_num(x)},{_num(y)}" for x, y in pts)


def _transform_path(m, d: str) -> str | None:
    out: list[str] = []
    pending: list[float] = []
    for tok in _NUMBER.findall(d):
        if tok.isalpha():
            if tok.islower() and tok not in "z":
                return None  # relative commands: Qt never writes them; leave such a path alone
            out.append(tok.upper())
            continue
        pending.append(float(tok))
        if len(pending) == 2:
            x, y = _apply(m, *pending)
            out.append(f"{_num(x)},{_num(y)}")
            pending = []
    return " ".join(out) if not pending else None


def _flatten(el, m) -> bool:
    """Move one shape's coordinates into the parent's space (True when done)."""
    tag = el.tag.rsplit("}", 1)[-1]
    if tag == "path":
        d = _transform_path(m, el.get("d", ""))
        if d is None:
            return False
        el.set("d", d)
    elif tag in ("polyline", "polygon"):
        el.set("points", _transform_points(m, el.get("points", "")))
    elif tag == "line":
        (x1, y1), (x2, y2) = (_apply(m, float(el.get("x1", 0)), float(el.get("y1", 0))),
                              _apply(m, float(el.get("x2", 0)), float(el.get("y2", 0))))
        for k, v in (("x1", x1), ("y1", y1), ("x2", x2), ("y2", y2)):
            el.set(k, _num(v))
    elif tag == "rect":
        x, y = float(el.get("x", 0)), float(el.get("y", 0))
        w, h = float(el.get("width", 0)), float(el.get("height", 0))
        corners = [_apply(m, x, y), _apply(m, x + w, y), _apply(m, x + w, y + h), _apply(m, x, y + h)]
        el.tag = f"{{{SVG_NS}}}path"
        for k in ("x", "y", "width", "height", "rx", "ry"):
            el.attrib.pop(k, None)
        el.set("d", "M" + " L".join(f"{_num(px)},{_num(py)}" for px, py in corners) + " Z")
    elif tag in ("ellipse", "circle"):
        a, b, c, d_, _e, _f = m
        if abs(b) > 1e-12 or abs(c) > 1e-12:
            return False
        cx, cy = _apply(m, float(el.get("cx", 0)), float(el.get("cy", 0)))
        el.set("cx", _num(cx))
        el.set("cy", _num(cy))
        if tag == "circle":
            if abs(abs(a) - abs(d_)) > 1e-9:
                return False
            el.set("r", _num(float(el.get("r", 0)) * abs(a)))
        else:
            el.set("rx", _num(float(el.get("rx", 0)) * abs(a)))
            el.set("ry", _num(float(el.get("ry", 0)) * abs(d_)))
    else:
        return False
    return True


def flatten_cosmetic_strokes(svg: bytes) -> bytes:
    """Make Qt's SVG draw the same in renderers without ``vector-effect="non-scaling-stroke"``.

    Qt writes a plot's lines in data coordinates inside a group whose matrix
    maps them to the page, and marks their strokes non-scaling. Renderers that
    ignore that (librsvg 2.54, some print tools) scale the stroke with the
    data: a 1-pixel line turns into a band many pixels wide. Here the shapes
    with such strokes get their coordinates mapped to the page and the group
    loses its matrix, so the stroke width is what it says everywhere.
    """
    ET.register_namespace("", SVG_NS)
    ET.register_namespace("xlink", XLINK_NS)
    root = ET.fromstring(svg)
    for group in list(root.iter(f"{{{SVG_NS}}}g")):
        m = _matrix(group.get("transform"))
        if m is None:
            continue
        children = list(group)
        shapes = [c for c in children if c.tag.rsplit("}", 1)[-1] in _SHAPES
                  and c.get("vector-effect") == "non-scaling-stroke" and c.get("transform") is None]
        if not shapes or len(shapes) != len(children):
            continue  # text or images keep the group's matrix
        if all(_flatten(c, m) for c in shapes):
            del group.attrib["transform"]
    return b'<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n' + ET.tostring(root, encoding="unicode").encode("utf-8")


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


def chart_png(data: ProgressData, *, panels=None, size: tuple[int, int] = DEFAULT_SIZE, scale: float = 2.0,
              columns: int = 2, title: str | None = None, start=None, end=None) -> bytes:
    """The charts as PNG bytes (for the report)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    charts = make_charts(data, size=size, panels=panels, columns=columns, title=title, start=start, end=end)
    try:
        img = render_image(charts, scale)
    finally:
        dispose(charts)
    out = QByteArray()
    buf = QBuffer(out)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    buf.close()
    return bytes(out.data())


def panel_pngs(data: ProgressData, *, panels=None, width: int = 1000, height: int = 2000, scale: float = 2.0,
               start=None, end=None) -> dict[str, bytes]:
    """Each panel as its own PNG (title, legend, chart and caption), from one layout painted once."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect

    from coach.ui.progress.screen import PANELS

    panels = tuple(panels or PANELS)
    charts = make_charts(data, size=(width, height), panels=panels, start=start, end=end)
    try:
        img = render_image(charts, scale)
        out = {}
        for key in panels:
            r = charts.panel_rect(key).adjusted(-6, -4, 6, 4)
            crop = img.copy(QRect(round(r.x() * scale), round(r.y() * scale), round(r.width() * scale),
                                  round(r.height() * scale)))
            ba = QByteArray()
            buf = QBuffer(ba)
            buf.open(QIODevice.OpenModeFlag.WriteOnly)
            crop.save(buf, "PNG", 100)  # stored, not compressed: the PDF compresses it once
            buf.close()
            out[key] = bytes(ba.data())
        return out
    finally:
        dispose(charts)


def dispose(charts) -> None:
    """Let go of charts made by :func:`make_charts`.

    Not ``close()``: pyqtgraph's GraphicsView.close() drops the viewport of a
    view that is still shown, which crashed Qt here; hiding, clearing the
    scene and deleting later is enough.
    """
    charts.hide()
    charts.clear()
    charts.deleteLater()


def chart_format(path: str | Path) -> str:
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ChartExportError(f"{path}: the file name must end in .png, .svg or .pdf (it ends in "
                               f"{'.' + suffix if suffix else 'nothing'}).")
    return suffix


def export_charts(data: ProgressData, path: str | Path, *, size: tuple[int, int] | None = None,
                  start: dt.date | None = None, end: dt.date | None = None, panels=None, scale: float = 2.0,
                  title: str | None = None) -> Path:
    """Write the charts to ``path`` (.png, .svg or .pdf); returns the path written."""
    path = Path(path)
    kind = chart_format(path)
    _check_writable(path)
    title = default_title(data) if title is None else title
    size = size or DEFAULT_SIZE
    charts = make_charts(data, size=size, panels=panels, start=start, end=end, title=title)
    tmp = path.with_name(f".{path.name}.part")
    try:
        if kind == "png":
            if not render_image(charts, scale).save(str(tmp), "PNG"):
                raise ChartExportError(f"{path} cannot be written. Check the folder exists and you may write to it.")
        else:
            svg = render_svg(charts, title=title, description=charts.description())
            if kind == "svg":
                tmp.write_bytes(svg)
            else:
                svg_to_pdf(svg, tmp, (charts.width(), charts.height()), title)
        os.replace(tmp, path)
    except OSError as exc:
        raise ChartExportError(f"{path} cannot be written: {exc.strerror or exc}.") from exc
    finally:
        dispose(charts)
        tmp.unlink(missing_ok=True)
    return path


def _check_writable(path: Path) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ChartExportError(f"{path} cannot be written: the folder {folder} does not exist.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ChartExportError(f"{path} cannot be written: you may not write to the folder {folder}.")
    if path.is_dir():
        raise ChartExportError(f"{path} is a folder; give a file name ending in .png, .svg or .pdf.")
