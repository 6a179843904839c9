"""The exercise library dialog: search by name or body region, see an exercise, add it to a week."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coach.core.exercise_library import ALL_REGIONS, Library
from coach.core.i18n import translate
from coach.core.program import Exercise
from coach.ui.widgets.figure_view import FigureView
from coach.ui.widgets.kit import button, label
from coach.ui.widgets.kit import tidy_list as ew_tidy


def key_figure(ex: Exercise) -> str | None:
    """The figure that shows an exercise best: the first step whose figure is its key pose, else any."""
    figures = [s.figure for s in ex.steps if s.figure]
    return figures[1] if len(figures) > 1 else (figures[0] if figures else None)


class LibraryDialog(QDialog):
    """Pick exercises from the library; ``on_add(exercise)`` is called for each one added.

    Type to search (name, id, region or summary words), choose a region,
    then Enter or "Add" adds the selected exercise; the dialog stays open
    for the next one until "Done".
    """

    def __init__(self, library: Library, week_label: str, on_add: Callable[[Exercise], None], parent=None) -> None:
        super().__init__(parent)
        self.library = library
        self.on_add = on_add
        self.added: list[str] = []
        self.setWindowTitle(translate("programs", "Add exercises to {week_label}").format(week_label=week_label))
        self.setAccessibleName(translate("programs", "Exercise library: add exercises to {week_label}").format(week_label=week_label))
        self.resize(900, 600)
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("librarySearch")
        self.search.setPlaceholderText(translate("programs", "Search by name or body region, e.g. plank, stretch, hip"))
        self.search.setAccessibleName(translate("programs", "Search the exercise library by name or body region"))
        self.search.setClearButtonEnabled(True)
        top.addWidget(label(translate("programs", "&Search:"), wrap=False), 0)
        top.itemAt(0).widget().setBuddy(self.search)
        top.addWidget(self.search, 1)
        self.region = QComboBox()
        self.region.setObjectName("libraryRegion")
        self.region.setAccessibleName(translate("programs", "Body region"))
        self.region.addItem(translate("programs", "All regions"), ALL_REGIONS)
        for r in library.regions():
            self.region.addItem(translate("program", r).capitalize(), r)
        region_label = label(translate("programs", "&Region:"), wrap=False)
        region_label.setBuddy(self.region)
        top.addWidget(region_label)
        top.addWidget(self.region)
        outer.addLayout(top)
        body = QHBoxLayout()
        self.results = QListWidget()
        self.results.setObjectName("libraryResults")
        self.results.setAccessibleName(translate("programs", "Exercises found"))
        self.results.setMinimumWidth(20 * self.results.fontMetrics().averageCharWidth())
        ew_tidy(self.results)
        body.addWidget(self.results, 2)
        # the selected exercise: its texts wrap, and the column scrolls when they are taller than the window
        detail_box = QWidget()
        detail_box.setObjectName("libraryDetail")
        detail = QVBoxLayout(detail_box)
        detail.setContentsMargins(0, 0, 6, 0)
        self.name = label(role="h2", name="libraryName")
        self.dose = label(name="libraryDose")
        self.summary = label(role="muted")
        self.figure = FigureView()
        self.figure.setMinimumHeight(max(180, 7 * self.figure.fontMetrics().lineSpacing()))
        self.steps = label(name="librarySteps", selectable=True)
        self.cautions = label(role="muted", name="libraryCautions")
        for w in (self.name, self.dose, self.summary):
            detail.addWidget(w)
        detail.addWidget(self.figure, 1)
        detail.addWidget(self.steps)
        detail.addWidget(self.cautions)
        self.detail_scroll = QScrollArea()
        self.detail_scroll.setObjectName("libraryDetailScroll")
        # a Tab stop, so that the keyboard can scroll through a long exercise
        self.detail_scroll.setAccessibleName(translate("programs", "The selected exercise: dose, picture, steps and cautions"))
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detail_scroll.setWidget(detail_box)
        body.addWidget(self.detail_scroll, 3)
        outer.addLayout(body, 1)
        foot = QHBoxLayout()
        self.status = label(role="muted", name="libraryStatus")
        foot.addWidget(self.status, 1)
        self.add_button = button(translate("programs", "&Add to the week"), "libraryAdd", translate("programs", "Add the selected exercise to the week"),
                                 role="primary")
        self.done_button = button(translate("programs", "Done"), "libraryDone", translate("programs", "Close the library"))
        for b in (self.add_button, self.done_button):
            b.setAutoDefault(False)  # Enter in the search adds once (returnPressed), never twice
            b.setDefault(False)
            foot.addWidget(b)
        outer.addLayout(foot)

        self.search.textChanged.connect(self.refresh)
        self.region.currentIndexChanged.connect(self.refresh)
        self.results.currentItemChanged.connect(self._show)
        self.results.itemActivated.connect(lambda _i: self.add_selected())
        self.add_button.clicked.connect(self.add_selected)
        self.done_button.clicked.connect(self.accept)
        QShortcut(QKeySequence(Qt.Key.Key_Down), self.search, activated=self.results.setFocus)
        self.search.returnPressed.connect(self.add_selected)
        self.refresh()
        self.search.setFocus()

    def found(self) -> list[Exercise]:
        return [self.results.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.results.count())]

    def refresh(self) -> None:
        hits = self.library.search(self.search.text(), self.region.currentData() or ALL_REGIONS)
        self.results.clear()
        for ex in hits:
            extra = f" · {translate('program', ex.region)}" if ex.region else ""
            item = QListWidgetItem(f"{ex.name}\n{ex.dose_text()}{extra}")
            item.setData(Qt.ItemDataRole.UserRole, ex)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{ex.name}: {ex.dose_text()}{extra}")
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
        else:
            self._show(None)
        self.add_button.setEnabled(bool(hits))
        n = len(hits)
        self.status.setText(self._added_text() or ((translate("programs", "{n} exercise found") if n == 1 else translate("programs", "{n} exercises found")).format(n=n) if n else
                                                   translate("programs", "Nothing found: try fewer or other words, or all regions.")))

    def _added_text(self) -> str:
        return translate("programs", "Added: {added}.").format(added=', '.join(self.added)) if self.added else ""

    def selected(self) -> Exercise | None:
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _show(self, item) -> None:
        ex: Exercise | None = item.data(Qt.ItemDataRole.UserRole) if item else None
        if ex is None:
            for w in (self.name, self.dose, self.summary, self.steps, self.cautions):
                w.setText("")
            self.figure.clear()
            return
        self.name.setText(ex.name)
        self.dose.setText(translate("programs", "Default dose: {dose_text} (you can change it after adding)").format(dose_text=ex.dose_text()))
        self.summary.setText(ex.summary)
        self.steps.setText("\n".join(f"{i}. {s.text}" for i, s in enumerate(ex.steps, start=1)))
        self.cautions.setText("\n".join(f"⚠ {c}" for c in ex.cautions))
        fig = key_figure(ex)
        if fig:
            self.figure.set_figure(fig)
        else:
            self.figure.clear()

    def add_selected(self) -> None:
        ex = self.selected()
        if ex is None:
            return
        self.on_add(ex)
        self.added.append(ex.name)
        self.status.setText(self._added_text())
