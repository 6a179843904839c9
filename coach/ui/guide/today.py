"""Today's parts that come from between sessions and after the weeks: the Guide and flare card, the heading and
plan of a phase (maintenance), and its weekly early-warning check.

Listed in ``coach.ui.today`` (``NOTICE_PROVIDERS``, ``EXTRA_PROVIDERS``,
``phase_heading``); the rules and texts are ``coach.core.maintenance``'s and
``coach.core.guide``'s, applied through ``coach.app.maintenance`` and
``coach.app.flare``.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from coach.app import flare, maintenance
from coach.app.sessions import StartOptions
from coach.core import maintenance as rules
from coach.core.i18n import translate
from coach.core.textfmt import long_day
from coach.store.db import StoreError
from coach.ui.context import AppContext
from coach.ui.widgets import kit
from coach.ui.widgets.layout import FlowLayout


def _card(name: str, role: str = "card") -> tuple[QFrame, QVBoxLayout]:
    f = QFrame()
    f.setProperty("role", role)
    f.setObjectName(name)
    lay = QVBoxLayout(f)
    lay.setContentsMargins(16, 12, 16, 12)
    lay.setSpacing(8)
    return f, lay


def _buttons(lay: QVBoxLayout) -> FlowLayout:
    box = QWidget()
    flow = FlowLayout(box, spacing=8)
    lay.addWidget(box)
    return flow


# ============================================================ between sessions
def between_sessions(ctx: AppContext, _options: StartOptions) -> list[QWidget]:
    """The Guide's way in and "I'm having a flare" (with today's flare, when one is recorded)."""
    if ctx.profile is None:
        return []
    card, lay = _card("betweenSessions")
    lay.addWidget(kit.label(translate("guide", "Between sessions"), "h2"))
    today_flare = flare.flare_on(ctx.app, ctx.today())
    text = (translate("guide", "How to sit, stand, sleep and lift, what eases symptoms and what to avoid: the Guide. If your symptoms flare, the flare plan takes you through what to do."))
    if today_flare is not None:
        text += translate("guide", " You opened the flare plan today at {started_at}.").format(started_at=today_flare.started_at[11:16])
    lay.addWidget(kit.label(text, name="betweenText"))
    flow = _buttons(lay)
    for title, topic, name in ((translate("guide", "Positions: sitting, standing, sleeping"), "sitting", "todayGuidePositions"),
                               (translate("guide", "What eases symptoms"), "relief", "todayGuideRelief")):
        b = kit.button(title, name, translate("guide", "Guide: {value}").format(value=title))
        b.clicked.connect(lambda _=False, t=topic: ctx.open_guide(t))
        flow.addWidget(b)
    fl = kit.button(translate("guide", "Open the flare plan again") if today_flare else translate("guide", "I'm having a flare"), "todayFlare",
                    role="primary")
    fl.clicked.connect(ctx.open_flare)
    flow.addWidget(fl)
    return [card]


# ================================================================== phases
def phase_heading(ctx: AppContext) -> tuple[str, str] | None:
    """The heading and goals line of Today in a phase after the weeks (None on the program's weeks)."""
    if ctx.profile is None:
        return None
    st = ctx.app.stage()
    if st.phase is None:
        return None
    today = ctx.today()
    head = (translate("guide", "{phase}, week {today} (since {since}): your {week_count} weeks are done").format(phase=st.phase.title, today=st.phase_week(today), since=long_day(st.since), week_count=ctx.program.week_count))
    goals = (translate("guide", "Goals now: ") + " ".join(st.phase.goals)) if st.phase.goals else ""
    return head, goals


def phase_notices(ctx: AppContext) -> list[QWidget]:
    """In a phase: what changes and the plan with this week's counts; the early-warning check when due."""
    if ctx.profile is None:
        return []
    st = ctx.app.stage()
    if st.phase is None:
        return []
    out: list[QWidget] = [_plan_card(ctx, st)]
    check = maintenance.check_state(ctx.app, st)
    if check.due:
        out.insert(0, CheckCard(ctx))
    elif check.last is not None and check.outcome is not None and check.outcome.level != rules.CLEAR \
            and check.open_return:
        out.insert(0, _outcome_card(ctx, check.outcome))
    return out


def _plan_card(ctx: AppContext, st: rules.Stage) -> QFrame:
    card, lay = _card("phasePlan")
    lay.addWidget(kit.label(translate("guide", "Your {phase} plan").format(phase=st.phase.title.lower()), "h2"))
    if st.phase.about:
        lay.addWidget(kit.label(escape(st.phase.about), name="phaseAbout", selectable=True))
    rows = []
    for t in maintenance.targets(ctx.app, st):
        tick = "✓ " if t.met else ""
        rows.append(f"<li><b>{escape(t.exercise.name)}</b>: {escape(t.exercise.dose_text())} · {tick}"
                    f"{escape(t.text())}</li>")
    first, last = st.week_span(ctx.today())
    lay.addWidget(kit.label(translate("guide", "This week ({first} to {last}):<ul style='margin-left:-20px'>{rows}</ul>").format(first=long_day(first), last=long_day(last), rows=''.join(rows)), name="phaseTargets",
                            selectable=True))
    lay.addWidget(kit.label(translate("guide", "Today's sessions below hold what is still to do this week."), "muted"))
    back_label = kit.label(translate("guide", "Go back to"), wrap=False)
    weeks = QComboBox()
    weeks.setObjectName("phaseBackWeek")
    weeks.setAccessibleName(translate("guide", "Week to go back to"))
    for w in ctx.program.weeks:
        weeks.addItem(translate("guide", "week {w}: {w2}").format(w=w.number, w2=w.title), w.number)
    back_label.setBuddy(weeks)
    go = kit.button(translate("guide", "Go back"), "phaseGoBack", translate("guide", "Go back to the chosen week"))
    go.clicked.connect(lambda: _go_back(ctx, weeks.currentData(), card))
    guide = kit.button(translate("guide", "Guide: after the four weeks"), "phaseGuide")
    guide.clicked.connect(lambda: ctx.open_guide("after"))
    pick = QWidget()  # the label stays with its box when the row wraps (large text, a narrow window)
    pl = QHBoxLayout(pick)
    pl.setContentsMargins(0, 0, 0, 0)
    pl.addWidget(back_label)
    pl.addWidget(weeks)
    flow = _buttons(lay)
    for wgt in (pick, go, guide):
        flow.addWidget(wgt)
    return card


def _go_back(ctx: AppContext, week: int, parent: QWidget | None = None) -> None:
    title = next((w.title for w in ctx.program.weeks if w.number == int(week)), "")
    if not kit.confirm(parent, translate("guide", "Go back to an earlier week"),
                       translate("guide", "Go back to week {week} ({value}) from today?").format(week=week, value=title), translate("guide", "Go back to week {week}").format(week=week),
                       detail=translate("guide", "Today then shows that week's sessions, and the weeks follow on from it. The maintenance plan starts again once the last week is done.")):
        return
    try:
        ctx.apply(maintenance.return_to_week(ctx.app, int(week)))
    except StoreError as exc:
        kit.tell(None, translate("guide", "Could not go back"), str(exc), warning=True)


def _outcome_card(ctx: AppContext, outcome: rules.CheckOutcome) -> QFrame:
    card, lay = _card("checkOutcome", "alert" if outcome.level == rules.CLINICIAN else "notice")
    lay.addWidget(kit.label(f"<b>{escape(outcome.title)}</b>", name="checkOutcomeTitle"))
    lay.addWidget(kit.label(escape(outcome.text), name="checkOutcomeText", selectable=True))
    flow = _buttons(lay)
    if outcome.back_to_week:
        b = kit.button(translate("guide", "Go back to week {back_to_week}").format(back_to_week=outcome.back_to_week), "checkGoBack", role="primary")
        b.clicked.connect(lambda: _go_back(ctx, outcome.back_to_week, card))
        flow.addWidget(b)
    fl = kit.button(translate("guide", "Open the flare plan"), "checkFlare")
    fl.clicked.connect(ctx.open_flare)
    flow.addWidget(fl)
    return card


class CheckCard(QFrame):
    """The weekly early-warning check: the four signs of Section 13, ticked or not, then Save."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setProperty("role", "notice")
        self.setObjectName("earlyWarningCheck")
        self.setAccessibleName(translate("guide", "Weekly check: early warning signs"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.addWidget(kit.label(translate("guide", "<b>Weekly check: early warning signs</b>"), name="checkTitle"))
        lay.addWidget(kit.label(translate("guide", "Since your last check, have you noticed any of these? Tick those that apply."),
                                name="checkIntro"))
        self.boxes: dict[str, QCheckBox] = {}
        for sign in rules.SIGNS:
            cb = QCheckBox(sign.question)
            cb.setObjectName(f"sign-{sign.id}")
            cb.setAccessibleName(sign.question)
            cb.toggled.connect(self._update)
            lay.addWidget(_wrapping(cb))
            self.boxes[sign.id] = cb
        row = QHBoxLayout()
        row.addStretch(1)
        self.save = kit.button(translate("guide", "None of these"), "checkSave", role="primary")
        self.save.clicked.connect(self.submit)
        row.addWidget(self.save)
        lay.addLayout(row)

    def answers(self) -> dict[str, bool]:
        return {k: cb.isChecked() for k, cb in self.boxes.items()}

    def _update(self) -> None:
        any_ticked = any(self.answers().values())
        self.save.setText(translate("guide", "Save my answers") if any_ticked else translate("guide", "None of these"))
        self.save.setAccessibleName(self.save.text())

    def submit(self) -> None:
        try:
            done = maintenance.answer_check(self.ctx.app, self.answers())
        except StoreError as exc:
            kit.tell(self, translate("guide", "Could not save the check"), str(exc), warning=True)
            return
        self.ctx.apply(done.changes)


def _wrapping(cb: QCheckBox) -> QWidget:
    """A check box whose long question wraps: the box with an empty text and a label beside it."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    text = cb.text()
    cb.setText("")
    lab = kit.label(text)
    lab.setBuddy(cb)
    lab.mousePressEvent = lambda _e: cb.toggle()  # clicking the words ticks the box, as with a plain check box
    row.addWidget(cb, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(lab, 1)
    return box
