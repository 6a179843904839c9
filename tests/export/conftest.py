"""Fixtures for the export tests; the constructed history lives in export_history.py."""

import pytest
from export_history import D0, LAST_WEEK, TODAY, day, fill, pain  # noqa: F401

from coach.resources import default_program_path
from coach.store import profiles
from coach.store.db import Store


@pytest.fixture(scope="session")
def known(tmp_path_factory):
    """(store, profile, program) with the constructed data above; shared, so read it, never change it."""
    from coach.store.program_folder import profile_program

    store = Store.open(tmp_path_factory.mktemp("known") / "data")
    profile = profiles.create_profile(store, name="Alex Example", affected_side="right", start_date=D0,
                                      program_id="upper-lumbar-4-week", program_path=str(default_program_path()))
    fill(store, profile.id)
    yield store, profile, profile_program(profile)
    store.close()


@pytest.fixture(scope="session")
def known_data(known):
    from coach.store import history

    store, profile, program = known
    return history.load_progress(store, profile, program, TODAY)


@pytest.fixture(autouse=True)
def _app(qapp):
    """One QApplication for the session (pytest-qt's), before any export makes a QGuiApplication of its own."""
    return qapp
