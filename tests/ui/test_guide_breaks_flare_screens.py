"""Between sessions on screen: the Guide and its links, movement breaks on the fixed clock, the flare plan, and
Today after the four weeks."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from coach.app import breaks as app_breaks
from coach.core import settings as cs
from coach.store import care, history
from coach.store import safety as safety_store
from coach.ui.guide.breaks import BreakDialog
from coach.ui.guide.flare import FlarePage
from coach.ui.guide.idle import IdleProbe, ScreenState
from coach.ui.player.page import PAGE_END, PlayerPage
from coach.ui.tray import ReminderService

DAY = dt.date(2026, 11, 10)  # week 2 of the profile that starts on 1 November
DAY_60 = dt.date(2026, 11, 1) + dt.timedelta(days=59)


def click(qtbot, button):
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()


def find(widget, cls, name):
    found = widget.findChild(cls, name)
    assert found is not None, name
    return found


# ================================================================== Guide
def test_the_guide_is_a_screen_with_every_topic_and_its_sources(window):
    w = window(DAY)
    g = w.show_screen("guide")
    assert list(g.cards) == ["sitting", "standing", "sleeping", "daily", "relief", "avoid", "flare", "after", "help"]
    heat = g.cards["relief"].items["heat"].text()
    assert "How long:</b> 15–20 minutes" in heat and "When:</b> Before exercising" in heat
    assert "From: Monograph, Section 9" in heat
    assert "15 minutes at most" in g.cards["relief"].items["ice"].text()
    names = {f.name for c in g.cards.values() for f in c.figures}
    assert {"guide-sitting-footrest", "guide-side-lying-pillow", "guide-lift-with-legs",
            "guide-stairs-step-to"} <= names
    assert all(f.view.current_frame() is not None for c in g.cards.values() for f in c.figures)


def test_today_opens_the_guide_at_the_matching_topic(window, qtbot):
    from PySide6.QtWidgets import QPushButton

    w = window(DAY)
    today = w.show_screen("today")
    click(qtbot, find(today, QPushButton, "todayGuideRelief"))
    g = w.current_screen()
    assert g.property("screenKey") == "guide" and g.current_topic == "relief"
    QApplication.processEvents()
    card = g.cards["relief"]
    top = card.mapTo(g.scroll.widget(), card.rect().topLeft()).y()
    assert g.scroll.verticalScrollBar().value() == pytest.approx(top - 8, abs=2)


def test_the_stop_advice_links_to_the_guide(window, qtbot):
    from PySide6.QtWidgets import QPushButton

    w = window(DAY)
    click(qtbot, w.current_screen().session_cards[0].start)
    page = w.page
    assert isinstance(page, PlayerPage)
    page.ask_stop()
    click(qtbot, page.stop_panel.buttons["sharp_pain"])
    assert page.pages.currentIndex() == PAGE_END
    link = find(page, QPushButton, "stopGuideLink")
    assert link.isVisible() and link.text() == "See the Guide: When symptoms flare"
    click(qtbot, link)
    assert w.page is None
    assert w.current_screen().property("screenKey") == "guide" and w.current_screen().current_topic == "flare"


def test_the_diarys_what_helped_links_to_the_guide(window, qtbot):
    w = window(DAY)
    d = w.show_screen("diary")
    click(qtbot, d.day.helped_guide)
    assert w.current_screen().property("screenKey") == "guide" and w.current_screen().current_topic == "relief"


# ================================================================= breaks
class Probe(IdleProbe):
    def __init__(self):
        self.screen = ScreenState(idle_s=1.0, locked=False)

    def state(self):
        return self.screen


@pytest.fixture
def desk(window, store, profile, clock):
    """A window at 10:00 on week 2 with movement breaks every 20 minutes, a fake screen probe and no tray."""
    # weeks move on by a decision, never by the calendar: on to week 2 on day 8
    safety_store.set_week(store, profile.id, 1, 2, dt.date(2026, 11, 8), "test")
    store.set_setting(cs.BREAK_REMINDERS, True)
    store.set_setting(cs.BREAK_MINUTES, 20)
    w = window(DAY, at=dt.time(10, 0))
    probe = Probe()
    svc = ReminderService(w, tray_available=False, probe=probe)
    svc.breaks.start()
    return w, svc.breaks, probe, clock


def test_a_break_reminder_comes_after_the_chosen_interval(desk):
    w, b, _probe, clock = desk
    assert not b.check()
    clock.advance(20 * 60 - 1)
    assert not b.check() and not b.banner_visible
    clock.advance(1)
    assert b.check() and b.banner_visible
    assert "about 20 minutes" in b.banner.text.text()
    clock.advance(60)
    assert not b.check()  # once, then a whole interval again
    clock.advance(20 * 60)
    assert b.check()


def test_snooze_brings_it_back_ten_minutes_later(desk, qtbot):
    _w, b, _probe, clock = desk
    clock.advance(20 * 60)
    assert b.check()
    click(qtbot, b.banner.snooze)
    assert not b.banner_visible
    clock.advance(10 * 60 - 1)
    assert not b.check()
    clock.advance(1)
    assert b.check()


def test_silent_during_a_session_and_while_the_screen_is_locked(desk, qtbot):
    w, b, probe, clock = desk
    click(qtbot, w.current_screen().session_cards[0].start)
    assert isinstance(w.page, PlayerPage)
    clock.advance(45 * 60)
    assert not b.check()
    w.page.leave()
    assert not b.check()  # the session was movement: a new stretch starts
    probe.screen = ScreenState(idle_s=1.0, locked=True)
    clock.advance(30 * 60)
    assert not b.check()
    probe.screen = ScreenState(idle_s=400.0, locked=False)  # nobody at the keyboard for over 5 minutes
    clock.advance(30 * 60)
    assert not b.check()
    probe.screen = ScreenState(idle_s=2.0, locked=False)
    assert not b.check()
    clock.advance(20 * 60)
    assert b.check()


def test_off_by_default_and_turned_on_in_settings(window, store, clock, qtbot):
    w = window(DAY, at=dt.time(10, 0))
    svc = ReminderService(w, tray_available=False, probe=Probe())
    svc.breaks.start()
    clock.advance(60 * 60)
    assert not svc.breaks.check()
    s = w.show_screen("settings")
    s.breaks_on.setChecked(True)
    assert cs.load(store.get_setting).break_reminders
    s.break_minutes.setCurrentIndex(s.break_minutes.findData(25))
    s.break_minutes.activated.emit(s.break_minutes.currentIndex())
    assert cs.load(store.get_setting).break_minutes == 25
    clock.advance(25 * 60)
    assert svc.breaks.check()


def test_the_break_dialog_runs_the_minute_and_counts_the_break_in_the_diary(desk, qtbot, store, profile):
    w, b, _probe, clock = desk
    clock.advance(20 * 60)
    b.check()
    click(qtbot, b.banner.start)
    dlg = b.dialog
    assert isinstance(dlg, BreakDialog) and dlg.isVisible() and not b.banner_visible
    assert [m.id for m in dlg.moves] == ["stand-up", "walk", "shift", "standing-hip-flexion"]  # week 2
    assert dlg.figure.figure() == "sit-to-stand" and dlg.countdown.text() == "1:00 left"
    clock.advance(31)  # 15 s a move: the third, shifting the weight
    dlg.render()
    assert dlg.current() == 2 and dlg.figure.figure() == "standing"
    assert dlg.countdown.text() == "0:29 left" and dlg.rows[2].font().bold() and not dlg.rows[0].font().bold()
    clock.advance(30)
    dlg.render()
    assert "Press Done" in dlg.countdown.text()
    click(qtbot, dlg.done_button)
    assert len(care.breaks_on(store, profile.id, DAY)) == 1
    d = w.show_screen("diary")
    names = [e.name for e in d.day.exercises.exercises()]
    assert app_breaks.EXERCISE_NAME in names
    assert not b.check()  # a new stretch started when the break was taken


# ================================================================== flare
def test_the_flare_plan_opens_from_today_records_and_shows_in_the_diary_and_progress(window, qtbot, store, profile):
    from PySide6.QtWidgets import QPushButton

    w = window(DAY)
    click(qtbot, find(w.current_screen(), QPushButton, "todayFlare"))
    page = w.page
    assert isinstance(page, FlarePage)
    assert care.flare_on(store, profile.id, DAY) is not None
    assert page.step_title.text() == "Step 1 of 5: Gentle exercises, now"
    assert "Knee to chest" in page.findChild(type(page.recorded), "flareGentle").text()
    page.note.setText("a long drive")
    page.note.editingFinished.emit()
    assert care.flare_on(store, profile.id, DAY).note == "a long drive"
    for _step in range(4):
        click(qtbot, page.next)
    assert page.step_title.text() == "Step 5 of 5: When to get help" and not page.next.isVisible()
    click(qtbot, page.close_button)
    assert w.page is None
    d = w.show_screen("diary")
    assert d.day.flare_label.isVisible() and "a long drive" in d.day.flare_label.text()
    data = history.load_progress(store, profile, w.ctx.program, DAY)
    assert data.flares == (DAY,)
    from coach.charts.model import build_chart

    overall = build_chart(data, ("overall",)).plot("overall")
    assert any(getattr(i, "name", "") == "flares" for i in overall.items)
    assert "Flare (flare plan opened)" in [e.name for e in overall.legend]
    today = w.show_screen("today")
    assert find(today, QPushButton, "todayFlare").text() == "Open the flare plan again"


def test_the_flare_plans_gentle_exercises_open_in_the_player(window, qtbot):
    w = window(DAY)
    page = w.open_flare()
    click(qtbot, page.start)
    player = w.page
    assert isinstance(player, PlayerPage) and player.slot_index == -2
    assert [p.id for p in player.items] == [e.id for e in w.ctx.program.weeks[0].exercises]


def test_the_tray_menu_offers_the_flare_plan_and_a_break(window, qtbot, clock):
    w = window(DAY)
    svc = ReminderService(w, tray_available=True, probe=Probe())
    svc.flare_action.trigger()
    assert isinstance(w.page, FlarePage)
    svc.break_action.trigger()
    assert isinstance(svc.breaks.dialog, BreakDialog)
    svc.breaks.dialog.reject()


# ======================================================== after the weeks
def test_today_on_day_60_shows_the_maintenance_plan(window, qtbot, monkeypatch, store, profile):
    from PySide6.QtWidgets import QLabel

    safety_store.set_week(store, profile.id, 1, 4, dt.date(2026, 11, 22), "test")  # on week 4 from day 22
    w = window(DAY_60)
    today = w.current_screen()
    assert "Week 4 of 4" not in today.week.text()
    assert today.week.text().startswith("Maintenance, week 5 (since Sunday 29 November): your 4 weeks are done")
    plan = find(today, QLabel, "phaseTargets").text()
    assert "Femoral nerve glide" in plan and "2–3× a week" in plan and "done 0 of 2–3 this week" in plan
    assert [c.slot.name for c in today.session_cards] == ["Maintenance", "Daily walking"]
    check = today.findChild(QLabel, "checkTitle")
    assert check is not None and check.isVisible()
    card = check.parentWidget()
    card.boxes["weakness"].setChecked(True)
    assert card.save.text() == "Save my answers"
    click(qtbot, card.save)
    text = find(today, QLabel, "checkOutcomeText").text()
    assert "doctor or physiotherapist" in text and "week 1" in text
    from coach.ui.widgets import kit

    monkeypatch.setattr(kit, "confirm", lambda *a, **k: True)
    from PySide6.QtWidgets import QPushButton

    click(qtbot, find(today, QPushButton, "checkGoBack"))
    assert today.week.text().startswith("Week 1 of 4: Gentle mobilization")
    assert [c.slot.name for c in today.session_cards] == ["Morning", "Evening"]
