"""What the app says and does when the data or the program is not as it should be: a recovery told once, data
open read-only said once with no timer raising, a program that fails in use replaced by the built-in one with
the problem shown and another program offered, and a program at the bounds that opens and plays."""

from __future__ import annotations

import datetime as dt
import sqlite3

from coach.core.clock import FixedClock
from coach.resources import default_program_path
from coach.store import profiles
from coach.store.db import Store
from coach.ui.tray import ReminderService

DAY = dt.date(2026, 11, 10)


def _history(d, clock):
    from tests.store.test_recovery import make_history

    make_history(d)
    store = Store.open(d, clock=clock)
    p = profiles.active_profile(store)
    profiles.update_profile(store, p.id, program_path=str(default_program_path()))
    store.backup()
    store.close()


def test_a_recovery_is_told_once_in_the_app_even_when_made_on_the_command_line(tmp_path):
    from coach.cli import main
    from coach.ui.app import start_notices
    from tests.store.test_recovery import garbage_header

    d = tmp_path / "data"
    clock = FixedClock(dt.datetime.combine(DAY, dt.time(9)))
    _history(d, clock)
    garbage_header(d / "coach.db")
    assert main(["--data-dir", str(d), "check", "--repair"]) == 0  # repaired on the command line
    store = Store.open(d, clock=clock, recover=True)
    notices = start_notices(store)
    assert [t for t, _ in notices] == ["data restored"]
    assert "newest good backup" in notices[0][1] and "coach-damaged-" in notices[0][1]
    store.close()
    store = Store.open(d, clock=clock, recover=True)
    assert start_notices(store) == []  # said once
    store.close()


def test_read_only_data_is_said_once_and_no_timer_raises(tmp_path, qtbot):
    from coach.ui.app import build_main_window, start_notices

    d = tmp_path / "data"
    clock = FixedClock(dt.datetime.combine(DAY, dt.time(8, 5)))
    _history(d, clock)
    conn = sqlite3.connect(d / "coach.db")
    conn.execute("PRAGMA user_version = 99")  # made by a newer version: opens read-only
    conn.close()
    store = Store.open(d, clock=clock, recover=True)
    try:
        assert store.read_only
        notices = start_notices(store)
        assert [t for t, _ in notices] == ["read-only"] and "newer Lumbar Coach" in notices[0][1]
        window = build_main_window(store)
        qtbot.addWidget(window)
        window.show()
        today = window.screen("today")
        assert today.session_cards  # the plan shows from the data as it is
        svc = ReminderService(window, tray_available=False)
        svc.clock = clock
        assert svc.check()  # a reminder is due; saving that it was shown cannot be done, and does not raise
        clock.advance(31 * 60)
        svc.check()
        window.close()
    finally:
        store.close()


def test_a_program_that_fails_in_use_falls_back_says_so_and_offers_another(window, store, profile, monkeypatch,
                                                                             tmp_path):
    import coach.app.state as state_mod
    from coach.ui.settings import profiles as profiles_ui
    from coach.ui.widgets import kit as ew

    mine = tmp_path / "mine.toml"
    mine.write_text(default_program_path().read_text(encoding="utf-8").replace(
        'id = "upper-lumbar-4-week"', 'id = "mine"').replace(
        'title = "Upper lumbar 4-week movement program"', 'title = "My program"'), encoding="utf-8")
    profiles.update_profile(store, profile.id, program_id="mine", program_path=str(mine))
    real = state_mod.day_plan

    def fails_for_mine(program, *a, **k):
        if program.id == "mine":
            raise ValueError("something in it cannot be planned")
        return real(program, *a, **k)

    monkeypatch.setattr(state_mod, "day_plan", fails_for_mine)
    w = window()
    today = w.screen("today")
    assert today.session_cards  # the app opened, on the built-in program
    assert w.ctx.program.id == "upper-lumbar-4-week"
    assert "'My program' could not be used (ValueError: something in it cannot be planned)" in w.ctx.program_problem
    assert "Choose another program" in w.ctx.program_problem
    scr = w.show_screen("profiles")
    assert scr.program_box.isVisibleTo(scr) and "could not be used" in scr.program_note.text()
    monkeypatch.setattr(ew, "confirm", lambda *a, **k: True)  # no PIN: confirm clinician mode
    monkeypatch.setattr(profiles_ui, "ask_profile", lambda ctx, parent, p: {
        "name": p.name, "affected_side": p.affected_side, "start_date": p.start_date,
        "program_id": "upper-lumbar-4-week", "program_path": str(default_program_path())})
    scr.pick_program.click()
    assert profiles.active_profile(store).program_path == str(default_program_path())
    assert w.ctx.program_problem is None and not scr.program_box.isVisibleTo(scr)


BOUNDS_PROGRAM = """\
id = "at-the-bounds"
title = "At the bounds"
sessions_per_day = 6
session_names = ["One", "Two", "Three", "Four", "Five", "Six"]

[[weeks]]
number = 1
title = "Long holds"

[[weeks.exercises]]
id = "long-hold"
name = "Long hold"
kind = "hold"
new = true
[weeks.exercises.dose]
hold_seconds = 120
reps = [1, 2]
times_per_day = 6
rest_between_reps_seconds = 120

[[weeks.exercises]]
id = "many-reps"
name = "Many reps"
kind = "reps"
new = true
[weeks.exercises.dose]
reps = 50
sets = [1, 2]
rest_between_sets_seconds = 300
pacing = "tempo"
[weeks.exercises.dose.tempo]
move = 1
back = 1

[[weeks.exercises]]
id = "walk-long"
name = "Long walk"
kind = "duration"
new = true
[weeks.exercises.dose]
duration_minutes = [0.5, 60]
times_per_day = [1, 6]
"""


def test_a_program_at_the_bounds_opens_and_every_session_runs(window, store, profile, tmp_path):
    from coach.core.program_read import check_file
    from tests.program_fuzz import run_every_session

    path = tmp_path / "bounds.toml"
    text = BOUNDS_PROGRAM + "".join(
        f'\n[[weeks]]\nnumber = {n}\ntitle = "Week {n}"\n\n[[weeks.exercises]]\nid = "walk-long"\nname = "Walk"\n'
        f'kind = "duration"\n[weeks.exercises.dose]\nduration_minutes = 60\n' for n in range(2, 53))
    path.write_text(text, encoding="utf-8")
    program, problems = check_file(path)
    assert problems == [] and program.week_count == 52
    assert run_every_session(program) >= 2
    profiles.update_profile(store, profile.id, program_id=program.id, program_path=str(path), start_date=DAY)
    w = window()
    today = w.screen("today")
    assert w.ctx.program_problem is None and w.ctx.program.id == "at-the-bounds"
    assert len(today.session_cards) == 6  # six sessions a day, the long hold in each
    assert "Week 1 of 52" in today.week.text()


def test_the_lock_file_is_private(tmp_path, qapp):
    import os
    import stat

    from coach.ui.single_instance import SingleInstance

    old = os.umask(0o022)
    try:
        inst = SingleInstance(tmp_path / "d")
        assert inst.claim()
        assert stat.S_IMODE((tmp_path / "d" / "coach.lock").stat().st_mode) == 0o600
        inst.release()
    finally:
        os.umask(old)
