"""After the weeks: where the person is (a week, or a phase such as maintenance), the phase's sessions and
weekly targets, the early-warning check, and going back to an earlier week.

The rules are ``coach.core.maintenance``'s; the records are ``coach.store.care``'s
and the week choices of ``coach.store.safety``. The stage builds on the week the
app computes (``App.current_week``: stored week choices honoured).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coach.app.changes import Changes, Done
from coach.core import maintenance as core
from coach.core import progression as prog
from coach.core.maintenance import CheckOutcome, Stage, Target
from coach.core.plan import SessionSlot
from coach.store import care
from coach.store import safety as safety_store

if TYPE_CHECKING:
    from coach.app.state import App

SAFETY = Changes(safety=True)


def stage(app: App) -> Stage:
    """The week the app computes today, and the phase after the weeks when the person is in one."""
    if not app.profile:
        return Stage(1)
    program, start, today = app.program, app.profile.start_date, app.today()
    choices = safety_store.week_choices(app.store, app.profile.id)

    def week_on(d: dt.date) -> int:
        return prog.effective_week(start, d, program.week_count, choices)

    return core.stage(program, start, today, week_on, {c.applies_from for c in choices})


def targets(app: App, st: Stage | None = None) -> tuple[Target, ...]:
    """Each exercise of the phase with how often it was done this phase week (a daily one: today)."""
    st = st or stage(app)
    if st.phase is None or not app.profile:
        return ()
    today = app.today()
    first, _ = st.week_span(today)
    done = care.exercises_done(app.store, app.profile.id, first, today)
    week = Counter(ex for _d, ex in done)
    day = Counter(ex for d, ex in done if d == today)
    return core.targets(st.phase, week, day)


def phase_slots(app: App, st: Stage) -> list[SessionSlot]:
    """Today's sessions in the phase (see ``coach.core.maintenance.phase_slots``)."""
    from coach.app import safety

    levels, paused = safety.plan_adjustments(app, st.week, st.phase.exercises)
    return core.phase_slots(st.phase, targets(app, st), app.side, levels, paused)


# ============================================================ early-warning check
@dataclass(frozen=True)
class CheckState:
    """The early-warning check as Today shows it: due or not, and the latest answers of this phase."""

    due: bool
    last: care.Check | None
    outcome: CheckOutcome | None  # what the latest answers meant (None before any)

    @property
    def open_return(self) -> bool:
        """The latest answers suggest going back to a week, and the person has not gone back yet."""
        return bool(self.last and self.outcome and self.outcome.back_to_week and not self.last.returned_at)


def check_state(app: App, st: Stage | None = None) -> CheckState:
    st = st or stage(app)
    if st.phase is None or st.since is None or not app.profile:
        return CheckState(False, None, None)
    found = [c for c in care.checks(app.store, app.profile.id) if c.date >= st.since]
    last = found[-1] if found else None
    outcome = None
    if last is not None:
        before = found[-2].signs if len(found) > 1 else ()
        outcome = core.assess_check({k: v for k, v in last.answers.items() if k in core.SIGN_IDS}, before)
    return CheckState(core.check_due(last.date if last else None, app.today(), st.phase), last, outcome)


def answer_check(app: App, answers: Mapping[str, bool]) -> Done[CheckOutcome]:
    """Record the answers to the early-warning check (today, in the current phase) and say what they mean."""
    st = stage(app)
    if st.phase is None:
        raise ValueError("the early-warning check is asked only in a phase after the program's weeks")
    state = check_state(app, st)
    previous = state.last.signs if state.last else ()
    outcome = core.assess_check(answers, previous)
    care.record_check(app.store, app.profile.id, app.today(), st.phase.id, answers, outcome.level,
                      outcome.back_to_week)
    return Done(outcome, SAFETY)


def return_to_week(app: App, week: int) -> Changes:
    """Go back to ``week`` of the program from today (after the early-warning check, or by choice)."""
    if not 1 <= week <= app.program.week_count:
        raise ValueError(f"week {week} is not a week of this program (1 to {app.program.week_count})")
    st = stage(app)
    state = check_state(app, st)
    check_id = state.last.id if state.open_return else None
    # from today, like every other week choice (weeks then move on only by tolerance: coach.core.progression)
    today = app.today()
    care.return_to_week(app.store, app.profile.id, today, today, st.week, week, check_id)
    return SAFETY | Changes(sessions=True)
