"""What the app says about stored safety records: why exercises are held back, the last stop, past answers.

``coach.core.safety`` holds the rules and the advice given at the moment a
rule fires (stop advice, warning-sign outcomes, trend alerts). This module
words what the store reads back later: the notice that exercises are blocked
or paused by an open warning sign, the note about the last session's stop on
the next session, and the warning-sign answers as the report lists them. The
store reads the records and calls these functions; it keeps no wording.
"""

from __future__ import annotations

import datetime as dt

from coach.core.safety import CLEAR, EMERGENCY, Outcome, easier_option, stop_reason
from coach.core.textfmt import date_text, long_day

WARNING_SOURCES: dict[str, str] = {"first_run": "first run", "tracker": "daily diary", "today": "Today screen"}
"""Where the warning-sign questions were answered, as the report names it (by the stored source id)."""


def exercise_block_text(outcome: Outcome, reported_on: dt.date) -> str:
    """Why exercises may not be started while the answers of ``reported_on`` are open (blocked or paused)."""
    what = outcome.reported_text()
    if outcome.level == EMERGENCY:
        return (f"Exercises are blocked: on {long_day(reported_on)} you reported {what}. Seek emergency care now "
                "if you have not yet. When a clinician has assessed you, confirm it on Today to unblock them.")
    return (f"Exercises are paused: on {long_day(reported_on)} you reported {what}. Arrange to see a doctor soon, "
            "then confirm on Today that you have read the advice to carry on.")


def last_stop_text(date: dt.date, slot_name: str, exercise_name: str, reason: str, *, paused: bool,
                   kind: str = "reps", lower_dose: str | None = None) -> str:
    """The note shown before the next session when the last one was stopped for a symptom.

    ``paused``: the exercise has since been paused for repeated stops; ``kind``
    and ``lower_dose``: the easier option to suggest (see ``safety.easier_option``).
    """
    when = long_day(date) + (f", {slot_name.lower()} session" if slot_name else "")
    head = (f"Last session ({when}) you stopped during {exercise_name} because of "
            f"{stop_reason(reason).label.lower()}.")
    if paused:
        return head + (" It is now paused because it was stopped more than once. Ask your doctor or "
                       "physiotherapist about it before you re-enable it.")
    return head + " " + easier_option(kind, lower_dose)


def _when(stamp: str | dt.datetime | dt.date) -> str:
    if isinstance(stamp, str):
        try:
            stamp = dt.datetime.fromisoformat(stamp)
        except ValueError:
            return stamp
    return date_text(stamp.date() if isinstance(stamp, dt.datetime) else stamp)


def warning_follow_up(level: str, acknowledged_at: str | dt.datetime | None,
                      assessed_confirmed_at: str | dt.datetime | None) -> str:
    """What happened after a set of warning-sign answers: advice acknowledged, assessment confirmed, or not yet."""
    follow = []
    if acknowledged_at:
        follow.append(f"advice acknowledged {_when(acknowledged_at)}")
    if assessed_confirmed_at:
        follow.append(f"clinician assessment confirmed {_when(assessed_confirmed_at)}")
    if level != CLEAR and not follow:
        follow.append("not yet acknowledged")
    return "; ".join(follow)


def warning_source(source: str) -> str:
    return WARNING_SOURCES.get(source, source)
