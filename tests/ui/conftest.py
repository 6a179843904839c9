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
