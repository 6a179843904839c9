"""Between sessions and after the weeks, through the application layer on a real store and a fixed clock."""

import datetime as dt

import pytest

from coach.app import breaks, diary, flare, maintenance, safety, sessions
from coach.app.state import App
from coach.core import settings as cs
from coach.store import care, history
from coach.store import safety as safety_store

START = dt.date(2026, 11, 1)  # the profile's start in conftest.py


def _on(app: App, clock, days: int) -> App:
    clock.set(dt.datetime.combine(START + dt.timedelta(days=days), dt.time(9, 0)))
    return App.open(app.store)


def _week(app: App, week: int, days: int) -> None:
    """The program moved on to ``week`` on day ``days`` (weeks move on by a decision, never by the calendar)."""
    safety_store.set_week(app.store, app.profile.id, 1, week, START + dt.timedelta(days=days), "test")


# ================================================================ flares
def test_a_flare_is_recorded_once_a_day_with_its_note(app, store, profile):
    done = flare.start(app)
    assert done.changes.diary and done.value.flare.date == app.today()
    again = flare.start(app)
    assert not again.changes and again.value.flare.id == done.value.flare.id
    noted = flare.start(app, "a long drive")
    assert noted.changes.diary and flare.flare_on(app, app.today()).note == "a long drive"
    assert [f.date for f in care.flares_between(store, profile.id, app.today(), app.today())] == [app.today()]


def test_the_plan_offers_the_first_week_gently_and_its_session_is_outside_the_slots(app):
    plan = flare.start(app).value
    assert [p.id for p in plan.gentle] == [e.id for e in app.program.weeks[0].exercises]
    assert plan.block is None
    opening = flare.open_gentle(app)
    assert opening.plan.slot_index == flare.FLARE_SLOT and opening.plan.slot_name == "Gentle (flare)"
    assert opening.plan.items[0].level == 0.0


def test_a_warning_sign_keeps_the_gentle_exercises_from_starting(app):
    safety.record_answers(app, {"bladder_bowel": True})
    assert flare.plan(app).block
    assert flare.open_gentle(app).refused


def test_flares_reach_the_progress_data(app, store, profile):
    flare.start(app)
    data = history.load_progress(store, profile, app.program, app.today())
    assert data.flares == (app.today(),)


def test_what_helped_before_comes_from_the_diary(app):
    from coach.core.tracker import TrackerEntry

    diary.save_day(app, TrackerEntry(date=app.today() - dt.timedelta(days=1), helped=("ice",)))
    assert flare.plan(app).helped == (("Ice for a flare (15 minutes at most)", 1),)


# ================================================================ breaks
def test_breaks_are_off_until_chosen_and_only_every_20_25_or_30_minutes(app, store):
    assert not cs.load(store.get_setting).break_reminders
    breaks.choose(store, True, 25)
    s = cs.load(store.get_setting)
    assert s.break_reminders and s.break_minutes == 25 and s.reminders_on
    with pytest.raises(cs.SettingError, match="20, 25, 30"):
        breaks.choose(store, True, 45)


def test_a_break_taken_counts_in_the_days_exercises(app, record):
    record(app.today(), 1, ["knee-to-chest"])
    assert breaks.record(app).diary
    breaks.record(app)
    lines = diary.session_exercises(app, app.today())
    desk = [e for e in lines if e.exercise_id == breaks.EXERCISE_ID]
    assert len(desk) == 1 and desk[0].times == 2 and "09:00" in desk[0].detail
    assert any(e.exercise_id == "knee-to-chest" for e in lines)
    assert diary.load_day(app, app.today()).entry.exercises == lines


def test_the_routine_follows_the_week(app, clock):
    assert [m.id for m in breaks.routine(app)] == ["stand-up", "walk", "shift"]
    _week(app, 2, 7)
    later = _on(app, clock, 9)  # week 2: standing hip flexion
    assert "standing-hip-flexion" in [m.id for m in breaks.routine(later)]


# =========================================================== maintenance
def test_day_60_is_maintenance_with_its_own_sessions(app, clock):
    _week(app, 4, 21)
    a = _on(app, clock, 59)
    st = a.stage()
    assert st.phase is not None and st.phase.id == "maintenance" and st.week == 4
    assert st.since == START + dt.timedelta(days=28)
    names = [s.name for s in sessions.what_can_start(a).slots]
    assert names == ["Maintenance", "Daily walking"]
    assert maintenance.check_state(a).due


def test_the_weekly_targets_count_the_sessions_of_this_phase_week(app, clock, record):
    _week(app, 4, 21)
    a = _on(app, clock, 59)
    first, _ = a.stage().week_span(a.today())
    for d in range(3):
        record(first + dt.timedelta(days=d), 4, ["femoral-nerve-glide"], slot=d % 2)
    glide = next(t for t in maintenance.targets(a) if t.exercise.id == "femoral-nerve-glide")
    assert glide.done == 3 and glide.met and not glide.due
    slot = sessions.what_can_start(a).slots[0]
    assert "femoral-nerve-glide" not in [p.id for p in slot.exercises]  # done 3 of 2-3 this week


def test_signs_at_the_check_lead_back_to_week_1_and_maintenance_starts_again_later(app, clock):
    _week(app, 4, 21)
    a = _on(app, clock, 59)
    out = maintenance.answer_check(a, {"stiffness": True}).value
    assert out.level == "ease" and out.back_to_week == 1
    state = maintenance.check_state(a)
    assert not state.due and state.open_return
    maintenance.return_to_week(a, 1)
    assert a.current_week() == 1 and a.stage().phase is None
    assert not maintenance.check_state(a).open_return
    assert [s.name for s in sessions.what_can_start(a).slots] == ["Morning", "Evening"]
    back = a.today()
    _week(a, 4, (back - START).days + 7 * 3)  # weeks later, on the last week again
    a = _on(a, clock, (back - START).days + 7 * 4 + 6)  # and a whole week of it done
    assert a.stage().phase is not None


def test_signs_two_checks_in_a_row_point_to_a_clinician(app, clock):
    _week(app, 4, 21)
    a = _on(app, clock, 40)
    maintenance.answer_check(a, {"stairs_rising": True})
    a = _on(a, clock, 47)
    assert maintenance.check_state(a).due
    out = maintenance.answer_check(a, {"stairs_rising": True}).value
    assert out.level == "clinician" and "doctor or physiotherapist" in out.text


def test_no_weekly_review_inside_maintenance(app, clock, record):
    _week(app, 4, 21)
    for days in (28, 34, 35, 41):  # in the phase after the program's four weeks
        a = _on(app, clock, days)
        assert a.stage().phase is not None and safety.notices(a).review is None
    # week 4 itself (no session done) is not tolerated: the store still has its review, the phase hides it
    assert safety_store.due_review(a.store, a.profile, a.program, a.today()) is not None


def test_in_maintenance_the_exercises_needing_a_steady_leg_are_left_out_while_a_fall_is_open(app, clock):
    _week(app, 4, 21)
    a = _on(app, clock, 59)
    ids = [p.id for s in sessions.what_can_start(a).slots for p in s.exercises]
    assert "mini-squat" in ids
    safety.record_answers(a, {"falls": True})
    safety.acknowledge(a)
    ids = [p.id for s in sessions.what_can_start(a).slots for p in s.exercises]
    assert "mini-squat" not in ids and "femoral-nerve-glide" in ids  # monograph Section 5 line 115
