"""The session engine: a plain state machine on an injected clock.

No Qt, no storage: the UI drives it and persists what it reports. Modules:
``engine`` (:class:`SessionEngine`: controls and queries), ``runner`` (its
clockwork: session time, phase boundaries, events), ``timeline`` (an
exercise as phases), ``model`` (states, events, results, snapshots) and
``resume`` (:func:`position_after`). Import from ``coach.core.session``.

Time
====
Every duration is measured from timestamps: *session time* is
``clock.monotonic() - session_start - paused_time`` and a phase's elapsed time is
``session_time - phase_start``. Ticks are never counted. The UI calls
``advance()`` from a ~30–60 Hz ``QTimer`` only to repaint; the engine then
walks through every boundary it has crossed since the last call (a 25 s gap in
a 20 s hold completes the hold, the release, the rest, ...) and stamps each
event with the clock time at which it really happened. Missed or late calls
never change the outcome. Every control (``tap``, ``pause``, ``skip``, ...)
first catches up to ``clock.monotonic()`` and then acts at that instant.

States
======
``ready`` → ``start()`` → ``intro`` (exercise *i* is shown) → ``start()`` (or
``tap()``, i.e. Space) → ``active`` → ``checkin`` → ``intro`` of the next
exercise … → ``summary``; plus ``paused`` (``Snapshot.paused_in`` tells which
state is frozen underneath) and ``stopped`` (``Snapshot.stop_reason``).

The intro waits for the user by default: a person lying on a mat may need
time to read the steps and get into position, and a countdown starting on its
own is the wrong kind of pressure here. Pass ``Timings(intro_seconds=10)`` to
auto-start after that many seconds instead.

Phases of the ``active`` state
==============================
A *block* is one side of one set. Between blocks comes ``switch_side`` (to
the next side; ``tap()`` cuts it short) or, between sets, ``set_rest``
(``rest_between_sets_seconds``; left out when 0).

* **hold**: each rep is ``[prep] hold release`` where prep is ``get_ready``
  (3 s) for the first rep of a block or when there is no rest between reps,
  and ``rest`` (``rest_between_reps_seconds``) otherwise. All reps on the
  first side (the affected side comes first in ``PlannedExercise.sides``),
  then the other side.
* **reps**, pacing ``"tap"``: one open-ended ``tap`` phase per block; each
  ``tap()`` counts a rep; the block ends at the planned reps.
* **reps**, pacing ``"tempo"``: ``get_ready``, then per rep ``move``,
  ``hold`` (only when ``tempo.hold > 0``), ``back`` (only when > 0), with an
  optional ``rest`` before each rep after the first; reps count themselves at
  the end of their last phase. ``tap()`` during a rep counts it at once (a
  person faster than the tempo: the ``rep`` event's data has ``early``) and
  the next rep starts from there.
* **duration**: one open-ended ``walk`` phase. At the target
  (``duration_minutes``, the low end of the range) the engine cues
  ``target_reached`` and keeps going; ``extend(minutes)`` moves the target
  (capped at ``max_duration_minutes``) and the cue comes again at the new
  target; at the maximum the walk finishes by itself; ``finish()`` ends it at
  any time. The real minutes walked are logged.
* **practice**: one open-ended ``practice`` phase; ``finish(note)`` ends it.

During ``rest``, ``set_rest`` and ``switch_side`` the snapshot's set, side and
rep name what comes next ("rest, then rep 2 of 5"); during the other phases
they name the rep under way. In a ``tap`` phase ``rep`` is the rep being done
(taps so far + 1).

``finish()`` on a hold or reps exercise ends it early: what was done counts
and the exercise is marked partial; so is a walk ended before its planned
minutes (``duration_logged``'s ``ended`` is then ``"early"``). After every
exercise that was done (not skipped) the engine waits in ``checkin`` for
``check_in(answer)``; ``"sharp_pain"``, ``"weakness"`` and ``"spreading"``
(``safety.SESSION_ENDING_ANSWERS``) stop the session on the spot.

Events
======
Every event is an :class:`EngineEvent` delivered at once to ``on_event``.
Fields: ``kind``, ``at`` (clock time, monotonic seconds, when it happened),
``exercise_index``, ``exercise_id``, ``set``, ``side`` (``"left"``,
``"right"`` or None), ``rep``, ``data`` and ``elapsed`` (session seconds
excluding pauses, including time before a resume). ``set``/``side``/``rep``
say where the session was; they are None when they do not apply.

Recorded events (the UI persists each one; ``position_after`` reads them):

==================  ==========================================================
kind                data
==================  ==========================================================
``session_start``   ``exercises`` (count), ``resumed`` (bool),
                    ``position`` (dict of Position or None)
``exercise_start``  ``kind``, ``resumed`` (bool), ``side_index``, ``planned``
                    (dict: reps, sets, sides, hold_seconds, duration_minutes,
                    max_duration_minutes)
``hold``            a hold completed: ``seconds`` (held), ``side_index``,
                    ``done`` (units done in this exercise so far)
``rep``             a rep completed (tap or tempo): ``side_index``, ``done``
``set``             a set completed: ``sets`` (planned)
``side_switch``     moved to the next side: ``from``, ``to``, ``side_index``,
                    ``cut_short`` (bool: the user tapped through the wait)
``skip``            exercise skipped: ``done`` (units done before skipping)
``back``            went back: ``from_index``, ``to_index``
``pause``           ``state`` (the state that was paused)
``resume``          ``paused_seconds``
``checkin``         ``answer``: one of ``safety.CHECKIN_ANSWERS``
``duration_logged`` ``minutes`` (real), ``planned_minutes``,
                    ``target_minutes`` (after extending), ``max_minutes``,
                    ``ended``: "early" | "target" | "max"
``practice_done``   ``minutes``, ``note`` (str or None)
``exercise_done``   ``done`` (units: holds or reps; minutes for duration and
                    practice), ``planned`` (units, None for practice),
                    ``sets_done``, ``minutes`` (time spent, excluding
                    pauses), ``partial`` (ended early with ``finish()``),
                    ``note``
``stop``            ``reason`` (one of ``safety.STOP_REASON_IDS``),
                    ``detail``, ``state``, ``phase``
``session_done``    ``elapsed_seconds``, ``done`` (exercises done),
                    ``skipped`` (exercises skipped)
==================  ==========================================================

Cue events (``kind="cue"``, not persisted; the UI speaks, plays a sound or
flashes): ``data={"cue": name, "phase": ...}`` with name one of ``intro`` (an
exercise is shown, before it starts: only spoken), ``get_ready`` (a get-ready
count starts), ``go`` (a hold, the first tempo rep of a block, a tap block, a
walk or a practice starts), ``last_three`` (each of the last 3 s of a
``get_ready``, ``hold`` or ``rest``; ``data["count"]`` is 3, 2 or 1, the
seconds left), ``release``, ``switch_side``, ``rest_over`` (end of a ``rest``
or ``set_rest``), ``beat`` (start of each tempo phase but the block's first
move), ``target_reached`` (walk target), ``exercise_done``, ``session_done``.
``data["phase"]`` names the phase that starts (or, for ``rest_over`` and
``last_three``, the one under way). After a long stall several cues come at
once with their true ``at``; a UI should not play cues much older than
``clock.monotonic()``. What is said for each event is ``spoken``'s.

Resume
======
``position_after(items, events)`` reads the recorded events of an interrupted
session (``EngineEvent`` or plain dicts with the same keys) and returns a
:class:`Resume`; ``SessionEngine.resumed(items, clock, resume, ...)`` builds an
engine that continues from there: the unanswered check-in first, then the
next rep not done. Duration and practice exercises restart from zero.
"""

from .engine import SessionEngine
from .model import (
    CUES,
    RECORDED_KINDS,
    SPOKEN_ONLY,
    EngineEvent,
    ExerciseResult,
    Position,
    Resume,
    Snapshot,
    State,
    Summary,
    Timings,
)
from .resume import position_after

__all__ = [
    "CUES", "RECORDED_KINDS", "SPOKEN_ONLY", "EngineEvent", "ExerciseResult", "Position", "Resume", "SessionEngine", "Snapshot",
    "State", "Summary", "Timings", "position_after",
]
