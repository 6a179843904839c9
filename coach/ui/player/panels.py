"""The player's full-area panels: the check-in and the Stop question (the end is ``end_panel``), and the
buttons and scroll area they share.

Each panel only shows choices and reports the one made (a Qt signal); the
player passes it on to the engine. The words for check-in answers, stop
reasons and the advice after a stop come from ``coach.core.safety``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from html import escape

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from coach.core import safety
from coach.core.i18n import QT_TRANSLATE_NOOP, translate
from coach.ui.widgets.kit import label

_label = partial(label, selectable=True)


def enlarge(w: QWidget, factor: float, bold: bool = False) -> None:
    """Text ``factor`` times the app's size (a widget style sheet: the app's sheet sets every font size)."""
    pt = QApplication.font().pointSizeF() * factor
    w.setStyleSheet(f"font-size: {pt:.1f}pt;" + (" font-weight: 600;" if bold else ""))


class WrapButton(QPushButton):
    """A push button whose text wraps onto more lines when its width runs out (large text in a small window).

    Its size hint is the text on one line; narrower, it asks its layout for the height of the wrapped lines
    (height for width), and it paints the lines it was given room for.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _option(self) -> QStyleOptionButton:
        opt = QStyleOptionButton()
        self.initStyleOption(opt)
        return opt

    def _frame(self) -> QSize:
        """What the style adds around the text (padding, border), with the focus frame: the same size whether
        the button has the focus or not, so that focusing it never needs a new layout."""
        self.ensurePolished()
        opt = self._option()
        opt.text = ""
        unfocused = self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, opt, QSize(0, 0), self)
        opt.state |= QStyle.StateFlag.State_HasFocus
        focused = self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, opt, QSize(0, 0), self)
        return unfocused.expandedTo(focused)

    def lines(self, width: int) -> list[str]:
        """The text broken at spaces into lines no wider than ``width`` (a word wider than that keeps a line)."""
        fm = QFontMetrics(self.font())
        out: list[str] = []
        line = ""
        for word in re.findall(r"\S+\s*", self.text()):
            if line and fm.horizontalAdvance((line + word).rstrip()) > width:
                out.append(line.rstrip())
                line = word
            else:
                line += word
        out.append(line.rstrip())
        return out

    def _text_size(self, lines: list[str]) -> QSize:
        return QFontMetrics(self.font()).size(0, "\n".join(lines))

    def text_height(self, width: int) -> int:
        """The height of the text wrapped at ``width`` with the style's padding and border (no minimum)."""
        frame = self._frame()
        return frame.height() + self._text_size(self.lines(width - frame.width())).height()

    def _height(self, width: int) -> int:
        return max(self.text_height(width), self.minimumHeight())

    def sizeHint(self) -> QSize:
        frame = self._frame()
        one = self._text_size([self.text()])
        return QSize(one.width() + frame.width(), max(one.height() + frame.height(), self.minimumHeight()))

    def minimumSizeHint(self) -> QSize:
        frame = self._frame()
        fm = QFontMetrics(self.font())
        widest = max((fm.horizontalAdvance(w) for w in self.text().split()), default=0)
        width = widest + frame.width()
        return QSize(width, self._height(max(width, self.width())))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._height(width)

    def paintEvent(self, event) -> None:
        p = QStylePainter(self)
        opt = self._option()
        opt.text = "\n".join(self.lines(self.width() - self._frame().width()))
        p.drawControl(QStyle.ControlElement.CE_PushButton, opt)


class FocusScroll(QScrollArea):
    """A vertical scroll area for a panel that can be taller than the window: it keeps the focused control in view."""

    def __init__(self, body: QWidget, name: str, *, focusable: bool = False) -> None:
        super().__init__()
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(name)
        if not focusable:
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.also_show: Callable[[QWidget], QWidget | None] = lambda _w: None
        QApplication.instance().focusChanged.connect(self._follow)

    def _follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        try:
            body = self.widget()
        except RuntimeError:  # deleted
            return
        if new is None or body is None or not body.isAncestorOf(new):
            return
        extra = self.also_show(new)
        if extra is not None:
            self.ensureWidgetVisible(extra, 8, 8)
        self.ensureWidgetVisible(new, 8, 8)


class Responsive(QWidget):
    """Its widgets side by side while ``side_by_side(width)`` says there is room, else one above the other."""

    def __init__(self, side_by_side: Callable[[int], bool], spacing: int = 10) -> None:
        super().__init__()
        self._side_by_side = side_by_side
        self.box = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(spacing)

    def resizeEvent(self, event) -> None:
        want = (QBoxLayout.Direction.LeftToRight if self._side_by_side(event.size().width())
                else QBoxLayout.Direction.TopToBottom)
        if self.box.direction() != want:
            self.box.setDirection(want)
        super().resizeEvent(event)


def big_button(text: str, name: str, accessible: str, *, role: str | None = None, height: int = 72,
               wrap: bool = False) -> QPushButton:
    b = WrapButton(text) if wrap else QPushButton(text)
    b.setObjectName(name)
    b.setAccessibleName(accessible)
    b.setMinimumHeight(height)
    if not wrap:
        b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    if role:
        b.setProperty("role", role)
    enlarge(b, 1.35, bold=True)
    return b


# ----------------------------------------------------------------- check-in
CHECKIN_MARKS = {"fine": "✓", "tingling": "≈", "sharp_pain": "✕", "weakness": "⚠", "spreading": "↓"}
JUST_ENDING = ("user", QT_TRANSLATE_NOOP("player", "Just ending early"))
ANSWER_HEIGHT = 88  # the check-in answers' least height
SMALL_ANSWER_HEIGHT = 56  # ... when large text in a small window needs them in the app's text size  # the engine's plain stop: no symptom


class CheckinPanel(QWidget):
    """"How did it feel?": five big answers with keys 1–5, each with what it means.

    The answers sit two by two with their meanings under them; when that is taller than the room (large
    text in a small window) the answers come first and the meanings follow under them, and when that is
    still too tall the answers sit three in a row, so that every answer shows at once. The panel scrolls
    when it has to, following the focus.
    """

    answered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkinPanel")
        self.setAccessibleName(translate("player", "Check-in"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        body = QWidget()
        self.scroll = FocusScroll(body, translate("player", "Check-in answers"))
        outer.addWidget(self.scroll)
        lay = QVBoxLayout(body)
        lay.setContentsMargins(24, 12, 24, 12)
        lay.setSpacing(14)
        self.question = _label("", "h1", name="checkinQuestion")
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(self.question)
        self.hint = _label(translate("player", "Press 1 to 5, or choose an answer. One tap is enough."), "muted")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(self.hint)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(6)
        self.buttons: dict[str, QPushButton] = {}
        self.meanings: dict[str, QLabel] = {}
        self._options = list(safety.checkin_options(False))
        self._meaning_text: dict[str, str] = {}
        for k, opt in enumerate(self._options):
            b = big_button(f"{k + 1}   {CHECKIN_MARKS.get(opt.id, '')}  {opt.label}", f"checkin-{opt.id}",
                           translate("player", "{label} (key {k})").format(label=opt.label, k=k + 1), height=ANSWER_HEIGHT, wrap=True)
            if opt.ends_session:
                b.setProperty("role", "danger")
            b.clicked.connect(lambda _=False, a=opt.id: self.answered.emit(a))
            self.buttons[opt.id] = b
            self.meanings[opt.id] = _label("", "muted", name=f"meaning-{opt.id}")
            self.meanings[opt.id].setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        lay.addLayout(self.grid)
        self.below = QVBoxLayout()  # the meanings, when they follow the answers
        self.below.setSpacing(8)
        lay.addLayout(self.below)
        lay.addStretch(1)
        self._lay = lay
        self._mode: tuple[bool, int, bool] | None = None
        self._arrange(False, 2, False)
        self.scroll.also_show = lambda w: next(
            (self.meanings[a] for a, b in self.buttons.items() if b is w and not self._apart), None)

    @property
    def _apart(self) -> bool:
        return bool(self._mode and self._mode[0])

    @property
    def _cols(self) -> int:
        return self._mode[1] if self._mode else 2

    def _arrange(self, apart: bool, cols: int, small: bool = False) -> None:
        """Meanings under each answer (``apart`` False), or all the answers first and the meanings after them
        (True); the answers in ``cols`` columns, in the app's text size rather than larger when ``small``."""
        if (apart, cols, small) == self._mode:
            return
        if self._mode is None or self._mode[2] != small:
            for b in self.buttons.values():
                enlarge(b, 1.0 if small else 1.35, bold=True)
                b.setMinimumHeight(SMALL_ANSWER_HEIGHT if small else ANSWER_HEIGHT)
        self._mode = (apart, cols, small)
        for opt in self._options:
            self.grid.removeWidget(self.buttons[opt.id])
            self.grid.removeWidget(self.meanings[opt.id])
            self.below.removeWidget(self.meanings[opt.id])
        rows = (len(self._options) + cols - 1) // cols
        for k, opt in enumerate(self._options):
            row, col = divmod(k, cols)
            m = self.meanings[opt.id]
            if apart:
                self.grid.addWidget(self.buttons[opt.id], row, col)
                m.setContentsMargins(0, 0, 0, 0)
                self.below.addWidget(m)
            else:
                self.grid.addWidget(self.buttons[opt.id], 2 * row, col)  # the meaning in the row under it
                m.setContentsMargins(0, 0, 0, 8 if row < rows - 1 else 0)
                self.grid.addWidget(m, 2 * row + 1, col)
        for c in range(3):
            self.grid.setColumnStretch(c, 1 if c < cols else 0)
        self._show_meanings()

    def _show_meanings(self) -> None:
        for k, opt in enumerate(self._options):
            text = self._meaning_text.get(opt.id, "")
            label = self.meanings[opt.id]
            if self._apart and text:
                label.setTextFormat(Qt.TextFormat.RichText)
                label.setText(f"<b>{k + 1} {escape(opt.label)}:</b> {escape(text)}")
            else:
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setText(text)

    def _need(self, width: int, apart: bool, cols: int, small: bool = False) -> int:
        """The height the answers need (with their meanings under them unless ``apart``) in ``cols`` columns
        (``small``: the answers in the app's text size; estimated from the text size now)."""
        m = self._lay.contentsMargins()
        inner = width - m.left() - m.right()
        col = (inner - (cols - 1) * self.grid.horizontalSpacing()) // cols
        need = m.top() + m.bottom() + self.question.heightForWidth(inner) + self.hint.heightForWidth(inner)
        need += 2 * self._lay.spacing()
        now_small = bool(self._mode and self._mode[2])
        scale = 1.0 if small == now_small else (1.0 / 1.35 if small else 1.35)
        least = SMALL_ANSWER_HEIGHT if small else ANSWER_HEIGHT
        for row in range(0, len(self._options), cols):
            cells = self._options[row:row + cols]
            need += max(max(least, int(self.buttons[o.id].text_height(int(col / scale)) * scale)) + 6
                        + (0 if apart else self.meanings[o.id].heightForWidth(col) + 8)
                        for o in cells)
        return need + 14

    def _needs_apart(self, width: int, height: int) -> bool:
        """Whether the answers with their meanings under them are taller than ``height``."""
        return self._need(width, False, 2) > height

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """The first arrangement in which every answer shows at once: two columns with the meanings under the
        answers, two columns with the meanings after them, then (large text in a small window) the answers in
        the app's text size instead of larger, in two columns or three."""
        size = self.scroll.viewport().size()
        modes = ((False, 2, False), (True, 2, False), (True, 2, True), (True, 3, True))
        mode = next((md for md in modes if self._need(size.width(), *md) <= size.height()), modes[-1])
        self._arrange(*mode)
        # the answers of a row as high as the longest one needs (its text may wrap); set as a minimum, which
        # every layout keeps (room for a scroll bar is left, so that its coming does not squeeze them)
        cols = self._cols
        least = SMALL_ANSWER_HEIGHT if self._mode[2] else ANSWER_HEIGHT
        m = self._lay.contentsMargins()
        width = self.scroll.width() - self.scroll.verticalScrollBar().sizeHint().width()
        col = (width - m.left() - m.right() - (cols - 1) * self.grid.horizontalSpacing()) // cols
        for row in range(0, len(self._options), cols):
            group = [self.buttons[o.id] for o in self._options[row:row + cols]]
            h = max([least] + [b.text_height(col) for b in group])
            for b in group:
                b.setMinimumHeight(h)

    def ask(self, exercise_name: str, nerve_glide: bool) -> None:
        self.question.setText(translate("player", "How did {exercise_name} feel?").format(exercise_name=escape(exercise_name).lower()))
        self.setAccessibleDescription(translate("player", "How did {exercise_name} feel? Press 1 to 5.").format(exercise_name=exercise_name))
        for opt in safety.checkin_options(nerve_glide):
            self._meaning_text[opt.id] = opt.meaning
            self.buttons[opt.id].setAccessibleDescription(opt.meaning)
        self._show_meanings()
        self.scroll.verticalScrollBar().setValue(0)
        if self.isVisible():
            self._fit()

    def answer_for_key(self, digit: int) -> str | None:
        answers = safety.CHECKIN_ANSWERS
        return answers[digit - 1] if 1 <= digit <= len(answers) else None


# --------------------------------------------------------------------- stop
class StopPanel(QWidget):
    """"What happened?" after Stop: the reasons with keys 1–6 and a note for "something else"; the way back is
    Back in the place of Stop at the top (``frame.BACK_TEXT``), or B or Esc.

    The reasons are big buttons whose text wraps when it must; the panel scrolls when it is taller than the
    room, following the focus.
    """

    chosen = Signal(str, object)  # reason, detail (str or None)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stopPanel")
        self.setAccessibleName(translate("player", "Stop the session"))
        self.setAccessibleDescription(translate("player", "Everything is paused. What happened? Press 1 to 6."))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        body = QWidget()
        self.scroll = FocusScroll(body, translate("player", "Stop reasons"))
        outer.addWidget(self.scroll)
        lay = QVBoxLayout(body)
        lay.setContentsMargins(24, 12, 24, 12)
        lay.setSpacing(10)
        head = _label(translate("player", "Everything is paused. What happened?"), "h1", name="stopQuestion")
        head.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(head)
        self.hint = _label(translate("player", "Press the number key or choose. Your answer is saved with where you were. B or Esc: back to the exercise."),
                           "muted", name="stopHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(self.hint)
        self.buttons: dict[str, QPushButton] = {}
        self.choices = [(r.id, r.label) for r in safety.STOP_REASONS] + [(JUST_ENDING[0], translate("player", JUST_ENDING[1]))]
        self.reasons = tuple(r for r, _ in self.choices)
        for k, (reason, text) in enumerate(self.choices):
            b = big_button(f"{k + 1}   {text}", f"stop-{reason}", translate("player", "{value} (key {k})").format(value=text, k=k + 1),
                           role="danger" if reason in safety.SYMPTOM_STOPS else None, height=58,
                           wrap=True)
            b.clicked.connect(lambda _=False, r=reason: self._choose(r))
            self.buttons[reason] = b
            if reason == "other":
                # the note beside its button while both fit, else under it
                row = Responsive(lambda width, b=b: b.sizeHint().width() + 240 <= width)
                row.box.addWidget(b, 0)
                self.detail = QLineEdit()
                self.detail.setObjectName("stopDetail")
                self.detail.setPlaceholderText(translate("player", "What happened? (optional)"))
                self.detail.setAccessibleName(translate("player", "What happened (optional)"))
                self.detail.setMinimumHeight(52)
                self.detail.returnPressed.connect(lambda: self._choose("other"))
                row.box.addWidget(self.detail, 1)
                lay.addWidget(row)
            else:
                lay.addWidget(b)
        lay.addStretch(1)

    def reset(self) -> None:
        self.detail.clear()
        self.scroll.verticalScrollBar().setValue(0)

    def reason_for_key(self, digit: int) -> str | None:
        return self.reasons[digit - 1] if 1 <= digit <= len(self.reasons) else None

    def _choose(self, reason: str) -> None:
        detail = self.detail.text().strip() if reason == "other" else None
        self.chosen.emit(reason, detail or None)
