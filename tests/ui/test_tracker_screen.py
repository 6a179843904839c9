import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from coach.core import safety as safety_rules
from coach.core.tracker import ACTIVITY_PRESETS, HELPED_PRESETS, ExerciseDone
from coach.store import safety as safety_store
from coach.store import sessions
from coach.store import tracker as tracker_store
from coach.ui.diary.screen import DiaryScreen

TODAY = dt.date(2026, 11, 10)


def _screen(qtbot, make_ctx, today=TODAY):
    ctx = make_ctx(today)
    s = DiaryScreen(ctx)
    qtbot.addWidget(s)
    s.resize(900, 700)
    s.show()
    qtbot.waitExposed(s)
    return s


def test_every_field_round_trips_through_the_store(qtbot, make_ctx, profile, store):
    s = _screen(qtbot, make_ctx)
    f = s.day
    # pain by mouse on the map and the strip, and by a spin box
    qtbot.mouseClick(f.pain.map, Qt.MouseButton.LeftButton, pos=f.pain.map.region_centre("thigh_right"))
    qtbot.mouseClick(f.pain.strip, Qt.MouseButton.LeftButton, pos=f.pain.strip.cell_centre(6))
    f.pain.spins["back_left"].setValue(0)
    f.numb_boxes["shin_right"].click()
    qtbot.keyClicks(f.numb_where, "right foot")
    qtbot.mouseClick(f.numb_strength, Qt.MouseButton.LeftButton, pos=f.numb_strength.cell_centre(4))
    f.weakness.boxes["stairs"].setChecked(True)
    f.weakness.boxes["other"].setChecked(True)
    qtbot.keyClicks(f.weakness.other, "toes")
    f.activities.boxes["sitting"].setChecked(True)
    qtbot.keyClicks(f.activities.other, "gardening")
    qtbot.mouseClick(f.exercises.add, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(f.exercises.rows[-1].name, "Swim")
    f.exercises.rows[-1].times.setValue(2)
    qtbot.keyClicks(f.exercises.other, "stretch class")
    f.helped.boxes["heat"].setChecked(True)
    qtbot.keyClicks(f.helped.other, "a warm bath")
    qtbot.keyClicks(f.note, "better after lunch")
    assert f.is_dirty()
    ctrl_s = next(sc for sc in f.findChildren(QShortcut) if sc.key() == QKeySequence("Ctrl+S"))
    ctrl_s.activated.emit()  # Ctrl+S
    saved = tracker_store.get_entry(store, profile.id, TODAY)
    assert saved is not None
    assert saved.pain["thigh_right"] == 6 and saved.pain["back_left"] == 0 and saved.pain["knee_left"] is None
    assert saved.numbness_locations == ("shin_right",)
    assert saved.numbness_where == "right foot" and saved.numbness_strength == 4
    assert set(saved.weakness) == {"stairs", "other"} and saved.weakness_other == "toes"
    assert saved.activities_limited == ("sitting",) and saved.activities_other == "gardening"
    assert saved.exercises == (ExerciseDone(name="Swim", times=2),)
    assert saved.exercises_other == "stretch class"
    assert saved.helped == ("heat",) and saved.helped_other == "a warm bath"
    assert saved.note == "better after lunch"
    assert "Saved" in f.status.text()
    assert not f.is_dirty()
    # a fresh screen loads the day back into every field
    s2 = _screen(qtbot, make_ctx)
    assert s2.day.entry() == saved


def test_a_future_date_shows_the_message_and_is_not_saved(qtbot, make_ctx, profile, store):
    s = _screen(qtbot, make_ctx)
    f = s.day
    f.date_edit.setDate(QDate(2026, 11, 12))
    assert f.date() == dt.date(2026, 11, 12)
    f.pain.spins["back_left"].setValue(3)
    assert f.problems_frame.isVisible()
    assert "is in the future" in f.problems_label.text()
    qtbot.mouseClick(f.save_button, Qt.MouseButton.LeftButton)
    assert tracker_store.get_entry(store, profile.id, dt.date(2026, 11, 12)) is None


def test_exercises_are_filled_in_from_a_finished_session(qtbot, make_ctx, profile, store):
    sid = sessions.start_session(store, profile_id=profile.id, date=TODAY, slot_index=0, slot_name="Morning",
                                 week=2, program_id="upper-lumbar-4-week",
                                 planned=[{"id": "glide", "name": "Nerve glide"}])
    sessions.finish_session(store, sid, sessions.COMPLETED, summary={"exercises": [
        {"exercise_id": "glide", "name": "Nerve glide", "status": "done", "done_units": 10, "unit": "reps"}]})
    s = _screen(qtbot, make_ctx)
    names = [r.value().name for r in s.day.exercises.rows]
    assert names == ["Nerve glide"]
    assert "morning" in s.day.exercises.rows[0].detail.text()
    assert not s.day.is_dirty()  # filled in, but nothing typed yet


def test_warning_answers_are_recorded_and_the_outcome_opens(qtbot, make_ctx, profile, store):
    s = _screen(qtbot, make_ctx)
    f = s.day
    answers = {q.id: False for q in safety_rules.WARNING_QUESTIONS}
    f.warnings.set_answers({**answers, "severe_pain": True})
    qtbot.mouseClick(f.save_button, Qt.MouseButton.LeftButton)
    found = [w for w in safety_store.warning_history(store, profile.id) if w.source == "tracker"]
    assert found and found[-1].date == TODAY and found[-1].answers["severe_pain"] is True
    assert found[-1].outcome.level == safety_rules.SEE_DOCTOR_SOON
    dlg = f.outcome_dialog
    assert dlg is not None and dlg.isVisible()  # the see-a-doctor advice is shown
    dlg.acknowledge.click()
    del dlg
    assert f.outcome_dialog is None
    # let the dialog (deleted on close) go while the screen is still alive, as the event loop would
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert safety_store.warning_history(store, profile.id)[-1].acknowledged_at
    # saving the day again with the same answers records nothing new and does not bring the advice back
    qtbot.keyClicks(f.note, "rested")
    qtbot.mouseClick(f.save_button, Qt.MouseButton.LeftButton)
    assert tracker_store.get_entry(store, profile.id, TODAY).note == "rested"
    assert f.outcome_dialog is None
    assert len([w for w in safety_store.warning_history(store, profile.id) if w.source == "tracker"]) == 1


def test_switching_day_with_changes_asks_and_can_save(qtbot, make_ctx, profile, store, monkeypatch):
    s = _screen(qtbot, make_ctx)
    f = s.day
    f.pain.spins["knee_left"].setValue(2)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Save)
    qtbot.mouseClick(f.prev_day, Qt.MouseButton.LeftButton)
    assert f.date() == TODAY - dt.timedelta(days=1)
    assert tracker_store.get_entry(store, profile.id, TODAY).pain["knee_left"] == 2
    f.pain.spins["knee_left"].setValue(5)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(f.today_button, Qt.MouseButton.LeftButton)
    assert f.date() == TODAY - dt.timedelta(days=1) and f.pain.spins["knee_left"].value() == 5


def test_leaving_the_screen_saves(qtbot, window, store, profile):
    w = window()
    s = w.show_screen("diary")
    s.day.helped.boxes["walking"].setChecked(True)
    w.show_screen("today")
    assert tracker_store.get_entry(store, profile.id, TODAY).helped == ("walking",)


def test_presets_are_all_offered(qtbot, make_ctx, profile):
    s = _screen(qtbot, make_ctx)
    assert set(s.day.activities.boxes) == set(ACTIVITY_PRESETS)
    assert set(s.day.helped.boxes) == set(HELPED_PRESETS)


def _active(qtbot, s):
    s.windowHandle().requestActivate()
    qtbot.waitUntil(s.isActiveWindow, timeout=3000)
    return s


def _tab_chain(widget, start, count):
    start.setFocus()
    out = []
    for _ in range(count):
        QTest.keyClick(widget.window().focusWidget(), Qt.Key.Key_Tab)
        out.append(widget.window().focusWidget())
    return out


def test_keyboard_path_through_the_day(qtbot, make_ctx, profile, store):
    sid = sessions.start_session(store, profile_id=profile.id, date=TODAY, slot_index=0, slot_name="Morning",
                                 week=2, program_id="upper-lumbar-4-week", planned=[{"id": "bridge", "name": "Bridges"}])
    sessions.finish_session(store, sid, sessions.COMPLETED, summary={"exercises": [
        {"exercise_id": "bridge", "name": "Bridges", "status": "done", "done_units": 12, "unit": "reps"}]})
    s = _active(qtbot, _screen(qtbot, make_ctx))
    f = s.day
    chain = _tab_chain(s, f.date_edit, 4)
    # one Tab leaves the date box; the scroll area is no Tab stop of its own
    assert chain == [f.prev_day, f.today_button, f.save_button, f.pain.map]
    assert f.pain.map.current() == "back_left"
    # the pre-filled exercise rows come before the buttons under them, not after the note
    row = f.exercises.rows[0]
    assert _tab_chain(s, f.helped.other, 1) == [f.helped_guide]  # "What eases symptoms: the Guide"
    chain = _tab_chain(s, f.helped_guide, 5)
    assert chain == [row.name, row.times, row.remove, f.exercises.add, f.exercises.fill]
    assert row.name.accessibleName() == "Exercise name: Bridges"


def test_alt_letters_jump_to_each_part_and_scroll_it_into_view(qtbot, make_ctx, profile):
    s = _active(qtbot, _screen(qtbot, make_ctx))
    f = s.day
    f.pain.map.setFocus()
    QTest.keyClick(f.pain.map, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)  # Warning si&gns
    focus = QApplication.focusWidget()
    assert focus is f.warnings.yes[safety_rules.WARNING_QUESTIONS[0].id]
    top = focus.mapTo(f.scroll.viewport(), focus.rect().topLeft()).y()
    assert 0 <= top < f.scroll.viewport().height()  # scrolled to it
    QTest.keyClick(focus, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # Wea&kness
    assert QApplication.focusWidget() is f.weakness.boxes["knee_straighten"]


def test_every_tab_fits_a_small_window_at_double_text_size(qtbot, window, store, profile, qapp):
    """1024×600 at 200 % text: parts stack instead of running off the side (no sideways scrolling)."""
    from coach.ui.widgets import style

    snap = style.snapshot(qapp)
    try:
        style.apply_style(qapp, 2.0, "light")
        w = window(TODAY)
        w.resize(1024, 600)
        s = w.show_screen("diary")
        for tab, scroll in ((s.day, s.day.scroll), (s.outcomes, s.outcomes.scroll)):
            s.tabs.setCurrentWidget(tab)
            qtbot.waitUntil(lambda sc=scroll: sc.widget().width() <= sc.viewport().width(), timeout=2000)
            assert not scroll.horizontalScrollBar().isVisible()
        assert s.day.pain.box.direction() == s.day.pain.box.Direction.TopToBottom  # the boxes under the map
        s.tabs.setCurrentWidget(s.grid)
        t = s.grid.table
        qtbot.waitUntil(lambda: t.horizontalScrollBar().value() == t.horizontalScrollBar().maximum())
        last = t.visualItemRect(t.item(0, len(s.grid.days) - 1))
        assert t.viewport().rect().contains(last)  # today's column is in view
        assert t.columnWidth(0) >= t.fontMetrics().horizontalAdvance("no entry")
    finally:
        style.restore(qapp, snap)


def test_the_map_sits_beside_its_boxes_when_there_is_room(qtbot, make_ctx, profile):
    s = _screen(qtbot, make_ctx)
    s.resize(1100, 760)
    qtbot.waitUntil(lambda: s.day.pain.box.direction() == s.day.pain.box.Direction.LeftToRight)
    assert s.day.pain.side.x() > s.day.pain.map.x()


def test_each_day_starts_on_no_place_so_digits_typed_early_land_nowhere(qtbot, make_ctx, profile, store):
    s = _screen(qtbot, make_ctx)
    f = s.day
    m = f.pain.map
    assert m.current() is None and not f.pain.strip.isEnabled()
    assert "No place chosen yet" in f.pain.chosen.text()
    qtbot.mouseClick(m, Qt.MouseButton.LeftButton, pos=m.region_centre("knee_right"))
    qtbot.keyClick(m, Qt.Key.Key_5)
    assert m.value("knee_right") == 5
    assert f.save()
    f.request_date(TODAY - dt.timedelta(days=1))  # an earlier day: the knee is not chosen there
    assert f.date() == TODAY - dt.timedelta(days=1)
    assert m.current() is None
    m.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(m, Qt.Key.Key_7)  # a digit before choosing a place sets nothing
    assert all(v is None for v in m.values().values()) and not f.is_dirty()
    qtbot.keyClick(m, Qt.Key.Key_Down)  # the first arrow chooses the first place
    assert m.current() == "back_left"


def test_overall_pain_is_asked_and_stored_as_answered(qtbot, make_ctx, profile, store):
    s = _screen(qtbot, make_ctx)
    f = s.day
    f.pain.spins["shin_left"].setValue(8)  # the worst place
    qtbot.mouseClick(f.overall, Qt.MouseButton.LeftButton, pos=f.overall.cell_centre(5))
    assert f.save()
    saved = tracker_store.get_entry(store, profile.id, TODAY)
    assert saved.overall == 5 and saved.pain["shin_left"] == 8
    row = next(store.db.query("select overall_pain from tracker_entries"))
    assert row["overall_pain"] == 5
    # a day whose overall pain was not answered stores none (not the worst place)
    f.request_date(TODAY - dt.timedelta(days=2))
    f.pain.spins["back_right"].setValue(3)
    assert f.save()
    assert tracker_store.get_entry(store, profile.id, TODAY - dt.timedelta(days=2)).overall is None
    f.request_date(TODAY)
    assert f.overall.value() == 5
