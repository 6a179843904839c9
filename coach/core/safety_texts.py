"""What the app says about stored safety records: why exercises are held back and until when, what happened
after a set of warning-sign answers, and where they were given.

``coach.core.safety`` and ``coach.core.warning_signs`` hold the rules and
the advice given at the moment a rule fires (stop advice, warning-sign
outcomes, trend alerts). This module words what is read back later: the
notice that exercises are blocked, paused or partly withheld by open warning
signs, and the warning-sign answers as the report lists them. The store and
the use cases read the records and call these functions; the store keeps no
wording.
"""

from __future__ import annotations

import datetime as dt

from coach.core.i18n import translate
from coach.core.safety import CLEAR, EMERGENCY, Outcome
from coach.core.textfmt import date_text, long_day
from coach.core.warning_signs import Holds, SignState, join_words

WARNING_SOURCES: dict[str, str] = {"first_run": "first run", "tracker": "daily diary", "today": "Today screen",
                                   "stop": "a stop during an exercise"}
"""Where the warning signs were reported, as the report names it (by the stored source id)."""


def exercise_block_text(outcome: Outcome, reported_on: dt.date) -> str:
    """Why exercises may not be started while the answers of ``reported_on`` are open (blocked or paused)."""
    what = outcome.reported_text()
    if outcome.blocks_exercises:
        urgent = translate("safety", "Seek emergency care now if you have not yet. ") if outcome.level == EMERGENCY else ""
        return (translate("safety", "Exercises are blocked: on {reported_on} you reported {what}. {urgent}When a clinician has seen you, confirm the date on Today to unblock them.").format(reported_on=long_day(reported_on), what=what, urgent=urgent))
    return (translate("safety", "Exercises are paused: on {reported_on} you reported {what}. See a doctor promptly, then confirm on Today that you have read the advice to carry on.").format(reported_on=long_day(reported_on), what=what))


def _reported(states: tuple[SignState, ...]) -> str:
    """``falls (Tue 3 Nov) and symptoms in both legs (Wed 4 Nov)``."""
    return join_words([translate("safety", "{short} (since {since})").format(short=s.sign.short, since=long_day(s.since)) for s in states])


def holds_block_text(h: Holds) -> str:
    """Why no exercise may start because of open warning signs, and what ends it."""
    if h.blocking:
        urgent = (translate("safety", "Seek emergency care now if you have not yet. ")
                  if any(s.sign.urgency == EMERGENCY for s in h.blocking) else "")
        return (f"Exercises are blocked: you reported {_reported(h.blocking)}. {urgent}They stay blocked until you "
                "confirm the date a clinician saw you about it; answering the questions again does not lift it.")
    if h.unread:
        return (translate("safety", "Exercises are paused: you reported {unread}. See a doctor promptly, and confirm on Today that you have read the advice to carry on.").format(unread=_reported(h.unread)))
    return ""


def steady_leg_text(h: Holds, names: list[str]) -> str:
    """Why the exercises that need a steady leg are left out, and what ends it."""
    which = join_words(names) if names else translate("safety", "the exercises that need a steady leg")
    return (f"Left out until a clinician has seen you: {which}. You reported {_reported(h.steady_leg)}; on a "
            "step, a stair or one leg, a leg that gives way can make you fall. Confirm the date on Today when you "
            "have been seen.")


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
        follow.append(translate("safety", "advice acknowledged {acknowledged_at}").format(acknowledged_at=_when(acknowledged_at)))
    if assessed_confirmed_at:
        follow.append(translate("safety", "clinician assessment confirmed {assessed_confirmed_at}").format(assessed_confirmed_at=_when(assessed_confirmed_at)))
    if level != CLEAR and not follow:
        follow.append(translate("safety", "not yet acknowledged"))
    return "; ".join(follow)


def warning_source(source: str) -> str:
    return WARNING_SOURCES.get(source, source)
