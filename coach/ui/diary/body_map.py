"""The pain body map: a front and a back outline with clickable places, a 0–10 score strip, and spin boxes.

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
from PySide6.QtGui import QColor, QFont, QFontInfo, QFontMetrics, QPainter, QPainterPath, QPen, QTransform
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coach.core.clock import SystemClock
from coach.core.tracker import LOCATIONS, REGIONS, SIDES, location_key, location_label, split_location
from coach.ui.widgets.style import contrast, current_colors

_CLOCK = SystemClock()  # timing the two keys of "10"; dates come from the app's clock

# --------------------------------------------------------------- colour scale
TEXT = QColor("#1f2428")  # numbers on the light end of the score scale (the scale is the same in every theme)


class _Ink:
    """The theme's colours for the parts that are not score fills (labels, outlines, focus, the body)."""

    def __init__(self):
        c = current_colors()
        self.text = QColor(c.text)
        self.muted = QColor(c.muted)
        self.outline = QColor(c.control)
        self.focus = QColor(c.focus)
        self.accent = QColor(c.link)
        self.body = QColor(c.surface) if c.dark else QColor("#f4f1ec")
        self.blank = QColor(c.button) if c.dark else QColor("#ffffff")  # a place not filled in


def score_colour(value: int | None) -> QColor:
    """Pale for little, deep red for the worst; white-ish for "not filled"."""
    if value is None:
        return QColor("#ffffff")
    steps = ["#e4f2ec", "#fff3c4", "#ffe69a", "#ffd47a", "#ffbd66", "#fca55a",
             "#f58a4e", "#ea6c44", "#d9503a", "#c23a31", "#a3262a"]
    return QColor(steps[max(0, min(10, value))])


def text_colour(value: int | None, fill: QColor | None = None) -> QColor:
    """Dark or white, whichever stands out more on the cell's fill."""
    fill = fill if fill is not None else score_colour(value)
    dark, light = contrast(fill.name(), TEXT.name()), contrast(fill.name(), "#ffffff")
    return QColor("white") if light > dark else TEXT


def ability_colour(value: int | None) -> QColor:
    """A neutral blue-grey scale for ratings where a high number is good (how well you can do something)."""
    if value is None:
        return QColor("#ffffff")
    steps = ["#f1f4f6", "#e6ecf0", "#dbe4ea", "#cfdbe3", "#c2d1dc", "#b4c6d3",
             "#a5bac9", "#7f9cb0", "#5f8299", "#476c84", "#345a72"]
    return QColor(steps[max(0, min(10, value))])


def describe_values(values: dict[str, int | None]) -> str:
    filled = [f"{location_label(k)} {values[k]}" for k in LOCATIONS if values.get(k) is not None]
    blank = [location_label(k).lower() for k in LOCATIONS if values.get(k) is None]
    parts = []
    if filled:
        parts.append("Pain scores: " + ", ".join(filled) + ".")
    if blank:
        parts.append("Not filled in: " + ", ".join(blank) + ".")
    return " ".join(parts)


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
    currentChanged = Signal(str)

    TEN_WINDOW = 1.2  # seconds in which "1" then "0" means 10

    def __init__(self, parent=None):
        super().__init__(parent)
        self._values: dict[str, int | None] = {k: None for k in LOCATIONS}
        self._current = "thigh_left"
        self._outlines, self._shapes = build_shapes()
        self._last_digit: tuple[str, float] | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self._hover: str | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName("Pain body map")
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

    def current(self) -> str:
        return self._current

    def setCurrent(self, key: str) -> None:
        if key not in self._values or key == self._current:
            return
        self._current = key
        self._update_description()
        self.update()
        self.currentChanged.emit(key)

    def _update_description(self) -> None:
        self.setAccessibleDescription(
            f"Chosen place: {location_label(self._current)}. {describe_values(self._values)} "
            "Arrow keys or Tab choose a place, digits 0 to 9 set its score, plus and minus change it, "
            "Delete clears it.")

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
        need = max(QFontMetrics(small).horizontalAdvance("seen from behind") / 190.0,
                   QFontMetrics(bold).horizontalAdvance("Right") / 54.0, 0.62)
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
        ink = _Ink()
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
                       "Front" if view == "front" else "Back")
            p.setFont(small)
            p.setPen(ink.muted)
            p.drawText(QRectF(box.left() - 30, 27, box.width() + 60, 22), Qt.AlignmentFlag.AlignCenter,
                       "as in a mirror" if view == "front" else "seen from behind")
            p.setPen(ink.text)
            p.setFont(font(base * 0.9, True))
            # beside the shins, outside each leg (the legs' outer edges are 36 units from the body's middle)
            y = TOP + 380
            cx = box.center().x()
            p.drawText(QRectF(cx - 36 - 4 - 80, y, 80, 30), Qt.AlignmentFlag.AlignRight, "Left")
            p.drawText(QRectF(cx + 36 + 4, y, 80, 30), Qt.AlignmentFlag.AlignLeft, "Right")
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
        return "not filled in" if v is None else f"{v} of 10"

    # ------------------------------------------------------------ keyboard
    def step(self, delta: int) -> None:
        v = self._values[self._current]
        if v is None:
            # like the spin boxes: one step up from "not filled in" is 0; a step down leaves it empty
            if delta > 0:
                self.setValue(self._current, min(10, delta - 1))
        else:
            self.setValue(self._current, max(0, min(10, v + delta)))

    def _move(self, d_region: int, d_side: int) -> None:
        region, side = split_location(self._current)
        r = max(0, min(len(REGIONS) - 1, NAV_UP_DOWN.index(region) + d_region))
        s = max(0, min(1, SIDES.index(side) + d_side))
        self.setCurrent(location_key(NAV_UP_DOWN[r], SIDES[s]))

    def focusNextPrevChild(self, forward: bool) -> bool:
        i = LOCATIONS.index(self._current)
        j = i + (1 if forward else -1)
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
        elif text and text in "0123456789" and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            now = _CLOCK.monotonic()
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
            self.setValue(self._current, None)
        else:
            super().keyPressEvent(event)
            return
        event.accept()


# ---------------------------------------------------------------- score strip
class ScoreStrip(QWidget):
    """A row of cells "–, 0, 1, … 10": one click (or one key) picks a score; "–" means not filled in.

    Keyboard: Left/Right move, digits set (1 then 0 gives 10), Delete clears.
    """

    valueChanged = Signal(object)

    def __init__(self, name: str, low: str = "none", high: str = "worst", parent=None, *, colours=None):
        super().__init__(parent)
        self._colours = colours or score_colour
        self._value: int | None = None
        self._name = name
        self._low, self._high = low, high
        self._last_one = 0.0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(name)
        self._describe()

    def _cell_height(self) -> float:
        return QFontMetrics(self.font()).height() + 12.0

    def _small(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.85)
        return small

    def _caption_widths(self) -> tuple[int, int]:
        sm = QFontMetrics(self._small())
        left, right = self._captions()
        return sm.horizontalAdvance(left), sm.horizontalAdvance(right)

    def _caption_lines(self, width: int) -> int:
        """The two captions share a line when they fit side by side, else the second goes under the first."""
        left, right = self._caption_widths()
        return 1 if 2 * max(left, right) + 16 <= width else 2

    def _height(self, lines: int = 1) -> int:
        return round(self._cell_height() + lines * (QFontMetrics(self._small()).height() + 2) + 6)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._height(self._caption_lines(width))

    def sizeHint(self) -> QSize:
        w = max(420, self.minimumSizeHint().width())
        return QSize(w, self.heightForWidth(w))

    def minimumSizeHint(self) -> QSize:
        """Twelve cells wide enough for "10", and each caption on a line of its own at the narrowest."""
        bold = QFont(self.font())
        bold.setBold(True)
        cells = 12 * (QFontMetrics(bold).horizontalAdvance("10") + 12 + 3)
        w = max(cells, max(self._caption_widths()) + 8)
        return QSize(w, self.heightForWidth(w))

    def _captions(self) -> tuple[str, str]:
        return f"– = not filled,  0 = {self._low}", f"10 = {self._high}"

    def value(self) -> int | None:
        return self._value

    def setValue(self, value: int | None) -> None:
        if value is not None:
            value = max(0, min(10, int(value)))
        if value == self._value:
            return
        self._value = value
        self._describe()
        self.update()
        self.valueChanged.emit(value)

    def setName(self, name: str) -> None:
        self._name = name
        self.setAccessibleName(name)
        self._describe()

    def _describe(self) -> None:
        v = "not filled in" if self._value is None else f"{self._value} of 10"
        self.setAccessibleDescription(f"{self._name}: {v}. 0 is {self._low}, 10 is {self._high}. "
                                      "Left and Right arrows or digits change it; Delete clears it.")

    def _cells(self) -> list[tuple[int | None, QRectF]]:
        n = 12
        gap = 3.0
        w = (self.width() - 2 - gap * (n - 1)) / n
        h = self._cell_height()
        out = []
        for i in range(n):
            out.append((None if i == 0 else i - 1, QRectF(1 + i * (w + gap), 1, w, h)))
        return out

    def cell_centre(self, value: int | None) -> QPoint:
        return next(r for v, r in self._cells() if v == value).center().toPoint()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = _Ink()
        f = QFont(self.font())
        for v, r in self._cells():
            chosen = v == self._value
            p.setBrush(self._colours(v) if v is not None else ink.blank)
            p.setPen(QPen(ink.text if chosen else ink.outline, 3.0 if chosen else 1.0))
            p.drawRoundedRect(r.adjusted(1, 1, -1, -1), 5, 5)
            f.setBold(chosen)
            p.setFont(f)
            p.setPen(text_colour(v, self._colours(v)) if v is not None else ink.text)
            p.drawText(r, Qt.AlignmentFlag.AlignCenter, "–" if v is None else str(v))
            if chosen and self.hasFocus():
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.setPen(QPen(ink.focus, 3.0))
                p.drawRoundedRect(r.adjusted(-1, -1, 1, 1), 6, 6)
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.85)
        p.setFont(small)
        p.setPen(ink.muted)
        cells = self._cells()
        y = cells[0][1].bottom() + 1
        # one left-hand text: the cells can be too narrow to put "not filled" and "0 = …" under their own cells
        line = QFontMetrics(small).height() + 2
        left, right = self._captions()
        x0, x1 = cells[0][1].left(), cells[-1][1].right()
        if self._caption_lines(self.width()) == 1:
            p.drawText(QRectF(x0, y, (x1 - x0) / 2, line), Qt.AlignmentFlag.AlignLeft, left)
            p.drawText(QRectF((x0 + x1) / 2, y, (x1 - x0) / 2, line), Qt.AlignmentFlag.AlignRight, right)
        else:  # too narrow for both on one line: the second under the first, still at the right end
            p.drawText(QRectF(x0, y, x1 - x0, line), Qt.AlignmentFlag.AlignLeft, left)
            p.drawText(QRectF(x0, y + line, x1 - x0, line), Qt.AlignmentFlag.AlignRight, right)
        p.end()

    def mousePressEvent(self, event) -> None:
        for v, r in self._cells():
            if r.contains(event.position()):
                self.setFocus(Qt.FocusReason.MouseFocusReason)
                self.setValue(v)
                event.accept()
                return
        super().mousePressEvent(event)

    def focusInEvent(self, event) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.update()
        super().focusOutEvent(event)

    def keyPressEvent(self, event) -> None:
        key, text = event.key(), event.text()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Up) or text in ("+", "="):
            self.setValue(0 if self._value is None else min(10, self._value + 1))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down) or text == "-":
            self.setValue(None if self._value in (None, 0) else self._value - 1)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.setValue(None)
        elif text and text in "0123456789" and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            now = _CLOCK.monotonic()
            if text == "0" and self._value == 1 and now - self._last_one < BodyMap.TEN_WINDOW:
                self.setValue(10)
            else:
                self.setValue(int(text))
            self._last_one = now if text == "1" else 0.0
        else:
            super().keyPressEvent(event)
            return
        event.accept()


# ------------------------------------------------------------------- the panel
class ScoreSpin(QSpinBox):
    """A spin box that ignores the scroll wheel until it has focus (scrolling the page never changes it)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class PainPanel(QWidget):
    """Body map, the score strip for the chosen place, and a spin box per place; all three stay in step."""

    valueChanged = Signal(str, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName("Pain")
        # the map gets the full height; the chosen place's strip and the boxes sit beside it (or under it:
        # a screen may turn ``box`` top-to-bottom when the two do not fit side by side)
        self.box = lay = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(16)
        self.map = BodyMap()
        lay.addWidget(self.map, 1)

        self.side = QWidget()
        right = QVBoxLayout(self.side)
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(8)
        self.chosen = QLabel()
        self.chosen.setObjectName("chosenPlace")
        self.chosen.setWordWrap(True)
        right.addWidget(self.chosen)
        self.strip = ScoreStrip("Pain score for the chosen place", "no pain", "the worst pain")
        right.addWidget(self.strip)
        right.addSpacing(10)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        grid.addWidget(QLabel("<b>Left</b>"), 0, 1, Qt.AlignmentFlag.AlignHCenter)
        grid.addWidget(QLabel("<b>Right</b>"), 0, 2, Qt.AlignmentFlag.AlignHCenter)
        self.spins: dict[str, QSpinBox] = {}
        for row, region in enumerate(REGIONS, start=1):
            grid.addWidget(QLabel(region.capitalize()), row, 0)
            for col, side in enumerate(SIDES, start=1):
                key = location_key(region, side)
                sb = ScoreSpin()
                sb.setRange(-1, 10)
                sb.setSpecialValueText("–")
                sb.setValue(-1)
                sb.setMinimumWidth(70)
                sb.setAccessibleName(f"Pain score, {location_label(key).lower()}")
                sb.setAccessibleDescription("0 to 10; the dash (lowest) means not filled in")
                sb.setToolTip(f"{location_label(key)}: 0 no pain … 10 the worst; – not filled in")
                sb.valueChanged.connect(lambda v, k=key: self._spin_changed(k, v))
                self.spins[key] = sb
                grid.addWidget(sb, row, col)
        grid.setColumnStretch(3, 1)
        right.addLayout(grid)
        hint = QLabel("– means not filled in; 0 means no pain there.")
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        right.addWidget(hint)
        self.clear_all = QPushButton("Clear all pain scores")
        self.clear_all.setAccessibleName("Clear all pain scores")
        self.clear_all.clicked.connect(lambda: self.setValues({}))
        right.addWidget(self.clear_all, 0, Qt.AlignmentFlag.AlignLeft)
        right.addStretch(1)
        lay.addWidget(self.side, 1)

        self.map.valueChanged.connect(self._map_changed)
        self.map.currentChanged.connect(self._current_changed)
        self.strip.valueChanged.connect(lambda v: self.map.setValue(self.map.current(), v))
        self._current_changed(self.map.current())
        self._sync_order()

    def _sync_order(self) -> None:
        QWidget.setTabOrder(self.map, self.strip)
        prev = self.strip
        for k in LOCATIONS:
            QWidget.setTabOrder(prev, self.spins[k])
            prev = self.spins[k]
        QWidget.setTabOrder(prev, self.clear_all)

    def values(self) -> dict[str, int | None]:
        return self.map.values()

    def setValues(self, values: dict[str, int | None]) -> None:
        self.map.setValues(values)

    def _map_changed(self, key: str, value) -> None:
        sb = self.spins[key]
        want = -1 if value is None else value
        if sb.value() != want:
            sb.blockSignals(True)
            sb.setValue(want)
            sb.blockSignals(False)
        if key == self.map.current():
            self.strip.blockSignals(True)
            self.strip.setValue(value)
            self.strip.blockSignals(False)
            self._label_chosen()
        self.valueChanged.emit(key, value)

    def _spin_changed(self, key: str, v: int) -> None:
        self.map.setValue(key, None if v < 0 else v)

    def _current_changed(self, key: str) -> None:
        self.strip.blockSignals(True)
        self.strip.setValue(self.map.value(key))
        self.strip.blockSignals(False)
        self.strip.setName(f"Pain score for the {location_label(key).lower()}")
        self._label_chosen()

    def _label_chosen(self) -> None:
        key = self.map.current()
        v = self.map.value(key)
        score = "not filled in" if v is None else f"{v} of 10"
        self.chosen.setText(f"Chosen: <b>{location_label(key)}</b> — {score}. Click a number to set it:")
