import datetime as dt

from PySide6.QtCore import Qt

from coach.core.tracker import TrackerEntry
from coach.store import tracker as tracker_store
from coach.ui.diary import notice as tracker_notice
from coach.ui.diary.notice import EveningNotice, evening_notice

TODAY = dt.date(2026, 11, 10)


def _at(monkeypatch, hour):
    monkeypatch.setattr(tracker_notice, "now", lambda: dt.datetime(2026, 11, 10, hour, 5))


def test_shown_after_five_when_missing_and_opens_the_diary(qtbot, monkeypatch, window, profile):
    _at(monkeypatch, 17)
    w = window(TODAY)
    notices = w.screen("today").findChildren(EveningNotice)
    assert len(notices) == 1
    qtbot.mouseClick(notices[0].button, Qt.MouseButton.LeftButton)
    assert w.current_screen().property("screenKey") == "diary"
    assert w.current_screen().day.date() == TODAY


def test_not_shown_before_five(monkeypatch, make_ctx, profile):
    _at(monkeypatch, 16)
    assert evening_notice(make_ctx(TODAY)) == []


def test_not_shown_when_the_entry_exists(monkeypatch, make_ctx, store, profile):
    _at(monkeypatch, 21)
    tracker_store.save_entry(store, profile.id, TrackerEntry(date=TODAY, note="fine"), today=TODAY)
    assert evening_notice(make_ctx(TODAY)) == []
