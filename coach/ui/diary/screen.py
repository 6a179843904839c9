"""The Diary screen: one day of the symptom and movement diary, the 14-day view and the weekly scores.

The rules (what can be saved, what looks unfinished) are in ``coach.core.tracker``;
storage in ``coach.store.tracker``. This screen only shows the fields, builds a
``TrackerEntry`` from them and shows the messages the core returns.

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
    QDateEdit,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coach.core import safety as safety_rules
from coach.core import tracker as core
from coach.core.tracker import ExerciseDone, TrackerEntry
from coach.store import safety as safety_store
from coach.store import tracker as tracker_store
from coach.store.db import StoreError
from coach.ui.context import AppContext
from coach.ui.diary.body_map import PainPanel, ScoreSpin, ScoreStrip
from coach.ui.safety.warning_signs import WarningSignsForm, open_outcome
from coach.ui.widgets.kit import label as _label
from coach.ui.widgets.layout import FlowLayout


def _line(name: str, placeholder: str, limit: int = core.MAX_SHORT_TEXT) -> QLineEdit:
    e = QLineEdit()
    e.setAccessibleName(name)
    e.setPlaceholderText(placeholder)
    e.setMaxLength(limit)
    return e


def day_text(d: dt.date) -> str:
    return f"{d:%A} {d.day} {d:%B %Y}"


class DayEdit(QDateEdit):
    """A date box that Tab leaves in one press (day, month and year are changed with the arrow keys)."""

    def focusNextPrevChild(self, forward: bool) -> bool:
        return QWidget.focusNextPrevChild(self, forward)


class ChoiceBoxes(QWidget):
    """Preset checkboxes in columns, plus a free-text box for anything else."""

    changed = Signal()

    def __init__(self, what: str, presets: dict[str, str], columns: int, other_name: str,
                 other_placeholder: str, parent=None):
        super().__init__(parent)
        self.setAccessibleName(what)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.grid = grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        self.boxes: dict[str, QCheckBox] = {}
        for key, text in presets.items():
            cb = QCheckBox(text)
            cb.setAccessibleName(f"{what}: {text}")
            cb.setObjectName(f"choice-{key}")
            cb.toggled.connect(self.changed)
            self.boxes[key] = cb
        self.columns = 0
        self.set_columns(columns)
        lay.addLayout(grid)
        self.other = _line(other_name, other_placeholder)
        self.other.textChanged.connect(self.changed)
        lay.addWidget(self.other)

    def set_columns(self, columns: int) -> None:
        """Lay the boxes out in ``columns`` columns (reading order stays across, then down)."""
        if columns == self.columns:
            return
        self.columns = columns
        for cb in self.boxes.values():
            self.grid.removeWidget(cb)
        for c in range(self.grid.columnCount()):
            self.grid.setColumnStretch(c, 0)
        for i, cb in enumerate(self.boxes.values()):
            self.grid.addWidget(cb, i // columns, i % columns)

    def width_for(self, columns: int) -> int:
        widest = max(cb.minimumSizeHint().width() for cb in self.boxes.values())
        return columns * widest + (columns - 1) * self.grid.horizontalSpacing()

    def keys(self) -> tuple[str, ...]:
        return tuple(k for k, cb in self.boxes.items() if cb.isChecked())

    def set_keys(self, keys) -> None:
        for k, cb in self.boxes.items():
            cb.setChecked(k in keys)


class ExerciseRow(QWidget):
    removed = Signal(object)
    changed = Signal()

    def __init__(self, ex: ExerciseDone, parent=None):
        super().__init__(parent)
        self.ex = ex
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.name = _line(f"Exercise name: {ex.name}" if ex.name else "Name of the added exercise", "Exercise name")
        self.name.setText(ex.name)
        self.name.textChanged.connect(self.changed)
        self.times = ScoreSpin()
        self.times.setRange(0, core.MAX_EXERCISE_TIMES)
        self.times.setValue(ex.times)
        self.times.setSuffix(" ×")
        self.times.setAccessibleName(f"Times done: {ex.name or 'exercise'}")
        self.times.setToolTip("How many times (sessions or walks) you did it today")
        self.times.valueChanged.connect(self.changed)
        self.detail = _label(ex.detail, "muted")
        self.remove = QPushButton("Remove")
        self.remove.setAccessibleName(f"Remove {ex.name or 'this exercise'}")
        self.remove.clicked.connect(lambda: self.removed.emit(self))
        lay.addWidget(self.name, 3)
        lay.addWidget(self.times)
        lay.addWidget(self.detail, 3)
        lay.addWidget(self.remove)

    def value(self) -> ExerciseDone:
        return ExerciseDone(name=self.name.text().strip(), times=self.times.value(),
                            exercise_id=self.ex.exercise_id, detail=self.ex.detail)


class ExerciseList(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName("Exercises completed")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.empty = _label("No exercises recorded for this day yet.", "muted")
        lay.addWidget(self.empty)
        self.rows_box = QVBoxLayout()
        lay.addLayout(self.rows_box)
        buttons_box = QWidget()
        buttons = FlowLayout(buttons_box, spacing=6)  # side by side, or one under the other at large text
        self.add = QPushButton("Add an exercise")
        self.add.setAccessibleName("Add an exercise")
        self.add.clicked.connect(lambda: self._add(ExerciseDone(name="", times=1), focus=True))
        self.fill = QPushButton("Fill in from the day's sessions")
        self.fill.setAccessibleName("Fill in the exercises from the day's sessions")
        buttons.addWidget(self.add)
        buttons.addWidget(self.fill)
        lay.addWidget(buttons_box)
        self.other = _line("Other exercises", "Anything else you did (for example a swim)")
        self.other.textChanged.connect(self.changed)
        lay.addWidget(self.other)
        self.rows: list[ExerciseRow] = []

    def _add(self, ex: ExerciseDone, focus: bool = False) -> None:
        row = ExerciseRow(ex)
        row.changed.connect(self.changed)
        row.removed.connect(self._remove)
        self.rows.append(row)
        self.rows_box.addWidget(row)
        self.empty.setVisible(False)
        self._order()
        if focus:
            row.name.setFocus()
            self.changed.emit()

    def _order(self) -> None:
        """Tab goes through the rows (made later, so last in the focus chain) before the buttons under them."""
        prev: QWidget = self.previousInFocusChain()  # the last Tab stop before this list
        while prev is not None and prev is not self and not (prev.focusPolicy() & Qt.FocusPolicy.TabFocus):
            prev = prev.previousInFocusChain()
        if prev is None or prev is self:
            return
        for row in self.rows:
            for w in (row.name, row.times, row.remove):
                QWidget.setTabOrder(prev, w)
                prev = w
        for w in (self.add, self.fill, self.other):
            QWidget.setTabOrder(prev, w)
            prev = w

    def _remove(self, row: ExerciseRow) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self.empty.setVisible(not self.rows)
        self.add.setFocus()
        self.changed.emit()

    def set_exercises(self, items) -> None:
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        for ex in items:
            self._add(ex)
        self.empty.setVisible(not self.rows)

    def exercises(self) -> tuple[ExerciseDone, ...]:
        return tuple(r.value() for r in self.rows)


class DayForm(QWidget):
    """One day of the diary."""

    saved = Signal(object)  # the date

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._date = ctx.today()
        self._baseline: tuple | None = None
        self._recorded_answers: dict[str, bool] = {}
        self.outcome_dialog = None  # the emergency / see-a-doctor dialog last opened by Save
        self._loading = False
        self.setAccessibleName("Diary for one day")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)

        # ---- the bar: date, Save, messages (always in view)
        bar_box = QWidget()
        bar = FlowLayout(bar_box, spacing=6)
        date_label = QLabel("Da&y:")
        self.date_edit = DayEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        self.date_edit.setAccessibleName("Day of the diary entry")
        self.date_edit.setMinimumWidth(self.date_edit.sizeHint().width() + 12)
        date_label.setBuddy(self.date_edit)
        self.prev_day = QPushButton("◀")
        self.prev_day.setAccessibleName("Show the day before")
        self.next_day = QPushButton("▶")
        self.next_day.setAccessibleName("Show the day after")
        for b, tip in ((self.prev_day, "The day before (Alt+Left)"), (self.next_day, "The day after (Alt+Right)")):
            b.setToolTip(tip)
        self.today_button = QPushButton("Today")
        self.today_button.setAccessibleName("Show today")
        self.save_button = QPushButton("Save (Ctrl+S)")
        self.save_button.setAccessibleName("Save this day")
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

        # ---- the fields, in a scroll area
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(0, 4, 8, 8)
        lay.setSpacing(12)

        pain_box = QGroupBox("&Pain")
        pl = QVBoxLayout(pain_box)
        pl.addWidget(_label("Click a place on a figure, then a number; or type the scores in the boxes.", "muted"))
        self.pain = PainPanel()
        self.pain.setMinimumHeight(380)
        pl.addWidget(self.pain)
        lay.addWidget(pain_box)

        # two boxes side by side while they fit, one above the other when the text is large or the window narrow
        row1 = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        row2 = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        for row in (row1, row2):
            row.setSpacing(12)
        numb_box = QGroupBox("&Numbness or tingling")
        nl = QVBoxLayout(numb_box)
        nl.addWidget(_label("Where? Tick the places:", "muted"))
        ng = QGridLayout()
        self.numb_boxes: dict[str, QCheckBox] = {}
        for i, key in enumerate(core.LOCATIONS):
            cb = QCheckBox(core.location_label(key))
            cb.setAccessibleName(f"Numbness or tingling: {core.location_label(key).lower()}")
            cb.setObjectName(f"numb-{key}")
            self.numb_boxes[key] = cb
            ng.addWidget(cb, i // 2, i % 2)
        nl.addLayout(ng)
        self.numb_where = _line("Numbness or tingling: other places", "Other places (for example the foot)")
        nl.addWidget(self.numb_where)
        nl.addWidget(_label("How strong?", "muted"))
        self.numb_strength = ScoreStrip("Strength of the numbness or tingling", "none", "the worst")
        nl.addWidget(self.numb_strength)
        nl.addStretch(1)
        row1.addWidget(numb_box, 1)

        weak_box = QGroupBox("Wea&kness: which movements felt weak?")
        wl = QVBoxLayout(weak_box)
        self.weakness = ChoiceBoxes("Weakness", core.WEAKNESS_PRESETS, 1, "Other weakness",
                                    "Other: which movement felt weak?")
        wl.addWidget(self.weakness)
        wl.addStretch(1)
        row1.addWidget(weak_box, 1)

        act_box = QGroupBox("&Activities limited by your symptoms")
        al = QVBoxLayout(act_box)
        self.activities = ChoiceBoxes("Activities limited", core.ACTIVITY_PRESETS, 2, "Other activities limited",
                                      "Anything else you could not do as usual")
        al.addWidget(self.activities)
        al.addStretch(1)
        row2.addWidget(act_box, 1)

        helped_box = QGroupBox("What &helped")
        hl = QVBoxLayout(helped_box)
        self.helped = ChoiceBoxes("What helped", core.HELPED_PRESETS, 1, "What else helped", "Anything else")
        hl.addWidget(self.helped)
        hl.addStretch(1)
        row2.addWidget(helped_box, 1)
        lay.addLayout(row1)
        lay.addLayout(row2)
        self._adaptive = [(self.pain.box, [self.pain.map, self.pain.side]), (row1, [numb_box, weak_box]),
                          (row2, [act_box, helped_box])]

        ex_box = QGroupBox("E&xercises completed")
        el = QVBoxLayout(ex_box)
        self.exercises = ExerciseList()
        self.exercises.fill.clicked.connect(self._fill_from_sessions)
        el.addWidget(self.exercises)
        lay.addWidget(ex_box)

        warn_box = QGroupBox("Warning si&gns")
        wsl = QVBoxLayout(warn_box)
        self.warnings = WarningSignsForm()
        wsl.addWidget(self.warnings)
        self.warnings_hint = _label("Answer all of them to have them saved with the day; leave them all "
                                    "empty to skip them.", "muted")
        wsl.addWidget(self.warnings_hint)
        lay.addWidget(warn_box)

        note_box = QGroupBox("N&ote")
        nol = QVBoxLayout(note_box)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName("Note")
        self.note.setPlaceholderText("Anything else about today")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(80)
        nol.addWidget(self.note)
        lay.addWidget(note_box)
        lay.addStretch(1)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(body)
        self.scroll.setAccessibleName("The day's diary fields")
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
    def _names(self) -> dict[str, str]:
        try:
            return self.ctx.program.exercise_names()
        except Exception:  # a broken program file must not stop the diary
            return {}

    def _session_exercises(self, day: dt.date) -> tuple[ExerciseDone, ...]:
        if not self.ctx.profile:
            return ()
        names = self._names()
        return tracker_store.exercises_from_sessions(self.ctx.store, self.ctx.profile.id, day, names.get)

    def _fill_from_sessions(self) -> None:
        found = self._session_exercises(self._date)
        have = {(e.exercise_id or e.name) for e in self.exercises.exercises()}
        for ex in found:
            if (ex.exercise_id or ex.name) not in have:
                self.exercises._add(ex)
        self._set_status("No more in the sessions" if not found or all(
            (e.exercise_id or e.name) in have for e in found) else "Added from the sessions")
        self._changed()

    def load(self, day: dt.date) -> None:
        """Show ``day`` (its saved entry, or an empty day with the sessions' exercises filled in)."""
        self._loading = True
        self._date = day
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.date_edit.blockSignals(False)
        self.next_day.setEnabled(day < self.ctx.today())
        pid = self.ctx.profile.id if self.ctx.profile else None
        entry = tracker_store.get_entry(self.ctx.store, pid, day) if pid else None
        future = day > self.ctx.today()
        if entry is None:
            entry = TrackerEntry(date=day, exercises=() if future else self._session_exercises(day))
        self.pain.setValues(entry.pain)
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
        answers = {}
        if pid:
            found = [w for w in safety_store.warning_history(self.ctx.store, pid)
                     if w.date == day and w.source == "tracker"]
            answers = found[-1].answers if found else {}
        self.warnings.set_answers(answers)
        self._recorded_answers = dict(answers)  # what the safety record already holds for this day
        self._loading = False
        self._baseline = self._state()
        when = tracker_store.saved_at(self.ctx.store, pid, day) if pid else None
        self._set_status(self._saved_text(when) if when else "Not saved yet")
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
        box = QMessageBox(QMessageBox.Icon.Question, "Unsaved changes",
                          f"You changed {day_text(self._date)} and have not saved it.", parent=self)
        box.setInformativeText("Save the changes before showing another day?")
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
            self._set_status("● Not saved yet")

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
        self.ctx.notify("safety")

    def _saved_text(self, when: dt.datetime) -> str:
        # short: it shares the bar with the date and the buttons
        if when.date() == self.ctx.today():
            return f"✓ Saved at {when:%H:%M}"
        return f"✓ Saved {when.day} {when:%b}, {when:%H:%M}"

    def _set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(f"{day_text(self._date)}: {text}")
        self.status.setToolTip(f"{day_text(self._date)}: {text}")

    # ------------------------------------------------------------ saving
    def save(self) -> bool:
        if not self.ctx.profile:
            self._set_status("Create a profile first")
            return False
        if self._validate():
            return False
        entry = self.entry()
        pid = self.ctx.profile.id
        outcome = None
        try:
            tracker_store.save_entry(self.ctx.store, pid, entry, today=self.ctx.today())
            answers = self.warnings.answers()
            # recorded (and its advice shown) when answered or changed, not again on every later save
            if answers and self.warnings.is_complete() and answers != self._recorded_answers:
                outcome = safety_store.record_warning_answers(self.ctx.store, pid, self._date, answers,
                                                              source="tracker")
                self._recorded_answers = dict(answers)
        except core.TrackerError as exc:
            self.problems_label.setText("\n".join(f"⚠ {p.message}" for p in exc.problems))
            self.problems_frame.setVisible(True)
            return False
        except StoreError as exc:
            self.problems_label.setText(f"⚠ Not saved: {exc}")
            self.problems_frame.setVisible(True)
            return False
        self._baseline = self._state()
        self._set_status(self._saved_text(self.ctx.clock.now()) if not entry.is_empty() else "✓ Saved: empty day")
        self.ctx.notify("tracker")
        if outcome is not None:
            self.ctx.notify("safety")
            if outcome.level != safety_rules.CLEAR:
                self.outcome_dialog = open_outcome(self.window(), self.ctx.store, pid, outcome,
                                                   on_done=self._outcome_closed)
        self.saved.emit(self._date)
        return True


class DiaryScreen(QWidget):
    """The Diary: the day's entry, and (as tabs) the 14-day view and the weekly scores."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("diaryScreen")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 8, 12, 8)
        title = _label("Diary", "h1")
        lay.addWidget(title)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Diary views")
        self.tabs.tabBar().setAccessibleName("Diary views: day, 14 days, weekly scores")
        self.day = DayForm(ctx)
        self.tabs.addTab(self.day, "&Day")
        self._add_tabs()
        lay.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._tab_changed)

    def _add_tabs(self) -> None:
        """The 14-day grid and the weekly scores."""
        from coach.ui.diary.grid import FourteenDays

        self.grid = FourteenDays(self.ctx)
        self.grid.day_chosen.connect(self.open_day)
        self.tabs.addTab(self.grid, "&14 days")
        from coach.ui.diary.scores import OutcomesPanel

        self.outcomes = OutcomesPanel(self.ctx)
        self.tabs.addTab(self.outcomes, "&Weekly scores")

    def _tab_changed(self, _i: int) -> None:
        w = self.tabs.currentWidget()
        if w is not self.day:
            self.day.maybe_save(ask=False)
        if hasattr(w, "refresh"):
            w.refresh()

    def open_day(self, day: dt.date) -> bool:
        self.tabs.setCurrentWidget(self.day)
        return self.day.request_date(day)

    def refresh(self) -> None:
        w = self.tabs.currentWidget()
        if w is not self.day and hasattr(w, "refresh"):
            w.refresh()
        elif not self.day.is_dirty():
            self.day.load(self.day.date())

    def hideEvent(self, event) -> None:
        # leaving the screen (or closing the window): keep what was entered
        self.day.maybe_save(ask=False)
        super().hideEvent(event)
