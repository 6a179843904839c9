import datetime as dt
from pathlib import Path

import pytest

from coach.core.plan import day_plan, extra_allowed, plan_exercise, side_order
from coach.core.program_read import load_program
from coach.core.weeks import week_number_for

PROGRAM = Path(__file__).resolve().parents[2] / "programs" / "upper-lumbar-4-week.toml"


@pytest.fixture(scope="module")
def program():
    return load_program(PROGRAM)


def test_week_follows_the_start_date():
    start = dt.date(2026, 11, 1)
    assert week_number_for(start, dt.date(2026, 10, 30), 4) == 1
    assert week_number_for(start, start, 4) == 1
    assert week_number_for(start, dt.date(2026, 11, 7), 4) == 1
    assert week_number_for(start, dt.date(2026, 11, 8), 4) == 2
    assert week_number_for(start, dt.date(2026, 11, 29), 4) == 4
    assert week_number_for(start, dt.date(2027, 3, 1), 4) == 4


def test_week_one_has_two_sessions_with_every_exercise(program):
    slots = day_plan(program, 1, "left")
    assert [s.name for s in slots] == ["Morning", "Evening"]
    for s in slots:
        assert [e.id for e in s.exercises] == ["knee-to-chest", "femoral-nerve-glide", "walking", "hip-flexor-stretch"]


def test_once_daily_walk_is_in_one_slot_and_practice_once(program):
    slots = day_plan(program, 3, "right")
    assert "walking" in [e.id for e in slots[0].exercises]
    assert "walking" not in [e.id for e in slots[1].exercises]
    w4 = day_plan(program, 4, "right")
    assert [e.id for e in w4[1].exercises] == ["mini-squat", "single-leg-balance"]


def test_ranges_start_low_and_step_within(program):
    wall = next(e for e in program.week(3).exercises if e.id == "wall-sit")
    assert plan_exercise(wall, level=0).hold_seconds == 10
    assert plan_exercise(wall, level=0.5).hold_seconds == 12
    assert plan_exercise(wall, level=1).hold_seconds == 15
    walk = program.week(1).exercises[2]
    p = plan_exercise(walk)
    assert (p.duration_minutes, p.max_duration_minutes) == (5, 10)
    assert extra_allowed(walk, 2) == 1


def test_affected_side_goes_first():
    assert side_order("each", "right") == ("right", "left")
    assert side_order("each", "left") == ("left", "right")
    assert side_order("one", "right") == ("right",)
    assert side_order("one", "both") == ("left", "right")
    assert side_order("none", "left") == ()


def test_paused_exercises_are_left_out(program):
    slots = day_plan(program, 1, "left", paused={"walking"})
    assert all("walking" not in [e.id for e in s.exercises] for s in slots)
