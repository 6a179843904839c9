"""When the session player's page wakes, and what it redraws.

``PlayerPage.render`` draws and :meth:`Wakes._schedule` arms the next wake;
``benchmarks/bench_player.py`` measures the cost (at most 1 % of one core in a
hold, a walk and the waits, 1.5 % in paced reps):

* One single-shot ``QTimer`` (``Qt.PreciseTimer``) is re-armed after every frame for the next visible
  change, never at a fixed rate: the digits' next change (whole seconds), the figure's next moment while it
  moves (``view.FIGURE_STEPS`` a movement, spaced by how far the figure moves, at most ~30 Hz; a walking
  stride in 6 poses), and the engine's next cue or phase end (``SessionEngine.next_change_in``), so cues
  play on time. The bar and the strip move
  with those frames and never wake the page themselves: in a hold or a rest it wakes once a second. Times
  always come from the engine's clock; a frame is never counted.
* Nothing is armed while the engine waits for the user (an intro without a
  count, a tap, a check-in, a pause, the Stop question, the end).
* While the page cannot be seen (hidden, another page over it, the window
  minimised or hidden in the tray) nothing is repainted: the timer wakes only
  at the engine's next cue or phase end, so that cues still sound and events
  are saved as they happen; the engine's clock keeps true time regardless.
  Showing the page again redraws it at once (``_visibility_changed``).
* A frame redraws only what changed: everything when anything but time moved
  (``PlayerPage._frame_key``), else the digits when they change, the bar (only its
  pixels), the current step, the figure (a kept frame for a moment already
  painted, see ``figure_frames.CachedFigureView``) and the strip.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QWindow

from coach.core.session import Snapshot, State
from coach.ui.player import view as pv
from coach.ui.player.frame import PAGE_EXERCISE

FRAME_MS = 33  # at most ~30 Hz: while the figure moves, a repaint at each of its moments
WAKE_MARGIN_MS = 2  # wake just after a change is due, so that it has happened when the frame is drawn


class Wakes:
    """The page's one timer and what it follows (mixed into ``PlayerPage``, which provides ``engine``,
    ``clock``, ``pages``, ``exercise_view``, ``_call`` and ``_start_failed``)."""

    def _init_wakes(self) -> None:
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setSingleShot(True)  # re-armed by every render with the time to the next change
        self._timer.timeout.connect(self.tick)
        # the next wake only moves the figure: from this snapshot, taken at this time on the clock, as long as
        # the clock is before the next change of the digits or the engine (a later wake asks the engine)
        self._figure_only: tuple[Snapshot, float, float] | None = None
        self._on_screen = True  # whether the page can be seen (else nothing is repainted)
        self._watched: QWindow | None = None  # the window whose minimising and hiding the page follows

    def tick(self) -> None:
        fig = self._figure_only
        if fig is not None and self.clock.monotonic() < fig[2]:
            self._move_figure(fig[0], fig[1])
        else:
            self._call(self.engine.advance)

    def _move_figure(self, snap: Snapshot, at: float) -> None:
        """A wake for the figure's next moment only (before the digits or the engine change): the figure moves on
        from the last snapshot by the time passed on the clock, and nothing else is asked or drawn."""
        now = self.clock.monotonic()
        moved = pv.moved_on(snap, now - at)
        self.exercise_view.show_figure(moved)
        self._schedule(moved, now)

    def _schedule(self, snap: Snapshot, now: float | None = None) -> None:
        """Arm the timer for the next visible change, or for the engine's next cue while the page cannot be
        seen; nothing while the engine waits for the user (see the module docstring). ``snap`` is the state at
        ``now`` on the clock (default: now)."""
        self._figure_only = None
        running = (not self.engine.finished and self.pages.currentIndex() == PAGE_EXERCISE
                   and (snap.state == State.ACTIVE
                        or (snap.state == State.INTRO and self.engine.timings.intro_seconds is not None)))
        now = self.clock.monotonic() if now is None else now
        wake = self.engine.next_change_in(now) if running else None
        if running and self._on_screen:
            if snap.phase_left is not None:
                to_digit = snap.phase_left % 1.0
            else:
                to_digit = 1.0 - (snap.elapsed % 1.0)
            if to_digit < 1e-3:
                to_digit = 1.0
            wake = to_digit if wake is None else min(wake, to_digit)
            step = pv.next_moment_in(snap)
            if step is not None:  # the figure moves: its next moment (at most ~30 Hz)
                step = max(FRAME_MS / 1000, step)
                if step < wake - 0.02 and not snap.paused and snap.state == State.ACTIVE:
                    self._figure_only = (snap, now, now + wake - 0.01)
                wake = min(wake, step)
        if wake is None:
            if self._timer.isActive():
                self._timer.stop()
            return
        self._timer.start(math.ceil(wake * 1000) + WAKE_MARGIN_MS)

    # ---------------------------------------------------------- visibility
    def _visibility_changed(self) -> None:
        """Follow whether the page can be seen: repaint at once when it shows again, else only wake for cues."""
        win = self._watched
        seen = self.isVisible() and (win is None or win.visibility() not in (
            QWindow.Visibility.Hidden, QWindow.Visibility.Minimized))
        if seen == self._on_screen:
            return
        self._on_screen = seen
        if self._start_failed or not hasattr(self, "engine"):
            return
        if seen:
            self._call(self.engine.advance)  # catch up and redraw now, then the usual frames
        else:
            self._schedule(self.engine.snapshot())

    def _watch_window(self) -> None:
        win = self.window().windowHandle()
        if win is not None and win is not self._watched:
            if self._watched is not None:
                self._watched.visibilityChanged.disconnect(self._on_window_visibility)
            self._watched = win
            win.visibilityChanged.connect(self._on_window_visibility)

    def _on_window_visibility(self, _visibility) -> None:
        self._visibility_changed()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._watch_window()
        self._visibility_changed()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._visibility_changed()

    @property
    def running(self) -> bool:
        """Whether the repaint timer is running."""
        return self._timer.isActive()

