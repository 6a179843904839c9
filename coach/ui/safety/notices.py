"""Safety notices on Today: blocked or paused exercises, trend alerts, paused exercises, the week's review,
the note after a stop, and a way to answer the warning-sign questions at any time.

``safety_notices(ctx)`` is listed in ``today.NOTICE_PROVIDERS`` and
``start_block(ctx)`` in ``today.START_BLOCKERS``. Every button stores its
choice at once (one transaction) and then calls ``ctx.notify("safety")`` so
the screen redraws. The rules live in ``coach.core.safety`` and
``coach.core.progression``; this module only shows their results.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach.core import safety as rules
from coach.core.progression import WeekReview
from coach.store import safety as safety_store
from coach.store.db import StoreError
from coach.ui.context import AppContext
from coach.ui.safety.warning_signs import WarningSignsDialog, open_outcome
from coach.ui.widgets.kit import label

_label = partial(label, selectable=True)


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


def _save(ctx: AppContext, parent: QWidget, fn: Callable[[], object]) -> None:
    """Run one store write, tell the screens, and say so plainly when it could not be saved."""
    try:
        fn()
    except StoreError as exc:
        QMessageBox.critical(parent.window(), "Not saved", str(exc))
        return
    ctx.notify("safety")


def _day(d) -> str:
    return f"{d:%A} {d.day} {d:%B}"


# --------------------------------------------------------------- the notices
def _warning_banner(ctx: AppContext, w: safety_store.WarningRecord) -> QFrame:
    pid = ctx.profile.id
    text = f"{w.outcome.text} (You answered on {_day(w.date)}.)"
    if w.outcome.level == rules.EMERGENCY:
        f, lay = _frame("alert", "safetyBlock", f"⚠ {rules.EMERGENCY_TITLE}", text)
        f.findChild(QLabel, "title").setProperty("role", "h1")
        check = QCheckBox("A clinician has assessed me since I reported this")
        check.setObjectName("assessed")
        check.setAccessibleName("A clinician has assessed me since I reported this")
        unblock = _button("Unblock exercises", "Unblock exercises: a clinician has assessed me",
                          lambda: _save(ctx, f, lambda: safety_store.confirm_assessed(ctx.store, pid)))
        unblock.setObjectName("unblock")
        unblock.setEnabled(False)
        check.toggled.connect(unblock.setEnabled)
        lay.addLayout(_row(check, unblock))
    else:
        f, lay = _frame("alert", "safetyPause", f"⚠ {rules.SOON_TITLE}", text)
        ack = _button("I have read this: carry on", "I have read this advice: carry on with the exercises",
                      lambda: _save(ctx, f, lambda: safety_store.acknowledge_warning(ctx.store, pid)), "primary")
        ack.setObjectName("acknowledge")
        lay.addLayout(_row(ack))
    return f


def _trend(alert: rules.TrendAlert) -> QFrame:
    f, _ = _frame("alert", f"trend-{alert.kind}", f"⚠ {alert.title}", alert.text)
    return f


def _paused(ctx: AppContext, p: safety_store.PausedExercise, names: dict[str, str]) -> QFrame:
    name = names.get(p.exercise_id, p.exercise_id)
    text = p.detail.get("text") or (f"{name} is left out of your sessions. Ask your doctor or physiotherapist "
                                    "about it before you re-enable it.")
    f, lay = _frame("notice", f"paused-{p.exercise_id}", f"{name} is paused", text)
    pid = ctx.profile.id
    b = _button(f"Re-enable {name}", f"Re-enable {name} in your sessions",
                lambda: _save(ctx, f, lambda: safety_store.re_enable_exercise(ctx.store, pid, p.exercise_id)))
    b.setObjectName("reenable")
    lay.addLayout(_row(b))
    return f


def _review(ctx: AppContext, review: WeekReview) -> QFrame:
    title = f"End of week {review.from_week}: what next?"
    f, lay = _frame("notice", "weekReview", title, review.text)
    today = ctx.today()
    when = "today" if review.applies_from <= today else _day(review.applies_from)
    lay.addWidget(_label(f"Your choice applies from {when}. You decide; you can also ask your physiotherapist.",
                         "muted"))
    pid = ctx.profile.id
    buttons = []
    for o in review.options:
        suggested = o.choice == review.recommended
        text = f"{o.label} (suggested)" if suggested else o.label
        b = _button(text, text, lambda _=False, c=o.choice: _save(
            ctx, f, lambda: safety_store.record_week_choice(ctx.store, pid, review, c, today)),
            "primary" if suggested else None)
        b.setObjectName(f"choice-{o.choice}")
        buttons.append(b)
    # one button a line: the row of three does not fit a small window at large text sizes
    for b in buttons:
        lay.addWidget(b, 0, Qt.AlignmentFlag.AlignLeft)
    return f


def _stop_note(note: str) -> QFrame:
    f, _ = _frame("notice", "lastStop", "After your last session", note)
    return f


def _check_row(ctx: AppContext) -> QWidget:
    w = QWidget()
    w.setObjectName("warningCheck")
    lay = QVBoxLayout(w)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.addWidget(_label("Something changed? Answer the warning-sign questions again.", "muted"))
    b = _button("Check for warning signs", "Check for warning signs", lambda: ask_warning_signs(ctx, w))
    b.setObjectName("checkWarnings")
    lay.addWidget(b, 0, Qt.AlignmentFlag.AlignLeft)
    return w


def ask_warning_signs(ctx: AppContext, anchor: QWidget) -> WarningSignsDialog:
    """Open the questions; saved answers are stored with today's date, and the outcome is shown."""
    parent = anchor.window()
    dlg = WarningSignsDialog(parent)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    pid = ctx.profile.id

    def save() -> None:
        try:
            outcome = safety_store.record_warning_answers(ctx.store, pid, ctx.today(), dlg.answers(), "today")
        except StoreError as exc:
            QMessageBox.critical(parent, "Not saved", str(exc))
            return
        ctx.notify("safety")
        open_outcome(parent, ctx.store, pid, outcome, on_done=lambda: ctx.notify("safety"))

    dlg.accepted.connect(save)
    dlg.open()
    return dlg


# ------------------------------------------------------------------ providers
def safety_notices(ctx: AppContext) -> list[QWidget]:
    """Every safety notice for Today, most urgent first."""
    if not ctx.profile:
        return []
    store, pid, program, today = ctx.store, ctx.profile.id, ctx.program, ctx.today()
    out: list[QWidget] = []
    try:
        safety_store.catch_up(store, pid, program)
    except StoreError as exc:
        out.append(_frame("alert", "safetyProblem", "Safety data not updated", str(exc))[0])
    warning = safety_store.open_warning(store, pid)
    if warning is not None:
        out.append(_warning_banner(ctx, warning))
    records = safety_store.session_records(store, pid)
    out += [_trend(a) for a in safety_store.trend_alerts(store, ctx.profile, program, today, records)]
    names = program.exercise_names()
    out += [_paused(ctx, p, names) for p in safety_store.paused_exercises(store, pid)]
    review = None if warning is not None else safety_store.due_review(store, ctx.profile, program, today, records)
    if review is not None:
        out.append(_review(ctx, review))
    note = safety_store.last_stop_note(store, pid)
    if note:
        out.append(_stop_note(note))
    out.append(_check_row(ctx))
    return out


def start_block(ctx: AppContext) -> str | None:
    """Why Start is turned off (warning signs reported and not yet resolved), or None."""
    if not ctx.profile:
        return None
    w = safety_store.open_warning(ctx.store, ctx.profile.id)
    if w is None:
        return None
    return rules.BLOCKED_SHORT if w.outcome.level == rules.EMERGENCY else rules.PAUSED_SHORT
