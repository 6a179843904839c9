"""Writing programs back to TOML: load → save → load gives the same program, for every field."""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.core.program import Dose, Exercise, Program, Progression, Range, Step, Tempo, Week
from coach.core.program_read import load_program, parse_text
from coach.core.program_write import copy_id, dumps, unique_program_id

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "programs" / "upper-lumbar-4-week.toml"
LIBRARY = ROOT / "programs" / "library" / "exercises.toml"

EVERY_FIELD = """\
# A program that uses every field of the format.
id = "every-field"
title = "Every field"
source = "Written for the round-trip test"
description = "Checks that nothing is lost on saving."
intended_for = "Anyone running the round-trip test."
sessions_per_day = 3
session_names = ["Early", "Noon", "Late"]
guidelines = ["One.", "Two, with a comma."]

[progression]
min_adherence = 0.6
recent_sessions = 4
max_pain_rise = 1.5
tolerated_sessions_to_step_up = 3

[[weeks]]
number = 1
title = "First"
goals = ["A goal."]

[[weeks.exercises]]
id = "held"  # a comment on a key
name = "Held"
kind = "hold"
summary = "A hold."
sides = "each"
nerve_glide = true
region = "hip"
cautions = ["Careful.", "Really careful."]
[weeks.exercises.dose]
hold_seconds = [7.5, 12.5]
reps = [3, 5]
sets = [1, 2]
times_per_day = [2, 3]
rest_between_reps_seconds = 4.5
rest_between_sets_seconds = 30
[[weeks.exercises.steps]]
text = "With a figure."
figure = "knee-to-chest"
[[weeks.exercises.steps]]
text = "With an image."
image = "pictures/step.png"
[[weeks.exercises.steps]]
text = "With nothing."

[[weeks.exercises]]
id = "paced"
name = "Paced"
kind = "reps"
sides = "one"
[weeks.exercises.dose]
reps = 10
pacing = "tempo"
[weeks.exercises.dose.tempo]
move = 1.5
hold = 2
back = 2.5

[[weeks.exercises]]
id = "tapped-with-tempo"
name = "Tapped, with a tempo table"
kind = "reps"
[weeks.exercises.dose]
reps = 8
[weeks.exercises.dose.tempo]
move = 2
hold = 0
back = 2

# ---------------- week 2
[[weeks]]
number = 2
title = "Second"

[[weeks.exercises]]
id = "walk"
name = "Walk"
kind = "duration"
[weeks.exercises.dose]
duration_minutes = [5, 12.5]

[[weeks.exercises]]
id = "walk-indoors"
name = "Walk indoors"
kind = "duration"
option_of = "walk"
[weeks.exercises.dose]
duration_minutes = [5, 12.5]

[[weeks.exercises]]
id = "practise"
name = "Practise"
kind = "practice"

[[weeks.exercises]]
id = "default-tempo"
name = "Tempo pacing, default tempo"
kind = "reps"
[weeks.exercises.dose]
reps = 6
pacing = "tempo"
"""


def _same(a: Program, b: Program) -> bool:
    return dataclasses.replace(a, path=None) == dataclasses.replace(b, path=None)


@pytest.fixture
def every_field(tmp_path) -> Path:
    (tmp_path / "pictures").mkdir()
    (tmp_path / "pictures" / "step.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    path = tmp_path / "every-field.toml"
    path.write_text(EVERY_FIELD, encoding="utf-8")
    return path


def _reload(text: str, path: Path) -> Program:
    path.write_text(text, encoding="utf-8")
    return load_program(path)


@pytest.mark.parametrize("keep_comments", [False, True])
def test_shipped_program_round_trips(tmp_path, keep_comments):
    original = load_program(SHIPPED)
    text = dumps(original, SHIPPED.read_text(encoding="utf-8") if keep_comments else None)
    again = _reload(text, tmp_path / "copy.toml")
    assert _same(again, original)


def test_unchanged_program_keeps_its_file_text_exactly():
    text = SHIPPED.read_text(encoding="utf-8")
    assert dumps(load_program(SHIPPED), text) == text


@pytest.mark.parametrize("keep_comments", [False, True])
def test_every_field_round_trips(every_field, keep_comments):
    original = load_program(every_field)
    text = dumps(original, EVERY_FIELD if keep_comments else None)
    again = _reload(text, every_field)
    assert _same(again, original)
    # and the things a reader of the file would check
    held = again.weeks[0].exercises[0]
    assert held.dose.hold_seconds == Range(7.5, 12.5) and held.dose.rest_between_reps_seconds == 4.5
    assert [s.image for s in held.steps] == [None, "pictures/step.png", None]
    assert again.session_names == ("Early", "Noon", "Late")
    assert again.progression == Progression(0.6, 4, 1.5, 3)
    assert again.weeks[0].exercises[2].dose.tempo == Tempo(2, 0, 2)


def test_ranges_are_written_low_high_and_defaults_left_out(every_field):
    text = dumps(load_program(every_field))
    raw = tomllib.loads(text)
    dose = raw["weeks"][0]["exercises"][0]["dose"]
    assert dose["hold_seconds"] == [7.5, 12.5] and dose["times_per_day"] == [2, 3]
    assert "hold_seconds = [7.5, 12.5]" in text
    walk = raw["weeks"][1]["exercises"][0]
    assert walk["dose"] == {"duration_minutes": [5, 12.5]}
    assert set(walk) == {"id", "name", "kind", "dose"}  # no sides, summary, cautions, steps...
    assert set(raw["weeks"][1]["exercises"][2]) == {"id", "name", "kind"}  # no empty dose table
    assert "tempo" not in raw["weeks"][1]["exercises"][3]["dose"]  # the default tempo is implied


def test_editing_keeps_comments_and_moves_a_weeks_comment_with_it(every_field):
    original = load_program(every_field)
    w1, w2 = original.weeks
    swapped = dataclasses.replace(original, weeks=(dataclasses.replace(w2, number=1), dataclasses.replace(w1, number=2)))
    text = dumps(swapped, EVERY_FIELD)
    assert text.startswith("# A program that uses every field of the format.\n")
    assert 'id = "held"  # a comment on a key' in text
    # the comment block that introduced the second week moved with it to the front
    assert text.index("# ---------------- week 2") < text.index('title = "Second"') < text.index('title = "First"')
    assert text.count("# ---------------- week 2") == 1
    assert _same(_reload(text, every_field), swapped)


def test_removed_exercise_takes_nothing_else_with_it(every_field):
    original = load_program(every_field)
    w1 = original.weeks[0]
    fewer = dataclasses.replace(original, weeks=(dataclasses.replace(w1, exercises=w1.exercises[1:]),)
                                + original.weeks[1:])
    again = _reload(dumps(fewer, EVERY_FIELD), every_field)
    assert _same(again, fewer)
    assert [e.id for e in again.weeks[0].exercises] == ["paced", "tapped-with-tempo"]


def test_unique_ids():
    assert unique_program_id("My Program!", set()) == "my-program"
    assert unique_program_id("a", {"a", "a-2"}) == "a-3"
    assert copy_id("upper-lumbar-4-week", {"upper-lumbar-4-week"}) == "upper-lumbar-4-week-copy"
    assert copy_id("x", {"x-copy"}) == "x-copy-2"


# ------------------------------------------------------- generated programs
_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1,
                max_size=30).filter(lambda s: s.strip() != "")
_ident = st.from_regex(r"[a-z][a-z0-9-]{0,12}", fullmatch=True)


def _range(integer: bool, low: float = 1, high: int = 12):
    # within the bounds of programs/README.md, and one exercise at the top of its ranges under 45 minutes
    num = st.integers(int(low), high).map(float) if integer else st.sampled_from(
        [1.0, 2.0, 2.5, 7.5, 10.0, 12.25, 30.0])
    return st.one_of(num.map(lambda v: Range(v, v)), st.tuples(num, num).map(lambda t: Range(min(t), max(t))))


@st.composite
def _exercise(draw, eid: str, spd: int = 1):
    kind = draw(st.sampled_from(["hold", "reps", "duration", "practice"]))
    pacing = draw(st.sampled_from(["tap", "tempo"])) if kind == "reps" else "tap"
    tempo = draw(st.one_of(st.none(), st.builds(Tempo, st.sampled_from([1.0, 2.0, 3.5]), st.sampled_from([0.0, 1.0]),
                                                 st.sampled_from([1.0, 2.0]))))
    if pacing == "tempo" and tempo is None:
        tempo = Tempo()
    dose = Dose(
        reps=draw(st.one_of(st.none(), _range(True))) if kind != "reps" else draw(_range(True)),
        sets=draw(st.one_of(st.none(), _range(True, high=2))),
        hold_seconds=draw(_range(False)) if kind == "hold" else None,
        duration_minutes=draw(_range(False)) if kind == "duration" else None,
        times_per_day=draw(st.one_of(st.none(), _range(True, high=spd))),
        rest_between_reps_seconds=draw(st.sampled_from([0.0, 5.0, 7.5])),
        rest_between_sets_seconds=draw(st.sampled_from([0.0, 30.0])),
        pacing=pacing, tempo=tempo,
    )
    steps = tuple(Step(t, f) for t, f in draw(st.lists(st.tuples(_text, st.sampled_from([None, "bridge", "plank"])),
                                                        max_size=3)))
    return Exercise(id=eid, name=draw(_text), kind=kind, dose=dose, sides=draw(st.sampled_from(["each", "one", "none"])),
                    summary=draw(st.one_of(st.just(""), _text)), nerve_glide=draw(st.booleans()),
                    steps=steps, cautions=tuple(draw(st.lists(_text, max_size=2))),
                    region=draw(st.sampled_from(["", "hip", "lower back"])), new=True)


@st.composite
def _program(draw):
    n_weeks = draw(st.integers(1, 3))
    spd = draw(st.integers(1, 4))
    weeks = []
    for i in range(n_weeks):
        ids = draw(st.lists(_ident, min_size=1, max_size=3, unique=True))
        weeks.append(Week(i + 1, draw(_text), tuple(draw(st.lists(_text, max_size=2))),
                          tuple(draw(_exercise(eid, spd)) for eid in ids)))
    names = tuple(draw(st.lists(_text, min_size=spd, max_size=spd, unique_by=lambda t: " ".join(t.split()).casefold())))
    return Program(id=draw(_ident), title=draw(_text), source=draw(st.one_of(st.just(""), _text)),
                   sessions_per_day=spd, session_names=names, guidelines=tuple(draw(st.lists(_text, max_size=2))),
                   weeks=tuple(weeks), description=draw(st.one_of(st.just(""), _text)),
                   progression=Progression(draw(st.sampled_from([0.5, 0.75])), draw(st.integers(1, 5)),
                                           draw(st.sampled_from([0.0, 1.0, 2.5])), draw(st.integers(1, 4))))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_program())
def test_generated_programs_round_trip(program):
    text = dumps(program)
    again, problems = parse_text(text, figure_names={"bridge", "plank"})
    assert problems == []
    assert _same(again, program)


def test_options_and_who_it_is_for_survive_saving(every_field):
    p = load_program(every_field)
    assert p.intended_for == "Anyone running the round-trip test."
    assert [o.id for o in p.week(2).options] == ["walk-indoors"]
    text = dumps(p, every_field.read_text(encoding="utf-8"))
    assert text.index('id = "walk-indoors"') > text.index('id = "walk"')  # an option follows its exercise
    again = _reload(dumps(p), every_field)
    assert _same(again, p)
