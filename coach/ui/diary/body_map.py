"""The pain body map: a front and a back outline with clickable places (the panel with the score strip and
the spin boxes is ``pain_panel``).

Orientation: both figures put *your* left on the left of the screen. The front
view is drawn as you would see yourself in a mirror, the back view as someone
standing behind you would see you. Each figure is labelled "Front" or "Back"
and each leg "Left" or "Right", so nobody has to work it out.

Places: back (left and right half of the lower back, on the back view), and
thigh, knee and shin, left and right. The legs are drawn on both views; a leg
place on either view is the same place.

Mouse: click a place to choose it, then click a number on the score strip; a
second click on the chosen place raises its score by one, a right click
lowers it; the scroll wheel over a place changes it once the map has focus. Keyboard: Tab and
Shift+Tab step through the eight places, the arrow keys move up, down and
across the body, digits 0–9 set the score (1 then 0 quickly gives 10), + and
- change it by one, Delete or Backspace clears it. Every place shows its
number, never only a colour; a place not filled in shows a dash.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontInfo, QFontMetrics, QPainter, QPainterPath, QPen, QTransform
from PySide6.QtWidgets import QSizePolicy, QWidget

from coach.core.i18n import translate
from coach.core.tracker import LOCATIONS, REGIONS, SIDES, location_key, location_label, split_location
from coach.ui.diary.score_scale import CLOCK, TEN_WINDOW, Ink, describe_values, score_colour, text_colour

# ------------------------------------------------------------------- geometry
# One figure is drawn in a 200 × 470 box; the canvas holds two side by side.
FIG_W, FIG_H = 200.0, 470.0
TOP = 52.0  # room for the titles
CANVAS_W = 2 * FIG_W + 40.0
CANVAS_H = TOP + 456.0  # the feet end at 450
BANDS = {"thigh": (236.0, 328.0), "knee": (328.0, 366.0), "shin": (366.0, 438.0)}
BACK_BAND = (168.0, 236.0)


def _leg(mirror: bool) -> QPainterPath:
    """The screen-left leg (x in 0..100), or its mirror image for the screen-right leg."""
    def x(v):
        return 200 - v if mirror else v

    p = QPainterPath()
    p.moveTo(x(63), 226)
    p.cubicTo(x(54), 250, x(54), 300, x(66), 330)
    p.cubicTo(x(70), 342, x(70), 356, x(68), 368)
    p.cubicTo(x(62), 392, x(66), 420, x(76), 438)
    p.lineTo(x(92), 440)
    p.cubicTo(x(97), 410, x(96), 390, x(93), 368)
    p.cubicTo(x(92), 356, x(92), 342, x(95), 330)
    p.cubicTo(x(99), 300, x(100), 272, x(100), 246)
    p.closeSubpath()
    return p


def _torso() -> QPainterPath:
    p = QPainterPath()
    p.moveTo(88, 70)
    p.cubicTo(86, 84, 70, 86, 54, 92)
    p.cubicTo(44, 96, 46, 116, 60, 128)
    p.cubicTo(66, 150, 70, 170, 68, 190)
    p.cubicTo(64, 206, 58, 222, 62, 236)
    p.cubicTo(72, 250, 90, 254, 100, 250)
    p.cubicTo(110, 254, 128, 250, 138, 236)
    p.cubicTo(142, 222, 136, 206, 132, 190)
    p.cubicTo(130, 170, 134, 150, 140, 128)
    p.cubicTo(154, 116, 156, 96, 146, 92)
    p.cubicTo(130, 86, 114, 84, 112, 70)
    p.closeSubpath()
    return p


def _arm(mirror: bool) -> QPainterPath:
    def x(v):
        return 200 - v if mirror else v

    p = QPainterPath()
    p.moveTo(x(52), 94)
    p.cubicTo(x(38), 100, x(34), 150, x(34), 178)
    p.cubicTo(x(32), 204, x(30), 226, x(30), 246)
    p.cubicTo(x(30), 258, x(42), 258, x(42), 246)
    p.cubicTo(x(44), 226, x(48), 200, x(50), 178)
    p.cubicTo(x(54), 156, x(58), 136, x(60), 128)
    p.closeSubpath()
    return p


def _head() -> QPainterPath:
    p = QPainterPath()
    p.addEllipse(QPointF(100, 42), 23, 27)
    neck = QPainterPath()
    neck.addRoundedRect(QRectF(89, 60, 22, 18), 4, 4)
    return p.united(neck)


def _feet() -> QPainterPath:
    p = QPainterPath()
    p.addRoundedRect(QRectF(72, 436, 24, 14), 6, 6)
    p.addRoundedRect(QRectF(104, 436, 24, 14), 6, 6)
    return p


def _band(path: QPainterPath, y0: float, y1: float, x0: float = -10, x1: float = 210) -> QPainterPath:
    r = QPainterPath()
    r.addRect(QRectF(x0, y0, x1 - x0, y1 - y0))
    return path.intersected(r)


class _Shape:
    def __init__(self, key: str, path: QPainterPath, primary: bool):
        self.key = key
        self.path = path
        self.primary = primary
        self.centre = _centre(path)


def _centre(path: QPainterPath) -> QPointF:
    r = path.boundingRect()
    c = r.center()
    if path.contains(c):
        return c
    # Walk across the middle row for a point inside (the shapes are convex enough).
    for i in range(1, 20):
        for dx in (i * r.width() / 40, -i * r.width() / 40):
            p = QPointF(c.x() + dx, c.y())
            if path.contains(p):
                return p
    return c


def build_shapes() -> tuple[list[tuple[str, QPainterPath]], list[_Shape]]:
    """(decorative outlines, clickable shapes) in canvas coordinates."""
    outlines: list[tuple[str, QPainterPath]] = []
    shapes: list[_Shape] = []
    for view, ox in (("front", 10.0), ("back", FIG_W + 30.0)):
        move = QTransform.fromTranslate(ox, TOP)
        body = _torso().united(_arm(False)).united(_arm(True)).united(_head()).united(_feet())
        legs = {"left": _leg(False), "right": _leg(True)}  # screen-left is the person's left on both views
        outlines.append((view, move.map(body.united(legs["left"]).united(legs["right"]))))
        for side, leg in legs.items():
            for region, (y0, y1) in BANDS.items():
                shapes.append(_Shape(location_key(region, side), move.map(_band(leg, y0, y1)), view == "front"))
        if view == "back":
            torso = _torso()
            for side, (x0, x1) in (("left", (0.0, 100.0)), ("right", (100.0, 200.0))):
                piece = _band(torso, *BACK_BAND, x0=x0, x1=x1)
                shapes.append(_Shape(location_key("back", side), move.map(piece), True))
    return outlines, shapes


# --------------------------------------------------------------------- widget
NAV_UP_DOWN = ["back", "thigh", "knee", "shin"]


class BodyMap(QWidget):
    """The painted map. ``valueChanged(key, value)`` fires on every change made here or through ``setValue``."""

    valueChanged = Signal(str, object)
    currentChanged = Signal(object)  # the place chosen (a location key), or None: none yet

    TEN_WINDOW = TEN_WINDOW

    def __init__(self, parent=None):
        super().__init__(parent)
        self._values: dict[str, int | None] = {k: None for k in LOCATIONS}
        self._current: str | None = None  # no place is chosen until the person chooses one
        self._outlines, self._shapes = build_shapes()
        self._last_digit: tuple[str, float] | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self._hover: str | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(translate("diary", "Pain body map"))
        self._update_description()

    # ----------------------------------------------------------------- values
    def values(self) -> dict[str, int | None]:
        return dict(self._values)

    def value(self, key: str) -> int | None:
        return self._values[key]

    def setValue(self, key: str, value: int | None) -> None:
        if key not in self._values:
            raise KeyError(key)
        if value is not None:
            value = max(0, min(10, int(value)))
        if self._values[key] == value:
            return
        self._values[key] = value
        self._update_description()
        self.update()
        self.valueChanged.emit(key, value)

    def setValues(self, values: dict[str, int | None]) -> None:
        for k in LOCATIONS:
            self.setValue(k, values.get(k))

    def current(self) -> str | None:
        return self._current

    def setCurrent(self, key: str | None) -> None:
        """Choose a place (None: no place, as each day starts: a digit then sets nothing)."""
        if (key is not None and key not in self._values) or key == self._current:
            return
        self._current = key
        self._update_description()
        self.update()
        self.currentChanged.emit(key)

    def _update_description(self) -> None:
        chosen = (translate("diary", "Chosen place: {current}.").format(current=location_label(self._current))
                  if self._current else translate("diary", "No place chosen yet."))
        self.setAccessibleDescription(
            translate("diary", "{chosen} {values} Arrow keys or Tab choose a place, digits 0 to 9 set its score, plus and minus change it, Delete clears it.").format(chosen=chosen, values=describe_values(self._values)))

    # ------------------------------------------------------------- geometry
    def sizeHint(self) -> QSize:
        m = self.minimumSizeHint()
        return QSize(max(440, m.width()), max(470, m.height()))

    def minimumSizeHint(self) -> QSize:
        """Small enough to fit beside other things, big enough that the labels never run into each other."""
        base = QFontInfo(self.font()).pixelSize()
        small = QFont(self.font())
        small.setPixelSize(round(base * 0.9))
        bold = QFont(small)
        bold.setBold(True)
        # each figure's subtitle within its 200 units, "Right" within the 56 units beside a shin
        need = max(QFontMetrics(small).horizontalAdvance(translate("diary", "seen from behind")) / 190.0,
                   QFontMetrics(bold).horizontalAdvance(translate("diary", "Right")) / 54.0, 0.62)
        return QSize(round(CANVAS_W * need), round(CANVAS_H * need))

    def _transform(self) -> QTransform:
        s = min(self.width() / CANVAS_W, self.height() / CANVAS_H)
        dx = (self.width() - CANVAS_W * s) / 2
        dy = (self.height() - CANVAS_H * s) / 2
        return QTransform(s, 0, 0, s, dx, dy)

    def region_at(self, pos: QPoint | QPointF) -> str | None:
        inv, ok = self._transform().inverted()
        if not ok:
            return None
        p = inv.map(QPointF(pos))
        for sh in self._shapes:
            if sh.path.contains(p):
                return sh.key
        return None

    def region_centre(self, key: str, primary: bool = True) -> QPoint:
        """Where to click for ``key`` (widget coordinates)."""
        sh = next(s for s in self._shapes if s.key == key and s.primary == primary)
        return self._transform().map(sh.centre).toPoint()

    # --------------------------------------------------------------- paint
    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        tf = self._transform()
        p.setTransform(tf)
        ink = Ink()
        scale = tf.m11() or 1.0
        base = QFontInfo(self.font()).pixelSize()  # follows the text size setting

        def font(px: float, bold: bool = False) -> QFont:
            # sized in screen pixels, so the labels stay readable however small the figures are drawn
            f = QFont(self.font())
            f.setPixelSize(max(1, round(px / scale)))
            f.setBold(bold)
            return f

        title = font(base * 1.15, True)
        small = font(base * 0.9)
        for view, outline in self._outlines:
            box = outline.boundingRect()
            p.setPen(QPen(ink.outline, 1.6))
            p.setBrush(ink.body)
            p.drawPath(outline)
            p.setPen(ink.text)
            p.setFont(title)
            p.drawText(QRectF(box.left() - 30, 0, box.width() + 60, 28), Qt.AlignmentFlag.AlignCenter,
                       translate("diary", "Front") if view == "front" else translate("diary", "Back"))
            p.setFont(small)
            p.setPen(ink.muted)
            p.drawText(QRectF(box.left() - 30, 27, box.width() + 60, 22), Qt.AlignmentFlag.AlignCenter,
                       translate("diary", "as in a mirror") if view == "front" else translate("diary", "seen from behind"))
            p.setPen(ink.text)
            p.setFont(font(base * 0.9, True))
            # beside the shins, outside each leg (the legs' outer edges are 36 units from the body's middle)
            y = TOP + 380
            cx = box.center().x()
            p.drawText(QRectF(cx - 36 - 4 - 80, y, 80, 30), Qt.AlignmentFlag.AlignRight, translate("diary", "Left"))
            p.drawText(QRectF(cx + 36 + 4, y, 80, 30), Qt.AlignmentFlag.AlignLeft, translate("diary", "Right"))
            if view == "back":
                p.setPen(QPen(ink.outline, 1.2, Qt.PenStyle.DashLine))
                x = box.center().x()
                p.drawLine(QPointF(x, TOP + 82), QPointF(x, TOP + 246))
        p.setFont(font(base * 1.05, True))
        for sh in self._shapes:
            v = self._values[sh.key]
            p.setPen(QPen(ink.outline, 1.0))
            p.setBrush(score_colour(v) if v is not None else ink.blank)
            p.drawPath(sh.path)
            if sh.key == self._hover:
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.setPen(QPen(ink.accent, 2.0))
                p.drawPath(sh.path)
            p.setPen(text_colour(v) if v is not None else ink.muted)
            c = sh.centre
            p.drawText(QRectF(c.x() - 30, c.y() - 20, 60, 40), Qt.AlignmentFlag.AlignCenter,
                       "–" if v is None else str(v))
        for sh in self._shapes:
            if sh.key == self._current:
                if self.hasFocus():
                    p.setPen(QPen(ink.focus, 4.0 / scale if scale < 1 else 4.0))
                else:
                    p.setPen(QPen(ink.accent, 2.5, Qt.PenStyle.DashLine))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawPath(sh.path)
        p.end()

    # --------------------------------------------------------------- mouse
    def mousePressEvent(self, event) -> None:
        key = self.region_at(event.position())
        if key is None:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if key == self._current and event.button() == Qt.MouseButton.LeftButton:
            self.step(+1)
        elif key == self._current and event.button() == Qt.MouseButton.RightButton:
            self.step(-1)
        else:
            self.setCurrent(key)
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        key = self.region_at(event.position())
        if key != self._hover:
            self._hover = key
            self.setCursor(Qt.CursorShape.PointingHandCursor if key else Qt.CursorShape.ArrowCursor)
            self.setToolTip(f"{location_label(key)}: {self._score_text(key)}" if key else "")
            self.update()

    def leaveEvent(self, event) -> None:
        self._hover = None
        self.update()
        super().leaveEvent(event)

    def wheelEvent(self, event) -> None:
        # Only once the map has focus: scrolling a page past the map must never change a score.
        key = self.region_at(event.position())
        steps = event.angleDelta().y() // 120
        if key is None or steps == 0 or not self.hasFocus():
            event.ignore()
            return
        self.setCurrent(key)
        self.step(steps)
        event.accept()

    def _score_text(self, key: str) -> str:
        v = self._values[key]
        return translate("diary", "not filled in") if v is None else translate("diary", "{v} of 10").format(v=v)

    # ------------------------------------------------------------ keyboard
    def step(self, delta: int) -> None:
        if self._current is None:
            return
        v = self._values[self._current]
        if v is None:
            # like the spin boxes: one step up from "not filled in" is 0; a step down leaves it empty
            if delta > 0:
                self.setValue(self._current, min(10, delta - 1))
        else:
            self.setValue(self._current, max(0, min(10, v + delta)))

    def _move(self, d_region: int, d_side: int) -> None:
        if self._current is None:  # the first arrow chooses the first place
            self.setCurrent(LOCATIONS[0])
            return
        region, side = split_location(self._current)
        r = max(0, min(len(REGIONS) - 1, NAV_UP_DOWN.index(region) + d_region))
        s = max(0, min(1, SIDES.index(side) + d_side))
        self.setCurrent(location_key(NAV_UP_DOWN[r], SIDES[s]))

    def focusNextPrevChild(self, forward: bool) -> bool:
        if self._current is None:
            j = 0 if forward else len(LOCATIONS) - 1
        else:
            j = LOCATIONS.index(self._current) + (1 if forward else -1)
        if 0 <= j < len(LOCATIONS):  # only the map's own Tab key lands here (it has no children)
            self.setCurrent(LOCATIONS[j])
            return True
        return super().focusNextPrevChild(forward)

    def focusInEvent(self, event) -> None:
        reason = event.reason()
        if reason == Qt.FocusReason.TabFocusReason:
            self.setCurrent(LOCATIONS[0])
        elif reason == Qt.FocusReason.BacktabFocusReason:
            self.setCurrent(LOCATIONS[-1])
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.update()
        super().focusOutEvent(event)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        text = event.text()
        if key == Qt.Key.Key_Up:
            self._move(-1, 0)
        elif key == Qt.Key.Key_Down:
            self._move(+1, 0)
        elif key == Qt.Key.Key_Left:
            self._move(0, -1)
        elif key == Qt.Key.Key_Right:
            self._move(0, +1)
        elif text and text in "0123456789" and self._current is None:
            pass  # no place chosen: a digit sets nothing (the map says to choose a place first)
        elif text and text in "0123456789" and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            now = CLOCK.monotonic()
            last = self._last_digit
            if text == "0" and last and last[0] == self._current and now - last[1] < self.TEN_WINDOW \
                    and self._values[self._current] == 1:
                self.setValue(self._current, 10)
                self._last_digit = None
            else:
                self.setValue(self._current, int(text))
                self._last_digit = (self._current, now) if text == "1" else None
        elif text in ("+", "="):
            self.step(+1)
        elif text == "-":
            self.step(-1)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            if self._current is not None:
                self.setValue(self._current, None)
        else:
            super().keyPressEvent(event)
            return
        event.accept()
