"""The Programs screen and the user programs folder: listing, import, export, duplicate, delete, assign.

Questions to the user go through ``coach.ui.widgets.kit``; tests answer them.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from coach.core.program_read import check_file, load_program
from coach.resources import default_program_path
from coach.store import clinician as clinician_store
from coach.store import profiles
from coach.store import program_folder as program_store
from coach.ui.settings import profiles as profiles_ui
from coach.ui.widgets import kit as ew

SHIPPED = default_program_path()
BROKEN = """id = "Broken Id"
title = "Broken"
[[weeks]]
number = 1
title = "One"
[[weeks.exercises]]
id = "x"
name = "X"
kind = "hold"
[weeks.exercises.dose]
reps = [5, 3]
"""


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def answers(monkeypatch):
    """Every confirmation says yes unless a test says otherwise; records what was asked."""
    asked: list[str] = []

    def confirm(parent, title, text, yes, **kw):
        asked.append(text)
        return answers.yes

    answers.yes = True
    answers.asked = asked
    told: list[str] = []
    monkeypatch.setattr(ew, "confirm", confirm)
    monkeypatch.setattr(ew, "tell", lambda parent, title, text, **kw: told.append(text))
    answers.told = told
    return answers


@pytest.fixture
def programs_screen(window, answers):
    def make(clinician: bool = True):
        w = window()
        scr = w.show_screen("programs")
        if clinician:
            scr.bar.toggle.click()
        return w, scr

    return make


def select(scr, *, shipped: bool | None = None, title: str | None = None) -> None:
    for i in range(scr.list.count()):
        e = scr.list.item(i).data(Qt.ItemDataRole.UserRole)
        if (shipped is None or e.shipped == shipped) and (title is None or e.label == title):
            scr.list.setCurrentRow(i)
            return
    raise AssertionError(f"no program {title!r}")


# ------------------------------------------------------------------ store
def test_user_folder_is_private_and_listed_after_the_shipped_programs(store):
    d = program_store.user_dir(store)
    assert d == store.data_dir / "programs" and (d.stat().st_mode & 0o777) == 0o700
    program = load_program(SHIPPED)
    path = program_store.save_program(store, program.__class__(**{**program.__dict__, "id": "mine", "path": None}))
    assert (path.stat().st_mode & 0o777) == 0o600
    entries = program_store.list_programs(store)
    assert [e.shipped for e in entries] == [True, False]
    assert entries[1].path == path and entries[1].ok and entries[1].program_id == "mine"


def test_saving_into_the_shipped_folder_is_refused(store):
    before = digest(SHIPPED)
    with pytest.raises(program_store.ProgramFileError, match="never changed"):
        program_store.save_text(store, "id = 'x'\n", SHIPPED, "x")
    assert digest(SHIPPED) == before


def test_import_validates_and_copies(store, tmp_path):
    bad = tmp_path / "broken.toml"
    bad.write_text(BROKEN, encoding="utf-8")
    with pytest.raises(program_store.ProgramFileError) as err:
        program_store.import_program(store, bad)
    assert [str(p) for p in err.value.problems] == [str(p) for p in check_file(bad)[1]]
    assert list(program_store.user_dir(store).glob("*.toml")) == []
    # a valid file with the id of a shipped program is imported under a new id, comments kept
    path, note = program_store.import_program(store, SHIPPED)
    assert "upper-lumbar-4-week-2" in note
    assert load_program(path).id == "upper-lumbar-4-week-2"
    assert path.read_text(encoding="utf-8").startswith("# The 4-week movement program")


def test_delete_refuses_shipped_and_programs_in_use(store, profile):
    with pytest.raises(program_store.ProgramFileError, match="cannot be deleted"):
        program_store.delete_program(store, SHIPPED)
    path, _ = program_store.import_program(store, SHIPPED)
    profiles.update_profile(store, profile.id, program_path=str(path))
    with pytest.raises(program_store.ProgramFileError, match="Me uses this program"):
        program_store.delete_program(store, path)
    assert path.exists()


# ----------------------------------------------------------------- screen
def test_patient_mode_can_look_but_not_change(programs_screen):
    _w, scr = programs_screen(clinician=False)
    assert "Clinician mode is off" in scr.bar.text.text()
    assert scr.preview_button.isEnabled() and scr.handout_button.isEnabled() and scr.export_button.isEnabled()
    for b in (scr.edit_button, scr.new_button, scr.duplicate_button, scr.import_button, scr.delete_button,
              scr.assign_button):
        assert not b.isEnabled(), b.objectName()
        assert b.accessibleName()


def test_clinician_mode_with_a_pin_refuses_a_wrong_one(programs_screen, store, monkeypatch, answers):
    clinician_store.set_pin(store, "246813")
    _w, scr = programs_screen(clinician=False)
    monkeypatch.setattr(profiles_ui, "ask_pin", lambda *a: "111111")
    scr.bar.toggle.click()
    assert not scr.ctx.clinician_mode and not scr.new_button.isEnabled()
    assert answers.told == ["That PIN is not right. Clinician mode stays off."]
    monkeypatch.setattr(profiles_ui, "ask_pin", lambda *a: "246813")
    scr.bar.toggle.click()
    assert scr.ctx.clinician_mode and scr.new_button.isEnabled()
    scr.bar.toggle.click()  # leave
    assert not scr.ctx.clinician_mode


def test_duplicate_then_assign_to_the_profile_in_use(programs_screen, store, answers):
    _w, scr = programs_screen()
    before = digest(SHIPPED)
    select(scr, shipped=True)
    assert scr.edit_button.text().replace("&", "") == "Edit a copy"
    assert not scr.delete_button.isEnabled()  # shipped programs cannot be deleted
    scr.duplicate_button.click()
    e = scr.selected()
    assert not e.shipped and e.ok and e.program_id == "upper-lumbar-4-week-copy"
    assert e.title.endswith("(copy)") and "Duplicated" in scr.status.text()
    assert scr.assign_button.isEnabled()
    scr.assign_button.click()
    assert answers.asked[-1].startswith("Give Me the program")
    assert scr.ctx.profile.program_path == str(e.path)
    assert scr.ctx.program.id == "upper-lumbar-4-week-copy"
    assert profiles.get_profile(store, scr.ctx.profile.id).program_id == "upper-lumbar-4-week-copy"
    assert "● in use" in scr.list.currentItem().text()
    assert digest(SHIPPED) == before


def test_import_shows_the_validators_messages_and_copies_nothing(programs_screen, tmp_path, monkeypatch, answers):
    _w, scr = programs_screen()
    bad = tmp_path / "broken.toml"
    bad.write_text(BROKEN, encoding="utf-8")
    monkeypatch.setattr(ew, "ask_open_path", lambda *a, **k: str(bad))
    scr.import_button.click()
    told = answers.told[-1]
    for p in check_file(bad)[1]:
        assert str(p) in told
    assert "not imported" in scr.status.text()
    assert scr.list.count() == 1


def test_export_and_delete_a_user_program(programs_screen, tmp_path, monkeypatch, answers):
    _w, scr = programs_screen()
    select(scr, shipped=True)
    scr.duplicate_button.click()
    e = scr.selected()
    out = tmp_path / "exported.toml"
    monkeypatch.setattr(ew, "ask_save_path", lambda *a, **k: str(out))
    scr.export_button.click()
    assert out.read_bytes() == e.path.read_bytes()
    answers.yes = False
    scr.delete_button.click()
    assert e.path.exists()  # cancelled
    answers.yes = True
    scr.delete_button.click()
    assert not e.path.exists() and scr.list.count() == 1
    assert "Delete “" in answers.asked[-1]


def test_a_program_with_problems_is_listed_with_them(programs_screen, store):
    (program_store.user_dir(store) / "broken.toml").write_text(BROKEN, encoding="utf-8")
    _w, scr = programs_screen()
    select(scr, title="Broken")
    item = scr.list.currentItem().text()
    problems = check_file(program_store.user_dir(store) / "broken.toml")[1]
    assert f"⚠ {len(problems)} problems" in item
    assert scr.problems_frame.isVisible()
    assert str(problems[0]).replace("'", "&#x27;") in scr.problems_text.text()
    assert not scr.edit_button.isEnabled() and not scr.assign_button.isEnabled()
    assert scr.delete_button.isEnabled()
