"""Opening the app on Today loads only what Today shows; the rest loads after the first paint (coach.ui.warm)."""

import datetime as dt
import json
import os
import subprocess
import sys

import pytest

from benchmarks.figures import start_coach_with
from coach.resources import default_program_path
from coach.store import profiles
from coach.store.db import Store

# What Today does not need: charts and their numbers, PDF, TOML writing, program validation, sqlite-utils.
NOT_ON_THE_START_PATH = ("pyqtgraph", "numpy", "reportlab", "tomlkit", "sqlite_utils", "pydantic",
                         "coach.ui.player.page", "coach.ui.progress.screen", "coach.ui.programs.screen",
                         "coach.ui.first_run", "coach.core.figure")

# The real ``coach --data-dir DIR`` start; at the main window's first paint it prints what is imported and exits.
CHILD = r"""
import json, os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) \
                and obj.window().objectName() == "mainWindow":
            w = obj.window()
            print(json.dumps({"modules": sorted(sys.modules), "screen": w.current_screen().property("screenKey")}))
            sys.stdout.flush()
            os._exit(0)
        return False

""" + start_coach_with("FirstPaint")


def start(data) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COACH_NO_SOUND": "1"}
    out = subprocess.run([sys.executable, "-c", CHILD, str(data)], capture_output=True, text=True, env=env,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_today_paints_without_the_libraries_it_does_not_need(tmp_path):
    data = tmp_path / "data"
    store = Store.open(data)
    profiles.create_profile(store, name="Sam", affected_side="left", start_date=dt.date.today(),
                            program_id="upper-lumbar-4-week", program_path=str(default_program_path()))
    store.close()
    first = start(data)  # checks the program file once (pydantic) and keeps it checked
    assert first["screen"] == "today"
    assert [m for m in NOT_ON_THE_START_PATH if m in first["modules"] and m != "pydantic"] == []
    again = start(data)
    assert again["screen"] == "today"
    assert [m for m in NOT_ON_THE_START_PATH if m in again["modules"]] == []


def test_the_warm_up_loads_the_next_screens_and_today_s_figures(qtbot, make_ctx, profile):
    from coach.core.figure import registry
    from coach.ui.main_window import MainWindow
    from coach.ui.warm import LIBRARIES, SCREENS, today_figures, warm

    ctx = make_ctx(dt.date(2026, 11, 10))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    figures = today_figures(ctx)
    assert figures  # the day's exercises have figures to build
    warmer = warm(window)
    qtbot.waitUntil(lambda: warmer.finished, timeout=60000)
    assert warmer.failed == []
    assert all(m in sys.modules for m in LIBRARIES + SCREENS)
    assert all(name in registry._CACHE for name in figures)
    assert ctx.store.db._full is not None  # the first write does not wait for sqlite-utils either
    assert window.current_screen().property("screenKey") == "today"
