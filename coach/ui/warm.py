"""After the first paint: load what the next click needs, so that Today shows fast and nothing stalls later.

Today paints without sqlite-utils (reads run on the connection, see
``coach.store.db``), pydantic (the program comes from
``coach.store.program_cache``), the chart painter, reportlab, tomlkit, the
figure library or the other screens' modules. :func:`after_first_paint` runs
work once the window has painted, and :func:`warm` is that work:

1. on a worker thread, the libraries that take longest to import: sqlite-utils
   and its plugin scan (the first write needs them), pydantic and the program
   models (the program editor and every program check), and the figure library with the figures of today's exercises
   (the player). The thread only imports modules that import nothing from the
   screens, so it cannot deadlock with an import on the window's thread, and
   it holds the interpreter only in short slices, so the window stays responsive;
2. then, back on the window's thread, one step per turn of the event loop:
   sqlite-utils' ``Database`` for the store, and the modules of the screens a
   click opens next (the player, Diary, Progress and its chart painter,
   Programs, Settings).

Nothing here changes what a screen shows; a click before the warm-up is done
loads what it needs itself, as it always did.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

# on the worker thread: third-party libraries and core modules (nothing that imports coach.ui)
LIBRARIES = ("sqlite_utils", "sqlite_utils.plugins", "pydantic", "coach.core.program_schema",
             "coach.core.program_checks", "coach.core.figure")
# on the window's thread, one per turn of the event loop: what the next clicks open
SCREENS = ("coach.ui.player.opening", "coach.ui.diary.screen", "coach.charts.plot", "coach.ui.progress.screen",
           "coach.ui.programs.screen", "coach.ui.settings.screen", "coach.ui.settings.profiles")


class _FirstPaint(QObject):
    """Calls ``then`` once, on the turn of the event loop after the first paint of ``window``."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._then = then
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if (event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) and obj.window() is self._window):
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            QTimer.singleShot(0, self._fire)
        return False

    def _fire(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            then()
        self.deleteLater()


def after_first_paint(window: QWidget, then: Callable[[], None]) -> None:
    """Run ``then`` on the window's thread once ``window`` has painted (the paint is on screen by then)."""
    _FirstPaint(window, then)


class Warmer(QObject):
    """Runs the warm-up (see the module docstring); ``done`` when everything is loaded."""

    _libraries_loaded = Signal()
    done = Signal()

    def __init__(self, window, figures: Iterable[str] = (), parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self.window = window
        self.figures = tuple(figures)
        self.finished = False
        self.failed: list[str] = []  # modules that could not be loaded (the click that needs them will say why)
        self._steps: list[Callable[[], None]] = []
        self._libraries_loaded.connect(self._on_libraries)  # queued: emitted on the worker thread

    def start(self) -> None:
        self._thread = threading.Thread(target=self._load_libraries, name="warm-up", daemon=True)
        self._thread.start()

    def wait(self, timeout: float) -> None:
        """Let the worker finish its import before the interpreter shuts down (the app is quitting)."""
        thread = getattr(self, "_thread", None)
        if thread is not None:
            thread.join(timeout)

    # ---------------------------------------------------------- worker
    def _load_libraries(self) -> None:
        for name in LIBRARIES:
            self._import(name)
        try:
            import sqlite_utils.plugins

            sqlite_utils.plugins.ensure_plugins_loaded()  # the entry-point scan sqlite-utils' Database makes
            from coach.core.figure import FigureError, figure_sequence

            for name in self.figures:
                try:
                    figure_sequence(name)
                except FigureError:
                    pass
        except Exception as exc:  # a warm-up never takes the app down
            self.failed.append(f"figures: {exc}")
        self._libraries_loaded.emit()

    def _import(self, name: str) -> None:
        try:
            importlib.import_module(name)
        except Exception as exc:  # the click that needs it imports it again and says why
            self.failed.append(f"{name}: {exc}")

    # ------------------------------------------------------ window thread
    def _on_libraries(self) -> None:
        self._steps = [self._full_database, *[lambda n=n: self._import(n) for n in SCREENS]]
        QTimer.singleShot(0, self._step)

    def _full_database(self) -> None:
        try:
            _ = self.window.ctx.store.db.full
        except Exception as exc:  # the first write makes it and reports any problem
            self.failed.append(f"database: {exc}")

    def _step(self) -> None:
        if self._steps:
            self._steps.pop(0)()
            QTimer.singleShot(0, self._step)
            return
        self.finished = True
        self.done.emit()


def today_figures(ctx) -> list[str]:
    """The figures of today's exercises (the ones the player shows first)."""
    try:
        slots = ctx.today_slots()
    except Exception:  # only a warm-up: the player builds what it needs
        return []
    names: list[str] = []
    for slot in slots:
        for pe in slot.exercises:
            for step in pe.exercise.steps:
                if step.figure and step.figure not in names:
                    names.append(step.figure)
    return names


def warm(window) -> Warmer:
    """Start the warm-up for ``window`` (a ``MainWindow``); it is kept as ``window.warmer``."""
    warmer = Warmer(window, today_figures(window.ctx))
    window.warmer = warmer
    warmer.start()
    return warmer
