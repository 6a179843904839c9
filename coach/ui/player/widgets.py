"""The session player's custom widgets: the big timer, the session progress strip and the exercise's numbered
steps (the figure view that keeps frames is ``coach.ui.player.figure_frames``).

Both only draw what they are given; neither keeps time. The timer's digits
scale with the widget (readable from a mat two metres away) and it can
*flash* (inverted, with a thick frame) to show a cue when sound is off or
unavailable. Nothing is shown by colour alone: the strip marks done exercises
with a tick and skipped ones with a dash, and the timer writes "Paused".
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, QTimer
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

from coach.core.i18n import translate
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
    The words and digits are painted into a pixmap when they change and reused
    after; when only the bar moves, only the bar's pixels are repainted.
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
        self.painted = 0  # times the words and digits were painted from scratch (tests, benchmarks)
        self._cards: dict[tuple, QPixmap] = {}  # the painted card by what it shows (at most normal and flashing)
        self._geo: tuple | None = None  # (size, geometry) of the last layout
        self._look = 0  # bumped when the font, palette or style change (the card is painted again)
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self._end_flash)
        self.setObjectName("bigTimer")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # every pixel is painted: nothing under it is
        self.setAccessibleName(translate("player", "Timer"))
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
        old = (self._label, self._big, self._small, self._fraction, self._paused)
        if new == old:
            return
        self._label, self._big, self._small, self._fraction, self._paused = new
        if new[:3] + new[4:] == old[:3] + old[4:] and (frac is None) == (old[3] is None):
            self.update(self._bar_region())  # only the bar moved: the words and digits stay as painted
        else:
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

    def paused(self) -> bool:
        return self._paused

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

    def changeEvent(self, event) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._look += 1
        super().changeEvent(event)

    # ----------------------------------------------------------- drawing
    def _geometry(self) -> tuple[QRectF, QRectF, float, float, float, float, QRectF]:
        """(card, inner, label height, big height, small height, bar height, bar) for the widget's size."""
        size = (self.width(), self.height(), self._look)
        if self._geo is not None and self._geo[0] == size:
            return self._geo[1]
        r = QRectF(self.rect()).adjusted(3, 3, -3, -3)
        inner = r.adjusted(16, 10, -16, -12)
        h = inner.height()
        # the caption and the small line never go below the text size the person chose (a low box: the
        # digits give way), so "Press Space to start" stays as readable as the rest of the screen
        text_h = QFontInfo(self.font()).pixelSize() / 0.8
        label_h = min(max(h * LABEL_H, text_h), h * 0.25)
        small_h = min(max(h * SMALL_H, text_h), h * 0.25)
        bar_h = max(10.0, h * BAR_H)
        big_h = h - label_h - small_h - bar_h - 18
        y = inner.top() + label_h + big_h + small_h + 8
        bar = QRectF(inner.left() + inner.width() * 0.08, y, inner.width() * 0.84, bar_h)
        geo = (r, inner, label_h, big_h, small_h, bar_h, bar)
        self._geo = (size, geo)
        return geo

    def _bar_region(self):
        """The pixels the bar covers (what changes when only the fraction does)."""
        return self._geometry()[6].toAlignedRect().adjusted(-2, -2, 2, 2)

    def _card(self) -> QPixmap:
        """The timer without its bar (frame, words and digits), painted once per change and then reused."""
        dpr = self.devicePixelRatioF()
        key = (self.width(), self.height(), dpr, self._label, self._big, self._small, self._paused, self._flashing,
               self._look, self._digits_px)
        kept = self._cards.get(key)
        if kept is not None:
            return kept
        pal = self.palette()
        pix = QPixmap(max(1, round(self.width() * dpr)), max(1, round(self.height() * dpr)))
        pix.setDevicePixelRatio(dpr)
        pix.fill(pal.color(QPalette.ColorRole.Window))  # the corners: the window behind the card
        p = QPainter(pix)
        try:
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            r, inner, label_h, big_h, small_h, _bar_h, _bar = self._geometry()
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
            font = self.font()
            y = inner.top()
            label = translate("player", "Paused · {label}").format(label=self._label) if self._paused and self._label else (
                translate("player", "Paused") if self._paused else self._label)
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
        finally:
            p.end()
        # the card as it is and as it flashes: a cue's flash and its end then cost one paint, not two
        self._cards = {k: v for k, v in self._cards.items() if k[:7] + k[8:] == key[:7] + key[8:]}
        self._cards[key] = pix
        self.painted += 1
        return pix

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        try:
            p.drawPixmap(0, 0, self._card())
            if self._fraction is None:
                return
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            pal = self.palette()
            bar_h, bar = self._geometry()[5:]
            track = QPainterPath()
            track.addRoundedRect(bar, bar_h / 2, bar_h / 2)
            p.fillPath(track, pal.color(QPalette.ColorRole.Button))
            if self._fraction > 0:
                fill = QPainterPath()
                fill.addRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * self._fraction, bar_h),
                                    bar_h / 2, bar_h / 2)
                accent = pal.color(QPalette.ColorRole.Highlight)
                p.fillPath(fill, pal.color(QPalette.ColorRole.HighlightedText) if self._flashing else accent)
            p.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
            p.drawPath(track)
        finally:
            p.end()


MARKS = {"done": "✓", "skipped": "–", "stopped": "■", "caused_stop": "✕"}


class ProgressStrip(QWidget):
    """One segment per exercise of the session: ✓ done, – skipped, ■ stopped there, ✕ the exercise that caused a
    stop (sharp pain, weakness…: never a tick, even when it was done in full), the current one outlined.

    The segments and their names are painted into a pixmap when they change and
    reused after; when only the current exercise's fill moves, only its pixels
    are repainted.
    """

    GAP = 6.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names: list[str] = []
        self._statuses: tuple[str, ...] = ()
        self._current = 0
        self._fraction = 0.0
        self._compact = False
        self._base_pix: QPixmap | None = None
        self._base_key: tuple | None = None
        self.setObjectName("progressStrip")
        self.setAccessibleName(translate("player", "Session progress"))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # every pixel is painted (window colour)
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
        if (names == self._names and tuple(statuses) == self._statuses and current == self._current):
            if frac != self._fraction:
                self._fraction = frac
                self.update(self._segment(current).toAlignedRect().adjusted(-2, -2, 2, 2))
            return
        self._names, self._statuses, self._current, self._fraction = list(names), tuple(statuses), current, frac
        done = [n for n, s in zip(names, statuses, strict=False) if s == "done"]
        skipped = [n for n, s in zip(names, statuses, strict=False) if s == "skipped"]
        caused = [n for n, s in zip(names, statuses, strict=False) if s == "caused_stop"]
        cur = names[current] if 0 <= current < len(names) else ""
        desc = translate("player", "Exercise {current} of {names}: {cur}.").format(current=current + 1, names=len(names), cur=cur)
        if done:
            desc += translate("player", " Done: ") + ", ".join(done) + "."
        if skipped:
            desc += translate("player", " Skipped: ") + ", ".join(skipped) + "."
        if caused:
            desc += translate("player", " The session stopped because of: ") + ", ".join(caused) + "."
        self.setAccessibleDescription(desc)
        self.update()

    def _segment(self, i: int) -> QRectF:
        n = max(1, len(self._names))
        w = (self.width() - self.GAP * (n - 1) - 2) / n
        return QRectF(1 + i * (w + self.GAP), 2, w, self.height() - 4.0)

    def _status(self, i: int) -> str:
        return self._statuses[i] if i < len(self._statuses) else "pending"

    def _base(self) -> QPixmap:
        """Every segment with its mark and name, without the current exercise's fill."""
        dpr = self.devicePixelRatioF()
        pal = self.palette()
        key = (self.width(), self.height(), dpr, tuple(self._names), self._statuses, self._current, pal.cacheKey(),
               self.font().key(), self._text_px(), self._compact)
        if self._base_key == key and self._base_pix is not None:
            return self._base_pix
        pix = QPixmap(max(1, round(self.width() * dpr)), max(1, round(self.height() * dpr)))
        pix.setDevicePixelRatio(dpr)
        pix.fill(pal.color(QPalette.ColorRole.Window))
        p = QPainter(pix)
        try:
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            accent = pal.color(QPalette.ColorRole.Highlight)
            h = self.height() - 4.0
            font = QFont(self.font())
            font.setBold(True)
            font.setPixelSize(max(10, min(self._text_px(), round(h * (0.7 if self._compact else 0.5)))))
            p.setFont(font)
            fm = QFontMetricsF(font)
            for i in range(len(self._names)):
                rect = self._segment(i)
                status = self._status(i)
                path = QPainterPath()
                path.addRoundedRect(rect, 6, 6)
                p.fillPath(path, accent if status == "done" else pal.color(QPalette.ColorRole.Button))
                mark = MARKS.get(status, f"{i + 1}.")
                text = (f"{mark}" if status in MARKS else f"{i + 1}") if self._compact else f"{mark} {self._names[i]}"
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
        self._base_pix, self._base_key = pix, key
        return pix

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        try:
            if not self._names:
                p.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window))
                return
            p.drawPixmap(0, 0, self._base())
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            pal = self.palette()
            h = self.height() - 4.0
            for i in range(len(self._names)):
                rect = self._segment(i)
                status = self._status(i)
                path = QPainterPath()
                path.addRoundedRect(rect, 6, 6)
                current = i == self._current and status not in ("done", "skipped", "caused_stop")
                if current and self._fraction > 0:
                    # progress within the current exercise: a bar along the bottom, clear of the text
                    bar = QRectF(rect.left(), rect.bottom() - max(4.0, h * 0.16), rect.width() * self._fraction,
                                 max(4.0, h * 0.16))
                    p.save()
                    p.setClipPath(path, Qt.ClipOperation.IntersectClip)
                    p.fillRect(bar, pal.color(QPalette.ColorRole.Highlight))
                    p.restore()
                pen = QPen(pal.color(QPalette.ColorRole.Text) if current else pal.color(QPalette.ColorRole.Mid),
                           3 if current else 1)
                if status == "caused_stop":
                    pen = QPen(QColor(current_colors().danger), 3)
                if status == "skipped":
                    pen.setStyle(Qt.PenStyle.DashLine)
                p.setPen(pen)
                p.drawPath(path)
        finally:
            p.end()


class StepList(QWidget):
    """The exercise's numbered steps; the current one is marked with an arrow, bold text and a frame."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("player", "Steps"))
        self._lay = QVBoxLayout(self)
        self._lay.setContentsMargins(0, 0, 0, 0)
        self._lay.setSpacing(4)
        self._rows: list[tuple[QFrame, QLabel, QLabel]] = []
        self._texts: list[str] = []
        self._current = -1
        # the current step's frame; set once (a style sheet set per change costs a restyle of the whole list)
        self.setStyleSheet('QFrame[stepCurrent="true"] { border: 2px solid palette(highlight); border-radius: 8px; }'
                           ' QFrame[stepCurrent="false"] { border: 2px solid transparent; }')

    def set_steps(self, texts: list[str]) -> None:
        for row, _m, _t in self._rows:
            row.setParent(None)
            row.deleteLater()
        self._rows = []
        self._texts = list(texts)
        for i, text in enumerate(texts):
            row = QFrame()
            row.setObjectName(f"step-{i}")
            row.setProperty("stepCurrent", False)
            hl = QHBoxLayout(row)
            hl.setContentsMargins(8, 6, 8, 6)
            hl.setSpacing(8)
            mark = _label(f"{i + 1}.", wrap=False)
            mark.setFixedWidth(self._mark_width(mark, len(texts)))
            mark.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
            body = _label(text)
            hl.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
            hl.addWidget(body, 1)
            row.setAccessibleName(translate("player", "Step {i}{now}: {i2}").format(i=i + 1, now="", i2=text))
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
        before, self._current = self._current, index
        self.current_changed(index)
        for i in {before, index}:  # only the rows that change: restyling every row costs a relayout each
            if not 0 <= i < len(self._rows):
                continue
            row, mark, body = self._rows[i]
            now = i == index
            mark.setText("▶" if now else f"{i + 1}.")
            f = body.font()
            f.setBold(now)
            body.setFont(f)
            mark.setFont(f)
            row.setProperty("stepCurrent", now)
            row.style().unpolish(row)
            row.style().polish(row)
            row.setAccessibleName(translate("player", "Step {i}{now}: {i2}").format(i=i + 1, now=translate("player", ", now") if now else "", i2=self._texts[i]))

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

