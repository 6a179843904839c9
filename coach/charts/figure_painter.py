"""Exercise figures painted with QPainter: into any painter, a QImage, or SVG text.

* :func:`paint_frame` paints a figure frame fitted into a rectangle of any
  QPainter (the player's and the editor's ``FigureView``, images, PDFs).
* :func:`render_image` paints a figure into a ``QImage`` of any size (handouts,
  ``coach illustrate``).
* :func:`render_svg` gives SVG text (written from the same drawing operations,
  ``coach.core.figure.render``, so it matches the screen); it opens in any SVG renderer.

Colours come from a :class:`~coach.core.figure.palette.FigurePalette` (``LIGHT`` or ``DARK``).
Needs QtGui only: a ``QGuiApplication`` is enough.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath, QPen, QPolygonF

from coach.core.figure import Frame, figure_sequence
from coach.core.figure.palette import LIGHT, FigurePalette
from coach.core.figure.render import Op, dash_pattern, detail_for, draw_ops, fit_box, frame_to_svg

MARGIN = 0.04


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


__all__ = ["MARGIN", "paint_frame", "render_image", "render_svg"]
