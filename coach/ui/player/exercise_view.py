"""The player's exercise page: the exercise's name, today's dose, a note before it starts, its steps and
cautions beside the figure, the big timer, and where you are with what comes next.

It draws one engine :class:`~coach.core.session.Snapshot` at a time with the
words of ``coach.ui.player.view``; it keeps no time and decides nothing.
"""

from __future__ import annotations

import math
import re
from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from coach.core.i18n import translate
from coach.core.session import Snapshot, State
from coach.ui.player import view as pv
from coach.ui.player.figure_frames import CachedFigureView
from coach.ui.player.layouts import FigureAndTimer
from coach.ui.player.panels import enlarge
from coach.ui.player.widgets import BigTimer, StepList
from coach.ui.widgets.kit import label as _label
from coach.ui.widgets.style import H2_PT, current_scale


def bar_fraction(snap: Snapshot) -> float | None:
    """How full the timer's bar is: time left shrinks, time done grows; None when there is no bar.

    The bar moves with the digits (whole seconds), never on its own, so that it never needs a wake or a
    repaint of its own.
    """
    if snap.state not in (State.ACTIVE, State.PAUSED) or snap.phase is None or snap.phase == "practice":
        return None
    f = snap.phase_fraction
    d = snap.phase_duration
    if snap.phase in ("get_ready", "hold", "rest", "set_rest", "switch_side", "move", "back", "release"):
        if d and snap.phase_left is not None:
            f = 1.0 - math.ceil(snap.phase_left - 1e-6) / d  # the seconds the digits show
        return min(1.0, max(0.0, 1.0 - f))
    if snap.phase == "walk" and snap.target:
        return min(1.0, math.floor(snap.elapsed + 1e-6) / snap.target)  # the whole seconds the clock shows
    return f


def dose_html(today: str, program_dose: str) -> str:
    """Today's dose in large type (no break between a number and its unit), the program's dose under it."""
    today = re.sub(r"(\d) (?=\S)|(?<=\S) ×", lambda m: (m.group(1) or "") + "&nbsp;" +
                   ("" if m.group(1) else "×"), escape(today))
    return (translate("player", "<span style='font-size:large'><b>Today: {today}</b></span>").format(today=today)
            + (translate("player", "<br>Program: {program_dose}").format(program_dose=escape(program_dose)) if program_dose else ""))


class ExerciseView(QWidget):
    """The exercise on the left (it scrolls on a small window), the figure and timer on the right."""

    def __init__(self, image_dir: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image_dir = image_dir  # where step images live
        self.shown = -1  # the exercise index whose texts are shown
        self._dose = ""  # today's dose as shown
        self._pic_key: tuple | None = None
        lay = QHBoxLayout(self)
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
        # a scroll area sizes its widget by its size hint, which wraps the text as if the column were wide: the
        # steps were squeezed and cut off at large text. The height the text needs at the real width is set here
        lw.installEventFilter(self)
        self.left_scroll.viewport().installEventFilter(self)
        self.left_scroll.setWidgetResizable(True)
        self.left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.left_scroll.setAccessibleName(translate("player", "Exercise and steps"))
        self.left_scroll.setMinimumWidth(260)
        self.left_scroll.setMaximumWidth(360)  # the rest goes to the figure and the timer
        lay.addWidget(self.left_scroll, 3)
        self.right = QVBoxLayout()
        self.right.setSpacing(6)
        self.figure = CachedFigureView()
        self.figure.setMinimumSize(100, 80)
        self.timer = BigTimer()
        self.figure_and_timer = FigureAndTimer(self.figure, self.timer)
        self.right.addWidget(self.figure_and_timer, 1)
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
        self.right.addWidget(self.status)
        lay.addLayout(self.right, 6)
        self._fitting = False

    # ------------------------------------------------------------ texts
    def show_exercise(self, snap: Snapshot) -> bool:
        """Show the snapshot's exercise (its texts are set once per exercise); True when it changed."""
        if snap.exercise is None or snap.exercise_index == self.shown:
            return False
        self.shown = snap.exercise_index
        pe = snap.exercise
        ex = pe.exercise
        self.name_label.setText(ex.name)
        self._dose = pv.today_text(snap)
        self.dose_label.setText(dose_html(self._dose, ex.dose_text()))
        self.steps.set_steps([s.text for s in ex.steps])
        cautions = list(ex.cautions)
        self.cautions.setText("\n".join(f"⚠ {c}" for c in cautions))
        self.cautions.setVisible(bool(cautions))
        self._pic_key = None
        return True

    def set_pain_ask(self, ask: QWidget) -> None:
        """The pain question before the first exercise: above the figure and the timer (which says "Ready"),
        where its 0–10 scale has the room it needs at any text size."""
        self.right.insertWidget(0, ask)
        ask.setVisible(False)

    # ----------------------------------------------------- readable sizes
    def scale_to(self, window_height: int) -> None:
        """The line with the rep and the side in large type that grows with the window (a twentieth of its
        height), and never smaller than a heading at the text size in use: larger text never shrinks it."""
        heading = round(H2_PT * current_scale() * self.logicalDpiY() / 72)
        px = max(heading, round(window_height / 20))
        if self.where_label.property("px") != px:
            self.where_label.setProperty("px", px)
            self.where_label.setStyleSheet(f"font-size: {px}px; font-weight: 700;")

    def eventFilter(self, obj, event) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest) and not self._fitting:
            self._fit_left()
        return super().eventFilter(obj, event)

    def _fit_left(self) -> None:
        """Give the left column's content the height its wrapped text needs at the column's real width, and keep
        the current step in view (its whole box, top and bottom)."""
        body = self.left_scroll.widget()
        width = self.left_scroll.viewport().width()
        lay = body.layout() if body is not None else None
        if lay is None or width <= 0:
            return
        self._fitting = True
        try:
            need = lay.totalHeightForWidth(width) if lay.hasHeightForWidth() else lay.sizeHint().height()
            if need > 0 and body.minimumHeight() != need:
                body.setMinimumHeight(need)
        finally:
            self._fitting = False
        QTimer.singleShot(0, self.steps, self.steps.show_current)

    def set_note(self, note: str | None) -> None:
        """The note shown above the steps before the exercise starts (None: none)."""
        if note:
            self.intro_note_text.setText(note)
        self.intro_note.setVisible(bool(note))

    def set_status_alignment(self, low: bool) -> None:
        align = Qt.AlignmentFlag.AlignLeft if low else Qt.AlignmentFlag.AlignCenter
        self.where_label.setAlignment(align)
        self.next_label.setAlignment(align)

    # ----------------------------------------------------------- moving
    def show_moment(self, snap: Snapshot) -> None:
        """Only what time moves: the digits (when they change), the bar, the current step and the figure."""
        if snap.exercise is None:
            return
        big, small = pv.timer_text(snap)
        if (big, small) != (self.timer.text(), self.timer.small()):
            self.timer.set_state(self.timer.label(), big, small, bar_fraction(snap), self.timer.paused())
            self.timer.set_description(pv.timer_description(snap))
        else:
            self.timer.set_fraction(bar_fraction(snap))
        self._show_step(snap)

    def show_figure(self, snap: Snapshot) -> None:
        """Only the figure's moment (and its step): what a wake between the digits' changes moves."""
        if snap.exercise is not None:
            self._show_step(snap)

    def show_frame(self, snap: Snapshot, next_name: str | None) -> None:
        """Everything that follows the snapshot: step, figure, timer, where you are and what comes next."""
        if snap.exercise is None:
            return
        self._show_step(snap)
        today = pv.today_text(snap)
        if today != self._dose:  # a walk extended with E: its new target here too
            self._dose = today
            self.dose_label.setText(dose_html(today, snap.exercise.exercise.dose_text()))
        big, small = pv.timer_text(snap)
        self.timer.set_state(pv.phase_label(snap), big, small, bar_fraction(snap), snap.paused)
        self.timer.set_description(pv.timer_description(snap))
        for lab, text in ((self.where_label, pv.where_text(snap)), (self.next_label, pv.next_text(snap, next_name))):
            lab.setText(text)
            lab.setVisible(bool(text))  # an empty line takes no room

    def _show_step(self, snap: Snapshot) -> None:
        ex = snap.exercise.exercise
        step = pv.step_index(snap, ex)
        self.steps.set_current(step)
        self._show_picture(pv.picture(snap, ex, step))

    def _show_picture(self, pic: pv.Picture) -> None:
        fig = self.figure
        if pic.image:
            key = ("image", pic.image)
            if self._pic_key != key:
                self._pic_key = key
                fig.show_step(pic.figure, pic.image, self.image_dir, mirrored=pic.mirrored)
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
