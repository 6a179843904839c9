"""Today's safety: a stop that ends the day turns off every Start, the next day's eased dose, banners that block
Start until a clinician has seen the person, the exercises left out, trend alerts and good signs, paused
exercises, the week's review and why the week stays, and a clinician's decisions."""

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QDateEdit, QFrame, QLabel, QPushButton

from coach.core import safety as rules
from coach.store import safety as ss
from coach.store import sessions
from coach.ui.safety.notices import ReasonDialog
from coach.ui.safety.warning_signs import SeeDoctorSoonDialog, WarningSignsDialog

# the profile fixture starts on Sunday 1 November 2026
W1 = ["knee-to-chest", "femoral-nerve-glide", "walking", "hip-flexor-stretch"]
W2 = ["prone-knee-bend", "standing-hip-flexion", "bridge", "walking"]
W3 = ["straight-leg-raise", "wall-sit", "step-up", "walking"]


def day(n: int) -> dt.date:
    """Day ``n`` of the program (day 1 is 1 November)."""
    return dt.date(2026, 11, 1) + dt.timedelta(days=n - 1)


def run(store, profile, date, week, exercises, slot=0, stop=None, levels=None, checkins=None):
    levels = levels or {}
    checkins = checkins or {}
    sid = sessions.start_session(store, profile_id=profile.id, date=date, slot_index=slot,
                                 slot_name=("Morning", "Evening")[slot], week=week,
                                 program_id="upper-lumbar-4-week",
                                 planned=[{"id": e, "name": e, "level": levels.get(e, 0.0)} for e in exercises])
    for i, e in enumerate(exercises):
        sessions.append_event(store, sid, kind="exercise_start", exercise_index=i, exercise_id=e)
        if stop and stop[0] == e:
            sessions.append_event(store, sid, kind="stop", exercise_index=i, exercise_id=e, data={"reason": stop[1]})
            sessions.finish_session(store, sid, sessions.STOPPED, stop_reason=stop[1])
            return
        sessions.append_event(store, sid, kind="exercise_done", exercise_index=i, exercise_id=e)
        sessions.append_event(store, sid, kind="checkin", exercise_index=i, exercise_id=e,
                              data={"answer": checkins.get(e, "fine")})
    sessions.finish_session(store, sid, sessions.COMPLETED)


def notice(today, name):
    return today.findChild(QFrame, name)


def texts(frame):
    return " ".join(lab.text() for lab in frame.findChildren(QLabel))


def on_week3(store, profile):
    ss.set_week(store, profile.id, 1, 3, day(15), "test: on week 3")


# ------------------------------------------------------------------ stop means stop
def test_a_sharp_pain_stop_turns_off_every_start_on_today_for_the_day(window, store, profile, clock):
    on_week3(store, profile)
    run(store, profile, day(15), 3, W3, levels={"wall-sit": 0.5}, stop=("wall-sit", "sharp_pain"))
    w = window(day(15))
    today = w.current_screen()
    # every Start, the walk on its own and the tray's start say the same: nothing more today
    assert all(not c.start.isEnabled() for c in today.session_cards)
    walk = today.findChild(QPushButton, "logWalk")
    assert walk is None or not walk.isEnabled()
    blocked = today.session_cards[1].findChild(QLabel, "blocked")
    assert blocked.text() == ("Start is turned off. You stopped during Wall sits today because of sharp pain: no more "
                              "exercise today. You can start again tomorrow, Monday 16 November.")
    stop = notice(today, "dayStop")
    assert stop is not None and "■ No more exercise today" in texts(stop)
    assert stop.findChild(QPushButton, "allowToday") is None  # only a clinician may allow it
    # asking the player anyway (the tray, a reminder) is refused with the same words
    w.ctx.request_play("slot", 1)
    page = w.page
    assert page.objectName() == "endPanel" and page.title.text() == "Exercises cannot be started now"
    assert page.where.text().endswith("You can start again tomorrow, Monday 16 November.")
    page.done.click()


def test_the_next_day_the_stopped_exercise_is_eased_as_promised(window, store, profile):
    on_week3(store, profile)
    run(store, profile, day(15), 3, W3, levels={"wall-sit": 0.5}, stop=("wall-sit", "sharp_pain"))
    today = window(day(16)).current_screen()
    assert all(c.start.isEnabled() for c in today.session_cards)
    dose = today.session_cards[0].findChild(QLabel, "dose-wall-sit").text()
    assert "Today: Hold 10 s × 5</b>, eased after Sunday's stop" in dose
    assert "Eased after Sunday's stop (sharp pain): Hold 10 s × 5, the low end of its range." in dose
    eased = next(pe for pe in today.session_cards[0].slot.exercises if pe.id == "wall-sit")
    assert (eased.hold_seconds, eased.level) == (10, 0.0)
    assert "Wall sits: Eased after Sunday's stop" in texts(notice(today, "lastStop"))


def test_an_exercise_with_no_easier_dose_is_left_out_the_next_day_with_the_reason(window, store, profile):
    run(store, profile, day(2), 1, W1, stop=("knee-to-chest", "spreading"))
    today = window(day(3)).current_screen()
    card = today.session_cards[0]
    assert "knee-to-chest" not in [pe.id for pe in card.slot.exercises]
    why = card.findChild(QLabel, "leftOut-knee-to-chest")
    assert why.text().startswith("Left out today after Monday's stop (pain spreading further down the leg)")
    # the spreading stop also brings the alert
    assert "Pain is spreading down the leg" in texts(notice(today, "trend-spreading"))


def test_a_clinician_can_allow_exercise_after_a_stop_with_a_reason(window, store, profile, qtbot):
    run(store, profile, day(2), 1, W1, stop=("walking", "unwell"))
    w = window(day(2))
    w.ctx.set_clinician_mode(True)
    today = w.current_screen()
    allow = notice(today, "dayStop").findChild(QPushButton, "allowToday")
    allow.click()
    dlg = w.findChild(ReasonDialog)
    assert dlg is not None and not dlg.ok.isEnabled()  # a reason is required
    dlg.reason.setText("checked blood pressure: fine to carry on gently")
    dlg.ok.click()
    [o] = ss.day_overrides(store, profile.id, day(2))
    assert o.reason == "checked blood pressure: fine to carry on gently"
    today = w.current_screen()
    assert notice(today, "dayStop") is None and all(c.start.isEnabled() for c in today.session_cards)


# ------------------------------------------------------------------ warning signs
def test_emergency_banner_blocks_start_until_a_dated_visit_is_confirmed(window, store, profile):
    ss.record_warning_answers(store, profile.id, day(9), {"bladder_bowel": True}, "tracker")
    # answering again does not lift it
    ss.record_warning_answers(store, profile.id, day(10), {"bladder_bowel": False}, "tracker")
    w = window(day(10))
    today = w.current_screen()
    banner = notice(today, "safetyBlock")
    assert banner is not None and "⚠ Seek emergency care now" in texts(banner)
    assert "new bladder or bowel problems (since Monday 9 November)" in texts(banner)
    assert all(not c.start.isEnabled() for c in today.session_cards)
    blocked = today.session_cards[0].findChild(QLabel, "blocked")
    assert blocked.text().startswith("Start is turned off. Exercises are blocked")
    assert today.session_cards[0].start.accessibleDescription() == rules.BLOCKED_SHORT
    unblock = banner.findChild(QPushButton, "unblock")
    seen = banner.findChild(QDateEdit, "seenOn")
    assert not unblock.isEnabled() and unblock.accessibleName() and not seen.isEnabled()
    assert seen.minimumDate() == QDate(2026, 11, 9) and seen.maximumDate() == QDate(2026, 11, 10)
    banner.findChild(QCheckBox, "assessed").setChecked(True)
    seen.setDate(QDate(2026, 11, 9))
    unblock.click()
    assert [v.seen_on for v in ss.visits(store, profile.id)] == [day(9)]
    today = w.current_screen()
    assert notice(today, "safetyBlock") is None
    assert all(c.start.isEnabled() for c in today.session_cards)


def test_falls_pause_until_read_then_leave_out_the_steady_leg_exercises_until_seen(window, store, profile):
    on_week3(store, profile)
    ss.record_warning_answers(store, profile.id, day(16), {"falls": True}, "first_run")
    w = window(day(16))
    today = w.current_screen()
    banner = notice(today, "safetyPause")
    assert "⚠ See a doctor promptly" in texts(banner) and "falls from the leg being weak or giving way" in texts(banner)
    assert all(not c.start.isEnabled() for c in today.session_cards)
    assert today.session_cards[1].start.toolTip() == rules.PAUSED_SHORT
    banner.findChild(QPushButton, "acknowledge").click()
    today = w.current_screen()
    assert notice(today, "safetyPause") is None and all(c.start.isEnabled() for c in today.session_cards)
    steady = notice(today, "steadyLeg")
    assert "Left out until a clinician has seen you: Wall sits and Step-ups" in texts(steady)
    card = today.session_cards[0]
    assert [pe.id for pe in card.slot.exercises] == ["straight-leg-raise", "walking"]
    assert card.findChild(QLabel, "leftOut-step-up").text().startswith("Left out until a clinician has seen you")
    steady.findChild(QCheckBox, "assessed").setChecked(True)
    steady.findChild(QPushButton, "unblock").click()
    today = w.current_screen()
    assert notice(today, "steadyLeg") is None
    assert "step-up" in [pe.id for pe in today.session_cards[0].slot.exercises]


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
    assert notice(w.current_screen(), "safetyPause") is not None
    outcome.acknowledge.click()
    qtbot.waitUntil(lambda: notice(w.current_screen(), "safetyPause") is None)
    assert all(c.start.isEnabled() for c in w.current_screen().session_cards)


# ------------------------------------------------------------- alerts, pauses, weeks
def test_paused_exercise_is_left_out_until_re_enabled(window, store, profile):
    ss.set_week(store, profile.id, 1, 2, day(8), "test: on week 2")
    run(store, profile, day(8), 2, W2, stop=("bridge", "sharp_pain"))
    run(store, profile, day(9), 2, W2, stop=("bridge", "sharp_pain"))
    run(store, profile, day(10), 2, [e for e in W2 if e != "bridge"])
    today = window(day(11)).current_screen()
    frame = notice(today, "paused-bridge")
    assert "Bridges is paused" in texts(frame)
    assert "Mon 9 Nov: sharp pain" in texts(frame)
    assert "Ask your doctor or physiotherapist" in texts(frame)
    assert all("bridge" not in [pe.id for pe in c.slot.exercises] for c in today.session_cards)
    button = frame.findChild(QPushButton, "reenable")
    assert button.text() == "Re-enable Bridges"
    button.click()
    assert ss.paused_exercises(store, profile.id) == []
    today = today.window().current_screen()
    assert notice(today, "paused-bridge") is None
    assert all("bridge" in [pe.id for pe in c.slot.exercises] for c in today.session_cards)


def test_trend_alert_shows_its_data_and_urgency(window, store, profile):
    run(store, profile, day(9), 1, W1, stop=("walking", "weakness"))
    today = window(day(10)).current_screen()
    alert = notice(today, "trend-weakness_increasing")
    assert "Weakness is reported more often" in texts(alert)
    assert "1 day in the last week (Mon 9 Nov), against 0 in the week before" in texts(alert)
    assert alert.findChild(QLabel, "urgency").text() == "See a doctor promptly"


def test_the_week_stays_until_its_review_is_answered(window, store, profile):
    today = window(day(5)).current_screen()
    assert today.week.text() == "Week 1 of 4: Gentle mobilization · day 5 on this week"
    why = today.findChild(QLabel, "weekWhy").text()
    assert why.startswith("Week 2 starts only when week 1 has been tolerated well and you confirm it")
    assert notice(today, "weekReview") is None


def test_week_review_choice_is_stored_and_changes_the_week(window, store, profile):
    for d in range(1, 8):
        for slot in (0, 1):
            run(store, profile, day(d), 1, W1, slot=slot)
    w = window(day(8))  # seven whole days on week 1: the review is due
    today = w.current_screen()
    review = notice(today, "weekReview")
    assert "Week 1: what next?" in texts(review) and "You can move on to week 2 if you feel ready" in texts(review)
    assert "applies from today" in texts(review)
    assert "until you answer its review below" in today.findChild(QLabel, "weekWhy").text()
    buttons = {b.objectName(): b for b in review.findChildren(QPushButton)}
    assert buttons["choice-advance"].text() == "Move on to week 2 (suggested)"
    assert buttons["choice-stay"].text() == "Stay on week 1"
    buttons["choice-advance"].click()
    [choice] = ss.week_choices(store, profile.id)
    assert (choice.choice, choice.from_week, choice.effective_week, choice.applies_from) == ("advance", 1, 2, day(8))
    today = w.current_screen()
    assert notice(today, "weekReview") is None
    assert today.week.text().startswith("Week 2 of 4: Progressive mobility · day 1 on this week")


def test_a_clinician_sets_the_week_with_a_reason(window, store, profile):
    w = window(day(3))
    today = w.current_screen()
    assert today.findChild(QPushButton, "setWeek") is None
    w.ctx.set_clinician_mode(True)
    today = w.current_screen()
    today.findChild(QPushButton, "setWeek").click()
    dlg = w.findChild(ReasonDialog)
    dlg.week.setValue(3)
    dlg.reason.setText("assessed in clinic: ready for strength work")
    dlg.ok.click()
    [c] = ss.week_choices(store, profile.id)
    assert (c.choice, c.effective_week, c.by, c.note) == ("set", 3, "clinician",
                                                          "assessed in clinic: ready for strength work")
    assert w.current_screen().week.text().startswith("Week 3 of 4")


def test_today_slots_use_the_stored_dose_level(store, profile, make_ctx):
    on_week3(store, profile)
    for d in (15, 16):
        run(store, profile, day(d), 3, ["wall-sit"])
    ctx = make_ctx(day(17))
    wall = next(pe for pe in ctx.today_slots()[0].exercises if pe.id == "wall-sit")
    assert (wall.level, wall.hold_seconds) == (0.25, 11)


def test_the_reason_dialog_needs_a_reason(qtbot):
    dlg = ReasonDialog("Allow exercise today", "Why?")
    qtbot.addWidget(dlg)
    assert not dlg.ok.isEnabled()
    qtbot.keyClicks(dlg.reason, "  ")
    assert not dlg.ok.isEnabled()
    qtbot.keyClicks(dlg.reason, "assessed")
    assert dlg.ok.isEnabled()
    qtbot.keyClick(dlg.reason, Qt.Key.Key_Escape)
