"""The composition root: the application's state (``coach.app.state.App``) with the signals the screens
listen to.

Screens receive one ``AppContext``. They read through it (``ctx.profile``,
``ctx.program``, ``ctx.today_slots()``), call the use cases of ``coach.app``
with ``ctx.app``, and hand what a use case returns to :meth:`AppContext.apply`,
which emits ``changed`` with its :class:`~coach.app.changes.Changes` when
anything changed. The main window redraws the screen in view when the change
touches what it shows (``coach.ui.screens.REFRESH_ON``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Signal

from coach.app.changes import Changes, Done, changes_of
from coach.app.state import App
from coach.core.clock import Clock
from coach.core.plan import SessionSlot
from coach.core.profile import Profile
from coach.core.program import Program
from coach.store.db import Store


class AppContext(QObject):
    changed = Signal(object)  # a coach.app.changes.Changes, after every write that changed something
    # asks the main window to open the session player: ("slot", index), ("walk", None), ("resume", session id)
    play_requested = Signal(object)
    guide_requested = Signal(str)  # asks the main window to show the Guide at a topic ("" for its top)
    flare_requested = Signal()  # asks the main window to open the flare plan

    def __init__(self, store: Store):
        super().__init__()
        self.app = App.open(store)

    @property
    def clinician_mode(self) -> bool:
        """Program editing, profile management and the clinician's safety decisions are unlocked
        (``coach.ui.settings.profiles``); never stored. The app layer checks it (``App.clinician_mode``)."""
        return self.app.clinician_mode

    @clinician_mode.setter
    def clinician_mode(self, on: bool) -> None:
        self.app.clinician_mode = bool(on)

    # ------------------------------------------------------------ reads
    @property
    def store(self) -> Store:
        return self.app.store

    @property
    def profile(self) -> Profile | None:
        return self.app.profile

    @property
    def program(self) -> Program:
        return self.app.program

    @property
    def program_problem(self) -> str | None:
        return self.app.program_problem

    @property
    def clock(self) -> Clock:
        """The app's one clock (the store's): wall time for dates and reminders, monotonic time for timers."""
        return self.app.clock

    def today(self) -> dt.date:
        return self.app.today()

    def calendar_week(self) -> int:
        """The program week by the calendar alone (``current_week`` honours the stored week choices)."""
        return self.app.calendar_week()

    def current_week(self) -> int:
        return self.app.current_week()

    def current_week_index(self) -> int:
        return self.app.current_week_index()

    def today_slots(self) -> list[SessionSlot]:
        """Today's slots with each range dose at its stored level and paused exercises left out."""
        return self.app.today_slots()

    # ---------------------------------------------------------- changes
    def apply(self, result: Changes | Done | None) -> None:
        """Tell the screens what a use case changed (nothing is emitted when nothing changed)."""
        changes = changes_of(result)
        if changes:
            self.changed.emit(changes)

    def notify(self, changes: Changes) -> None:
        """Tell the screens that something they may show changed without a write (the hour turned)."""
        self.apply(changes)

    def set_profile(self, profile: Profile) -> None:
        """Work on ``profile`` from now on (after it was switched to or edited)."""
        self.apply(self.app.use_profile(profile))

    def set_clinician_mode(self, on: bool) -> None:
        self.clinician_mode = bool(on)
        self.apply(Changes(clinician=True))

    def request_play(self, what: str, arg: int | None = None) -> None:
        self.play_requested.emit((what, arg))

    def open_guide(self, topic: str = "") -> None:
        """Show the Guide at ``topic`` (a ``coach.core.guide`` topic id)."""
        self.guide_requested.emit(topic)

    def open_flare(self) -> None:
        """Open the flare plan (it records the flare)."""
        self.flare_requested.emit()
