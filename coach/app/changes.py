"""What a write changed: the small value every use case in ``coach.app`` returns.

A screen shows what it reads; after a write it needs to know whether what it
shows may have changed. Each use case returns a :class:`Changes` naming the
kinds of record it touched (or a :class:`Done` carrying a result with its
``changes``); the UI passes it on (``AppContext.apply``) and each screen
redraws only when a kind it shows changed.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    """The kinds of record a write changed (all False: nothing changed)."""

    sessions: bool = False  # sessions and their events (started, recorded, finished, closed)
    diary: bool = False  # diary days and weekly scores
    safety: bool = False  # warning-sign answers and their confirmations, dose levels, pauses, week choices
    program: bool = False  # the programs folder, or the program the profile follows
    profile: bool = False  # which profile is in use, or its details: everything shown may differ
    settings: bool = False  # the app's settings (theme, text size, reminders, sound, clinician PIN)
    clinician: bool = False  # clinician mode was entered or left (never stored)
    time: bool = False  # the hour or the day turned: what depends on the clock may differ

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})

    def touches(self, interest: Changes) -> bool:
        """Whether any kind named here is one ``interest`` names (what a screen shows)."""
        return any(getattr(self, f.name) and getattr(interest, f.name) for f in fields(self))

    @property
    def names(self) -> tuple[str, ...]:
        """The kinds that changed, in field order."""
        return tuple(f.name for f in fields(self) if getattr(self, f.name))

    def __repr__(self) -> str:
        return f"Changes({', '.join(self.names) or 'nothing'})"


NOTHING = Changes()
EVERYTHING = Changes(**{f.name: True for f in fields(Changes)})


@dataclass(frozen=True)
class Done(Generic[T]):
    """A write's result (``value``) and what it changed."""

    value: T
    changes: Changes = NOTHING


def changes_of(result: Changes | Done | None) -> Changes:
    """The changes of a use case's return value (a ``Changes``, a ``Done``, or None for nothing)."""
    if result is None:
        return NOTHING
    if isinstance(result, Changes):
        return result
    return result.changes
