"""The player's words and pictures for a snapshot (pure functions, no widgets)."""

from __future__ import annotations

import itertools

import pytest

from coach.core.clock import FixedClock
from coach.core.plan import day_plan
from coach.core.program_read import load_program
from coach.core.session import SessionEngine
from coach.resources import default_program_path
from coach.ui.player import view as pv

PROGRAM = load_program(default_program_path())


def engine_for(week: int, exercise_id: str, side: str = "right"):
    items = day_plan(PROGRAM, week, side)[0].exercises
    item = next(pe for pe in items if pe.id == exercise_id)
    clock = FixedClock()
    eng = SessionEngine([item], clock)
    eng.start()
    return eng, clock, item


def at(eng, clock, seconds):
    clock.advance(seconds)
    return eng.advance()


def test_countdowns_round_up_and_clocks_round_down():
    assert [pv.countdown_text(x) for x in (20.0, 19.01, 1.0, 0.2, 0.0, 75.0)] == ["20", "20", "1", "1", "0", "1:15"]
    assert [pv.clock_text(x) for x in (0.0, 59.99, 60.0, 605.4)] == ["0:00", "0:59", "1:00", "10:05"]
    assert pv.seconds_words(1.0) == "1 second" and pv.seconds_words(75) == "1 minute 15 seconds"


def test_a_hold_in_words_from_get_ready_to_the_switch():
    eng, clock, item = engine_for(1, "knee-to-chest")
    ex = item.exercise
    s = eng.snapshot()
    assert pv.next_text(s) == "Today: Hold 20 s × 5 each side, right side first"
    assert pv.timer_text(s) == ("Ready", "Press Space to start")
    eng.start()
    s = at(eng, clock, 1)
    assert (pv.phase_label(s), pv.timer_text(s)) == ("Move into position", ("2", "seconds left"))
    assert pv.step_index(s, ex) == 1 and pv.figure_t(s) == pytest.approx(1 / 3, abs=1 / 24)
    s = at(eng, clock, 2 + 19.5)
    assert pv.timer_description(s) == "Hold, 1 second left, rep 1 of 5, right side"
    assert pv.step_index(s, ex) == 2 and pv.figure_t(s) == 1.0
    s = at(eng, clock, 1.5)
    assert s.phase == "release" and pv.next_text(s) == "Then rest 5 s, then rep 2 of 5"
    s = at(eng, clock, 1)
    assert pv.next_text(s) == "Rest, then rep 2 of 5 · right side" and pv.where_text(s) == ""
    assert pv.figure_t(s) == 0.0 and pv.step_index(s, ex) == 0
    s = at(eng, clock, 5 + 3 * 27 + 19)  # the last hold of the right side
    assert (s.rep, s.phase) == (5, "hold")
    assert pv.next_text(s) == "Then release, then switch to the left side"
    s = at(eng, clock, 3.5)
    assert s.phase == "switch_side" and pv.phase_label(s) == "Switch to the left side"
    assert pv.next_text(s) == "Next: 5 holds on the left side"
    assert pv.picture(s, ex, 0).mirrored  # the figure shows the side that comes next


def test_steps_follow_the_figures_wall_sit_holds_on_its_second_step():
    eng, clock, item = engine_for(3, "wall-sit")
    ex = item.exercise
    assert pv.step_roles(ex) == ("start", "hold", "return")
    assert pv.motion_figure(ex) == "wall-sit"
    eng.start()
    s = at(eng, clock, 5)
    assert s.phase == "hold" and pv.step_index(s, ex) == 1
    s = at(eng, clock, 9)
    assert s.phase == "release" and pv.step_index(s, ex) == 2


def test_every_shipped_exercise_has_a_moving_figure_and_sensible_steps():
    for week in PROGRAM.weeks:
        for ex in week.exercises:
            fig = pv.motion_figure(ex)
            assert fig is not None, ex.id
            roles = pv.step_roles(ex)
            assert "move" in roles or "hold" in roles, (ex.id, roles)


def test_tempo_reps_pace_the_figure_and_say_what_comes_next():
    eng, clock, item = engine_for(1, "femoral-nerve-glide")
    ex = item.exercise
    eng.start()
    s = at(eng, clock, 3 + 1.5)
    assert (s.phase, pv.phase_label(s), pv.step_index(s, ex)) == ("move", "Move slowly", 1)
    assert pv.figure_t(s) == 0.5
    s = at(eng, clock, 3)
    assert (s.phase, pv.phase_label(s), pv.step_index(s, ex)) == ("back", "Ease back", 2)
    assert pv.figure_t(s) == 0.5
    assert pv.next_text(s) == "Then rep 2 of 10"


def test_a_walk_in_words():
    eng, clock, item = engine_for(1, "walking")
    eng.start()
    s = at(eng, clock, 61)
    assert pv.timer_text(s) == ("1:01", "of 5:00 target (up to 10:00)")
    assert pv.next_text(s) == "Target 5:00; finish whenever you want to"
    s = at(eng, clock, 240)
    assert pv.phase_label(s) == "Target reached: keep going or finish"
    assert pv.next_text(s) == "Finish when you are ready, or extend (up to 10 min)"


def test_resume_words():
    from coach.core.session import Position

    items = day_plan(PROGRAM, 3, "right")[0].exercises
    assert pv.resume_text(items[0], Position(0, 2, 1, 4)) == "Continuing from rep 4 of 10 on the left side in set 2 of 2"


def test_a_step_with_an_image_shows_the_image():
    from dataclasses import replace

    from coach.core.program import Step

    eng, clock, item = engine_for(1, "knee-to-chest")
    ex = replace(item.exercise, steps=(Step("Lie down.", image="lie.png"), Step("Pull the knee in.", image="pull.png"),
                                       Step("Hold.", image="hold.png")))
    eng.start()
    s = at(eng, clock, 5)
    i = pv.step_index(s, ex)
    assert pv.picture(s, ex, i) == pv.Picture(image="hold.png", mirrored=False)


def test_a_paced_movement_shows_moments_that_each_move_the_figure_as_far_and_wakes_exactly_at_each_change():
    from coach.core.figure import figure_sequence
    from coach.core.figure.spec import ease

    eng, clock, item = engine_for(1, "femoral-nerve-glide")
    name = pv.motion_figure(item.exercise)
    seq = figure_sequence(name)
    moments = pv.figure_moments(name)
    assert len(moments) == pv.FIGURE_STEPS + 1 and moments[0] == 0.0 and moments[-1] == 1.0
    if len(seq.times) == 2 and not seq.loop:  # one eased movement: equal steps of how far the figure has moved
        steps = [ease(b, seq.spec.ease) - ease(a, seq.spec.ease) for a, b in itertools.pairwise(moments)]
        assert max(steps) - min(steps) < 1e-6
    eng.start()
    s = at(eng, clock, 3)  # the first move of the paced reps starts
    assert s.phase == "move"
    shown = [pv.figure_t(s)]
    while s.phase == "move":
        wait = pv.next_moment_in(s)
        if wait is None:
            break
        before = pv.figure_t(s)
        assert pv.figure_t(at(eng, clock, wait - 0.002)) == before  # nothing changes before the wake
        s = at(eng, clock, 0.004)
        if s.phase == "move":
            assert pv.figure_t(s) != before  # and the next moment shows right after it
            shown.append(pv.figure_t(s))
    assert shown == sorted(shown) and set(shown) <= set(moments) and len(shown) >= pv.FIGURE_STEPS - 1
