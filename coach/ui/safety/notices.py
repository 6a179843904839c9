"""Safety notices on Today: exercises blocked or paused by warning signs, the exercises left out until a clinician
has seen the person, the stop that ended today's exercise, trend alerts and good signs, paused exercises, the week's
review, what is eased today after a stop, and a way to answer the warning-sign questions at any time. In clinician
mode: allowing exercise again after a stop, and setting the week, each with a reason.

``safety_notices(ctx)`` is listed in ``today.NOTICE_PROVIDERS``; what it shows
is read by ``coach.app.safety.notices``. Every button calls its use case in
``coach.app.safety`` (one transaction) and hands what changed to
``ctx.apply`` so the screen redraws. The rules live in ``coach.core``; this
module only shows their results.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coach.app import safety
from coach.app.changes import Changes, Done
from coach.core import safety as rules
from coach.core.i18n import QT_TRANSLATE_NOOP, translate
from coach.core.progression import WeekReview
from coach.core.safety_texts import holds_block_text
from coach.core.trends import TrendAlert
from coach.core.warning_signs import Holds
from coach.store.db import StoreError
from coach.ui.context import AppContext
from coach.ui.safety.warning_signs import WarningSignsDialog, open_outcome
from coach.ui.widgets.kit import label

_label = partial(label, selectable=True)

ADVICE = {
    rules.EMERGENCY: (QT_TRANSLATE_NOOP("safety", "With back or leg pain this needs to be checked the same day: go to an emergency department now, or call your local emergency number.")),
    rules.SEE_DOCTOR_SOON: QT_TRANSLATE_NOOP("safety", "Call your doctor or physiotherapist promptly and tell them what changed."),
}


def _frame(role: str, name: str, title: str, text: str) -> tuple[QFrame, QVBoxLayout]:
    f = QFrame()
    f.setProperty("role", role)
    f.setObjectName(name)
    lay = QVBoxLayout(f)
    lay.setContentsMargins(14, 10, 14, 12)
    lay.setSpacing(6)
    lay.addWidget(_label(title, "h2", name="title"))
    lay.addWidget(_label(text, None, name="text"))
    f.setAccessibleName(title)
    f.setAccessibleDescription(text)
    return f, lay


def _button(text: str, accessible: str, on_click: Callable[[], None], role: str | None = None) -> QPushButton:
    b = QPushButton(text)
    b.setAccessibleName(accessible)
    if role:
        b.setProperty("role", role)
    b.clicked.connect(on_click)
    return b


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for w in widgets:
        row.addWidget(w)
    row.addStretch(1)
    return row


def _save(ctx: AppContext, parent: QWidget, use_case: Callable[[], Changes | Done]) -> bool:
    """Run one use case, tell the screens what changed, and say so plainly when it could not be saved (or the
    answer cannot be taken: the message says why). True when it was saved."""
    try:
        result = use_case()
    except StoreError as exc:
        QMessageBox.critical(parent.window(), translate("safety", "Not saved"), str(exc))
        return False
    except (ValueError, PermissionError) as exc:
        QMessageBox.warning(parent.window(), translate("safety", "Not saved"), str(exc))
        return False
    ctx.apply(result)
    return True


# ------------------------------------------------------------- a clinician's visit
def _visit_row(ctx: AppContext, f: QFrame, holds: Holds, button_text: str) -> QVBoxLayout:
    """"A clinician has seen me since I reported this" with the date of the visit, and the button that records it.

    The date is asked: a visit before the day a sign was reported does not end it
    (``coach.core.warning_signs.visit_problem``).
    """
    today = ctx.today()
    first = holds.earliest_visit or today
    box = QVBoxLayout()
    check = QCheckBox(translate("safety", "A clinician has seen me about this since I reported it"))
    check.setObjectName("assessed")
    check.setAccessibleName(translate("safety", "A clinician has seen me about this since I reported it"))
    when = QDateEdit()
    when.setObjectName("seenOn")
    when.setCalendarPopup(True)
    when.setDisplayFormat(translate("Dates", "d MMMM yyyy"))
    when.setMinimumDate(QDate(first.year, first.month, first.day))
    when.setMaximumDate(QDate(today.year, today.month, today.day))
    when.setDate(QDate(today.year, today.month, today.day))
    when.setAccessibleName(translate("safety", "The date the clinician saw you"))
    when.setEnabled(False)
    confirm = _button(button_text, translate("safety", "{button_text}: a clinician has seen me").format(button_text=button_text),
                      lambda: _save(ctx, f, lambda: safety.confirm_seen(ctx.app, when.date().toPython())))
    confirm.setObjectName("unblock")
    confirm.setEnabled(False)
    check.toggled.connect(confirm.setEnabled)
    check.toggled.connect(when.setEnabled)
    box.addWidget(check)
    on = _label(translate("safety", "Seen on:"), None)
    on.setBuddy(when)
    box.addLayout(_row(on, when, confirm))
    return box


# --------------------------------------------------------------- the notices
def _held(ctx: AppContext, holds: Holds) -> QFrame:
    """Exercises blocked until a clinician has seen the person, or paused until the advice was read."""
    text = holds_block_text(holds)
    if holds.blocking:
        level = max((s.sign.urgency for s in holds.blocking), key=rules.OUTCOME_LEVELS.index)
        f, lay = _frame("alert", "safetyBlock", f"⚠ {rules.URGENCY_TITLES[level]}", f"{translate('safety', ADVICE[level])} {text}")
        f.findChild(QLabel, "title").setProperty("role", "h1")
        lay.addLayout(_visit_row(ctx, f, holds, translate("safety", "Unblock exercises")))
        return f
    f, lay = _frame("alert", "safetyPause", f"⚠ {translate('safety', rules.SOON_TITLE)}", f"{translate('safety', ADVICE[rules.SEE_DOCTOR_SOON])} {text}")
    ack = _button(translate("safety", "I have read this: carry on"), translate("safety", "I have read this advice: carry on with the exercises"),
                  lambda: _save(ctx, f, lambda: safety.acknowledge(ctx.app)), "primary")
    ack.setObjectName("acknowledge")
    lay.addLayout(_row(ack))
    return f


def _steady_leg(ctx: AppContext, holds: Holds, text: str) -> QFrame:
    f, lay = _frame("alert", "steadyLeg", translate("safety", "⚠ Some exercises are left out until a clinician has seen you"), text)
    lay.addLayout(_visit_row(ctx, f, holds, translate("safety", "Put them back")))
    return f


def _day_stop(ctx: AppContext, b: safety.Block) -> QFrame:
    f, lay = _frame("alert", "dayStop", translate("safety", "■ No more exercise today"), b.text)
    if ctx.clinician_mode:
        allow = _button(translate("safety", "Allow exercise today (clinician)…"), translate("safety", "Allow exercise again today, as a clinician, with a reason"), lambda: ask_reason(
                            ctx, f, translate("safety", "Allow exercise today"),
                            translate("safety", "Why may exercise start again today? The reason is recorded with the stop."),
                            lambda reason: safety.allow_today(ctx.app, reason)))
        allow.setObjectName("allowToday")
        lay.addLayout(_row(allow))
    return f


def _trend(alert: TrendAlert) -> QFrame:
    if alert.good:
        f, _ = _frame("notice", f"trend-{alert.kind}", f"✓ {alert.title}", alert.text)
        return f
    f, lay = _frame("alert", f"trend-{alert.kind}", f"⚠ {alert.title}", alert.text)
    lay.addWidget(_label(rules.URGENCY_TITLES.get(alert.urgency, ""), "muted", name="urgency"))
    return f


def _paused(ctx: AppContext, p: safety.Paused) -> QFrame:
    name = p.name
    text = p.text or (translate("safety", "{name} is left out of your sessions. Ask your doctor or physiotherapist about it before you re-enable it.").format(name=name))
    f, lay = _frame("notice", f"paused-{p.exercise_id}", translate("safety", "{name} is paused").format(name=name), text)
    b = _button(translate("safety", "Re-enable {name}").format(name=name), translate("safety", "Re-enable {name} in your sessions").format(name=name),
                lambda: _save(ctx, f, lambda: safety.re_enable(ctx.app, p.exercise_id)))
    b.setObjectName("reenable")
    lay.addLayout(_row(b))
    return f


def _review(ctx: AppContext, review: WeekReview) -> QFrame:
    title = translate("safety", "Week {from_week}: what next?").format(from_week=review.from_week)
    f, lay = _frame("notice", "weekReview", title, review.text)
    lay.addWidget(_label(translate("safety", "Your choice applies from today. You decide; you can also ask your physiotherapist."),
                         "muted"))
    for o in review.options:
        suggested = o.choice == review.recommended
        text = translate("safety", "{label} (suggested)").format(label=o.label) if suggested else o.label
        b = _button(text, text, lambda _=False, c=o.choice: _save(
            ctx, f, lambda: safety.choose_week(ctx.app, review, c)),
            "primary" if suggested else None)
        b.setObjectName(f"choice-{o.choice}")
        # one button a line: a row does not fit a small window at large text sizes
        lay.addWidget(b, 0, Qt.AlignmentFlag.AlignLeft)
    return f


def _eased(note: str) -> QFrame:
    f, _ = _frame("notice", "lastStop", translate("safety", "Eased today after a stop"), note)
    return f


def _check_row(ctx: AppContext) -> QWidget:
    w = QWidget()
    w.setObjectName("warningCheck")
    lay = QVBoxLayout(w)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.addWidget(_label(translate("safety", "Something new or changed? Answer the warning-sign questions again."), "muted"))
    b = _button(translate("safety", "Check for warning signs"), translate("safety", "Check for warning signs"), lambda: ask_warning_signs(ctx, w))
    b.setObjectName("checkWarnings")
    lay.addWidget(b, 0, Qt.AlignmentFlag.AlignLeft)
    return w


def ask_warning_signs(ctx: AppContext, anchor: QWidget) -> WarningSignsDialog:
    """Open the questions; saved answers are stored with today's date, and the outcome is shown."""
    parent = anchor.window()
    dlg = WarningSignsDialog(parent)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)

    def save() -> None:
        try:
            recorded = safety.record_answers(ctx.app, dlg.answers(), "today")
        except StoreError as exc:
            QMessageBox.critical(parent, translate("safety", "Not saved"), str(exc))
            return
        ctx.apply(recorded)
        open_outcome(parent, ctx, recorded.value)

    dlg.accepted.connect(save)
    dlg.open()
    return dlg


# ------------------------------------------------------------- clinician mode
class ReasonDialog(QDialog):
    """A clinician's decision with its reason (required); ``week`` adds a week to choose."""

    def __init__(self, title: str, question: str, parent=None, week: tuple[int, int] | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("reasonDialog")
        lay = QVBoxLayout(self)
        lay.addWidget(_label(question))
        self.week: QSpinBox | None = None
        if week is not None:
            self.week = QSpinBox()
            self.week.setObjectName("week")
            self.week.setRange(1, week[1])
            self.week.setValue(week[0])
            self.week.setAccessibleName(translate("safety", "Week"))
            w_label = _label(translate("safety", "Week:"))
            w_label.setBuddy(self.week)
            lay.addLayout(_row(w_label, self.week))
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(translate("safety", "Reason (required)"))
        self.reason.setAccessibleName(translate("safety", "Reason"))
        lay.addWidget(self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(translate("safety", "Record"))
        self.ok.setEnabled(False)
        self.reason.textChanged.connect(lambda t: self.ok.setEnabled(bool(t.strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)


def ask_reason(ctx: AppContext, anchor: QWidget, title: str, question: str,
               use_case: Callable[[str], Changes | Done], week: tuple[int, int] | None = None) -> ReasonDialog:
    """Ask a clinician for the reason (and the week); on Record, run ``use_case(reason)`` (or
    ``use_case(week, reason)``)."""
    dlg = ReasonDialog(title, question, anchor.window(), week)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)

    def done() -> None:
        reason = dlg.reason.text()
        if dlg.week is not None:
            _save(ctx, anchor, lambda: use_case(dlg.week.value(), reason))
        else:
            _save(ctx, anchor, lambda: use_case(reason))

    dlg.accepted.connect(done)
    dlg.open()
    return dlg


def week_row(ctx: AppContext, week: safety.Week | None) -> list[QWidget]:
    """Under the week's heading: why the week stays (when it does), and in clinician mode a way to set it."""
    out: list[QWidget] = []
    if week is not None and week.why:
        out.append(_label(week.why, "muted", name="weekWhy"))
    if ctx.clinician_mode and ctx.profile:
        w = QWidget()
        b = _button(translate("safety", "Set the week (clinician)…"), translate("safety", "Set the program week, as a clinician, with a reason"),
                    lambda: ask_reason(ctx, w, translate("safety", "Set the week"),
                                       translate("safety", "Which week should the program be on from today, and why?"),
                                       lambda wk, reason: safety.set_week(ctx.app, wk, reason),
                                       (ctx.current_week(), ctx.program.week_count)))
        b.setObjectName("setWeek")
        lay = QHBoxLayout(w)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(b)
        lay.addStretch(1)
        out.append(w)
    return out


# ------------------------------------------------------------------ providers
def safety_notices(ctx: AppContext) -> list[QWidget]:
    """Every safety notice for Today, most urgent first."""
    if not ctx.profile:
        return []
    n = safety.notices(ctx.app)
    out: list[QWidget] = week_row(ctx, n.week)
    if n.problem:
        out.append(_frame("alert", "safetyProblem", translate("safety", "Safety data not updated"), n.problem)[0])
    if n.holds.blocking or n.holds.unread:
        out.append(_held(ctx, n.holds))
    if n.steady_leg and not n.holds.blocking:
        out.append(_steady_leg(ctx, n.holds, n.steady_leg))
    if n.day_stop is not None:
        out.append(_day_stop(ctx, n.day_stop))
    out += [_trend(a) for a in n.trends if not a.good]
    out += [_paused(ctx, p) for p in n.paused]
    if n.review is not None:
        out.append(_review(ctx, n.review))
    if n.last_stop and n.day_stop is None:  # on the stop's own day nothing starts: the cards say it
        out.append(_eased(n.last_stop))
    out += [_trend(a) for a in n.trends if a.good]
    out.append(_check_row(ctx))
    return out

