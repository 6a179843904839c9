"""The last 14 days of the diary as a grid: one column per day, one row per thing recorded.

Like the paper tracker, but every cell says its number or its words (never a
colour alone), and a day without an entry says "no entry". Clicking a day (or
Enter on it) opens it in the Diary.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coach.app import diary
from coach.core import tracker as core
from coach.core.i18n import QT_TRANSLATE_NOOP, translate
from coach.core.textfmt import day_text, long_day
from coach.ui.context import AppContext

DAYS = 14
NO_ENTRY = QT_TRANSLATE_NOOP("diary", "no entry")

def rows() -> list[tuple[str, str]]:
    """The grid's rows: key and heading, in the language in use."""
    return ([("overall", translate("diary", "Worst pain of the day"))]
            + [(k, translate("diary", "Pain: {place}").format(place=core.location_label(k).lower()))
               for k in core.LOCATIONS]
            + [("numbness", translate("diary", "Numbness or tingling")), ("weakness", translate("diary", "Weakness")),
               ("activities", translate("diary", "Activities limited")),
               ("exercises", translate("diary", "Exercises done")), ("helped", translate("diary", "What helped")),
               ("warnings", translate("diary", "Warning signs"))])


ROW_COUNT = len(rows())


def cell_text(key: str, entry: core.TrackerEntry) -> str:
    if key == "overall":
        worst = core.overall_pain(entry)
        if worst is None:
            return "–"
        places = [core.location_label(k) for k in core.painful_locations(entry) if entry.pain[k] == worst]
        return f"{worst}" + (f"\n{places[0]}" if len(places) == 1 else "")
    if key in core.LOCATIONS:
        v = entry.pain.get(key)
        return "–" if v is None else str(v)
    if key == "numbness":
        places = core.numbness_places(entry)
        strength = entry.numbness_strength
        if not places and not strength:
            return translate("diary", "none")
        return ", ".join(places) + (f" ({strength}/10)" if strength is not None else "")
    labels = {"weakness": core.weakness_labels, "activities": core.activity_labels,
              "exercises": core.exercise_labels, "helped": core.helped_labels}[key](entry)
    return "\n".join(labels) if labels else translate("diary", "none")


class DayGrid(QTableWidget):
    day_chosen = Signal(object)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentColumn() >= 0:
            self.day_chosen.emit(self.horizontalHeaderItem(self.currentColumn()).data(Qt.ItemDataRole.UserRole))
            event.accept()
            return
        super().keyPressEvent(event)


class FourteenDays(QWidget):
    """The grid; ``day_chosen(date)`` when a day is clicked or Enter is pressed on it."""

    day_chosen = Signal(object)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(translate("diary", "The last 14 days"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        hint = QLabel(translate("diary", "The last 14 days, newest on the right. Pain is 0 (none) to 10 (the worst); – means not filled in. Click a day, or move to it with the arrow keys and press Enter, to open it."))
        hint.setWordWrap(True)
        hint.setProperty("role", "muted")
        lay.addWidget(hint)
        self.table = DayGrid(ROW_COUNT, DAYS)
        self.table.setAccessibleName(translate("diary", "Diary: the last 14 days, one column per day"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setVerticalHeaderLabels([label for _k, label in rows()])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # the newest day stays in view until the person scrolls the grid themselves
        self._stick_right = True
        bar = self.table.horizontalScrollBar()
        bar.rangeChanged.connect(lambda _lo, hi: self._stick_right and bar.setValue(hi))
        bar.actionTriggered.connect(lambda _a: setattr(self, "_stick_right", False))
        self.table.cellClicked.connect(lambda _r, c: self._choose(c))
        self.table.horizontalHeader().sectionClicked.connect(self._choose)
        self.table.day_chosen.connect(self.day_chosen)
        lay.addWidget(self.table, 1)
        self.days: list[dt.date] = []
        self.refresh()

    def _column_width(self) -> int:
        """Wide enough for "no entry" and a day's heading in the current text size."""
        fm = self.table.fontMetrics()
        return max(96, fm.horizontalAdvance(translate("diary", NO_ENTRY)) + 24, fm.horizontalAdvance(day_text(dt.date(2026, 9, 30))) + 16)

    def changeEvent(self, event) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.table.horizontalHeader().setDefaultSectionSize(self._column_width())
            self._stick_right = True
        super().changeEvent(event)

    def _choose(self, col: int) -> None:
        if 0 <= col < len(self.days):
            self.day_chosen.emit(self.days[col])

    def refresh(self) -> None:
        end = self.ctx.today()
        start = end - dt.timedelta(days=DAYS - 1)
        self.days = [start + dt.timedelta(days=i) for i in range(DAYS)]
        shown = diary.span(self.ctx.app, start, end)
        entries = shown.entries
        warnings = {d: f"⚠ {o.reported_text()}" if o.reported else translate("diary", "✓ none") for d, o in shown.warnings.items()}
        for col, day in enumerate(self.days):
            head = QTableWidgetItem(day_text(day).replace(" ", "\n", 1) + (translate("diary", "\n(today)") if day == end else ""))
            head.setData(Qt.ItemDataRole.UserRole, day)
            self.table.setHorizontalHeaderItem(col, head)
            entry = entries.get(day)
            for row, (key, label) in enumerate(rows()):
                if key == "warnings":
                    text = warnings.get(day, translate("diary", "not asked"))
                elif entry is None:
                    text = translate("diary", NO_ENTRY)
                else:
                    text = cell_text(key, entry)
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if entry is None and key != "warnings":
                    item.setForeground(self.palette().placeholderText())
                item.setToolTip(translate("diary", "{row}, {day}: {text}").format(row=label, day=long_day(day), text=text))
                item.setData(Qt.ItemDataRole.AccessibleTextRole, translate("diary", "{day}, {row}: {text}").format(day=long_day(day), row=label, text=text))
                self.table.setItem(row, col, item)
        self.table.horizontalHeader().setDefaultSectionSize(self._column_width())
        self.table.resizeRowsToContents()
        self._stick_right = True
        bar = self.table.horizontalScrollBar()
        bar.setValue(bar.maximum())  # the newest days in view
