"""Warning-sign questions and their outcome: a reusable yes/no form, the first-run page and the dialogs.

The rules are in ``coach.core.safety`` (``WARNING_QUESTIONS``, ``assess``);
the answers and what the person confirms are stored by the use cases of
``coach.app.safety`` (``record_answers``, ``confirm``) and, with a day of the
diary, ``coach.app.diary.save_day``. These widgets only show the questions and
the outcome and forward what the person chooses.

For the daily diary::

    form = WarningSignsForm()                 # embed it; form.changed fires on every answer
    saved = diary.save_day(ctx.app, entry, form.answers())
    open_outcome(parent, ctx, saved.value, on_done=...)  # emergency / see-doctor dialogs
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from functools import partial

from PySide6.QtCore import QDate, QEvent, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from coach.app import safety
from coach.core import safety as rules
from coach.core.i18n import QT_TRANSLATE_NOOP, translate
from coach.store.db import StoreError
from coach.ui.context import AppContext
from coach.ui.widgets.kit import label
from coach.ui.widgets.layout import vertical_scroll

_label = partial(label, selectable=True)

INTRO = (QT_TRANSLATE_NOOP("safety", "These questions look for signs that need a doctor rather than exercise. Answer each one for what is new or has changed since you last answered (or since a clinician last saw you). If you are unsure, answer Yes. By keyboard: Y or N answers and moves to the next question."))

SYMBOL = {rules.EMERGENCY: "⚠", rules.SEE_DOCTOR_SOON: "⚠", rules.NEXT_VISIT: "⚠", rules.CLEAR: "✓"}


def fit_to_screen(window: QWidget, size: QSize) -> None:
    """Resize a dialog to ``size``, or to the room its screen has when that is smaller."""
    screen = window.screen() or (window.parentWidget().screen() if window.parentWidget() else None)
    if screen is not None:
        room = screen.availableGeometry().size()
        size = size.boundedTo(room).expandedTo(window.minimumSizeHint().boundedTo(room))
    window.resize(size)


class WarningSignsForm(QWidget):
    """One Yes/No pair per warning-sign question. Tab moves between questions, the arrow keys between Yes and No;
    Y or N answers the question with the focus and moves on to the next one."""

    changed = Signal()

    def __init__(self, parent=None, intro: bool = True):
        super().__init__(parent)
        self.setAccessibleName(translate("safety", "Warning-sign questions"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(10)
        if intro:
            lay.addWidget(_label(translate("safety", INTRO), "muted"))
        self.groups: dict[str, QButtonGroup] = {}
        self.yes: dict[str, QRadioButton] = {}
        self.no: dict[str, QRadioButton] = {}
        for i, q in enumerate(rules.WARNING_QUESTIONS, 1):
            row = QWidget()
            row.setObjectName(f"question-{q.id}")
            rl = QHBoxLayout(row)
            rl.setContentsMargins(0, 0, 0, 0)
            text = _label(f"{i}. {q.text}")
            text.setObjectName(f"text-{q.id}")
            rl.addWidget(text, 1)
            group = QButtonGroup(self)
            group.setExclusive(True)
            for value, word in ((True, translate("safety", "Yes")), (False, translate("safety", "No"))):
                rb = QRadioButton(word)
                rb.setObjectName(f"{'yes' if value else 'no'}-{q.id}")
                rb.setAccessibleName(f"{word}: {q.short}")
                rb.setAccessibleDescription(q.text)
                rb.setProperty("answer", value)
                group.addButton(rb)
                rb.installEventFilter(self)
                rl.addWidget(rb, 0, Qt.AlignmentFlag.AlignTop)
                (self.yes if value else self.no)[q.id] = rb
            group.buttonToggled.connect(self._toggled)
            text.setBuddy(self.yes[q.id])
            self.groups[q.id] = group
            lay.addWidget(row)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Y, Qt.Key.Key_N) \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            ids = [q.id for q in rules.WARNING_QUESTIONS]
            qid = next((i for i in ids if obj in (self.yes[i], self.no[i])), None)
            if qid is not None:
                yes = event.key() == Qt.Key.Key_Y
                target = (self.yes if yes else self.no)[qid]
                target.setChecked(True)
                after = ids.index(qid) + 1
                nxt = self.groups[ids[after]].checkedButton() or self.yes[ids[after]] if after < len(ids) else target
                nxt.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(obj, event)

    def _toggled(self, _button, checked: bool) -> None:
        if checked:
            self.changed.emit()

    def answers(self) -> dict[str, bool]:
        """The questions answered so far: id → True for Yes, False for No."""
        out = {}
        for qid, g in self.groups.items():
            b = g.checkedButton()
            if b is not None:
                out[qid] = bool(b.property("answer"))
        return out

    def set_answers(self, answers: Mapping[str, bool]) -> None:
        """Show stored answers; questions not in ``answers`` are left unanswered."""
        for qid, g in self.groups.items():
            g.setExclusive(False)
            self.yes[qid].setChecked(False)
            self.no[qid].setChecked(False)
            g.setExclusive(True)
            if qid in answers:
                (self.yes if answers[qid] else self.no)[qid].setChecked(True)
        self.changed.emit()

    def unanswered(self) -> list[str]:
        return [q.id for q in rules.WARNING_QUESTIONS if self.groups[q.id].checkedButton() is None]

    def is_complete(self) -> bool:
        return not self.unanswered()

    def outcome(self) -> rules.Outcome:
        return rules.assess(self.answers())


class OutcomePanel(QFrame):
    """The outcome of the answers: a heading with a symbol and the advice (never colour alone)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("outcomePanel")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 10, 14, 10)
        self.title = _label("", "h2")
        self.title.setObjectName("outcomeTitle")
        self.text = _label("")
        self.text.setObjectName("outcomeText")
        lay.addWidget(self.title)
        lay.addWidget(self.text)
        self.setVisible(False)

    def show_outcome(self, outcome: rules.Outcome | None) -> None:
        if outcome is None:
            self.setVisible(False)
            return
        self.setProperty("role", "notice" if outcome.level == rules.CLEAR else "alert")
        self.style().unpolish(self)
        self.style().polish(self)
        self.title.setText(f"{SYMBOL[outcome.level]} {outcome.title}")
        self.text.setText(outcome.text)
        self.setAccessibleName(f"{outcome.title}. {outcome.text}")
        self.setVisible(True)


class WarningSignsPage(QWizardPage):
    """First run: the questions, with the outcome shown as soon as every question is answered."""

    def __init__(self):
        super().__init__()
        self.setTitle(translate("safety", "Before you start: warning signs"))
        self.setSubTitle(translate("safety", "Answer all {WARNING_QUESTIONS} questions to finish.").format(WARNING_QUESTIONS=len(rules.WARNING_QUESTIONS)))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        body = QWidget()
        lay = QVBoxLayout(body)
        self.form = WarningSignsForm()
        self.panel = OutcomePanel()
        lay.addWidget(self.form)
        lay.addWidget(self.panel)
        lay.addStretch(1)
        scroll = vertical_scroll(body, translate("safety", "Warning-sign questions, scrollable"))
        outer.addWidget(scroll)
        self.scroll = scroll
        self.form.changed.connect(self._update)

    def _update(self) -> None:
        outcome = self.form.outcome() if self.form.is_complete() else None
        shown = self.panel.isVisible() and self.panel.title.text()
        self.panel.show_outcome(outcome)
        if outcome is not None and shown != self.panel.title.text():
            # bring the advice into view as soon as it appears or changes
            QTimer.singleShot(0, self.scroll, self._reveal_outcome)
        self.completeChanged.emit()

    def _reveal_outcome(self) -> None:
        """Scroll the advice into view; when it is taller than the view, from its heading down."""
        if self.panel.height() + 20 > self.scroll.viewport().height():
            self.scroll.verticalScrollBar().setValue(self.panel.mapTo(self.scroll.widget(), QPoint(0, 0)).y() - 10)
        else:
            self.scroll.ensureWidgetVisible(self.panel, 0, 10)

    def isComplete(self) -> bool:
        return self.form.is_complete()


# -------------------------------------------------------------------- dialogs
def _advice(title: str, text: str, title_name: str = "") -> tuple[QScrollArea, QWidget]:
    """The advice in an alert frame (symbol, heading, text), in a scroll area for long advice at large text."""
    body = QWidget()
    bl = QVBoxLayout(body)
    bl.setContentsMargins(0, 0, 0, 0)
    frame = QFrame()
    frame.setProperty("role", "alert")
    fl = QVBoxLayout(frame)
    fl.setContentsMargins(18, 14, 18, 14)
    head = _label(f"⚠ {title}", "h1")
    if title_name:
        head.setObjectName(title_name)
    fl.addWidget(head)
    fl.addWidget(_label(text))
    bl.addWidget(frame)
    bl.addStretch(1)
    return vertical_scroll(body, translate("safety", "{value}: advice, scrollable").format(value=title)), body


def _fit_advice(dialog: QDialog, lay: QVBoxLayout, body: QWidget) -> None:
    """About 65 characters wide at the text size in use (wider if the buttons need it), and tall enough for
    the whole advice when the screen has the room."""
    width = max(65 * dialog.fontMetrics().averageCharWidth(), dialog.minimumSizeHint().width())
    m = lay.contentsMargins()
    rest = dialog.sizeHint().height() - dialog.scroll.sizeHint().height()
    fit_to_screen(dialog, QSize(width, rest + body.heightForWidth(width - m.left() - m.right())))


class EmergencyDialog(QDialog):
    """Exercises are blocked until a clinician has seen the person (an emergency sign, or a sign that may point to
    another cause). Confirming the date of the visit unblocks them; closing keeps them blocked."""

    def __init__(self, outcome: rules.Outcome, parent=None, earliest: dt.date | None = None,
                 today: dt.date | None = None):
        super().__init__(parent)
        self.setWindowTitle(outcome.title)
        self.setObjectName("emergencyDialog")
        lay = QVBoxLayout(self)
        self.scroll, body = _advice(outcome.title, outcome.text, "emergencyTitle")
        lay.addWidget(self.scroll, 1)
        self.assessed = QCheckBox(translate("safety", "A clinician has seen me about this since I reported it"))
        self.assessed.setAccessibleName(translate("safety", "A clinician has seen me about this since I reported it"))
        lay.addWidget(self.assessed)
        # the date of the visit, from the day the signs were reported to today (``today`` comes from the app's
        # clock; without it the date is not asked here and the visit is taken as today's)
        self.when = QDateEdit(self)
        self.when.setObjectName("seenOn")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(translate("Dates", "d MMMM yyyy"))
        self.when.setAccessibleName(translate("safety", "The date the clinician saw you"))
        self.when.setEnabled(False)
        self._dated = today is not None
        if today is not None:
            earliest = min(earliest or today, today)
            self.when.setMinimumDate(QDate(earliest.year, earliest.month, earliest.day))
            self.when.setMaximumDate(QDate(today.year, today.month, today.day))
            self.when.setDate(QDate(today.year, today.month, today.day))
            row = QHBoxLayout()
            on = _label(translate("safety", "Seen on:"))
            on.setBuddy(self.when)
            row.addWidget(on)
            row.addWidget(self.when)
            row.addStretch(1)
            lay.addLayout(row)
        else:
            self.when.setVisible(False)
        buttons = QDialogButtonBox()
        self.unblock = QPushButton(translate("safety", "Unblock exercises"))
        self.unblock.setAccessibleName(translate("safety", "Unblock exercises: a clinician has seen me"))
        self.unblock.setEnabled(False)
        self.close_button = QPushButton(translate("safety", "Close (exercises stay blocked)"))
        self.close_button.setAccessibleName(translate("safety", "Close; exercises stay blocked"))
        buttons.addButton(self.unblock, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setDefault(True)
        self.assessed.toggled.connect(self.unblock.setEnabled)
        self.assessed.toggled.connect(self.when.setEnabled)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        _fit_advice(self, lay, body)

    def seen_on(self) -> dt.date | None:
        """The date of the visit (None: today, when the dialog was not given the date)."""
        return self.when.date().toPython() if self._dated else None

    def accept(self) -> None:
        if not self.assessed.isChecked():
            return
        super().accept()


class SeeDoctorSoonDialog(QDialog):
    """See a doctor promptly. Acknowledging (having read the advice) lets the exercises it paused carry on."""

    def __init__(self, outcome: rules.Outcome, parent=None):
        super().__init__(parent)
        self.setWindowTitle(outcome.title)
        self.setObjectName("seeDoctorDialog")
        lay = QVBoxLayout(self)
        self.scroll, body = _advice(outcome.title, outcome.text)
        lay.addWidget(self.scroll, 1)
        buttons = QDialogButtonBox()
        self.acknowledge = QPushButton(translate("safety", "I have read this: carry on"))
        self.acknowledge.setAccessibleName(translate("safety", "I have read this advice: carry on with the exercises"))
        self.later = QPushButton(translate("safety", "Not now (exercises stay paused)"))
        self.later.setAccessibleName(translate("safety", "Not now; exercises stay paused"))
        buttons.addButton(self.acknowledge, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.later, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        _fit_advice(self, lay, body)


class WarningSignsDialog(QDialog):
    """The questions on their own, to answer whenever something changes. ``answers()`` after accept."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("safety", "Check for warning signs"))
        self.setObjectName("warningSignsDialog")
        lay = QVBoxLayout(self)
        self.form = WarningSignsForm()
        body = QWidget()
        bl = QVBoxLayout(body)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.form)
        bl.addStretch(1)
        self.scroll = vertical_scroll(body, translate("safety", "Warning-sign questions, scrollable"))
        lay.addWidget(self.scroll, 1)
        buttons = QDialogButtonBox()
        self.save = QPushButton(translate("safety", "Save answers"))
        self.save.setAccessibleName(translate("safety", "Save the answers"))
        self.save.setEnabled(False)
        cancel = QPushButton(translate("safety", "Cancel"))
        cancel.setAccessibleName(translate("safety", "Cancel without saving"))
        buttons.addButton(self.save, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.hint = _label(translate("safety", "Answer every question to save."), "muted")
        lay.addWidget(self.hint)
        lay.addWidget(buttons)
        self.form.changed.connect(self._update)
        self._update()
        # about 78 characters wide at the text size in use, and tall enough for every question when the
        # screen has the room (else the questions scroll)
        width = 78 * self.fontMetrics().averageCharWidth()
        m = lay.contentsMargins()
        rest = self.sizeHint().height() - self.scroll.sizeHint().height()
        fit_to_screen(self, QSize(width, rest + body.heightForWidth(width - m.left() - m.right())))

    def _update(self) -> None:
        done = self.form.is_complete()
        self.save.setEnabled(done)
        left = len(self.form.unanswered())
        self.hint.setText("" if done else translate("safety", "Answer every question to save ({left} left).").format(left=left))

    def answers(self) -> dict[str, bool]:
        return self.form.answers()


def outcome_dialog(outcome: rules.Outcome, parent=None, ctx: AppContext | None = None) -> QDialog | None:
    """The dialog for answers that hold exercise back; None when the answers were clear.

    Blocked until a clinician has seen the person: :class:`EmergencyDialog` (with the date of the visit); paused
    until read: :class:`SeeDoctorSoonDialog`.
    """
    if outcome.level == rules.CLEAR:
        return None
    if outcome.blocks_exercises:
        today = ctx.today() if ctx is not None else None
        earliest = safety.holds(ctx.app).earliest_visit if ctx is not None and ctx.profile else None
        return EmergencyDialog(outcome, parent, earliest or today, today)
    return SeeDoctorSoonDialog(outcome, parent)


def open_outcome(parent: QWidget | None, ctx: AppContext, outcome: rules.Outcome | None,
                 on_done: Callable[[], None] | None = None) -> QDialog | None:
    """Open the outcome's dialog (window-modal, returns at once) and store what the person confirms.

    Confirming a clinician's visit (with its date) or having read the advice is
    stored the moment it is pressed (``coach.app.safety``) and the screens are
    told; ``on_done`` is called when the dialog closes either way.
    """
    dlg = outcome_dialog(outcome, parent, ctx) if outcome is not None else None
    if dlg is None:
        return None
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)

    def accepted() -> None:
        try:
            if isinstance(dlg, EmergencyDialog):
                changes = safety.confirm_seen(ctx.app, dlg.seen_on())
            else:
                changes = safety.acknowledge(ctx.app)
        except (StoreError, ValueError) as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(parent, translate("safety", "Not saved"), str(exc))
            return
        ctx.apply(changes)

    dlg.accepted.connect(accepted)
    if on_done is not None:
        dlg.finished.connect(lambda _r: on_done())
    dlg.open()
    return dlg
