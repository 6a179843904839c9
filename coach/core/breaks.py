"""Movement breaks at the desk: how often, the one-minute routine, and when a reminder is due.

Section 8 of the monograph, Sitting: "Stand and move every 20-30 minutes."
(line 211). A person who works at the computer can ask the app to remind them,
every 20, 25 or 30 minutes (they choose), with a one-minute routine built from
their program: stand up, walk a few steps, shift the weight from leg to leg,
and the standing or seated exercises of the weeks they have reached (standing
hip flexion from week 2 of the shipped program; a seated nerve glide when a
program has one). Reminders are off until the person turns them on.

:class:`BreakTimer` decides when a reminder is due, on monotonic seconds from
the app's one clock (never a count of timer ticks). A stretch of sitting starts
when the timer starts, after a break is taken or skipped, after a session (the
person has just moved) and when the person comes back after being away (the
screen locked, or no keyboard or mouse input for ``AWAY_AFTER_S``): while away
or in a session nothing is due. A snooze moves the reminder ``SNOOZE_MINUTES``
on. Pure Python: the tray (``coach.ui.tray``) feeds it the time and what the
platform says about the screen.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from coach.core.guide import S8, S9, Source, m
from coach.core.i18n import QT_TRANSLATE_NOOP, TranslatedFields
from coach.core.program import Program
from coach.core.settings import BREAK_INTERVALS, DEFAULT_BREAK_MINUTES

INTERVALS: tuple[int, ...] = BREAK_INTERVALS
"""Minutes of sitting between reminders the person can choose: Section 8, "every 20-30 minutes" (line 211)."""
DEFAULT_INTERVAL = DEFAULT_BREAK_MINUTES
SNOOZE_MINUTES = 10
AWAY_AFTER_S = 5 * 60
"""No keyboard or mouse input anywhere for this long: the person is taken to be away from the desk (an app
setting, not a health rule: it only keeps reminders from piling up for an empty chair)."""
ROUTINE_SECONDS = 60

SITTING_SOURCE = m(211, "Stand and move every 20-30 minutes.", S8)


@dataclass(frozen=True)
class BreakMove(TranslatedFields):
    """One part of the break routine, with its picture and the lines it comes from."""

    _context = "guide"
    _translated = frozenset({'text'})

    id: str
    text: str
    figure: str
    sources: tuple[Source, ...]
    exercise_id: str | None = None  # the program exercise it comes from, if any


STAND_UP = BreakMove("stand-up", QT_TRANSLATE_NOOP("guide", "Stand up from your chair, slowly."), "sit-to-stand", (SITTING_SOURCE,))
WALK = BreakMove("walk", QT_TRANSLATE_NOOP("guide", "Walk a few steps, around the room or to the window and back."), "walking",
                 (SITTING_SOURCE, m(25, "gentle walking, or changing positions",
                                    "Section 1: What Your Symptoms Might Mean")))
SHIFT = BreakMove("shift", QT_TRANSLATE_NOOP("guide", "Shift your weight slowly from one leg to the other a few times."), "standing",
                  (m(216, "Shift weight regularly.", S8),))

FROM_PROGRAM: dict[str, BreakMove] = {
    "standing-hip-flexion": BreakMove(
        "standing-hip-flexion", QT_TRANSLATE_NOOP("guide", "A few standing hip flexions each side: hold the back of your chair and lift one knee slowly, like a gentle march."), "standing-march",
        (m(174, "Standing Hip Flexion: Gentle marching.", "Section 7: Your 4-Week Movement Program"),),
        "standing-hip-flexion"),
    "slump-glide": BreakMove(
        "slump-glide", QT_TRANSLATE_NOOP("guide", "A few seated nerve glides: smooth and gentle, never forced."), "slump-glide",
        (m(242, "Nerve Gliding: Throughout the day for symptom relief.", S9),), "slump-glide"),
}
"""Exercises of a program that suit a break at the desk (standing beside the chair, or seated), by id, with
how the break words them: "a few", never the full dose of a session."""


def routine(program: Program, week: int, paused: Collection[str] = ()) -> tuple[BreakMove, ...]:
    """The one-minute routine for someone on ``week`` of ``program``: stand up, walk, shift the weight, and
    each exercise of weeks 1 to ``week`` that suits the desk (``FROM_PROGRAM``), unless it is paused."""
    reached: list[str] = []
    for w in program.weeks:
        if w.number > week:
            continue
        for e in w.exercises:
            if e.id in FROM_PROGRAM and e.id not in paused and e.id not in reached:
                reached.append(e.id)
    return (STAND_UP, WALK, SHIFT, *(FROM_PROGRAM[i] for i in reached))


def move_seconds(moves: tuple[BreakMove, ...]) -> int:
    """Seconds for each move, sharing the one minute."""
    return max(10, ROUTINE_SECONDS // max(1, len(moves)))


def interval_minutes(value: object) -> int:
    """The stored interval, or the default when it is not one of ``INTERVALS``."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value in INTERVALS \
        else DEFAULT_INTERVAL


@dataclass
class BreakTimer:
    """When the next movement break is due, on monotonic seconds (see the module docstring)."""

    interval_minutes: int = DEFAULT_INTERVAL
    since: float | None = None  # monotonic start of the current stretch of sitting
    snoozed_until: float | None = None
    paused: bool = field(default=False)  # away or in a session at the last update

    @property
    def interval_s(self) -> float:
        return self.interval_minutes * 60.0

    def start(self, now: float) -> None:
        """A new stretch of sitting starts now."""
        self.since = now
        self.snoozed_until = None

    def due_at(self) -> float | None:
        """The monotonic time the next reminder is due (None before the timer starts or while paused)."""
        if self.since is None or self.paused:
            return None
        return self.snoozed_until if self.snoozed_until is not None else self.since + self.interval_s

    def update(self, now: float, *, away: bool = False, busy: bool = False) -> bool:
        """Whether a reminder is due at ``now``. ``away``: the screen is locked or nobody has touched the
        computer for a while; ``busy``: a session is open. Coming back from either starts a new stretch."""
        if self.since is None:
            self.start(now)
        if away or busy:
            self.paused = True
            return False
        if self.paused:
            self.paused = False
            self.start(now)
            return False
        due = self.due_at()
        return due is not None and now >= due

    def shown(self, now: float) -> None:
        """A reminder was shown: the next one comes a whole interval later unless it is snoozed."""
        self.start(now)

    def snooze(self, now: float) -> None:
        self.since = now if self.since is None else self.since
        self.snoozed_until = now + SNOOZE_MINUTES * 60.0

    def taken(self, now: float) -> None:
        """The break was taken (or skipped): a new stretch of sitting starts."""
        self.start(now)

    def set_interval(self, minutes: int, now: float) -> None:
        """Another interval from now on; the stretch under way keeps its start."""
        self.interval_minutes = interval_minutes(minutes)
        if self.since is None:
            self.start(now)
