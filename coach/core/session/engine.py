"""The session engine: a plain state machine on an injected clock (see the package's docstring).

No Qt, no storage: the UI drives it and persists what it reports.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict

from coach.core.clock import Clock
from coach.core.plan import PlannedExercise
from coach.core.safety import CHECKIN_ANSWERS, SESSION_ENDING_ANSWERS, STOP_REASON_IDS

from .model import (
    EPS,
    EngineEvent,
    ExerciseResult,
    Resume,
    Snapshot,
    State,
    Summary,
    Timings,
    planned_units,
    record_of,
    result_of,
)
from .runner import Runner
from .timeline import Phase


class SessionEngine(Runner):
    """Runs one session of ``items``: the controls the player calls and what it reads back."""

    @classmethod
    def resumed(
        cls,
        items: Sequence[PlannedExercise],
        clock: Clock,
        resume: Resume,
        on_event: Callable[[EngineEvent], None] | None = None,
        timings: Timings | None = None,
    ) -> SessionEngine:
        """An engine that continues an interrupted session (see ``position_after``)."""
        eng = cls(items, clock, resume.position, on_event, timings)
        for r in resume.results:
            if 0 <= r.index < len(eng._records):
                eng._records[r.index] = record_of(r)
                if r.checkin:
                    eng._checkins.append((r.index, r.exercise_id, r.checkin))
        eng._prior_elapsed = resume.elapsed
        eng._checkin_due = resume.checkin_due
        eng._confirm_done = resume.confirm_done
        if resume.position is None:
            eng._index = resume.checkin_due if resume.checkin_due is not None else len(eng.items)
        return eng

    # --------------------------------------------------------------- controls
    def advance(self, now: float | None = None) -> Snapshot:
        """Catch up to ``now`` (default ``clock.monotonic()``) and return the snapshot."""
        self._catch_up(self._now(now))
        return self.snapshot()

    def start(self) -> bool:
        """Ready → first intro; intro → the exercise begins."""
        now = self._now()
        if self._state == State.READY:
            self._t0 = now
            self._t = 0.0
            self._state = State.INTRO  # so events carry the index
            pos = self._start_pos
            self._emit("session_start", 0.0, {
                "exercises": len(self.items),
                "resumed": pos is not None or self._checkin_due is not None,
                "position": asdict(pos) if pos else None,
            }, where=False)
            if not self.items:
                self._finish_session(0.0)
            elif self._checkin_due is not None:
                self._index = self._checkin_due
                self._state = State.CHECKIN
                self._checkin_index = self._checkin_due
                if self._confirm_done:
                    rec = self._records[self._index]
                    rec.status = "done"
                    self._emit("exercise_done", 0.0, {
                        "done": rec.units, "planned": planned_units(self.items[self._index]),
                        "sets_done": rec.sets, "minutes": rec.seconds / 60.0, "partial": False,
                        "note": rec.note,
                    })
            elif self._index >= len(self.items):
                self._finish_session(0.0)
            else:
                self._enter_intro(self._index, 0.0)
            return True
        self._catch_up(now)
        if self._state == State.INTRO:
            self._begin_exercise(self._t)
            return True
        return False

    def tap(self) -> bool:
        """Space: start from ready/intro, count a self-paced rep (or a paced one ahead of its tempo), or cut a
        side switch short."""
        if self._state in (State.READY, State.INTRO):
            return self.start()
        now = self._now()
        self._catch_up(now)
        if self._state != State.ACTIVE:
            return False
        ph = self._phase
        t = self._t
        if ph.name == "tap":
            item = self.items[self._index]
            rec = self._records[self._index]
            rec.units += 1
            self._emit("rep", t, {"side_index": ph.side_index, "done": rec.units})  # rep = this one
            self._taps += 1
            if self._taps >= item.reps:
                self._end_phase(t)
            return True
        if ph.name in ("move", "hold", "back") and self.items[self._index].kind == "reps":
            # a paced rep done ahead of the tempo counts now, and the next rep starts from here
            j = self._pi
            while j + 1 < len(self._timeline) and not self._timeline[j].completes:
                j += 1
            self._pi = j
            self._end_phase(t, early=True)
            return True
        if ph.name == "switch_side":
            self._end_phase(t)
            return True
        return False

    def pause(self) -> bool:
        now = self._now()
        if self._state not in (State.INTRO, State.ACTIVE, State.CHECKIN):
            return False
        self._catch_up(now)
        if self._state not in (State.INTRO, State.ACTIVE, State.CHECKIN):
            return False
        self._emit("pause", self._t, {"state": str(self._state)})
        self._paused_in = self._state
        self._pause_started = self._clock_at(self._t)  # == now unless the clock went back
        self._state = State.PAUSED
        return True

    def resume(self) -> bool:
        if self._state != State.PAUSED:
            return False
        self._unpause(self._now())
        return True

    def skip(self) -> bool:
        """Skip the current exercise (intro or active); recorded, no check-in."""
        now = self._now()
        self._unpause(now)
        self._catch_up(now)
        if self._state not in (State.INTRO, State.ACTIVE):
            return False
        t = self._t
        rec = self._records[self._index]
        if self._state == State.ACTIVE:
            rec.seconds += t - self._ex_start
        rec.status = "skipped"
        self._emit("skip", t, {"done": rec.units})
        self._next_exercise(t)
        return True

    def back(self) -> bool:
        """Go back one exercise (to its intro, to be done again); at the first one, restart it."""
        now = self._now()
        if self._state == State.INTRO and self._index == 0:
            return False
        self._unpause(now)
        self._catch_up(now)
        if self._state not in (State.INTRO, State.ACTIVE):
            return False
        t = self._t
        rec = self._records[self._index]
        if self._state == State.ACTIVE:
            rec.seconds += t - self._ex_start
        if rec.status == "active":
            rec.status = "pending"
        target = max(0, self._index - 1)
        self._emit("back", t, {"from_index": self._index, "to_index": target})
        self._resume_into = None
        self._enter_intro(target, t)
        return True

    def finish(self, note: str | None = None) -> bool:
        """End the current exercise now. A hold or reps exercise counts as partial; so does a walk ended before
        its planned minutes (walking on beyond them after extending is extra); practice is open-ended and never
        partial."""
        now = self._now()
        self._unpause(now)
        self._catch_up(now)
        if self._state != State.ACTIVE:
            return False
        item = self.items[self._index]
        partial = item.kind in ("hold", "reps")
        if item.kind == "duration" and self._timeline and self._phase.name == "walk":
            partial = self._t - self._phase_start < float(item.duration_minutes) * 60.0 - EPS
        self._complete_exercise(self._t, partial=partial, note=note)
        return True

    def extend(self, minutes: float) -> bool:
        """Raise the walking target by ``minutes``, capped at the top of the range."""
        now = self._now()
        if self._state == State.PAUSED:
            if self._paused_in != State.ACTIVE:
                return False
        else:
            self._catch_up(now)
        if self._state not in (State.ACTIVE, State.PAUSED) or not self._timeline or self._phase.name != "walk":
            return False
        if minutes <= 0 or self._target >= self._max - EPS:
            return False
        new = min(self._max, self._target + minutes * 60.0)
        walked = self._t - self._phase_start
        self._target = new
        if new > walked + EPS:
            self._target_cued = False
        return True

    def check_in(self, answer: str) -> bool:
        if answer not in CHECKIN_ANSWERS:
            raise ValueError(f"unknown check-in answer {answer!r}; expected one of {CHECKIN_ANSWERS}")
        now = self._now()
        self._unpause(now)
        if self._state != State.CHECKIN:
            return False
        t = self._t = max(self._t, self._session_time(now))
        i = self._checkin_index if self._checkin_index is not None else self._index
        self._records[i].checkin = answer
        self._checkins.append((i, self.items[i].id, answer))
        self._emit("checkin", t, {"answer": answer}, index=i)
        self._checkin_index = None
        if answer in SESSION_ENDING_ANSWERS:
            self._stop(answer, None, t, phase="checkin", state=State.CHECKIN)
        else:
            self._index = i
            self._next_exercise(t)
        return True

    def stop(self, reason: str, detail: str | None = None) -> bool:
        if reason not in STOP_REASON_IDS:
            raise ValueError(f"unknown stop reason {reason!r}; expected one of {STOP_REASON_IDS}")
        now = self._now()
        if self._state in (State.SUMMARY, State.STOPPED):
            return False
        if self._state == State.READY:
            self._t0 = now
        self._unpause(now)
        self._catch_up(now)
        if self._state in (State.SUMMARY, State.STOPPED):
            return False
        phase = self._phase.name if (self._state == State.ACTIVE and self._timeline) else None
        self._stop(reason, detail, self._t, phase=phase, state=self._state)
        return True

    def _stop(self, reason: str, detail: str | None, t: float, *, phase: str | None, state: State) -> None:
        if self.items and 0 <= self._index < len(self.items):
            rec = self._records[self._index]
            if state == State.ACTIVE:
                rec.seconds += t - self._ex_start
            if rec.status == "active":
                rec.status = "stopped"
        self._emit("stop", t, {"reason": reason, "detail": detail, "state": str(state), "phase": phase})
        self._stop_reason = reason
        self._stop_detail = detail
        self._stopped_at = self._index if self.items else None
        self._state = State.STOPPED

    # --------------------------------------------------------------- queries
    @property
    def state(self) -> State:
        return self._state

    @property
    def finished(self) -> bool:
        return self._state in (State.SUMMARY, State.STOPPED)

    def next_change_in(self, now: float | None = None) -> float | None:
        """Seconds from ``now`` (default ``clock.monotonic()``) to the next thing the engine does on its own
        (a cue, the end of a phase or of an intro's count, a walk's target or its maximum), at least 0; None
        while it waits for the user (an intro without a count, a tap, a check-in, a pause, the end). A screen
        that repaints only when something changes wakes then, so that cues and events are on time."""
        d = self._next_deadline()
        if d is None:
            return None
        return max(0.0, d - self._session_time(self._now(now)))

    def snapshot(self) -> Snapshot:
        """The state as of the last ``advance()`` or control call (no side effects)."""
        st = self._state
        base = self._paused_in if st == State.PAUSED else st
        n = len(self.items)
        i = min(self._index, n - 1) if n else 0
        item = self.items[i] if n else None
        t = self._t
        in_phase = base == State.ACTIVE and bool(self._timeline)
        ph = self._phase if in_phase else None
        sides = item.sides if item else ()
        phase_elapsed = (t - self._phase_start) if ph else 0.0
        phase_duration = ph.duration if ph else None
        phase_left = max(0.0, phase_duration - phase_elapsed) if (ph and phase_duration is not None) else None
        if ph is None:
            frac = 0.0
        elif phase_duration is not None:
            frac = 1.0 if phase_duration <= 0 else min(1.0, max(0.0, phase_elapsed / phase_duration))
        elif ph.name == "walk":
            frac = min(1.0, phase_elapsed / self._target) if self._target > 0 else 0.0
        elif ph.name == "tap" and item:
            frac = min(1.0, self._taps / max(1, item.reps))
        else:
            frac = 0.0
        if base == State.INTRO and self.timings.intro_seconds:
            phase_duration = self.timings.intro_seconds
            phase_elapsed = t - self._intro_start
            phase_left = max(0.0, phase_duration - phase_elapsed)
            frac = min(1.0, phase_elapsed / phase_duration)
        is_walk = ph is not None and ph.name == "walk"
        is_timed_ex = ph is not None and ph.name in ("walk", "practice")
        ex_frac = self._exercise_fraction(i, ph, frac) if item else 0.0
        settled = sum(1 for r in self._records if r.status in ("done", "skipped"))
        cur_settled = item is not None and self._records[i].status in ("done", "skipped")
        if st == State.SUMMARY:
            progress = 1.0
        elif n:
            progress = min(1.0, (settled + (0.0 if cur_settled else ex_frac)) / n)
        else:
            progress = 0.0
        return Snapshot(
            state=st,
            paused=st == State.PAUSED,
            paused_in=self._paused_in if st == State.PAUSED else None,
            exercise_index=i,
            exercise_count=n,
            exercise=item,
            kind=item.kind if item else None,
            set=ph.set if ph else 1,
            sets=item.sets if item else 0,
            side=(sides[ph.side_index] if (ph and sides) else (sides[0] if sides else None)),
            side_index=ph.side_index if ph else 0,
            side_count=len(sides),
            rep=self._rep_now() if ph else 1,
            reps=item.reps if item else 0,
            phase=ph.name if ph else None,
            phase_elapsed=phase_elapsed,
            phase_left=phase_left,
            phase_duration=phase_duration,
            phase_fraction=frac,
            elapsed=phase_elapsed if is_timed_ex else 0.0,
            target=self._target if is_walk else None,
            max_seconds=self._max if is_walk else None,
            target_reached=is_walk and phase_elapsed >= self._target - EPS,
            can_extend=is_walk and self._target < self._max - EPS,
            session_elapsed=self._prior_elapsed + t,
            stop_reason=self._stop_reason,
            stop_detail=self._stop_detail,
            done_counts=tuple(r.units for r in self._records),
            statuses=tuple(r.status for r in self._records),
            exercise_fraction=ex_frac,
            progress=progress,
            checkin_for=self._checkin_index if base == State.CHECKIN else None,
        )

    def _exercise_fraction(self, i: int, ph: Phase | None, frac: float) -> float:
        item = self.items[i]
        rec = self._records[i]
        if rec.status in ("done", "skipped"):
            return 1.0
        if ph is None:
            return 0.0
        if ph.name == "walk":
            return frac
        if ph.name == "practice":
            return 0.0
        planned = planned_units(item) or 1.0
        extra = frac if ph.name == "hold" and item.kind == "hold" else 0.0
        return min(1.0, (rec.units + extra) / planned)

    def results(self) -> tuple[ExerciseResult, ...]:
        return tuple(result_of(i, it, self._records[i]) for i, it in enumerate(self.items))

    def summary(self) -> Summary:
        paused = self._paused_total
        if self._state == State.PAUSED:
            paused += max(0.0, self.clock.monotonic() - self._pause_started)
        return Summary(
            exercises=self.results(),
            total_seconds=self._prior_elapsed + self._t,
            paused_seconds=paused,
            checkins=tuple(self._checkins),
            completed=self._state == State.SUMMARY,
            stop_reason=self._stop_reason,
            stop_detail=self._stop_detail,
            stopped_at=self._stopped_at,
        )
