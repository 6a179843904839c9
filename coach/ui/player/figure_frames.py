"""The player's figure view: it keeps the painted moments of a moving figure and repaints only the figure's box."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QEvent, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QWidget

from coach.charts.figure_painter import paint_frame
from coach.ui.widgets.figure_view import FigureView


class CachedFigureView(FigureView):
    """A ``FigureView`` that keeps the painted frames of a moving figure, and repaints only the figure's box.

    The player moves the figure through a fixed set of moments (``t`` among
    ``view.figure_moments``, 6 poses for a walking stride), so a repetition, a walking stride or
    a release paints each moment once and then only copies it: a moving figure
    costs a copy of the box it fills (the same for every moment: a figure's
    bounding box does not move) instead of solving and painting the figure, and
    a moment already kept is not even solved. Only the figure in use keeps its
    frames, at most ``budget_bytes`` of them; when the widget is too large for a
    whole movement to fit, frames are painted as usual. The figure's colours are looked up once per
    palette change, not per frame.
    """

    def __init__(self, parent: QWidget | None = None, *, budget_bytes: int = 64 << 20, frames: int = 34) -> None:
        super().__init__(parent)
        self._frames: OrderedDict[tuple, QPixmap] = OrderedDict()
        self._budget = budget_bytes
        self._min_frames = frames
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # every pixel is painted: nothing under it is
        self._stale = False  # the moment changed and its frame is not solved yet
        self._colors = None  # the figure palette in use (None: look it up)
        self._box: tuple[tuple, QRect] | None = None  # (figure and size, the box the figure fills)
        self._moment_only = False
        self.painted = 0  # frames painted from scratch (tests, benchmarks)

    def set_figure(self, name: str, mirrored: bool = False, t: float | None = None) -> None:
        if name != self._name:  # keep only the moments of the figure in use: memory stays one movement's worth
            self._frames = OrderedDict((k, v) for k, v in self._frames.items() if k[0] == name)
        super().set_figure(name, mirrored, t)

    def set_progress(self, t: float) -> None:
        self._moment_only = True  # only the figure's box changes
        try:
            super().set_progress(t)
        finally:
            self._moment_only = False

    def _update_frame(self) -> None:
        self._stale = True  # solved when painted, and only if that moment is not kept
        self._version += 1
        box = self._figure_box() if self._moment_only else None
        if box is not None:
            self.update(box)
        else:
            self.update()

    def current_frame(self):
        if self._stale and self._name is not None:
            from coach.core.figure import figure_sequence

            self._frame = figure_sequence(self._name).frame(self._t, self._mirrored)
            self._stale = False
        return self._frame

    def _figure_box(self) -> QRect | None:
        """The part of the widget the figure is painted in (as ``paint_frame`` fits it), for every moment."""
        if self._name is None:
            return None
        key = (self._name, self.width(), self.height())
        if self._box is not None and self._box[0] == key:
            return self._box[1]
        from coach.charts.figure_painter import MARGIN
        from coach.core.figure import figure_sequence

        bbox = figure_sequence(self._name).key_frame().bbox
        b = bbox.padded(MARGIN * max(bbox.width, bbox.height))
        w, h = self.width(), self.height()
        if b.width <= 0 or b.height <= 0 or w <= 0 or h <= 0:
            return None
        scale = min(w / b.width, h / b.height)
        bw, bh = b.width * scale, b.height * scale
        box = QRectF((w - bw) / 2, (h - bh) / 2, bw, bh).toAlignedRect().adjusted(-2, -2, 2, 2) & self.rect()
        self._box = (key, box)
        return box

    def figure_palette(self):
        if self._colors is None:
            self._colors = super().figure_palette()
        return self._colors

    def set_figure_palette(self, palette) -> None:
        self._colors = None
        super().set_figure_palette(palette)

    def changeEvent(self, event) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._colors = None
            self._frames.clear()
        super().changeEvent(event)

    def paintEvent(self, event) -> None:
        name = self.figure()
        box = self._figure_box() if name is not None and (self._frame is not None or self._stale) else None
        if box is None or box.isEmpty():
            super().paintEvent(event)
            return
        pal = self.figure_palette()
        dpr = self.devicePixelRatioF()
        w, h = self.width(), self.height()
        room = self._budget // max(1, round(box.width() * dpr) * round(box.height() * dpr) * 4)
        key = (name, self.is_mirrored(), round(self.progress(), 4), w, h, dpr, id(pal))
        pix = self._frames.get(key)
        if pix is None:
            frame = self.current_frame()
            if frame is None:
                super().paintEvent(event)
                return
            pix = QPixmap(max(1, round(box.width() * dpr)), max(1, round(box.height() * dpr)))
            pix.setDevicePixelRatio(dpr)
            pix.fill(QColor(pal.background))
            p = QPainter(pix)
            try:  # painted as in the whole widget, shifted so that the box starts at the pixmap's corner
                paint_frame(p, frame, QRectF(-box.x(), -box.y(), w, h), pal, background=False)
            finally:
                p.end()
            self.painted += 1
            if room >= self._min_frames:
                self._frames[key] = pix
                while len(self._frames) > room:
                    self._frames.popitem(last=False)
        else:
            self._frames.move_to_end(key)
        painter = QPainter(self)
        try:
            if not box.contains(event.rect()):
                painter.fillRect(event.rect(), QColor(pal.background))
            painter.drawPixmap(box.topLeft(), pix)
        finally:
            painter.end()

    def resizeEvent(self, event) -> None:
        self._frames.clear()
        super().resizeEvent(event)
