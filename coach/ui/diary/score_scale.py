"""The 0–10 score scale of the Diary: its colours (the same in every theme), the strip of eleven cells that
sets a score by mouse or keys, and a spin box that leaves the scroll wheel to the page.

Every cell shows its number, never only a colour; "not filled in" shows a dash.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QSpinBox, QWidget

from coach.core.clock import SystemClock
from coach.core.i18n import translate
from coach.core.tracker import LOCATIONS, location_label
from coach.ui.widgets.style import contrast, current_colors

CLOCK = SystemClock()  # timing the two keys of "10"; dates come from the app's clock
TEN_WINDOW = 1.2  # seconds in which "1" then "0" means 10

# --------------------------------------------------------------- colour scale
TEXT = QColor("#1f2428")  # numbers on the light end of the score scale (the scale is the same in every theme)


class Ink:
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
        parts.append(translate("diary", "Pain scores: ") + ", ".join(filled) + ".")
    if blank:
        parts.append(translate("diary", "Not filled in: ") + ", ".join(blank) + ".")
    return " ".join(parts)



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
        return translate("diary", "– = not filled,  0 = {low}").format(low=self._low), f"10 = {self._high}"

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
        v = translate("diary", "not filled in") if self._value is None else translate("diary", "{value} of 10").format(value=self._value)
        self.setAccessibleDescription(translate("diary", "{name}: {v}. 0 is {low}, 10 is {high}. Left and Right arrows or digits change it; Delete clears it.").format(name=self._name, v=v, low=self._low, high=self._high))

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
        ink = Ink()
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
            now = CLOCK.monotonic()
            if text == "0" and self._value == 1 and now - self._last_one < TEN_WINDOW:
                self.setValue(10)
            else:
                self.setValue(int(text))
            self._last_one = now if text == "1" else 0.0
        else:
            super().keyPressEvent(event)
            return
        event.accept()



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

