"""Today's banner for an interrupted session (Resume / Close it), and the "Log a walk" row.

Both are plain functions listed in ``coach.ui.today``: ``interrupted_notices(ctx)``
and ``walk_row(ctx, options)`` (what can start, from ``coach.app.sessions``).

A session still ``in_progress`` when Today is shown was interrupted (the app
was killed or the machine died): the banner says when it was, what was done
and where it would continue (read from its events by ``position_after``), and
offers **Resume** (same day only: the player continues it, appending to the
same session) or **Close it** (everything recorded is kept; the session is
marked closed, ``coach.app.sessions.close``).
"""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from coach.app import sessions
from coach.app.sessions import EXTRA_SLOT, Interrupted, StartOptions
from coach.core.i18n import translate
from coach.core.textfmt import long_day
from coach.store.db import StoreError
from coach.ui.context import AppContext
from coach.ui.widgets.kit import label

_label = partial(label, selectable=True)

# The player's modules (and the figure library under them) load only when an
# interrupted session is shown: Today itself starts without them.


def describe(it: Interrupted, today) -> tuple[str, str, str]:
    """(headline, what was done, where it would continue) in words."""
    from coach.ui.player.end_panel import result_text
    from coach.ui.player.view import resume_text

    row = it.row
    day = translate("player", "today") if row.date == today else translate("player", "on {date}").format(date=long_day(row.date))
    slot = row.slot_name.lower() if row.slot_name else translate("player", "exercise")
    what = translate("player", "extra walk") if row.slot_index == EXTRA_SLOT else translate("player", "{slot} session").format(slot=slot)
    head = translate("player", "Your {what} {day} (week {week}) was interrupted before it ended.").format(what=what, day=day, week=row.week)
    unfinished = translate("player", ", not finished")
    done = [f"{r.name}: {result_text(r).replace(unfinished, '')}" for r in it.resume.results
            if r.status in ("done", "skipped", "active") and (r.status != "active" or r.done_units)]
    done_text = translate("player", "Recorded so far: ") + "; ".join(done) + "." if done else translate("player", "Nothing was recorded yet.")
    r = it.resume
    if r.checkin_due is not None:
        where = translate("player", "It continues with the check-in for {name}.").format(name=it.items[r.checkin_due].name)
    elif r.position is not None:
        item = it.items[r.position.exercise_index]
        text = resume_text(item, r.position)
        prefix = translate("player", "Continuing from ")
        where = translate("player", "It continues with {name}").format(name=item.name) + (f": {text[len(prefix):]}." if text.startswith(prefix) else ".")
    else:
        where = translate("player", "Every exercise was dealt with; it continues to the end.")
    return head, done_text, where


def interrupted_notices(ctx: AppContext) -> list[QWidget]:
    """One banner per interrupted session of the active profile."""
    return [InterruptedBanner(ctx, it) for it in sessions.interrupted(ctx.app)]


class InterruptedBanner(QFrame):
    """An interrupted session with Resume and Close it."""

    def __init__(self, ctx: AppContext, it: Interrupted, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.it = it
        self.setProperty("role", "notice")
        self.setObjectName(f"interrupted-{it.session_id}")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.setSpacing(6)
        head, done, where = describe(it, ctx.today())
        self.same_day = it.row.date == ctx.today()
        self.head = _label(f"<b>{head}</b>", name="interruptedHead")
        self.done = _label(done, name="interruptedDone")
        self.where = _label(where if self.same_day else
                            translate("player", "It was on an earlier day, so it cannot be continued now. Closing it keeps everything that was recorded."), name="interruptedWhere")
        for w in (self.head, self.done, self.where):
            lay.addWidget(w)
        self.problem = _label("", name="interruptedProblem")
        self.problem.setVisible(False)
        lay.addWidget(self.problem)
        row = QHBoxLayout()
        row.addStretch(1)
        self.close_button = QPushButton(translate("player", "Close it"))
        self.close_button.setObjectName("closeInterrupted")
        self.close_button.setAccessibleName(translate("player", "Close the interrupted session (keep what was recorded)"))
        self.close_button.clicked.connect(self.close_session)
        row.addWidget(self.close_button)
        self.resume_button = QPushButton(translate("player", "Resume"))
        self.resume_button.setObjectName("resumeInterrupted")
        self.resume_button.setProperty("role", "primary")
        self.resume_button.setAccessibleName(translate("player", "Resume the interrupted session. {where}").format(where=where))
        self.resume_button.clicked.connect(lambda: ctx.request_play("resume", it.session_id))
        self.resume_button.setVisible(self.same_day)
        row.addWidget(self.resume_button)
        lay.addLayout(row)
        self.setAccessibleName(head)
        self.setAccessibleDescription(f"{done} {self.where.text()}")

    def close_session(self) -> None:
        try:
            changes = sessions.close(self.ctx.app, self.it)
        except StoreError as exc:
            self.problem.setText(translate("player", "It could not be closed: {exc}").format(exc=exc))
            self.problem.setVisible(True)
            return
        self.ctx.apply(changes)


# ------------------------------------------------------------------ walking
def walk_row(ctx: AppContext, options: StartOptions | None = None) -> list[QWidget]:
    """"Log a walk" when this week's walking dose allows more walks than the day's sessions hold."""
    options = options or sessions.what_can_start(ctx.app)
    walk = options.walk
    if walk is None:
        return []
    ex = walk.exercise
    box = QFrame()
    box.setProperty("role", "card")
    box.setObjectName("walkRow")
    lay = QHBoxLayout(box)
    lay.setContentsMargins(16, 10, 16, 10)
    dose = ex.dose.duration_minutes
    minutes = translate("player", "{dose} min").format(dose=dose) if dose else ""
    times = ex.dose.times_per_day
    if walk.left:
        text = (translate("player", "<b>{name}</b> is {times}× daily this week: your sessions include {in_sessions}, and you can log {left:g} more walk{left2} of {minutes} on its own today.").format(name=ex.name, times=times, in_sessions=walk.in_sessions, left=walk.left, left2='s' if walk.left != 1 else '', minutes=minutes))
    else:
        text = (translate("player", "<b>{name}</b>: ✓ today's extra walk{allowed} logged ({done} of {allowed2}).").format(name=ex.name, allowed='s are' if walk.allowed != 1 else ' is', done=walk.done, allowed2=walk.allowed))
    lab = _label(text, name="walkText")
    lay.addWidget(lab, 1)
    b = QPushButton(translate("player", "Log a walk"))
    b.setObjectName("logWalk")
    b.setAccessibleName(translate("player", "Log a walk on its own"))
    blocked = options.block.text if options.block else None
    b.setEnabled(bool(walk.left) and not blocked)
    if blocked:
        b.setToolTip(blocked)
        b.setAccessibleDescription(blocked)
    b.clicked.connect(lambda: ctx.request_play("walk"))
    lay.addWidget(b)
    box.setAccessibleName(lab.text().replace("<b>", "").replace("</b>", ""))
    return [box]
