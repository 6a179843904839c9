"""Programs (import, duplicate, save, assign, delete, preview) and profiles (first run, switching, deleting)."""

import datetime as dt

import pytest

from coach.app import profiles, programs, safety, sessions
from coach.app.state import App
from coach.core import safety as rules
from coach.resources import default_program_path
from coach.store import profiles as profile_store
from coach.store import safety as safety_store
from coach.store.db import StoreError
from coach.store.program_folder import ProgramFileError

START = dt.date(2026, 11, 1)  # the profile's start (conftest): day 1 of week 1
DAY = dt.date(2026, 11, 3)  # the clock's day (conftest): week 1, day 3


def day(n: int) -> dt.date:
    """Day ``n`` of the program."""
    return START + dt.timedelta(days=n - 1)


SHIPPED = default_program_path()


def shipped_entry(app):
    return next(e for e in programs.list_programs(app) if e.shipped and e.path == SHIPPED)


def test_a_copy_assigned_to_the_profile_is_followed_and_its_edits_reach_today(app):
    copy = programs.duplicate(app, shipped_entry(app), programs.list_programs(app))
    program, path = copy.value
    assert copy.changes.program and program.id != "upper-lumbar-4-week" and path.parent == programs.user_dir(app)
    entry = next(e for e in programs.list_programs(app) if e.path == path)
    assigned = programs.assign(app, entry)
    assert assigned.changes.profile and app.profile.program_path == str(path) and app.program.id == program.id
    assert programs.users(app, path) == ["Sam"] and programs.in_use(app, path)
    with pytest.raises(ProgramFileError):
        programs.delete(app, entry)  # a program in use stays
    text = path.read_text(encoding="utf-8").replace(f'title = "{program.title}"', 'title = "Sam\'s program"', 1)
    saved = programs.save_text(app, text, path, program.id)
    assert saved.changes.profile and app.program.title == "Sam's program"  # read again at once


def test_importing_a_broken_file_copies_nothing(app, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('id = "Broken Id"\ntitle = "Broken"\n', encoding="utf-8")
    before = [e.path for e in programs.list_programs(app)]
    with pytest.raises(ProgramFileError) as err:
        programs.import_file(app, bad)
    assert err.value.problems and [e.path for e in programs.list_programs(app)] == before
    imported = programs.import_file(app, SHIPPED)
    assert imported.changes.program and "already has the id" in imported.value.note


def test_a_preview_runs_the_chosen_session_of_the_week(app):
    plan = programs.preview_plan(app, app.program, 3, 1)
    assert (plan.slot_name, plan.week, plan.interrupted) == ("Evening", 3, None)
    assert "wall-sit" in [pe.id for pe in plan.items]
    assert programs.preview_plan(app, app.program, 3, 7) is None


def test_first_run_is_one_transaction(store, monkeypatch):
    real = safety_store.record_warning_answers

    def disk_full(*a, **k):
        real(*a, **k)
        raise StoreError("The disk is full.")

    monkeypatch.setattr(safety_store, "record_warning_answers", disk_full)
    details = {"name": "Sam", "affected_side": "left", "start_date": START, "program_id": "upper-lumbar-4-week",
               "program_path": str(SHIPPED)}
    with pytest.raises(StoreError):
        profiles.first_profile(store, **details, answers={"saddle_numbness": True}, today=DAY)
    assert profile_store.list_profiles(store) == []  # a retry cannot leave a second profile behind
    monkeypatch.setattr(safety_store, "record_warning_answers", real)
    done = profiles.first_profile(store, **details, answers={"saddle_numbness": True}, today=DAY).value
    assert done.outcome.level == rules.EMERGENCY and [p.id for p in profile_store.list_profiles(store)] == [done.profile.id]
    app = App.open(store)
    assert app.profile == done.profile and sessions.what_can_start(app).block.level == rules.EMERGENCY


def test_switching_profiles_shows_the_others_records_and_deleting_keeps_the_one_in_use(app, store):
    other = profiles.create(app, name="Ana", affected_side="left", start_date=START, program_id="upper-lumbar-4-week",
                            program_path=str(SHIPPED)).value
    assert app.profile.name == "Sam"  # created, not switched to
    safety.record_answers(app, {"bladder_bowel": True})
    changes = profiles.switch(app, other)
    assert changes.profile and app.profile.name == "Ana" and profile_store.active_profile(store).name == "Ana"
    assert sessions.what_can_start(app).block is None  # Sam's warning is Sam's
    sam = next(p for p in profiles.list_profiles(app) if p.name == "Sam")
    with pytest.raises(ValueError):
        profiles.delete(app, other)
    backups = len(store.backups())
    assert profiles.delete(app, sam).profile
    assert [p.name for p in profiles.list_profiles(app)] == ["Ana"] and len(store.backups()) == backups + 1
    moved = profiles.set_side(app, "right")
    assert moved.changes.profile and app.profile.affected_side == "right"


def test_an_option_chosen_for_a_profile_replaces_the_exercise_in_its_plan_and_stays_with_the_profile(app, store):
    file_program = shipped_entry(app).program
    week2 = [pe.id for slot in app.today_slots() for pe in slot.exercises]
    assert "hip-flexor-stretch" in week2  # week 1 today
    changes = programs.choose_option(app, file_program, "hip-flexor-stretch", "standing-hip-flexor-stretch")
    assert changes.program
    ids = [pe.id for slot in app.today_slots() for pe in slot.exercises]
    assert "standing-hip-flexor-stretch" in ids and "hip-flexor-stretch" not in ids
    assert programs.option_choices(app, file_program) == {"hip-flexor-stretch": "standing-hip-flexor-stretch"}
    # kept: a new App on the same store (the app opened again) still has it
    again = App.open(store)
    assert "standing-hip-flexor-stretch" in [e.id for e in again.program.week(1).exercises]
    # another profile follows the program as written
    other = profile_store.create_profile(store, name="Alex", affected_side="left", start_date=START,
                                         program_id="upper-lumbar-4-week", program_path=str(SHIPPED),
                                         make_active=False)
    profiles.switch(app, other)
    assert "hip-flexor-stretch" in [e.id for e in app.program.week(1).exercises]
    with pytest.raises(ValueError):
        programs.choose_option(app, file_program, "hip-flexor-stretch", "bridge")
    # back to the program as written
    profiles.switch(app, profile_store.get_profile(store, 1))
    programs.choose_option(app, file_program, "hip-flexor-stretch", None)
    assert programs.option_choices(app, file_program) == {}


def test_assigning_can_start_week_1_today_or_keep_the_start_date(app, store, clock):
    clock.set(dt.datetime.combine(day(17), dt.time(9, 0)))
    safety_store.set_week(store, app.profile.id, 1, 3, day(15), "test")  # on week 3 (weeks move on by a decision)
    app = App.open(store)
    assert app.current_week() == 3
    copy = programs.duplicate(app, shipped_entry(app), programs.list_programs(app))
    entry = next(e for e in programs.list_programs(app) if e.path == copy.value[1])
    programs.assign(app, entry)
    assert app.profile.start_date == START and app.current_week() == 3
    programs.assign(app, shipped_entry(app), restart=True)
    assert app.profile.start_date == day(17) and app.current_week() == 1
