"""Today: the current week, today's session slots with each exercise and its dose, and what is done.

What can start (the slots, their status, what blocks exercise, the walk) is
``coach.app.sessions.what_can_start``: the same answer the tray and the player use.
"""

from __future__ import annotations

import importlib
from html import escape as _escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coach.app import safety, sessions
from coach.app.sessions import StartOptions
from coach.core.i18n import QT_TRANSLATE_NOOP, translate
from coach.core.plan import SessionSlot
from coach.core.textfmt import long_day
from coach.ui.context import AppContext
from coach.ui.guide.today import phase_heading
from coach.ui.widgets.style import current_colors


def escape(text: str) -> str:
    """Text for a rich-text label (quotes are kept as they are)."""
    return _escape(text, quote=False)


# Notices at the top of Today (alerts, reminders): "module:function" entries, each a
# function (ctx) -> list[QWidget]. Listed here so each feature adds one line.
NOTICE_PROVIDERS: list[str] = ["coach.ui.safety.notices:safety_notices"]
NOTICE_PROVIDERS.append("coach.ui.diary.notice:evening_notice")
NOTICE_PROVIDERS.append("coach.ui.guide.today:phase_notices")

# First of all, above everything else: an interrupted session to resume (or close).
FIRST_PROVIDERS: list[str] = ["coach.ui.player.resume:interrupted_notices"]

# Rows under the session cards (e.g. "Log a walk"): "module:function" entries, each a function
# (ctx, options: coach.app.sessions.StartOptions) -> list[QWidget].
EXTRA_PROVIDERS: list[str] = ["coach.ui.player.resume:walk_row", "coach.ui.guide.today:between_sessions"]

STATUS_TEXT = {
    sessions.COMPLETED: QT_TRANSLATE_NOOP("today", "✓ Done"),
    sessions.STOPPED: QT_TRANSLATE_NOOP("today", "■ Stopped early"),
    sessions.IN_PROGRESS: QT_TRANSLATE_NOOP("today", "… Interrupted"),
    sessions.CLOSED: QT_TRANSLATE_NOOP("today", "Closed unfinished"),
    None: QT_TRANSLATE_NOOP("today", "Not started yet"),
}


def clear_layout(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        w = item.widget()
        if w is not None:
            w.setParent(None)
            w.deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())


def label(text: str, role: str | None = None, wrap: bool = True) -> QLabel:
    lab = QLabel(text)
    if role:
        lab.setProperty("role", role)
    lab.setWordWrap(wrap)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return lab


class SessionCard(QFrame):
    """One session slot: its exercises with their doses, its status and its Start button."""

    start_clicked = Signal(int)

    def __init__(self, slot: SessionSlot, status: str | None, parent=None):
        super().__init__(parent)
        self.slot = slot
        self.setProperty("role", "card")
        self.setObjectName(f"session-{slot.index}")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 14, 16, 14)
        head = QHBoxLayout()
        title = label(translate("today", "{name} session").format(name=slot.name), "h2", wrap=False)
        head.addWidget(title)
        head.addStretch(1)
        self.status = label(translate("today", STATUS_TEXT.get(status, "Not started yet")), "muted", wrap=False)
        self.status.setObjectName("status")
        head.addWidget(self.status)
        lay.addLayout(head)
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(6)
        colors = current_colors()
        for row, pe in enumerate(slot.exercises):
            summary = f"<br><span style='color:{colors.muted}'>{escape(pe.exercise.summary)}</span>" \
                if pe.exercise.summary else ""
            name = label(f"<b>{escape(pe.name)}</b>{summary}")
            text = escape(pe.exercise.dose_text())
            d = pe.exercise.dose
            if pe.note:
                # eased after a stop: today's dose and why, in words (never colour alone)
                text = (translate("today", "<b>Today: {planned_text}</b>, {eased}<br><span style='color:{muted}'>{note}</span>").format(planned_text=escape(pe.planned_text()), eased=escape(pe.eased), muted=colors.muted, note=escape(pe.note)))
            elif any(r is not None and r.is_range for r in (d.reps, d.sets, d.hold_seconds, d.duration_minutes)):
                text += translate("today", "<br><span style='color:{link}'>Today: {planned_text}</span>").format(link=colors.link, planned_text=escape(pe.planned_text()))
            dose = label(text)
            dose.setObjectName(f"dose-{pe.id}")
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(dose, row, 1, Qt.AlignmentFlag.AlignTop)
        for k, lo in enumerate(slot.left_out, len(slot.exercises)):
            name = label(translate("today", "<s>{name}</s> (left out today)").format(name=escape(lo.name)))
            name.setAccessibleName(translate("today", "{name}, left out today").format(name=lo.name))
            why = label(escape(lo.reason), "muted")
            why.setObjectName(f"leftOut-{lo.id}")
            grid.addWidget(name, k, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(why, k, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        lay.addLayout(grid)
        minutes = estimate_minutes(slot)
        self.start = QPushButton()
        self.start.setProperty("role", "primary")
        done = status == sessions.COMPLETED
        self.start.setText(translate("today", "Do it again") if done else translate("today", "Start {name} session").format(name=slot.name.lower()))
        self.start.setAccessibleName(translate("today", "Start the {name} session").format(name=slot.name.lower()))
        self.start.clicked.connect(lambda: self.start_clicked.emit(slot.index))
        lay.addWidget(label(translate("today", "{exercises} exercises · about {minutes} minutes").format(exercises=len(slot.exercises), minutes=minutes), "muted"))
        lay.addWidget(self.start, 0, Qt.AlignmentFlag.AlignRight)
        self.setAccessibleName(translate("today", "{name} session: {status}").format(name=slot.name, status=self.status.text()))

    def block(self, reason: str) -> None:
        """Keep Start disabled and say why on the card."""
        self.start.setEnabled(False)
        self.start.setProperty("role", None)  # look disabled, not like the main action
        self.start.style().unpolish(self.start)
        self.start.style().polish(self.start)
        self.start.setToolTip(reason)
        self.start.setAccessibleDescription(reason)
        note = label(translate("today", "Start is turned off. {reason}").format(reason=reason), "muted")
        note.setObjectName("blocked")
        self.layout().addWidget(note)


def estimate_minutes(slot: SessionSlot) -> int:
    total = 0.0
    for pe in slot.exercises:
        sides = max(1, len(pe.sides))
        if pe.kind == "hold":
            total += sides * pe.sets * pe.reps * (pe.hold_seconds + 5 + pe.rest_between_reps_seconds)
        elif pe.kind == "reps":
            per = pe.tempo.rep_seconds if pe.tempo else 3.0
            total += sides * pe.sets * pe.reps * per
        elif pe.kind == "duration":
            total += pe.duration_minutes * 60
        else:
            total += 5 * 60
        total += max(0, pe.sets - 1) * pe.rest_between_sets_seconds * sides + 30
    return max(1, round(total / 60))


class TodayScreen(QWidget):
    """Today's plan. ``start_session`` is emitted with a slot index when a session is started."""

    start_session = Signal(int)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(translate("today", "Today"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(translate("today", "Today, scrollable"))
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        self.body = QVBoxLayout(body)
        self.body.setContentsMargins(20, 16, 20, 16)
        self.body.setSpacing(12)
        self.first = QVBoxLayout()  # an interrupted session: the first thing on Today
        self.first.setSpacing(12)
        self.body.addLayout(self.first)
        self.title = label("", "h1")
        self.title.setObjectName("todayTitle")
        self.week = label("", "h2")
        self.week.setObjectName("weekLabel")
        self.goals = label("", "muted")
        self.body.addWidget(self.title)
        self.body.addWidget(self.week)
        self.body.addWidget(self.goals)
        self.notices = QVBoxLayout()
        self.body.addLayout(self.notices)
        self.cards = QVBoxLayout()
        self.cards.setSpacing(12)
        self.body.addLayout(self.cards)
        self.extras = QVBoxLayout()
        self.body.addLayout(self.extras)
        self.guidelines = QFrame()
        self.guidelines.setProperty("role", "notice")
        gl = QVBoxLayout(self.guidelines)
        gl.setContentsMargins(16, 12, 16, 12)
        self.guidelines_text = label("")
        gl.addWidget(self.guidelines_text)
        self.body.addWidget(self.guidelines)
        self.body.addStretch(1)
        self.session_cards: list[SessionCard] = []
        self.refresh()

    def refresh(self) -> None:
        ctx = self.ctx
        program = ctx.program
        today = ctx.today()
        week_no = ctx.current_week()
        week = program.weeks[ctx.current_week_index()]
        who = f", {ctx.profile.name}" if ctx.profile and ctx.profile.name else ""
        self.title.setText(translate("today", "Today{who}: {today}").format(who=who, today=long_day(today)))
        status = safety.week_status(ctx.app)
        before = ctx.profile and today < ctx.profile.start_date
        phase = phase_heading(ctx)  # after the weeks: the phase (maintenance) instead of the week
        if before:
            self.week.setText(
                translate("today", "Your program starts on {start_date}. Here is week 1 to look over.").format(start_date=long_day(ctx.profile.start_date))
            )
        elif phase is None:
            day = status.status.day if status else 1
            self.week.setText(translate("today", "Week {week_no} of {week_count}: {week} · day {day} on this week").format(week_no=week_no, week_count=program.week_count, week=week.title, day=day))
        self.goals.setText(translate("today", "Goals this week: ") + " ".join(week.goals) if week.goals else "")
        if phase is not None and not before:
            self.week.setText(phase[0])
            self.goals.setText(phase[1])
        clear_layout(self.first)
        for spec in FIRST_PROVIDERS:
            mod, fn = spec.split(":")
            for w in getattr(importlib.import_module(mod), fn)(ctx):
                self.first.addWidget(w)
        clear_layout(self.notices)
        if ctx.program_problem:
            self.notices.addWidget(self._notice(ctx.program_problem, "alert"))
        for spec in NOTICE_PROVIDERS:
            mod, fn = spec.split(":")
            for w in getattr(importlib.import_module(mod), fn)(ctx):
                self.notices.addWidget(w)
        clear_layout(self.cards)
        self.session_cards = []
        options: StartOptions = sessions.what_can_start(ctx.app)
        for slot in options.slots:
            card = SessionCard(slot, options.status.get(slot.index))
            card.start_clicked.connect(self.start_session.emit)
            self.cards.addWidget(card)
            self.session_cards.append(card)
        for card in self.session_cards:
            if options.block:
                card.block(options.block.short)
            elif not card.slot.exercises:
                card.block(sessions.NOTHING_LEFT)
        clear_layout(self.extras)
        for spec in EXTRA_PROVIDERS:
            mod, fn = spec.split(":")
            for w in getattr(importlib.import_module(mod), fn)(ctx, options):
                self.extras.addWidget(w)
        lines = "".join(f"<li>{g}</li>" for g in program.guidelines)
        self.guidelines.setVisible(bool(program.guidelines))
        self.guidelines_text.setText(translate("today", "<b>Keep in mind</b><ul style='margin-left:-20px'>{lines}</ul>").format(lines=lines))

    def _notice(self, text: str, role: str) -> QFrame:
        f = QFrame()
        f.setProperty("role", role)
        lay = QVBoxLayout(f)
        lay.setContentsMargins(14, 10, 14, 10)
        lay.addWidget(label(text))
        return f
