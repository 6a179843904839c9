"""Progression gating (when to suggest the next week) and dose stepping (moving up within a range).

Pure Python. The thresholds come from the program's ``[progression]`` table
(:class:`coach.core.program.Progression`, documented in programs/README.md).

Weeks and choices
=================
The program runs in 7-day blocks from the start date (block 0 is days 0–6).
Without any choice the week follows the calendar (``coach.core.weeks``).
At the end of each block the app reviews the week just done and suggests
moving on, staying or easing back; the person chooses, and the choice is
stored with the first day of the block it applies to. From then on the
effective week is the chosen week plus one for each later block (capped at the
program's last week), until the next choice. So after "Stay on week 2" the
next block repeats week 2, and the one after moves on to week 3 unless the
person chooses otherwise at that review.

The review of a block is offered from its last day (day 7) until day
``PROMPT_DAYS_AFTER`` of the next block, and not once a choice for that
boundary is stored. A choice made on day 7 applies from the next day; one made
later applies to the block already under way (its first day).

A week is *tolerated* when all three hold:

* **adherence**: completed sessions (one per day and slot at most;
  stand-alone walks outside the slots do not count) divided by the week's
  planned sessions (7 days × the slots of that week's day plan) is at least
  ``min_adherence``;
* **no symptom stop**: none of the last ``recent_sessions`` ended sessions of
  the week had a stop for sharp pain or weakness (a sharp-pain or weakness
  check-in stops a session, so it counts too);
* **pain not rising**: the average pain of the week's diary days minus the
  average of the 7 days before the week is at most ``max_pain_rise``, and is
  not a meaningful worsening by the one meaningful-change rule
  (``coach.core.change``: a rise of 2 points), whatever ``max_pain_rise`` a
  program sets. When the days before have no pain score (the first week), the
  later half of the week's scores is compared with the earlier half. With
  fewer than two scores pain is not used. A tolerated week's text says when
  the pain fell by a meaningful improvement by the same rule.

Tolerated: the app suggests moving on (on the last week: nothing to suggest).
A symptom stop or rising pain: it suggests easing back to the previous week's
dose (staying, on week 1). Only low adherence: it suggests staying. Every
applicable option is offered; the person decides.

Dose levels
===========
A dose given as a range (``hold_seconds = [10, 15]``) starts at level 0, the
low end, and moves in steps of ``LEVEL_STEP`` up to 1, the top (see
``plan.at_level``). Levels are kept per exercise and program week. Each ended
session that included the exercise (in that week) counts:

* *tolerated*: the exercise was done in full, its check-in was fine or mild
  tingling, and the session had no symptom stop (sharp pain, weakness or
  feeling unwell) anywhere. After ``tolerated_sessions_to_step_up`` tolerated
  sessions in a row the level steps up one step and the count starts again;
* *symptom on this exercise* (a symptom stop or a sharp-pain or weakness
  check-in on it): the level steps down one step and the count starts again;
* anything else (done only in part, or a symptom stop on another exercise):
  the count starts again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from coach.core.change import Change
from coach.core.change import pain_change as judge_pain
from coach.core.plan import day_plan, plan_exercise
from coach.core.program import Exercise, Program, Progression
from coach.core.safety import (
    SESSION_ENDING_ANSWERS,
    SYMPTOM_STOPS,
    TOLERATED_ANSWERS,
    DayRecord,
    SessionRecord,
    stop_reason,
)
from coach.core.textfmt import day_text
from coach.core.weeks import block_index, block_start, week_number_for

LEVEL_STEP = 0.25
PROMPT_DAYS_AFTER = 3
ENDED = ("completed", "stopped")
CHOICES: tuple[str, ...] = ("advance", "stay", "ease")


# ------------------------------------------------------------------- weeks
@dataclass(frozen=True)
class WeekChoice:
    """A stored choice: from ``applies_from`` (the first day of a block) the program is on ``effective_week``."""

    applies_from: dt.date
    effective_week: int
    choice: str = "advance"
    from_week: int = 0
    id: int = 0


def effective_week(start: dt.date, today: dt.date, week_count: int, choices: Sequence[WeekChoice] = ()) -> int:
    """The program week for ``today``: the calendar week, shifted by the latest choice that applies."""
    if today < start:
        return 1
    # a choice from before the start date belongs to an earlier run of the program (it was started again)
    applying = [c for c in choices if start <= c.applies_from <= today]
    if not applying:
        return week_number_for(start, today, week_count)
    c = max(applying, key=lambda c: (c.applies_from, c.id))
    week = c.effective_week + block_index(start, today) - block_index(start, c.applies_from)
    return max(1, min(week_count, week))


def review_block(start: dt.date, today: dt.date, choices: Sequence[WeekChoice] = ()) -> int | None:
    """The block whose review is due today, or None (see the module docstring)."""
    if today < start:
        return None
    k = block_index(start, today)
    day = (today - start).days % 7 + 1
    if day == 7:
        reviewed = k
    elif k >= 1 and day <= PROMPT_DAYS_AFTER:
        reviewed = k - 1
    else:
        return None
    boundary = block_start(start, reviewed + 1)
    if any(c.applies_from == boundary for c in choices):
        return None
    return reviewed


def choice_week(choice: str, from_week: int, week_count: int) -> int:
    if choice == "advance":
        return min(week_count, from_week + 1)
    if choice == "stay":
        return from_week
    if choice == "ease":
        return max(1, from_week - 1)
    raise ValueError(f"unknown choice {choice!r}; expected one of {CHOICES}")


# ------------------------------------------------------------------- review
@dataclass(frozen=True)
class Option:
    choice: str  # advance | stay | ease
    week: int
    label: str


@dataclass(frozen=True)
class WeekReview:
    """The review of one week (block) and the suggestion that follows from it."""

    from_week: int
    block: int
    start: dt.date
    end: dt.date
    applies_from: dt.date  # first day of the next block, where a choice takes effect
    planned_sessions: int
    done_sessions: int
    adherence: float
    symptom_stops: tuple[tuple[dt.date, str, str], ...]  # (date, exercise id, reason)
    pain_before: float | None
    pain_after: float | None
    tolerated: bool
    recommended: str | None  # None: nothing to suggest (the last week, tolerated)
    options: tuple[Option, ...]
    text: str

    @property
    def pain_rise(self) -> float | None:
        if self.pain_before is None or self.pain_after is None:
            return None
        return self.pain_after - self.pain_before

    @property
    def pain(self) -> Change | None:
        """The week's pain change judged by the one meaningful-change rule (None when pain was not used)."""
        return judge_pain(self.pain_before, self.pain_after) if self.pain_after is not None else None


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def pain_change(days: Sequence[DayRecord], start: dt.date, end: dt.date) -> tuple[float | None, float | None]:
    """(before, during) average pain for the rule in the module docstring; (None, None) when unknown."""
    during = [float(d.pain) for d in sorted(days, key=lambda d: d.date)
              if d.pain is not None and start <= d.date <= end]
    prior_start = start - dt.timedelta(days=7)
    prior = [float(d.pain) for d in days if d.pain is not None and prior_start <= d.date < start]
    if during and prior:
        return _mean(prior), _mean(during)
    if len(during) >= 2:
        h = len(during) // 2
        return _mean(during[:h]), _mean(during[-h:])
    return None, None


def _week_slots(program: Program, week: int) -> int:
    return max(1, len(day_plan(program, week)))


def review_week(program: Program, from_week: int, start: dt.date, sessions: Sequence[SessionRecord],
                days: Sequence[DayRecord], names: Mapping[str, str] | None = None,
                block: int = 0) -> WeekReview:
    """Review the 7 days from ``start`` (on program week ``from_week``) and suggest what comes next."""
    p: Progression = program.progression
    names = names or {e.id: e.name for w in program.weeks for e in w.exercises}
    end = start + dt.timedelta(days=6)
    in_block = sorted((s for s in sessions if start <= s.date <= end), key=lambda s: (s.date, s.id))
    slots = _week_slots(program, from_week)
    planned = 7 * slots
    done = {(s.date, s.slot_index) for s in in_block
            if s.status == "completed" and s.slot_index is not None and 0 <= s.slot_index < slots}
    adherence = min(len(done), planned) / planned
    ended = [s for s in in_block if s.status in ENDED]
    recent = ended[-p.recent_sessions:] if p.recent_sessions > 0 else []
    stops = tuple((s.date, e, r) for s in recent for e, r in s.symptom_stops()
                  if r in SESSION_ENDING_ANSWERS)
    before, after = pain_change(days, start, end)
    rise = None if before is None or after is None else after - before
    judged = judge_pain(before, after) if rise is not None else None
    low_adherence = adherence + 1e-9 < p.min_adherence
    # A program may allow less of a rise than a meaningful worsening, never more (coach.core.change).
    pain_up = rise is not None and (rise > p.max_pain_rise + 1e-9 or bool(judged and judged.worse))
    tolerated = not (low_adherence or stops or pain_up)

    last = program.week_count
    reasons: list[str] = []
    if low_adherence:
        reasons.append(f"you did {min(len(done), planned)} of the {planned} planned sessions "
                       f"({adherence:.0%}; moving on needs {p.min_adherence:.0%})")
    for d, e, r in stops:
        reasons.append(f"you stopped {names.get(e, e)} on {day_text(d)} because of "
                       f"{stop_reason(r).label.lower()}")
    if pain_up:
        reasons.append(f"your average pain rose {judged.describe()}")

    if tolerated:
        recommended = "advance" if from_week < last else None
    elif stops or pain_up:
        recommended = "ease" if from_week > 1 else "stay"
    else:
        recommended = "stay"

    options: list[Option] = []
    if from_week < last:
        options.append(Option("advance", from_week + 1, f"Move on to week {from_week + 1}"))
    options.append(Option("stay", from_week, f"Stay on week {from_week}"))
    if from_week > 1:
        options.append(Option("ease", from_week - 1, f"Ease back to week {from_week - 1}"))
    options.sort(key=lambda o: o.choice != recommended)

    if tolerated:
        pain_bit = ""
        if judged is not None:
            pain_bit = f", and your pain went {judged.describe()}"
        summary = (f"Week {from_week} went well: you did {min(len(done), planned)} of {planned} sessions "
                   f"with no stop for sharp pain or weakness{pain_bit}.")
        if recommended == "advance":
            text = f"{summary} You are ready to move on to week {from_week + 1} if you feel ready."
        else:
            text = (f"{summary} That was the last week of the program. Keep doing the exercises that help "
                    "you, and stay active.")
    else:
        why = "; ".join(reasons)
        if recommended == "ease":
            advice = (f"We suggest easing back to week {from_week - 1}'s exercises for a week, then trying "
                      f"week {from_week} again.")
        elif stops or pain_up:
            advice = f"We suggest staying on week {from_week} for another week and going more gently."
        else:
            advice = f"We suggest staying on week {from_week} for another week before moving on."
        text = (f"Week {from_week} was not yet comfortable enough to move on: {why}. {advice} "
                "If symptoms keep you from exercising, talk to your doctor or physiotherapist.")
    return WeekReview(
        from_week=from_week, block=block, start=start, end=end, applies_from=end + dt.timedelta(days=1),
        planned_sessions=planned, done_sessions=min(len(done), planned), adherence=adherence,
        symptom_stops=stops, pain_before=before, pain_after=after, tolerated=tolerated,
        recommended=recommended, options=tuple(options), text=text,
    )


def due_review(program: Program, start: dt.date, today: dt.date, choices: Sequence[WeekChoice],
               sessions: Sequence[SessionRecord], days: Sequence[DayRecord]) -> WeekReview | None:
    """The review to show today, or None (not a week's end, already chosen, or nothing to suggest)."""
    k = review_block(start, today, choices)
    if k is None:
        return None
    first = block_start(start, k)
    week = effective_week(start, first, program.week_count, choices)
    review = review_week(program, week, first, sessions, days, block=k)
    return review if review.recommended is not None else None


# ---------------------------------------------------------------- dose levels
def has_range(ex: Exercise) -> bool:
    d = ex.dose
    return any(r is not None and r.is_range for r in (d.reps, d.sets, d.hold_seconds, d.duration_minutes))


@dataclass(frozen=True)
class LevelState:
    level: float = 0.0
    streak: int = 0  # tolerated sessions in a row since the last change


@dataclass(frozen=True)
class LevelChange:
    exercise_id: str
    week: int
    before: float
    after: float
    session_id: int
    date: dt.date
    reason: str  # step_up | step_down


def session_effect(session: SessionRecord, exercise_id: str) -> str | None:
    """How one session counts for an exercise: tolerated | symptom | reset, or None (not included)."""
    included = exercise_id in session.exercises or any(e == exercise_id for e, _ in session.stops)
    if not included:
        return None
    if session.symptom_stop_on(exercise_id):
        return "symptom"
    if session.status not in ENDED:
        return None
    answer = session.checkins.get(exercise_id)
    if any(r in SYMPTOM_STOPS for _, r in session.stops) or any(
            a in SESSION_ENDING_ANSWERS for a in session.checkins.values()):
        return "reset"
    if exercise_id in session.done and answer in TOLERATED_ANSWERS:
        return "tolerated"
    return "reset"


def step_levels(program: Program, states: Mapping[tuple[str, int], LevelState],
                sessions: Sequence[SessionRecord]) -> tuple[dict[tuple[str, int], LevelState], list[LevelChange]]:
    """Fold ended sessions (in order) into the levels of range doses, keyed by (exercise id, week)."""
    need = program.progression.tolerated_sessions_to_step_up
    out = dict(states)
    changes: list[LevelChange] = []
    for s in sorted(sessions, key=lambda s: s.id):
        if s.status not in ENDED:
            continue
        try:
            week = program.week(s.week)
        except KeyError:
            continue
        for ex in week.exercises:
            if not has_range(ex):
                continue
            effect = session_effect(s, ex.id)
            if effect is None:
                continue
            key = (ex.id, s.week)
            st = out.get(key, LevelState())
            if effect == "tolerated":
                st = replace(st, streak=st.streak + 1)
                if st.streak >= max(1, need):
                    new = min(1.0, st.level + LEVEL_STEP)
                    if new > st.level:
                        changes.append(LevelChange(ex.id, s.week, st.level, new, s.id, s.date, "step_up"))
                    st = LevelState(new, 0)
            elif effect == "symptom":
                new = max(0.0, st.level - LEVEL_STEP)
                if new < st.level:
                    changes.append(LevelChange(ex.id, s.week, st.level, new, s.id, s.date, "step_down"))
                st = LevelState(new, 0)
            else:
                st = replace(st, streak=0)
            out[key] = st
    return out, changes


def lower_dose_text(ex: Exercise, level: float, affected: str = "unsure") -> str | None:
    """The planned dose one step below ``level`` when the dose is a range above its low end, else None."""
    if not has_range(ex) or level <= 0:
        return None
    return plan_exercise(ex, affected, max(0.0, level - LEVEL_STEP)).planned_text()
