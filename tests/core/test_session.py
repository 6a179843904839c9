"""The session engine, driven by a fake clock. No Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.core import session as session_module
from coach.core.clock import FixedClock
from coach.core.plan import PlannedExercise, plan_exercise
from coach.core.program import Dose, Exercise, Range, Tempo
from coach.core.session import (
    EngineEvent,
    Position,
    SessionEngine,
    State,
    Timings,
    position_after,
)

ROOT = Path(__file__).resolve().parents[2]
T0 = 1000.0


# ---------------------------------------------------------------- helpers
def planned(
    kind: str = "hold",
    *,
    id: str | None = None,
    reps: int = 1,
    sets: int = 1,
    hold: float = 0.0,
    minutes: float = 0.0,
    max_minutes: float | None = None,
    sides: tuple[str, ...] = (),
    rest_reps: float = 0.0,
    rest_sets: float = 0.0,
    pacing: str = "tap",
    tempo: Tempo | None = None,
) -> PlannedExercise:
    ex = Exercise(id=id or f"ex-{kind}", name=(id or kind).title(), kind=kind, dose=Dose())  # type: ignore[arg-type]
    return PlannedExercise(
        exercise=ex,
        reps=reps,
        sets=sets,
        hold_seconds=hold,
        duration_minutes=minutes,
        max_duration_minutes=minutes if max_minutes is None else max_minutes,
        sides=sides,
        rest_between_reps_seconds=rest_reps,
        rest_between_sets_seconds=rest_sets,
        pacing=pacing,
        tempo=tempo,
    )


class Rig:
    """An engine on a fake clock that records every event."""

    def __init__(self, items, start=None, timings=None, resume=None):
        self.clock = FixedClock(monotonic=T0)
        self.events: list[EngineEvent] = []
        if resume is not None:
            self.engine = SessionEngine.resumed(items, self.clock, resume, on_event=self.events.append,
                                                timings=timings)
        else:
            self.engine = SessionEngine(items, self.clock, start, on_event=self.events.append, timings=timings)

    def go(self, seconds: float, step: float | None = None):
        if step is None:
            self.clock.advance(seconds)
            return self.engine.advance()
        n = round(seconds / step)
        snap = None
        for _ in range(n):
            self.clock.advance(step)
            snap = self.engine.advance()
        return snap

    def begin(self):
        self.engine.start()  # ready -> intro
        self.engine.start()  # intro -> active
        return self.engine.snapshot()

    def kinds(self, *, cues: bool = False) -> list[str]:
        return [e.kind for e in self.events if cues or e.kind != "cue"]

    def cues(self) -> list[tuple[str, float]]:
        return [(e.data["cue"], round(e.at - T0, 6)) for e in self.events if e.kind == "cue"]

    def of(self, kind: str) -> list[EngineEvent]:
        return [e for e in self.events if e.kind == kind]


# ------------------------------------------------------------------- hold
def test_hold_phases_sides_and_event_times():
    item = planned("hold", reps=2, hold=10, rest_reps=5, sides=("right", "left"))
    rig = Rig([item])
    snap = rig.begin()
    assert snap.state == State.ACTIVE
    assert (snap.phase, snap.side, snap.rep, snap.reps) == ("get_ready", "right", 1, 2)
    assert snap.phase_duration == 3.0

    # right side: get_ready 0-3, hold 3-13, release 13-15, rest 15-20, hold 20-30, release 30-32
    snap = rig.go(4)
    assert (snap.phase, snap.phase_elapsed, snap.phase_left) == ("hold", 1.0, 9.0)
    assert snap.phase_fraction == pytest.approx(0.1)
    snap = rig.go(12)  # t = 16
    assert (snap.phase, snap.rep, snap.side) == ("rest", 2, "right")
    snap = rig.go(16)  # t = 32: switch_side 32-37
    assert (snap.phase, snap.side, snap.side_index, snap.rep) == ("switch_side", "left", 1, 1)
    snap = rig.go(5)  # t = 37: get_ready on the left
    assert (snap.phase, snap.side) == ("get_ready", "left")
    snap = rig.go(100)
    assert snap.state == State.CHECKIN and snap.checkin_for == 0

    holds = rig.of("hold")
    assert [(h.side, h.rep, round(h.at - T0, 6)) for h in holds] == [
        ("right", 1, 13.0), ("right", 2, 30.0), ("left", 1, 50.0), ("left", 2, 67.0)]
    assert all(h.data["seconds"] == 10 for h in holds)
    sw = rig.of("side_switch")[0]
    assert (sw.data["from"], sw.data["to"], sw.at - T0, sw.data["cut_short"]) == ("right", "left", 37.0, False)
    assert rig.of("set")[0].at - T0 == 69.0
    done = rig.of("exercise_done")[0]
    assert done.at - T0 == 69.0 and done.data["done"] == 4 and done.data["planned"] == 4
    assert not done.data["partial"]


def test_hold_cues_count_down_and_rest_over():
    item = planned("hold", reps=2, hold=10, rest_reps=5)
    rig = Rig([item])
    rig.begin()
    rig.go(40)
    assert rig.cues() == [
        ("intro", 0.0), ("get_ready", 0.0), ("last_three", 1.0), ("last_three", 2.0), ("go", 3.0),
        ("last_three", 10.0), ("last_three", 11.0), ("last_three", 12.0), ("release", 13.0),
        ("last_three", 17.0), ("last_three", 18.0), ("last_three", 19.0), ("rest_over", 20.0),
        ("go", 20.0),
        ("last_three", 27.0), ("last_three", 28.0), ("last_three", 29.0), ("release", 30.0),
        ("exercise_done", 32.0),
    ]
    counts = [(e.data["count"], e.data["phase"]) for e in rig.events if e.cue == "last_three"]
    assert counts[:5] == [(2, "get_ready"), (1, "get_ready"), (3, "hold"), (2, "hold"), (1, "hold")]
    assert counts[5:8] == [(3, "rest"), (2, "rest"), (1, "rest")]


def test_next_change_in_names_the_next_cue_or_phase_end_and_none_while_waiting_for_the_user():
    """A screen that sleeps until the next change wakes at each cue and phase end, and never while the engine
    waits for the user."""
    item = planned("hold", reps=2, hold=10, rest_reps=5)
    rig = Rig([item])
    rig.engine.start()  # the intro waits for the user
    assert rig.engine.next_change_in() is None
    rig.engine.start()
    wakes = []
    while rig.engine.state == State.ACTIVE and len(wakes) < 40:
        step = rig.engine.next_change_in()
        assert step is not None and step >= 0
        rig.go(step)
        wakes.append(round(rig.clock.monotonic() - T0, 6))
    assert rig.engine.state == State.CHECKIN and rig.engine.next_change_in() is None
    # every cue was delivered at a wake, at its true time
    assert {at for _c, at in rig.cues()} <= set(wakes) | {0.0}
    rig2 = Rig([planned("duration", minutes=1, max_minutes=2)])
    rig2.begin()
    assert rig2.engine.next_change_in() == pytest.approx(60.0)  # the walk's target
    rig2.go(20)
    rig2.engine.pause()
    assert rig2.engine.next_change_in() is None
    rig2.go(100)
    rig2.engine.resume()
    assert rig2.engine.next_change_in() == pytest.approx(40.0)  # a pause moves it on


def test_hold_without_rest_gets_ready_before_every_rep():
    item = planned("hold", reps=3, hold=5, rest_reps=0)
    rig = Rig([item])
    rig.begin()
    rig.go(60)
    phases_starting = [c for c, _ in rig.cues() if c in ("get_ready", "go")]
    assert phases_starting == ["get_ready", "go"] * 3
    assert [round(h.at - T0, 6) for h in rig.of("hold")] == [8.0, 18.0, 28.0]


def test_hold_sets_with_set_rest():
    item = planned("hold", reps=1, sets=2, hold=5, rest_sets=30)
    rig = Rig([item])
    rig.begin()
    snap = rig.go(10)  # get_ready 0-3, hold 3-8, release 8-10 -> set_rest 10-40
    assert (snap.phase, snap.set, snap.sets) == ("set_rest", 2, 2)
    assert snap.phase_left == 30.0
    rig.go(40)
    sets = rig.of("set")
    assert [(s.set, round(s.at - T0, 6)) for s in sets] == [(1, 10.0), (2, 50.0)]
    assert ("rest_over", 40.0) in rig.cues()
    assert rig.engine.summary().exercises[0].sets_done == 2


def test_range_uses_the_planned_numbers():
    """A 10–15 s wall sit at level 0 holds 10 s; at level 1, 15 s."""
    ex = Exercise(id="wall-sit", name="Wall sits", kind="hold",
                  dose=Dose(hold_seconds=Range(10, 15), reps=Range.of(2), rest_between_reps_seconds=15))
    for level, held in ((0.0, 10.0), (1.0, 15.0)):
        rig = Rig([plan_exercise(ex, level=level)])
        rig.begin()
        rig.go(200)
        assert [h.data["seconds"] for h in rig.of("hold")] == [held, held]


# ------------------------------------------------------------------- reps
def test_reps_tap_counts_taps_and_switches_side():
    item = planned("reps", reps=3, sides=("left", "right"))
    rig = Rig([item])
    snap = rig.begin()
    assert (snap.phase, snap.rep, snap.side, snap.phase_left) == ("tap", 1, "left", None)
    e = rig.engine
    for _ in range(3):
        rig.go(2)
        assert e.tap()
    snap = e.snapshot()
    assert (snap.phase, snap.side) == ("switch_side", "right")
    rig.go(1)
    assert e.tap()  # cut the switch short
    snap = e.snapshot()
    assert (snap.phase, snap.side, snap.rep) == ("tap", "right", 1)
    assert rig.of("side_switch")[0].data["cut_short"] is True
    e.tap()
    e.tap()
    assert e.snapshot().phase_fraction == pytest.approx(2 / 3)
    e.tap()
    assert e.state == State.CHECKIN
    reps = rig.of("rep")
    assert [(r.side, r.rep) for r in reps] == [("left", 1), ("left", 2), ("left", 3),
                                               ("right", 1), ("right", 2), ("right", 3)]
    assert reps[-1].data["done"] == 6


def test_reps_tap_waits_for_the_user():
    rig = Rig([planned("reps", reps=2)])
    rig.begin()
    snap = rig.go(600)
    assert (snap.state, snap.phase, snap.rep) == (State.ACTIVE, "tap", 1)
    assert rig.of("rep") == []


def test_reps_sets_with_rest_between():
    item = planned("reps", reps=2, sets=2, rest_sets=30)
    rig = Rig([item])
    rig.begin()
    e = rig.engine
    e.tap()
    e.tap()
    snap = e.snapshot()
    assert (snap.phase, snap.set) == ("set_rest", 2)
    assert e.tap() is False  # a tap does not count during the rest
    snap = rig.go(30)
    assert (snap.phase, snap.set, snap.rep) == ("tap", 2, 1)
    e.tap()
    e.tap()
    assert e.state == State.CHECKIN
    assert [s.set for s in rig.of("set")] == [1, 2]
    assert rig.engine.summary().exercises[0].done_units == 4


def test_reps_tempo_counts_itself_with_beats():
    item = planned("reps", reps=2, pacing="tempo", tempo=Tempo(move=3, hold=1, back=3),
                   sides=("right", "left"))
    rig = Rig([item])
    rig.begin()
    snap = rig.go(4)
    assert (snap.phase, snap.rep) == ("move", 1)
    snap = rig.go(3.5)  # t = 7.5
    assert snap.phase == "back"
    rig.go(100)
    # get_ready 0-3, rep 1: 3-10, rep 2: 10-17; switch 17-22; get_ready 22-25; reps end 32, 39
    assert [(r.side, r.rep, round(r.at - T0, 6)) for r in rig.of("rep")] == [
        ("right", 1, 10.0), ("right", 2, 17.0), ("left", 1, 32.0), ("left", 2, 39.0)]
    beats = [(e.data["phase"], round(e.at - T0, 6)) for e in rig.events if e.cue == "beat"]
    assert beats[:5] == [("hold", 6.0), ("back", 7.0), ("move", 10.0), ("hold", 13.0), ("back", 14.0)]
    assert ("go", 3.0) in rig.cues() and ("go", 25.0) in rig.cues()
    assert rig.engine.state == State.CHECKIN


def test_reps_tempo_without_hold_skips_it():
    item = planned("reps", reps=2, pacing="tempo", tempo=Tempo(move=3, hold=0, back=3))
    rig = Rig([item])
    rig.begin()
    rig.go(20)
    assert [round(r.at - T0, 6) for r in rig.of("rep")] == [9.0, 15.0]
    assert not any(e.data.get("phase") == "hold" for e in rig.events if e.kind == "cue")


def test_space_counts_a_paced_rep_ahead_of_its_tempo():
    """The README's "Space: rep done" holds for paced reps too: the rep counts at once, the next one starts."""
    item = planned("reps", reps=3, pacing="tempo", tempo=Tempo(move=3, hold=0, back=3))
    rig = Rig([item])
    rig.begin()
    snap = rig.go(4)  # get_ready 0-3, rep 1 moving
    assert (snap.phase, snap.rep) == ("move", 1)
    assert rig.engine.tap()
    rep = rig.of("rep")[0]
    assert (rep.rep, round(rep.at - T0, 6), rep.data["early"], rep.data["done"]) == (1, 4.0, True, 1)
    snap = rig.engine.snapshot()
    assert (snap.phase, snap.rep, snap.phase_elapsed) == ("move", 2, 0.0)
    rig.go(12)  # rep 2 at its own pace: 4-10, rep 3: 10-16
    assert [round(r.at - T0, 6) for r in rig.of("rep")] == [4.0, 10.0, 16.0]
    assert "early" not in rig.of("rep")[1].data
    assert rig.engine.state == State.CHECKIN
    assert rig.engine.summary().exercises[0].done_units == 3


def test_space_does_not_shorten_a_timed_hold():
    rig = Rig([planned("hold", reps=2, hold=10)])
    rig.begin()
    snap = rig.go(5)
    assert snap.phase == "hold"
    assert rig.engine.tap() is False
    assert rig.engine.snapshot().phase == "hold" and not rig.of("hold")


# --------------------------------------------------------------- duration
def test_duration_end_early_records_real_minutes():
    rig = Rig([planned("duration", minutes=5, max_minutes=10)])
    snap = rig.begin()
    assert (snap.phase, snap.target, snap.max_seconds, snap.can_extend) == ("walk", 300.0, 600.0, True)
    snap = rig.go(150, step=0.5)
    assert snap.elapsed == pytest.approx(150.0) and snap.phase_fraction == pytest.approx(0.5)
    assert rig.engine.finish()
    log = rig.of("duration_logged")[0]
    assert log.data["minutes"] == pytest.approx(2.5)
    assert log.data["ended"] == "early" and log.data["planned_minutes"] == 5
    assert rig.engine.state == State.CHECKIN
    assert rig.engine.summary().exercises[0].done_units == pytest.approx(2.5)


def test_a_walk_ended_before_its_planned_minutes_is_partial():
    # 20 s of a 5-minute walk is not a walk done: partial, like a hold ended early
    rig = Rig([planned("duration", minutes=5, max_minutes=10)])
    rig.begin()
    rig.go(20)
    assert rig.engine.finish()
    assert rig.of("exercise_done")[0].data["partial"] is True
    assert rig.engine.summary().exercises[0].partial
    # walked past the planned minutes (after extending the target): done in full
    rig = Rig([planned("duration", minutes=5, max_minutes=10)])
    rig.begin()
    rig.engine.extend(3)
    rig.go(330)
    assert rig.engine.finish()
    assert rig.of("exercise_done")[0].data["partial"] is False


def test_pain_spreading_at_a_checkin_or_the_stop_ends_the_session():
    rig = Rig([planned("reps", reps=1), planned("reps", id="bridge", reps=1)])
    rig.begin()
    rig.engine.tap()
    assert rig.engine.check_in("spreading")
    snap = rig.engine.snapshot()
    assert snap.state == State.STOPPED and snap.stop_reason == "spreading"
    rig = Rig([planned("reps", reps=3)])
    rig.begin()
    assert rig.engine.stop("spreading")
    assert rig.engine.summary().stop_reason == "spreading"


def test_duration_target_cues_then_runs_on_to_the_max():
    rig = Rig([planned("duration", minutes=5, max_minutes=10)])
    rig.begin()
    snap = rig.go(301)
    assert snap.state == State.ACTIVE and snap.target_reached
    assert [t for c, t in rig.cues() if c == "target_reached"] == [300.0]
    snap = rig.go(400)
    assert snap.state == State.CHECKIN
    log = rig.of("duration_logged")[0]
    assert log.data["ended"] == "max" and log.data["minutes"] == pytest.approx(10.0)
    assert log.at - T0 == pytest.approx(600.0)


def test_duration_extend_moves_the_target_capped_at_the_max():
    rig = Rig([planned("duration", minutes=5, max_minutes=10)])
    rig.begin()
    e = rig.engine
    rig.go(200)
    assert e.extend(3)
    assert e.snapshot().target == 480.0
    assert e.extend(5)  # capped
    snap = e.snapshot()
    assert snap.target == 600.0 and not snap.can_extend
    assert not e.extend(1)
    rig.go(600)
    log = rig.of("duration_logged")[0]
    assert log.data["target_minutes"] == 10.0 and log.data["ended"] == "max"
    assert not [c for c, _ in rig.cues() if c == "target_reached"]  # target == max: the end is the cue


def test_duration_extend_after_target_cues_again():
    rig = Rig([planned("duration", minutes=5, max_minutes=10)])
    rig.begin()
    rig.go(310)
    rig.engine.extend(2)
    rig.go(120)
    assert [t for c, t in rig.cues() if c == "target_reached"] == [300.0, 420.0]
    rig.engine.finish()
    assert rig.of("duration_logged")[0].data["ended"] == "target"


def test_duration_fixed_ends_at_target():
    rig = Rig([planned("duration", minutes=15)])
    snap = rig.begin()
    assert not snap.can_extend
    rig.go(900)
    assert rig.engine.state == State.CHECKIN
    assert rig.of("duration_logged")[0].data["minutes"] == pytest.approx(15.0)


# --------------------------------------------------------------- practice
def test_practice_open_ended_with_note():
    rig = Rig([planned("practice", id="stair-practice")])
    snap = rig.begin()
    assert (snap.phase, snap.phase_left) == ("practice", None)
    snap = rig.go(3600)
    assert snap.state == State.ACTIVE and snap.elapsed == 3600
    assert rig.engine.finish("10 flights with the rail")
    pd = rig.of("practice_done")[0]
    assert pd.data == {"minutes": 60.0, "note": "10 flights with the rail"}
    res = rig.engine.summary().exercises[0]
    assert res.status == "done" and res.note == "10 flights with the rail" and res.minutes == 60.0


# ------------------------------------------------------------------- pause
def test_paused_time_never_counts():
    rig = Rig([planned("hold", reps=1, hold=20)])
    rig.begin()
    e = rig.engine
    rig.go(8)  # 5 s into the hold
    assert e.pause()
    snap = rig.go(500)
    assert snap.state == State.PAUSED and snap.paused and snap.paused_in == State.ACTIVE
    assert (snap.phase, snap.phase_elapsed) == ("hold", 5.0)
    assert snap.session_elapsed == 8.0
    assert rig.of("hold") == []
    assert e.resume()
    snap = rig.go(14)
    assert (snap.phase, snap.phase_left) == ("hold", 1.0)
    rig.go(1)
    hold = rig.of("hold")[0]
    assert hold.at - T0 == 523.0 and hold.elapsed == 23.0
    assert rig.of("resume")[0].data["paused_seconds"] == 500.0
    rig.go(10)
    s = e.summary()
    assert s.total_seconds == 33.0 and s.paused_seconds == 500.0  # waiting at the check-in counts
    assert s.exercises[0].minutes == pytest.approx(25 / 60)


def test_pause_in_intro_and_checkin_and_controls_while_paused():
    rig = Rig([planned("reps", reps=1), planned("reps", id="b", reps=1)])
    e = rig.engine
    assert not e.pause()  # nothing to pause before the start
    e.start()
    assert e.pause() and e.state == State.PAUSED
    assert not e.tap()
    assert e.resume() and e.state == State.INTRO
    e.start()
    e.tap()
    assert e.pause() and e.snapshot().paused_in == State.CHECKIN
    rig.go(30)
    assert e.check_in("fine")  # answering ends the pause
    assert e.state == State.INTRO and e.snapshot().exercise_index == 1
    assert rig.kinds().count("resume") == 2


# ------------------------------------------------------- skip, back, stop
def test_skip_is_recorded_and_needs_no_checkin():
    rig = Rig([planned("hold", reps=2, hold=5), planned("reps", id="b", reps=3)])
    e = rig.engine
    rig.begin()
    rig.go(9)  # first hold done
    assert e.skip()
    snap = e.snapshot()
    assert (snap.state, snap.exercise_index) == (State.INTRO, 1)
    assert snap.statuses == ("skipped", "pending")
    assert rig.of("skip")[0].data == {"done": 1}
    assert e.skip()  # skipping the last one ends the session
    assert e.state == State.SUMMARY
    s = e.summary()
    assert s.completed and s.skipped_count == 2 and s.checkins == ()
    assert rig.kinds()[-1] == "session_done"
    assert rig.cues()[-1][0] == "session_done"
    assert e.snapshot().progress == 1.0


def test_back_restarts_the_previous_exercise():
    rig = Rig([planned("reps", id="a", reps=2), planned("reps", id="b", reps=2)])
    e = rig.engine
    rig.begin()
    e.tap()
    e.tap()
    e.check_in("fine")
    e.start()
    e.tap()
    assert e.back()
    snap = e.snapshot()
    assert (snap.state, snap.exercise_index) == (State.INTRO, 0)
    assert rig.of("back")[0].data == {"from_index": 1, "to_index": 0}
    e.start()
    assert e.snapshot().done_counts == (0, 1)  # exercise a restarts from zero
    e.tap()
    e.tap()
    e.check_in("tingling")
    e.start()
    assert e.snapshot().done_counts == (2, 0)
    e.tap()
    e.tap()
    e.check_in("fine")
    s = e.summary()
    assert s.completed and [x.done_units for x in s.exercises] == [2, 2]
    assert [c[2] for c in s.checkins] == ["fine", "tingling", "fine"]


def test_back_at_first_exercise_restarts_it():
    rig = Rig([planned("reps", reps=3)])
    e = rig.engine
    rig.begin()
    e.tap()
    assert e.back()
    assert e.state == State.INTRO
    assert not e.back()  # already at the start
    e.start()
    assert e.snapshot().done_counts == (0,)


def test_stop_records_where_it_happened():
    rig = Rig([planned("reps", reps=2), planned("hold", id="b", reps=3, hold=10, sides=("left", "right"))])
    e = rig.engine
    rig.begin()
    e.tap()
    e.tap()
    e.check_in("fine")
    e.start()
    rig.go(20)
    assert e.stop("unwell", "dizzy")
    stop = rig.of("stop")[0]
    assert (stop.exercise_index, stop.exercise_id, stop.side, stop.rep) == (1, "b", "left", 2)
    assert stop.data == {"reason": "unwell", "detail": "dizzy", "state": "active", "phase": "hold"}
    assert stop.at - T0 == 20.0
    snap = e.snapshot()
    assert snap.state == State.STOPPED and snap.stop_reason == "unwell" and snap.stop_detail == "dizzy"
    s = e.summary()
    assert not s.completed and s.stop_reason == "unwell" and s.stopped_at == 1
    assert s.exercises[1].status == "stopped"
    assert not e.stop("user")
    assert not e.tap() and not e.start()
    rig.go(100)
    assert rig.kinds()[-1] == "stop"


def test_stop_rejects_unknown_reasons():
    rig = Rig([planned("reps")])
    rig.begin()
    with pytest.raises(ValueError):
        rig.engine.stop("bored")


@pytest.mark.parametrize("answer,stops", [("fine", False), ("tingling", False),
                                          ("sharp_pain", True), ("weakness", True)])
def test_checkin_outcomes(answer, stops):
    rig = Rig([planned("reps", id="a", reps=1), planned("reps", id="b", reps=1)])
    e = rig.engine
    rig.begin()
    e.tap()
    assert e.state == State.CHECKIN
    assert e.check_in(answer)
    if stops:
        assert e.state == State.STOPPED
        stop = rig.of("stop")[0]
        assert stop.data["reason"] == answer and stop.exercise_index == 0 and stop.exercise_id == "a"
        assert e.summary().stop_reason == answer
    else:
        assert e.state == State.INTRO and e.snapshot().exercise_index == 1
    assert rig.of("checkin")[0].data == {"answer": answer}
    assert e.summary().exercises[0].checkin == answer


def test_checkin_rejects_unknown_answers_and_only_counts_in_checkin():
    rig = Rig([planned("reps")])
    rig.begin()
    with pytest.raises(ValueError):
        rig.engine.check_in("meh")
    assert not rig.engine.check_in("fine")  # not asked yet


def test_finish_hold_early_is_partial():
    rig = Rig([planned("hold", reps=5, hold=10)])
    rig.begin()
    rig.go(20)
    assert rig.engine.finish()
    done = rig.of("exercise_done")[0]
    assert done.data["partial"] and done.data["done"] == 1
    assert rig.engine.summary().exercises[0].partial


def test_intro_auto_start_when_configured():
    rig = Rig([planned("reps", reps=1)], timings=Timings(intro_seconds=5))
    e = rig.engine
    e.start()
    snap = rig.go(2)
    assert snap.state == State.INTRO and snap.phase_left == 3.0
    snap = rig.go(4)
    assert snap.state == State.ACTIVE
    assert rig.of("exercise_start")[0].at - T0 == 5.0


def test_intro_waits_by_default():
    rig = Rig([planned("reps", reps=1)])
    rig.engine.start()
    assert rig.go(3600).state == State.INTRO


# -------------------------------------------------------------- big jumps
def test_one_big_jump_crosses_every_boundary_with_true_times():
    items = [planned("hold", reps=3, hold=20, rest_reps=5, sides=("left", "right"), sets=2, rest_sets=30)]
    fine = Rig(items)
    fine.begin()
    fine.go(400, step=0.05)
    jump = Rig(items)
    jump.begin()
    jump.go(25)  # 25 s between two repaints inside a 20 s hold
    assert [h.at - T0 for h in jump.of("hold")] == [23.0]
    jump.go(375)
    strip = [(e.kind, e.data.get("cue"), round(e.at, 6), e.set, e.side, e.rep) for e in fine.events]
    assert strip == [(e.kind, e.data.get("cue"), round(e.at, 6), e.set, e.side, e.rep) for e in jump.events]
    assert jump.engine.state == State.CHECKIN
    assert len(jump.of("hold")) == 12


@settings(max_examples=40, deadline=None)
@given(st.lists(st.floats(min_value=0.0, max_value=40.0), min_size=1, max_size=40))
def test_missed_repaints_never_change_outcomes(steps):
    items = [planned("reps", reps=2, pacing="tempo", tempo=Tempo(2, 1, 2), sides=("right", "left")),
             planned("hold", id="h", reps=2, hold=7, rest_reps=3)]
    ref = Rig(items)
    ref.begin()
    ref.clock.advance(sum(steps))
    ref.engine.advance()
    rig = Rig(items)
    rig.begin()
    for s in steps:
        rig.go(s)
    assert [(e.kind, e.data.get("cue"), round(e.at, 6)) for e in rig.events] == \
        [(e.kind, e.data.get("cue"), round(e.at, 6)) for e in ref.events]
    a, b = rig.engine.snapshot(), ref.engine.snapshot()
    assert (a.phase, a.rep, a.side, round(a.phase_elapsed, 6)) == (b.phase, b.rep, b.side, round(b.phase_elapsed, 6))


# ------------------------------------------------------------------ resume
def test_start_from_a_position():
    item = planned("hold", reps=5, hold=10, rest_reps=5, sides=("right", "left"))
    rig = Rig([planned("reps", id="a"), item], start=Position(1, 1, 1, 3))
    e = rig.engine
    e.start()
    snap = e.snapshot()
    assert (snap.state, snap.exercise_index) == (State.INTRO, 1)
    e.start()
    snap = e.snapshot()
    assert (snap.phase, snap.side, snap.rep) == ("get_ready", "left", 3)
    assert rig.of("session_start")[0].data["position"] == {"exercise_index": 1, "set": 1, "side_index": 1,
                                                         "rep": 3}
    rig.go(200)
    assert [h.rep for h in rig.of("hold")] == [3, 4, 5]
    assert e.state == State.CHECKIN


def _kill_after(items, n_events_of_kind, kind, drive):
    """Run ``drive`` and keep only the events up to the n-th one of ``kind`` (a kill right after it)."""
    rig = Rig(items)
    drive(rig)
    kept, seen = [], 0
    for ev in rig.events:
        kept.append(ev.to_dict())
        if ev.kind == kind:
            seen += 1
            if seen == n_events_of_kind:
                break
    return kept


def test_position_after_events_mid_hold_then_finish_resumed():
    items = [planned("reps", id="a", reps=2),
             planned("hold", id="b", reps=3, hold=10, rest_reps=5, sides=("right", "left"))]

    def drive(rig):
        e = rig.engine
        rig.begin()
        e.tap()
        e.tap()
        e.check_in("tingling")
        e.start()
        rig.go(200)

    events = _kill_after(items, 4, "hold", drive)  # 3 on the right, 1 on the left
    res = position_after(items, events)
    assert res.position == Position(1, 1, 1, 2)
    assert res.checkin_due is None and not res.finished
    assert res.results[0].status == "done" and res.results[0].checkin == "tingling"
    assert res.results[1].status == "active" and res.results[1].done_units == 4
    assert res.elapsed == events[-1]["elapsed"]

    rig = Rig(items, resume=res)
    rig.engine.start()
    assert rig.of("session_start")[0].data["resumed"]
    rig.engine.start()
    assert rig.of("exercise_start")[0].data["resumed"]
    rig.go(200)
    assert [(h.side, h.rep) for h in rig.of("hold")] == [("left", 2), ("left", 3)]
    rig.engine.check_in("fine")
    s = rig.engine.summary()
    assert s.completed and [x.done_units for x in s.exercises] == [2, 6]
    assert [c[2] for c in s.checkins] == ["tingling", "fine"]
    assert s.total_seconds > res.elapsed

    # a second interruption continues to chain: the new events after the old ones
    res2 = position_after(items, events + [ev.to_dict() for ev in rig.events])
    assert res2.finished and res2.position is None


def test_position_after_unanswered_checkin_asks_it_first():
    items = [planned("reps", id="a", reps=1), planned("reps", id="b", reps=1)]

    def drive(rig):
        rig.begin()
        rig.engine.tap()

    events = _kill_after(items, 1, "exercise_done", drive)
    res = position_after(items, events)
    assert res.checkin_due == 0 and not res.confirm_done
    assert res.position == Position(1, 1, 0, 1)
    rig = Rig(items, resume=res)
    rig.engine.start()
    snap = rig.engine.snapshot()
    assert snap.state == State.CHECKIN and snap.checkin_for == 0
    rig.engine.check_in("weakness")
    assert rig.engine.state == State.STOPPED
    assert rig.of("stop")[0].exercise_index == 0


def test_position_after_last_hold_without_exercise_done_confirms_it():
    items = [planned("hold", id="a", reps=2, hold=5), planned("reps", id="b", reps=1)]

    def drive(rig):
        rig.begin()
        rig.go(100)

    events = _kill_after(items, 2, "hold", drive)  # killed during the final release
    res = position_after(items, events)
    assert res.checkin_due == 0 and res.confirm_done
    rig = Rig(items, resume=res)
    rig.engine.start()
    assert rig.engine.state == State.CHECKIN
    assert rig.of("exercise_done")[0].data["done"] == 2
    rig.engine.check_in("fine")
    rig.engine.start()
    rig.engine.tap()
    rig.engine.check_in("fine")
    assert rig.engine.summary().completed


def test_position_after_tap_reps_skip_back_and_stop():
    items = [planned("reps", id="a", reps=4, sets=2, rest_sets=10), planned("practice", id="p"),
             planned("reps", id="c", reps=1)]
    rig = Rig(items)
    e = rig.engine
    rig.begin()
    for _ in range(4):
        e.tap()
    assert not e.tap()  # resting between sets: a tap does not count
    rig.go(10)
    e.tap()
    dicts = [ev.to_dict() for ev in rig.events]
    res = position_after(items, dicts)
    assert res.position == Position(0, 2, 0, 2) and res.results[0].sets_done == 1
    rig2 = Rig(items, resume=res)
    rig2.engine.start()
    rig2.engine.start()
    assert rig2.engine.snapshot().rep == 2
    for _ in range(3):
        rig2.engine.tap()
    assert rig2.engine.state == State.CHECKIN
    assert rig2.engine.summary().exercises[0].done_units == 8

    for _ in range(3):
        e.tap()
    e.check_in("fine")
    e.start()
    rig.go(30)  # practising when the laptop dies
    res = position_after(items, [ev.to_dict() for ev in rig.events])
    assert res.position == Position(1, 1, 0, 1)
    e.skip()
    res = position_after(items, [ev.to_dict() for ev in rig.events])
    assert res.position == Position(2, 1, 0, 1) and res.results[1].status == "skipped"
    e.back()
    res = position_after(items, [ev.to_dict() for ev in rig.events])
    assert res.position == Position(1, 1, 0, 1)
    e.stop("user")
    res = position_after(items, [ev.to_dict() for ev in rig.events])
    assert res.finished and res.stop_reason == "user" and res.position is None


def test_position_after_nothing_recorded_starts_at_the_beginning():
    items = [planned("reps")]
    res = position_after(items, [])
    assert res.position == Position(0, 1, 0, 1) and not res.finished


# ---------------------------------------------------- the shipped program
def _week(n: int):
    try:
        from coach.core.program_read import load_program
    except ImportError:  # pragma: no cover - the loader is written separately
        pytest.skip("program loader not available")
    program = load_program(ROOT / "programs" / "upper-lumbar-4-week.toml")
    return program.week(n)


@pytest.mark.parametrize("week", [1, 2, 3, 4])
def test_a_whole_session_of_the_shipped_program(week):
    items = [plan_exercise(ex, affected="right") for ex in _week(week).exercises]
    rig = Rig(items)
    e = rig.engine
    e.start()
    for k, item in enumerate(items):
        assert e.snapshot().exercise_index == k
        e.start()
        if item.exercise.sides == "each":
            assert e.snapshot().side == "right"  # the affected side first
        for _ in range(5000):
            if e.state != State.ACTIVE:
                break
            snap = e.snapshot()
            if snap.phase == "tap":
                e.tap()
            elif snap.phase == "practice":
                rig.go(120)
                e.finish("ok")
            else:
                rig.go(0.5)
        assert e.state == State.CHECKIN
        e.check_in("fine")
    s = e.summary()
    assert s.completed and s.done_count == len(items)
    for res, item in zip(s.exercises, items, strict=True):
        if item.kind in ("hold", "reps"):
            assert res.done_units == res.planned_units
        elif item.kind == "duration":
            assert res.done_units == pytest.approx(item.max_duration_minutes)


# ------------------------------------------------------------ the boundary
def test_session_package_imports_only_stdlib_and_core():
    mods = set()
    for path in Path(session_module.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                mods.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                mods.add(node.module.split(".")[0])
    assert mods <= {"__future__", "enum", "time", "collections", "dataclasses", "typing", "coach"}
