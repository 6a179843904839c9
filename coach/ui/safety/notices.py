"""Safety notices on Today: blocked or paused exercises, trend alerts, paused exercises, the week's review,
the note after a stop, and a way to answer the warning-sign questions at any time.

``safety_notices(ctx)`` is listed in ``today.NOTICE_PROVIDERS``; what it shows
is read by ``coach.app.safety.notices``. Every button calls its use case in
``coach.app.safety`` (one transaction) and hands what changed to
``ctx.apply`` so the screen redraws. The rules live in ``coach.core.safety``
and ``coach.core.progression``; this module only shows their results.
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

from coach.app import safety
from coach.app.changes import Changes, Done
from coach.core import safety as rules
from coach.core.progression import WeekReview
from coach.core.textfmt import long_day
from coach.store.db import StoreError
from coach.store.safety import WarningRecord
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


def _save(ctx: AppContext, parent: QWidget, use_case: Callable[[], Changes | Done]) -> None:
    """Run one use case, tell the screens what changed, and say so plainly when it could not be saved."""
    try:
        result = use_case()
    except StoreError as exc:
        QMessageBox.critical(parent.window(), "Not saved", str(exc))
        return
    ctx.apply(result)


# --------------------------------------------------------------- the notices
def _warning_banner(ctx: AppContext, w: WarningRecord) -> QFrame:
    text = f"{w.outcome.text} (You answered on {long_day(w.date)}.)"
    if w.outcome.level == rules.EMERGENCY:
        f, lay = _frame("alert", "safetyBlock", f"⚠ {rules.EMERGENCY_TITLE}", text)
        f.findChild(QLabel, "title").setProperty("role", "h1")
        check = QCheckBox("A clinician has assessed me since I reported this")
        check.setObjectName("assessed")
        check.setAccessibleName("A clinician has assessed me since I reported this")
        unblock = _button("Unblock exercises", "Unblock exercises: a clinician has assessed me",
                          lambda: _save(ctx, f, lambda: safety.confirm_assessed(ctx.app)))
        unblock.setObjectName("unblock")
        unblock.setEnabled(False)
        check.toggled.connect(unblock.setEnabled)
        lay.addLayout(_row(check, unblock))
    else:
        f, lay = _frame("alert", "safetyPause", f"⚠ {rules.SOON_TITLE}", text)
        ack = _button("I have read this: carry on", "I have read this advice: carry on with the exercises",
                      lambda: _save(ctx, f, lambda: safety.acknowledge(ctx.app)), "primary")
        ack.setObjectName("acknowledge")
        lay.addLayout(_row(ack))
    return f


def _trend(alert: rules.TrendAlert) -> QFrame:
    f, _ = _frame("alert", f"trend-{alert.kind}", f"⚠ {alert.title}", alert.text)
    return f


def _paused(ctx: AppContext, p: safety.Paused) -> QFrame:
    name = p.name
    text = p.text or (f"{name} is left out of your sessions. Ask your doctor or physiotherapist "
                      "about it before you re-enable it.")
    f, lay = _frame("notice", f"paused-{p.exercise_id}", f"{name} is paused", text)
    b = _button(f"Re-enable {name}", f"Re-enable {name} in your sessions",
                lambda: _save(ctx, f, lambda: safety.re_enable(ctx.app, p.exercise_id)))
    b.setObjectName("reenable")
    lay.addLayout(_row(b))
    return f


def _review(ctx: AppContext, review: WeekReview) -> QFrame:
    title = f"End of week {review.from_week}: what next?"
    f, lay = _frame("notice", "weekReview", title, review.text)
    today = ctx.today()
    when = "today" if review.applies_from <= today else long_day(review.applies_from)
    lay.addWidget(_label(f"Your choice applies from {when}. You decide; you can also ask your physiotherapist.",
                         "muted"))
    buttons = []
    for o in review.options:
        suggested = o.choice == review.recommended
        text = f"{o.label} (suggested)" if suggested else o.label
        b = _button(text, text, lambda _=False, c=o.choice: _save(
            ctx, f, lambda: safety.choose_week(ctx.app, review, c)),
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

    def save() -> None:
        try:
            recorded = safety.record_answers(ctx.app, dlg.answers(), "today")
        except StoreError as exc:
            QMessageBox.critical(parent, "Not saved", str(exc))
            return
        ctx.apply(recorded)
        open_outcome(parent, ctx, recorded.value)

    dlg.accepted.connect(save)
    dlg.open()
    return dlg


# ------------------------------------------------------------------ providers
def safety_notices(ctx: AppContext) -> list[QWidget]:
    """Every safety notice for Today, most urgent first."""
    if not ctx.profile:
        return []
    n = safety.notices(ctx.app)
    out: list[QWidget] = []
    if n.problem:
        out.append(_frame("alert", "safetyProblem", "Safety data not updated", n.problem)[0])
    if n.warning is not None:
        out.append(_warning_banner(ctx, n.warning))
    out += [_trend(a) for a in n.trends]
    out += [_paused(ctx, p) for p in n.paused]
    if n.review is not None:
        out.append(_review(ctx, n.review))
    if n.last_stop:
        out.append(_stop_note(n.last_stop))
    out.append(_check_row(ctx))
    return out
