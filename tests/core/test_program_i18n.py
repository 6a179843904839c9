"""A program file's own translations: the shipped program and library carry Spanish for every text."""

from __future__ import annotations

import pytest

from coach.core import i18n
from coach.core.program_i18n import localized, untranslated
from coach.core.program_read import load_program, parse_text
from coach.resources import default_program_path, library_path


@pytest.mark.parametrize("path", [default_program_path(), library_path()], ids=["program", "library"])
def test_the_shipped_files_have_spanish_for_every_text(path):
    program = load_program(path)
    assert "es" in program.translations
    assert untranslated(program, "es") == []


def test_localized_changes_the_words_and_nothing_else():
    program = load_program(default_program_path())
    es = localized(program, "es")
    w1, w1_es = program.weeks[0], es.weeks[0]
    assert (w1.title, w1_es.title) == ("Gentle mobilization", "Movilización suave")
    ex, ex_es = w1.exercises[0], w1_es.exercises[0]
    assert (ex.name, ex_es.name) == ("Knee to chest", "Rodilla al pecho")
    assert (ex_es.id, ex_es.dose, ex_es.kind, ex_es.sides) == (ex.id, ex.dose, ex.kind, ex.sides)
    assert [s.figure for s in ex_es.steps] == [s.figure for s in ex.steps]
    assert es.session_names == program.session_names  # the app's own defaults come from its .ts, not the file


def test_english_as_written_when_no_translator_is_installed():
    assert i18n.backend() is None
    program = load_program(default_program_path())
    assert localized(program) is program


def test_a_translation_that_is_not_a_pair_is_a_problem_with_its_line():
    text = default_program_path().read_text(encoding="utf-8").replace("[translations]\n", '[translations]\nfr = [["Walking"]]\n')
    program, problems = parse_text(text, "p.toml")
    assert program is None
    assert any(p.field.startswith("translations.fr") and "pair" in p.message for p in problems), problems
