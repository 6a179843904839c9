"""The Diary's own fields: a date box, preset checkboxes with a free-text box, and the list of exercises done.

Each only shows values and reports that they changed (``changed``); the day's
form (``coach.ui.diary.day_form``) builds the diary entry from them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach.core import tracker as core
from coach.core.i18n import translate
from coach.core.tracker import ExerciseDone
from coach.ui.diary.score_scale import ScoreSpin
from coach.ui.widgets.kit import DayEdit  # noqa: F401  (the diary's date box, shared with first run)
from coach.ui.widgets.kit import label as _label
from coach.ui.widgets.layout import FlowLayout


def line(name: str, placeholder: str, limit: int = core.MAX_SHORT_TEXT) -> QLineEdit:
    e = QLineEdit()
    e.setAccessibleName(name)
    e.setPlaceholderText(placeholder)
    e.setMaxLength(limit)
    return e



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
        self.other = line(other_name, other_placeholder)
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
        self.name = line(translate("diary", "Exercise name: {name}").format(name=ex.name) if ex.name else translate("diary", "Name of the added exercise"), translate("diary", "Exercise name"))
        self.name.setText(ex.name)
        self.name.textChanged.connect(self.changed)
        self.times = ScoreSpin()
        self.times.setRange(0, core.MAX_EXERCISE_TIMES)
        self.times.setValue(ex.times)
        self.times.setSuffix(" ×")
        self.times.setAccessibleName(translate("diary", "Times done: {exercise}").format(exercise=ex.name or 'exercise'))
        self.times.setToolTip(translate("diary", "How many times (sessions or walks) you did it today"))
        self.times.valueChanged.connect(self.changed)
        self.detail = _label(ex.detail, "muted")
        self.remove = QPushButton(translate("diary", "Remove"))
        self.remove.setAccessibleName(translate("diary", "Remove {exercise}").format(exercise=ex.name or 'this exercise'))
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
        self.setAccessibleName(translate("diary", "Exercises completed"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.empty = _label(translate("diary", "No exercises recorded for this day yet."), "muted")
        lay.addWidget(self.empty)
        self.rows_box = QVBoxLayout()
        lay.addLayout(self.rows_box)
        buttons_box = QWidget()
        buttons = FlowLayout(buttons_box, spacing=6)  # side by side, or one under the other at large text
        self.add = QPushButton(translate("diary", "Add an exercise"))
        self.add.setAccessibleName(translate("diary", "Add an exercise"))
        self.add.clicked.connect(lambda: self._add(ExerciseDone(name="", times=1), focus=True))
        self.fill = QPushButton(translate("diary", "Fill in from the day's sessions"))
        self.fill.setAccessibleName(translate("diary", "Fill in the exercises from the day's sessions"))
        buttons.addWidget(self.add)
        buttons.addWidget(self.fill)
        lay.addWidget(buttons_box)
        self.other = line(translate("diary", "Other exercises"), translate("diary", "Anything else you did (for example a swim)"))
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

