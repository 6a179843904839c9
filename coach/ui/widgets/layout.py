"""Layout pieces that keep screens readable at large text in a small window.

``FlowLayout`` puts its items left to right and wraps onto a new line when the width runs out (the
Diary's day bar, the Progress header, the Programs and editor actions): at 200 % text a row of buttons
becomes two or three lines instead of squeezing each button below the room its text needs.
``vertical_scroll`` wraps a page body that may be taller than the window.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QWidget


class FlowLayout(QLayout):
    """Items left to right, wrapping onto a new line when the width runs out (the day bar at large text)."""

    def __init__(self, parent=None, spacing: int = 6):
        super().__init__(parent)
        self._items: list = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, i: int):
        return self._items[i] if 0 <= i < len(self._items) else None

    def takeAt(self, i: int):
        return self._items.pop(i) if 0 <= i < len(self._items) else None

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
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _place(self, rect: QRect, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        visible = [i for i in self._items if not (i.widget() and i.widget().isHidden())]
        for item in visible:
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and x > rect.x():
                x, y, line = rect.x(), y + line + self._gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._gap
            line = max(line, hint.height())
        return y + line - rect.y()


def vertical_scroll(body: QWidget, name: str = "") -> QScrollArea:
    """A frameless scroll area around ``body`` that scrolls only up and down (the body gets the width).

    It is no Tab stop itself: Tab goes to the controls inside, and the area scrolls to the one with the focus.
    """
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if name:
        scroll.setAccessibleName(name)
    scroll.setWidget(body)
    return scroll
