"""The editor's outline: the program's settings, its weeks and each week's exercises, as a tree.

A place in the outline is a tuple: ``("program",)``, ``("week", w)`` or
``("exercise", w, e)``. The tree only shows the draft and reports the place
chosen (``ROLE`` on each item); the editor decides what the choice opens.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from coach.core.i18n import translate
from coach.core.program import Program

ROLE = Qt.ItemDataRole.UserRole


def clamp(program: Program, sel: tuple) -> tuple:
    """The nearest place that still exists after weeks or exercises were removed."""
    weeks = program.weeks
    if sel[0] == "program" or not weeks:
        return ("program",)
    w = min(sel[1], len(weeks) - 1)
    if sel[0] == "exercise":
        n = len(weeks[w].entries())
        return ("week", w) if n == 0 else ("exercise", w, min(sel[2], n - 1))
    return ("week", w)


class OutlineTree(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outline")
        self.setHeaderHidden(True)
        self.setAccessibleName(translate("programs", "Program outline: settings, weeks and their exercises"))
        self._shape: list[int] | None = None

    def show_program(self, program: Program, sel: tuple) -> None:
        """Show the program (rebuilt only when weeks or exercises were added or removed) with ``sel`` current;
        no signal is emitted."""
        shape = [len(w.entries()) for w in program.weeks]
        self.blockSignals(True)
        try:
            if shape != self._shape:
                self.clear()
                root = QTreeWidgetItem(self, [translate("programs", "Program settings")])
                root.setData(0, ROLE, ("program",))
                for wi, w in enumerate(program.weeks):
                    wit = QTreeWidgetItem(self)
                    wit.setData(0, ROLE, ("week", wi))
                    for ei, _e in enumerate(w.entries()):
                        eit = QTreeWidgetItem(wit)
                        eit.setData(0, ROLE, ("exercise", wi, ei))
                    wit.setExpanded(True)
                self._shape = shape
            for wi, w in enumerate(program.weeks):
                wit = self.topLevelItem(wi + 1)
                n = len(w.exercises)
                text = translate("programs", "Week {w}: {no}").format(w=w.number, no=w.title or '(no title)')
                wit.setText(0, text)
                wit.setToolTip(0, text)
                wit.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{text}, {n} exercise{'s' if n != 1 else ''}")
                number = 0
                for ei, e in enumerate(w.entries()):
                    eit = wit.child(ei)
                    if e.option_of:  # an alternative: under the exercise it can replace, not numbered
                        main = next((x.name for x in w.exercises if x.id == e.option_of), e.option_of)
                        eit.setText(0, translate("programs", "    or {name}").format(name=e.name or '(no name)'))
                        said = translate("programs", "{name}, an alternative to {main}: {dose_text}").format(name=e.name, main=main, dose_text=e.dose_text())
                    else:
                        number += 1
                        eit.setText(0, f"{number}. {e.name or '(no name)'}")
                        said = f"{e.name}: {e.dose_text()}"
                    eit.setData(0, Qt.ItemDataRole.AccessibleTextRole, said)
                    eit.setToolTip(0, said)  # the outline may cut the name at large text
            item = self.item_for(sel)
            if item is not None and self.currentItem() is not item:
                self.setCurrentItem(item)
        finally:
            self.blockSignals(False)

    def item_for(self, sel: tuple) -> QTreeWidgetItem | None:
        if sel[0] == "program":
            return self.topLevelItem(0)
        wit = self.topLevelItem(sel[1] + 1)
        if wit is None:
            return None
        return wit if sel[0] == "week" else wit.child(sel[2])
