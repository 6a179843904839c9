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
from coach.ui.programs import actions as editor_actions
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

    def assign(parent, who, title, start, today):
        asked.append(f"Give {who} the program “{title}”?")
        return editor_actions.AssignAnswer(answers.restart) if answers.yes else None

    answers.yes = True
    answers.restart = False
    answers.asked = asked
    told: list[str] = []
    monkeypatch.setattr(ew, "confirm", confirm)
    monkeypatch.setattr(editor_actions, "ask_assign", assign)
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


# ------------------------------------------------------------- options, assign, handout
def test_the_screen_says_whom_a_program_is_for_and_offers_its_options_for_the_profile(programs_screen, store):
    w, scr = programs_screen(clinician=False)
    select(scr, shipped=True)
    assert "front or inner thigh" in scr.intended.text() and scr.intended.isVisible()
    assert scr.options_box.isVisible()
    hip = scr.option_combos["hip-flexor-stretch"]
    prone = scr.option_combos["prone-knee-bend"]
    assert hip.currentText().startswith("Hip flexor stretch (as written)")
    assert not hip.isEnabled()  # clinician mode changes it
    scr.bar.toggle.click()
    hip = scr.option_combos["hip-flexor-stretch"]
    assert hip.isEnabled()
    hip.setCurrentIndex(hip.findData("standing-hip-flexor-stretch"))
    assert "Standing hip flexor stretch in place of Hip flexor stretch" in scr.status.text()
    # Today and the player follow at once; the choice is kept with the profile
    assert [e.id for e in scr.ctx.program.week(1).exercises][3] == "standing-hip-flexor-stretch"
    from coach.store import program_options

    assert program_options.choices(store, scr.ctx.profile.id, "upper-lumbar-4-week") == {
        "hip-flexor-stretch": "standing-hip-flexor-stretch"}
    scr.option_combos["hip-flexor-stretch"].setCurrentIndex(0)
    assert program_options.choices(store, scr.ctx.profile.id, "upper-lumbar-4-week") == {}
    assert scr.option_combos["prone-knee-bend"] is prone and prone.count() == 2  # the same rows, kept


def test_assigning_offers_to_start_at_week_1_today(programs_screen, store, answers):
    _w, scr = programs_screen()
    start = scr.ctx.profile.start_date
    select(scr, shipped=True)
    scr.duplicate_button.click()
    answers.restart = True
    scr.assign_button.click()
    assert scr.ctx.profile.start_date == scr.ctx.app.today() != start
    assert scr.ctx.app.current_week() == 1
    assert "week 1 from today" in scr.status.text()


def test_the_assign_dialog_starts_week_1_today_unless_unticked(qtbot):
    import datetime as dt

    dlg = editor_actions.AssignDialog("Sam", "Knee program", dt.date(2026, 11, 1), dt.date(2026, 11, 10))
    qtbot.addWidget(dlg)
    assert dlg.restart.isChecked() and dlg.answer().restart
    assert "10 November 2026" in dlg.restart.text()
    dlg.restart.setChecked(False)
    assert not dlg.answer().restart and "stays 1 November 2026" in dlg.explain.text()


def test_the_handout_dialog_fills_in_the_profile_and_asks_weeks_notes_and_contact(qtbot):
    program = load_program(SHIPPED)
    dlg = editor_actions.HandoutDialog(program, patient="Sam", side="left", contact="Jo Park")
    qtbot.addWidget(dlg)
    assert dlg.chosen_weeks() == (1, 2, 3, 4)  # the whole program unless weeks are left out
    assert dlg.patient.text() == "Sam" and dlg.side.currentData() == "left"
    assert dlg.contact.toPlainText() == "Jo Park"
    dlg.notes["knee-to-chest"].setText("Only to where it is comfortable.")
    dlg.notes["walking"].setText("Flat paths only.")
    dlg.weeks[1].setChecked(False)
    assert "knee-to-chest" not in dlg.notes and dlg.notes["walking"].text() == "Flat paths only."
    dlg.weeks[1].setChecked(True)
    assert dlg.notes["knee-to-chest"].text() == "Only to where it is comfortable."  # typed notes are kept
    for n in (1, 2, 3, 4):
        dlg.weeks[n].setChecked(n == 2)
    r = dlg.request()
    assert r.weeks == (2,) and r.notes == {"walking": "Flat paths only."} and r.side == "left"
    for cb in dlg.weeks.values():
        cb.setChecked(False)
    assert not dlg.ok.isEnabled()  # nothing to print


@pytest.mark.slow  # pdftotext reads the PDF
@pytest.mark.skipif(not __import__("shutil").which("pdftotext"), reason="needs poppler-utils (pdftotext)")
def test_handout_from_the_screen_is_for_the_profile_with_its_options(programs_screen, store, tmp_path,
                                                                     monkeypatch):
    import subprocess

    w, scr = programs_screen()
    select(scr, shipped=True)
    hip = scr.option_combos["hip-flexor-stretch"]
    hip.setCurrentIndex(hip.findData("standing-hip-flexor-stretch"))
    profiles.update_profile(store, scr.ctx.profile.id, name="Sam")
    scr.ctx.app.profile = profiles.get_profile(store, scr.ctx.profile.id)
    seen = {}

    def ask(parent, program, **defaults):
        seen.update(defaults)
        return editor_actions.HandoutRequest((1,), defaults["patient"], defaults["side"], "Jo Park\n01234 567890",
                                             {"walking": "Flat paths only."})

    out = tmp_path / "sam.pdf"
    monkeypatch.setattr(editor_actions, "ask_handout", ask)
    monkeypatch.setattr(ew, "ask_save_path", lambda *a, **k: str(out))
    scr.handout_button.click()
    assert seen["patient"] == "Sam" and seen["side"] == "right" and seen["contact"] == ""
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    text = " ".join(text.split())
    assert "Sam" in text and "Right leg" in text and "Standing hip flexor stretch" in text
    assert "Flat paths only." in text and "Jo Park" in text and "01234 567890" in text
    assert "Week 2" not in text.replace("Week 2:", "")  # week 1 only
    assert "Handout of week 1 saved to" in scr.status.text()
    # the contact lines are offered next time
    scr.handout_button.click()
    assert seen["contact"] == "Jo Park\n01234 567890"
