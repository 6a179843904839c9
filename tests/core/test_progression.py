import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from coach.core import easing
from coach.core import progression as prog
from coach.core.plan import plan_exercise
from coach.core.program_read import load_program
from coach.core.safety import DayRecord, SessionRecord, SignReport

PROGRAM_PATH = Path(__file__).resolve().parents[2] / "programs" / "upper-lumbar-4-week.toml"
START = dt.date(2026, 11, 2)  # a Monday


@pytest.fixture(scope="module")
def program():
    return load_program(PROGRAM_PATH)


def day(n: int) -> dt.date:
    return START + dt.timedelta(days=n)


# ------------------------------------------------------------ effective week
def test_without_a_choice_the_week_never_follows_the_calendar():
    # monograph Section 7 line 158: "Progress based on tolerance"
    assert [prog.effective_week(START, day(n), 4) for n in (-3, 0, 6, 7, 13, 14, 21, 60)] == [1] * 8


def test_a_choice_sets_the_week_from_the_day_it_is_made():
    stay = prog.WeekChoice(applies_from=day(14), effective_week=2, choice="advance", from_week=1, id=1)
    assert prog.effective_week(START, day(13), 4, [stay]) == 1  # before it applies
    assert prog.effective_week(START, day(14), 4, [stay]) == 2
    assert prog.effective_week(START, day(60), 4, [stay]) == 2  # and stays there
    ease = prog.WeekChoice(applies_from=day(20), effective_week=1, choice="ease", from_week=2, id=2)
    assert prog.effective_week(START, day(21), 4, [stay, ease]) == 1  # the latest choice wins
    clinician = prog.WeekChoice(day(22), 4, "set", 1, 3, "clinician", "assessed, ready")
    assert prog.effective_week(START, day(22), 4, [stay, ease, clinician]) == 4
    assert prog.week_started(START, day(30), [stay, ease, clinician]) == day(22)
    assert prog.week_started(START, day(3)) == START


def test_starting_again_leaves_the_choices_of_the_earlier_run_behind():
    advance = prog.WeekChoice(applies_from=day(7), effective_week=3, choice="advance", from_week=2)
    restart = day(20)  # the program was assigned again with week 1 starting that day
    assert prog.effective_week(START, day(20), 4, [advance]) == 3
    assert prog.effective_week(restart, day(20), 4, [advance]) == 1
    assert prog.effective_week(restart, day(27), 4, [advance]) == 1  # and it stays until a decision
    assert prog.week_started(restart, day(27), [advance]) == restart


def test_choice_week():
    assert prog.choice_week("advance", 2, 4) == 3
    assert prog.choice_week("advance", 4, 4) == 4
    assert prog.choice_week("stay", 2, 4) == 2
    assert prog.choice_week("ease", 1, 4) == 1
    with pytest.raises(ValueError):
        prog.choice_week("jump", 1, 4)


def test_the_review_is_due_after_seven_whole_days_and_stays_until_answered():
    assert prog.review_span(START, day(6)) is None  # day 7: the week is not over yet
    assert prog.review_span(START, day(7)) == (START, day(6))  # day 8: the seven days
    assert prog.review_span(START, day(20)) == (START, day(19))  # unanswered: it stays, reading every day
    assert prog.review_span(START, day(-1)) is None
    stay = prog.WeekChoice(applies_from=day(8), effective_week=1, choice="stay", from_week=1, id=1)
    assert prog.review_span(START, day(9), [stay]) is None  # a new week on week 1 from day 9
    assert prog.review_span(START, day(15), [stay]) == (day(8), day(14))


def test_week_status_says_when_the_review_comes():
    st = prog.week_status(START, day(3), 4)
    assert (st.week, st.day, st.review_from, st.review_due) == (1, 4, day(7), False)
    assert "Week 2 starts only when week 1 has been tolerated well and you confirm it" in st.waiting_text()
    assert "Monday 9 November" in st.waiting_text()
    late = prog.week_status(START, day(12), 4)
    assert (late.week, late.day, late.review_due) == (1, 13, True)


# -------------------------------------------------------------- week review
def full_week(first: int, week: int, skip: int = 0, **overrides) -> list[SessionRecord]:
    """Two completed sessions a day for 7 days from day ``first``, leaving out the last ``skip``."""
    out = []
    for i in range(14 - skip):
        out.append(SessionRecord(day(first + i // 2), ["knee-to-chest"], id=first * 2 + i + 1, week=week,
                                 slot_index=i % 2, status="completed", done=["knee-to-chest"],
                                 checkins={"knee-to-chest": "fine"}))
    return out


def test_a_tolerated_week_offers_moving_on_and_the_text_says_only_what_happened(program):
    r = prog.review_week(program, 1, START, full_week(0, 1), [])
    assert r.tolerated and r.recommended == "advance"
    assert (r.done_sessions, r.planned_sessions) == (14, 14)
    assert [o.label for o in r.options] == ["Move on to week 2", "Stay on week 1"]
    assert r.text.startswith("Week 1 (Mon 2 Nov to Sun 8 Nov) was tolerated: you did 14 of the 14 planned "
                             "sessions in full (100%), with no stop for a symptom")
    assert "You can move on to week 2 if you feel ready" in r.text
    assert r.applies_from == day(7)


def test_adherence_counts_sessions_done_in_full(program):
    # 11 of 14 is 79 %: enough; 10 of 14 is 71 %: not enough (min_adherence 0.75)
    assert prog.review_week(program, 1, START, full_week(0, 1, skip=3), []).tolerated
    r = prog.review_week(program, 1, START, full_week(0, 1, skip=4), [])
    assert not r.tolerated and r.recommended == "stay"
    assert "you did 10 of the 14 planned sessions in full (71%); moving on needs 75% in full" in r.text
    assert [o.choice for o in r.options] == ["stay"]  # moving on is not offered
    # a stand-alone walk, a second try of the same slot and a stopped session are not extra sessions
    extra = full_week(0, 1, skip=4) + [
        SessionRecord(day(6), ["walking"], id=90, slot_index=-1, status="completed", done=["walking"]),
        SessionRecord(day(0), ["walking"], id=91, slot_index=0, status="completed", done=["walking"]),
        SessionRecord(day(6), ["walking"], id=92, slot_index=1, status="stopped", stops=[("walking", "other")]),
    ]
    assert prog.review_week(program, 1, START, extra, []).done_sessions == 10
    # a walk ended early leaves the session done in part: counted apart, not as done
    part = full_week(0, 1)
    part[3] = replace(part[3], exercises=["knee-to-chest", "walking"], planned=["knee-to-chest", "walking"])
    r = prog.review_week(program, 1, START, part, [])
    assert (r.done_sessions, r.partial_sessions) == (13, 1) and "and 1 more in part" in r.text


def test_sessions_that_flare_the_pain_on_most_days_are_not_tolerated(program):
    """The pain just before and after each session is its own tolerance signal: a rise of 2 points or more
    (coach.core.change's meaningful worsening) after the sessions on most of the days rated."""
    from coach.core.session_pain import SessionPain

    flares = [SessionPain(day(7 + i), 3, 5 if i < 4 else 3) for i in range(7)]  # 4 of 7 days rose by 2
    r = prog.review_week(program, 2, day(7), full_week(7, 2), [], session_pain=flares)
    assert not r.tolerated and r.recommended == "ease"
    assert ("your pain rose by 2 points or more after your sessions on 4 of the 7 days you rated it before and "
            "after") in r.text
    # a rise of 1 point, or a flare on fewer than half the days, leaves the week tolerated
    mild = [SessionPain(day(7 + i), 3, 4) for i in range(7)]
    assert prog.review_week(program, 2, day(7), full_week(7, 2), [], session_pain=mild).tolerated
    few = [SessionPain(day(7 + i), 3, 5 if i < 3 else 3) for i in range(7)]
    assert prog.review_week(program, 2, day(7), full_week(7, 2), [], session_pain=few).tolerated
    # pairs outside the week do not count
    assert prog.review_week(program, 2, day(7), full_week(7, 2), [], session_pain=[
        SessionPain(day(d), 2, 8) for d in range(7)]).tolerated


def test_a_symptom_stop_anywhere_in_the_week_holds_it(program):
    # monograph Section 7 line 157; a stop on the week's first day counts too
    sessions = full_week(7, 2)
    sessions[0] = replace(sessions[0], status="stopped", stops=[("bridge", "sharp_pain")])
    r = prog.review_week(program, 2, day(7), sessions, [])
    assert not r.tolerated and r.recommended == "ease"
    assert [o.choice for o in r.options] == ["ease", "stay"]
    assert r.options[0].label == "Ease back to week 1"
    assert "you stopped Bridges on Mon 9 Nov because of sharp pain" in r.text
    assert "no stop" not in r.text
    # in week 1 there is nothing to ease back to
    week1 = full_week(0, 1)
    week1[-1] = replace(week1[-1], checkins={"knee-to-chest": "weakness"})
    r1 = prog.review_week(program, 1, START, week1, [])
    assert r1.recommended == "stay" and [o.choice for o in r1.options] == ["stay"]
    # spreading and feeling unwell are symptom stops too; an interruption is not
    for reason in ("spreading", "unwell"):
        s = full_week(7, 2)
        s[5] = replace(s[5], status="stopped", stops=[("bridge", reason)])
        assert not prog.review_week(program, 2, day(7), s, []).tolerated
    other = full_week(7, 2)
    other[-1] = replace(other[-1], status="stopped", stops=[("bridge", "other")])
    assert prog.review_week(program, 2, day(7), other, []).tolerated  # 13 of 14 in full


def test_tingling_outside_a_nerve_glide_holds_the_week(program):
    # monograph Section 7 line 156: acceptable only during nerve glides
    s = full_week(7, 2)
    s[-1] = replace(s[-1], exercises=["bridge"], planned=["bridge"], done=["bridge"], checkins={"bridge": "tingling"})
    r = prog.review_week(program, 2, day(7), s, [])
    assert not r.tolerated and r.recommended == "stay" and r.tingling == ((day(13), "bridge"),)
    assert "you felt tingling in Bridges on Sun 15 Nov (tingling is acceptable only in nerve glides)" in r.text
    glide = full_week(7, 2)
    glide[-1] = replace(glide[-1], exercises=["prone-knee-bend"], planned=["prone-knee-bend"],
                        done=["prone-knee-bend"], checkins={"prone-knee-bend": "tingling"})
    assert prog.review_week(program, 2, day(7), glide, []).tolerated


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


def test_diary_weakness_warning_signs_and_spreading_hold_the_week(program):
    # weakness logged every day of the first week: more than the week before (monograph Section 5 line 111)
    weak = [DayRecord(day(i), weakness=True) for i in range(7)]
    r = prog.review_week(program, 1, START, full_week(0, 1), weak)
    assert not r.tolerated and r.weakness_more
    assert "you reported weakness on 7 days in the week's last 7, against 0 in the 7 before" in r.text
    # as often as the week before: not more
    steady = [DayRecord(day(i), weakness=True) for i in range(14)]
    assert prog.review_week(program, 2, day(7), full_week(7, 2), steady).tolerated
    # a warning sign reported during the week
    report = SignReport(1, day(3), dt.datetime(2026, 11, 5, 20), {"both_legs": True, "falls": False})
    r = prog.review_week(program, 1, START, full_week(0, 1), [], reports=[report])
    assert not r.tolerated and "you reported symptoms in both legs on Thu 5 Nov" in r.text
    # the diary's body map: thigh on most days, then the shin on the last three days
    reach = [DayRecord(day(i), 4, reach=2) for i in range(4)] + [DayRecord(day(i), 4, reach=4) for i in (4, 5, 6)]
    r = prog.review_week(program, 1, START, full_week(0, 1), reach)
    assert not r.tolerated and r.spreading and "further down the leg" in r.text


def test_the_last_week_tolerated_has_nothing_to_suggest(program):
    r = prog.review_week(program, 4, day(21), full_week(21, 4), [])
    assert r.tolerated and r.recommended is None and "last week of the program" in r.text
    on4 = [prog.WeekChoice(day(21), 4, "set", 3, 1, "clinician", "ready")]
    assert prog.due_review(program, START, day(28), on4, full_week(21, 4), []) is None
    # staying is still suggested when it was not tolerated
    bad = full_week(21, 4, skip=8)
    assert prog.due_review(program, START, day(28), on4, bad, []).recommended == "stay"


def test_due_review_reviews_the_current_week_from_its_first_day(program):
    ease = prog.WeekChoice(applies_from=day(7), effective_week=1, choice="ease", from_week=2, id=1)
    r = prog.due_review(program, START, day(14), [ease], full_week(7, 1), [])
    assert r.from_week == 1 and (r.start, r.end) == (day(7), day(13))
    assert r.options[0].label == "Move on to week 2" and r.applies_from == day(14)
    assert prog.due_review(program, START, day(13), [ease], full_week(7, 1), []) is None


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
    states, changes = prog.step_levels(program, states, [s3(1)])
    assert states[("wall-sit", 3)] == prog.LevelState(0.25, 0)
    assert [(c.exercise_id, c.before, c.after, c.reason) for c in changes] == [("wall-sit", 0.0, 0.25, "step_up")]
    wall = next(e for e in program.week(3).exercises if e.id == "wall-sit")
    assert plan_exercise(wall, level=0.25).hold_seconds == 11  # 10–15 s: 10, 11, 12, 13, 15


def test_tingling_outside_a_nerve_glide_and_feeling_unwell_hold_the_dose(program):
    # monograph Section 7 line 156: tingling is acceptable only during nerve glides
    states, changes = prog.step_levels(program, {("wall-sit", 3): prog.LevelState(0.25, 1)},
                                       [s3(0, checkin="tingling")])
    assert states[("wall-sit", 3)] == prog.LevelState(0.25, 0) and changes == []
    # feeling unwell is not put down to the exercise: the dose holds, it is not stepped down
    states, changes = prog.step_levels(program, {("wall-sit", 3): prog.LevelState(0.5, 1)},
                                       [s3(0, stops=[("wall-sit", "unwell")], status="stopped")])
    assert states[("wall-sit", 3)] == prog.LevelState(0.5, 0) and changes == []


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


# ---------------------------------------------------------------- eased after a stop
def stop3(i, exercise, reason, level=0.0, week=3):
    return SessionRecord(day(14 + i), [exercise], [(exercise, reason)], id=200 + i, week=week, slot_index=0,
                         status="stopped", planned=[exercise], levels={exercise: level})


def test_easing_takes_the_low_end_the_previous_weeks_dose_or_leaves_it_out(program):
    low = easing.easing_for(program, 3, "wall-sit", 0.5, day(15), "sharp_pain")
    assert low.kind == easing.LOW_END and low.dose_text() == "Hold 10 s × 5"
    assert low.label == "eased after Tuesday's stop"
    assert "Eased after Tuesday's stop (sharp pain): Hold 10 s × 5, the low end of its range." == low.why()
    # at the low end already, with no easier dose in the week before: left out
    out = easing.easing_for(program, 3, "wall-sit", 0.0, day(15), "weakness")
    assert out.kind == easing.LEFT_OUT and out.exercise is None and "Left out today" in out.why()
    # walking in week 2 (15 min) eases to week 1's 5 min
    walk = easing.easing_for(program, 2, "walking", 0.0, day(8), "spreading")
    assert walk.kind == easing.PREVIOUS_WEEK and walk.dose_text() == "5 min"
    assert walk.exercise.dose.times_per_day == next(e for e in program.week(2).exercises
                                                     if e.id == "walking").dose.times_per_day
    # feeling unwell or an interruption: nothing is eased
    assert easing.easing_for(program, 3, "wall-sit", 0.5, day(15), "unwell") is None
    assert easing.easing_for(program, 3, "wall-sit", 0.5, day(15), "other") is None


def test_an_easing_holds_the_next_day_the_exercise_comes_up_then_ends(program):
    stop = stop3(1, "wall-sit", "sharp_pain", level=0.5)  # Tue 17 Nov
    assert set(easing.active_easings(program, 3, [stop], day(15))) == {"wall-sit"}  # the stop's day
    assert easing.active_easings(program, 3, [stop], day(16))["wall-sit"].kind == easing.LOW_END
    # sessions the next day (where it came up) keep it eased all that day
    next_day = SessionRecord(day(16), ["wall-sit"], id=210, week=3, slot_index=0, status="completed",
                             done=["wall-sit"], checkins={"wall-sit": "fine"}, planned=["wall-sit"])
    assert "wall-sit" in easing.active_easings(program, 3, [stop, next_day], day(16))
    # and the day after it is over
    assert easing.active_easings(program, 3, [stop, next_day], day(17)) == {}
    # a day without exercise does not use it up
    assert "wall-sit" in easing.active_easings(program, 3, [stop], day(20))
    # a session left out of the plan still counts as the exercise coming up (its slot plans it)
    left = SessionRecord(day(16), ["step-up"], id=211, week=3, slot_index=0, status="completed",
                         done=["step-up"], planned=["step-up"])
    assert easing.active_easings(program, 3, [stop, left], day(17)) == {}
    # another week: the stop of week 3 does not ease week 2
    assert easing.active_easings(program, 2, [stop], day(16)) == {}


def test_the_promise_says_what_the_plan_will_do(program):
    low = easing.easing_for(program, 3, "wall-sit", 0.5, day(15), "sharp_pain")
    assert "it is eased to Hold 10 s × 5, the low end of its range" in easing.easing_promise(low)
    out = easing.easing_for(program, 1, "knee-to-chest", 0.0, day(1), "sharp_pain")
    assert "left out the next day it comes up" in easing.easing_promise(out)
    assert "is paused" in easing.easing_promise(out, paused=True)
    assert easing.easing_promise(None) == ""
