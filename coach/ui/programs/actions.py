"""Preview a week in the session player without recording anything, and print a week's handout.

Used by the program library and the editor. The preview is the real player
(``coach.ui.player.page.PlayerPage`` with ``record=False``) under a banner that
says nothing is recorded; it is pushed over the current page and closes back
to it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from html import escape
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coach.app import programs
from coach.app.sessions import SessionPlan
from coach.core.i18n import QT_TRANSLATE_NOOP, translate
from coach.core.plan import day_plan
from coach.core.program import Program
from coach.core.textfmt import day_month_year
from coach.store.db import StoreError
from coach.ui.context import AppContext
from coach.ui.widgets import kit as ew
from coach.ui.widgets.layout import vertical_scroll


@dataclass(frozen=True)
class AssignAnswer:
    restart: bool  # week 1 starts today (else the start date stays)


class AssignDialog(QDialog):
    """Assign a program to a profile: whether week 1 starts today or the start date stays."""

    def __init__(self, who: str, title: str, start: dt.date, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("programs", "Assign program"))
        self.setAccessibleName(translate("programs", "Assign program"))
        lay = QVBoxLayout(self)
        lay.addWidget(ew.label(translate("programs", "Give {who} the program “{value}”?").format(who=who, value=title), "h2"))
        self.restart = QCheckBox(translate("programs", "Start at week 1 today ({today})").format(today=day_month_year(today)))
        self.restart.setObjectName("assignRestart")
        self.restart.setAccessibleName(translate("programs", "Start the program at week 1 today"))
        self.restart.setChecked(True)
        lay.addWidget(self.restart)
        self.explain = ew.label("", "muted", name="assignExplain")
        lay.addWidget(self.explain)
        self._start = start
        self.restart.toggled.connect(self._explain)
        self._explain()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(translate("programs", "&Assign"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("assignOk")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def _explain(self) -> None:
        if self.restart.isChecked():
            self.explain.setText(translate("programs", "Today becomes day 1 of week 1. The history is kept: sessions and diary days already recorded stay as they are."))
        else:
            self.explain.setText(translate("programs", "The start date stays {start}, so the program continues at the week that date gives. The history is kept.").format(start=day_month_year(self._start)))

    def answer(self) -> AssignAnswer:
        return AssignAnswer(self.restart.isChecked())


def ask_assign(parent: QWidget, who: str, title: str, start: dt.date, today: dt.date) -> AssignAnswer | None:
    """Ask how to assign a program (None when cancelled)."""
    dlg = AssignDialog(who, title, start, today, parent)
    ok = dlg.exec() == QDialog.DialogCode.Accepted
    ew.reactivate(parent)
    return dlg.answer() if ok else None


class ChooseWeekDialog(QDialog):
    """Choose a week (and, for a preview, a session of its day)."""

    def __init__(self, program: Program, title: str, week_index: int = 0, *, sessions: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.program = program
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.week = QComboBox()
        self.week.setObjectName("chooseWeek")
        self.week.setAccessibleName(translate("programs", "Week"))
        for w in program.weeks:
            self.week.addItem(translate("programs", "Week {w}: {w2} ({exercises} exercises)").format(w=w.number, w2=w.title, exercises=len(w.exercises)), w.number)
        self.week.setCurrentIndex(max(0, min(week_index, self.week.count() - 1)))
        lab = ew.label(translate("programs", "&Week:"), wrap=False)
        lab.setBuddy(self.week)
        form.addRow(lab, self.week)
        self.slot: QComboBox | None = None
        if sessions:
            self.slot = QComboBox()
            self.slot.setObjectName("chooseSession")
            self.slot.setAccessibleName(translate("programs", "Session"))
            slab = ew.label(translate("programs", "&Session:"), wrap=False)
            slab.setBuddy(self.slot)
            form.addRow(slab, self.slot)
            self.week.currentIndexChanged.connect(self._fill_slots)
            self._fill_slots()
        lay.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def _fill_slots(self) -> None:
        assert self.slot is not None
        self.slot.clear()
        for s in day_plan(self.program, self.week.currentData(), "unsure"):
            self.slot.addItem(translate("programs", "{name}: {exercises} exercises").format(name=s.name, exercises=len(s.exercises)), s.index)

    def choice(self) -> tuple[int, int]:
        return self.week.currentData(), (self.slot.currentData() if self.slot else 0) or 0


def ask_week(parent: QWidget, program: Program, title: str, week_index: int = 0,
             sessions: bool = True) -> tuple[int, int] | None:
    """(week number, slot index), or None when cancelled."""
    dlg = ChooseWeekDialog(program, title, week_index, sessions=sessions, parent=parent)
    ok = dlg.exec() == QDialog.DialogCode.Accepted
    ew.reactivate(parent)
    return dlg.choice() if ok else None


class PreviewPage(QWidget):
    """The session player for one slot of a week, recording nothing, under a "Preview" banner."""

    def __init__(self, ctx: AppContext, program: Program, plan: SessionPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from coach.ui.player.page import PlayerPage

        week_number, name = plan.week, plan.slot_name
        self.setObjectName("previewPage")
        self.setAccessibleName(translate("programs", "Preview of week {week_number}, {name} session").format(week_number=week_number, name=name.lower()))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        frame, text = ew.banner("notice", "previewBanner")
        self.banner_text = text
        self._banner = (translate("programs", "<b>Preview</b> of {program}: week {week_number}, {name} session. Nothing is recorded. Stop or finish to go back.").format(program=escape(program.title), week_number=week_number, name=name.lower()),
                        translate("programs", "<b>Preview:</b> nothing is recorded. Stop or finish to go back."))
        text.setText(self._banner[0])
        lay.addWidget(frame)
        frame.setVisible(True)  # in its layout first: shown with no parent it would open as a window of its own
        self.player = PlayerPage(ctx, replace(plan, slot_name=f"Preview · {name}"), record=False, image_dir=program.path.parent if program.path else None)
        lay.addWidget(self.player, 1)
        self.setFocusProxy(self.player)
        self.player.ended.connect(self._ended)
        # the Stop question's hint speaks of saving; a preview saves nothing
        for lab in self.player.stop_panel.findChildren(QLabel):
            if "saved" in lab.text():
                lab.setText(lab.text().replace("Your answer is saved with where you were.",
                                               "In a preview, answers are not recorded."))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # a low window (large text) keeps the banner to one line: the player's title names the week and session
        self.banner_text.setText(self._banner[1] if getattr(self.player, "low", False) else self._banner[0])

    def _ended(self, _status: str) -> None:
        # the end page speaks of saving and of Today; say what a preview does instead
        end = self.player.end
        if end.where.text().startswith("Saved: "):
            end.where.setText(translate("programs", "Not recorded (preview): ") + end.where.text()[len("Saved: "):])
        for lab in end.findChildren(QLabel):
            if "is saved" in lab.text():
                lab.setText(lab.text().replace("Everything you did so far is saved.", "A preview records nothing."))
        end.done.setText(translate("programs", "Back  (Space)"))
        end.done.setAccessibleName(translate("programs", "Back to where the preview was opened (Space)"))


def open_preview(window, ctx: AppContext, program: Program, week_number: int,
                 slot_index: int) -> PreviewPage | None:
    """Push a preview of one session of a week; None (and a note) when that session holds nothing."""
    plan = programs.preview_plan(ctx.app, program, week_number, slot_index)
    if plan is None:
        ew.tell(window, translate("programs", "Nothing to preview"), translate("programs", "Week {week_number} has no exercises in that session.").format(week_number=week_number))
        return None
    page = PreviewPage(ctx, program, plan)
    page.player.closed.connect(lambda: window.pop_page(page))
    window.push_page(page)
    page.player.render()
    page.player.setFocus()
    return page


@dataclass(frozen=True)
class HandoutRequest:
    """What to print: which weeks, for whom, which leg, the contact lines and a note per exercise id."""

    weeks: tuple[int, ...]
    patient: str = ""
    side: str = ""
    contact: str = ""
    notes: dict[str, str] = field(default_factory=dict)


SIDE_CHOICES = {"": QT_TRANSLATE_NOOP("programs", "Not given (the handout says “your affected side”)"), "left": QT_TRANSLATE_NOOP("programs", "Left leg"),
                "right": QT_TRANSLATE_NOOP("programs", "Right leg"), "both": QT_TRANSLATE_NOOP("programs", "Both legs")}


class HandoutDialog(QDialog):
    """The handout's options: the weeks (all by default), the patient's name and leg, the contact lines and a
    note per exercise. ``request()`` gives them once accepted."""

    def __init__(self, program: Program, *, patient: str = "", side: str = "", contact: str = "",
                 week: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.program = program
        self.setWindowTitle(translate("programs", "Print a handout"))
        self.setAccessibleName(translate("programs", "Print a handout"))
        outer = QVBoxLayout(self)
        body = QWidget()
        lay = QVBoxLayout(body)
        outer.addWidget(vertical_scroll(body, translate("programs", "Handout options, scrollable")), 1)
        lay.addWidget(ew.label(translate("programs", "Handout of “{program}”").format(program=program.title), "h2"))
        weeks_box = QGroupBox(translate("programs", "Weeks"))
        weeks_box.setAccessibleName(translate("programs", "Weeks to print"))
        wl = QVBoxLayout(weeks_box)
        self.weeks: dict[int, QCheckBox] = {}
        for w in program.weeks:
            cb = QCheckBox(translate("programs", "Week {w}: {w2}").format(w=w.number, w2=w.title))
            cb.setObjectName(f"handoutWeek{w.number}")
            cb.setChecked(week is None or w.number == week)
            cb.toggled.connect(self._weeks_changed)
            wl.addWidget(cb)
            self.weeks[w.number] = cb
        lay.addWidget(weeks_box)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.patient = QLineEdit(patient)
        self.patient.setObjectName("handoutPatient")
        self.patient.setAccessibleName(translate("programs", "The patient's name (optional)"))
        self.patient.setPlaceholderText(translate("programs", "Optional"))
        self.patient.setMaxLength(60)
        self.side = QComboBox()
        self.side.setObjectName("handoutSide")
        self.side.setAccessibleName(translate("programs", "The leg with symptoms"))
        for key, text in SIDE_CHOICES.items():
            self.side.addItem(translate("programs", text), key)
        self.side.setCurrentIndex(max(0, self.side.findData(side if side in SIDE_CHOICES else "")))
        self.contact = QPlainTextEdit(contact)
        self.contact.setObjectName("handoutContact")
        self.contact.setAccessibleName(translate("programs", "Your contact lines, one per line (optional)"))
        self.contact.setPlaceholderText(translate("programs", "e.g. Jo Park, physiotherapist\n01234 567890 (without them the handout has lines to write on)"))
        self.contact.setTabChangesFocus(True)
        self.contact.setFixedHeight(4 * self.contact.fontMetrics().lineSpacing() + 12)
        for text, w in ((translate("programs", "&For:"), self.patient), (translate("programs", "&Leg with symptoms:"), self.side), (translate("programs", "&Contact:"), self.contact)):
            lab = ew.label(text, wrap=False)
            lab.setBuddy(w)
            form.addRow(lab, w)
        lay.addLayout(form)
        self.notes_box = QGroupBox(translate("programs", "A note per exercise (optional; without one the handout has a line to write on)"))
        self.notes_box.setAccessibleName(translate("programs", "Notes per exercise"))
        self.notes_form = QFormLayout(self.notes_box)
        self.notes_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.notes: dict[str, QLineEdit] = {}
        self._typed: dict[str, str] = {}  # notes typed so far, kept while their week is left out
        lay.addWidget(self.notes_box)
        lay.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(translate("programs", "&Save the PDF…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("handoutSave")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self._weeks_changed()
        fm = self.fontMetrics()
        self.resize(max(self.sizeHint().width(), 70 * fm.averageCharWidth()), 32 * fm.lineSpacing())

    def chosen_weeks(self) -> tuple[int, ...]:
        return tuple(n for n, cb in self.weeks.items() if cb.isChecked())

    def _weeks_changed(self) -> None:
        """A note line for each exercise of the chosen weeks (notes already typed are kept)."""
        self._typed.update({k: e.text() for k, e in self.notes.items()})
        typed = self._typed
        while self.notes_form.rowCount():
            self.notes_form.removeRow(0)
        self.notes = {}
        for n in self.chosen_weeks():
            for ex in self.program.week(n).exercises:
                if ex.id in self.notes:
                    continue  # the same exercise in several weeks: one note
                e = QLineEdit(typed.get(ex.id, ""))
                e.setObjectName(f"handoutNote-{ex.id}")
                e.setAccessibleName(translate("programs", "Note for {name}").format(name=ex.name))
                lab = ew.label(f"{ex.name}:", wrap=False)
                lab.setBuddy(e)
                self.notes_form.addRow(lab, e)
                self.notes[ex.id] = e
        self.ok.setEnabled(bool(self.chosen_weeks()))

    def request(self) -> HandoutRequest:
        return HandoutRequest(self.chosen_weeks(), self.patient.text().strip(), self.side.currentData() or "",
                              self.contact.toPlainText().strip(),
                              {k: e.text().strip() for k, e in self.notes.items() if e.text().strip()})


def ask_handout(parent: QWidget, program: Program, **defaults) -> HandoutRequest | None:
    """The handout's options (None when cancelled)."""
    dlg = HandoutDialog(program, parent=parent, **defaults)
    ok = dlg.exec() == QDialog.DialogCode.Accepted
    ew.reactivate(parent)
    return dlg.request() if ok else None


def make_handout(parent: QWidget, ctx: AppContext, program: Program, *, patient: str = "", side: str = "",
                 week: int | None = None) -> tuple[Path, HandoutRequest] | None:
    """Ask what to print and where, and write the handout; the file and what was printed (None if cancelled or
    failed)."""
    from coach.export.handout import HandoutError, write_handout

    request = ask_handout(parent, program, patient=patient, side=side, week=week,
                          contact=programs.handout_contact(ctx.app))
    if request is None:
        return None
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in program.id) or "program"
    which = "" if len(request.weeks) == len(program.weeks) else translate("programs", "-week-") + "-".join(str(n) for n in request.weeks)
    path = ew.ask_save_path(parent, translate("programs", "Save the handout"), str(Path.home() / translate("programs", "{safe}{which}.pdf").format(safe=safe, which=which)), translate("programs", "PDF files (*.pdf)"))
    if not path:
        return None
    if not path.lower().endswith(".pdf"):
        path += translate("programs", ".pdf")
    try:
        write_handout(program, request.weeks, path, patient=request.patient, side=request.side,
                      contact=request.contact, notes=request.notes, generated=ctx.app.today())
    except (HandoutError, OSError) as exc:
        ew.tell(parent, translate("programs", "The handout was not saved"), str(exc), warning=True)
        return None
    try:
        ctx.apply(programs.remember_handout_contact(ctx.app, request.contact))
    except StoreError:
        pass  # the handout is written; the contact lines are only a convenience for next time
    return Path(path), request


def handout_words(request: HandoutRequest, program: Program) -> str:
    """"week 2" or "weeks 1 to 4", for a status line."""
    w = request.weeks
    if len(w) == 1:
        return translate("programs", "week {w}").format(w=w[0])
    if list(w) == list(range(w[0], w[-1] + 1)):
        return translate("programs", "weeks {w} to {w2}").format(w=w[0], w2=w[-1])
    return translate("programs", "weeks ") + ", ".join(str(n) for n in w)
