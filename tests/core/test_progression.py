import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from coach.core import progression as prog
from coach.core.plan import plan_exercise
from coach.core.program_read import load_program
from coach.core.safety import DayRecord, SessionRecord

PROGRAM_PATH = Path(__file__).resolve().parents[2] / "programs" / "upper-lumbar-4-week.toml"
START = dt.date(2026, 11, 2)  # a Monday


@pytest.fixture(scope="module")
def program():
    return load_program(PROGRAM_PATH)


def day(n: int) -> dt.date:
    return START + dt.timedelta(days=n)


# ------------------------------------------------------------ effective week
def test_without_choices_the_week_follows_the_calendar():
    assert [prog.effective_week(START, day(n), 4) for n in (-3, 0, 6, 7, 13, 14, 21, 60)] == [1, 1, 1, 2, 2, 3, 4, 4]


def test_a_choice_shifts_the_weeks_from_the_day_it_applies():
    stay = prog.WeekChoice(applies_from=day(14), effective_week=2, choice="stay", from_week=2)
    assert prog.effective_week(START, day(13), 4, [stay]) == 2  # before it applies: the calendar
    assert prog.effective_week(START, day(14), 4, [stay]) == 2  # week 2 again
    assert prog.effective_week(START, day(21), 4, [stay]) == 3  # then on by the calendar
    assert prog.effective_week(START, day(35), 4, [stay]) == 4  # capped at the last week
    ease = prog.WeekChoice(applies_from=day(7), effective_week=1, choice="ease", from_week=2, id=2)
    assert prog.effective_week(START, day(9), 4, [ease]) == 1
    # the latest choice wins
    assert prog.effective_week(START, day(15), 4, [ease, stay]) == 2


def test_starting_again_leaves_the_choices_of_the_earlier_run_behind():
    advance = prog.WeekChoice(applies_from=day(7), effective_week=3, choice="advance", from_week=2)
    restart = day(20)  # the program was assigned again with week 1 starting that day
    assert prog.effective_week(START, day(20), 4, [advance]) == 4
    assert prog.effective_week(restart, day(20), 4, [advance]) == 1
    assert prog.effective_week(restart, day(27), 4, [advance]) == 2


def test_choice_week():
    assert prog.choice_week("advance", 2, 4) == 3
    assert prog.choice_week("advance", 4, 4) == 4
    assert prog.choice_week("stay", 2, 4) == 2
    assert prog.choice_week("ease", 1, 4) == 1
    with pytest.raises(ValueError):
        prog.choice_week("jump", 1, 4)


def test_the_review_is_due_from_the_last_day_until_day_three_of_the_next_week():
    assert prog.review_block(START, day(5)) is None  # day 6 of week 1
    assert prog.review_block(START, day(6)) == 0  # day 7
    assert prog.review_block(START, day(7)) == 0  # day 1 of the next week
    assert prog.review_block(START, day(9)) == 0  # day 3
    assert prog.review_block(START, day(10)) is None  # day 4
    assert prog.review_block(START, day(-1)) is None
    chosen = prog.WeekChoice(applies_from=day(7), effective_week=2)
    assert prog.review_block(START, day(6), [chosen]) is None
    assert prog.review_block(START, day(13), [chosen]) == 1  # the next week's review is still due


# -------------------------------------------------------------- week review
def full_week(first: int, week: int, skip: int = 0, **overrides) -> list[SessionRecord]:
    """Two completed sessions a day for 7 days from day ``first``, leaving out the last ``skip``."""
    out = []
    for i in range(14 - skip):
        out.append(SessionRecord(day(first + i // 2), ["knee-to-chest"], id=first * 2 + i + 1, week=week,
                                 slot_index=i % 2, status="completed", done=["knee-to-chest"],
                                 checkins={"knee-to-chest": "fine"}))
    return out


def test_a_tolerated_week_suggests_moving_on(program):
    r = prog.review_week(program, 1, START, full_week(0, 1), [])
    assert r.tolerated and r.recommended == "advance"
    assert (r.done_sessions, r.planned_sessions) == (14, 14)
    assert [o.label for o in r.options] == ["Move on to week 2", "Stay on week 1"]
    assert "ready to move on to week 2" in r.text
    assert r.applies_from == day(7)


def test_adherence_boundary(program):
    # 11 of 14 is 79 %: enough; 10 of 14 is 71 %: not enough (min_adherence 0.75)
    assert prog.review_week(program, 1, START, full_week(0, 1, skip=3), []).tolerated
    r = prog.review_week(program, 1, START, full_week(0, 1, skip=4), [])
    assert not r.tolerated and r.recommended == "stay"
    assert "you did 10 of the 14 planned sessions (71%; moving on needs 75%)" in r.text
    assert r.options[0].choice == "stay"
    # a stand-alone walk, a second try of the same slot and a stopped session are not extra sessions
    extra = full_week(0, 1, skip=4) + [
        SessionRecord(day(6), ["walking"], id=90, slot_index=-1, status="completed"),
        SessionRecord(day(0), ["walking"], id=91, slot_index=0, status="completed"),
        SessionRecord(day(6), ["walking"], id=92, slot_index=1, status="stopped", stops=[("walking", "other")]),
    ]
    assert prog.review_week(program, 1, START, extra, []).done_sessions == 10


def test_a_symptom_stop_in_the_recent_sessions_suggests_easing(program):
    sessions = full_week(7, 2)
    sessions[-2] = replace(sessions[-2], status="stopped", stops=[("bridge", "sharp_pain")])
    r = prog.review_week(program, 2, day(7), sessions, [])
    assert not r.tolerated and r.recommended == "ease"
    assert [o.choice for o in r.options] == ["ease", "advance", "stay"]
    assert r.options[0].label == "Ease back to week 1"
    assert "you stopped Bridges on Sun 15 Nov because of sharp pain" in r.text
    # in week 1 there is nothing to ease back to
    week1 = full_week(0, 1)
    week1[-1] = replace(week1[-1], checkins={"knee-to-chest": "weakness"})
    r1 = prog.review_week(program, 1, START, week1, [])
    assert r1.recommended == "stay" and "ease" not in [o.choice for o in r1.options]


def test_an_older_stop_or_a_stop_for_something_else_does_not_hold_back(program):
    sessions = full_week(7, 2)
    # four sessions before the end: outside recent_sessions = 3
    sessions[-4] = replace(sessions[-4], status="stopped", stops=[("bridge", "sharp_pain")])
    sessions[-1] = replace(sessions[-1], status="stopped", stops=[("bridge", "other")])
    r = prog.review_week(program, 2, day(7), sessions, [])
    assert r.symptom_stops == ()
    assert r.tolerated  # 12 completed of 14


def test_rising_pain_suggests_easing_and_the_threshold_is_inclusive(program):
    before = [DayRecord(day(i), 3) for i in range(7)]
    up_one = before + [DayRecord(day(7 + i), 4) for i in range(7)]
    r = prog.review_week(program, 2, day(7), full_week(7, 2), up_one)
    assert r.tolerated and r.pain_rise == pytest.approx(1.0)  # max_pain_rise 1.0 still counts as tolerated
    up_more = before + [DayRecord(day(7 + i), 4.5) for i in range(7)]
    r = prog.review_week(program, 2, day(7), full_week(7, 2), up_more)
    assert not r.tolerated and r.recommended == "ease"
    assert "your average pain rose from 3.0 to 4.5 out of 10" in r.text


def test_in_the_first_week_pain_compares_the_halves_of_the_week(program):
    days = [DayRecord(day(i), p) for i, p in enumerate([2, 2, 3, 4, 5, 5])]
    r = prog.review_week(program, 1, START, full_week(0, 1), days)
    assert (r.pain_before, r.pain_after) == (pytest.approx(7 / 3), 14 / 3)
    assert not r.tolerated
    one = prog.review_week(program, 1, START, full_week(0, 1), [DayRecord(day(3), 9)])
    assert one.pain_rise is None and one.tolerated


def test_the_last_week_tolerated_has_nothing_to_suggest(program):
    r = prog.review_week(program, 4, day(21), full_week(21, 4), [])
    assert r.tolerated and r.recommended is None and "last week of the program" in r.text
    assert prog.due_review(program, START, day(27), [], full_week(21, 4), []) is None
    # but easing back is still offered when it was not tolerated
    bad = full_week(21, 4, skip=8)
    assert prog.due_review(program, START, day(27), [], bad, []).recommended == "stay"


def test_due_review_reviews_the_effective_week(program):
    ease = prog.WeekChoice(applies_from=day(7), effective_week=1, choice="ease", from_week=2)
    r = prog.due_review(program, START, day(13), [ease], full_week(7, 1), [])
    assert r.from_week == 1 and r.options[0].label == "Move on to week 2"
    assert prog.due_review(program, START, day(11), [ease], full_week(7, 1), []) is None


# ---------------------------------------------------------------- dose levels
def s3(i, *, checkin="fine", done=True, stops=(), other_stop=None, status="completed", week=3):
    stops = list(stops)
    if other_stop:
        stops.append(other_stop)
    return SessionRecord(day(14 + i), ["wall-sit", "step-up"], stops, id=100 + i, week=week, status=status,
                         done=["wall-sit", "step-up"] if done else ["step-up"],
                         checkins={"wall-sit": checkin, "step-up": "fine"})


def test_range_doses_step_up_after_two_tolerated_sessions_in_a_row(program):
    states, changes = prog.step_levels(program, {}, [s3(0)])
    assert states[("wall-sit", 3)] == prog.LevelState(0.0, 1) and changes == []
    assert ("step-up", 3) not in states  # a single number: nothing to step
    states, changes = prog.step_levels(program, states, [s3(1, checkin="tingling")])
    assert states[("wall-sit", 3)] == prog.LevelState(0.25, 0)
    assert [(c.exercise_id, c.before, c.after, c.reason) for c in changes] == [("wall-sit", 0.0, 0.25, "step_up")]
    wall = next(e for e in program.week(3).exercises if e.id == "wall-sit")
    assert plan_exercise(wall, level=0.25).hold_seconds == 11  # 10–15 s: 10, 11, 12, 13, 15


def test_the_streak_starts_again_and_levels_stay_in_range(program):
    # partial, then tolerated: no step
    states, _ = prog.step_levels(program, {}, [s3(0), s3(1, done=False), s3(2)])
    assert states[("wall-sit", 3)] == prog.LevelState(0.0, 1)
    # a symptom stop on another exercise breaks the streak without stepping down
    states, _ = prog.step_levels(program, {("wall-sit", 3): prog.LevelState(0.5, 1)},
                                 [s3(0, other_stop=("step-up", "sharp_pain"), status="stopped")])
    assert states[("wall-sit", 3)] == prog.LevelState(0.5, 0)
    # unfinished sessions do not count at all
    states, _ = prog.step_levels(program, {}, [s3(0, status="in_progress"), s3(1, status="closed")])
    assert states == {}
    # the top of the range is the top
    states, changes = prog.step_levels(program, {("wall-sit", 3): prog.LevelState(1.0, 1)}, [s3(0)])
    assert states[("wall-sit", 3)] == prog.LevelState(1.0, 0) and changes == []


def test_a_symptom_on_the_exercise_steps_its_dose_down(program):
    states, changes = prog.step_levels(program, {("wall-sit", 3): prog.LevelState(0.5, 1)},
                                       [s3(0, stops=[("wall-sit", "weakness")], status="stopped")])
    assert states[("wall-sit", 3)] == prog.LevelState(0.25, 0)
    assert changes[0].reason == "step_down"
    states, changes = prog.step_levels(program, {}, [s3(0, checkin="sharp_pain", status="stopped")])
    assert states[("wall-sit", 3)] == prog.LevelState(0.0, 0) and changes == []  # already at the low end


def test_levels_are_kept_per_week(program):
    walk1 = [SessionRecord(day(i), ["walking"], id=i + 1, week=1, done=["walking"], checkins={"walking": "fine"})
             for i in range(8)]
    states, _ = prog.step_levels(program, {}, walk1)
    assert states[("walking", 1)].level == 1.0  # 5–10 min, four steps in eight sessions
    assert ("walking", 3) not in states  # week 3's 20–25 min starts at its own low end


def test_lower_dose_text(program):
    wall = next(e for e in program.week(3).exercises if e.id == "wall-sit")
    assert prog.lower_dose_text(wall, 0.5) == "Hold 11 s × 5"
    assert prog.lower_dose_text(wall, 0.0) is None
    bridge = next(e for e in program.week(2).exercises if e.id == "bridge")
    assert prog.lower_dose_text(bridge, 0.5) is None
