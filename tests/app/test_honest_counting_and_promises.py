"""Honest counting (a walk ended early is partial in the summary, the diary, Progress and the week's review) and
stop promises that match what happens next (every exercise of the program, every reason that eases)."""

import datetime as dt

import pytest

from coach.app import safety, sessions
from coach.app.state import App
from coach.core import progression as prog
from coach.core.session import SessionEngine
from coach.store import history
from coach.store import safety as safety_store
from coach.store import sessions as session_store
from coach.store import tracker as tracker_store

START = dt.date(2026, 11, 1)  # the profile's start (conftest)
DAY = dt.date(2026, 11, 3)  # the clock's day (conftest)


def test_a_walk_ended_after_20_seconds_is_partial_everywhere(app, store, profile, clock):
    # the evening session of week 1: knee to chest, glide, walking, hip flexor stretch; run only the walk
    opening = sessions.open_slot(app, 1)
    walk = next(pe for pe in opening.plan.items if pe.id == "walking")
    plan = sessions.SessionPlan((walk,), 1, "Evening", 1)
    rec = sessions.start(app, plan).value
    engine = SessionEngine(plan.items, app.clock, on_event=lambda ev: None if ev.is_cue else rec.record(ev))
    engine.start()
    engine.tap()
    clock.advance(20)
    assert engine.finish()  # ended after 20 s of 5 minutes
    engine.check_in("fine")
    summary = engine.summary()
    assert summary.completed and summary.exercises[0].partial
    rec.finish(summary)
    # the diary
    [done] = tracker_store.exercises_from_sessions(store, profile.id, DAY)
    assert done.exercise_id == "walking" and "(stopped early)" in done.detail
    # Progress: done in part, not done
    data = history.load_progress(store, profile, app.program, DAY)
    day = next(d for d in data.adherence.days if d.date == DAY)
    assert (day.done, day.partial) == (0, 1) and "1 done in part" in data.adherence.text
    # the safety records and the week's review
    [r] = safety_store.session_records(store, profile.id)
    assert r.status == "completed" and not r.full and "walking" not in r.done


@pytest.mark.parametrize("reason", ["sharp_pain", "weakness", "spreading"])
def test_the_stop_screens_promise_is_what_the_next_day_plan_does(store, profile, clock, reason):
    """For every exercise of every week, at the low end and above it: the promise names the dose (or says it is
    left out), and the next day's plan has exactly that."""
    program = App.open(store).program
    n = 0
    for week in program.weeks:
        for ex in week.exercises:
            for level in ((0.0, 0.5) if prog.has_range(ex) else (0.0,)):
                n += 1
                stop_day = START + dt.timedelta(days=2 * n)
                clock.set(dt.datetime.combine(stop_day, dt.time(9, 0), tzinfo=dt.UTC))
                safety_store.set_week(store, profile.id, 1, week.number, stop_day, "test")
                app = App.open(store)
                item = next(pe for s in app.today_slots() for pe in s.exercises if pe.id == ex.id)
                item = prog.plan_exercise(ex, app.side, level) if level else item
                sid = session_store.start_session(
                    store, profile_id=profile.id, date=stop_day, slot_index=0, slot_name="Morning", week=week.number,
                    program_id=program.id, planned=[{"id": ex.id, "name": ex.name, "level": level}])
                session_store.append_event(store, sid, kind="exercise_start", exercise_index=0, exercise_id=ex.id)
                session_store.append_event(store, sid, kind="stop", exercise_index=0, exercise_id=ex.id,
                                           data={"reason": reason})
                session_store.finish_session(store, sid, session_store.STOPPED, stop_reason=reason)
                safety.catch_up(app)  # as the player does when the session ends, before the stop screen shows
                promise = safety.stop_promise(app, item, reason, week.number)
                clock.set(dt.datetime.combine(stop_day + dt.timedelta(days=1), dt.time(9, 0), tzinfo=dt.UTC))
                app = App.open(store)
                if app.safety_problem is None and safety.block(app) is not None:
                    # a stop for weakness records the warning sign: its advice is read first
                    safety.acknowledge(app)
                slots = app.today_slots()
                planned = {pe.id: pe for s in slots for pe in s.exercises}
                left = {lo.id: lo.reason for s in slots for lo in s.left_out}
                assert promise.startswith("Next time"), (ex.id, promise)
                if "is paused" in promise:  # the second stop in a short time: paused until re-enabled
                    assert ex.id not in planned and ex.id not in left
                    assert ex.id in {p.exercise_id for p in safety_store.paused_exercises(store, profile.id)}
                elif ex.id in planned:
                    assert f"eased to {planned[ex.id].planned_text()}" in promise, (ex.id, level, promise)
                    assert planned[ex.id].eased.startswith("eased after")
                else:
                    assert ex.id in left, (ex.id, promise)
                    assert "left out" in promise, (ex.id, promise)
                # the next day it came up: over (a clinician sees the person, so nothing else holds it)
                safety.confirm_seen(app, app.today()) if safety.holds(app) else None
                for pid in [p.exercise_id for p in safety_store.paused_exercises(store, profile.id)]:
                    safety_store.re_enable_exercise(store, profile.id, pid)
                session_store.finish_session(store, session_store.start_session(
                    store, profile_id=profile.id, date=app.today(), slot_index=0, slot_name="Morning",
                    week=week.number, program_id=program.id, planned=[{"id": ex.id, "name": ex.name}]),
                    session_store.COMPLETED)
    assert n >= 16
