"""Draw exercise figures with QPainter: a widget, QImage rendering and SVG text.

* :class:`FigureView` shows a named figure sequence at a moment ``t`` (0 start
  pose → 1 key pose), mirrored for the other side if asked, or an image file
  (PNG, JPG, SVG) when a program step gives ``image`` instead of ``figure``.
  ``IllustrationView`` is the same class.
* :func:`render_image` paints a figure into a ``QImage`` of any size.
* :func:`render_svg` gives SVG text (written from the same paint operations, so
  it matches the screen); it opens in any SVG renderer.

Colours come from a :class:`~coach.core.figure.palette.FigurePalette`
(``LIGHT``, ``DARK``, or ``"auto"``: picked from the widget's own palette).
"""

from __future__ import annotations

import sys
from pathlib import Path


def guard_none_refcount() -> None:
    """Work around a Qt binding that drops a reference to None on every void call.

    PySide6 6.12.0 on Python 3.11 does (the project pins an older release, but
    an environment may still have it): after a few thousand calls (one figure
    frame makes hundreds) the interpreter aborts with "none_dealloc". When the
    leak is detected, None gets a huge reference count, as Python 3.12+ does
    by making it immortal. A no-op otherwise; safe to call more than once.
    """
    if sys.version_info >= (3, 12) or sys.getrefcount(None) >= (1 << 39):
        return
    from PySide6.QtCore import QPointF

    probe = QPointF()
    before = sys.getrefcount(None)
    for _ in range(64):
        probe.setX(1.0)
    if sys.getrefcount(None) < before - 32:
        import ctypes

        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


guard_none_refcount()

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QBrush,
    QColor,
    QImage,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtSvg import QSvgRenderer  # noqa: E402
from PySide6.QtWidgets import QSizePolicy, QWidget  # noqa: E402

from coach.core.figure import Frame, figure_sequence  # noqa: E402
from coach.core.figure.palette import DARK, LIGHT, PALETTES, FigurePalette  # noqa: E402
from coach.core.figure.render import Op, dash_pattern, detail_for, draw_ops, fit_box, frame_to_svg  # noqa: E402

MARGIN = 0.04
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".svg")


def _frame(figure: str | Frame, t: float | None, mirrored: bool) -> Frame:
    if isinstance(figure, Frame):
        return figure.flipped() if mirrored else figure
    seq = figure_sequence(figure)
    return seq.frame(seq.key_t if t is None else t, mirrored)


def _path(op: Op) -> QPainterPath:
    path = QPainterPath()
    path.addPolygon(QPolygonF([QPointF(x, y) for x, y in op.points]))
    if op.closed:
        path.closeSubpath()
    return path


def paint_frame(
    painter: QPainter,
    frame: Frame,
    rect: QRectF,
    palette: FigurePalette = LIGHT,
    *,
    background: bool = True,
    margin: float = MARGIN,
) -> None:
    """Paint ``frame`` fitted into ``rect`` (aspect kept, centred)."""
    if rect.width() <= 0 or rect.height() <= 0:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if background:
        painter.fillRect(rect, QColor(palette.background))
    vb = fit_box(frame.bbox, rect.width(), rect.height(), margin)
    s = min(rect.width() / vb.width, rect.height() / vb.height)
    ox = rect.left() + (rect.width() - vb.width * s) / 2
    oy = rect.top() + (rect.height() - vb.height * s) / 2
    painter.translate(ox - vb.x0 * s, oy + vb.y1 * s)
    painter.scale(s, -s)
    for op in draw_ops(frame, palette, detail=detail_for(s)):
        path = _path(op)
        if op.stroke:
            pen = QPen(QColor(op.stroke), op.width)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            if op.dashed:
                dash, gap = dash_pattern(op.width)
                pen.setDashPattern([dash / op.width, gap / op.width])
            painter.setPen(pen)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(op.fill)) if op.fill else Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
    painter.restore()


def render_image(
    figure: str | Frame,
    width: int,
    height: int | None = None,
    *,
    t: float | None = None,
    mirrored: bool = False,
    palette: FigurePalette = LIGHT,
    background: bool = True,
) -> QImage:
    """A figure (name or frame) as an ARGB image; ``t=None`` is the key pose.

    Without ``height`` the image takes the figure's own aspect ratio.
    """
    frame = _frame(figure, t, mirrored)
    if height is None:
        vb = frame.bbox.padded(MARGIN * max(frame.bbox.width, frame.bbox.height))
        height = max(1, round(width * vb.height / vb.width))
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(palette.background) if background else Qt.GlobalColor.transparent)
    painter = QPainter(image)
    try:
        paint_frame(painter, frame, QRectF(0, 0, width, height), palette, background=False)
    finally:
        painter.end()
    return image


def render_svg(
    figure: str | Frame,
    width: int = 480,
    height: int | None = None,
    *,
    t: float | None = None,
    mirrored: bool = False,
    palette: FigurePalette = LIGHT,
    background: bool = True,
) -> str:
    """SVG text of a figure (name or frame); ``t=None`` is the key pose."""
    frame = _frame(figure, t, mirrored)
    title = None
    if isinstance(figure, str):
        title = f"Illustration: {figure_sequence(figure).title}"
    return frame_to_svg(frame, width, height, palette, background=background, title=title, margin=MARGIN)


def palette_for(widget: QWidget) -> FigurePalette:
    """``DARK`` when the widget's window colour is dark, else ``LIGHT``."""
    return DARK if widget.palette().color(QPalette.ColorRole.Window).lightness() < 128 else LIGHT


class FigureView(QWidget):
    """Shows a figure sequence at a moment ``t``, or an image file.

    Slots: :meth:`set_figure`, :meth:`set_progress`, :meth:`set_mirrored`,
    :meth:`set_image`, :meth:`show_step`, :meth:`clear`, :meth:`set_figure_palette`.
    The picture keeps its aspect ratio, centred in the widget.
    """

    figureChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, palette: FigurePalette | str = "auto") -> None:
        super().__init__(parent)
        self._name: str | None = None
        self._t = 1.0
        self._mirrored = False
        self._frame: Frame | None = None
        self._pixmap: QPixmap | None = None
        self._svg: QSvgRenderer | None = None
        self._missing: str | None = None
        self._palette_choice: FigurePalette | str = palette
        self._cache: QPixmap | None = None  # the painted figure, reused until something changes
        self._cache_key: tuple | None = None
        self._version = 0  # bumped whenever the frame changes
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(80, 60)
        self.setAccessibleName("Illustration")
        self.setAccessibleDescription("")

    # ----------------------------------------------------------------- state
    def figure(self) -> str | None:
        return self._name

    def progress(self) -> float:
        return self._t

    def is_mirrored(self) -> bool:
        return self._mirrored

    def current_frame(self) -> Frame | None:
        return self._frame

    def figure_palette(self) -> FigurePalette:
        p = self._palette_choice
        if isinstance(p, FigurePalette):
            return p
        if p == "auto":
            return palette_for(self)
        return PALETTES[p]

    # ----------------------------------------------------------------- slots
    def set_figure(self, name: str, mirrored: bool = False, t: float | None = None) -> None:
        """Show figure ``name`` (at its key pose unless ``t`` is given); KeyError if unknown."""
        seq = figure_sequence(name)
        self._clear_image()
        self._name = name
        self._mirrored = bool(mirrored)
        self._t = seq.key_t if t is None else float(t)
        side = ", other side" if mirrored else ""
        self.setAccessibleName(f"Illustration: {seq.title.lower()}{side}")
        self.setAccessibleDescription(seq.description)
        self._update_frame()
        self.figureChanged.emit(name)

    def set_progress(self, t: float) -> None:
        """Move the figure to moment ``t`` (0 start pose, 1 key pose)."""
        t = float(t)
        if t == self._t and self._frame is not None:
            return
        self._t = t
        if self._name is not None:
            self._update_frame()

    def set_mirrored(self, mirrored: bool) -> None:
        if bool(mirrored) != self._mirrored:
            self._mirrored = bool(mirrored)
            if self._name is not None:
                self.set_figure(self._name, self._mirrored, self._t)

    def set_image(self, path: str | Path, description: str = "") -> bool:
        """Show an image file (PNG, JPG or SVG). Returns False (and shows a note) if it cannot be read."""
        p = Path(path)
        self._name = None
        self._frame = None
        self._clear_image()
        ok = False
        if p.suffix.lower() == ".svg":
            renderer = QSvgRenderer(str(p))
            if renderer.isValid():
                self._svg = renderer
                ok = True
        elif p.is_file():
            pix = QPixmap(str(p))
            if not pix.isNull():
                self._pixmap = pix
                ok = True
        if not ok:
            self._missing = p.name
        self.setAccessibleName(f"Illustration: {description or p.stem.replace('-', ' ')}")
        self.setAccessibleDescription(description if ok else f"The picture {p.name} could not be opened.")
        self.update()
        return ok

    def show_step(self, figure: str | None = None, image: str | None = None, base_dir: str | Path | None = None,
                  *, mirrored: bool = False, description: str = "") -> None:
        """Show a program step's picture: its ``image`` (relative to ``base_dir``) or its ``figure``."""
        if image:
            path = Path(image)
            if base_dir is not None and not path.is_absolute():
                path = Path(base_dir) / path
            if self.set_image(path, description) or not figure:
                return
        if figure:
            self.set_figure(figure, mirrored)
        else:
            self.clear()

    def clear(self) -> None:
        self._name = None
        self._frame = None
        self._clear_image()
        self.setAccessibleName("Illustration")
        self.setAccessibleDescription("")
        self.update()

    def set_figure_palette(self, palette: FigurePalette | str) -> None:
        self._palette_choice = palette
        self.update()

    # --------------------------------------------------------------- drawing
    def _clear_image(self) -> None:
        self._pixmap = None
        self._svg = None
        self._missing = None

    def _update_frame(self) -> None:
        assert self._name is not None
        self._frame = figure_sequence(self._name).frame(self._t, self._mirrored)
        self._version += 1
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(360, 280)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return False

    def paintEvent(self, event) -> None:  # noqa: N802, ANN001
        pal = self.figure_palette()
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            rect = QRectF(self.rect())
            painter.fillRect(rect, QColor(pal.background))
            if self._frame is not None:
                painter.drawPixmap(0, 0, self._figure_pixmap(pal))
            elif self._svg is not None:
                size = self._svg.defaultSize()
                painter.fillRect(rect, QColor(pal.background))
                self._svg.render(painter, _fit(rect, size.width(), size.height()))
            elif self._pixmap is not None:
                painter.drawPixmap(_fit(rect, self._pixmap.width(), self._pixmap.height()), self._pixmap,
                                   QRectF(self._pixmap.rect()))
            elif self._missing:
                painter.setPen(QColor(pal.text))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                                 f"Picture not found:\n{self._missing}")
        finally:
            painter.end()


    def _figure_pixmap(self, pal: FigurePalette) -> QPixmap:
        """The current frame painted at the widget's size (and pixel ratio), cached."""
        assert self._frame is not None
        dpr = self.devicePixelRatioF()
        key = (self._version, self.width(), self.height(), dpr, pal)
        if self._cache is None or self._cache_key != key:
            pix = QPixmap(max(1, round(self.width() * dpr)), max(1, round(self.height() * dpr)))
            pix.setDevicePixelRatio(dpr)
            pix.fill(QColor(pal.background))
            p = QPainter(pix)
            try:
                paint_frame(p, self._frame, QRectF(0, 0, self.width(), self.height()), pal, background=False)
            finally:
                p.end()
            self._cache, self._cache_key = pix, key
        return self._cache


IllustrationView = FigureView


def _fit(rect: QRectF, w: float, h: float) -> QRectF:
    if w <= 0 or h <= 0:
        return rect
    s = min(rect.width() / w, rect.height() / h)
    return QRectF(rect.left() + (rect.width() - w * s) / 2, rect.top() + (rect.height() - h * s) / 2, w * s, h * s)


__all__ = ["FigureView", "IllustrationView", "paint_frame", "palette_for", "render_image", "render_svg"]
