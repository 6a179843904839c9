"""Start-up time: process start to a painted Today window, against a bare PySide6 window with a plot (the floor).

Each repetition starts a fresh Python process and times it from just before the
process is started to the moment the main window's first paint event arrives
(the child then writes one line and exits at once):

* ``coach``: the real ``coach --data-dir DIR`` start (``coach.cli.main``), on a
  temporary data folder holding one profile, so it opens straight on Today;
* ``floor``: a bare ``QApplication`` + ``QMainWindow`` whose central widget is a
  pyqtgraph ``PlotWidget`` — what any app on this stack pays.

The two alternate (coach, floor, coach, floor, …) so that a busy machine hurts both
alike; medians are reported with their ratio. Target: coach at most 1.5 × the floor.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_startup.py [--reps 7]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_PAINTED = r"""
import os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QMainWindow, QWidget

class _FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) and isinstance(obj.window(), QMainWindow):
            sys.stdout.write("painted\n")
            sys.stdout.flush()
            os._exit(0)
        return False
"""

COACH = _PAINTED + r"""
import coach.ui.app as app_module
_make = app_module.make_qapp

def make_qapp(*a, **k):
    app = _make(*a, **k)
    app._first_paint = _FirstPaint(app)
    app.installEventFilter(app._first_paint)
    return app

app_module.make_qapp = make_qapp
from coach.cli import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""

FLOOR = _PAINTED + r"""
import pyqtgraph as pg
from PySide6.QtWidgets import QApplication
app = QApplication([sys.argv[0]])
f = _FirstPaint(app)
app.installEventFilter(f)
w = QMainWindow()
w.setCentralWidget(pg.PlotWidget())
w.resize(1100, 760)
w.show()
app.exec()
"""


def prepare(data_dir: Path) -> None:
    from coach.resources import default_program_path
    from coach.store import profiles
    from coach.store.db import Store

    store = Store.open(data_dir)
    try:
        profiles.create_profile(store, name="Sam", affected_side="left",
                                start_date=dt.date.today() - dt.timedelta(days=3),
                                program_id="upper-lumbar-4-week", program_path=str(default_program_path()))
    finally:
        store.close()


def time_one(code: str, *args: str) -> float:
    env = {**os.environ, "COACH_NO_SOUND": "1"}
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - t0
    _out, err = proc.communicate(timeout=60)
    if line.strip() != "painted":
        raise SystemExit(f"the child never painted a window:\n{err}")
    return elapsed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reps", type=int, default=7, help="repetitions of each (at least 5)")
    args = ap.parse_args()
    reps = max(5, args.reps)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        prepare(data)
        time_one(COACH, str(data))  # warm the file cache for both, not counted
        time_one(FLOOR)
        coach_t, floor_t = [], []
        for _ in range(reps):
            coach_t.append(time_one(COACH, str(data)))
            floor_t.append(time_one(FLOOR))
    c, f = statistics.median(coach_t), statistics.median(floor_t)
    print(f"repetitions: {reps} each, alternating; platform {os.environ['QT_QPA_PLATFORM']}")
    print(f"coach, start to painted Today: median {c * 1000:.0f} ms  "
          f"(min {min(coach_t) * 1000:.0f}, max {max(coach_t) * 1000:.0f})")
    print(f"floor, PySide6 window + PlotWidget: median {f * 1000:.0f} ms  "
          f"(min {min(floor_t) * 1000:.0f}, max {max(floor_t) * 1000:.0f})")
    print(f"ratio: {c / f:.2f}×  (target ≤ 1.5×)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
