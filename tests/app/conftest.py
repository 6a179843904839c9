"""The application layer on a real store in a temporary folder, on a fixed clock (no Qt)."""

import datetime as dt

import pytest

from coach.app.state import App
from coach.core.clock import FixedClock
from coach.resources import default_program_path
from coach.store import profiles, sessions
from coach.store.db import Store

START = dt.date(2026, 11, 1)  # the profile's start: a Sunday, day 1 of week 1
DAY = dt.date(2026, 11, 3)  # the clock's day: week 1, day 3


@pytest.fixture
def clock():
    return FixedClock(dt.datetime.combine(DAY, dt.time(9, 0)), monotonic=1000.0)


@pytest.fixture
def store(tmp_path, clock):
    s = Store.open(tmp_path / "data", clock=clock)
    yield s
    s.close()


@pytest.fixture
def profile(store):
    return profiles.create_profile(store, name="Sam", affected_side="right", start_date=START,
                                   program_id="upper-lumbar-4-week", program_path=str(default_program_path()))


@pytest.fixture
def app(store, profile):
    return App.open(store)


@pytest.fixture
def record(store, profile):
    """Write a session of the profile as the player writes it: ``record(date, week, exercise ids, slot=,
    stop=(exercise id, reason))``; returns its id."""
    return lambda *a, **k: record_session(store, profile, *a, **k)


def record_session(store, profile, date, week, exercises, *, slot=0, stop=None):
    sid = sessions.start_session(store, profile_id=profile.id, date=date, slot_index=slot,
                                 slot_name=("Morning", "Evening")[slot], week=week, program_id="upper-lumbar-4-week",
                                 planned=[{"id": e, "level": 0.0} for e in exercises])
    for i, e in enumerate(exercises):
        sessions.append_event(store, sid, kind="exercise_start", exercise_index=i, exercise_id=e)
        if stop and stop[0] == e:
            sessions.append_event(store, sid, kind="stop", exercise_index=i, exercise_id=e, data={"reason": stop[1]})
            sessions.finish_session(store, sid, sessions.STOPPED, stop_reason=stop[1])
            return sid
        sessions.append_event(store, sid, kind="exercise_done", exercise_index=i, exercise_id=e)
        sessions.append_event(store, sid, kind="checkin", exercise_index=i, exercise_id=e, data={"answer": "fine"})
    sessions.finish_session(store, sid, sessions.COMPLETED)
    return sid
