import datetime as dt

import pytest

from coach.core.session import ExerciseResult, Summary
from coach.core.tracker import LOCATIONS, ExerciseDone, OutcomeScore, PsfsItem, TrackerEntry, TrackerError
from coach.store import profiles, sessions
from coach.store import tracker as repo
from coach.store.db import Store
from coach.store.session_log import summary_dict

TODAY = dt.date(2026, 11, 10)


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "data")
    yield s
    s.close()


@pytest.fixture
def pid(store):
    return profiles.create_profile(store, name="Ana", affected_side="left", start_date=dt.date(2026, 11, 1),
                                   program_id="upper-lumbar-4-week", program_path="").id


def full_entry(day=TODAY):
    pain = {k: i for i, k in enumerate(LOCATIONS)}
    pain["shin_right"] = None
    return TrackerEntry(
        date=day, pain=pain, numbness_locations=("thigh_left", "shin_left"), numbness_where="top of the foot",
        numbness_strength=4, weakness=("knee_straighten", "other"), weakness_other="kneeling",
        activities_limited=("sitting", "stairs", "driving"), activities_other="gardening",
        exercises=(ExerciseDone("Bridges", 2, "bridge", "morning: 12 reps; evening: 12 reps"),
                   ExerciseDone("Walking", 1, "walking", "morning: 15 min")),
        exercises_other="swimming, 10 min", helped=("heat", "sleep_position"), helped_other="warm bath",
        note="Better after the walk.", overall=5,
    )


def test_every_field_survives_a_round_trip_and_a_reopen(tmp_path, store, pid):
    e = full_entry()
    repo.save_entry(store, pid, e, TODAY)
    assert repo.get_entry(store, pid, TODAY) == e
    store.close()
    again = Store.open(tmp_path / "data")
    try:
        assert repo.get_entry(again, pid, TODAY) == e
        row = next(again.db.query("select pain_back_left, pain_shin_right, overall_pain from tracker_entries"))
        # the overall pain is the person's answer (5), not the worst place (6) worked out
        assert row == {"pain_back_left": 0, "pain_shin_right": None, "overall_pain": 5}
    finally:
        again.close()


def test_saving_the_same_day_again_replaces_it(store, pid):
    repo.save_entry(store, pid, full_entry(), TODAY)
    changed = TrackerEntry(date=TODAY, note="only a note")
    repo.save_entry(store, pid, changed, TODAY)
    assert repo.get_entry(store, pid, TODAY) == changed
    assert store.db["tracker_entries"].count == 1
    assert repo.saved_at(store, pid, TODAY) is not None


def test_an_emptied_day_is_no_entry(store, pid):
    repo.save_entry(store, pid, full_entry(), TODAY)
    assert repo.save_entry(store, pid, TrackerEntry(date=TODAY), TODAY) is None
    assert repo.get_entry(store, pid, TODAY) is None


def test_future_days_and_bad_scores_are_refused_and_nothing_is_written(store, pid):
    with pytest.raises(TrackerError, match="is in the future"):
        repo.save_entry(store, pid, full_entry(TODAY + dt.timedelta(days=1)), TODAY)
    with pytest.raises(TrackerError, match="Pain in the left shin must be a whole number"):
        repo.save_entry(store, pid, full_entry().with_pain("shin_left", 12), TODAY)
    assert store.db["tracker_entries"].count == 0


def test_range_and_delete(store, pid):
    for d in (1, 3, 4, 9):
        repo.save_entry(store, pid, TrackerEntry(date=dt.date(2026, 11, d), note=f"day {d}"), TODAY)
    got = repo.entries_between(store, pid, dt.date(2026, 11, 2), dt.date(2026, 11, 9))
    assert sorted(got) == [dt.date(2026, 11, 3), dt.date(2026, 11, 4), dt.date(2026, 11, 9)]
    assert got[dt.date(2026, 11, 4)].note == "day 4"
    assert repo.delete_entry(store, pid, dt.date(2026, 11, 4)) is True
    assert repo.delete_entry(store, pid, dt.date(2026, 11, 4)) is False
    assert [e.date.day for e in repo.all_entries(store, pid)] == [1, 3, 9]


def _result(i, ex_id, name, kind, status, done, unit):
    return ExerciseResult(index=i, exercise_id=ex_id, name=name, kind=kind, status=status, planned_units=None,
                          done_units=done, unit=unit, planned_sets=1, sets_done=1, planned_minutes=None,
                          minutes=done)


def _session(store, pid, slot, name, status, day=TODAY):
    return sessions.start_session(store, profile_id=pid, date=day, slot_index=slot, slot_name=name, week=2,
                                  program_id="upper-lumbar-4-week",
                                  planned=[{"id": "bridge", "name": "Bridges"}, {"id": "walking", "name": "Walking"}])


def test_exercises_come_from_the_days_sessions(store, pid):
    # Morning: a finished session with the summary the player writes.
    s1 = _session(store, pid, 0, "Morning", sessions.COMPLETED)
    sessions.finish_session(store, s1, sessions.COMPLETED, summary=summary_dict(Summary(
        exercises=(_result(0, "bridge", "Bridges", "reps", "done", 24, "reps"),
                   _result(1, "walking", "Walking", "duration", "done", 15.2, "minutes"),
                   _result(2, "wall-sit", "Wall sits", "hold", "skipped", 0, "holds")),
        total_seconds=1500, paused_seconds=0, checkins=(), completed=True)))
    # Evening: stopped, no summary; only its events tell what was done.
    s2 = _session(store, pid, 1, "Evening", sessions.STOPPED)
    sessions.append_event(store, s2, kind="exercise_start", exercise_id="bridge", data={"kind": "reps"})
    sessions.append_event(store, s2, kind="exercise_done", exercise_id="bridge", data={"done": 12, "partial": True})
    sessions.append_event(store, s2, kind="exercise_start", exercise_id="walking", data={"kind": "duration"})
    sessions.append_event(store, s2, kind="stop", exercise_id="walking", data={"reason": "sharp_pain"})
    sessions.finish_session(store, s2, sessions.STOPPED, stop_reason="sharp_pain")
    # Still running and another day: not counted.
    _session(store, pid, 0, "Morning", sessions.IN_PROGRESS)
    other = _session(store, pid, 0, "Morning", sessions.COMPLETED, day=TODAY - dt.timedelta(days=1))
    sessions.append_event(store, other, kind="exercise_done", exercise_id="bridge", data={"done": 12})
    sessions.finish_session(store, other, sessions.COMPLETED)

    got = repo.exercises_from_sessions(store, pid, TODAY)
    assert got == (
        ExerciseDone("Bridges", 2, "bridge", "morning: 24 reps; evening: 12 reps (stopped early)"),
        ExerciseDone("Walking", 1, "walking", "morning: 15 min"),
    )
    assert repo.exercises_from_sessions(store, pid, TODAY - dt.timedelta(days=2)) == ()


def test_outcome_scores_round_trip_one_per_week(store, pid):
    week = dt.date(2026, 11, 8)
    s = OutcomeScore(week, 6, (PsfsItem("Climbing stairs", 3), PsfsItem("Getting out of a car", 5)), "first")
    repo.save_outcome(store, pid, s, TODAY)
    assert repo.get_outcome(store, pid, week) == s
    assert repo.get_outcome(store, pid, week).psfs_mean == 4.0
    assert next(store.db.query("select psfs_mean from outcome_scores"))["psfs_mean"] == 4.0
    s2 = OutcomeScore(week, 4, (PsfsItem("Climbing stairs", 5), PsfsItem("Getting out of a car", 6),
                                PsfsItem("Sitting at work", 7)))
    repo.save_outcome(store, pid, s2, TODAY)
    repo.save_outcome(store, pid, OutcomeScore(dt.date(2026, 11, 1), 7, (PsfsItem("Climbing stairs", 2),)), TODAY)
    assert [o.week_start for o in repo.list_outcomes(store, pid)] == [dt.date(2026, 11, 1), week]
    assert repo.get_outcome(store, pid, week).psfs_mean == 6.0
    assert repo.latest_outcome_before(store, pid, week).psfs == (PsfsItem("Climbing stairs", 2),)
    with pytest.raises(TrackerError, match="has not begun yet"):
        repo.save_outcome(store, pid, OutcomeScore(dt.date(2026, 11, 15), 3), TODAY)
    assert repo.delete_outcome(store, pid, week) is True
    assert repo.get_outcome(store, pid, week) is None


def test_the_migration_keeps_old_diary_rows(tmp_path):
    import sqlite_utils

    from coach.store.migrations import load_all

    folder = tmp_path / "old"
    folder.mkdir()
    db = sqlite_utils.Database(folder / "coach.db")
    load_all().apply(db, stop_before="m002_tracker")  # a database from before the diary fields
    db["profiles"].insert({"id": 1, "name": "A", "affected_side": "left", "start_date": "2026-11-01",
                           "program_id": "x", "program_path": ""})
    db["tracker_entries"].insert({"profile_id": 1, "date": "2026-11-02", "note": "from before",
                                  "created_at": "x", "updated_at": "x"})
    db.close()
    s = Store.open(folder)
    try:
        assert "outcome_scores" in s.db.table_names()
        e = repo.get_entry(s, 1, dt.date(2026, 11, 2))
        assert e.note == "from before" and e.pain == {k: None for k in LOCATIONS}
        assert [b.path.name for b in s.backups()][0].endswith("before-migration.db")
    finally:
        s.close()


def test_the_overall_pain_never_asked_is_cleared_and_sessions_keep_pain_before_and_after(tmp_path):
    """Before migration 8 the diary stored the worst place as the day's overall pain without asking: those
    values go (the places' scores stay); sessions gain their pain before and after."""
    import sqlite_utils

    from coach.store.migrations import load_all

    folder = tmp_path / "old"
    folder.mkdir()
    db = sqlite_utils.Database(folder / "coach.db")
    load_all().apply(db, stop_before="m008_session_pain")
    db["profiles"].insert({"id": 1, "name": "A", "affected_side": "left", "start_date": "2026-11-01",
                           "program_id": "x", "program_path": ""})
    db["tracker_entries"].insert({"profile_id": 1, "date": "2026-11-02", "pain_thigh_left": 6, "overall_pain": 6,
                                  "created_at": "x", "updated_at": "x"})
    db["sessions"].insert({"id": 7, "profile_id": 1, "date": "2026-11-02", "slot_index": 0, "status": "completed"})
    db.close()
    s = Store.open(folder)
    try:
        e = repo.get_entry(s, 1, dt.date(2026, 11, 2))
        assert e.overall is None and e.pain["thigh_left"] == 6
        row = sessions.get_session(s, 7)
        assert (row.pain_before, row.pain_after) == (None, None)
        sessions.set_pain(s, 7, "before", 6)
        sessions.set_pain(s, 7, "after", 4)
        row = sessions.get_session(s, 7)
        assert (row.pain_before, row.pain_after) == (6, 4)
        with pytest.raises(ValueError, match="0 to 10"):
            sessions.set_pain(s, 7, "after", 11)
    finally:
        s.close()
