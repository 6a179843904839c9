"""The editor's forms: program settings, a week, an exercise (dose, steps with a live figure preview).

A form shows one part of the ``ProgramDraft`` and turns every edit into a
draft call; :meth:`load` puts the draft's values back (only where they
differ, so typing is never disturbed) after any change, undo or redo.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMargins, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coach.core.figure import figure_names, figure_sequence
from coach.core.program import KINDS, Range, Step
from coach.core.program_draft import ProgramDraft, session_loads
from coach.ui.widgets.figure_view import FigureView
from coach.ui.widgets.kit import RangeEdit, button, label, lines_of, set_text_if_changed
from coach.ui.widgets.layout import FlowLayout

KIND_TEXT = {
    "hold": "Hold: hold for some seconds, a number of times",
    "reps": "Reps: repetitions in sets, tapped or paced",
    "duration": "Duration: a timer in minutes (walking)",
    "practice": "Practice: open-ended, marked done",
}
SIDES_TEXT = {
    "none": "Both legs together (no sides)",
    "each": "Each side: one side, then the other",
    "one": "The affected side only",
}
PACING_TEXT = {"tap": "Self-paced: a tap counts each rep", "tempo": "Paced by a tempo"}


def _line(name: str, accessible: str, placeholder: str = "") -> QLineEdit:
    e = QLineEdit()
    e.setObjectName(name)
    e.setAccessibleName(accessible)
    if placeholder:
        e.setPlaceholderText(placeholder)
    return e


def _text(name: str, accessible: str, placeholder: str = "", lines: int = 3) -> QPlainTextEdit:
    """A plain-text box ``lines`` lines of the current text size high (Tab leaves it)."""
    e = QPlainTextEdit()
    e.setObjectName(name)
    e.setAccessibleName(accessible)
    e.setPlaceholderText(placeholder)
    e.setTabChangesFocus(True)
    e.ensurePolished()
    margin = 2 * (e.frameWidth() + round(e.document().documentMargin())) + 6  # and room for the focus ring
    e.setFixedHeight(lines * e.fontMetrics().lineSpacing() + margin)
    return e


def _combo(name: str, accessible: str, items: dict[str, str]) -> QComboBox:
    c = QComboBox()
    c.setObjectName(name)
    c.setAccessibleName(accessible)
    c.setMinimumContentsLength(12)
    c.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    c.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)  # as wide as the form allows
    for key, text in items.items():
        c.addItem(text, key)
    return c


def _select(combo: QComboBox, key) -> None:
    i = combo.findData(key)
    if i >= 0 and combo.currentIndex() != i:
        combo.setCurrentIndex(i)


def _spin_double(name: str, accessible: str, maximum: float = 600.0, step: float = 1.0) -> QDoubleSpinBox:
    s = QDoubleSpinBox()
    s.setObjectName(name)
    s.setAccessibleName(accessible)
    s.setDecimals(1)
    s.setRange(0.0, maximum)
    s.setSingleStep(step)
    return s


def _form() -> QFormLayout:
    """A form whose text fields grow with the window; ``_Form`` puts its labels above the fields when narrow."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
    return form


def _row(form: QFormLayout, text: str, widget: QWidget) -> None:
    lab = label(text, wrap=False)
    lab.setBuddy(widget)
    form.addRow(lab, widget)


FIELD_CHARS = 28  # a form puts its fields beside their labels only when they get at least this many characters


class _Form(QWidget):
    def __init__(self, draft: ProgramDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self._loading = False

    def _side_by_side_width(self) -> int:
        """The width from which every form here has room for its labels beside its fields."""
        fm = self.fontMetrics()
        need = 0
        for form in self.findChildren(QFormLayout):
            labels = fields = 0
            for row in range(form.rowCount()):
                lab = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
                if lab is not None and not lab.isEmpty():
                    labels = max(labels, lab.sizeHint().width())
                if field is not None and not field.isEmpty():
                    fields = max(fields, field.minimumSize().width())
            # the form's own distance from this widget's edges (group boxes, margins)
            inset = 0
            parent = form.parentWidget()
            while parent is not None and parent is not self:
                pm = parent.contentsMargins()
                inset += pm.left() + pm.right() + 2 * fm.averageCharWidth()
                parent = parent.parentWidget()
            m = form.contentsMargins()
            spacing = max(0, form.horizontalSpacing())
            need = max(need, inset + m.left() + m.right() + labels + spacing
                       + max(fields, FIELD_CHARS * fm.averageCharWidth()))
        own = self.layout().contentsMargins() if self.layout() else QMargins()
        return need + own.left() + own.right()

    def _fit_rows(self) -> None:
        """Labels beside their fields when there is room, above them when the window is narrow."""
        width = self.width()
        if self.parentWidget() is not None:  # the scroll area's viewport: the room there really is
            width = min(width, self.parentWidget().width())
        policy = (QFormLayout.RowWrapPolicy.DontWrapRows if width >= self._side_by_side_width()
                  else QFormLayout.RowWrapPolicy.WrapAllRows)
        for form in self.findChildren(QFormLayout):
            if form.rowWrapPolicy() != policy:
                form.setRowWrapPolicy(policy)

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001
        super().resizeEvent(event)
        self._fit_rows()

    def _guard(self, fn):
        """Wrap a handler so that it does nothing while the form is being loaded."""
        def run(*args):
            if not self._loading:
                fn(*args)
        return run


# ====================================================================== program
class ProgramForm(_Form):
    """Title, id, description, source, sessions a day and their names, guidelines, progression."""

    def __init__(self, draft: ProgramDraft, parent: QWidget | None = None) -> None:
        super().__init__(draft, parent)
        self.setAccessibleName("Program settings")
        outer = QVBoxLayout(self)
        outer.addWidget(label("Program settings", "h2"))
        form = _form()
        self.title = _line("programTitle", "Program title")
        self.pid = _line("programId", "Program id: lower-case letters, digits and dashes", "my-program")
        self.description = _text("programDescription", "Description", "One or two sentences about the program")
        self.source = _line("programSource", "Source (optional)", "Where the program comes from")
        self.sessions = QSpinBox()
        self.sessions.setObjectName("sessionsPerDay")
        self.sessions.setAccessibleName("Sessions a day")
        self.sessions.setRange(1, 6)
        self.names_box = QWidget()
        self.names_lay = QHBoxLayout(self.names_box)
        self.names_lay.setContentsMargins(0, 0, 0, 0)
        self.names: list[QLineEdit] = []
        self.guidelines = _text("programGuidelines", "Guidelines, one per line",
                                "One rule per line, e.g. Stop if you feel sharp pain.", 5)
        _row(form, "&Title:", self.title)
        _row(form, "&Id:", self.pid)
        _row(form, "&Description:", self.description)
        _row(form, "S&ource:", self.source)
        _row(form, "Sessions a d&ay:", self.sessions)
        form.addRow(label("Session names:", wrap=False), self.names_box)
        _row(form, "&Guidelines:", self.guidelines)
        outer.addLayout(form)
        prog = QGroupBox("Progression thresholds")
        prog.setAccessibleName("Progression thresholds")
        pf = _form()
        prog.setLayout(pf)
        self.min_adherence = QSpinBox()
        self.min_adherence.setRange(0, 100)
        self.min_adherence.setSuffix(" %")
        self.min_adherence.setAccessibleName("Sessions done before moving on, in percent")
        self.recent = QSpinBox()
        self.recent.setRange(1, 14)
        self.recent.setAccessibleName("Recent sessions that must be free of a stop")
        self.pain_rise = _spin_double("maxPainRise", "Largest rise in average pain that still counts as tolerated",
                                      10.0, 0.5)
        self.step_up = QSpinBox()
        self.step_up.setRange(1, 14)
        self.step_up.setAccessibleName("Tolerated sessions in a row before a range dose steps up")
        _row(pf, "Sessions done to move on:", self.min_adherence)
        _row(pf, "Recent sessions without a stop:", self.recent)
        _row(pf, "Largest pain rise (0–10):", self.pain_rise)
        _row(pf, "Tolerated sessions to step up:", self.step_up)
        outer.addWidget(prog)
        outer.addStretch(1)

        d = self.draft
        self.title.textEdited.connect(self._guard(lambda t: d.set_program_field("title", t)))
        self.pid.textEdited.connect(self._guard(lambda t: d.set_program_field("id", t)))
        self.source.textEdited.connect(self._guard(lambda t: d.set_program_field("source", t)))
        self.description.textChanged.connect(self._guard(
            lambda: d.set_program_field("description", self.description.toPlainText().strip())))
        self.guidelines.textChanged.connect(self._guard(
            lambda: d.set_program_field("guidelines", lines_of(self.guidelines.toPlainText()))))
        self.sessions.valueChanged.connect(self._guard(lambda v: d.set_program_field("sessions_per_day", v)))
        self.min_adherence.valueChanged.connect(self._guard(lambda v: d.set_progression("min_adherence", v / 100)))
        self.recent.valueChanged.connect(self._guard(lambda v: d.set_progression("recent_sessions", v)))
        self.pain_rise.valueChanged.connect(self._guard(lambda v: d.set_progression("max_pain_rise", float(v))))
        self.step_up.valueChanged.connect(self._guard(
            lambda v: d.set_progression("tolerated_sessions_to_step_up", v)))

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
            set_text_if_changed(self.source, p.source)
            if self.description.toPlainText().strip() != p.description:
                self.description.setPlainText(p.description)
            if lines_of(self.guidelines.toPlainText()) != list(p.guidelines):
                self.guidelines.setPlainText("\n".join(p.guidelines))
            if self.sessions.value() != p.sessions_per_day:
                self.sessions.setValue(p.sessions_per_day)
            while len(self.names) < p.sessions_per_day:
                i = len(self.names)
                e = _line(f"sessionName{i}", f"Name of session {i + 1}")
                e.textEdited.connect(self._guard(lambda t, i=i: self._name_edited(i, t)))
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
class WeekForm(_Form):
    """A week's title and goals, its exercises and how full its sessions are."""

    def __init__(self, draft: ProgramDraft, on_add_exercise, parent: QWidget | None = None) -> None:
        super().__init__(draft, parent)
        self.index = 0
        self.setAccessibleName("Week")
        outer = QVBoxLayout(self)
        self.heading = label("", "h2", name="weekHeading")
        outer.addWidget(self.heading)
        form = _form()
        self.title = _line("weekTitle", "Week title", "e.g. Gentle mobilization")
        self.goals = _text("weekGoals", "Goals of the week, one per line", "One goal per line", 4)
        _row(form, "&Title:", self.title)
        _row(form, "&Goals:", self.goals)
        outer.addLayout(form)
        self.exercises = label(name="weekExercises", selectable=True)
        outer.addWidget(self.exercises)
        self.load_text = label(role="muted", name="weekLoad")
        outer.addWidget(self.load_text)
        self.add = button("Add from the &library…", "weekAddExercise",
                          "Add exercises from the library to this week")
        self.add.clicked.connect(on_add_exercise)
        row = QHBoxLayout()
        row.addWidget(self.add)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        self.title.textEdited.connect(self._guard(lambda t: self.draft.set_week_field(self.index, "title", t)))
        self.goals.textChanged.connect(self._guard(
            lambda: self.draft.set_week_field(self.index, "goals", lines_of(self.goals.toPlainText()))))

    def load(self, index: int) -> None:
        p = self.draft.program
        changed = index != self.index
        self.index = index
        w = p.weeks[index]
        self._loading = True
        try:
            self.heading.setText(f"Week {w.number}")
            set_text_if_changed(self.title, w.title)
            if changed or lines_of(self.goals.toPlainText()) != list(w.goals):
                self.goals.setPlainText("\n".join(w.goals))
        finally:
            self._loading = False
        if w.exercises:
            self.exercises.setText("Exercises:\n" + "\n".join(
                f"{i}. {e.name}: {e.dose_text()}" for i, e in enumerate(w.exercises, start=1)))
        else:
            self.exercises.setText("No exercises yet: add some from the library.")
        loads = session_loads(p, w.number)
        self.load_text.setText("\n".join(
            f"{'⚠ ' if ld.warning() else ''}{ld.slot_name}: {ld.exercises} exercise{'s' if ld.exercises != 1 else ''}, "
            f"about {max(1, round(ld.minutes))} min of exercises at the top of every range" for ld in loads))


# ===================================================================== exercise
class StepsEditor(QGroupBox):
    """The steps of an exercise: text, and a figure from the library (with a live preview) or an image file."""

    NO_FIGURE = ""

    def __init__(self, form: ExerciseForm) -> None:
        super().__init__("Steps")
        self.form = form
        self.setAccessibleName("Steps")
        self._loading = False
        self.current = 0
        lay = QVBoxLayout(self)  # one column: fits beside the outline on a small window
        left = QVBoxLayout()
        self.list = QListWidget()
        self.list.setObjectName("stepList")
        self.list.setAccessibleName("Steps of the exercise")
        self.list.setMaximumHeight(8 * self.list.fontMetrics().lineSpacing())
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left.addWidget(self.list)
        row_box = QWidget()
        row = FlowLayout(row_box, spacing=6)  # one line, or more at large text
        self.add = button("Add step", "stepAdd", "Add a step after the selected one")
        self.remove = button("Remove", "stepRemove", "Remove the selected step")
        self.up = button("▲", "stepUp", "Move the step up")
        self.down = button("▼", "stepDown", "Move the step down")
        for b in (self.add, self.remove, self.up, self.down):
            row.addWidget(b)
        left.addWidget(row_box)
        form_lay = _form()
        self.text = _text("stepText", "Step text: one short instruction", "One short instruction", 3)
        self.figure = QComboBox()
        self.figure.setMinimumContentsLength(18)
        self.figure.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.figure.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.figure.setObjectName("stepFigure")
        self.figure.setAccessibleName("Figure for this step, from the figure library")
        self.figure.addItem("(no figure)", self.NO_FIGURE)
        for name in figure_names():
            self.figure.addItem(f"{figure_sequence(name).title} ({name})", name)
        self.image_label = label("", "muted", name="stepImage")
        self.image_pick = button("Use an image file…", "stepImagePick", "Use an image file for this step instead")
        self.image_clear = button("Remove image", "stepImageClear", "Remove the image from this step")
        img_box = QWidget()
        # the field's whole width: a form works out the height of a field that wraps from that width
        img_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        img_lay = QVBoxLayout(img_box)
        img_lay.setContentsMargins(0, 0, 0, 0)
        img_lay.addWidget(self.image_label)
        img_row_box = QWidget()
        img_row = FlowLayout(img_row_box, spacing=6)
        img_row.addWidget(self.image_pick)
        img_row.addWidget(self.image_clear)
        img_lay.addWidget(img_row_box)
        _row(form_lay, "Step &text:", self.text)
        _row(form_lay, "&Figure:", self.figure)
        form_lay.addRow(label("Image:", wrap=False), img_box)
        left.addLayout(form_lay)
        lay.addLayout(left)
        right = QVBoxLayout()
        self.preview = FigureView()
        self.preview.setObjectName("stepPreview")
        side = max(200, 10 * self.preview.fontMetrics().lineSpacing())  # grows with the text size
        self.preview.setMinimumSize(side, side)
        right.addWidget(self.preview, 1)
        self.pose = QSlider(Qt.Orientation.Horizontal)
        self.pose.setObjectName("stepPose")
        self.pose.setRange(0, 100)
        self.pose.setValue(100)
        self.pose.setAccessibleName("Preview the movement: start position to key position")
        right.addWidget(self.pose)
        right.addWidget(label("Drag or use the arrow keys: start position ← → key position", "muted"))
        lay.addLayout(right)

        self.list.currentRowChanged.connect(self._row_changed)
        self.add.clicked.connect(self._add)
        self.remove.clicked.connect(self._remove)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.text.textChanged.connect(self._text_changed)
        self.figure.currentIndexChanged.connect(self._figure_changed)
        self.pose.valueChanged.connect(self._pose_changed)
        self.image_pick.clicked.connect(self._pick_image)
        self.image_clear.clicked.connect(lambda: self._set(image=None))

    # indices of the exercise
    @property
    def where(self) -> tuple[int, int]:
        return self.form.week, self.form.index

    def steps(self) -> tuple[Step, ...]:
        return self.form.draft.exercise(*self.where).steps

    def load(self) -> None:
        steps = self.steps()
        self._loading = True
        try:
            texts = [f"{i}. {s.text}" + ("" if (s.figure or s.image) else "  (no picture)")
                     for i, s in enumerate(steps, start=1)]
            if [self.list.item(i).text() for i in range(self.list.count())] != texts:
                self.list.clear()
                for t in texts:
                    QListWidgetItem(t, self.list)
            self.current = max(0, min(self.current, len(steps) - 1))
            if steps and self.list.currentRow() != self.current:
                self.list.setCurrentRow(self.current)
            has = bool(steps)
            for w in (self.text, self.figure, self.remove, self.up, self.down, self.image_pick, self.pose):
                w.setEnabled(has)
            if not has:
                self.text.setPlainText("")
                self.preview.clear()
                self.image_label.setText("")
                self.image_clear.setEnabled(False)
                return
            st = steps[self.current]
            if self.text.toPlainText() != st.text:
                self.text.setPlainText(st.text)
            i = self.figure.findData(st.figure or self.NO_FIGURE)
            self.figure.setCurrentIndex(i if i >= 0 else 0)
            if st.figure and i < 0:
                self.figure.setToolTip(f"Unknown figure {st.figure!r}")
            self.image_label.setText(f"Image: {st.image}" if st.image else "No image (a figure or nothing)")
            self.image_clear.setEnabled(bool(st.image))
            self._show_preview(st)
        finally:
            self._loading = False

    def _show_preview(self, st: Step) -> None:
        base = self.form.draft.path.parent if self.form.draft.path else None
        if st.image:
            self.preview.show_step(st.figure, st.image, base, description=st.text)
        elif st.figure and st.figure in figure_names():
            seq = figure_sequence(st.figure)
            t = self.pose.value() / 100 if not seq.loop else None
            self.preview.set_figure(st.figure, t=t)
        else:
            self.preview.clear()

    def _row_changed(self, row: int) -> None:
        if row >= 0 and not self._loading:
            self.current = row
            self.form.draft.seal()
            self.load()

    def _add(self) -> None:
        self.current = self.form.draft.add_step(*self.where, index=self.current + 1 if self.steps() else 0)
        self.form.changed_structure()
        self.text.setFocus()
        self.text.selectAll()

    def _remove(self) -> None:
        if self.steps():
            self.form.draft.remove_step(*self.where, self.current)
            self.current = max(0, self.current - 1)
            self.form.changed_structure()

    def _move(self, delta: int) -> None:
        if self.steps():
            self.current = self.form.draft.move_step(*self.where, self.current, self.current + delta)
            self.form.changed_structure()

    def _set(self, **kw) -> None:
        if self.steps():
            self.form.draft.set_step(*self.where, self.current, **kw)

    def _text_changed(self) -> None:
        if not self._loading:
            self._set(text=self.text.toPlainText())

    def _figure_changed(self) -> None:
        if self._loading or not self.steps():
            return
        name = self.figure.currentData() or None
        if name != self.steps()[self.current].figure:
            self._set(figure=name)

    def _pose_changed(self, _v: int) -> None:
        steps = self.steps()
        if steps and steps[self.current].figure and not steps[self.current].image:
            self._show_preview(steps[self.current])

    def _pick_image(self) -> None:
        self.form.pick_image(self.current)


class ExerciseForm(_Form):
    """One exercise: what it is, its dose (with ranges), cautions and steps."""

    def __init__(self, draft: ProgramDraft, regions: list[str], pick_image, parent: QWidget | None = None) -> None:
        super().__init__(draft, parent)
        self.week = 0
        self.index = 0
        self._pick_image = pick_image
        self.structure_changed = None  # set by the editor: called after step add/remove/move
        self.setAccessibleName("Exercise")
        outer = QVBoxLayout(self)
        self.heading = label("", "h2", name="exerciseHeading")
        outer.addWidget(self.heading)
        self.dose_words = label(name="doseWords", selectable=True)
        outer.addWidget(self.dose_words)
        form = _form()
        self.name = _line("exerciseName", "Exercise name")
        self.eid = _line("exerciseId", "Exercise id: lower-case letters, digits and dashes")
        self.kind = _combo("exerciseKind", "Kind of exercise", {k: KIND_TEXT[k] for k in KINDS})
        self.summary = _line("exerciseSummary", "Summary (optional)", "A short description")
        self.sides = _combo("exerciseSides", "Sides", SIDES_TEXT)
        self.region = QComboBox()
        self.region.setObjectName("exerciseRegion")
        self.region.setEditable(True)
        self.region.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.region.addItems([""] + regions)
        self.region.setAccessibleName("Body region (used to search the library)")
        # a check box's text never wraps: a short one, and what it means in a label that wraps
        self.glide = QCheckBox("Nerve glide")
        self.glide.setObjectName("exerciseGlide")
        self.glide.setAccessibleName("Nerve glide: mild tingling is acceptable")
        glide_box = QWidget()
        glide_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        glide_lay = QVBoxLayout(glide_box)
        glide_lay.setContentsMargins(0, 0, 0, 0)
        glide_lay.setSpacing(0)
        glide_lay.addWidget(self.glide)
        glide_lay.addWidget(label("The check-in then says mild tingling is acceptable.", "muted",
                                  name="exerciseGlideHint"))
        self.cautions = _text("exerciseCautions", "Cautions, one per line", "One caution per line", 4)
        _row(form, "&Name:", self.name)
        _row(form, "&Id:", self.eid)
        _row(form, "&Kind:", self.kind)
        _row(form, "Summ&ary:", self.summary)
        _row(form, "Sid&es:", self.sides)
        _row(form, "Re&gion:", self.region)
        form.setWidget(form.rowCount(), QFormLayout.ItemRole.FieldRole, glide_box)
        _row(form, "Cauti&ons:", self.cautions)
        outer.addLayout(form)
        dose = QGroupBox("Dose")
        dose.setAccessibleName("Dose")
        df = _form()
        dose.setLayout(df)
        df2 = df  # one column: fits a narrow window
        self.reps = RangeEdit("Reps", integer=True, minimum=1, maximum=200)
        self.sets = RangeEdit("Sets", integer=True, minimum=1, maximum=20)
        self.hold = RangeEdit("Hold", integer=False, minimum=1, maximum=600, unit="s")
        self.duration = RangeEdit("Duration", integer=False, minimum=0.5, maximum=240, unit="min")
        self.times = RangeEdit("Times a day", integer=True, minimum=1, maximum=6)
        self.rest_reps = _spin_double("restReps", "Rest after each rep or hold, seconds")
        self.rest_sets = _spin_double("restSets", "Rest between sets, seconds")
        self.pacing = _combo("pacing", "Pacing", PACING_TEXT)
        self.t_move = _spin_double("tempoMove", "Tempo: seconds to move", 60, 0.5)
        self.t_hold = _spin_double("tempoHold", "Tempo: seconds to hold", 60, 0.5)
        self.t_back = _spin_double("tempoBack", "Tempo: seconds to come back", 60, 0.5)
        for text, w in (("Reps:", self.reps), ("Sets:", self.sets), ("Hold:", self.hold),
                        ("Duration:", self.duration), ("Times a day:", self.times)):
            df.addRow(label(text, wrap=False), w)
        _row(df2, "Rest after each rep (s):", self.rest_reps)
        _row(df2, "Rest between sets (s):", self.rest_sets)
        _row(df2, "&Pacing:", self.pacing)
        _row(df2, "Tempo: move (s):", self.t_move)
        _row(df2, "Tempo: hold (s):", self.t_hold)
        _row(df2, "Tempo: back (s):", self.t_back)
        df2.addRow(label("A range (low to high) starts at the low end and steps up after tolerated "
                         "sessions; one number: the same at both ends.", "muted"))
        outer.addWidget(dose)
        self.steps = StepsEditor(self)
        outer.addWidget(self.steps)
        outer.addStretch(1)

        d = self.draft
        w = lambda: (self.week, self.index)  # noqa: E731
        self.name.textEdited.connect(self._guard(lambda t: d.set_exercise_field(*w(), "name", t)))
        self.eid.textEdited.connect(self._guard(lambda t: d.set_exercise_field(*w(), "id", t)))
        self.summary.textEdited.connect(self._guard(lambda t: d.set_exercise_field(*w(), "summary", t)))
        self.kind.currentIndexChanged.connect(self._guard(
            lambda _i: d.set_exercise_field(*w(), "kind", self.kind.currentData())))
        self.sides.currentIndexChanged.connect(self._guard(
            lambda _i: d.set_exercise_field(*w(), "sides", self.sides.currentData())))
        self.region.editTextChanged.connect(self._guard(
            lambda t: d.set_exercise_field(*w(), "region", t.strip())))
        self.glide.toggled.connect(self._guard(lambda on: d.set_exercise_field(*w(), "nerve_glide", on)))
        self.cautions.textChanged.connect(self._guard(
            lambda: d.set_exercise_field(*w(), "cautions", lines_of(self.cautions.toPlainText()))))
        for name, edit in (("reps", self.reps), ("sets", self.sets), ("hold_seconds", self.hold),
                           ("duration_minutes", self.duration), ("times_per_day", self.times)):
            edit.changed.connect(self._guard(lambda r, name=name: d.set_dose(*w(), name, r)))
        self.rest_reps.valueChanged.connect(self._guard(
            lambda v: d.set_dose(*w(), "rest_between_reps_seconds", float(v))))
        self.rest_sets.valueChanged.connect(self._guard(
            lambda v: d.set_dose(*w(), "rest_between_sets_seconds", float(v))))
        self.pacing.currentIndexChanged.connect(self._guard(
            lambda _i: d.set_dose(*w(), "pacing", self.pacing.currentData())))
        for part, spin in (("move", self.t_move), ("hold", self.t_hold), ("back", self.t_back)):
            spin.valueChanged.connect(self._guard(lambda v, part=part: d.set_tempo(*w(), part, float(v))))

    def changed_structure(self) -> None:
        if self.structure_changed:
            self.structure_changed()
        self.load(self.week, self.index)

    def pick_image(self, step: int) -> None:
        self._pick_image(self.week, self.index, step)

    def load(self, week: int, index: int) -> None:
        moved = (week, index) != (self.week, self.index)
        self.week, self.index = week, index
        if moved:
            self.steps.current = 0
        ex = self.draft.exercise(week, index)
        d = ex.dose
        self._loading = True
        try:
            self.heading.setText(f"Week {self.draft.program.weeks[week].number}, exercise {index + 1}: {ex.name}")
            self.dose_words.setText(f"Dose in words: {ex.dose_text() or '—'}")
            set_text_if_changed(self.name, ex.name)
            set_text_if_changed(self.eid, ex.id)
            set_text_if_changed(self.summary, ex.summary)
            _select(self.kind, ex.kind)
            _select(self.sides, ex.sides)
            if self.region.currentText().strip() != ex.region:
                self.region.setEditText(ex.region)
            if self.glide.isChecked() != ex.nerve_glide:
                self.glide.setChecked(ex.nerve_glide)
            if moved or lines_of(self.cautions.toPlainText()) != list(ex.cautions):
                self.cautions.setPlainText("\n".join(ex.cautions))
            self.reps.set_value(d.reps)
            self.sets.set_value(d.sets)
            self.hold.set_value(d.hold_seconds)
            self.duration.set_value(d.duration_minutes)
            self.times.set_value(d.times_per_day)
            for spin, v in ((self.rest_reps, d.rest_between_reps_seconds), (self.rest_sets, d.rest_between_sets_seconds)):
                if spin.value() != v:
                    spin.setValue(v)
            _select(self.pacing, d.pacing)
            tempo = d.tempo
            for spin, part in ((self.t_move, "move"), (self.t_hold, "hold"), (self.t_back, "back")):
                v = getattr(tempo, part) if tempo else (0.0 if part == "hold" else 2.0)
                if spin.value() != v:
                    spin.setValue(v)
                spin.setEnabled(ex.kind == "reps" and d.pacing == "tempo")
            # show the dose fields that mean something for this kind
            self.hold.setEnabled(ex.kind == "hold" or d.hold_seconds is not None)
            self.duration.setEnabled(ex.kind == "duration" or d.duration_minutes is not None)
            self.pacing.setEnabled(ex.kind == "reps" or d.pacing != "tap")
        finally:
            self._loading = False
        self.steps.load()


def image_reference(chosen: Path, program_dir: Path) -> tuple[str, Path | None]:
    """How a step refers to a chosen image file: relative to the program's folder.

    Returns the reference and, when the file lies outside that folder, where
    it must be copied (``images/<name>``) for the program to find it.
    """
    chosen = chosen.resolve()
    base = program_dir.resolve()
    if base in chosen.parents:
        return chosen.relative_to(base).as_posix(), None
    target = base / "images" / chosen.name
    return f"images/{chosen.name}", target


__all__ = ["ExerciseForm", "ProgramForm", "Range", "WeekForm", "image_reference"]
