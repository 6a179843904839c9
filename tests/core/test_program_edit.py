"""The editor's model: edits, undo and redo, dirty state, checks with the validator's words, session load."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.core.exercise_library import load_library
from coach.core.program import Range, Tempo
from coach.core.program_draft import (
    MAX_EXERCISES,
    ProgramDraft,
    as_copy,
    blank_program,
    problem_location,
    session_loads,
)
from coach.core.program_read import load_program, parse_text

ROOT = Path(__file__).resolve().parents[2]
LIBRARY = ROOT / "programs" / "library" / "exercises.toml"
SHIPPED = ROOT / "programs" / "upper-lumbar-4-week.toml"


@pytest.fixture(scope="module")
def library():
    return load_library(LIBRARY)


@pytest.fixture
def draft(library):
    d = ProgramDraft(blank_program("two-weeks", "Two weeks"), saved=False)
    d.add_exercise(0, library.get("drawing-in"))
    d.add_exercise(0, library.get("prone-press-up"))
    d.add_week()
    d.add_exercise(1, library.get("plank-knees"))
    return d


def test_a_two_week_program_from_the_library_is_valid(draft):
    assert draft.problems() == []
    program, problems = parse_text(draft.text())
    assert problems == []
    assert [w.number for w in program.weeks] == [1, 2]
    assert [e.id for e in program.weeks[0].exercises] == ["drawing-in", "prone-press-up"]


def test_problems_are_the_validators_messages():
    d = ProgramDraft(blank_program())
    problems = d.problems()
    assert [p.field for p in problems] == ["weeks[1].exercises"]
    _p, direct = parse_text(d.text(), "my-program.toml")
    assert [str(p) for p in problems] == [str(p) for p in direct]


def test_an_id_used_by_another_program_is_a_problem(draft):
    draft.taken_ids = frozenset({"two-weeks"})
    assert any(p.field == "id" and "already used" in p.message for p in draft.problems())


def test_adding_the_same_exercise_twice_gives_it_its_own_id(draft, library):
    draft.add_exercise(0, library.get("drawing-in"))
    assert [e.id for e in draft.program.weeks[0].exercises] == ["drawing-in", "prone-press-up", "drawing-in-2"]
    assert draft.problems() == []


def test_dose_ranges_and_an_inverted_range_reported(draft):
    draft.set_dose(0, 1, "reps", Range(6, 12))
    assert draft.exercise(0, 1).dose.reps == Range(6, 12)
    assert "reps = [6, 12]" in draft.text()
    draft.set_dose(0, 1, "reps", Range(12, 6))
    (problem,) = draft.problems()
    assert problem.field == "weeks[1].exercises[2].dose.reps" and "inverted" in problem.message
    assert problem_location(problem) == (0, 1, None)


def test_reorder_weeks_and_exercises_renumbers_weeks(draft):
    draft.set_week_field(1, "title", "Core")
    draft.move_week(1, 0)
    assert [(w.number, w.title) for w in draft.program.weeks] == [(1, "Core"), (2, "Week 1")]
    draft.move_exercise(1, 1, 0)
    assert [e.id for e in draft.program.weeks[1].exercises] == ["prone-press-up", "drawing-in"]


def test_undo_and_redo_walk_the_history(draft):
    before = draft.program
    draft.set_dose(0, 0, "hold_seconds", Range(10, 15))
    draft.remove_exercise(0, 1)
    assert draft.undo_label == "Remove Prone press-up (McKenzie extension)"
    assert draft.undo() and draft.undo()
    assert draft.program == before
    assert draft.redo()
    assert draft.exercise(0, 0).dose.hold_seconds == Range(10, 15)
    assert draft.redo_label.startswith("Remove")
    draft.set_program_field("title", "Changed")  # a new edit drops the redo branch
    assert not draft.can_redo


def test_typing_in_one_field_is_one_undo_step(draft):
    for text in ("M", "My", "My p", "My plan"):
        draft.set_program_field("title", text)
    draft.set_program_field("description", "x")
    draft.undo()
    assert draft.program.title == "My plan"
    draft.undo()
    assert draft.program.title == "Two weeks"


def test_dirty_follows_the_saved_state():
    d = ProgramDraft(load_program(SHIPPED))
    assert not d.dirty
    d.set_week_field(0, "title", "Easy start")
    assert d.dirty
    d.undo()
    assert not d.dirty
    d.redo()
    d.mark_saved()
    assert not d.dirty
    d.set_week_field(0, "title", "Easy start!")
    d.set_week_field(0, "title", "Easy start")  # typed back to the saved text
    assert not d.dirty


def test_steps_figures_and_images(draft):
    i = draft.add_step(0, 0, text="Breathe out.")
    draft.set_step(0, 0, i, figure="drawing-in")
    assert draft.exercise(0, 0).steps[i].figure == "drawing-in"
    draft.set_step(0, 0, i, image="pictures/mine.png")
    st = draft.exercise(0, 0).steps[i]
    assert st.image == "pictures/mine.png" and st.figure is None
    draft.set_step(0, 0, i, figure="no-such-figure")
    from coach.core.figure import figure_names

    draft.figure_names = set(figure_names())
    draft._problems_cache = None
    (problem,) = draft.problems()
    assert "unknown figure 'no-such-figure'" in problem.message
    assert problem_location(problem) == (0, 0, i)


def test_tempo_and_pacing(draft):
    draft.set_dose(0, 1, "pacing", "tap")
    assert draft.exercise(0, 1).dose.pacing == "tap"
    draft.set_tempo(0, 1, "hold", 2)
    assert draft.exercise(0, 1).dose.tempo == Tempo(2, 2, 2)
    draft.set_program_field("sessions_per_day", 3)
    assert draft.program.session_names == ("Morning", "Evening", "Session 3")
    assert draft.problems() == []


def test_too_many_exercises_or_minutes_in_a_session_warn(library):
    d = ProgramDraft(blank_program())
    for ex in [e for e in library.exercises if e.kind != "duration"][: MAX_EXERCISES + 1]:
        d.add_exercise(0, ex)
    warnings = d.load_warnings()
    assert warnings and "exercises" in warnings[0] and "at most 6" in warnings[0]


def test_a_long_session_warns_in_minutes(library):
    d = ProgramDraft(blank_program())
    d.add_exercise(0, library.get("plank"))
    d.set_dose(0, 0, "reps", Range(30, 40))
    d.set_dose(0, 0, "hold_seconds", Range(30, 40))
    (load,) = [s for s in session_loads(d.program, 1) if s.exercises]
    assert load.too_long and not load.too_many
    assert "minutes" in d.load_warnings()[0]


def test_the_shipped_program_is_within_the_limits():
    program = load_program(SHIPPED)
    d = ProgramDraft(program)
    assert d.load_warnings() == []


def test_a_copy_gets_a_new_id_and_no_path():
    program = load_program(SHIPPED)
    copy = as_copy(program, "upper-lumbar-4-week-copy")
    assert copy.id == "upper-lumbar-4-week-copy" and copy.path is None and copy.title.endswith("(copy)")


def test_editing_a_week_keeps_the_phases_after_the_weeks():
    from coach.core.program_read import load_program, parse_text
    from coach.resources import default_program_path

    path = default_program_path()
    text = path.read_text(encoding="utf-8")
    d = ProgramDraft(load_program(path), original_text=text, path=path)
    d.set_week_field(0, "title", "Gentle start")
    saved, problems = parse_text(d.text(), "p.toml")
    assert problems == [] and saved.weeks[0].title == "Gentle start"
    assert saved.phases == load_program(path).phases
    assert "[[phases]]" in d.text() and "# Section 13 of the monograph" in d.text()


def test_an_exercise_made_an_option_of_another_follows_it(draft, library):
    d = draft
    d.add_exercise(0, library.get("standing-hip-flexion"))
    n = len(d.entries(0))
    d.set_exercise_field(0, n - 1, "option_of", "drawing-in")
    assert d.problems() == []
    week = d.program.weeks[0]
    assert [o.id for o in week.options] == ["standing-hip-flexion"]
    assert [e.id for e in d.entries(0)] == ["drawing-in", "standing-hip-flexion", "prone-press-up"]
    assert "option_of = \"drawing-in\"" in d.text()
    # renaming the exercise renames what its option replaces; removing it removes its option
    d.set_exercise_field(0, 0, "id", "core-activation")
    assert d.program.weeks[0].options[0].option_of == "core-activation"
    d.remove_exercise(0, 0)
    assert [e.id for e in d.entries(0)] == ["prone-press-up"]
    d.undo()
    assert len(d.entries(0)) == 3


def test_who_it_is_for_is_a_program_field(draft):
    draft.set_program_field("intended_for", "People with front-of-thigh pain.")
    assert 'intended_for = "People with front-of-thigh pain."' in draft.text()
    assert draft.problems() == []
