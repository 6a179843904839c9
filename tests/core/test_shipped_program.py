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
