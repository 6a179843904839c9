"""The exercise figure on screen: :class:`FigureView` (``IllustrationView`` is the same class).

It shows a named figure sequence at a moment ``t`` (0 start pose → 1 key
pose), mirrored for the other side if asked, or an image file (PNG, JPG,
SVG) when a program step gives ``image`` instead of ``figure``. The figure is
painted by ``coach.charts.figure_painter`` (which also makes images and SVG
for handouts and ``coach illustrate``).

Colours come from a :class:`~coach.core.figure.palette.FigurePalette`
(``LIGHT``, ``DARK``, or ``"auto"``: picked from the widget's own palette).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from coach.charts.figure_painter import paint_frame
from coach.core.figure import Frame, figure_sequence
from coach.core.figure.palette import DARK, LIGHT, PALETTES, FigurePalette
from coach.core.i18n import translate
from coach.core.program_paths import safe_image


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
        self.setAccessibleName(translate("widgets", "Illustration"))
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
        side = translate("widgets", ", other side") if mirrored else ""
        self.setAccessibleName(translate("widgets", "Illustration: {seq}{side}").format(seq=seq.title.lower(), side=side))
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
        self.setAccessibleName(translate("widgets", "Illustration: {replace}").format(replace=description or p.stem.replace('-', ' ')))
        self.setAccessibleDescription(description if ok else translate("widgets", "The picture {name} could not be opened.").format(name=p.name))
        self.update()
        return ok

    def _refused_image(self, image: str, description: str) -> None:
        """The note a missing picture shows, for one the path rule refuses (nothing is read)."""
        self._name = None
        self._frame = None
        self._clear_image()
        self._missing = Path(image).name
        self.setAccessibleName(translate("widgets", "Illustration: {replace}").format(replace=description or Path(image).stem.replace('-', ' ')))
        self.setAccessibleDescription(translate("widgets", "The picture {name} could not be opened.").format(name=Path(image).name))
        self.update()

    def show_step(self, figure: str | None = None, image: str | None = None, base_dir: str | Path | None = None,
                  *, mirrored: bool = False, description: str = "") -> None:
        """Show a program step's picture: its ``image`` (relative to ``base_dir``) or its ``figure``."""
        if image:
            # the one path rule for program images (coach.core.program_paths): a name that breaks it shows
            # no picture, as a missing file does
            path = safe_image(base_dir, image)
            if path is not None and self.set_image(path, description):
                return
            if path is None:
                self._refused_image(image, description)
            if not figure:
                return
        if figure:
            self.set_figure(figure, mirrored)
        else:
            self.clear()

    def clear(self) -> None:
        self._name = None
        self._frame = None
        self._clear_image()
        self.setAccessibleName(translate("widgets", "Illustration"))
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

    def sizeHint(self) -> QSize:
        return QSize(360, 280)

    def hasHeightForWidth(self) -> bool:
        return False

    def paintEvent(self, event) -> None:
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
                                 translate("widgets", "Picture not found:\n{missing}").format(missing=self._missing))
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


__all__ = ["FigureView", "IllustrationView", "palette_for"]
