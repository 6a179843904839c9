"""The exercise library: valid by the program validator, the seeds' exercises present, search by name and region."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.core.exercise_library import Library, LibraryError, load_library, unique_exercise_id
from coach.core.figure import figure_names
from coach.core.program_read import check_file, load_program

ROOT = Path(__file__).resolve().parents[2]
LIBRARY = ROOT / "programs" / "library" / "exercises.toml"
SHIPPED = ROOT / "programs" / "upper-lumbar-4-week.toml"


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(LIBRARY)


def test_library_file_passes_the_program_validator():
    program, problems = check_file(LIBRARY, set(figure_names()))
    assert problems == [] and program is not None


def test_library_is_not_among_the_program_files():
    # `coach validate programs/*.toml` and the program list see programs only
    assert LIBRARY.parent != SHIPPED.parent
    assert LIBRARY not in SHIPPED.parent.glob("*.toml")


def test_every_exercise_of_the_shipped_program_is_in_the_library(library):
    shipped = {e.id for w in load_program(SHIPPED).weeks for e in w.exercises}
    assert shipped <= {e.id for e in library.exercises}


def test_the_library_has_the_shipped_options_as_they_are_written_there(library):
    """The alternatives (standing hip flexor stretch, side-lying knee bends) with their figures, and the
    corrected texts of the exercises they replace, the same as in the shipped program."""
    program = load_program(SHIPPED)
    for w in program.weeks:
        for e in (*w.exercises, *w.options):
            lib = library.get(e.id)
            if e.id == "walking":
                continue  # the library has one walk; the program's weeks differ in dose
            assert lib is not None, e.id
            assert lib.option_of == ""  # a plain exercise in the library
            assert (lib.steps, lib.cautions, lib.dose) == (e.steps, e.cautions, e.dose), e.id
            assert all(s.figure for s in lib.steps), e.id


@pytest.mark.parametrize("exercise_id", [
    "prone-press-up", "drawing-in", "plank-knees", "plank", "hamstring-stretch", "lumbar-flexion-stretch",
    "piriformis-stretch", "pelvic-tilt", "cat-camel", "clamshell", "slump-glide",
])
def test_seed_exercises_have_steps_a_dose_and_a_region(library, exercise_id):
    ex = library.get(exercise_id)
    assert ex is not None
    assert 2 <= len(ex.steps) <= 4
    assert ex.region and ex.dose_text()
    assert ex.dose.times_per_day is not None
    assert all(s.figure is None or s.figure in figure_names() for s in ex.steps)


def test_extension_exercise_warns_about_symptoms_spreading_down_the_leg(library):
    text = " ".join(library.get("prone-press-up").cautions).lower()
    assert "further down the leg" in text and "clinician" in text


def test_search_by_name(library):
    assert [e.id for e in library.search("hamstring")] == ["hamstring-stretch"]
    assert [e.id for e in library.search("ham")] == ["hamstring-stretch"]
    assert {e.id for e in library.search("plank")} == {"plank", "plank-knees"}
    assert [e.id for e in library.search("McKenzie")] == ["prone-press-up"]
    assert library.search("Knee to chest")[0].id == "knee-to-chest"
    assert library.search("no such exercise") == []


def test_search_by_region(library):
    core = library.search(region="core")
    assert {e.id for e in core} == {"drawing-in", "plank-knees", "plank"}
    assert all(e.region == "hip" for e in library.search(region="Hip"))
    assert [e.id for e in library.search("stretch", region="hip")] == ["hip-flexor-stretch", "standing-hip-flexor-stretch"]
    # a region word in the search text finds that region's exercises too
    assert {e.id for e in library.search("buttock")} == {"piriformis-stretch"}
    assert "core" in library.regions() and "lower back" in library.regions()


def test_nerve_glides_are_found_by_the_words(library):
    ids = {e.id for e in library.search("nerve glide")}
    assert {"femoral-nerve-glide", "slump-glide"} <= ids


def test_a_broken_library_reports_the_validator_messages(tmp_path):
    bad = tmp_path / "exercises.toml"
    bad.write_text('id = "lib"\ntitle = "L"\n[[weeks]]\nnumber = 1\ntitle = "All"\n[[weeks.exercises]]\n'
                   'id = "x"\nname = "X"\nkind = "hold"\n', encoding="utf-8")
    with pytest.raises(LibraryError) as err:
        load_library(bad)
    assert [str(p) for p in err.value.problems] == [str(p) for p in check_file(bad)[1]]
    assert "hold_seconds" in str(err.value)


def test_unique_exercise_id():
    assert unique_exercise_id("plank", set()) == "plank"
    assert unique_exercise_id("plank", {"plank", "plank-2"}) == "plank-3"
