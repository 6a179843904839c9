"""The player's full-area panels: the check-in, the Stop question, and the end of a session.

Each panel only shows choices and reports the one made (a Qt signal); the
player passes it on to the engine. The words for check-in answers, stop
reasons and the advice after a stop come from ``coach.core.safety``.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coach.core import safety
from coach.core.session import ExerciseResult, Summary
from coach.ui.player_view import minutes_words, num


def _label(text: str, role: str | None = None, *, wrap: bool = True, name: str | None = None) -> QLabel:
    lab = QLabel(text)
    lab.setWordWrap(wrap)
    if role:
        lab.setProperty("role", role)
    if name:
        lab.setObjectName(name)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return lab


def enlarge(w: QWidget, factor: float, bold: bool = False) -> None:
    """Text ``factor`` times the app's size (a widget style sheet: the app's sheet sets every font size)."""
    pt = QApplication.font().pointSizeF() * factor
    w.setStyleSheet(f"font-size: {pt:.1f}pt;" + (" font-weight: 600;" if bold else ""))


def big_button(text: str, name: str, accessible: str, *, role: str | None = None, height: int = 72) -> QPushButton:
    b = QPushButton(text)
    b.setObjectName(name)
    b.setAccessibleName(accessible)
    b.setMinimumHeight(height)
    b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    if role:
        b.setProperty("role", role)
    enlarge(b, 1.35, bold=True)
    return b


# ----------------------------------------------------------------- check-in
CHECKIN_MARKS = {"fine": "✓", "tingling": "≈", "sharp_pain": "✕", "weakness": "⚠"}
JUST_ENDING = ("user", "Just ending early")  # the engine's plain stop: no symptom


class CheckinPanel(QWidget):
    """"How did it feel?": four big answers with keys 1–4."""

    answered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkinPanel")
        self.setAccessibleName("Check-in")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 12, 24, 12)
        lay.setSpacing(14)
        self.question = _label("", "h1", name="checkinQuestion")
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(self.question)
        self.hint = _label("Press 1, 2, 3 or 4, or choose an answer. One tap is enough.", "muted")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(self.hint)
        grid = QGridLayout()
        grid.setSpacing(14)
        self.buttons: dict[str, QPushButton] = {}
        self.meanings: dict[str, QLabel] = {}
        for k, opt in enumerate(safety.checkin_options(False)):
            b = big_button(f"{k + 1}   {CHECKIN_MARKS.get(opt.id, '')}  {opt.label}", f"checkin-{opt.id}",
                           f"{opt.label} (key {k + 1})", height=88)
            if opt.ends_session:
                b.setProperty("role", "danger")
            b.clicked.connect(lambda _=False, a=opt.id: self.answered.emit(a))
            meaning = _label("", "muted", name=f"meaning-{opt.id}")
            cell = QVBoxLayout()
            cell.setSpacing(4)
            cell.addWidget(b)
            cell.addWidget(meaning)
            cell.addStretch(1)
            grid.addLayout(cell, k // 2, k % 2)
            self.buttons[opt.id] = b
            self.meanings[opt.id] = meaning
        lay.addLayout(grid)
        lay.addStretch(1)

    def ask(self, exercise_name: str, nerve_glide: bool) -> None:
        self.question.setText(f"How did {escape(exercise_name).lower()} feel?")
        self.setAccessibleDescription(f"How did {exercise_name} feel? Press 1 to 4.")
        for opt in safety.checkin_options(nerve_glide):
            self.meanings[opt.id].setText(opt.meaning)
            self.buttons[opt.id].setAccessibleDescription(opt.meaning)

    def answer_for_key(self, digit: int) -> str | None:
        answers = safety.CHECKIN_ANSWERS
        return answers[digit - 1] if 1 <= digit <= len(answers) else None


# --------------------------------------------------------------------- stop
class StopPanel(QWidget):
    """"What happened?" after Stop: the reasons with keys 1–5, a note for "something else", and a way back."""

    chosen = Signal(str, object)  # reason, detail (str or None)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stopPanel")
        self.setAccessibleName("Stop the session")
        self.setAccessibleDescription("Everything is paused. What happened? Press 1 to 5.")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 12, 24, 12)
        lay.setSpacing(10)
        head = _label("Everything is paused. What happened?", "h1", name="stopQuestion")
        head.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(head)
        hint = _label("Press the number key or choose. Your answer is saved with where you were.", "muted")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(hint)
        self.buttons: dict[str, QPushButton] = {}
        choices = [(r.id, r.label) for r in safety.STOP_REASONS] + [JUST_ENDING]
        self.reasons = tuple(r for r, _ in choices)
        for k, (reason, text) in enumerate(choices):
            b = big_button(f"{k + 1}   {text}", f"stop-{reason}", f"{text} (key {k + 1})",
                           role="danger" if reason in safety.SESSION_ENDING_ANSWERS else None, height=58)
            b.clicked.connect(lambda _=False, r=reason: self._choose(r))
            self.buttons[reason] = b
            if reason == "other":
                row = QHBoxLayout()
                row.addWidget(b, 2)
                self.detail = QLineEdit()
                self.detail.setObjectName("stopDetail")
                self.detail.setPlaceholderText("What happened? (optional)")
                self.detail.setAccessibleName("What happened (optional)")
                self.detail.setMinimumHeight(52)
                self.detail.returnPressed.connect(lambda: self._choose("other"))
                row.addWidget(self.detail, 3)
                lay.addLayout(row)
            else:
                lay.addWidget(b)
        lay.addSpacing(8)
        self.back = QPushButton("Go back to the exercise")
        self.back.setObjectName("stopCancel")
        self.back.setAccessibleName("Go back to the exercise (continue the session)")
        self.back.setMinimumHeight(44)
        self.back.clicked.connect(self.cancelled.emit)
        foot = QHBoxLayout()
        foot.addStretch(1)
        foot.addWidget(self.back)
        lay.addLayout(foot)
        lay.addStretch(1)

    def reset(self) -> None:
        self.detail.clear()

    def reason_for_key(self, digit: int) -> str | None:
        return self.reasons[digit - 1] if 1 <= digit <= len(self.reasons) else None

    def _choose(self, reason: str) -> None:
        detail = self.detail.text().strip() if reason == "other" else None
        self.chosen.emit(reason, detail or None)


# ------------------------------------------------------------------- ending
def result_text(r: ExerciseResult) -> str:
    """Done versus planned for one exercise, in words."""
    if r.status == "skipped":
        done = f" after {num(r.done_units)} {r.unit}" if r.done_units else ""
        return f"Skipped{done}"
    if r.status == "pending":
        return "Not reached"
    if r.kind in ("hold", "reps"):
        text = f"{num(r.done_units)} of {num(r.planned_units or 0)} {r.unit}"
        if r.planned_sets > 1:
            text += f" ({r.sets_done} of {r.planned_sets} sets)"
    elif r.kind == "duration":
        text = f"{minutes_words(r.done_units)} of {num(r.planned_minutes or 0)} min"
    else:
        text = f"{minutes_words(r.done_units)} practised" if r.done_units else "Practised"
    if r.status == "stopped":
        text += ", stopped here"
    elif r.status == "active":
        text += ", not finished"
    elif r.partial:
        text += ", ended early"
    return text


def summary_html(summary: Summary) -> str:
    rows = []
    for r in summary.exercises:
        answer = safety.checkin_option(r.checkin).label if r.checkin else "—"
        note = f"<br><i>Note: {escape(r.note)}</i>" if r.note else ""
        rows.append(
            f"<tr><td style='padding:4px 14px 4px 0'><b>{escape(r.name)}</b></td>"
            f"<td style='padding:4px 14px 4px 0'>{escape(result_text(r))}{note}</td>"
            f"<td style='padding:4px 0'>{escape(answer)}</td></tr>")
    head = ("<tr><th align='left' style='padding-right:14px'>Exercise</th>"
            "<th align='left' style='padding-right:14px'>Done</th><th align='left'>How it felt</th></tr>")
    return f"<table cellspacing='0'>{head}{''.join(rows)}</table>"


def time_text(summary: Summary) -> str:
    text = f"Time exercising: {minutes_words(summary.total_seconds / 60)}"
    if summary.paused_seconds >= 1:
        text += f" (pauses not counted: {minutes_words(summary.paused_seconds / 60)} paused)"
    return text


class EndPanel(QWidget):
    """The end of a session: the summary, or after a stop what to do now. One button back to Today."""

    leave = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("endPanel")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        lay = QVBoxLayout(body)
        lay.setContentsMargins(28, 16, 28, 16)
        lay.setSpacing(12)
        self.title = _label("", "h1", name="endTitle")
        lay.addWidget(self.title)
        self.advice_box = QFrame()
        self.advice_box.setProperty("role", "alert")
        ab = QVBoxLayout(self.advice_box)
        ab.setContentsMargins(18, 14, 18, 14)
        self.where = _label("", name="stopWhere")
        f = self.where.font()
        f.setBold(True)
        self.where.setFont(f)
        self.advice = _label("", name="stopAdvice")
        self.advice.setTextFormat(Qt.TextFormat.RichText)
        ab.addWidget(self.where)
        ab.addWidget(self.advice)
        lay.addWidget(self.advice_box)
        self.table = _label("", name="summaryTable")
        self.table.setTextFormat(Qt.TextFormat.RichText)
        enlarge(self.table, 1.2)
        lay.addWidget(self.table)
        self.time = _label("", name="summaryTime")
        enlarge(self.time, 1.2)
        lay.addWidget(self.time)
        self.save_note = _label("", "muted", name="saveNote")
        lay.addWidget(self.save_note)
        lay.addStretch(1)
        foot = QHBoxLayout()
        foot.addStretch(1)
        self.done = big_button("Back to Today  (Space)", "endDone", "Back to Today", role="primary", height=60)
        self.done.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.done.setMinimumWidth(300)
        self.done.clicked.connect(self.leave.emit)
        foot.addWidget(self.done)
        lay.addLayout(foot)

    def show_summary(self, summary: Summary, slot_name: str) -> None:
        self.title.setText(f"✓ {slot_name} session complete")
        self.setAccessibleName("Session summary")
        self.advice_box.setVisible(False)
        self._fill(summary)
        self.done.setText("Done  (Space)")
        self.done.setAccessibleName("Done: back to Today")

    def show_stopped(self, summary: Summary, where: str, advice: str) -> None:
        self.title.setText("■ Session stopped")
        self.setAccessibleName("Session stopped")
        self.advice_box.setVisible(True)
        self.where.setText(where)
        self.advice.setText(advice)
        self.advice_box.setAccessibleName("What to do now")
        self.advice_box.setAccessibleDescription(self.advice.text())
        self._fill(summary)
        self.done.setText("Back to Today  (Space)")
        self.done.setAccessibleName("Back to Today")

    def _fill(self, summary: Summary) -> None:
        self.table.setText(summary_html(summary))
        self.time.setText(time_text(summary))
