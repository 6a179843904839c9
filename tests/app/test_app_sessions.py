"""What can start and why not, opening, recording and closing sessions: the use cases without a window."""

import datetime as dt

import pytest

from coach.app import safety, sessions
from coach.app.changes import NOTHING
from coach.app.state import App
from coach.core import safety as rules
from coach.core.session import SessionEngine, State
from coach.store import safety as safety_store
from coach.store import session_log
from coach.store import sessions as session_store
from coach.store.db import StoreError

START = dt.date(2026, 11, 1)  # the profile's start (conftest): day 1 of week 1
DAY = dt.date(2026, 11, 3)  # the clock's day (conftest): week 1, day 3


def day(n: int) -> dt.date:
    """Day ``n`` of the program."""
    return START + dt.timedelta(days=n - 1)



def started(app, slot=0):
    """Open today's slot, start recording it and run its engine on the app's clock."""
    opening = sessions.open_slot(app, slot)
    assert opening.refused is None and opening.plan is not None
    rec = sessions.start(app, opening.plan).value
    engine = SessionEngine(opening.plan.items, app.clock, on_event=lambda ev: None if ev.is_cue else rec.record(ev))
    engine.start()
    return opening.plan, rec, engine


def kinds(app, session_id):
    return [e["kind"] for e in session_store.events(app.store, session_id)]


# ================================================================ what can start
def test_today_can_start_both_slots_with_the_walk_on_its_own(app):
    options = sessions.what_can_start(app)
    assert [s.name for s in options.slots] == ["Morning", "Evening"]
    assert options.block is None and options.status == {} and options.next_slot == 0
    assert options.walk is not None and options.walk.exercise.id == "walking"
    assert (options.walk.allowed, options.walk.done, options.walk.left) == (1, 0, 1)


def test_an_open_emergency_blocks_every_start_and_says_why(app, store, profile):
    safety_store.record_warning_answers(store, profile.id, DAY, {"bladder_bowel": True}, "tracker")
    block = sessions.what_can_start(app).block
    assert block is not None and block.level == rules.EMERGENCY
    assert block.short == rules.BLOCKED_SHORT
    assert block.text.startswith("Exercises are blocked: you reported new bladder or bowel problems (since Tuesday 3 "
                                 "November)")
    for opening in (sessions.open_slot(app, 0), sessions.open_walk(app)):
        assert opening.plan is None and opening.refused == block.text
    assert session_store.sessions_on(store, profile.id, DAY) == []  # nothing was started


def test_confirming_an_assessment_lifts_the_block(app, store, profile):
    safety_store.record_warning_answers(store, profile.id, DAY, {"saddle_numbness": True}, "today")
    safety.acknowledge(app)
    assert sessions.what_can_start(app).block is not None  # reading is not enough
    changes = safety.confirm_assessed(app)
    assert changes.safety and sessions.what_can_start(app).block is None
    assert sessions.open_slot(app, 0).plan is not None


def test_a_completed_slot_moves_the_next_one_up(app, store, profile, record):
    record(DAY, 1, ["knee-to-chest"], slot=0)
    options = sessions.what_can_start(app)
    assert options.status == {0: sessions.COMPLETED} and options.next_slot == 1
    record(DAY, 1, ["knee-to-chest"], slot=1)
    assert sessions.what_can_start(app).next_slot is None
    assert sessions.slot_done(app, 1, DAY) and not sessions.slot_done(app, 1, day(2))


# ===================================================================== recording
def test_a_session_is_recorded_as_it_happens_and_its_end_folds_into_safety(app, store, profile, clock):
    plan, rec, engine = started(app)
    assert (plan.slot_name, plan.week, plan.items[0].id) == ("Morning", 1, "knee-to-chest")
    engine.tap()  # start the first exercise
    clock.advance(10)
    engine.advance()
    engine.stop("sharp_pain")
    assert engine.finished
    changes = rec.finish(engine.summary())
    assert changes.sessions and rec.finished
    row = session_store.get_session(store, rec.session_id)
    assert (row.status, row.stop_reason) == ("stopped", "sharp_pain")
    assert kinds(app, rec.session_id)[-1] == "stop"
    # stop means stop: nothing more today, and Today, the tray and the player get the same answer
    block = sessions.what_can_start(app).block
    assert block.kind == "day" and block.until == day(4)
    assert sessions.open_slot(app, 1).refused == block.text
    assert "You can start again tomorrow, Wednesday 4 November" in block.text
    # the next day the exercise is left out (it has no easier dose), and the session says so before it starts
    clock.set(clock.now() + dt.timedelta(days=1))
    plan = sessions.open_slot(app, 0).plan
    assert "knee-to-chest" not in [pe.id for pe in plan.items]
    assert plan.note.startswith("Knee to chest: Left out today after Tuesday's stop (sharp pain)")


def test_a_failed_write_keeps_the_events_in_order_until_a_retry(app, monkeypatch, clock):
    _plan, rec, engine = started(app)
    saved = []
    rec.on_saved = lambda seq, kind: saved.append(kind)
    real = session_store.append_event

    def full(*_a, **_k):
        raise StoreError("The disk is full, so the last change could not be saved.")

    monkeypatch.setattr(session_store, "append_event", full)
    engine.tap()
    clock.advance(30)
    engine.advance()
    engine.pause()
    assert rec.problem.startswith("The disk is full") and len(rec.unsaved) >= 2
    waiting = [ev.kind for ev in rec.unsaved]
    assert waiting[-1] == "pause"
    assert not rec.retry()  # still full: nothing written, nothing lost
    assert [ev.kind for ev in rec.unsaved] == waiting
    with pytest.raises(ValueError):
        rec.finish(engine.summary())  # the end waits for the events before it
    monkeypatch.setattr(session_store, "append_event", real)
    assert rec.retry() and rec.problem is None and rec.unsaved == []
    assert saved == waiting and kinds(app, rec.session_id)[-len(waiting):] == waiting


def test_a_failed_end_is_said_and_can_be_written_again(app, monkeypatch):
    _plan, rec, engine = started(app)
    engine.stop("user")
    real = session_store.finish_session

    def full(*_a, **_k):
        raise StoreError("The disk is full.")

    monkeypatch.setattr(session_store, "finish_session", full)
    with pytest.raises(StoreError):
        rec.finish(engine.summary())
    assert rec.problem == "The disk is full." and not rec.finished
    monkeypatch.setattr(session_store, "finish_session", real)
    assert rec.finish(engine.summary()).sessions and rec.finished


# =================================================================== interrupted
def interrupt(app, clock):
    """A session killed part-way: its events are stored, its end is not."""
    _plan, rec, engine = started(app)
    engine.tap()
    clock.advance(25)
    engine.advance()
    return rec.session_id


def test_closing_an_interrupted_session_keeps_its_events(app, store, clock):
    sid = interrupt(app, clock)
    recorded = kinds(app, sid)
    after_restart = App.open(store)
    [it] = sessions.interrupted(after_restart)
    assert it.session_id == sid and it.resume.position.exercise_index == 0
    changes = sessions.close(after_restart, it)
    assert changes.sessions
    assert session_store.get_session(store, sid).status == "closed"
    assert kinds(app, sid) == recorded
    assert sessions.interrupted(after_restart) == []


def test_starting_a_slot_afresh_closes_its_interrupted_session(app, store, clock):
    sid = interrupt(app, clock)
    recorded = kinds(app, sid)
    _plan, rec, _engine = started(App.open(store))
    assert rec.session_id != sid
    assert session_store.get_session(store, sid).status == "closed" and kinds(app, sid) == recorded


def test_resuming_continues_the_same_session(app, store, clock):
    sid = interrupt(app, clock)
    again = App.open(store)
    opening = sessions.open_resume(again, sid)
    assert opening.plan.interrupted.session_id == sid and opening.changes == NOTHING
    rec = sessions.start(again, opening.plan).value
    assert rec.session_id == sid
    engine = SessionEngine.resumed(opening.plan.items, again.clock, opening.plan.interrupted.resume,
                                   on_event=lambda ev: None if ev.is_cue else rec.record(ev))
    engine.start()
    assert engine.snapshot().state in (State.INTRO, State.ACTIVE)
    assert len(session_store.interrupted_sessions(store, again.profile.id)) == 1


def test_a_session_whose_end_was_recorded_is_finished_on_open(app, store, profile):
    sid = session_store.start_session(store, profile_id=profile.id, date=DAY, slot_index=0, slot_name="Morning",
                                      week=1, program_id="upper-lumbar-4-week",
                                      planned=[{"id": "knee-to-chest", "name": "Knee to chest"}])
    session_store.append_event(store, sid, kind="exercise_start", exercise_index=0, exercise_id="knee-to-chest")
    session_store.append_event(store, sid, kind="stop", exercise_index=0, exercise_id="knee-to-chest",
                               data={"reason": "weakness"})
    # killed before the status was written: resuming it finishes it instead
    opening = sessions.open_resume(app, sid)
    assert opening.plan is None and opening.changes.sessions
    assert session_store.get_session(store, sid).status == "stopped"
    # and on the next open, any such session is finished before anything is shown
    sid2 = session_store.start_session(store, profile_id=profile.id, date=DAY, slot_index=1, slot_name="Evening",
                                       week=1, program_id="upper-lumbar-4-week", planned=[{"id": "walking"}])
    session_store.append_event(store, sid2, kind="session_done", data={})
    App.open(store)
    assert session_store.get_session(store, sid2).status in ("completed", "stopped")
    assert session_log.interrupted(store, profile.id, None) == []
