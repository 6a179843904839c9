"""The program cache: the app opens a program it checked before without checking it again, and never a
program that would fail the check (other bytes, a picture gone, a changed check, a damaged cache)."""

import dataclasses
import os
import stat

import pytest

from coach.core.program import Program
from coach.core.program_read import ProgramError
from coach.core.program_read import load_program as checked
from coach.resources import shipped_programs
from coach.store import program_cache
from coach.store.program_cache import CACHE_DIR, decode, encode, load_program

GOOD = """\
id = "mini"
title = "Mini program"
sessions_per_day = 1

[[weeks]]
number = 1
title = "One"

[[weeks.exercises]]
id = "bridge"
name = "Bridges"
kind = "reps"
sides = "each"
cautions = ["Stop if it hurts."]
[weeks.exercises.dose]
reps = [8, 12]
sets = 2
pacing = "tempo"
tempo = { move = 2, hold = 1, back = 2 }
[[weeks.exercises.steps]]
text = "Lift your hips."
image = "pics/bridge.png"
"""


def write_program(folder, text=GOOD):
    (folder / "data").mkdir(parents=True, exist_ok=True)
    (folder / "pics").mkdir(parents=True, exist_ok=True)
    (folder / "pics" / "bridge.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    path = folder / "mini.toml"
    path.write_text(text, encoding="utf-8")
    return path


def cache_files(data):
    return sorted((data / CACHE_DIR).glob("*.json"))


@pytest.mark.parametrize("path", shipped_programs(), ids=lambda p: p.stem)
def test_every_shipped_program_comes_back_from_its_plain_data_unchanged(path):
    program = checked(path, check_figures=False)
    assert decode(encode(program), Program) == dataclasses.replace(program, path=None)


@pytest.mark.parametrize("path", shipped_programs(), ids=lambda p: p.stem)
def test_a_shipped_program_keeps_its_own_translations_through_the_cache(path, tmp_path, monkeypatch):
    # translations do not take part in a program's equality, so they are compared on their own
    program = checked(path, check_figures=False)
    assert program.translations.get("es")
    assert decode(encode(program), Program).translations == program.translations
    load_program(tmp_path, path)
    monkeypatch.setattr("coach.core.program_read.parse_text", lambda *_a, **_k: pytest.fail("checked again"))
    assert load_program(tmp_path, path).translations == program.translations


def test_the_second_open_comes_from_the_cache_and_equals_the_checked_program(tmp_path, monkeypatch):
    data, path = tmp_path / "data", write_program(tmp_path)
    first = load_program(data, path)
    assert first == checked(path, check_figures=False) and first.path == path
    (entry,) = cache_files(data)
    assert stat.S_IMODE(os.stat(entry).st_mode) == 0o600

    def no_check(*_a, **_k):
        raise AssertionError("the program was checked again")

    monkeypatch.setattr("coach.core.program_read.parse_text", no_check)
    assert load_program(data, path) == first


def test_an_edited_file_is_checked_again_and_a_broken_edit_is_refused(tmp_path):
    data, path = tmp_path / "data", write_program(tmp_path)
    load_program(data, path)
    path.write_text(GOOD.replace('name = "Bridges"', 'name = "Hip bridges"'), encoding="utf-8")
    assert load_program(data, path).week(1).exercises[0].name == "Hip bridges"
    path.write_text(GOOD.replace("reps = [8, 12]", "reps = [12, 8]"), encoding="utf-8")
    with pytest.raises(ProgramError) as err:
        load_program(data, path)
    assert "reps" in str(err.value)
    path.write_text(GOOD, encoding="utf-8")  # back to the bytes checked first: the cache is good again
    assert load_program(data, path).week(1).exercises[0].name == "Bridges"


def test_a_picture_removed_since_the_check_sends_the_file_to_the_check(tmp_path):
    data, path = tmp_path / "data", write_program(tmp_path)
    load_program(data, path)
    (tmp_path / "pics" / "bridge.png").unlink()
    with pytest.raises(ProgramError) as err:
        load_program(data, path)
    assert "does not exist" in str(err.value)


def test_a_changed_check_or_a_damaged_cache_file_means_checking_again(tmp_path, monkeypatch):
    data, path = tmp_path / "data", write_program(tmp_path)
    good = load_program(data, path)
    (entry,) = cache_files(data)
    calls = []
    import coach.core.program_read as reader

    parse = reader.parse_text
    monkeypatch.setattr(reader, "parse_text", lambda *a, **k: calls.append(1) or parse(*a, **k))
    entry.write_text(entry.read_text()[:-40], encoding="utf-8")  # cut short, as by a crash mid-write
    assert load_program(data, path) == good and calls == [1]
    monkeypatch.setattr(program_cache, "_fingerprint", lambda: "another version of the checks")
    assert load_program(data, path) == good and calls == [1, 1]


def test_a_folder_that_cannot_be_written_only_costs_the_check(tmp_path):
    data, path = tmp_path / "data", write_program(tmp_path)
    (data / CACHE_DIR).write_text("a file where the cache folder would go")
    assert load_program(data, path) == checked(path, check_figures=False)


def test_an_unreadable_or_missing_file_is_worded_by_the_reader(tmp_path):
    with pytest.raises(ProgramError) as err:
        load_program(tmp_path / "data", tmp_path / "nothing.toml")
    assert "file not found" in str(err.value)
