"""The session player: one full-window page that runs a session with the engine and records it as it happens.

Opened over the screens (``MainWindow.push_page``) by :func:`open_player`
for a day's slot, a stand-alone walk or an interrupted session, and closed
when the user leaves the summary or the after-stop page.

* The page renders the engine's :class:`~coach.core.session.Snapshot` and
  forwards what the user does (buttons and keys) to the engine; all rules are
  in the engine and in ``coach.core.safety``; the words for a snapshot are in
  ``coach.ui.player.view``.
* Every recorded engine event (everything but cues) is written with
  ``SessionLog.record`` the moment the engine reports it, one committed
  transaction each; ``event_saved(seq, kind)`` is emitted after the commit.
  When saving fails (``StoreError``, e.g. a full disk) the session is paused,
  a banner says what happened, the events not yet saved are kept in memory in
  order and "Try again" writes them.
* A single-shot ``QTimer`` (``Qt.PreciseTimer``) calls ``engine.advance()`` only
  to repaint, re-armed after each frame for the next visible change: the
  figure's next moment while it moves (at most ~30 Hz), else the next change of
  the digits (and 10 Hz for the bar). Times come from the engine's clock, never
  from counting frames. It does not run in the intro (it waits for the user),
  a check-in, a pause or at the end. Only what time moved is redrawn each frame.
* Cues go to the ``CuePlayer`` with the time they were due; when sound is off
  or unavailable the timer flashes instead, and the player's one-time notice
  is shown.

Keys: Space start / tap a rep / next; P pause and resume; S skip; Left back;
Right next; E extend a walk; 1–4 check-in answers; 1–5 stop reasons;
Esc or the Stop media key: Stop.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coach.audio import CuePlayer
from coach.core import safety
from coach.core.clock import Clock
from coach.core.plan import PlannedExercise, plan_exercise
from coach.core.session import (
    EngineEvent,
    SessionEngine,
    Snapshot,
    State,
    Summary,
    Timings,
)
from coach.store import session_log
from coach.store.db import StoreError
from coach.store.session_log import EXTRA_SLOT, Interrupted, SessionLog
from coach.ui.context import AppContext
from coach.ui.player import view as pv
from coach.ui.player.panels import JUST_ENDING, CheckinPanel, EndPanel, StopPanel, big_button, enlarge
from coach.ui.player.widgets import BigTimer, CachedFigureView, ProgressStrip
from coach.ui.widgets.kit import banner
from coach.ui.widgets.kit import label as _label

FRAME_MS = 33  # at most ~30 Hz: while the figure moves, a repaint at each of its moments
SLOW_FRAME_MS = 100  # while it is still: 10 Hz for the bar, and exactly when the digits change
STALE_CUE = 0.75  # seconds: older cues (after a stall) are neither played nor flashed
PAGE_EXERCISE, PAGE_CHECKIN, PAGE_STOP, PAGE_END = range(4)
LOW_LINES = 24  # a window lower than this many lines of text is "low": see PlayerPage._set_low
KEYS_HINT = "Keys:  Space start / rep done / next    P pause    S skip    ← back    → next    Esc stop"
CHECKIN_KEYS = "Keys:  1 fine    2 mild tingling    3 sharp pain    4 weakness or giving way    Esc stop"

_shared_cues: CuePlayer | None = None


def shared_cue_player(enabled: bool, clock: Clock | None = None) -> CuePlayer:
    """One cue player for the app (its worker thread and backend probe are made once, on ``clock``)."""
    global _shared_cues
    if _shared_cues is None:
        _shared_cues = CuePlayer(enabled=enabled, clock=clock)
    else:
        _shared_cues.enabled = enabled
    return _shared_cues


def _button(text: str, name: str, accessible: str, *, role: str | None = None) -> QPushButton:
    b = QPushButton(text)
    b.setObjectName(name)
    b.setAccessibleName(accessible)
    b.setMinimumHeight(48)
    if role:
        b.setProperty("role", role)
    return b


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

    def addItem(self, item) -> None:  # noqa: N802, ANN001
        self._items.append(item)
        self._ends.append(False)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, i: int):  # noqa: N802, ANN201
        return self._items[i] if 0 <= i < len(self._items) else None

    def takeAt(self, i: int):  # noqa: N802, ANN201
        if 0 <= i < len(self._items):
            self._ends.pop(i)
            return self._items.pop(i)
        return None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        items = [i for i in self._items if not i.isEmpty()]
        w = sum(i.sizeHint().width() for i in items) + self._gap * max(0, len(items) - 1)
        return QSize(w, max((i.sizeHint().height() for i in items), default=0))

    def minimumSize(self) -> QSize:  # noqa: N802
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


class FigureAndTimer(QWidget):
    """The figure above the big timer; side by side when the room is wide and low (large text, small window)."""

    def __init__(self, figure: QWidget, timer: QWidget) -> None:
        super().__init__()
        self.box = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(6)
        self.box.addWidget(figure, 3)
        self.box.addWidget(timer, 6)
        self._figure, self._timer = figure, timer

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(460, 460)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(220, 110)

    def side_by_side(self) -> bool:
        return self.box.direction() == QBoxLayout.Direction.LeftToRight

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001
        size = event.size()
        side = size.width() > 2.6 * size.height()
        if side != self.side_by_side():
            self.box.setDirection(QBoxLayout.Direction.LeftToRight if side else QBoxLayout.Direction.TopToBottom)
            self.box.setStretchFactor(self._figure, 2 if side else 3)
            self.box.setStretchFactor(self._timer, 3 if side else 6)
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
        """Keep the current step in view when the steps scroll."""
        if 0 <= index < len(self._rows):
            w = self.parentWidget()
            while w is not None and not isinstance(w, QScrollArea):
                w = w.parentWidget()
            if w is not None:
                w.ensureWidgetVisible(self._rows[index][0], 0, 8)

    def step_text(self, index: int) -> str:
        return self._texts[index]


class PlayerPage(QWidget):
    """Runs one session. See the module docstring."""

    event_saved = Signal(int, str)  # seq, kind: the event is committed
    ended = Signal(str)  # "completed" or "stopped": the session is over (the end page shows)
    closed = Signal()  # the user left the player

    def __init__(
        self,
        ctx: AppContext,
        items: list[PlannedExercise] | tuple[PlannedExercise, ...],
        *,
        slot_index: int,
        slot_name: str,
        week: int,
        clock: Clock | None = None,
        cue_player: CuePlayer | None = None,
        timings: Timings | None = None,
        interrupted: Interrupted | None = None,
        parent: QWidget | None = None,
        record: bool = True,  # False: a preview (program editor) that writes nothing to the store
        image_dir: Path | None = None,  # where step images live (default: the active program's folder)
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items = tuple(items)
        self.slot_index = slot_index
        self.slot_name = slot_name
        self.week = week
        self.clock: Clock = clock or ctx.clock
        self.cues = cue_player if cue_player is not None else shared_cue_player(
            bool(ctx.store.get_setting("sound_enabled", True)), self.clock)
        self.interrupted = interrupted
        self.record = record
        self.log: SessionLog | None = None
        self._unsaved: list[EngineEvent] = []
        self.save_error: str | None = None
        self._finished_saved = False
        self._ended = False
        self._stop_event: EngineEvent | None = None
        self._paused_for_stop = False
        self._mode: tuple | None = None
        self._notice_shown = False
        self._intro_note: str | None = None
        self._shown_exercise = -1
        self._pic_key: tuple | None = None
        self._last_key: tuple | None = None
        self._names = pv.exercise_names(self.items)
        self._start_failed = False
        self._low = False
        self.setObjectName("playerPage")
        self.setAccessibleName(f"{slot_name} session")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setSingleShot(True)  # re-armed by every render with the time to the next change
        self._timer.timeout.connect(self.tick)

        base = ctx.program.path.parent if ctx.program.path else None
        self._image_dir: Path | None = image_dir or base
        if interrupted is not None:
            self.log = SessionLog(ctx.store, interrupted.session_id)
            self.engine = SessionEngine.resumed(self.items, self.clock, interrupted.resume,
                                                on_event=self._on_event, timings=timings)
            pos = interrupted.resume.position
            if pos is not None and interrupted.resume.checkin_due is None:
                self._intro_note = pv.resume_text(self.items[pos.exercise_index], pos) + "."
        else:
            self.engine = SessionEngine(self.items, self.clock, on_event=self._on_event, timings=timings)
            note = self._last_stop_note() if record else None
            try:
                self.log = None if not record else SessionLog.start(
                    ctx.store, profile_id=ctx.profile.id if ctx.profile else 0, date=ctx.today(),
                    slot_index=slot_index, slot_name=slot_name, week=week, program_id=ctx.program.id,
                    items=self.items)
            except StoreError as exc:
                self._fail_start(str(exc))
                return
            self._intro_note = note
        self._call(self.engine.start)
        self._check_sound_notice()

    # ================================================================ layout
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 10, 14, 10)
        outer.setSpacing(8)
        # -- top: where we are, the session strip, Stop
        top = QHBoxLayout()
        top.setSpacing(14)
        head = QVBoxLayout()
        head.setSpacing(4)
        self.session_title = _label(role="h2", name="sessionTitle")  # wraps between its parts at large text
        head.addWidget(self.session_title)
        self.strip = ProgressStrip()
        head.addWidget(self.strip)
        top.addLayout(head, 1)
        self.stop_button = _button("■  Stop  (Esc)", "stopButton", "Stop the session (Escape)", role="danger")
        self.stop_button.setMinimumHeight(64)  # and as wide as its text needs
        enlarge(self.stop_button, 1.3, bold=True)
        self.stop_button.clicked.connect(self.ask_stop)
        self._stop_col = QVBoxLayout()  # Stop, and under it "Sound off" in a low window
        self._stop_col.setSpacing(4)
        self._stop_col.addWidget(self.stop_button, 0, Qt.AlignmentFlag.AlignRight)
        self._stop_col.addStretch(1)
        top.addLayout(self._stop_col)
        outer.addLayout(top)
        # -- banners: saving problems, sound notice, notes
        self.error_banner = QFrame()
        self.error_banner.setProperty("role", "alert")
        self.error_banner.setObjectName("saveError")
        eb = QHBoxLayout(self.error_banner)
        eb.setContentsMargins(14, 8, 14, 8)
        self.error_text = _label(name="saveErrorText")
        eb.addWidget(self.error_text, 1)
        self.retry_button = _button("Try again", "retrySave", "Try saving again")
        self.retry_button.clicked.connect(self.retry_save)
        eb.addWidget(self.retry_button)
        self.error_banner.setVisible(False)
        outer.addWidget(self.error_banner)
        self.notice, self.notice_text = banner("notice", "playerNotice")
        outer.addWidget(self.notice)
        self.sound_notice, self.sound_notice_text = banner("notice", "soundNotice")
        outer.addWidget(self.sound_notice)
        # -- the pages
        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)
        self.pages.addWidget(self._build_exercise())
        self.checkin = CheckinPanel()
        self.checkin.answered.connect(self.answer_checkin)
        self.pages.addWidget(self.checkin)
        self.stop_panel = StopPanel()
        self.stop_panel.chosen.connect(self.stop)
        self.stop_panel.cancelled.connect(self.cancel_stop)
        self.pages.addWidget(self.stop_panel)
        self.end = EndPanel()
        self.end.leave.connect(self.leave)
        self.pages.addWidget(self.end)
        # -- controls
        self.controls = QWidget()
        cl = QVBoxLayout(self.controls)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.setSpacing(4)
        self.button_row = QWidget()
        row = ControlsLayout(self.button_row, spacing=10)
        self.back_button = _button("◀  Back  (←)", "backButton", "Back to the previous exercise (Left arrow)")
        self.back_button.clicked.connect(self.back)
        self.pause_button = _button("❚❚  Pause  (P)", "pauseButton", "Pause (P)")
        self.pause_button.clicked.connect(self.toggle_pause)
        self.skip_button = _button("Skip  (S)", "skipButton", "Skip this exercise (S)")
        self.skip_button.clicked.connect(self.skip)
        self.extend_button = _button("+1 min  (E)", "extendButton", "Extend the walk by 1 minute (E)")
        self.extend_button.clicked.connect(self.extend)
        self.note = QLineEdit()
        self.note.setObjectName("practiceNote")
        self.note.setPlaceholderText("Note (optional)")
        self.note.setAccessibleName("Practice note (optional)")
        self.note.setMinimumHeight(44)
        self.note.setMinimumWidth(220)
        self.primary = big_button("", "primaryButton", "", role="primary", height=60)
        enlarge(self.primary, 1.2, bold=True)
        self.primary.setMinimumWidth(200)  # and as wide as its text needs
        self.primary.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        keep = self.primary.sizePolicy()
        keep.setRetainSizeWhenHidden(True)
        self.primary.setSizePolicy(keep)
        self.primary.clicked.connect(self.primary_action)
        for w in (self.back_button, self.pause_button, self.skip_button, self.note):
            row.add(w)
        for w in (self.extend_button, self.primary):
            row.add(w, end=True)
        self._controls_row = row
        cl.addWidget(self.button_row)
        hint_row = self._hint_row = QHBoxLayout()
        self.keys_hint = _label(KEYS_HINT, "muted", name="keysHint", wrap=True)
        self.keys_hint.setAccessibleName("Keyboard keys")
        hint_row.addWidget(self.keys_hint, 1)
        self.sound_state = _label("", "muted", name="soundState", wrap=False)
        hint_row.addWidget(self.sound_state)
        cl.addLayout(hint_row)
        outer.addWidget(self.controls)

    def _build_exercise(self) -> QWidget:
        w = QWidget()
        lay = QHBoxLayout(w)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(16)
        left = QVBoxLayout()
        left.setSpacing(8)
        self.name_label = _label(role="h1", name="exerciseName")
        left.addWidget(self.name_label)
        self.dose_label = _label(name="doseLabel")
        self.dose_label.setTextFormat(Qt.TextFormat.RichText)
        left.addWidget(self.dose_label)
        self.intro_note = QFrame()
        self.intro_note.setProperty("role", "notice")
        inl = QVBoxLayout(self.intro_note)
        inl.setContentsMargins(12, 8, 12, 8)
        self.intro_note_text = _label(name="introNote")
        inl.addWidget(self.intro_note_text)
        self.intro_note.setVisible(False)
        left.addWidget(self.intro_note)
        self.steps = StepList()
        left.addWidget(self.steps)
        self.cautions = _label(role="muted", name="cautions")
        left.addWidget(self.cautions)
        left.addStretch(1)
        lw = QWidget()
        lw.setLayout(left)
        self.left_scroll = QScrollArea()  # long steps scroll rather than being cut off on a small window
        self.left_scroll.setWidget(lw)
        self.left_scroll.setWidgetResizable(True)
        self.left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.left_scroll.setAccessibleName("Exercise and steps")
        self.left_scroll.setMinimumWidth(260)
        self.left_scroll.setMaximumWidth(420)
        lay.addWidget(self.left_scroll, 3)
        right = QVBoxLayout()
        right.setSpacing(6)
        self.figure = CachedFigureView()
        self.figure.setMinimumSize(100, 80)
        self.timer = BigTimer()
        self.figure_and_timer = FigureAndTimer(self.figure, self.timer)
        right.addWidget(self.figure_and_timer, 1)
        # where you are and what comes next: under the timer, or in a low window beside the main button
        self.status = QWidget()
        self.status.setObjectName("playerStatus")
        sl = QVBoxLayout(self.status)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.setSpacing(6)
        self.where_label = _label(role="h2", name="whereLabel")
        self.where_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        sl.addWidget(self.where_label)
        self.next_label = _label(name="nextLabel")
        self.next_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        enlarge(self.next_label, 1.25)
        sl.addWidget(self.next_label)
        right.addWidget(self.status)
        self._right = right
        lay.addLayout(right, 6)
        return w

    # ========================================================= engine calls
    def _call(self, fn: Callable[..., Any], *args: Any) -> Any:
        """Call the engine, then deal with any saving problem and redraw."""
        result = fn(*args)
        if self.save_error and not self.engine.finished and self.engine.state != State.PAUSED:
            self.engine.pause()  # its pause event joins the unsaved ones, in order
        self.render()
        return result

    def tick(self) -> None:
        self._call(self.engine.advance)

    def _on_event(self, ev: EngineEvent) -> None:
        if ev.is_cue:
            self._cue(ev)
            return
        if ev.kind == "stop":
            self._stop_event = ev
        if not self.record:
            return  # a preview keeps nothing
        if self._unsaved or self.log is None:
            self._unsaved.append(ev)
            return
        try:
            seq = self.log.record(ev)
        except StoreError as exc:
            self._unsaved.append(ev)
            self._save_failed(str(exc))
            return
        self.event_saved.emit(seq, ev.kind)

    def _save_failed(self, message: str) -> None:
        self.save_error = message
        self.error_text.setText(
            f"<b>Saving failed.</b> {message} The session is paused so that nothing more is lost; "
            "what was saved before is safe. Press “Try again” when the problem is fixed.")
        self.error_banner.setVisible(True)

    def retry_save(self) -> bool:
        """Write the events kept in memory, in order; True when everything is saved."""
        while self._unsaved and self.log is not None:
            ev = self._unsaved[0]
            try:
                seq = self.log.record(ev)
            except StoreError as exc:
                self._save_failed(str(exc))
                return False
            self._unsaved.pop(0)
            self.event_saved.emit(seq, ev.kind)
        if self.engine.finished and not self._finished_saved:
            if not self._save_finish():
                return False
        self.save_error = None
        self.error_banner.setVisible(False)
        self.render()
        return True

    def _save_finish(self) -> bool:
        if self.log is None or self._unsaved:
            return False
        try:
            self.log.finish(self.engine.summary())
        except StoreError as exc:
            self._save_failed(str(exc))
            return False
        self._finished_saved = True
        self.ctx.notify("sessions")
        return True

    # ================================================================= cues
    def _cue(self, ev: EngineEvent) -> None:
        name = ev.cue or ""
        if self.clock.monotonic() - ev.at > STALE_CUE:
            return
        if self.cues.audible:
            # the cue player judges staleness on its own clock: pass the due time only when it is ours
            self.cues.play(name, ev.at if self.cues.clock is self.clock else None)
        if not self.cues.audible:
            self.timer.flash()
        self._check_sound_notice()

    def _check_sound_notice(self) -> None:
        text = self.cues.take_notice()
        if text:
            self.sound_notice_text.setText(text)
            self.sound_notice.setVisible(True)
            self._fit_hints()

    def _fit_hints(self) -> None:
        """The keys line shows when it fits on one line (every button shows its key as well), and "Sound off"
        when the notice that says so in full is not showing."""
        self.sound_state.setVisible(bool(self.sound_state.text()) and not self.sound_notice.isVisibleTo(self))
        m = self.layout().contentsMargins() if self.layout() else None
        room = self.width() - (m.left() + m.right() if m else 0)
        if self.sound_state.isVisibleTo(self) and self._hint_row.indexOf(self.sound_state) >= 0:
            room -= self.sound_state.sizeHint().width() + 12
        self.keys_hint.ensurePolished()
        need = QFontMetrics(self.keys_hint.font()).horizontalAdvance(self.keys_hint.text())
        self.keys_hint.setVisible(need <= room)

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001
        super().resizeEvent(event)
        self._set_low(self.height() < LOW_LINES * QFontMetrics(self.font()).height())
        self._fit_hints()

    @property
    def low(self) -> bool:
        """Whether the window is low for the text size (about 200 % text in 1024×600)."""
        return self._low

    def _set_low(self, low: bool) -> None:
        """In a low window the session strip gives way (the title still says which exercise of how many)
        and "where you are" moves from under the timer to beside the main button, leaving the figure and
        the timer room side by side."""
        if low == self._low:
            return
        self._low = low
        self.strip.setVisible(not low)
        align = Qt.AlignmentFlag.AlignLeft if low else Qt.AlignmentFlag.AlignCenter
        self.where_label.setAlignment(align)
        self.next_label.setAlignment(align)
        self.status.setProperty("fillsControls", low)
        if low:
            self._right.removeWidget(self.status)
            self._controls_row.addWidget(self.status)
            # "Sound off" goes under Stop rather than on a line of its own
            self._hint_row.removeWidget(self.sound_state)
            self._stop_col.insertWidget(1, self.sound_state, 0, Qt.AlignmentFlag.AlignRight)
        else:
            self._controls_row.removeWidget(self.status)
            self._right.addWidget(self.status)
            self._stop_col.removeWidget(self.sound_state)
            self._hint_row.addWidget(self.sound_state)
        self.status.show()
        self._fit_hints()

    # ============================================================== actions
    def primary_action(self) -> None:
        """Space: start an exercise, count a rep, go on to the next side, finish a walk or practice, leave."""
        if self.pages.currentIndex() == PAGE_END:
            self.leave()
            return
        if self.pages.currentIndex() != PAGE_EXERCISE or self.save_error:
            return
        snap = self.engine.snapshot()
        if snap.paused:
            self._call(self.engine.resume)
        elif snap.state == State.ACTIVE and snap.phase in ("walk", "practice"):
            note = self.note.text().strip() or None if snap.phase == "practice" else None
            self._call(self.engine.finish, note)
            self.note.clear()
        else:
            self._call(self.engine.tap)

    def next_action(self) -> None:
        """Right arrow: move on where nothing is counted (start, next side, leave)."""
        snap = self.engine.snapshot()
        if self.pages.currentIndex() == PAGE_END:
            self.leave()
        elif self.pages.currentIndex() == PAGE_EXERCISE and not snap.paused and (
                snap.state == State.INTRO or snap.phase == "switch_side"):
            self._call(self.engine.tap)

    def toggle_pause(self) -> None:
        if self.engine.state == State.PAUSED:
            if self.save_error and not self.retry_save():
                return
            self._call(self.engine.resume)
        else:
            self._call(self.engine.pause)

    def skip(self) -> None:
        if not self.save_error:
            self._call(self.engine.skip)

    def back(self) -> None:
        if not self.save_error:
            self._call(self.engine.back)

    def extend(self) -> None:
        self._call(self.engine.extend, 1.0)

    def answer_checkin(self, answer: str) -> None:
        if self.engine.snapshot().state not in (State.CHECKIN, State.PAUSED):
            return
        i = self.engine.snapshot().checkin_for
        self._call(self.engine.check_in, answer)
        if answer == "tingling" and not self.engine.finished and i is not None:
            ex = self.items[i].exercise
            self._intro_note = "Noted: mild tingling. " + safety.checkin_option("tingling", ex.nerve_glide).meaning
            self._shown_exercise = -1
            self.render()

    def ask_stop(self) -> None:
        """Stop: freeze every timer at once (pause), then ask what happened."""
        if self.engine.finished or self.pages.currentIndex() == PAGE_STOP:
            return
        self._paused_for_stop = False
        if self.engine.state in (State.INTRO, State.ACTIVE, State.CHECKIN):
            self._paused_for_stop = self.engine.pause()
        self.stop_panel.reset()
        self._timer.stop()
        self.pages.setCurrentIndex(PAGE_STOP)
        self.render()

    def cancel_stop(self) -> None:
        self.pages.setCurrentIndex(PAGE_EXERCISE)
        if self._paused_for_stop and self.engine.state == State.PAUSED and not self.save_error:
            self._paused_for_stop = False
            self._call(self.engine.resume)
        else:
            self.render()

    def stop(self, reason: str, detail: str | None = None) -> None:
        self._call(self.engine.stop, reason, detail)

    def leave(self) -> None:
        self._timer.stop()
        self.closed.emit()

    # ================================================================ render
    def render(self) -> None:
        """Draw the engine's state. Cheap when only time moved; everything is redrawn when anything else changed."""
        if self._start_failed:
            return
        snap = self.engine.snapshot()
        key = self._frame_key(snap)
        if key == self._last_key:
            self._render_moving(snap)
        else:
            self._last_key = key
            if self.engine.finished:
                self._show_end(snap)
            elif self.pages.currentIndex() == PAGE_STOP:
                pass
            elif (snap.paused_in if snap.paused else snap.state) == State.CHECKIN:
                self._show_checkin(snap)
            else:
                self._show_exercise(snap)
            self._render_frame(snap)
        self._schedule(snap)

    def _frame_key(self, snap: Snapshot) -> tuple:
        """Everything shown except what moves with time within a second."""
        return (self.engine.finished, self.pages.currentIndex(), snap.state, snap.paused, snap.exercise_index,
                snap.phase, snap.set, snap.side_index, snap.rep, snap.can_extend, snap.target_reached,
                snap.statuses, pv.timer_text(snap), self.save_error, self._intro_note, self.cues.audible)

    def _schedule(self, snap: Snapshot) -> None:
        """Run the repaint timer only while something moves: ~30 Hz while the figure moves, else when the
        digits change next (and at 10 Hz for the bar)."""
        running = (not self.engine.finished and self.pages.currentIndex() == PAGE_EXERCISE
                   and (snap.state == State.ACTIVE
                        or (snap.state == State.INTRO and self.engine.timings.intro_seconds is not None)))
        if not running:
            if self._timer.isActive():
                self._timer.stop()
            return
        if snap.phase_left is not None:
            to_digit = snap.phase_left % 1.0
        else:
            to_digit = 1.0 - (snap.elapsed % 1.0)
        if to_digit < 1e-3:
            to_digit = 1.0
        delay = min(SLOW_FRAME_MS, math.ceil(to_digit * 1000) + 2)
        step = pv.figure_step_seconds(snap)
        if step is not None:  # the figure moves: repaint when it reaches its next moment (at most ~30 Hz)
            delay = min(delay, max(FRAME_MS, round(step * 1000)))
        self._timer.start(delay)

    @property
    def running(self) -> bool:
        """Whether the repaint timer is running."""
        return self._timer.isActive()

    def _bar(self, snap: Snapshot) -> float | None:
        if snap.state not in (State.ACTIVE, State.PAUSED) or snap.phase is None or snap.phase == "practice":
            return None
        if snap.phase in ("get_ready", "hold", "rest", "set_rest", "switch_side", "move", "back", "release"):
            return 1.0 - snap.phase_fraction  # time left shrinks
        return snap.phase_fraction

    def _render_moving(self, snap: Snapshot) -> None:
        """Only what time moves: the bar, the figure, the session strip."""
        if self.pages.currentIndex() != PAGE_EXERCISE or snap.exercise is None:
            return
        self.timer.set_fraction(self._bar(snap))
        ex = snap.exercise.exercise
        step = pv.step_index(snap, ex)
        self.steps.set_current(step)
        self._show_picture(pv.picture(snap, ex, step))
        self.strip.set_state(self._names, snap.statuses, snap.exercise_index, snap.exercise_fraction)

    def _render_frame(self, snap: Snapshot) -> None:
        n = len(self.items)
        i = snap.exercise_index
        # no break inside a part: at large text the title wraps between "session", "week" and "exercise"
        parts = [f"{self.slot_name}\u00a0session", f"week\u00a0{self.week}"]
        if not self.engine.finished and n:
            parts.append(f"exercise\u00a0{i + 1}\u00a0of\u00a0{n}")
        self.session_title.setText(" · ".join(parts))
        self.session_title.setAccessibleName(" · ".join(parts).replace("\u00a0", " "))
        self.strip.set_state(self._names, snap.statuses, i, snap.exercise_fraction)
        self.stop_button.setVisible(not self.engine.finished)
        page = self.pages.currentIndex()
        self.controls.setVisible(not self.engine.finished and page != PAGE_STOP)
        self.button_row.setVisible(page == PAGE_EXERCISE)
        self.keys_hint.setText(CHECKIN_KEYS if page == PAGE_CHECKIN else KEYS_HINT)
        self.sound_state.setText("" if self.cues.audible else "Sound off: cues flash")
        self._fit_hints()
        if page != PAGE_EXERCISE or snap.exercise is None:
            self._set_controls(snap)
            return
        ex = snap.exercise.exercise
        step = pv.step_index(snap, ex)
        self.steps.set_current(step)
        self._show_picture(pv.picture(snap, ex, step))
        big, small = pv.timer_text(snap)
        self.timer.set_state(pv.phase_label(snap), big, small, self._bar(snap), snap.paused)
        self.timer.set_description(pv.timer_description(snap))
        for label, text in ((self.where_label, pv.where_text(snap)),
                            (self.next_label, pv.next_text(snap, self.items[i + 1].name if i + 1 < n else None))):
            label.setText(text)
            label.setVisible(bool(text))  # an empty line takes no room
        self._set_controls(snap)

    def _show_picture(self, pic: pv.Picture) -> None:
        fig = self.figure
        if pic.image:
            key = ("image", pic.image)
            if self._pic_key != key:
                self._pic_key = key
                fig.show_step(pic.figure, pic.image, self._image_dir, mirrored=pic.mirrored)
            return
        if pic.figure is None:
            if self._pic_key is not None:
                self._pic_key = None
                fig.clear()
            return
        key = ("figure", pic.figure, pic.mirrored)
        if self._pic_key != key:
            self._pic_key = key
            fig.set_figure(pic.figure, pic.mirrored, pic.t)
        elif pic.t is None:
            from coach.core.figure import figure_sequence

            fig.set_progress(figure_sequence(pic.figure).key_t)
        else:
            fig.set_progress(pic.t)

    def _show_exercise(self, snap: Snapshot) -> None:
        if self.pages.currentIndex() != PAGE_EXERCISE:
            self.pages.setCurrentIndex(PAGE_EXERCISE)
        if snap.exercise is None:
            return
        if snap.exercise_index != self._shown_exercise:
            self._shown_exercise = snap.exercise_index
            pe = snap.exercise
            ex = pe.exercise
            self.name_label.setText(ex.name)
            program_dose = ex.dose_text()
            today = re.sub(r"(\d) (?=\S)|(?<=\S) ×", lambda m: (m.group(1) or "") + "&nbsp;" +
                           ("" if m.group(1) else "×"), escape(pe.planned_text()))
            self.dose_label.setText(
                f"<span style='font-size:large'><b>Today: {today}</b></span>"
                + (f"<br>Program: {escape(program_dose)}" if program_dose else ""))
            self.steps.set_steps([s.text for s in ex.steps])
            cautions = list(ex.cautions)
            self.cautions.setText("\n".join(f"⚠ {c}" for c in cautions))
            self.cautions.setVisible(bool(cautions))
            self._pic_key = None
            self.note.clear()
        if snap.state == State.ACTIVE:
            self._intro_note = None  # said once, before the exercise it was about
        note = self._intro_note if snap.state == State.INTRO or (
            snap.paused and snap.paused_in == State.INTRO) else None
        if note:
            self.intro_note_text.setText(note)
        self.intro_note.setVisible(bool(note))

    def _show_checkin(self, snap: Snapshot) -> None:
        if self.pages.currentIndex() != PAGE_CHECKIN:
            i = snap.checkin_for if snap.checkin_for is not None else snap.exercise_index
            ex = self.items[i].exercise
            self.checkin.ask(ex.name, ex.nerve_glide)
            self.pages.setCurrentIndex(PAGE_CHECKIN)
            self._intro_note = None

    def _show_end(self, snap: Snapshot) -> None:
        if self._ended:
            return
        self._ended = True
        self._timer.stop()
        if not self._unsaved:
            self._save_finish()
        summary = self.engine.summary()
        if snap.state == State.STOPPED:
            self.end.show_stopped(summary, self._stop_where(summary), self._advice_html(summary))
            status = "stopped"
        else:
            self.end.show_summary(summary, self.slot_name)
            status = "completed"
        self.notice.setVisible(False)
        self.pages.setCurrentIndex(PAGE_END)
        self.end.done.setFocus()
        self.ended.emit(status)

    def _stop_where(self, summary: Summary) -> str:
        """What was recorded: the reason and where the session was (exercise, side, rep, set)."""
        ev = self._stop_event
        reason = summary.stop_reason or "user"
        what = JUST_ENDING[1] if reason == "user" else safety.stop_reason(reason).label
        detail = f" ({summary.stop_detail})" if summary.stop_detail else ""
        if ev is None or ev.exercise_index is None:
            return f"Saved: {what}{detail}."
        item = self.items[ev.exercise_index]
        parts = [item.name]
        if ev.side:
            parts.append(f"{ev.side} side")
        if ev.rep is not None and item.reps > 1:
            parts.append(f"rep {ev.rep} of {item.reps}")
        if ev.set is not None and item.sets > 1:
            parts.append(f"set {ev.set} of {item.sets}")
        return f"Saved: {what}{detail}, during {', '.join(parts)}."

    def _advice_html(self, summary: Summary) -> str:
        reason = summary.stop_reason or "user"
        i = summary.stopped_at
        item = self.items[i] if i is not None and 0 <= i < len(self.items) else None
        text = safety.stop_advice(reason, item.name if item else "", item.exercise.nerve_glide if item else False)
        paras = [p.strip() for p in text.split("\n\n") if p.strip()]
        # what to do right now stands out
        return "".join(f"<p><b>{escape(p)}</b></p>" if p.startswith("Now") else f"<p>{escape(p)}</p>"
                       for p in paras)

    # ------------------------------------------------------------- controls
    def _set_controls(self, snap: Snapshot) -> None:
        base = snap.paused_in if snap.paused else snap.state
        page = self.pages.currentIndex()
        on_ex = page == PAGE_EXERCISE and not self.engine.finished
        self.pause_button.setText("▶  Resume  (P)" if snap.paused else "❚❚  Pause  (P)")
        self.pause_button.setAccessibleName("Resume (P)" if snap.paused else "Pause (P)")
        self.pause_button.setEnabled(page in (PAGE_EXERCISE, PAGE_CHECKIN) and (
            snap.paused or base in (State.INTRO, State.ACTIVE, State.CHECKIN)))
        self.skip_button.setEnabled(on_ex and base in (State.INTRO, State.ACTIVE) and not self.save_error)
        self.back_button.setEnabled(on_ex and not self.save_error and (
            base == State.ACTIVE or (base == State.INTRO and snap.exercise_index > 0)))
        text, name = self._primary_text(snap) if on_ex else (None, None)
        self.primary.setVisible(text is not None)
        if text is not None:
            self.primary.setText(text)
            self.primary.setAccessibleName(name or text)
            self.primary.setEnabled(not self.save_error)
        walking = on_ex and base == State.ACTIVE and snap.phase == "walk"
        self.extend_button.setVisible(walking)
        if walking:
            top = pv.num((snap.max_seconds or 0) / 60)
            self.extend_button.setAccessibleName(f"Extend the walk by 1 minute, up to {top} minutes (E)")
            self.extend_button.setEnabled(snap.can_extend)
        self.note.setVisible(on_ex and base == State.ACTIVE and snap.phase == "practice")
        mode = (page, base, snap.exercise_index, snap.paused, text is not None, self.engine.finished)
        if mode != self._mode:
            self._mode = mode
            self._settle_focus(text is not None, page)

    def _primary_text(self, snap: Snapshot) -> tuple[str | None, str | None]:
        if snap.paused:
            return "▶  Resume  (Space)", "Resume (Space)"
        if snap.state == State.INTRO:
            return "▶  Start  (Space)", "Start the exercise (Space)"
        if snap.state != State.ACTIVE:
            return None, None
        ph = snap.phase
        if ph == "tap":
            return "✓  Rep done  (Space)", "Rep done (Space)"
        if ph == "switch_side":
            return f"Start the {snap.side} side now  (Space)", f"Start the {snap.side} side now (Space)"
        if ph == "walk":
            return "Finish walk  (Space)", "Finish the walk (Space)"
        if ph == "practice":
            return "✓  Done  (Space)", "Done practising (Space)"
        return None, None

    def settle_focus(self) -> None:
        """Put the keyboard focus where it belongs now (after the page is shown)."""
        self._mode = None
        self._last_key = None
        self.render()

    def _settle_focus(self, has_primary: bool, page: int) -> None:
        if page == PAGE_EXERCISE and has_primary:
            self.primary.setFocus()
        elif page == PAGE_END:
            self.end.done.setFocus()
        elif page == PAGE_CHECKIN:
            self.checkin.setFocus()  # never on an answer: Space must not answer for the user
        elif page == PAGE_STOP:
            self.stop_panel.setFocus()
        else:
            self.setFocus()

    # ================================================================= keys
    def keyPressEvent(self, event) -> None:  # noqa: N802, ANN001
        key = event.key()
        page = self.pages.currentIndex()
        K = Qt.Key
        if key in (K.Key_Escape, K.Key_MediaStop, K.Key_Stop):
            if page != PAGE_STOP:
                self.ask_stop()
        elif page == PAGE_STOP and K.Key_1 <= key <= K.Key_9:
            reason = self.stop_panel.reason_for_key(key - K.Key_0)
            if reason:
                self.stop_panel._choose(reason)
        elif page == PAGE_CHECKIN and K.Key_1 <= key <= K.Key_9:
            answer = self.checkin.answer_for_key(key - K.Key_0)
            if answer:
                self.answer_checkin(answer)
        elif key == K.Key_P and page in (PAGE_EXERCISE, PAGE_CHECKIN):
            self.toggle_pause()
        elif key in (K.Key_Space, K.Key_Return, K.Key_Enter) and page in (PAGE_EXERCISE, PAGE_END):
            self.primary_action()
        elif key == K.Key_S and page == PAGE_EXERCISE:
            self.skip()
        elif key == K.Key_Left and page == PAGE_EXERCISE:
            self.back()
        elif key == K.Key_Right:
            self.next_action()
        elif key == K.Key_E and page == PAGE_EXERCISE:
            self.extend()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # ================================================================ misc
    def _last_stop_note(self) -> str | None:
        from coach.store import safety as safety_store

        if not self.ctx.profile:
            return None
        try:
            return safety_store.last_stop_note(self.ctx.store, self.ctx.profile.id)
        except StoreError:
            return None

    def _fail_start(self, message: str) -> None:
        self.engine = SessionEngine((), self.clock)
        self._start_failed = True
        self._ended = True
        self.end.title.setText("The session could not be started")
        self.end.advice_box.setVisible(True)
        self.end.where.setText("Saving to your data file failed, so the session was not started "
                               "(nothing would be kept).")
        self.end.advice.setText(message)
        self.end.table.setText("")
        self.end.time.setText("")
        self.end.setAccessibleName("The session could not be started")
        self.pages.setCurrentIndex(PAGE_END)
        self.stop_button.setVisible(False)
        self.controls.setVisible(False)
        self.end.done.setFocus()

    def closeEvent(self, event) -> None:  # noqa: N802, ANN001
        self._timer.stop()
        super().closeEvent(event)


# ===================================================================== opening
def _message_page(window, title: str, text: str) -> QWidget:
    page = EndPanel()
    page.title.setText(title)
    page.advice_box.setVisible(True)
    page.where.setText(text)
    page.advice.setVisible(False)
    page.setAccessibleName(title)
    page.leave.connect(lambda: window.pop_page(page))
    return page


def _push(window, page: PlayerPage) -> PlayerPage:
    page.closed.connect(lambda: window.pop_page(page))
    window.push_page(page)
    page.settle_focus()
    return page


def blocked_reason(ctx: AppContext) -> str | None:
    """Why exercises may not be started now (from ``coach.store.safety``), or None."""
    from coach.store import safety as safety_store

    if not ctx.profile:
        return None
    return safety_store.exercise_block(ctx.store, ctx.profile.id)


def _blocked(window, ctx: AppContext) -> bool:
    reason = blocked_reason(ctx)
    if reason:
        window.push_page(_message_page(window, "Exercises cannot be started now", reason))
        return True
    return False


def close_interrupted(ctx: AppContext, slot_index: int) -> None:
    """Starting a slot afresh closes today's interrupted session of that slot (what it recorded is kept)."""
    from coach.store import sessions

    if not ctx.profile:
        return
    try:
        for row in sessions.interrupted_sessions(ctx.store, ctx.profile.id):
            if row.date == ctx.today() and row.slot_index == slot_index:
                session_log.close(ctx.store, session_log.read_interrupted(ctx.store, row, ctx.program))
    except StoreError:
        pass  # starting the new session will say what is wrong with the store


def start_slot(window, slot_index: int, **kw: Any) -> PlayerPage | None:
    """Open the player for one of today's session slots."""
    ctx: AppContext = window.ctx
    if _blocked(window, ctx):
        return None
    slot = next((s for s in ctx.today_slots() if s.index == slot_index), None)
    if slot is None:
        return None
    close_interrupted(ctx, slot.index)
    page = PlayerPage(ctx, slot.exercises, slot_index=slot.index, slot_name=slot.name, week=ctx.current_week(),
                      **kw)
    return _push(window, page)


def walk_exercise(ctx: AppContext) -> PlannedExercise | None:
    """This week's walk (a duration exercise), planned for the person's side, or None."""
    week = ctx.program.weeks[ctx.current_week_index()]
    ex = next((e for e in week.exercises if e.kind == "duration"), None)
    if ex is None:
        return None
    return plan_exercise(ex, ctx.profile.affected_side if ctx.profile else "unsure")


def start_walk(window, **kw: Any) -> PlayerPage | None:
    """Open the player for a stand-alone walk (logged as an extra session)."""
    ctx: AppContext = window.ctx
    if _blocked(window, ctx):
        return None
    pe = walk_exercise(ctx)
    if pe is None:
        return None
    close_interrupted(ctx, EXTRA_SLOT)
    page = PlayerPage(ctx, [pe], slot_index=EXTRA_SLOT, slot_name="Extra walk", week=ctx.current_week(), **kw)
    return _push(window, page)


def resume_session(window, session_id: int, **kw: Any) -> PlayerPage | None:
    """Open the player on an interrupted session, continuing where it was left."""
    ctx: AppContext = window.ctx
    if _blocked(window, ctx):
        return None
    from coach.store import sessions

    row = sessions.get_session(ctx.store, session_id)
    if row is None or row.status != sessions.IN_PROGRESS:
        return None
    it = session_log.read_interrupted(ctx.store, row, ctx.program)
    if it.resume.finished:
        session_log.settle(ctx.store, it)
        ctx.notify("sessions")
        return None
    page = PlayerPage(ctx, it.items, slot_index=row.slot_index, slot_name=row.slot_name or "Session",
                      week=row.week, interrupted=it, **kw)
    return _push(window, page)


def open_player(window, request: tuple[str, Any], **kw: Any) -> PlayerPage | None:
    """``("slot", index)``, ``("walk", None)`` or ``("resume", session_id)``; ignored while a player is open."""
    if isinstance(getattr(window, "page", None), PlayerPage):
        return None
    what, arg = request
    if what == "slot":
        return start_slot(window, int(arg), **kw)
    if what == "walk":
        return start_walk(window, **kw)
    if what == "resume":
        return resume_session(window, int(arg), **kw)
    raise ValueError(f"unknown player request {request!r}")
