"""The editor's forms for the program's settings and for a week.

A form shows one part of the ``ProgramDraft`` and turns every edit into a
draft call; :meth:`load` puts the draft's values back (only where they
differ, so typing is never disturbed) after any change, undo or redo. The
exercise's form is ``coach.ui.programs.exercise_form``.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coach.core.i18n import translate
from coach.core.program_draft import ProgramDraft, load_words, session_loads
from coach.ui.programs import form_kit as fk
from coach.ui.widgets.kit import button, label, lines_of, set_text_if_changed


# ====================================================================== program
class ProgramForm(fk.DraftForm):
    """Title, id, description, source, sessions a day and their names, guidelines, progression."""

    def __init__(self, draft: ProgramDraft, parent: QWidget | None = None) -> None:
        super().__init__(draft, parent)
        self.setAccessibleName(translate("programs", "Program settings"))
        outer = QVBoxLayout(self)
        outer.addWidget(label(translate("programs", "Program settings"), "h2"))
        form = fk.new_form()
        self.title = fk.line_field("programTitle", translate("programs", "Program title"))
        self.pid = fk.line_field("programId", translate("programs", "Program id: lower-case letters, digits and dashes"), "my-program")
        self.pid_hint = label(translate("programs", "The id follows the title until you change it."), "muted", name="programIdHint")
        self._id_typed = False  # the person typed an id: it no longer follows the title
        self.description = fk.text_field("programDescription", translate("programs", "Description"), translate("programs", "One or two sentences about the program"))
        self.source = fk.line_field("programSource", translate("programs", "Source (optional)"), translate("programs", "Where the program comes from"))
        self.sessions = QSpinBox()
        self.sessions.setObjectName("sessionsPerDay")
        self.sessions.setAccessibleName(translate("programs", "Sessions a day"))
        self.sessions.setRange(1, 6)
        self.names_box = QWidget()
        self.names_lay = QHBoxLayout(self.names_box)
        self.names_lay.setContentsMargins(0, 0, 0, 0)
        self.names: list[QLineEdit] = []
        self.guidelines = fk.text_field("programGuidelines", translate("programs", "Guidelines, one per line"),
                                translate("programs", "One rule per line, e.g. Stop if you feel sharp pain."), 5)
        fk.add_row(form, translate("programs", "&Title:"), self.title)
        fk.add_row(form, translate("programs", "&Id:"), self.pid)
        form.addRow("", self.pid_hint)
        fk.add_row(form, translate("programs", "&Description:"), self.description)
        fk.add_row(form, translate("programs", "S&ource:"), self.source)
        fk.add_row(form, translate("programs", "Sessions a d&ay:"), self.sessions)
        form.addRow(label(translate("programs", "Session names:"), wrap=False), self.names_box)
        fk.add_row(form, translate("programs", "&Guidelines:"), self.guidelines)
        outer.addLayout(form)
        prog = QGroupBox(translate("programs", "Progression thresholds"))
        prog.setAccessibleName(translate("programs", "Progression thresholds"))
        pf = fk.new_form()
        prog.setLayout(pf)
        self.min_adherence = QSpinBox()
        self.min_adherence.setRange(0, 100)
        self.min_adherence.setSuffix(" %")
        self.min_adherence.setAccessibleName(translate("programs", "Sessions done before moving on, in percent"))
        self.recent = QSpinBox()
        self.recent.setRange(1, 14)
        self.recent.setAccessibleName(translate("programs", "Recent sessions that must be free of tingling outside a nerve glide"))
        self.pain_rise = fk.number_field("maxPainRise", translate("programs", "Largest rise in average pain that still counts as tolerated"),
                                      10.0, 0.5)
        self.step_up = QSpinBox()
        self.step_up.setRange(1, 14)
        self.step_up.setAccessibleName(translate("programs", "Tolerated sessions in a row before a range dose steps up"))
        fk.add_row(pf, translate("programs", "Sessions done to move on:"), self.min_adherence)
        fk.add_row(pf, translate("programs", "Sessions free of tingling:"), self.recent)
        fk.add_row(pf, translate("programs", "Largest pain rise (0–10):"), self.pain_rise)
        fk.add_row(pf, translate("programs", "Tolerated sessions to step up:"), self.step_up)
        outer.addWidget(prog)
        outer.addStretch(1)

        d = self.draft
        self.title.textEdited.connect(self.guard(lambda t: d.set_title(t, id_follows=self.id_follows)))
        self.pid.textEdited.connect(self.guard(self._id_edited))
        self.source.textEdited.connect(self.guard(lambda t: d.set_program_field("source", t)))
        self.description.textChanged.connect(self.guard(
            lambda: d.set_program_field("description", self.description.toPlainText().strip())))
        self.guidelines.textChanged.connect(self.guard(
            lambda: d.set_program_field("guidelines", lines_of(self.guidelines.toPlainText()))))
        self.sessions.valueChanged.connect(self.guard(lambda v: d.set_program_field("sessions_per_day", v)))
        self.min_adherence.valueChanged.connect(self.guard(lambda v: d.set_progression("min_adherence", v / 100)))
        self.recent.valueChanged.connect(self.guard(lambda v: d.set_progression("recent_sessions", v)))
        self.pain_rise.valueChanged.connect(self.guard(lambda v: d.set_progression("max_pain_rise", float(v))))
        self.step_up.valueChanged.connect(self.guard(
            lambda v: d.set_progression("tolerated_sessions_to_step_up", v)))

    @property
    def id_follows(self) -> bool:
        """Whether the id follows the title: a program not saved yet whose id nobody has typed."""
        return self.draft.path is None and not self._id_typed

    def _id_edited(self, text: str) -> None:
        self._id_typed = True
        self.draft.set_program_field("id", text)

    def _name_edited(self, i: int, text: str) -> None:
        names = list(self.draft.program.session_names)
        while len(names) <= i:
            names.append("")
        names[i] = text
        self.draft.set_program_field("session_names", names)

    def load(self) -> None:
        p = self.draft.program
        self._loading = True
        try:
            set_text_if_changed(self.title, p.title)
            set_text_if_changed(self.pid, p.id)
            self.pid_hint.setVisible(self.id_follows)
            set_text_if_changed(self.source, p.source)
            if self.description.toPlainText().strip() != p.description:
                self.description.setPlainText(p.description)
            if lines_of(self.guidelines.toPlainText()) != list(p.guidelines):
                self.guidelines.setPlainText("\n".join(p.guidelines))
            if self.sessions.value() != p.sessions_per_day:
                self.sessions.setValue(p.sessions_per_day)
            while len(self.names) < p.sessions_per_day:
                i = len(self.names)
                e = fk.line_field(f"sessionName{i}", translate("programs", "Name of session {i}").format(i=i + 1))
                e.textEdited.connect(self.guard(lambda t, i=i: self._name_edited(i, t)))
                self.names_lay.addWidget(e)
                self.names.append(e)
            while len(self.names) > p.sessions_per_day:
                e = self.names.pop()
                e.setParent(None)
                e.deleteLater()
            for i, e in enumerate(self.names):
                set_text_if_changed(e, p.session_names[i] if i < len(p.session_names) else "")
            pr = p.progression
            for spin, v in ((self.min_adherence, round(pr.min_adherence * 100)), (self.recent, pr.recent_sessions),
                            (self.pain_rise, pr.max_pain_rise), (self.step_up, pr.tolerated_sessions_to_step_up)):
                if spin.value() != v:
                    spin.setValue(v)
        finally:
            self._loading = False


# ========================================================================= week
class WeekForm(fk.DraftForm):
    """A week's title and goals, its exercises and how full its sessions are."""

    def __init__(self, draft: ProgramDraft, on_add_exercise, parent: QWidget | None = None) -> None:
        super().__init__(draft, parent)
        self.index = 0
        self.setAccessibleName(translate("programs", "Week"))
        outer = QVBoxLayout(self)
        self.heading = label("", "h2", name="weekHeading")
        outer.addWidget(self.heading)
        form = fk.new_form()
        self.title = fk.line_field("weekTitle", translate("programs", "Week title"), translate("programs", "e.g. Gentle mobilization"))
        self.goals = fk.text_field("weekGoals", translate("programs", "Goals of the week, one per line"), translate("programs", "One goal per line"), 4)
        fk.add_row(form, translate("programs", "&Title:"), self.title)
        fk.add_row(form, translate("programs", "&Goals:"), self.goals)
        outer.addLayout(form)
        self.exercises = label(name="weekExercises", selectable=True)
        outer.addWidget(self.exercises)
        self.load_text = label(role="muted", name="weekLoad")
        outer.addWidget(self.load_text)
        self.add = button(translate("programs", "Add from the &library…"), "weekAddExercise",
                          translate("programs", "Add exercises from the library to this week"))
        self.add.clicked.connect(on_add_exercise)
        row = QHBoxLayout()
        row.addWidget(self.add)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        self.title.textEdited.connect(self.guard(lambda t: self.draft.set_week_field(self.index, "title", t)))
        self.goals.textChanged.connect(self.guard(
            lambda: self.draft.set_week_field(self.index, "goals", lines_of(self.goals.toPlainText()))))

    def load(self, index: int) -> None:
        p = self.draft.program
        changed = index != self.index
        self.index = index
        w = p.weeks[index]
        self._loading = True
        try:
            self.heading.setText(translate("programs", "Week {w}").format(w=w.number))
            set_text_if_changed(self.title, w.title)
            if changed or lines_of(self.goals.toPlainText()) != list(w.goals):
                self.goals.setPlainText("\n".join(w.goals))
        finally:
            self._loading = False
        if w.exercises:
            self.exercises.setText("Exercises:\n" + "\n".join(
                f"{i}. {e.name}: {e.dose_text()}" + "".join(translate("programs", "\n    or {name} (an alternative)").format(name=o.name)
                                                           for o in w.options_for(e.id))
                for i, e in enumerate(w.exercises, start=1)))
        else:
            self.exercises.setText(translate("programs", "No exercises yet: add some from the library."))
        loads = session_loads(p, w.number)
        self.load_text.setText("\n".join(f"{'⚠ ' if ld.warning() else ''}{load_words(ld)}" for ld in loads))
