"""Movement breaks, the flare plan and the maintenance phase: the rules, on plain values and a fixed clock."""

from __future__ import annotations

import datetime as dt

import pytest

from coach.core import breaks, flare, maintenance
from coach.core.program_read import load_program
from coach.core.tracker import TrackerEntry
from coach.resources import default_program_path

PROGRAM = load_program(default_program_path(), check_figures=False)
START = dt.date(2026, 11, 1)


# ================================================================ breaks
def test_the_reminder_comes_after_the_chosen_interval_of_sitting():
    t = breaks.BreakTimer(25)
    assert not t.update(1000.0)
    assert not t.update(1000.0 + 25 * 60 - 1)
    assert t.update(1000.0 + 25 * 60)
    t.shown(1000.0 + 25 * 60)
    assert not t.update(1000.0 + 26 * 60)
    assert t.update(1000.0 + 50 * 60)


def test_a_snooze_moves_it_ten_minutes_on_and_a_break_taken_starts_a_new_stretch():
    t = breaks.BreakTimer(20)
    t.update(0.0)
    assert t.update(1200.0)
    t.snooze(1200.0)
    assert not t.update(1200.0 + 599)
    assert t.update(1200.0 + 600)
    t.taken(1800.0)
    assert not t.update(1800.0 + 1199) and t.update(1800.0 + 1200)


def test_nothing_is_due_while_away_or_in_a_session_and_coming_back_starts_afresh():
    t = breaks.BreakTimer(30)
    t.update(0.0)
    assert not t.update(1700.0, busy=True)
    assert not t.update(2000.0, busy=True)  # past 30 minutes, but in a session
    assert not t.update(2100.0)  # the session ended: a new stretch from here
    assert not t.update(2100.0 + 1799) and t.update(2100.0 + 1800)
    t.shown(3900.0)
    assert not t.update(5900.0, away=True)  # locked screen
    assert t.due_at() is None
    assert not t.update(6000.0)
    assert t.due_at() == 6000.0 + 1800


def test_only_20_25_or_30_minutes_can_be_chosen():
    assert breaks.INTERVALS == (20, 25, 30)
    assert breaks.interval_minutes(25) == 25
    assert breaks.interval_minutes(45) == breaks.DEFAULT_INTERVAL == 30
    assert breaks.interval_minutes(True) == 30


def test_the_routine_follows_the_weeks_reached_and_leaves_paused_exercises_out():
    week1 = [mv.id for mv in breaks.routine(PROGRAM, 1)]
    assert week1 == ["stand-up", "walk", "shift"]
    week3 = [mv.id for mv in breaks.routine(PROGRAM, 3)]
    assert week3 == ["stand-up", "walk", "shift", "standing-hip-flexion"]  # from week 2 on
    assert "standing-hip-flexion" not in [mv.id for mv in breaks.routine(PROGRAM, 3, {"standing-hip-flexion"})]
    moves = breaks.routine(PROGRAM, 2)
    assert breaks.move_seconds(moves) * len(moves) <= breaks.ROUTINE_SECONDS


# ================================================================ flare
def test_the_gentle_exercises_are_the_first_week_at_the_lowest_dose_without_paused_ones():
    ids = [e.id for e in flare.gentle_exercises(PROGRAM)]
    assert ids == [e.id for e in PROGRAM.weeks[0].exercises]
    plan = flare.gentle_plan(PROGRAM, "left", {"hip-flexor-stretch"})
    assert "hip-flexor-stretch" not in [p.id for p in plan]
    walk = next(p for p in plan if p.id == "walking")
    assert walk.duration_minutes == 5  # 5-10 minutes: the low end
    assert all(p.level == 0.0 for p in plan)


def test_what_helped_is_counted_by_days_most_often_first():
    d = dt.date(2026, 11, 10)
    entries = [TrackerEntry(date=d, helped=("ice", "walking")), TrackerEntry(date=d, helped=("ice",)),
               TrackerEntry(date=d, helped=("heat",), helped_other="a warm bath")]
    counts = flare.helped_counts(entries)
    assert counts[0] == ("Ice for a flare (15 minutes at most)", 2)
    assert ("a warm bath", 1) in counts and len(counts) == 4


def test_the_plan_has_its_steps_in_order_and_each_shows_guide_items():
    assert [s.id for s in flare.STEPS] == ["gentle", "positions", "relief", "helped", "help"]
    for s in flare.STEPS:
        assert flare.step_items(s)


# =========================================================== maintenance
def _calendar(day: dt.date) -> int:
    return max(1, min(4, (day - START).days // 7 + 1))


@pytest.mark.parametrize("days,phase", [(0, None), (20, None), (27, None), (28, "maintenance"), (59, "maintenance")])
def test_maintenance_begins_after_a_whole_week_on_the_last_week(days, phase):
    today = START + dt.timedelta(days=days)
    st = maintenance.stage(PROGRAM, START, today, _calendar)
    assert (st.phase.id if st.phase else None) == phase
    assert st.week == _calendar(today)
    if phase:
        assert st.since == START + dt.timedelta(days=28)


def test_a_choice_to_stay_on_the_last_week_puts_maintenance_off_a_week():
    stay = START + dt.timedelta(days=28)  # chose "stay on week 4" at the end of week 4
    st = maintenance.stage(PROGRAM, START, START + dt.timedelta(days=30), _calendar, {stay})
    assert st.phase is None
    st = maintenance.stage(PROGRAM, START, START + dt.timedelta(days=35), _calendar, {stay})
    assert st.phase is not None and st.since == stay + dt.timedelta(days=7)


def test_going_back_to_an_earlier_week_ends_the_phase_until_the_last_week_is_done_again():
    back = START + dt.timedelta(days=56)  # went back to week 1 at day 57

    def week_on(d):
        return _calendar(d) if d < back else max(1, min(4, 1 + (d - back).days // 7))

    assert maintenance.stage(PROGRAM, START, back + dt.timedelta(days=3), week_on, {back}).phase is None
    assert maintenance.stage(PROGRAM, START, back + dt.timedelta(days=27), week_on, {back}).phase is None
    again = maintenance.stage(PROGRAM, START, back + dt.timedelta(days=28), week_on, {back})
    assert again.phase is not None and again.since == back + dt.timedelta(days=28)


def test_a_program_without_phases_stays_on_its_last_week():
    import dataclasses

    plain = dataclasses.replace(PROGRAM, phases=())
    st = maintenance.stage(plain, START, START + dt.timedelta(days=60), _calendar)
    assert st.phase is None and st.week == 4


def test_weekly_targets_and_todays_sessions():
    phase = PROGRAM.phases[0]
    found = maintenance.targets(phase, {"femoral-nerve-glide": 3, "bridge": 1}, {"walking": 0})
    glide = next(t for t in found if t.exercise.id == "femoral-nerve-glide")
    bridge = next(t for t in found if t.exercise.id == "bridge")
    walk = next(t for t in found if t.exercise.id == "walking")
    assert not glide.due and glide.met and glide.text() == "done 3 of 2–3 this week"
    assert bridge.due and not bridge.met
    assert walk.daily and walk.due and walk.text() == "not yet today"
    slots = maintenance.phase_slots(phase, found, paused={"mini-squat"})
    assert [s.name for s in slots] == ["Maintenance", "Daily walking"]
    ids = [p.id for p in slots[0].exercises]
    assert "femoral-nerve-glide" not in ids and "bridge" in ids and "mini-squat" not in ids
    assert [p.id for p in slots[1].exercises] == ["walking"]


def test_the_nerve_glide_is_scheduled_2_to_3_times_a_week_as_section_13_says():
    glide = PROGRAM.phases[0].exercises[0]
    assert glide.nerve_glide and str(glide.dose.times_per_week) == "2–3"
    assert glide.dose_text().endswith("2–3× a week")


@pytest.mark.parametrize("answers,previous,level,week", [
    ({}, (), maintenance.CLEAR, None),
    ({"stiffness": True}, (), maintenance.EASE, 1),
    ({"leg_symptoms": True, "stairs_rising": True}, (), maintenance.EASE, 1),
    ({"weakness": True}, (), maintenance.CLINICIAN, 1),
    ({"stiffness": True}, ("stiffness",), maintenance.CLINICIAN, 1),
])
def test_the_early_warning_check(answers, previous, level, week):
    out = maintenance.assess_check(answers, previous)
    assert out.level == level and out.back_to_week == week
    if level != maintenance.CLEAR:
        assert "gentle exercises" in out.text and out.sources
    if level == maintenance.CLINICIAN:
        assert "doctor or physiotherapist" in out.text


def test_an_unknown_sign_is_refused():
    with pytest.raises(ValueError, match="unknown"):
        maintenance.assess_check({"fever": True})


def test_the_check_is_due_every_check_days():
    phase = PROGRAM.phases[0]
    d = dt.date(2026, 12, 1)
    assert maintenance.check_due(None, d, phase)
    assert not maintenance.check_due(d, d + dt.timedelta(days=6), phase)
    assert maintenance.check_due(d, d + dt.timedelta(days=7), phase)
