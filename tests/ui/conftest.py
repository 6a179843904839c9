import datetime as dt

import pytest

from coach.core.clock import FixedClock
from coach.resources import default_program_path
from coach.store import profiles
from coach.store.db import Store

DAY = dt.date(2026, 11, 10)
MORNING = dt.time(9, 0)


@pytest.fixture
def clock():
    """The app's one clock for a test: 09:00 on Tuesday 10 November 2026 until the test moves it.

    A test that depends on the hour says so with ``make_ctx(day, at=...)`` or ``window(day, at=...)``.
    """
    return FixedClock(dt.datetime.combine(DAY, MORNING), monotonic=5000.0)


@pytest.fixture
def store(tmp_path, clock):
    s = Store.open(tmp_path / "data", clock=clock)
    yield s
    s.close()


@pytest.fixture
def profile(store):
    return profiles.create_profile(store, name="", affected_side="right", start_date=dt.date(2026, 11, 1),
                                   program_id="upper-lumbar-4-week", program_path=str(default_program_path()))


@pytest.fixture
def make_ctx(store, clock):
    """An AppContext on the test's clock, set to ``today`` at ``at`` (default: the time the clock shows)."""
    from coach.ui.context import AppContext

    def make(today=DAY, at: dt.time | None = None):
        clock.set(dt.datetime.combine(today, at or clock.now().time()))
        return AppContext(store)

    return make


@pytest.fixture
def window(qtbot, profile, make_ctx):
    from coach.ui.main_window import MainWindow

    def make(today=DAY, at: dt.time | None = None):
        w = MainWindow(make_ctx(today, at))
        qtbot.addWidget(w)
        w.show()
        return w

    return make


def _top_levels() -> dict[int, object]:
    from PySide6.QtWidgets import QApplication
    from shiboken6 import getCppPointer

    return {getCppPointer(w)[0]: w for w in QApplication.topLevelWidgets()}


@pytest.fixture(autouse=True)
def no_widgets_left_behind(request, qapp):
    """Every window, dialog and page a test makes is gone when it ends (``qtbot.addWidget`` or a parent).

    pytest-qt closes the widgets it was given with ``deleteLater``, which ``processEvents`` never carries
    out: the deletions are run here. Widgets left alive pile up (over a thousand by the settings tests),
    every later style change repaints them all, and a test that took 3 s takes a minute. Anything else
    still alive is deleted, and the test fails saying what it was.
    """
    from PySide6.QtCore import QCoreApplication, QEvent

    before = set(_top_levels())
    yield
    for _ in range(3):  # a deletion can post the next one (a window takes its tray icon, the icon its menu)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    left = [w for ptr, w in _top_levels().items() if ptr not in before]
    names = [f"{type(w).__name__} {w.objectName()!r} {w.windowTitle()!r}" for w in left]
    for w in left:
        w.close()
        w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not names, f"{request.node.name} left these top-level widgets alive: {names}"
