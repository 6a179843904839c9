"""Reminders on screen: shown once when due and not done; a done session or saved diary entry stays quiet."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from coach.core import settings as settings_mod
from coach.core.tracker import TrackerEntry
from coach.store import sessions as session_store
from coach.store import tracker as tracker_store
from coach.ui.tray import ReminderService, tray_notice

DAY = dt.date(2026, 11, 10)


@pytest.fixture
def service(window, clock):
    """A reminder service on a window built at ``at`` on the test's one clock (``svc.clock``)."""
    def make(at: dt.time, tray: bool = False):
        w = window(DAY, at=at)
        svc = ReminderService(w, tray_available=tray)
        svc.clock = clock
        return svc

    return make


def _complete(store, profile, slot_index: int) -> None:
    sid = session_store.start_session(store, profile_id=profile.id, date=DAY, slot_index=slot_index,
                                      slot_name="Morning", week=2, program_id="upper-lumbar-4-week", planned=[])
    session_store.finish_session(store, sid, session_store.COMPLETED)


def test_a_due_reminder_for_an_undone_session_is_shown_once(service):
    svc = service(dt.time(8, 5))
    shown = svc.check()
    assert [(r.kind, r.slot_index) for r in shown] == [("session", 0)]
    assert svc.banner_visible
    assert "session" in svc.banner.text.text()
    svc.clock.advance(30)
    assert svc.check() == []
    svc.clock.advance(1800)
    assert svc.check() == []
    assert len(svc.history) == 1


def test_a_restart_does_not_repeat_a_reminder(service, window, store):
    svc = service(dt.time(8, 5))
    assert len(svc.check()) == 1
    again = ReminderService(svc.window, tray_available=False)
    assert again.check() == []
    assert store.get_setting(settings_mod.REMINDERS_FIRED)


def test_a_done_session_is_not_reminded(service, store, profile):
    _complete(store, profile, 0)
    svc = service(dt.time(8, 5))
    assert svc.check() == []
    assert not svc.banner_visible
    svc.clock.set(dt.datetime.combine(DAY, dt.time(18, 1)))  # the evening one is still open
    assert [(r.kind, r.slot_index) for r in svc.check()] == [("session", 1)]


def test_the_diary_reminder_respects_the_entry(service, store, profile):
    svc = service(dt.time(20, 1))
    assert [r.kind for r in svc.check()] == ["tracker"]

    assert tracker_store.save_entry(store, profile.id, TrackerEntry(date=DAY, note="calm day"), today=DAY)
    store.set_setting(settings_mod.REMINDERS_FIRED, [])
    fresh = ReminderService(svc.window, tray_available=False)
    assert fresh.check() == []


def test_waking_late_shows_only_the_latest_and_never_stale_ones(service):
    svc = service(dt.time(7, 0))
    assert svc.check() == []
    svc.clock.set(dt.datetime.combine(DAY, dt.time(18, 30)))  # slept through the morning
    assert [(r.kind, r.slot_index) for r in svc.check()] == [("session", 1)]
    svc.clock.set(dt.datetime.combine(DAY, dt.time(23, 30)))  # more than two hours after the diary time
    assert svc.check() == []


def test_reminders_off_show_nothing(service, store):
    store.set_setting(settings_mod.SESSION_REMINDERS, False)
    store.set_setting(settings_mod.TRACKER_REMINDER, False)
    svc = service(dt.time(8, 5))
    assert svc.check() == []


def test_dismiss_hides_the_banner(service, qtbot):
    from PySide6.QtCore import Qt

    svc = service(dt.time(8, 5))
    svc.check()
    qtbot.mouseClick(svc.banner.dismiss, Qt.MouseButton.LeftButton)
    assert not svc.banner_visible


def test_closing_keeps_the_app_in_the_tray_and_says_so_once(service, store):
    svc = service(dt.time(7, 0), tray=True)
    messages = []
    svc.tray.showMessage = lambda title, text, *a: messages.append(text)
    w = svc.window
    assert w.isVisible()
    w.close()
    assert not w.isVisible()
    assert messages == [tray_notice()]
    assert store.get_setting(settings_mod.TRAY_NOTICE_SHOWN) is True
    svc.open_window()
    assert w.isVisible()
    w.close()
    assert messages == [tray_notice()]  # only once
    svc.open_window()
    svc.clock.set(dt.datetime.combine(DAY, dt.time(8, 1)))
    svc.check()
    assert len(messages) == 2 and "exercises" in messages[1]  # due reminders go to the tray


def test_without_reminders_closing_really_closes(service, store):
    store.set_setting(settings_mod.SESSION_REMINDERS, False)
    store.set_setting(settings_mod.TRACKER_REMINDER, False)
    svc = service(dt.time(7, 0), tray=True)
    assert not svc.keeps_running_when_closed()


def test_quit_from_the_tray_quits(service, monkeypatch):
    from PySide6.QtWidgets import QApplication

    svc = service(dt.time(7, 0), tray=True)
    called = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: called.append(True)))
    svc.quit_action.trigger()
    assert called and svc.quitting
    assert not svc.keeps_running_when_closed()


def test_tray_start_next_session_opens_the_first_open_slot(service, store, profile, qtbot):
    svc = service(dt.time(9, 0), tray=True)
    svc._update_menu()
    assert svc.start_action.isEnabled() and svc.start_action.text() == "Start morning session"
    _complete(store, profile, 0)
    svc._update_menu()
    assert svc.start_action.text() == "Start evening session"
    svc.window.hide()  # in the tray
    svc.start_action.trigger()
    assert svc.window.isVisible()
    page = svc.window.page
    assert page is not None and getattr(page, "slot_index", None) == 1
    _complete(store, profile, 1)
    svc._update_menu()
    assert not svc.start_action.isEnabled()
    assert svc.start_action.text() == "All of today's sessions are done"


def test_banner_start_button_opens_that_session(service, qtbot):
    from PySide6.QtCore import Qt

    svc = service(dt.time(8, 5))
    svc.check()
    assert svc.banner.act.text() == "Start morning session"
    assert svc.banner.act.accessibleName() == "Start morning session"
    qtbot.mouseClick(svc.banner.act, Qt.MouseButton.LeftButton)
    assert not svc.banner_visible
    assert getattr(svc.window.page, "slot_index", None) == 0


def test_banner_for_the_diary_opens_the_diary(service, qtbot):
    from PySide6.QtCore import Qt

    svc = service(dt.time(20, 5))
    assert [r.kind for r in svc.check()] == ["tracker"]
    assert svc.banner.act.text() == "Open the diary"
    qtbot.mouseClick(svc.banner.act, Qt.MouseButton.LeftButton)
    assert svc.window.current_screen().property("screenKey") == "diary"


def test_the_banner_is_as_high_as_its_text_needs(service, qtbot):
    from PySide6.QtWidgets import QApplication

    svc = service(dt.time(8, 5))
    svc.check()
    QApplication.processEvents()
    b = svc.banner
    need = b.layout().totalHeightForWidth(b.width())
    assert abs(b.height() - need) <= 2  # not the tall box a tool bar gives a wrapping label
    assert b.text.height() >= b.text.heightForWidth(b.text.width())  # and no line is cut off
    svc.window.resize(svc.window.width() - 300, svc.window.height())
    QApplication.processEvents()
    assert b.text.height() >= b.text.heightForWidth(b.text.width())


def test_the_screen_shown_follows_the_clock_while_the_app_stays_open(service):
    """At 17:00 Today gets its diary notice without a click (and a new day would redraw it likewise)."""
    from coach.ui.diary import notice as tracker_notice

    svc = service(dt.time(16, 59, 50))
    today = svc.window.show_screen("today")
    svc.check()
    assert not today.findChildren(tracker_notice.EveningNotice)
    svc.clock.advance(30)
    svc.check()
    QApplication.processEvents()
    notices = [n for n in today.findChildren(tracker_notice.EveningNotice) if n.isVisible()]
    assert len(notices) == 1


def test_after_a_symptom_stop_the_tray_starts_nothing_and_no_session_reminder_comes(service, store, profile):
    sid = session_store.start_session(store, profile_id=profile.id, date=DAY, slot_index=0, slot_name="Morning",
                                      week=1, program_id="upper-lumbar-4-week",
                                      planned=[{"id": "knee-to-chest", "name": "Knee to chest"}])
    session_store.append_event(store, sid, kind="stop", exercise_index=0, exercise_id="knee-to-chest",
                               data={"reason": "sharp_pain"})
    session_store.finish_session(store, sid, session_store.STOPPED, stop_reason="sharp_pain")
    svc = service(dt.time(17, 5), tray=True)  # the evening session's reminder time
    svc._update_menu()
    assert not svc.start_action.isEnabled()
    assert svc.start_action.text() == "No more exercise today: start again tomorrow"
    assert "You can start again tomorrow, Wednesday 11 November" in svc.start_action.toolTip()
    assert [r.kind for r in svc.check()] in ([], ["diary"])  # no reminder to exercise


def test_a_session_reminder_goes_away_when_its_session_starts(service, qtbot):
    """The reminder banner does not stay through the session it reminded of, however it was started."""
    from PySide6.QtCore import Qt

    svc = service(dt.time(18, 5))
    assert [(r.kind, r.slot_index) for r in svc.check()] == [("session", 1)]
    assert svc.banner_visible
    today = svc.window.show_screen("today")
    qtbot.mouseClick(today.session_cards[1].start, Qt.MouseButton.LeftButton)  # from Today, not the banner
    assert svc.window.page is not None
    assert not svc.banner_visible
