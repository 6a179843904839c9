"""The open store, the profile in use and its program: what every use case works on.

:class:`App` holds no Qt and no wording; the desktop UI wraps it in
``coach.ui.context.AppContext`` (which adds the signal that carries
:class:`~coach.app.changes.Changes` to the screens), and a command-line tool
can use it directly. Plan reads (the week, today's slots) are here; every
write is a use case in the modules beside this one.

``App.open`` brings the records up to date before anything is shown:
sessions whose end was recorded but not their status are finished, and
every ended session is folded into dose levels and pauses
(:func:`coach.app.safety.catch_up`). Reads never write.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from coach.app import maintenance, safety, sessions
from coach.app.changes import EVERYTHING, Changes
from coach.core.clock import Clock
from coach.core.i18n import translate
from coach.core.plan import SessionSlot, day_plan
from coach.core.profile import Profile
from coach.core.program import Program, Week
from coach.core.program_i18n import localized
from coach.core.program_read import ProgramError
from coach.core.weeks import week_number_for
from coach.resources import default_program_path
from coach.store import profiles, program_options
from coach.store import safety as safety_store
from coach.store.db import Store
from coach.store.program_cache import load_program

T = TypeVar("T")

PICK_ANOTHER = "Choose another program for this profile in Profiles (clinician mode)."


class App:
    """The application's state. Create it with :meth:`open` (``App(store)`` does not bring records up to date)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.profile: Profile | None = profiles.active_profile(store)
        self._program: Program | None = None
        self.program_problem: str | None = None  # why the profile's program file is not the one shown
        self.safety_problem: str | None = None  # why the safety record could not be brought up to date
        # clinician mode (never stored): a clinician may set the week, record a visit, allow exercise after a stop
        self.clinician_mode = False

    @classmethod
    def open(cls, store: Store) -> App:
        """The state of ``store`` with its records brought up to date (see the module docstring)."""
        app = cls(store)
        app.catch_up()
        return app

    def catch_up(self) -> Changes:
        """Finish sessions that ended without their status, then fold ended sessions into the safety record."""
        return sessions.settle_ended(self) | safety.catch_up(self)

    # -------------------------------------------------------------- time
    @property
    def clock(self) -> Clock:
        """The one clock (the store's): wall time for dates and reminders, monotonic time for timers."""
        return self.store.clock

    def today(self) -> dt.date:
        return self.store.clock.today()

    # ----------------------------------------------------------- program
    @property
    def program(self) -> Program:
        """The profile's program; the built-in one (and ``program_problem`` says why) when it cannot be read."""
        if self._program is None:
            self._program = self._load_program()
        return self._program

    def _load_program(self) -> Program:
        """The profile's program file with the options chosen for the profile in place (``program_options``)."""
        program = localized(self._read_program())  # in the language in use (the file's own translations)
        if self.profile is None:
            return program
        return program.with_choices(program_options.choices(self.store, self.profile.id, program.id))

    def _read_program(self) -> Program:
        path = Path(self.profile.program_path) if self.profile and self.profile.program_path else None
        if path is not None and path.is_file():
            try:
                return load_program(self.store.data_dir, path)
            except ProgramError as exc:
                self.program_problem = (
                    translate("exports", "Your program file {path} has problems, so the built-in program is shown instead:\n").format(path=path)
                    + "\n".join(str(p) for p in exc.problems[:5]) + "\n" + PICK_ANOTHER
                )
        elif path is not None:
            self.program_problem = (
                translate("exports", "Your program file {path} was not found, so the built-in program is shown instead. {PICK_ANOTHER}").format(path=path, PICK_ANOTHER=PICK_ANOTHER)
            )
        return load_program(self.store.data_dir, default_program_path())

    def _fall_back(self, exc: Exception) -> bool:
        """The profile's program failed while in use: use the built-in one and say so. False if that was it."""
        if self._program is None or self._program.path == default_program_path():
            return False
        self.program_problem = (translate("exports", "Your program {program!r} could not be used ({name__}: {exc}), so the built-in program is shown instead. {PICK_ANOTHER}").format(program=self._program.title, name__=type(exc).__name__, exc=exc, PICK_ANOTHER=PICK_ANOTHER))
        self._program = localized(load_program(self.store.data_dir, default_program_path()))
        return True

    def use_profile(self, profile: Profile | None) -> Changes:
        """Work on ``profile`` from now on (its program is read again), with its records brought up to date."""
        self.profile = profile
        self._program = None
        self.program_problem = None
        self.safety_problem = None
        self.catch_up()
        return EVERYTHING

    # -------------------------------------------------------------- plan
    @property
    def side(self) -> str:
        return self.profile.affected_side if self.profile else "unsure"

    def calendar_week(self) -> int:
        """The program week by the calendar alone (``current_week`` honours the stored week choices)."""
        if not self.profile:
            return 1
        return week_number_for(self.profile.start_date, self.today(), self.program.week_count)

    def current_week(self) -> int:
        if not self.profile:
            return 1
        return safety_store.effective_week(self.store, self.profile, self.program.week_count, self.today())

    def current_week_index(self) -> int:
        return min(self.current_week(), self.program.week_count) - 1

    def week(self) -> Week:
        """This week of the program."""
        return self.program.weeks[self.current_week_index()]

    def stage(self) -> maintenance.Stage:
        """The week the app computes, and the phase after the weeks (maintenance) when the person is in one."""
        return maintenance.stage(self)

    def today_slots(self) -> list[SessionSlot]:
        """Today's slots with each range dose at its stored level, paused exercises left out, exercises eased or
        left out after a stop, and those needing a steady leg withheld while a warning sign asks it
        (``coach.app.safety.adjustments``); in a phase after the weeks, the phase's sessions
        (``coach.app.maintenance``).

        A program that fails here (it passed validation, yet something in it cannot be planned) never
        stops the app: the built-in program is used and ``program_problem`` says why.
        """
        try:
            return self._today_slots()
        except Exception as exc:
            if not self._fall_back(exc):
                raise
            return self._today_slots()

    def _today_slots(self) -> list[SessionSlot]:
        st = self.stage()
        if st.phase is not None:
            return maintenance.phase_slots(self, st)
        return self.day_plan(self.week().number)

    def day_plan(self, week: int) -> list[SessionSlot]:
        """Today's plan of ``week`` with today's adjustments (see ``today_slots``)."""
        if not self.profile:
            return day_plan(self.program, week, self.side)
        a = safety.adjustments(self, week)
        return day_plan(self.program, week, self.side, levels=dict(a.levels), paused=a.paused, eased=a.eased,
                        withheld=a.withheld)

    # ------------------------------------------------------------- store
    def reopen_store(self, action: Callable[[Path], T]) -> T:
        """Close the store, run ``action(data_dir)`` (a restore), open the store again and reload the profile.

        The store is reopened even when ``action`` fails, so the app keeps working on what is there.
        Everything shown may have changed (``EVERYTHING``).
        """
        data_dir = self.store.data_dir
        clock = self.store.clock
        self.store.close()
        try:
            return action(data_dir)
        finally:
            self.store = Store.open(data_dir, clock=clock, recover=True)
            self.use_profile(profiles.active_profile(self.store))
