"""Today's safety notices: banners that block Start, trend alerts, paused exercises, the week's review."""

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QPushButton

from coach.core import safety as rules
from coach.store import safety as ss
from coach.store import sessions
from coach.ui.safety.warning_signs import SeeDoctorSoonDialog, WarningSignsDialog

# the profile fixture starts on Sunday 1 November 2026
W2 = ["prone-knee-bend", "standing-hip-flexion", "bridge", "walking"]


def day(n: int) -> dt.date:
    """Day ``n`` of the program (day 1 is 1 November)."""
    return dt.date(2026, 11, 1) + dt.timedelta(days=n - 1)


def run(store, profile, date, week, exercises, slot=0, stop=None):
    sid = sessions.start_session(store, profile_id=profile.id, date=date, slot_index=slot,
                                 slot_name=("Morning", "Evening")[slot], week=week,
                                 program_id="upper-lumbar-4-week",
                                 planned=[{"id": e, "name": e, "level": 0.0} for e in exercises])
    for i, e in enumerate(exercises):
        sessions.append_event(store, sid, kind="exercise_start", exercise_index=i, exercise_id=e)
        if stop and stop[0] == e:
            sessions.append_event(store, sid, kind="stop", exercise_index=i, exercise_id=e, data={"reason": stop[1]})
            sessions.finish_session(store, sid, sessions.STOPPED, stop_reason=stop[1])
            return
        sessions.append_event(store, sid, kind="exercise_done", exercise_index=i, exercise_id=e)
        sessions.append_event(store, sid, kind="checkin", exercise_index=i, exercise_id=e, data={"answer": "fine"})
    sessions.finish_session(store, sid, sessions.COMPLETED)


def notice(today, name):
    return today.findChild(QFrame, name)


def texts(frame):
    return " ".join(lab.text() for lab in frame.findChildren(QLabel))


def test_emergency_banner_blocks_start_until_an_assessment_is_confirmed(window, store, profile):
    ss.record_warning_answers(store, profile.id, day(9), {"bladder_bowel": True}, "tracker")
    w = window(day(10))
    today = w.current_screen()
    banner = notice(today, "safetyBlock")
    assert banner is not None and "⚠ Seek emergency care now" in texts(banner)
    assert "answered on Monday 9 November" in texts(banner)
    assert all(not c.start.isEnabled() for c in today.session_cards)
    blocked = today.session_cards[0].findChild(QLabel, "blocked")
    assert blocked.text().startswith("Start is turned off. Exercises are blocked")
    assert today.session_cards[0].start.accessibleDescription() == rules.BLOCKED_SHORT
    unblock = banner.findChild(QPushButton, "unblock")
    assert not unblock.isEnabled() and unblock.accessibleName()
    banner.findChild(QCheckBox, "assessed").setChecked(True)
    unblock.click()
    assert ss.warning_history(store, profile.id)[0].assessed_confirmed_at
    assert notice(today, "safetyBlock") is None
    assert all(c.start.isEnabled() for c in today.session_cards)


def test_see_doctor_banner_pauses_until_acknowledged(window, store, profile):
    ss.record_warning_answers(store, profile.id, day(10), {"falls": True}, "first_run")
    today = window(day(10)).current_screen()
    banner = notice(today, "safetyPause")
    assert "⚠ See a doctor soon" in texts(banner) and "falls from the leg giving way" in texts(banner)
    assert all(not c.start.isEnabled() for c in today.session_cards)
    assert today.session_cards[1].start.toolTip() == rules.PAUSED_SHORT
    banner.findChild(QPushButton, "acknowledge").click()
    assert ss.warning_history(store, profile.id)[0].acknowledged_at
    assert notice(today, "safetyPause") is None
    assert all(c.start.isEnabled() for c in today.session_cards)


def test_paused_exercise_is_left_out_until_re_enabled(window, store, profile):
    run(store, profile, day(8), 2, W2, stop=("bridge", "sharp_pain"))
    run(store, profile, day(9), 2, W2, stop=("bridge", "weakness"))
    today = window(day(10)).current_screen()
    frame = notice(today, "paused-bridge")
    assert "Bridges is paused" in texts(frame)
    assert "Mon 9 Nov: weakness or the leg giving way" in texts(frame)
    assert "Ask your doctor or physiotherapist" in texts(frame)
    assert all("bridge" not in [pe.id for pe in c.slot.exercises] for c in today.session_cards)
    button = frame.findChild(QPushButton, "reenable")
    assert button.text() == "Re-enable Bridges"
    button.click()
    assert ss.paused_exercises(store, profile.id) == []
    assert notice(today, "paused-bridge") is None
    assert all("bridge" in [pe.id for pe in c.slot.exercises] for c in today.session_cards)


def test_note_after_a_stop_in_the_previous_session(window, store, profile):
    run(store, profile, day(9), 2, W2, stop=("standing-hip-flexion", "sharp_pain"), slot=1)
    today = window(day(10)).current_screen()
    note = notice(today, "lastStop")
    assert "Last session (Monday 9 November, evening session) you stopped during Standing hip flexion because " \
           "of sharp pain." in texts(note)
    assert "fewer repetitions" in texts(note)


def test_trend_alert_shows_its_data(window, store, profile):
    run(store, profile, day(9), 2, W2, stop=("bridge", "weakness"))
    today = window(day(10)).current_screen()
    alert = notice(today, "trend-weakness_increasing")
    assert "Weakness is reported more often" in texts(alert)
    assert "1 day in the last week (Mon 9 Nov), against 0 in the week before" in texts(alert)


def test_week_review_choice_is_stored_and_changes_the_week(window, store, profile):
    for d in range(1, 7):
        for slot in (0, 1):
            run(store, profile, day(d), 1, ["knee-to-chest", "walking"], slot=slot)
    w = window(day(7))  # day 7 of week 1: the review is due
    today = w.current_screen()
    review = notice(today, "weekReview")
    assert "End of week 1: what next?" in texts(review) and "ready to move on to week 2" in texts(review)
    assert "applies from Sunday 8 November" in texts(review)
    buttons = {b.objectName(): b for b in review.findChildren(QPushButton)}
    assert buttons["choice-advance"].text() == "Move on to week 2 (suggested)"
    assert buttons["choice-stay"].text() == "Stay on week 1"
    buttons["choice-stay"].click()
    [choice] = ss.week_choices(store, profile.id)
    assert (choice.choice, choice.from_week, choice.effective_week, choice.applies_from) == ("stay", 1, 1, day(8))
    assert notice(today, "weekReview") is None
    tomorrow = window(day(8)).current_screen()
    assert tomorrow.week.text().startswith("Week 1 of 4")
    assert tomorrow.ctx.calendar_week() == 2


def test_today_slots_use_the_stored_dose_level(store, profile, make_ctx):
    for d in (15, 16):
        run(store, profile, day(d), 3, ["wall-sit"])
    ctx = make_ctx(day(17))
    wall = next(pe for pe in ctx.today_slots()[0].exercises if pe.id == "wall-sit")
    assert (wall.level, wall.hold_seconds) == (0.25, 11)


def test_warning_signs_can_be_answered_from_today(window, store, profile, qtbot):
    w = window(day(10))
    today = w.current_screen()
    today.findChild(QPushButton, "checkWarnings").click()
    dlg = w.findChild(WarningSignsDialog)
    assert dlg is not None and not dlg.save.isEnabled()
    dlg.form.set_answers({**{q.id: False for q in rules.WARNING_QUESTIONS}, "both_legs": True})
    dlg.save.click()
    [rec] = ss.warning_history(store, profile.id)
    assert (rec.source, rec.date, rec.outcome.level) == ("today", day(10), "see_doctor_soon")
    outcome = w.findChild(SeeDoctorSoonDialog)
    assert outcome is not None and outcome.isVisible()
    assert notice(today, "safetyPause") is not None
    outcome.acknowledge.click()
    qtbot.waitUntil(lambda: notice(today, "safetyPause") is None)
    assert all(c.start.isEnabled() for c in today.session_cards)
