"""The composition root's shared state: the open store, the active profile and its program.

Screens receive one ``AppContext``; they read from it and call its methods,
and listen to ``ctx.changed`` (a Qt signal carrying what changed:
"sessions", "tracker", "profile", "program", "settings", "safety", "clinician") to refresh.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from coach.core.clock import Clock
from coach.core.plan import SessionSlot, day_plan
from coach.core.profile import Profile
from coach.core.program import Program
from coach.core.program_read import ProgramError, load_program
from coach.core.weeks import week_number_for
from coach.resources import default_program_path
from coach.store import profiles, safety
from coach.store.db import Store

T = TypeVar("T")


class AppContext(QObject):
    changed = Signal(str)
    # asks the main window to open the session player: ("slot", index), ("walk", None), ("resume", session id)
    play_requested = Signal(object)

    def __init__(self, store: Store):
        super().__init__()
        self.store = store
        self.profile: Profile | None = profiles.active_profile(store)
        self._program: Program | None = None
        self.program_problem: str | None = None
        # program editing and profile management are unlocked (coach.ui.settings.profiles); never stored
        self.clinician_mode = False

    # -------------------------------------------------------------- time
    @property
    def clock(self) -> Clock:
        """The app's one clock (the store's): wall time for dates and reminders, monotonic time for timers."""
        return self.store.clock

    def today(self) -> dt.date:
        return self.store.clock.today()

    # ----------------------------------------------------------- program
    @property
    def program(self) -> Program:
        if self._program is None:
            self._program = self._load_program()
        return self._program

    def _load_program(self) -> Program:
        path = Path(self.profile.program_path) if self.profile and self.profile.program_path else None
        if path is not None and path.is_file():
            try:
                return load_program(path, check_figures=False)
            except ProgramError as exc:
                self.program_problem = (
                    f"Your program file {path} has problems, so the built-in program is shown instead:\n"
                    + "\n".join(str(p) for p in exc.problems[:5])
                )
        elif path is not None:
            self.program_problem = (
                f"Your program file {path} was not found, so the built-in program is shown instead."
            )
        return load_program(default_program_path(), check_figures=False)

    def set_profile(self, profile: Profile) -> None:
        self.profile = profile
        self._program = None
        self.program_problem = None
        self.changed.emit("profile")

    # -------------------------------------------------------------- plan
    def calendar_week(self) -> int:
        """The program week by the calendar alone (``current_week`` honours the stored week choices)."""
        if not self.profile:
            return 1
        return week_number_for(self.profile.start_date, self.today(), self.program.week_count)

    def current_week(self) -> int:
        if not self.profile:
            return 1
        return safety.effective_week(self.store, self.profile, self.program.week_count, self.today())

    def today_slots(self) -> list[SessionSlot]:
        """Today's slots with each range dose at its stored level and paused exercises left out."""
        side = self.profile.affected_side if self.profile else "unsure"
        week = self.program.weeks[self.current_week_index()].number
        if not self.profile:
            return day_plan(self.program, week, side)
        levels, paused = safety.plan_adjustments(self.store, self.profile, self.program, week)
        return day_plan(self.program, week, side, levels=levels, paused=paused)

    def current_week_index(self) -> int:
        return min(self.current_week(), self.program.week_count) - 1

    def reopen_store(self, action: Callable[[Path], T]) -> T:
        """Close the store, run ``action(data_dir)`` (a restore), open the store again and reload the profile.

        The store is reopened even when ``action`` fails, so the app keeps working on what is there.
        """
        data_dir = self.store.data_dir
        self.store.close()
        try:
            result = action(data_dir)
        finally:
            self.store = Store.open(data_dir, clock=self.store.clock)
            self.profile = profiles.active_profile(self.store)
            self._program = None
            self.program_problem = None
            self.changed.emit("profile")
            self.changed.emit("settings")
        return result

    def set_clinician_mode(self, on: bool) -> None:
        self.clinician_mode = bool(on)
        self.changed.emit("clinician")

    def notify(self, what: str) -> None:
        self.changed.emit(what)

    def request_play(self, what: str, arg: int | None = None) -> None:
        self.play_requested.emit((what, arg))
