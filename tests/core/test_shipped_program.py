"""The shipped program gives every dose exactly as Section 7 of the monograph states it."""

from pathlib import Path

import pytest

from coach.core.program import Range
from coach.core.program_read import check_file, load_program

PROGRAM = Path(__file__).resolve().parents[2] / "programs" / "upper-lumbar-4-week.toml"

R = Range.of

# week, id, kind, sides, reps, sets, hold_seconds, duration_minutes, times_per_day
MONOGRAPH = [
    (1, "knee-to-chest", "hold", "each", R(5), None, R(20), None, R(2)),
    (1, "femoral-nerve-glide", "reps", "one", R(10), None, None, None, R(2)),
    (1, "walking", "duration", "none", None, None, None, Range(5, 10), Range(2, 3)),
    (1, "hip-flexor-stretch", "hold", "each", R(3), None, R(20), None, R(2)),
    (2, "prone-knee-bend", "reps", "each", R(10), None, None, None, R(2)),
    (2, "standing-hip-flexion", "reps", "each", R(15), None, None, None, R(2)),
    (2, "bridge", "reps", "none", R(12), R(2), None, None, R(2)),
    (2, "walking", "duration", "none", None, None, None, R(15), R(2)),
    (3, "straight-leg-raise", "reps", "each", R(10), R(2), None, None, R(2)),
    (3, "wall-sit", "hold", "none", R(5), None, Range(10, 15), None, R(2)),
    (3, "step-up", "reps", "each", R(8), None, None, None, R(2)),
    (3, "walking", "duration", "none", None, None, None, Range(20, 25), R(1)),
    (4, "mini-squat", "reps", "none", R(15), R(2), None, None, R(2)),
    (4, "single-leg-balance", "hold", "each", R(1), None, R(30), None, R(2)),
    (4, "stair-practice", "practice", "none", None, None, None, None, None),
    (4, "activity-practice", "practice", "none", None, None, None, None, None),
]
# the options a physiotherapist can choose instead, each with the dose of the exercise it replaces
OPTIONS = [
    (1, "standing-hip-flexor-stretch", "hip-flexor-stretch", "hold", "each", R(3), None, R(20), None, R(2)),
    (2, "side-lying-knee-bend", "prone-knee-bend", "reps", "each", R(10), None, None, None, R(2)),
]


@pytest.fixture(scope="module")
def program():
    return load_program(PROGRAM)


def test_shipped_program_is_valid():
    program, problems = check_file(PROGRAM)
    assert problems == []
    assert program.week_count == 4


def test_weeks_hold_exactly_the_monograph_exercises_in_order(program):
    for week in program.weeks:
        expected = [row[1] for row in MONOGRAPH if row[0] == week.number]
        assert [e.id for e in week.exercises] == expected
        assert [o.id for o in week.options] == [row[1] for row in OPTIONS if row[0] == week.number]


@pytest.mark.parametrize("row", OPTIONS, ids=lambda r: f"w{r[0]}-{r[1]}")
def test_options_replace_an_exercise_of_their_week_with_its_dose(program, row):
    week, ex_id, replaces, kind, sides, reps, sets, hold, minutes, per_day = row
    w = program.week(week)
    opt = next(o for o in w.options if o.id == ex_id)
    main = next(e for e in w.exercises if e.id == replaces)
    assert opt.option_of == replaces
    assert (opt.kind, opt.sides) == (kind, sides) == (main.kind, main.sides)
    assert opt.dose == main.dose
    d = opt.dose
    assert (d.reps, d.sets, d.hold_seconds, d.duration_minutes, d.times_per_day) == (reps, sets, hold, minutes,
                                                                                    per_day)
    assert opt.dose_text() == main.dose_text()
    assert 2 <= len(opt.steps) <= 4 and opt.cautions
    # chosen, it takes the place of the exercise it replaces, in the same order
    chosen = program.with_choices({replaces: ex_id}).week(week)
    assert [e.id for e in chosen.exercises] == [ex_id if e.id == replaces else e.id for e in w.exercises]


def _words(text: str) -> set[str]:
    import re

    return {w for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 3}


def test_stairs_go_up_with_the_stronger_leg_and_down_with_the_weaker_step_to_if_needed(program):
    stairs = program.exercise("stair-practice")
    up, down = (s.text.lower() for s in stairs.steps)
    assert "rail" in up and "stronger leg" in up and "step-to" in up and "if you need to" in up
    assert "weaker" in down and "down" in down and "if you need to" in down
    # no caution says again what a step says
    for caution in stairs.cautions:
        for step in stairs.steps:
            shared = _words(caution) & _words(step.text)
            assert len(shared) <= 2, (caution, shared)


def test_step_ups_lower_with_the_working_leg_in_control(program):
    last = program.exercise("step-up").steps[-1].text.lower()
    assert "other foot first" in last and "leg on the step" in last and "same leg leading" not in last


def test_lying_face_down_and_the_kneeling_stretch_carry_their_cautions_and_point_to_the_options(program):
    prone = " ".join(program.exercise("prone-knee-bend").cautions).lower()
    assert "face down" in prone and "side-lying knee bend" in prone
    kneel = " ".join(program.exercise("hip-flexor-stretch").cautions).lower()
    assert "nerve" in kneel and "front of the thigh" in kneel and "standing hip flexor stretch" in kneel
    standing = " ".join(program.exercise("standing-hip-flexor-stretch").cautions).lower()
    assert "nerve" in standing and "upright" in standing


def test_the_program_says_whom_it_was_written_for(program):
    text = program.intended_for.lower()
    for words in ("front or inner thigh", "groin", "knee", "shin", "stairs", "rising from a chair",
                  "back of the leg", "doctor or physiotherapist should confirm"):
        assert words in text, words


@pytest.mark.parametrize("row", MONOGRAPH, ids=lambda r: f"w{r[0]}-{r[1]}")
def test_dose_matches_monograph(program, row):
    week, ex_id, kind, sides, reps, sets, hold, minutes, per_day = row
    ex = next(e for e in program.week(week).exercises if e.id == ex_id)
    d = ex.dose
    assert ex.kind == kind
    assert ex.sides == sides
    assert d.reps == reps
    assert (d.sets or R(1)) == (sets or R(1))
    assert d.hold_seconds == hold
    assert d.duration_minutes == minutes
    assert d.times_per_day == per_day
    assert 2 <= len(ex.steps) <= 4


def test_week_titles_goals_and_guidelines(program):
    assert [w.title for w in program.weeks] == [
        "Gentle mobilization", "Progressive mobility", "Strength building", "Functional integration"]
    assert program.week(1).goals == ("Reduce nerve irritation.", "Maintain mobility.")
    assert program.week(4).goals == ("Return to normal activities.", "Prevent recurrence.")
    text = " ".join(program.guidelines).lower()
    for phrase in ("gently", "mild tingling during nerve glides is acceptable", "sharp pain",
                   "significant weakness", "tolerates"):
        assert phrase in text
    assert program.sessions_per_day == 2


def test_dose_text_reads_like_the_monograph(program):
    texts = {e.id: e.dose_text() for e in program.week(1).exercises}
    assert texts["knee-to-chest"] == "Hold 20 s, 5 reps each side, 2× daily"
    assert texts["walking"] == "5–10 min, 2–3× daily"
    w3 = {e.id: e.dose_text() for e in program.week(3).exercises}
    assert w3["straight-leg-raise"] == "10 reps each side, 2 sets, 2× daily"
    assert w3["wall-sit"] == "Hold 10–15 s, 5 reps, 2× daily"
    assert w3["walking"] == "20–25 min, once daily"


def test_nerve_glides_say_tingling_is_acceptable(program):
    glides = [e for w in program.weeks for e in w.exercises if e.nerve_glide]
    assert {e.id for e in glides} == {"femoral-nerve-glide", "prone-knee-bend"}
    for e in glides:
        assert any("tingling" in c.lower() and "acceptable" in c.lower() for c in e.cautions)
