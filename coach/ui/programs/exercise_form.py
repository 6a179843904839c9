"""The editor's form for one exercise: its name, kind, dose, pacing and cautions, and its steps, each with a
figure from the library (with a live preview) or an image file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from coach.core.figure import figure_names, figure_sequence
from coach.core.i18n import translate
from coach.core.program import KINDS, Step
from coach.core.program_draft import ProgramDraft
from coach.ui.programs import form_kit as fk
from coach.ui.widgets.figure_view import FigureView
from coach.ui.widgets.kit import RangeEdit, button, label, lines_of, set_text_if_changed
from coach.ui.widgets.layout import FlowLayout


# ===================================================================== exercise
class StepsEditor(QGroupBox):
    """The steps of an exercise: text, and a figure from the library (with a live preview) or an image file."""

    NO_FIGURE = ""

    def __init__(self, form: ExerciseForm) -> None:
        super().__init__(translate("programs", "Steps"))
        self.form = form
        self.setAccessibleName(translate("programs", "Steps"))
        self._loading = False
        self.current = 0
        lay = QVBoxLayout(self)  # one column: fits beside the outline on a small window
        left = QVBoxLayout()
        self.list = QListWidget()
        self.list.setObjectName("stepList")
        self.list.setAccessibleName(translate("programs", "Steps of the exercise"))
        self.list.setMaximumHeight(8 * self.list.fontMetrics().lineSpacing())
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left.addWidget(self.list)
        row_box = QWidget()
        row = FlowLayout(row_box, spacing=6)  # one line, or more at large text
        self.add = button(translate("programs", "Add step"), "stepAdd", translate("programs", "Add a step after the selected one"))
        self.remove = button(translate("programs", "Remove"), "stepRemove", translate("programs", "Remove the selected step"))
        self.up = button("▲", "stepUp", translate("programs", "Move the step up"))
        self.down = button("▼", "stepDown", translate("programs", "Move the step down"))
        for b in (self.add, self.remove, self.up, self.down):
            row.addWidget(b)
        left.addWidget(row_box)
        form_lay = fk.new_form()
        self.text = fk.text_field("stepText", translate("programs", "Step text: one short instruction"), translate("programs", "One short instruction"), 3)
        self.figure = QComboBox()
        self.figure.setMinimumContentsLength(18)
        self.figure.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.figure.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.figure.setObjectName("stepFigure")
        self.figure.setAccessibleName(translate("programs", "Figure for this step, from the figure library"))
        self.figure.addItem(translate("programs", "(no figure)"), self.NO_FIGURE)
        for name in figure_names():
            self.figure.addItem(f"{translate('figures', figure_sequence(name).title)} ({name})", name)
        self.image_label = label("", "muted", name="stepImage")
        self.image_pick = button(translate("programs", "Use an image file…"), "stepImagePick", translate("programs", "Use an image file for this step instead"))
        self.image_clear = button(translate("programs", "Remove image"), "stepImageClear", translate("programs", "Remove the image from this step"))
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
        fk.add_row(form_lay, translate("programs", "Step &text:"), self.text)
        fk.add_row(form_lay, translate("programs", "&Figure:"), self.figure)
        form_lay.addRow(label(translate("programs", "Image:"), wrap=False), img_box)
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
        self.pose.setAccessibleName(translate("programs", "Preview the movement: start position to key position"))
        right.addWidget(self.pose)
        right.addWidget(label(translate("programs", "Drag or use the arrow keys: start position ← → key position"), "muted"))
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
            texts = [f"{i}. {s.text}" + ("" if (s.figure or s.image) else translate("programs", "  (no picture)"))
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
                self.figure.setToolTip(translate("programs", "Unknown figure {figure!r}").format(figure=st.figure))
            self.image_label.setText(translate("programs", "Image: {image}").format(image=st.image) if st.image else translate("programs", "No image (a figure or nothing)"))
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


class ExerciseForm(fk.DraftForm):
    """One exercise: what it is, its dose (with ranges), cautions and steps."""

    def __init__(self, draft: ProgramDraft, regions: list[str], pick_image, parent: QWidget | None = None) -> None:
        super().__init__(draft, parent)
        self.week = 0
        self.index = 0
        self._pick_image = pick_image
        self.structure_changed = None  # set by the editor: called after step add/remove/move
        self.setAccessibleName(translate("programs", "Exercise"))
        outer = QVBoxLayout(self)
        self.heading = label("", "h2", name="exerciseHeading")
        outer.addWidget(self.heading)
        self.dose_words = label(name="doseWords", selectable=True)
        outer.addWidget(self.dose_words)
        form = fk.new_form()
        self.name = fk.line_field("exerciseName", translate("programs", "Exercise name"))
        self.eid = fk.line_field("exerciseId", translate("programs", "Exercise id: lower-case letters, digits and dashes"))
        self.kind = fk.choice_field("exerciseKind", translate("programs", "Kind of exercise"), {k: fk.KIND_TEXT[k] for k in KINDS})
        self.summary = fk.line_field("exerciseSummary", translate("programs", "Summary (optional)"), translate("programs", "A short description"))
        self.sides = fk.choice_field("exerciseSides", translate("programs", "Sides"), fk.SIDES_TEXT)
        self.region = QComboBox()
        self.region.setObjectName("exerciseRegion")
        self.region.setEditable(True)
        self.region.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.region.addItems([""] + regions)
        self.region.setAccessibleName(translate("programs", "Body region (used to search the library)"))
        # a check box's text never wraps: a short one, and what it means in a label that wraps
        self.glide = QCheckBox(translate("programs", "Nerve glide"))
        self.glide.setObjectName("exerciseGlide")
        self.glide.setAccessibleName(translate("programs", "Nerve glide: mild tingling is acceptable"))
        glide_box = QWidget()
        glide_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        glide_lay = QVBoxLayout(glide_box)
        glide_lay.setContentsMargins(0, 0, 0, 0)
        glide_lay.setSpacing(0)
        glide_lay.addWidget(self.glide)
        # what ticking it does, shown for nerve glides only
        self.glide_hint = label(translate("programs", "The check-in then says mild tingling is acceptable."), "muted",
                                name="exerciseGlideHint")
        glide_lay.addWidget(self.glide_hint)
        # an option a physiotherapist can choose per profile in place of another exercise of the week
        self.option_of = QComboBox()
        self.option_of.setObjectName("exerciseOptionOf")
        self.option_of.setAccessibleName(translate("programs", "An alternative to another exercise of this week (chosen per profile)"))
        self.option_of.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.option_of.setMinimumContentsLength(12)  # shortened with "…" in a narrow form, never wider than it
        self.option_of.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.option_hint = label("", "muted", name="exerciseOptionHint")
        self.cautions = fk.text_field("exerciseCautions", translate("programs", "Cautions, one per line"), translate("programs", "One caution per line"), 4)
        fk.add_row(form, translate("programs", "&Name:"), self.name)
        fk.add_row(form, translate("programs", "&Id:"), self.eid)
        fk.add_row(form, translate("programs", "&Kind:"), self.kind)
        fk.add_row(form, translate("programs", "Summ&ary:"), self.summary)
        fk.add_row(form, translate("programs", "Sid&es:"), self.sides)
        fk.add_row(form, translate("programs", "Re&gion:"), self.region)
        form.setWidget(form.rowCount(), QFormLayout.ItemRole.FieldRole, glide_box)
        fk.add_row(form, translate("programs", "Alternati&ve to:"), self.option_of)
        form.setWidget(form.rowCount(), QFormLayout.ItemRole.FieldRole, self.option_hint)
        fk.add_row(form, translate("programs", "Cauti&ons:"), self.cautions)
        outer.addLayout(form)
        dose = QGroupBox(translate("programs", "Dose"))
        dose.setAccessibleName(translate("programs", "Dose"))
        df = fk.new_form()
        dose.setLayout(df)
        df2 = df  # one column: fits a narrow window
        self.reps = RangeEdit(translate("programs", "Reps"), integer=True, minimum=1, maximum=200)
        self.sets = RangeEdit(translate("programs", "Sets"), integer=True, minimum=1, maximum=20)
        self.hold = RangeEdit(translate("programs", "Hold"), integer=False, minimum=1, maximum=600, unit=translate("programs", "s"))
        self.duration = RangeEdit(translate("programs", "Duration"), integer=False, minimum=0.5, maximum=240, unit=translate("programs", "min"))
        self.times = RangeEdit(translate("programs", "Times a day"), integer=True, minimum=1, maximum=6)
        self.rest_reps = fk.number_field("restReps", translate("programs", "Rest after each rep or hold, seconds"))
        self.rest_sets = fk.number_field("restSets", translate("programs", "Rest between sets, seconds"))
        self.pacing = fk.choice_field("pacing", translate("programs", "Pacing"), fk.PACING_TEXT)
        self.t_move = fk.number_field("tempoMove", translate("programs", "Tempo: seconds to move"), 60, 0.5)
        self.t_hold = fk.number_field("tempoHold", translate("programs", "Tempo: seconds to hold"), 60, 0.5)
        self.t_back = fk.number_field("tempoBack", translate("programs", "Tempo: seconds to come back"), 60, 0.5)
        for text, w in ((translate("programs", "Reps:"), self.reps), (translate("programs", "Sets:"), self.sets), (translate("programs", "Hold:"), self.hold),
                        (translate("programs", "Duration:"), self.duration), (translate("programs", "Times a day:"), self.times)):
            df.addRow(label(text, wrap=False), w)
        fk.add_row(df2, translate("programs", "Rest after each rep (s):"), self.rest_reps)
        fk.add_row(df2, translate("programs", "Rest between sets (s):"), self.rest_sets)
        fk.add_row(df2, translate("programs", "&Pacing:"), self.pacing)
        fk.add_row(df2, translate("programs", "Tempo: move (s):"), self.t_move)
        fk.add_row(df2, translate("programs", "Tempo: hold (s):"), self.t_hold)
        fk.add_row(df2, translate("programs", "Tempo: back (s):"), self.t_back)
        df2.addRow(label(translate("programs", "A range (low to high) starts at the low end and steps up after tolerated sessions; one number: the same at both ends."), "muted"))
        outer.addWidget(dose)
        self.steps = StepsEditor(self)
        outer.addWidget(self.steps)
        outer.addStretch(1)

        d = self.draft
        w = lambda: (self.week, self.index)  # noqa: E731
        self.name.textEdited.connect(self.guard(lambda t: d.set_exercise_field(*w(), "name", t)))
        self.eid.textEdited.connect(self.guard(lambda t: d.set_exercise_field(*w(), "id", t)))
        self.summary.textEdited.connect(self.guard(lambda t: d.set_exercise_field(*w(), "summary", t)))
        self.kind.currentIndexChanged.connect(self.guard(
            lambda _i: d.set_exercise_field(*w(), "kind", self.kind.currentData())))
        self.sides.currentIndexChanged.connect(self.guard(
            lambda _i: d.set_exercise_field(*w(), "sides", self.sides.currentData())))
        self.region.editTextChanged.connect(self.guard(
            lambda t: d.set_exercise_field(*w(), "region", t.strip())))
        self.glide.toggled.connect(self.guard(lambda on: d.set_exercise_field(*w(), "nerve_glide", on)))
        self.glide.toggled.connect(self.glide_hint.setVisible)
        self.option_of.currentIndexChanged.connect(self.guard(
            lambda _i: d.set_exercise_field(*w(), "option_of", self.option_of.currentData() or "")))
        self.cautions.textChanged.connect(self.guard(
            lambda: d.set_exercise_field(*w(), "cautions", lines_of(self.cautions.toPlainText()))))
        for name, edit in (("reps", self.reps), ("sets", self.sets), ("hold_seconds", self.hold),
                           ("duration_minutes", self.duration), ("times_per_day", self.times)):
            edit.changed.connect(self.guard(lambda r, name=name: d.set_dose(*w(), name, r)))
        self.rest_reps.valueChanged.connect(self.guard(
            lambda v: d.set_dose(*w(), "rest_between_reps_seconds", float(v))))
        self.rest_sets.valueChanged.connect(self.guard(
            lambda v: d.set_dose(*w(), "rest_between_sets_seconds", float(v))))
        self.pacing.currentIndexChanged.connect(self.guard(
            lambda _i: d.set_dose(*w(), "pacing", self.pacing.currentData())))
        for part, spin in (("move", self.t_move), ("hold", self.t_hold), ("back", self.t_back)):
            spin.valueChanged.connect(self.guard(lambda v, part=part: d.set_tempo(*w(), part, float(v))))

    def _load_option_of(self, week: int, ex) -> None:
        """The exercises of the week this one can be an alternative to (not itself, not other alternatives)."""
        own = [e for e in self.draft.entries(week) if not e.option_of and e.id != ex.id]
        items = [("", translate("programs", "— none: an exercise of the program"))] + [(e.id, f"{e.name} ({e.id})") for e in own]
        if ex.option_of and all(k != ex.option_of for k, _t in items):
            items.append((ex.option_of, translate("programs", "{option_of} (not in this week)").format(option_of=ex.option_of)))
        if [(self.option_of.itemData(i), self.option_of.itemText(i)) for i in range(self.option_of.count())] != items:
            self.option_of.clear()
            for key, text in items:
                self.option_of.addItem(text, key)
        fk.select_choice(self.option_of, ex.option_of)
        has_options = any(e.option_of == ex.id for e in self.draft.entries(week))
        self.option_of.setEnabled(not has_options)
        if has_options:
            self.option_hint.setText(translate("programs", "Other exercises are alternatives to this one, so it cannot be one itself."))
        elif ex.option_of:
            self.option_hint.setText(translate("programs", "Not done unless a physiotherapist chooses it for a profile (Programs → Exercise options) in place of the exercise named."))
        else:
            self.option_hint.setText("")
        self.option_hint.setVisible(bool(self.option_hint.text()))

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
            self.heading.setText(translate("programs", "Week {week}, exercise {index}: {name}").format(week=self.draft.program.weeks[week].number, index=index + 1, name=ex.name))
            self.dose_words.setText(translate("programs", "Dose in words: {dose_text}").format(dose_text=ex.dose_text() or '—'))
            set_text_if_changed(self.name, ex.name)
            set_text_if_changed(self.eid, ex.id)
            set_text_if_changed(self.summary, ex.summary)
            fk.select_choice(self.kind, ex.kind)
            fk.select_choice(self.sides, ex.sides)
            if self.region.currentText().strip() != ex.region:
                self.region.setEditText(ex.region)
            if self.glide.isChecked() != ex.nerve_glide:
                self.glide.setChecked(ex.nerve_glide)
            self.glide_hint.setVisible(ex.nerve_glide)
            self._load_option_of(week, ex)
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
            fk.select_choice(self.pacing, d.pacing)
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

