"""The Diary screen: one day of the symptom and movement diary (``day_form``), the 14-day view and the weekly
scores, as tabs.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from coach.core.i18n import translate
from coach.ui.context import AppContext
from coach.ui.diary.day_form import DayForm
from coach.ui.widgets.kit import label as _label


class DiaryScreen(QWidget):
    """The Diary: the day's entry, and (as tabs) the 14-day view and the weekly scores."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("diaryScreen")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 8, 12, 8)
        title = _label(translate("diary", "Diary"), "h1")
        lay.addWidget(title)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("diary", "Diary views"))
        self.tabs.tabBar().setAccessibleName(translate("diary", "Diary views: day, 14 days, weekly scores"))
        self.day = DayForm(ctx)
        self.tabs.addTab(self.day, translate("diary", "&Day"))
        self._add_tabs()
        lay.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._tab_changed)

    def _add_tabs(self) -> None:
        """The 14-day grid and the weekly scores."""
        from coach.ui.diary.grid import FourteenDays

        self.grid = FourteenDays(self.ctx)
        self.grid.day_chosen.connect(self.open_day)
        self.tabs.addTab(self.grid, translate("diary", "&14 days"))
        from coach.ui.diary.scores import OutcomesPanel

        self.outcomes = OutcomesPanel(self.ctx)
        self.tabs.addTab(self.outcomes, translate("diary", "&Weekly scores"))

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
