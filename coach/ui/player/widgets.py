"""The session player's custom widgets: the big timer, the session progress strip, a figure view that keeps
frames, and the exercise's numbered steps.

Both only draw what they are given; neither keeps time. The timer's digits
scale with the widget (readable from a mat two metres away) and it can
*flash* (inverted, with a thick frame) to show a cue when sound is off or
unavailable. Nothing is shown by colour alone: the strip marks done exercises
with a tick and skipped ones with a dash, and the timer writes "Paused".
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QFontMetrics,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coach.charts.figure_painter import paint_frame
from coach.ui.widgets.figure_view import FigureView
from coach.ui.widgets.kit import label as _label
from coach.ui.widgets.style import current_colors

FLASH_MS = 350
LABEL_H, SMALL_H, BAR_H = 0.16, 0.11, 0.06  # the timer's caption, small line and bar, as shares of its height


def _fit_font(base: QFont, text: str, width: float, height: float, *, bold: bool = True,
              max_px: float | None = None) -> QFont:
    """The largest pixel size at which ``text`` fits in width × height."""
    f = QFont(base)
    f.setBold(bold)
    px = max(8.0, height if max_px is None else min(height, max_px))
    f.setPixelSize(round(px))
    w = QFontMetricsF(f).horizontalAdvance(text or " ")
    if w > width > 0:
        px = max(8.0, px * width / w)
        f.setPixelSize(round(px))
    return f


class BigTimer(QWidget):
    """Large digits with a caption above, a small line under, and a bar for the phase.

    ``set_state(label, big, small, fraction, paused)``; ``flash()`` for a visual cue.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = ""
        self._big = ""
        self._small = ""
        self._fraction: float | None = None
        self._paused = False
        self._flashing = False
        self.flashes = 0  # how many cues were shown as a flash (tests, diagnostics)
        self.digits_px = 0  # the pixel size the digits were last drawn at (tests, diagnostics)
        self._digits_px: int | None = None  # the size the digits are drawn at (None: as large as they fit)
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self._end_flash)
        self.setObjectName("bigTimer")
        self.setAccessibleName("Timer")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 110)

    def sizeHint(self) -> QSize:
        return QSize(460, 340)

    # --------------------------------------------------------------- size
    def set_digits_px(self, px: int | None) -> None:
        """Draw the digits at ``px`` pixels (the player sets it from the window's height, so that they scale
        with the window and not with the text size); the timer asks its layout for the room they need."""
        if px != self._digits_px:
            self._digits_px = px
            self.updateGeometry()
            self.update()

    def minimumSizeHint(self) -> QSize:
        if not self._digits_px:
            return QSize(200, 110)
        f = QFont(self.font())
        f.setBold(True)
        f.setPixelSize(self._digits_px)
        wide = QFontMetricsF(f).horizontalAdvance("00:00")
        # the digits take 0.67 of the inner height less the gaps (see paintEvent), and 0.95 of the inner width
        height = (self._digits_px / 0.95 + 18 + 10) / (1 - LABEL_H - SMALL_H - BAR_H) + 22 + 6
        return QSize(round(wide / 0.95 + 38), round(height))

    # ------------------------------------------------------------- state
    def set_state(self, label: str, big: str, small: str, fraction: float | None, paused: bool = False) -> None:
        frac = None if fraction is None else round(min(1.0, max(0.0, fraction)), 3)
        new = (label, big, small, frac, paused)
        if new != (self._label, self._big, self._small, self._fraction, self._paused):
            self._label, self._big, self._small, self._fraction, self._paused = new
            self.update()

    def set_fraction(self, fraction: float | None) -> None:
        self.set_state(self._label, self._big, self._small, fraction, self._paused)

    def set_description(self, text: str) -> None:
        if text != self.accessibleDescription():
            self.setAccessibleDescription(text)

    def text(self) -> str:
        return self._big

    def label(self) -> str:
        return self._label

    def small(self) -> str:
        return self._small

    @property
    def flashing(self) -> bool:
        return self._flashing

    def flash(self) -> None:
        self.flashes += 1
        self._flashing = True
        self._flash_timer.start(FLASH_MS)
        self.update()

    def _end_flash(self) -> None:
        self._flashing = False
        self.update()

    # ----------------------------------------------------------- drawing
    def paintEvent(self, event) -> None:
        p = QPainter(self)
        try:
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            r = QRectF(self.rect()).adjusted(3, 3, -3, -3)
            pal = self.palette()
            base = pal.color(QPalette.ColorRole.Base)
            text = pal.color(QPalette.ColorRole.Text)
            accent = pal.color(QPalette.ColorRole.Highlight)
            on_accent = pal.color(QPalette.ColorRole.HighlightedText)
            if self._flashing:
                bg, fg = accent, on_accent
            else:
                bg, fg = base, text
            path = QPainterPath()
            path.addRoundedRect(r, 14, 14)
            p.fillPath(path, bg)
            frame = QPen(text if self._flashing else accent, 10 if self._flashing else 2)
            p.setPen(frame)
            p.drawPath(path)
            inner = r.adjusted(16, 10, -16, -12)
            h = inner.height()
            # the caption and the small line never go below the text size the person chose (a low box: the
            # digits give way), so "Press Space to start" stays as readable as the rest of the screen
            text_h = QFontInfo(self.font()).pixelSize() / 0.8
            label_h = min(max(h * LABEL_H, text_h), h * 0.25)
            small_h = min(max(h * SMALL_H, text_h), h * 0.25)
            bar_h = max(10.0, h * BAR_H)
            big_h = h - label_h - small_h - bar_h - 18
            font = self.font()
            y = inner.top()
            label = f"Paused · {self._label}" if self._paused and self._label else (
                "Paused" if self._paused else self._label)
            if label:
                p.setPen(fg)
                p.setFont(_fit_font(font, label, inner.width(), label_h * 0.8))
                p.drawText(QRectF(inner.left(), y, inner.width(), label_h), Qt.AlignmentFlag.AlignCenter, label)
            y += label_h
            if self._big:
                color = QColor(fg)
                if self._paused and not self._flashing:
                    color.setAlphaF(0.55)
                p.setPen(color)
                digits = _fit_font(font, self._big, inner.width() * 0.95, big_h * 0.95, max_px=self._digits_px)
                self.digits_px = digits.pixelSize()
                p.setFont(digits)
                p.drawText(QRectF(inner.left(), y, inner.width(), big_h), Qt.AlignmentFlag.AlignCenter, self._big)
            y += big_h
            if self._small:
                p.setPen(fg)
                p.setFont(_fit_font(font, self._small, inner.width(), small_h * 0.8, bold=False))
                p.drawText(QRectF(inner.left(), y, inner.width(), small_h), Qt.AlignmentFlag.AlignCenter,
                           self._small)
            y += small_h + 8
            if self._fraction is not None:
                bar = QRectF(inner.left() + inner.width() * 0.08, y, inner.width() * 0.84, bar_h)
                track = QPainterPath()
                track.addRoundedRect(bar, bar_h / 2, bar_h / 2)
                p.fillPath(track, pal.color(QPalette.ColorRole.Button))
                if self._fraction > 0:
                    fill = QPainterPath()
                    fill.addRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * self._fraction, bar_h),
                                        bar_h / 2, bar_h / 2)
                    p.fillPath(fill, on_accent if self._flashing else accent)
                p.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
                p.drawPath(track)
        finally:
            p.end()


MARKS = {"done": "✓", "skipped": "–", "stopped": "■", "caused_stop": "✕"}


class ProgressStrip(QWidget):
    """One segment per exercise of the session: ✓ done, – skipped, ■ stopped there, ✕ the exercise that caused a
    stop (sharp pain, weakness…: never a tick, even when it was done in full), the current one outlined."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names: list[str] = []
        self._statuses: tuple[str, ...] = ()
        self._current = 0
        self._fraction = 0.0
        self._compact = False
        self.setObjectName("progressStrip")
        self.setAccessibleName("Session progress")
        self.setMinimumHeight(max(34, self._text_px() + 16))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    @property
    def compact(self) -> bool:
        return self._compact

    def set_compact(self, compact: bool) -> None:
        """Compact (a low window at large text): a thin strip with each exercise's mark or number, no names."""
        if compact == self._compact:
            return
        self._compact = compact
        self.setMinimumHeight(self._height())
        self.updateGeometry()
        self.update()

    def _height(self) -> int:
        if self._compact:
            return max(22, round(QFontInfo(QApplication.font()).pixelSize() * 0.55) + 10)
        return max(34, self._text_px() + 16)

    @staticmethod
    def _text_px() -> int:
        """The pixel size of the app's text (it follows the text-size setting)."""
        return QFontInfo(QApplication.font()).pixelSize()

    def sizeHint(self) -> QSize:
        if self._compact:
            return QSize(200, self._height())
        return QSize(400, max(38, self._text_px() + 20))

    def set_state(self, names: list[str], statuses: tuple[str, ...], current: int, fraction: float) -> None:
        frac = round(min(1.0, max(0.0, fraction)), 2)
        new = (list(names), tuple(statuses), current, frac)
        if new == (self._names, self._statuses, self._current, self._fraction):
            return
        self._names, self._statuses, self._current, self._fraction = new
        done = [n for n, s in zip(names, statuses, strict=False) if s == "done"]
        skipped = [n for n, s in zip(names, statuses, strict=False) if s == "skipped"]
        caused = [n for n, s in zip(names, statuses, strict=False) if s == "caused_stop"]
        cur = names[current] if 0 <= current < len(names) else ""
        desc = f"Exercise {current + 1} of {len(names)}: {cur}."
        if done:
            desc += " Done: " + ", ".join(done) + "."
        if skipped:
            desc += " Skipped: " + ", ".join(skipped) + "."
        if caused:
            desc += " The session stopped because of: " + ", ".join(caused) + "."
        self.setAccessibleDescription(desc)
        self.update()

    def paintEvent(self, event) -> None:
        n = len(self._names)
        if not n:
            return
        p = QPainter(self)
        try:
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            pal = self.palette()
            accent = pal.color(QPalette.ColorRole.Highlight)
            gap = 6.0
            w = (self.width() - gap * (n - 1) - 2) / n
            h = self.height() - 4.0
            font = QFont(self.font())
            font.setBold(True)
            font.setPixelSize(max(10, min(self._text_px(), round(h * (0.7 if self._compact else 0.5)))))
            p.setFont(font)
            for i in range(n):
                rect = QRectF(1 + i * (w + gap), 2, w, h)
                status = self._statuses[i] if i < len(self._statuses) else "pending"
                path = QPainterPath()
                path.addRoundedRect(rect, 6, 6)
                done = status == "done"
                p.fillPath(path, accent if done else pal.color(QPalette.ColorRole.Button))
                current = i == self._current and status not in ("done", "skipped", "caused_stop")
                if current and self._fraction > 0:
                    # progress within the current exercise: a bar along the bottom, clear of the text
                    bar = QRectF(rect.left(), rect.bottom() - max(4.0, h * 0.16), rect.width() * self._fraction,
                                 max(4.0, h * 0.16))
                    p.save()
                    p.setClipPath(path)
                    p.fillRect(bar, accent)
                    p.restore()
                pen = QPen(pal.color(QPalette.ColorRole.Text) if current else pal.color(QPalette.ColorRole.Mid),
                           3 if current else 1)
                if status == "caused_stop":
                    pen = QPen(QColor(current_colors().danger), 3)
                if status == "skipped":
                    pen.setStyle(Qt.PenStyle.DashLine)
                p.setPen(pen)
                p.drawPath(path)
                mark = MARKS.get(status, f"{i + 1}.")
                text = (f"{mark}" if status in MARKS else f"{i + 1}") if self._compact else f"{mark} {self._names[i]}"
                fm = QFontMetricsF(font)
                room = rect.width() - 12
                if fm.horizontalAdvance(text) > room:
                    text = fm.elidedText(text, Qt.TextElideMode.ElideRight, room)
                    if len(text) < len(mark) + 4:
                        text = mark
                p.setPen(pal.color(QPalette.ColorRole.HighlightedText) if status == "done"
                         else pal.color(QPalette.ColorRole.Text))
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        finally:
            p.end()


class CachedFigureView(FigureView):
    """A ``FigureView`` that keeps the painted frames of a moving figure.

    The player moves the figure through a fixed set of moments (``t`` in steps
    of 1/32), so a repetition, a walking stride or a release paints each
    moment once and then only copies it: a paced exercise costs a blit per
    frame instead of a full figure paint. The kept frames are limited to
    ``budget_bytes``; when the widget is too large for a whole movement to
    fit, frames are painted as usual.
    """

    def __init__(self, parent: QWidget | None = None, *, budget_bytes: int = 64 << 20, frames: int = 34) -> None:
        super().__init__(parent)
        self._frames: OrderedDict[tuple, QPixmap] = OrderedDict()
        self._budget = budget_bytes
        self._min_frames = frames
        self.painted = 0  # frames painted from scratch (tests, benchmarks)

    def paintEvent(self, event) -> None:
        frame = self.current_frame()
        name = self.figure()
        if frame is None or name is None:
            super().paintEvent(event)
            return
        pal = self.figure_palette()
        dpr = self.devicePixelRatioF()
        w, h = self.width(), self.height()
        size = max(1, round(w * dpr)) * max(1, round(h * dpr)) * 4
        room = self._budget // size
        key = (name, self.is_mirrored(), round(self.progress(), 4), w, h, dpr, id(pal))
        pix = self._frames.get(key)
        if pix is None:
            pix = QPixmap(max(1, round(w * dpr)), max(1, round(h * dpr)))
            pix.setDevicePixelRatio(dpr)
            pix.fill(QColor(pal.background))
            p = QPainter(pix)
            try:
                paint_frame(p, frame, QRectF(0, 0, w, h), pal, background=False)
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
            painter.drawPixmap(0, 0, pix)
        finally:
            painter.end()

    def resizeEvent(self, event) -> None:
        self._frames.clear()
        super().resizeEvent(event)


class StepList(QWidget):
    """The exercise's numbered steps; the current one is marked with an arrow, bold text and a frame."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Steps")
        self._lay = QVBoxLayout(self)
        self._lay.setContentsMargins(0, 0, 0, 0)
        self._lay.setSpacing(4)
        self._rows: list[tuple[QFrame, QLabel, QLabel]] = []
        self._texts: list[str] = []
        self._current = -1

    def set_steps(self, texts: list[str]) -> None:
        for row, _m, _t in self._rows:
            row.setParent(None)
            row.deleteLater()
        self._rows = []
        self._texts = list(texts)
        for i, text in enumerate(texts):
            row = QFrame()
            row.setObjectName(f"step-{i}")
            hl = QHBoxLayout(row)
            hl.setContentsMargins(8, 6, 8, 6)
            hl.setSpacing(8)
            mark = _label(wrap=False)
            mark.setFixedWidth(self._mark_width(mark, len(texts)))
            mark.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
            body = _label(text)
            hl.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
            hl.addWidget(body, 1)
            self._lay.addWidget(row)
            self._rows.append((row, mark, body))
        self._current = -1
        self.set_current(0)

    @staticmethod
    def _mark_width(mark: QLabel, count: int) -> int:
        """Room for the widest mark ("▶" or the last number) in bold, at the text size in use."""
        mark.ensurePolished()
        f = mark.font()
        f.setBold(True)
        fm = QFontMetrics(f)
        return max(fm.horizontalAdvance("▶"), fm.horizontalAdvance(f"{count}.")) + 4

    def set_current(self, index: int) -> None:
        if index == self._current:
            return
        self._current = index
        self.current_changed(index)
        for i, (row, mark, body) in enumerate(self._rows):
            now = i == index
            mark.setText("▶" if now else f"{i + 1}.")
            f = body.font()
            f.setBold(now)
            body.setFont(f)
            mark.setFont(f)
            row.setStyleSheet(f"QFrame#step-{i} {{ border: 2px solid palette(highlight); border-radius: 8px; }}"
                              if now else f"QFrame#step-{i} {{ border: 2px solid transparent; }}")
            row.setAccessibleName(f"Step {i + 1}{', now' if now else ''}: {self._texts[i]}")

    @property
    def current(self) -> int:
        return self._current

    def current_changed(self, index: int) -> None:
        """Keep the current step in view when the steps scroll (now, and once its bold text is laid out)."""
        self.show_current()
        QTimer.singleShot(0, self, self.show_current)

    def show_current(self) -> None:
        """Scroll the current step's whole box into view (its top first when it is taller than the view)."""
        index = self._current
        if not 0 <= index < len(self._rows):
            return
        w = self.parentWidget()
        while w is not None and not isinstance(w, QScrollArea):
            w = w.parentWidget()
        if w is None:
            return
        row = self._rows[index][0]
        w.ensureWidgetVisible(row, 0, 8)
        top = row.mapTo(w.widget(), row.rect().topLeft()).y()
        bar = w.verticalScrollBar()
        if top - 8 < bar.value():  # taller than the view: its beginning is what to read first
            bar.setValue(max(0, top - 8))

    def step_text(self, index: int) -> str:
        return self._texts[index]

