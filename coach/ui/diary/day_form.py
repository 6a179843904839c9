"""One day of the Diary: pain on the body map, numbness, weakness, limited activities, what helped, the
exercises done, the warning-sign questions and a note.

The rules (what can be saved, what looks unfinished) are in ``coach.core.tracker``;
loading and saving are the use cases of ``coach.app.diary`` (a day and its
warning-sign answers are saved in one transaction). This form only shows the
fields, builds a ``TrackerEntry`` from them and shows the messages the core
returns.

Nothing confirmed is lost: Save (Ctrl+S) writes at once; switching to another
day with unsaved changes asks first (Save, Discard, Cancel); leaving the screen
saves the changes when they can be saved (and keeps them in the form when not).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coach.app import diary, flare
from coach.core import safety as safety_rules
from coach.core import tracker as core
from coach.core.i18n import translate
from coach.core.textfmt import long_date, month_name
from coach.core.tracker import TrackerEntry
from coach.store.db import StoreError
from coach.ui.context import AppContext
from coach.ui.diary.fields import ChoiceBoxes, DayEdit, ExerciseList, line
from coach.ui.diary.pain_panel import PainPanel
from coach.ui.diary.score_scale import ScoreStrip
from coach.ui.safety.warning_signs import WarningSignsForm, open_outcome
from coach.ui.widgets.kit import label as _label
from coach.ui.widgets.layout import FlowLayout


def day_text(d: dt.date) -> str:
    return long_date(d)


class DayForm(QWidget):
    """One day of the diary."""

    saved = Signal(object)  # the date

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._date = ctx.today()
        self._baseline: tuple | None = None
        self.outcome_dialog = None  # the emergency / see-a-doctor dialog last opened by Save
        self._loading = False
        self.setAccessibleName(translate("diary", "Diary for one day"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)

        # ---- the bar: date, Save, messages (always in view)
        bar_box = QWidget()
        bar = FlowLayout(bar_box, spacing=6)
        date_label = QLabel(translate("diary", "Da&y:"))
        self.date_edit = DayEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(translate("Dates", "ddd d MMM yyyy"))
        self.date_edit.setAccessibleName(translate("diary", "Day of the diary entry"))
        self.date_edit.setMinimumWidth(self.date_edit.sizeHint().width() + 12)
        date_label.setBuddy(self.date_edit)
        self.prev_day = QPushButton("◀")
        self.prev_day.setAccessibleName(translate("diary", "Show the day before"))
        self.next_day = QPushButton("▶")
        self.next_day.setAccessibleName(translate("diary", "Show the day after"))
        for b, tip in ((self.prev_day, translate("diary", "The day before (Alt+Left)")), (self.next_day, translate("diary", "The day after (Alt+Right)"))):
            b.setToolTip(tip)
        self.today_button = QPushButton(translate("diary", "Today"))
        self.today_button.setAccessibleName(translate("diary", "Show today"))
        self.save_button = QPushButton(translate("diary", "Save (Ctrl+S)"))
        self.save_button.setAccessibleName(translate("diary", "Save this day"))
        self.save_button.setProperty("role", "primary")
        self.status = _label("", "muted", name="saveStatus")
        self.status.setWordWrap(False)
        day_box = QWidget()  # the label stays with its box when the bar wraps
        dl = QHBoxLayout(day_box)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(date_label)
        dl.addWidget(self.date_edit)
        save_box = QWidget()
        sl = QHBoxLayout(save_box)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(self.status)
        sl.addWidget(self.save_button)
        for w in (day_box, self.prev_day, self.next_day, self.today_button, save_box):
            bar.addWidget(w)
        outer.addWidget(bar_box)
        self.problems_frame = QFrame()
        self.problems_frame.setProperty("role", "alert")
        pf = QVBoxLayout(self.problems_frame)
        pf.setContentsMargins(12, 8, 12, 8)
        self.problems_label = _label("", None, name="problems")
        pf.addWidget(self.problems_label)
        self.problems_frame.setVisible(False)
        outer.addWidget(self.problems_frame)
        self.reminders_label = _label("", "muted", name="reminders")
        self.reminders_label.setVisible(False)
        outer.addWidget(self.reminders_label)
        self.flare_label = _label("", "muted", name="dayFlare")  # the day's flare, from the flare plan
        self.flare_label.setVisible(False)
        outer.addWidget(self.flare_label)

        # ---- the fields, in a scroll area
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(0, 4, 8, 8)
        lay.setSpacing(12)

        pain_box = QGroupBox(translate("diary", "&Pain"))
        pl = QVBoxLayout(pain_box)
        pl.addWidget(_label(translate("diary", "Click a place on a figure, then a number; or type the scores in the boxes."), "muted"))
        self.pain = PainPanel()
        self.pain.setMinimumHeight(380)
        pl.addWidget(self.pain)
        # asked for itself: the day's overall pain is the person's answer, not the worst place worked out
        overall_label = _label(translate("diary", "Ov&erall, how much pain did you have today?"), name="overallQuestion")
        self.overall = ScoreStrip(translate("diary", "Overall pain today"), translate("diary", "no pain"),
                                  translate("diary", "the worst pain"))
        self.overall.setObjectName("overallPain")
        overall_label.setBuddy(self.overall)
        pl.addWidget(overall_label)
        pl.addWidget(self.overall)
        lay.addWidget(pain_box)

        # two boxes side by side while they fit, one above the other when the text is large or the window narrow
        row1 = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        row2 = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        for row in (row1, row2):
            row.setSpacing(12)
        numb_box = QGroupBox(translate("diary", "&Numbness or tingling"))
        nl = QVBoxLayout(numb_box)
        nl.addWidget(_label(translate("diary", "Where? Tick the places:"), "muted"))
        ng = QGridLayout()
        self.numb_boxes: dict[str, QCheckBox] = {}
        for i, key in enumerate(core.LOCATIONS):
            cb = QCheckBox(core.location_label(key))
            cb.setAccessibleName(translate("diary", "Numbness or tingling: {key}").format(key=core.location_label(key).lower()))
            cb.setObjectName(f"numb-{key}")
            self.numb_boxes[key] = cb
            ng.addWidget(cb, i // 2, i % 2)
        nl.addLayout(ng)
        self.numb_where = line(translate("diary", "Numbness or tingling: other places"), translate("diary", "Other places (for example the foot)"))
        nl.addWidget(self.numb_where)
        nl.addWidget(_label(translate("diary", "How strong?"), "muted"))
        self.numb_strength = ScoreStrip(translate("diary", "Strength of the numbness or tingling"), "none", translate("diary", "the worst"))
        nl.addWidget(self.numb_strength)
        nl.addStretch(1)
        row1.addWidget(numb_box, 1)

        weak_box = QGroupBox(translate("diary", "Wea&kness: which movements felt weak?"))
        wl = QVBoxLayout(weak_box)
        self.weakness = ChoiceBoxes(translate("diary", "Weakness"), core.WEAKNESS_PRESETS, 1, translate("diary", "Other weakness"),
                                    translate("diary", "Other: which movement felt weak?"))
        wl.addWidget(self.weakness)
        wl.addStretch(1)
        row1.addWidget(weak_box, 1)

        act_box = QGroupBox(translate("diary", "&Activities limited by your symptoms"))
        al = QVBoxLayout(act_box)
        self.activities = ChoiceBoxes(translate("diary", "Activities limited"), core.ACTIVITY_PRESETS, 2, translate("diary", "Other activities limited"),
                                      translate("diary", "Anything else you could not do as usual"))
        al.addWidget(self.activities)
        al.addStretch(1)
        row2.addWidget(act_box, 1)

        helped_box = QGroupBox(translate("diary", "What &helped"))
        hl = QVBoxLayout(helped_box)
        self.helped = ChoiceBoxes(translate("diary", "What helped"), core.HELPED_PRESETS, 1, translate("diary", "What else helped"), translate("diary", "Anything else"))
        hl.addWidget(self.helped)
        self.helped_guide = QPushButton(translate("diary", "What eases symptoms: the Guide"))
        self.helped_guide.setObjectName("helpedGuide")
        self.helped_guide.setAccessibleName(translate("diary", "What eases symptoms: open the Guide"))
        self.helped_guide.clicked.connect(lambda: ctx.open_guide("relief"))
        hl.addWidget(self.helped_guide, 0, Qt.AlignmentFlag.AlignLeft)
        hl.addStretch(1)
        row2.addWidget(helped_box, 1)
        lay.addLayout(row1)
        lay.addLayout(row2)
        self._adaptive = [(self.pain.box, [self.pain.map, self.pain.side]), (row1, [numb_box, weak_box]),
                          (row2, [act_box, helped_box])]

        ex_box = QGroupBox(translate("diary", "E&xercises completed"))
        el = QVBoxLayout(ex_box)
        self.exercises = ExerciseList()
        self.exercises.fill.clicked.connect(self._fill_from_sessions)
        el.addWidget(self.exercises)
        lay.addWidget(ex_box)

        warn_box = QGroupBox(translate("diary", "Warning si&gns"))
        wsl = QVBoxLayout(warn_box)
        self.warnings = WarningSignsForm()
        wsl.addWidget(self.warnings)
        self.warnings_hint = _label(translate("diary", "Answer all of them to have them saved with the day; leave them all empty to skip them."), "muted")
        wsl.addWidget(self.warnings_hint)
        lay.addWidget(warn_box)

        note_box = QGroupBox(translate("diary", "N&ote"))
        nol = QVBoxLayout(note_box)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(translate("diary", "Note"))
        self.note.setPlaceholderText(translate("diary", "Anything else about today"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(80)
        nol.addWidget(self.note)
        lay.addWidget(note_box)
        lay.addStretch(1)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(body)
        self.scroll.setAccessibleName(translate("diary", "The day's diary fields"))
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop of its own; it follows the focus
        self.scroll.viewport().installEventFilter(self)
        QApplication.instance().focusChanged.connect(self._follow_focus)
        outer.addWidget(self.scroll, 1)

        # ---- wiring
        self.date_edit.dateChanged.connect(self._date_picked)
        self.prev_day.clicked.connect(lambda: self.request_date(self._date - dt.timedelta(days=1)))
        self.next_day.clicked.connect(lambda: self.request_date(self._date + dt.timedelta(days=1)))
        self.today_button.clicked.connect(lambda: self.request_date(self.ctx.today()))
        self.save_button.clicked.connect(self.save)
        sc = QShortcut(QKeySequence.StandardKey.Save, self)
        sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        sc.activated.connect(self.save)
        for keys, button in (("Alt+Left", self.prev_day), ("Alt+Right", self.next_day)):
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(lambda b=button: b.isEnabled() and b.click())
        self.pain.valueChanged.connect(self._changed)
        self.overall.valueChanged.connect(self._changed)
        for cb in self.numb_boxes.values():
            cb.toggled.connect(self._changed)
        self.numb_where.textChanged.connect(self._changed)
        self.numb_strength.valueChanged.connect(self._changed)
        for w in (self.weakness, self.activities, self.helped, self.exercises):
            w.changed.connect(self._changed)
        self.warnings.changed.connect(self._changed)
        self.note.textChanged.connect(self._changed)
        self.load(self._date)

    def eventFilter(self, obj, event) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest) and obj is self.scroll.viewport():
            self._arrange()
        return super().eventFilter(obj, event)

    def changeEvent(self, event) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._arrange()
        super().changeEvent(event)

    def _arrange(self) -> None:
        """Side by side where the parts fit in the visible width, else one above the other (no sideways scrolling)."""
        room = self.scroll.viewport().width() - 40  # the body's margins and the group boxes' frames
        self.activities.set_columns(2 if self.activities.width_for(2) <= room - 30 else 1)
        for layout, parts in self._adaptive:
            need = sum(p.minimumSizeHint().width() for p in parts) + layout.spacing() * (len(parts) - 1)
            want = QBoxLayout.Direction.LeftToRight if need <= room else QBoxLayout.Direction.TopToBottom
            if layout.direction() != want:
                layout.setDirection(want)

    def _follow_focus(self, _old, new) -> None:
        # Tab, Alt+letter or a click: the field that gets the keyboard is scrolled into view
        body = self.scroll.widget()
        if new is not None and body is not None and body.isAncestorOf(new):
            self.scroll.ensureWidgetVisible(new, 20, 40)

    # ------------------------------------------------------------ reading
    def date(self) -> dt.date:
        return self._date

    def entry(self) -> TrackerEntry:
        return TrackerEntry(
            date=self._date,
            pain=self.pain.values(),
            overall=self.overall.value(),
            numbness_locations=tuple(k for k, cb in self.numb_boxes.items() if cb.isChecked()),
            numbness_where=self.numb_where.text().strip(),
            numbness_strength=self.numb_strength.value(),
            weakness=self.weakness.keys(),
            weakness_other=self.weakness.other.text().strip(),
            activities_limited=self.activities.keys(),
            activities_other=self.activities.other.text().strip(),
            exercises=self.exercises.exercises(),
            exercises_other=self.exercises.other.text().strip(),
            helped=self.helped.keys(),
            helped_other=self.helped.other.text().strip(),
            note=self.note.toPlainText().strip(),
        )

    def _state(self) -> tuple:
        return (core.entry_to_dict(self.entry()), tuple(sorted(self.warnings.answers().items())))

    def is_dirty(self) -> bool:
        return self._baseline is not None and self._state() != self._baseline

    # ------------------------------------------------------------ loading
    def _fill_from_sessions(self) -> None:
        found = diary.session_exercises(self.ctx.app, self._date)
        have = {(e.exercise_id or e.name) for e in self.exercises.exercises()}
        for ex in found:
            if (ex.exercise_id or ex.name) not in have:
                self.exercises._add(ex)
        self._set_status(translate("diary", "No more in the sessions") if not found or all(
            (e.exercise_id or e.name) in have for e in found) else translate("diary", "Added from the sessions"))
        self._changed()

    def load(self, day: dt.date) -> None:
        """Show ``day`` (its saved entry, or an empty day with the sessions' exercises filled in)."""
        self._loading = True
        self._date = day
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.date_edit.blockSignals(False)
        self.next_day.setEnabled(day < self.ctx.today())
        shown = diary.load_day(self.ctx.app, day)
        entry = shown.entry
        self.pain.setValues(entry.pain)
        self.pain.start_day()  # no place chosen: digits typed before choosing one land nowhere
        self.overall.setValue(entry.overall)
        for k, cb in self.numb_boxes.items():
            cb.setChecked(k in entry.numbness_locations)
        self.numb_where.setText(entry.numbness_where)
        self.numb_strength.setValue(entry.numbness_strength)
        self.weakness.set_keys(entry.weakness)
        self.weakness.other.setText(entry.weakness_other)
        self.activities.set_keys(entry.activities_limited)
        self.activities.other.setText(entry.activities_other)
        self.exercises.set_exercises(entry.exercises)
        self.exercises.other.setText(entry.exercises_other)
        self.helped.set_keys(entry.helped)
        self.helped.other.setText(entry.helped_other)
        self.note.setPlainText(entry.note)
        self.warnings.set_answers(shown.answers)
        day_flare = flare.flare_on(self.ctx.app, day)
        self.flare_label.setVisible(day_flare is not None)
        if day_flare is not None:
            note = translate("diary", " What set it off: {note}").format(note=day_flare.note) if day_flare.note else ""
            self.flare_label.setText(translate("diary", "A flare was recorded this day (the flare plan was opened at {started_at}).{note}").format(started_at=day_flare.started_at[11:16], note=note))
        self._loading = False
        self._baseline = self._state()
        self._set_status(self._saved_text(shown.saved_at) if shown.saved_at else translate("diary", "Not saved yet"))
        self._validate()

    def request_date(self, day: dt.date) -> bool:
        """Move to ``day``, asking first when there are unsaved changes; False when the person cancels."""
        if day == self._date:
            return True
        if not self.maybe_save(ask=True):
            self.date_edit.blockSignals(True)
            self.date_edit.setDate(QDate(self._date.year, self._date.month, self._date.day))
            self.date_edit.blockSignals(False)
            return False
        self.load(day)
        return True

    def _date_picked(self, qd: QDate) -> None:
        self.request_date(dt.date(qd.year(), qd.month(), qd.day()))

    def maybe_save(self, ask: bool) -> bool:
        """Deal with unsaved changes: ask (Save / Discard / Cancel) or save quietly. False = stay here."""
        if not self.is_dirty():
            return True
        if not ask:
            if core.problems(self.entry(), self.ctx.today()):
                return False  # kept in the form; the messages stay on screen
            return self.save()
        box = QMessageBox(QMessageBox.Icon.Question, translate("diary", "Unsaved changes"),
                          translate("diary", "You changed {date} and have not saved it.").format(date=day_text(self._date)), parent=self)
        box.setInformativeText(translate("diary", "Save the changes before showing another day?"))
        box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                               | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        choice = box.exec()
        if choice == QMessageBox.StandardButton.Save:
            return self.save()
        return choice == QMessageBox.StandardButton.Discard

    # ------------------------------------------------------------ checking
    def _changed(self, *_args) -> None:
        if self._loading:
            return
        self._validate()
        if self.is_dirty():
            self._set_status(translate("diary", "● Not saved yet"))

    def _validate(self) -> list[core.Problem]:
        entry = self.entry()
        found = core.problems(entry, self.ctx.today())
        self.problems_label.setText("\n".join(f"⚠ {p.message}" for p in found))
        self.problems_frame.setVisible(bool(found))
        rem = core.reminders(entry)
        if self.warnings.answers() and not self.warnings.is_complete():
            left = len(self.warnings.unanswered())
            rem.append(core.Problem("warnings", f"Warning signs: {left} question(s) not answered yet; answer "
                                                "them all to have them saved."))
        self.reminders_label.setText("\n".join(f"• {p.message}" for p in rem))
        self.reminders_label.setVisible(bool(rem))
        return found

    def _outcome_closed(self) -> None:
        self.outcome_dialog = None  # the dialog deletes itself on close; hold no reference to it

    def _saved_text(self, when: dt.datetime) -> str:
        # short: it shares the bar with the date and the buttons
        if when.date() == self.ctx.today():
            return translate("diary", "✓ Saved at {when:%H:%M}").format(when=when)
        return translate("diary", "✓ Saved {day} {when}, {when2:%H:%M}").format(day=when.day, when=month_name(when)[:3], when2=when)

    def _set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(f"{day_text(self._date)}: {text}")
        self.status.setToolTip(f"{day_text(self._date)}: {text}")

    # ------------------------------------------------------------ saving
    def save(self) -> bool:
        if not self.ctx.profile:
            self._set_status(translate("diary", "Create a profile first"))
            return False
        if self._validate():
            return False
        entry = self.entry()
        try:
            # the answers are recorded (and their advice shown) when answered or changed, not on every save
            saved = diary.save_day(self.ctx.app, entry, self.warnings.answers())
        except core.TrackerError as exc:
            self.problems_label.setText("\n".join(f"⚠ {p.message}" for p in exc.problems))
            self.problems_frame.setVisible(True)
            return False
        except StoreError as exc:
            self.problems_label.setText(translate("diary", "⚠ Not saved: {exc}").format(exc=exc))
            self.problems_frame.setVisible(True)
            return False
        self._baseline = self._state()
        self._set_status(self._saved_text(self.ctx.clock.now()) if not entry.is_empty() else translate("diary", "✓ Saved: empty day"))
        self.ctx.apply(saved)
        outcome = saved.value
        if outcome is not None and outcome.level != safety_rules.CLEAR:
            self.outcome_dialog = open_outcome(self.window(), self.ctx, outcome, on_done=self._outcome_closed)
        self.saved.emit(self._date)
        return True
