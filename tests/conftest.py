"""Test set-up shared by every test: offscreen Qt, a private data folder."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("COACH_NO_SOUND", "1")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

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
