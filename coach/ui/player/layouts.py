"""The player's two layouts: the row of controls under the exercise, and the figure with the big timer.

Both adapt to the room they get (large text in a small window) so that no
button is squeezed below its text and the timer stays as large as it can be.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QBoxLayout, QLayout, QWidget


class ControlsLayout(QLayout):
    """The player's buttons on one line: the first ones from the left, those added with ``end=True`` from the
    right. When they do not all fit, the right-hand ones go onto a line of their own (and a line that is still
    too narrow wraps), so that no button is squeezed below its text. An item that can grow (the practice
    note) takes the room left on its line."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 10) -> None:
        super().__init__(parent)
        self._items: list = []
        self._ends: list[bool] = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def add(self, w: QWidget, *, end: bool = False) -> None:
        self.addWidget(w)
        self._ends[-1] = end

    def fill(self) -> object | None:
        """The item that goes at the left of the right-hand buttons' line and takes its room (the player's
        "where you are" lines in a low window), or None."""
        return next((i for i in self._items if not i.isEmpty() and i.widget() is not None
                     and i.widget().property("fillsControls")), None)

    def addItem(self, item) -> None:
        self._items.append(item)
        self._ends.append(False)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, i: int):
        return self._items[i] if 0 <= i < len(self._items) else None

    def takeAt(self, i: int):
        if 0 <= i < len(self._items):
            self._ends.pop(i)
            return self._items.pop(i)
        return None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        items = [i for i in self._items if not i.isEmpty()]
        w = sum(i.sizeHint().width() for i in items) + self._gap * max(0, len(items) - 1)
        return QSize(w, max((i.sizeHint().height() for i in items), default=0))

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        return size

    def _width(self, items: list) -> int:
        return sum(i.sizeHint().width() for i in items) + self._gap * max(0, len(items) - 1)

    def _flow(self, items: list, width: int) -> list[list]:
        lines: list[list] = []
        for item in items:
            if lines and self._width([*lines[-1], item]) <= width:
                lines[-1].append(item)
            else:
                lines.append([item])
        return lines

    def _place(self, rect: QRect, move: bool) -> int:
        fill = self.fill()
        shown = [(i, e) for i, e in zip(self._items, self._ends, strict=True) if not i.isEmpty() and i is not fill]
        start = [i for i, e in shown if not e]
        end = [i for i, e in shown if e]
        width = rect.width()
        if fill is not None:
            # the fill keeps at least about half the width: right-hand buttons before the last one move up
            # to the end of the left-hand line while they fit there
            flowed = self._flow(start, width) or [[]]
            last, moved, tail = flowed[-1], [], list(end)
            while (len(tail) > 1 and width - self._width(tail) - self._gap < 0.45 * width
                   and self._width(last) + self._gap + self._width([*moved, tail[0]]) <= width):
                moved.append(tail.pop(0))
            lines = [(line, []) for line in flowed[:-1]] + [(last, moved)] + [([fill], tail)]
            lines = [(left, right) for left, right in lines if left or right]
        elif self._width(start) + self._gap + self._width(end) <= width or not start or not end:
            lines = [(start, end)]
        else:
            lines = [(line, []) for line in self._flow(start, width)] + [([], line) for line in self._flow(end, width)]
        y = rect.y()
        for left, right in lines:
            if fill is not None and left == [fill]:
                fw = max(0, width - self._width(right) - (self._gap if right else 0))
                fh = fill.widget().heightForWidth(fw)
                fh = fh if fh >= 0 else fill.sizeHint().height()
                h = max([fh] + [i.sizeHint().height() for i in right])
                if move:
                    fill.setGeometry(QRect(rect.x(), y + (h - fh) // 2, fw, fh))
                    x = rect.x() + width - self._width(right)
                    for item in right:
                        hint = item.sizeHint()
                        item.setGeometry(QRect(QPoint(x, y + (h - hint.height()) // 2), hint))
                        x += hint.width() + self._gap
                y += h + self._gap
                continue
            h = max(i.sizeHint().height() for i in left + right)
            room = width - self._width(left) - self._width(right) - (self._gap if left and right else 0)
            grow = next((i for i in left + right if i.expandingDirections() & Qt.Orientation.Horizontal), None)
            if move:
                x = rect.x()
                for items, from_right in ((left, False), (right, True)):
                    if from_right:
                        x = rect.x() + width - self._width(items) - (room if grow in items and room > 0 else 0)
                    for item in items:
                        hint = item.sizeHint()
                        w = hint.width() + (room if item is grow and room > 0 else 0)
                        item.setGeometry(QRect(QPoint(x, y + (h - hint.height()) // 2), QSize(w, hint.height())))
                        x += w + self._gap
            y += h + self._gap
        return y - self._gap - rect.y() if lines else 0


FIGURE_SHARE = (7, 3)  # figure : timer, above each other: the figure a person follows gets the larger part
SIDE_SHARE = (3, 2)  # … and side by side
SIDE_BY_SIDE = 2.6  # width / height above which the figure and the timer sit side by side (large text, low window)


class FigureAndTimer(QWidget):
    """The figure above the big timer; side by side when the room is wide and low (large text, small window)."""

    def __init__(self, figure: QWidget, timer: QWidget) -> None:
        super().__init__()
        self.box = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(6)
        self.box.addWidget(figure, FIGURE_SHARE[0])
        self.box.addWidget(timer, FIGURE_SHARE[1])
        self._figure, self._timer = figure, timer

    def sizeHint(self) -> QSize:
        return QSize(460, 460)

    def minimumSizeHint(self) -> QSize:
        return QSize(220, 110)

    def side_by_side(self) -> bool:
        return self.box.direction() == QBoxLayout.Direction.LeftToRight

    def resizeEvent(self, event) -> None:
        size = event.size()
        # side by side when the box is wide and low, or when one above the other would leave the timer less
        # height than its digits need (they keep their size whatever the text size)
        stacked_timer = (size.height() - self.box.spacing()) * FIGURE_SHARE[1] / sum(FIGURE_SHARE)
        side = size.width() > SIDE_BY_SIDE * size.height() or stacked_timer < self._timer.minimumSizeHint().height()
        if side != self.side_by_side():
            self.box.setDirection(QBoxLayout.Direction.LeftToRight if side else QBoxLayout.Direction.TopToBottom)
            share = SIDE_SHARE if side else FIGURE_SHARE
            self.box.setStretchFactor(self._figure, share[0])
            self.box.setStretchFactor(self._timer, share[1])
        super().resizeEvent(event)

