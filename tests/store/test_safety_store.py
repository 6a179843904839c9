import datetime as dt

import pytest

from coach.core.program_read import load_program
from coach.core.tracker import TrackerEntry
from coach.resources import default_program_path
from coach.store import profiles, sessions
from coach.store import safety as ss
from coach.store import tracker as tracker_store
from coach.store.db import Store

START = dt.date(2026, 11, 2)


def day(n: int) -> dt.date:
    return START + dt.timedelta(days=n)


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "data")
    yield s
    s.close()


@pytest.fixture
def profile(store):
    return profiles.create_profile(store, name="Ana", affected_side="left", start_date=START,
                                   program_id="upper-lumbar-4-week", program_path=str(default_program_path()))


@pytest.fixture(scope="module")
def program():
    return load_program(default_program_path())


def run_session(store, profile, date, week, exercises, *, slot=0, stop=None, checkins=None, partial=(),
                levels=None):
    """Record a session as the player would: events, then its end. ``stop`` = (exercise id, reason)."""
    levels = levels or {}
    planned = [{"id": e, "name": e, "level": levels.get(e, 0.0)} for e in exercises]
    sid = sessions.start_session(store, profile_id=profile.id, date=date, slot_index=slot, slot_name="Morning",
                                 week=week, program_id="upper-lumbar-4-week", planned=planned)
    checkins = checkins or {}
    for i, e in enumerate(exercises):
        sessions.append_event(store, sid, kind="exercise_start", exercise_index=i, exercise_id=e, data={})
        if stop and stop[0] == e:  # the Stop button during this exercise
            sessions.append_event(store, sid, kind="stop", exercise_index=i, exercise_id=e,
                                  data={"reason": stop[1]})
            sessions.finish_session(store, sid, sessions.STOPPED, stop_reason=stop[1])
            return sid
        sessions.append_event(store, sid, kind="exercise_done", exercise_index=i, exercise_id=e,
                              data={"partial": e in partial})
        answer = checkins.get(e, "fine")
        sessions.append_event(store, sid, kind="checkin", exercise_index=i, exercise_id=e, data={"answer": answer})
        if answer in ("sharp_pain", "weakness", "spreading"):
            sessions.append_event(store, sid, kind="stop", exercise_index=i, exercise_id=e, data={"reason": answer})
            sessions.finish_session(store, sid, sessions.STOPPED, stop_reason=answer)
            return sid
    sessions.finish_session(store, sid, sessions.COMPLETED)
    return sid


def test_migration_creates_the_safety_tables(store):
    names = set(store.db.table_names())
    assert {"warning_answers", "progression_choices", "dose_levels", "paused_exercises", "safety_state",
            "clinician_visits", "day_overrides"} <= names
    cols = {c.name for c in store.db["warning_answers"].columns}
    assert {"profile_id", "date", "answered_at", "source", "answers_json", "outcome", "acknowledged_at",
            "assessed_confirmed_at"} <= cols


# ----------------------------------------------------------------- warning signs
def test_warning_answers_round_trip_and_blocking(store, profile):
    assert ss.exercise_block(store, profile.id) is None
    out = ss.record_warning_answers(store, profile.id, day(0), {"bladder_bowel": True, "falls": False}, "first_run")
    assert out.level == "emergency"
    [rec] = ss.warning_history(store, profile.id)
    assert (rec.date, rec.source, rec.answers) == (day(0), "first_run", {"bladder_bowel": True, "falls": False})
    assert rec.outcome.level == "emergency" and rec.answered_at
    block = ss.exercise_block(store, profile.id)
    assert block.startswith("Exercises are blocked: you reported new bladder or bowel problems (since Monday 2 "
                            "November). Seek emergency care now")
    # reading it is not enough for an emergency
    ss.acknowledge_warning(store, profile.id)
    assert ss.exercise_block(store, profile.id).startswith("Exercises are blocked")
    # a visit before the day it was reported does not end it; one on that day does
    ss.record_visit(store, profile.id, day(-1))
    assert ss.exercise_block(store, profile.id) is not None
    ss.record_visit(store, profile.id, day(0), "clinician", "seen in clinic")
    assert ss.exercise_block(store, profile.id) is None
    assert ss.warning_history(store, profile.id)[0].assessed_confirmed_at
    assert [(v.seen_on, v.by, v.note) for v in ss.visits(store, profile.id)] == [
        (day(-1), "patient", ""), (day(0), "clinician", "seen in clinic")]


def test_see_doctor_promptly_pauses_until_read(store, profile):
    ss.record_warning_answers(store, profile.id, day(3), {"both_legs": True}, "tracker")
    assert ss.exercise_block(store, profile.id).startswith("Exercises are paused: you reported symptoms in both "
                                                           "legs (since Thursday 5 November)")
    # a clear answer on a later day does not lift the pause by itself
    ss.record_warning_answers(store, profile.id, day(4), {"both_legs": False}, "tracker")
    assert ss.exercise_block(store, profile.id) is not None
    assert ss.acknowledge_warning(store, profile.id) == 1
    assert ss.exercise_block(store, profile.id) is None


def test_corrections_never_remove_a_sign_and_repeats_are_not_stored_twice(store, profile):
    ss.record_warning_answers(store, profile.id, day(1), {"saddle_numbness": True}, "tracker")
    ss.record_warning_answers(store, profile.id, day(1), {"saddle_numbness": True}, "tracker")
    assert len(ss.warning_history(store, profile.id)) == 1
    out = ss.record_warning_answers(store, profile.id, day(1), {"saddle_numbness": False}, "tracker")
    assert out.level == "clear"
    # the sign stays on record, and exercise stays blocked: answering again cannot clear it
    assert [r.outcome.level for r in ss.warning_history(store, profile.id)] == ["emergency", "clear"]
    assert ss.exercise_block(store, profile.id).startswith("Exercises are blocked")
    # a clear set corrected the same day is replaced (kept, marked as replaced)
    ss.record_warning_answers(store, profile.id, day(2), {"fever": False}, "tracker")
    ss.record_warning_answers(store, profile.id, day(2), {"fever": True}, "tracker")
    assert store.db.execute("select count(*) from warning_answers where superseded_at is not null").fetchone()[0] == 1
    with pytest.raises(ValueError, match="unknown source"):
        ss.record_warning_answers(store, profile.id, day(1), {}, "phone")


def test_a_stop_for_weakness_records_the_warning_sign(store, profile, program):
    run_session(store, profile, day(14), 3, ["step-up"], stop=("step-up", "weakness"))
    ss.catch_up(store, profile.id, program)
    [rec] = ss.warning_history(store, profile.id)
    assert (rec.date, rec.source, rec.answers) == (day(14), "stop", {"exercise_weakness": True})
    h = ss.warning_holds(store, profile.id)
    assert h.unread and h.withholds("wall-sit", "Wall sits") and not h.withholds("bridge", "Bridges")
    ss.catch_up(store, profile.id, program)
    assert len(ss.warning_history(store, profile.id)) == 1  # recorded once
    run_session(store, profile, day(15), 3, ["bridge"], checkins={"bridge": "weakness"})
    ss.catch_up(store, profile.id, program)
    assert len(ss.warning_history(store, profile.id)) == 2  # a check-in for weakness records it too


# ------------------------------------------------------------------ records
def test_session_and_day_records_from_stored_data(store, profile):
    run_session(store, profile, day(0), 1, ["knee-to-chest", "walking"], checkins={"walking": "tingling"})
    run_session(store, profile, day(1), 1, ["knee-to-chest", "walking"], checkins={"knee-to-chest": "weakness"})
    run_session(store, profile, day(2), 1, ["knee-to-chest"], stop=("knee-to-chest", "unwell"))
    tracker_store.save_entry(store, profile.id, TrackerEntry(day(0)).with_pain("thigh_left", 6).with_pain(
        "back_left", 3), today=day(5))
    tracker_store.save_entry(store, profile.id, TrackerEntry(day(2), weakness=("stairs",)), today=day(5))
    recs = ss.session_records(store, profile.id)
    assert [r.status for r in recs] == ["completed", "stopped", "stopped"]
    assert recs[0].done == ("knee-to-chest", "walking") and recs[0].checkins["walking"] == "tingling"
    assert recs[1].stops == (("knee-to-chest", "weakness"),)
    assert recs[2].stops == (("knee-to-chest", "unwell"),) and recs[2].done == ()
    days = {d.date: d for d in ss.day_records(store, profile.id)}
    assert days[day(0)].pain == 6 and days[day(0)].weakness is False  # the worst place that day
    assert days[day(1)].weakness is True and days[day(1)].pain is None  # weakness from the check-in
    assert days[day(2)].weakness is True


# ------------------------------------------------------------- levels, pauses
def test_catch_up_steps_range_doses_and_stores_them(store, profile, program):
    for i in range(2):
        run_session(store, profile, day(14 + i), 3, ["wall-sit", "step-up"])
    changes = ss.catch_up(store, profile.id, program)
    assert [(c.exercise_id, c.after) for c in changes] == [("wall-sit", 0.25)]
    assert ss.dose_levels(store, profile.id, 3) == {"wall-sit": 0.25}
    assert ss.catch_up(store, profile.id, program) == []  # nothing new: nothing changes
    # survives reopening the store
    path = store.data_dir
    store.close()
    again = Store.open(path)
    try:
        assert ss.dose_levels(again, profile.id, 3)["wall-sit"] == 0.25
        levels, paused = ss.plan_adjustments(again, profile, program, 3)
        assert levels["wall-sit"] == 0.25 and paused == frozenset()
    finally:
        again.close()


def test_repeated_stops_pause_until_re_enabled(store, profile, program):
    run_session(store, profile, day(14), 3, ["wall-sit"], checkins={"wall-sit": "sharp_pain"})
    run_session(store, profile, day(15), 3, ["wall-sit"], stop=("wall-sit", "weakness"))
    ss.catch_up(store, profile.id, program)
    [p] = ss.paused_exercises(store, profile.id)
    assert p.exercise_id == "wall-sit" and p.reason == "repeated_stops"
    assert p.detail["dates"] == [day(14).isoformat(), day(15).isoformat()]
    _, paused = ss.plan_adjustments(store, profile, program, 3)
    assert paused == {"wall-sit"}
    assert ss.re_enable_exercise(store, profile.id, "wall-sit")
    assert ss.paused_exercises(store, profile.id) == []
    # a new session does not pause it again on the old stops
    run_session(store, profile, day(16), 3, ["wall-sit"])
    ss.catch_up(store, profile.id, program)
    assert ss.paused_exercises(store, profile.id) == []
    # two new symptom stops do
    run_session(store, profile, day(17), 3, ["wall-sit"], stop=("wall-sit", "sharp_pain"))
    run_session(store, profile, day(18), 3, ["wall-sit"], stop=("wall-sit", "sharp_pain"))
    ss.catch_up(store, profile.id, program)
    assert [p.exercise_id for p in ss.paused_exercises(store, profile.id)] == ["wall-sit"]


# --------------------------------------------------------------- week choices
def test_week_choice_round_trip_and_effective_week(store, profile, program):
    assert ss.effective_week(store, profile, 4, day(7)) == 1  # never by the calendar
    run_session(store, profile, day(3), 1, ["knee-to-chest"], checkins={"knee-to-chest": "sharp_pain"})
    assert ss.due_review(store, profile, program, day(6)) is None  # day 7: not seven whole days yet
    review = ss.due_review(store, profile, program, day(7))
    assert review is not None and review.from_week == 1 and not review.tolerated
    with pytest.raises(ValueError, match="not one of the choices"):
        ss.record_week_choice(store, profile.id, review, "advance", day(7))  # not offered: not tolerated
    choice = ss.record_week_choice(store, profile.id, review, "stay", day(7))
    assert (choice.applies_from, choice.effective_week) == (day(7), 1)
    [stored] = ss.week_choices(store, profile.id)
    assert (stored.choice, stored.from_week, stored.effective_week, stored.applies_from, stored.by) == (
        "stay", 1, 1, day(7), "patient")
    assert ss.due_review(store, profile, program, day(8)) is None  # a new week on week 1 from day 8
    set_ = ss.set_week(store, profile.id, 1, 3, day(9), "assessed: ready for strength work")
    assert (set_.choice, set_.by, set_.note) == ("set", "clinician", "assessed: ready for strength work")
    assert ss.effective_week(store, profile, 4, day(9)) == 3 and ss.effective_week(store, profile, 4, day(8)) == 1


def test_the_migration_keeps_the_week_of_the_latest_session_and_dates_earlier_assessments():
    import sqlite_utils

    from coach.store.migrations import (
        m001_initial,
        m002_tracker,
        m003_safety,
        m004_recoveries,
        m005_care,
        m007_safety_holds,
    )

    db = sqlite_utils.Database(memory=True)
    for m in (m001_initial.m001_initial, m002_tracker.m002_tracker, m003_safety.m003_safety,
              m004_recoveries.m004_recoveries, m005_care.m005_care):
        m(db)
    db["profiles"].insert({"id": 1, "name": "Old", "start_date": START.isoformat()})
    for i, (d, week) in enumerate(((day(3), 1), (day(16), 3)), 1):
        db["sessions"].insert({"id": i, "profile_id": 1, "date": d.isoformat(), "week": week, "status": "completed",
                               "started_at": f"{d.isoformat()}T08:00:00+00:00"})
    db["warning_answers"].insert({"profile_id": 1, "date": day(2).isoformat(), "answers_json": "{}",
                                  "outcome": "emergency", "assessed_confirmed_at": "2026-11-05T10:00:00+00:00"})
    m007_safety_holds.m007_safety_holds(db)
    [c] = list(db.query("select * from progression_choices"))
    assert (c["choice"], c["effective_week"], c["applies_from"], c["by"]) == ("carried", 3, day(16).isoformat(),
                                                                              "patient")
    [v] = list(db.query("select * from clinician_visits"))
    assert (v["profile_id"], v["seen_on"]) == (1, "2026-11-05")


# ------------------------------------------------------------ notes and alerts
def test_trend_alerts_read_the_diary(store, profile, program):
    run_session(store, profile, day(0), 1, ["walking"])
    for i in range(7):
        tracker_store.save_entry(store, profile.id, TrackerEntry(day(i)).with_pain("back_left", 6), today=day(40))
        tracker_store.save_entry(store, profile.id, TrackerEntry(day(24 + i)).with_pain("back_left", 5),
                                 today=day(40))
    alerts = ss.trend_alerts(store, profile, program, day(30))
    assert [a.kind for a in alerts] == ["pain_not_improving"]
    assert alerts[0].data["first_average"] == 6 and alerts[0].data["last_average"] == 5
    assert ss.trend_alerts(store, profile, program, day(27)) == []
