"""The app at the hours around its time rules and the day's edges: what it shows follows the one clock."""

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from coach.ui.diary.notice import EveningNotice
from coach.ui.screens import SCREENS
from coach.ui.tray import ReminderService

DAY = dt.date(2026, 11, 10)  # a Tuesday, day 10 of a program that started on 1 November
HOURS = [dt.time(6, 0), dt.time(16, 59), dt.time(17, 0), dt.time(23, 59), dt.time(0, 1)]


@pytest.mark.parametrize("at", HOURS, ids=lambda t: t.strftime("%H:%M"))
def test_every_screen_opens_and_today_follows_the_clock(window, at):
    w = window(DAY, at=at)
    for key, _title, _spec in SCREENS:
        w.show_screen(key)
    today = w.show_screen("today")
    QApplication.processEvents()
    assert "Tuesday 10 November" in today.title.text()
    # no week choice: still week 1 (weeks move on by tolerance), on its tenth day
    assert "Week 1 of 4" in today.week.text() and "day 10 on this week" in today.week.text()
    notices = [n for n in today.findChildren(EveningNotice) if n.isVisible()]
    assert len(notices) == (1 if at.hour >= 17 else 0)


@pytest.mark.parametrize("at", HOURS, ids=lambda t: t.strftime("%H:%M"))
def test_midnight_while_the_app_stays_open_moves_today_to_the_new_day(window, clock, at):
    w = window(DAY, at=at)
    svc = ReminderService(w, tray_available=False)
    svc.check()
    clock.set(dt.datetime.combine(DAY + dt.timedelta(days=1), dt.time(0, 1)))
    svc.check()
    QApplication.processEvents()
    today = w.show_screen("today")
    assert "Wednesday 11 November" in today.title.text()
    assert not [n for n in today.findChildren(EveningNotice) if n.isVisible()]
