"""Weeks of history made the way the app makes it: every session run by the real session engine.

Each planned session of each day is run through ``SessionEngine`` on a fixed
clock, with every engine event persisted by ``SessionLog`` as the player does;
the day's plan comes from the stored week choices, dose levels and pauses
(``coach.store.safety``); the diary, the weekly scores and the warning-sign
answers are saved through the store as the screens save them. Sessions take
one of a few courses: done in full, an exercise ended early, one skipped, a
sharp-pain check-in, the Stop button, or interrupted (closed the next time, as
Today offers). No session starts after a symptom stop that day, nor while a
warning sign holds exercises back. Reproducible from ``seed``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

from sample_history import sample_entry

from coach.core.clock import FixedClock
from coach.core.plan import day_plan
from coach.core.profile import Profile
from coach.core.program import Program
from coach.core.safety import SYMPTOM_STOPS
from coach.core.session import SessionEngine, State
from coach.core.tracker import OutcomeScore, PsfsItem
from coach.store import safety, session_log
from coach.store import tracker as tracker_store
from coach.store.db import Store

CLEAR = {"bladder_bowel": False, "saddle_numbness": False, "weakness": False, "falls": False,
         "fever_weight": False, "severe_pain": False, "both_legs": False}


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=dt.UTC)


def _run_exercise(eng: SessionEngine, clock: FixedClock, partial: bool) -> None:
    eng.start()  # intro -> active
    for _ in range(20000):
        if eng.state != State.ACTIVE:
            return
        snap = eng.snapshot()
        if partial and snap.phase in ("hold", "tap", "move") and snap.rep >= 2:
            eng.finish()
            return
        if snap.phase == "tap":
            clock.advance(2.5)
            eng.tap()
        elif snap.phase == "practice":
            clock.advance(90)
            eng.finish("went well")
        elif snap.phase == "walk":
            clock.advance((snap.target or 300) + 1)
            eng.advance()
            if eng.state == State.ACTIVE:
                eng.finish()
        else:
            clock.advance(min(snap.phase_left or 1.0, 30.0) + 0.01)
            eng.advance()
    raise AssertionError("the exercise did not end")


def run_session(store: Store, clock: FixedClock, profile: Profile, program: Program, day: dt.date, slot,
                week: int, course: str, rng: random.Random) -> str:
    """Run one slot's session through the engine; returns the stored status (or "in_progress")."""
    items = slot.exercises
    log = session_log.SessionLog.start(store, profile_id=profile.id, date=day, slot_index=slot.index,
                                       slot_name=slot.name, week=week, program_id=program.id, items=items)
    eng = SessionEngine(items, clock, on_event=lambda ev: None if ev.is_cue else log.record(ev))
    eng.start()
    k = rng.randrange(len(items))
    for i, item in enumerate(items):
        if course == "skip" and i == k:
            eng.skip()
            continue
        if course in ("stop", "interrupt") and i == k:
            eng.start()
            clock.advance(12)
            eng.advance()
            if course == "interrupt":
                return "in_progress"  # the process "died": nothing more is recorded
            eng.stop(rng.choice(("unwell", "other")), "felt light-headed" if rng.random() < 0.5 else None)
            break
        _run_exercise(eng, clock, partial=course == "partial" and i == k and item.kind in ("hold", "reps"))
        if eng.state != State.CHECKIN:
            raise AssertionError(f"expected a check-in after {item.id}, the engine is {eng.state}")
        if course == "checkin_stop" and i == k:
            answer = "sharp_pain"
        elif item.exercise.nerve_glide and rng.random() < 0.3:
            answer = "tingling"
        else:
            answer = "fine"
        eng.check_in(answer)
        clock.advance(20)
        if eng.state == State.STOPPED:
            break
    return log.finish(eng.summary())


def _course(rng: random.Random) -> str:
    r = rng.random()
    for name, p in (("full", 0.70), ("partial", 0.08), ("skip", 0.07), ("checkin_stop", 0.05), ("stop", 0.05),
                    ("interrupt", 0.05)):
        if r < p:
            return name
        r -= p
    return "full"


def build(store: Store, clock: FixedClock, profile: Profile, program: Program, days: int = 60,
          seed: int = 7) -> dict[str, int]:
    """Fill ``days`` days from the profile's start; returns counts of what happened (for the tests to read).

    The last session of the last day is left interrupted (still in progress), and a warning sign
    answered that evening is left open.
    """
    # thousands of one-event commits: without a flush to disk for each one (the app keeps FULL; what is
    # tested here is what was written, not that it survives a power cut) the history builds several times faster
    store.db.execute("PRAGMA synchronous=OFF")
    try:
        return _build(store, clock, profile, program, days, seed)
    finally:
        store.db.execute("PRAGMA synchronous=FULL")


def _build(store: Store, clock: FixedClock, profile: Profile, program: Program, days: int, seed: int) -> dict[str, int]:
    rng = random.Random(seed)
    side = profile.affected_side if profile.affected_side in ("left", "right") else "right"
    counts = {"sessions": 0, "interrupted": 0, "blocked_days": 0}
    for i in range(days):
        day = profile.start_date + dt.timedelta(days=i)
        clock.set(_at(day, 7, 30))
        for it in session_log.interrupted(store, profile.id, program):
            session_log.close(store, it)  # Today offers to close what an earlier day left unfinished
        review = safety.due_review(store, profile, program, day)
        if review is not None:
            safety.record_week_choice(store, profile.id, review, review.recommended or review.options[0].choice, day)
        week = safety.effective_week(store, profile, program.week_count, day)
        stopped_today = False
        for slot_no in range(program.sessions_per_day):
            clock.set(_at(day, 8 + 10 * slot_no))
            last = i == days - 1 and slot_no == program.sessions_per_day - 1
            if stopped_today or (rng.random() < 0.08 and not last):
                continue
            if safety.exercise_block(store, profile.id):
                counts["blocked_days"] += 1
                continue
            levels, paused = safety.plan_adjustments(store, profile, program, week)
            slots = day_plan(program, week, profile.affected_side, levels, paused)
            slot = next((s for s in slots if s.index == slot_no), None)
            if slot is None:
                continue
            course = _course(rng)
            if last:
                course = "interrupt"
            status = run_session(store, clock, profile, program, day, slot, week, course, rng)
            counts["sessions"] += 1
            if status == "in_progress":
                counts["interrupted"] += 1
            row = store.db.execute("select stop_reason from sessions where profile_id = ? order by id desc limit 1",
                                   [profile.id]).fetchone()
            stopped_today = status == "stopped" and row[0] in SYMPTOM_STOPS
        # the evening: the diary (with the day's exercises filled in from the sessions), answers, scores
        clock.set(_at(day, 21))
        entry = sample_entry(day, i / max(1, days - 1), rng, side)
        if i % 5 == 1:
            entry = dataclasses.replace(entry, numbness_locations=(f"shin_{side}",), numbness_strength=rng.randint(2, 5))
        elif i % 11 == 4:
            entry = dataclasses.replace(entry, numbness_where="outer side of the foot", numbness_strength=None)
        if i % 9 == 2:
            entry = dataclasses.replace(entry, weakness=("stairs", "other"), weakness_other="getting out of the car")
        entry = dataclasses.replace(entry, exercises=tracker_store.exercises_from_sessions(store, profile.id, day))
        if rng.random() < 0.93:
            tracker_store.save_entry(store, profile.id, entry, today=day)
        if i % 7 == 3:
            safety.record_warning_answers(store, profile.id, day, CLEAR, "tracker")
        if i == 10:  # answered, then corrected the same evening: the first answers are superseded
            safety.record_warning_answers(store, profile.id, day, {**CLEAR, "both_legs": True}, "tracker")
            clock.advance(60)
            safety.record_warning_answers(store, profile.id, day, CLEAR, "tracker")
            safety.acknowledge_warning(store, profile.id)  # the sign stays on record: its advice is read
        if i == 24:
            safety.record_warning_answers(store, profile.id, day, {**CLEAR, "weakness": True}, "tracker")
        if i == 25:
            safety.acknowledge_warning(store, profile.id)
        if i == 40:
            safety.record_warning_answers(store, profile.id, day, {**CLEAR, "bladder_bowel": True}, "tracker")
        if i == 42:
            safety.confirm_assessed(store, profile.id)
        if i == days - 1:  # still open when the history ends
            safety.record_warning_answers(store, profile.id, day, {**CLEAR, "falls": True}, "tracker")
        if i % 7 == 6:
            week_start = day - dt.timedelta(days=6)
            p = round(3 + 6 * i / max(1, days - 1))
            psfs = () if i == 13 else (PsfsItem("Climbing stairs", min(10, p)), PsfsItem("Sitting for an hour", None),
                                        PsfsItem("Getting into the car", min(10, p + 1)))
            tracker_store.save_outcome(store, profile.id, OutcomeScore(
                week_start=week_start, overall_pain=None if i == 20 else max(0, round(6 - 4 * i / days)), psfs=psfs),
                today=day)
    return counts
