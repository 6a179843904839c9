"""Test set-up shared by every test: offscreen Qt, a private data folder."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("COACH_NO_SOUND", "1")
os.environ.pop("COACH_LANGUAGE", None)  # the tests read the texts as written (English) unless one sets a language

from pathlib import Path

import pytest
from hypothesis import settings

# The same examples on every run and machine: a red CI is then reproducible.
settings.register_profile("coach", derandomize=True, deadline=None)
settings.load_profile("coach")

ROOT = Path(__file__).resolve().parent.parent
PROGRAM = ROOT / "programs" / "upper-lumbar-4-week.toml"


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    d = tmp_path / "data"
    monkeypatch.setenv("COACH_DATA_DIR", str(d))
    return d


def pytest_collection_modifyitems(items):
    """The longest tests go first: pytest-xdist hands the first tests out one to each worker, so each of them
    starts at once on its own core instead of last, alone, after everything else."""
    items.sort(key=lambda item: item.get_closest_marker("longest") is None)  # a stable sort keeps the rest's order


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    """A test that starts a process must say so with ``@pytest.mark.slow`` (``-m "not slow"`` is the quick run)."""
    if item.get_closest_marker("slow") is not None:
        return (yield)
    import subprocess

    real = subprocess.Popen._execute_child

    def refuse(self, args, *a, **k):
        raise AssertionError(f"this test starts a process ({args!r}): mark it @pytest.mark.slow")

    subprocess.Popen._execute_child = refuse
    try:
        return (yield)
    finally:
        subprocess.Popen._execute_child = real


@pytest.fixture(autouse=True)
def quick_pins(request, monkeypatch):
    """A PIN costs about 0.4 s to check on purpose (coach.core.clinician); tests that only set and try PINs use a
    cheap cost so the suite stays quick. The cost itself is tested in tests/core/test_clinician.py."""
    if request.path.name == "test_clinician.py":
        return
    from coach.core import clinician

    monkeypatch.setattr(clinician, "N", 2**10)
