import datetime as dt

import pytest

from coach.resources import default_program_path
from coach.store import profiles
from coach.store.db import Store


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "data")
    yield s
    s.close()


@pytest.fixture
def profile(store):
    return profiles.create_profile(store, name="", affected_side="right", start_date=dt.date(2026, 11, 1),
                                   program_id="upper-lumbar-4-week", program_path=str(default_program_path()))


@pytest.fixture
def make_ctx(store):
    from coach.ui.context import AppContext

    def make(today=dt.date(2026, 11, 10)):
        return AppContext(store, today=lambda: today)

    return make


@pytest.fixture
def window(qtbot, profile, make_ctx):
    from coach.ui.main_window import MainWindow

    def make(today=dt.date(2026, 11, 10)):
        w = MainWindow(make_ctx(today))
        qtbot.addWidget(w)
        w.show()
        return w

    return make
