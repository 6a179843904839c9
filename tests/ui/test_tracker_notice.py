import datetime as dt

import pytest
from PySide6.QtCore import Qt

from coach.core.tracker import TrackerEntry
from coach.store import tracker as tracker_store
from coach.ui.diary.notice import EveningNotice, evening_notice

TODAY = dt.date(2026, 11, 10)
# the hours around the rule's edges and the day's: the suite passes whatever the machine's hour
HOURS = [dt.time(6, 0), dt.time(16, 59), dt.time(17, 0), dt.time(23, 59), dt.time(0, 1)]


def test_shown_after_five_when_missing_and_opens_the_diary(qtbot, window, profile):
    w = window(TODAY, at=dt.time(17, 5))
    notices = w.screen("today").findChildren(EveningNotice)
    assert len(notices) == 1
    qtbot.mouseClick(notices[0].button, Qt.MouseButton.LeftButton)
    assert w.current_screen().property("screenKey") == "diary"
    assert w.current_screen().day.date() == TODAY


@pytest.mark.parametrize("at", HOURS, ids=lambda t: t.strftime("%H:%M"))
def test_shown_from_five_in_the_evening_until_midnight(make_ctx, profile, at):
    shown = evening_notice(make_ctx(TODAY, at=at))
    assert len(shown) == (1 if at.hour >= 17 else 0)


@pytest.mark.parametrize("at", HOURS, ids=lambda t: t.strftime("%H:%M"))
def test_not_shown_when_the_entry_exists(make_ctx, store, profile, at):
    tracker_store.save_entry(store, profile.id, TrackerEntry(date=TODAY, note="fine"), today=TODAY)
    assert evening_notice(make_ctx(TODAY, at=at)) == []
