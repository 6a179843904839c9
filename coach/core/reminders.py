"""When to remind: a session at each slot's time and the evening tracker entry, only while not yet done.

Pure scheduling on an injected clock: the caller passes ``now`` (local wall-clock
time, naive) on every check, and a ``is_done(reminder)`` callback that looks at
the stored sessions and tracker entries. Nothing here keeps a long timer; the UI
calls ``check(now, is_done)`` every ~30 s and right after the machine wakes,
and everything is recomputed from the wall clock each time:

- "Today" is ``now.date()``; only today's reminders are considered, so a
  reminder from yesterday never fires after midnight.
- A reminder fires once, when its time has come, if its session or entry is
  still not done.
- If the machine slept past a reminder, it fires once on wake if it is not
  older than ``grace`` and not superseded by a later reminder of the same kind
  (the evening session's time has also passed: only the evening one is shown).
  Older ones are dropped silently, so waking never brings a burst of stale
  notifications.
- A reminder already handled (fired, done or dropped) is remembered by its key
  in ``fired``; the UI stores those keys so a restart does not repeat them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from coach.core.i18n import translate
from coach.core.settings import Settings

SESSION = "session"
TRACKER = "tracker"

GRACE = dt.timedelta(hours=2)
CHECK_INTERVAL_S = 30.0
# A gap between the wall clock and the monotonic clock larger than this means the machine slept
# (the monotonic clock stands still while suspended) or the clock was changed.
WAKE_GAP_S = 90.0


@dataclass(frozen=True)
class Reminder:
    kind: str
    date: dt.date
    due: dt.datetime
    slot_index: int | None = None
    slot_name: str = ""

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.date.isoformat()}:{'' if self.slot_index is None else self.slot_index}"

    @property
    def title(self) -> str:
        if self.kind == SESSION:
            return translate("reminders", "Time for your {slot_name} session").format(slot_name=self.slot_name.lower())
        return translate("reminders", "Time for today's tracker")

    @property
    def message(self) -> str:
        if self.kind == SESSION:
            return (translate("reminders", "Your {slot_name} exercises are ready. Press Start when you are ready, and stop if anything brings sharp pain or weakness.").format(slot_name=self.slot_name.lower()))
        return translate("reminders", "Take a minute to note how your back and leg were today.")


def day_reminders(settings: Settings, slot_names: Sequence[str], date: dt.date) -> list[Reminder]:
    """The reminders of one day, in time order."""
    out: list[Reminder] = []
    if settings.session_reminders:
        for i, (name, t) in enumerate(zip(slot_names, settings.times_for(len(slot_names)), strict=True)):
            out.append(Reminder(SESSION, date, dt.datetime.combine(date, t), i, name))
    if settings.tracker_reminder:
        out.append(Reminder(TRACKER, date, dt.datetime.combine(date, settings.tracker_time)))
    out.sort(key=lambda r: (r.due, r.kind, r.slot_index or 0))
    return out


def next_open_slot(slot_indices: Iterable[int], done: Iterable[int]) -> int | None:
    """The first session slot of the day that is not done yet, or None when all are done."""
    done = set(done)
    return next((i for i in slot_indices if i not in done), None)


class ReminderScheduler:
    """Decides which reminders to show now. See the module docstring for the rules."""

    def __init__(self, settings: Settings, slot_names: Sequence[str], *, grace: dt.timedelta = GRACE,
                 fired: Iterable[str] = ()):
        self.settings = settings
        self.slot_names = tuple(slot_names)
        self.grace = grace
        self.fired: set[str] = set(fired)

    def update(self, settings: Settings, slot_names: Sequence[str], now: dt.datetime) -> None:
        """New settings or slots. Reminders whose time is already past count as handled, so changing a
        time to one that has just gone by does not fire at once."""
        self.settings = settings
        self.slot_names = tuple(slot_names)
        for r in day_reminders(settings, self.slot_names, now.date()):
            if r.due <= now:
                self.fired.add(r.key)

    def today(self, now: dt.datetime) -> list[Reminder]:
        return day_reminders(self.settings, self.slot_names, now.date())

    def check(self, now: dt.datetime, is_done: Callable[[Reminder], bool]) -> list[Reminder]:
        """The reminders to show now (at most one of each kind); every other past one is marked handled."""
        today = now.date()
        self.fired = {k for k in self.fired if k.split(":")[1] == today.isoformat()}
        past = [r for r in self.today(now) if r.due <= now and r.key not in self.fired]
        show: list[Reminder] = []
        for kind in (SESSION, TRACKER):
            mine = [r for r in past if r.kind == kind]
            if not mine:
                continue
            *older, newest = mine  # time order: only the newest can still be relevant
            for r in older:
                self.fired.add(r.key)
            self.fired.add(newest.key)
            if now - newest.due > self.grace:
                continue
            if is_done(newest):
                continue
            show.append(newest)
        return show

    def next_due(self, now: dt.datetime) -> dt.datetime | None:
        """When the next reminder not yet handled is due (today's, else tomorrow's first), or None."""
        for r in self.today(now):
            if r.due > now and r.key not in self.fired:
                return r.due
        tomorrow = day_reminders(self.settings, self.slot_names, now.date() + dt.timedelta(days=1))
        return tomorrow[0].due if tomorrow else None


class WakeDetector:
    """Notices when the machine slept or the clock jumped, from the wall clock against a monotonic clock.

    ``observe(wall_seconds, mono_seconds)`` returns True once per jump larger than ``gap`` seconds.
    """

    def __init__(self, gap: float = WAKE_GAP_S):
        self.gap = gap
        self._offset: float | None = None

    def observe(self, wall: float, mono: float) -> bool:
        offset = wall - mono
        jumped = self._offset is not None and abs(offset - self._offset) > self.gap
        self._offset = offset
        return jumped
