"""Start-up: process start to a painted Today window, against two floors: a bare window with a plot, a bare QWidget.

Each repetition starts a fresh Python process and times it from just before the
process is started to the moment a paint event of its main window arrives (the
child then writes one line and exits at once):

* ``coach``: the real ``coach --data-dir DIR`` start (``coach.cli.main``), on a
  temporary data folder holding one profile, so it opens straight on Today;
* ``plot window`` (the floor of the target): a bare ``QApplication`` +
  ``QMainWindow`` whose central widget is a pyqtgraph ``PlotWidget``, what a
  PySide6 app with a chart library pays (the app draws its own charts and
  does not use pyqtgraph; it is installed for this floor only, with the
  ``bench`` extra: ``pip install -e '.[test,bench]'``);
* ``bare QWidget``: a ``QApplication`` and one empty ``QWidget``, what any Qt
  app pays at all.

The three alternate (coach, plot, bare, coach, …) so that a busy machine hurts
them alike, and each child runs with compiled bytecode, as an installed app
does (``PYTHONDONTWRITEBYTECODE`` is dropped and the bytecode goes to a
temporary ``PYTHONPYCACHEPREFIX``, written by one uncounted run of each). The
medians of the wall time are reported, and their ratios; the child's CPU time
up to its first paint (user + system, from ``wait4``) is reported too, as the
steadier figure on a shared machine. Target: coach at most 1.0 × the plot
window (wall time).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_startup.py [--reps 9]
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
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.figures import record, start_coach_with

RATIO_TARGET = 1.0

_PAINTED = r"""
import os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

class _FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) and obj.window().isWindow() \
                and obj.window().objectName() in ("mainWindow", "floor"):
            sys.stdout.write("painted\n")
            sys.stdout.flush()
            os._exit(0)
        return False
"""

COACH = _PAINTED + start_coach_with("_FirstPaint")

PLOT = _PAINTED + r"""
import pyqtgraph as pg
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([sys.argv[0]])
f = _FirstPaint(app)
app.installEventFilter(f)
w = QMainWindow()
w.setObjectName("floor")
w.setCentralWidget(pg.PlotWidget())
w.resize(1100, 760)
w.show()
app.exec()
"""

BARE = _PAINTED + r"""
from PySide6.QtWidgets import QApplication
app = QApplication([sys.argv[0]])
f = _FirstPaint(app)
app.installEventFilter(f)
w = QWidget()
w.setObjectName("floor")
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


def time_one(code: str, *args: str, pycache: str) -> tuple[float, float]:
    """(wall seconds to the first paint, CPU seconds of the child)."""
    env = {**os.environ, "COACH_NO_SOUND": "1", "PYTHONPYCACHEPREFIX": pycache}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)
    assert proc.stdout is not None and proc.stderr is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - t0
    _pid, _status, usage = os.wait4(proc.pid, 0)
    proc.returncode = 0
    err = proc.stderr.read()
    proc.stdout.close()
    proc.stderr.close()
    if line.strip() != "painted":
        raise SystemExit(f"the child never painted a window:\n{err}")
    return elapsed, usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reps", type=int, default=9, help="repetitions of each (at least 5)")
    args = ap.parse_args(argv)
    reps = max(5, args.reps)
    kinds = {"coach": COACH, "plot": PLOT, "bare": BARE}
    wall: dict[str, list[float]] = {k: [] for k in kinds}
    cpu: dict[str, list[float]] = {k: [] for k in kinds}
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        prepare(data)
        pyc = str(Path(tmp) / "pycache")
        for name, code in kinds.items():  # compile the bytecode and warm the file cache, not counted
            time_one(code, *([str(data)] if name == "coach" else []), pycache=pyc)
        for _ in range(reps):
            for name, code in kinds.items():
                w, c = time_one(code, *([str(data)] if name == "coach" else []), pycache=pyc)
                wall[name].append(w * 1000)
                cpu[name].append(c * 1000)
    med = {k: statistics.median(v) for k, v in wall.items()}
    cmed = {k: statistics.median(v) for k, v in cpu.items()}
    labels = {"coach": "coach, start to painted Today", "plot": "floor: window + PlotWidget",
              "bare": "floor: bare QWidget"}
    print(f"repetitions: {reps} each, alternating; platform {os.environ['QT_QPA_PLATFORM']}; "
          f"load average {', '.join(f'{v:.2f}' for v in os.getloadavg())}")
    for k in kinds:
        print(f"{labels[k]:<32} wall median {med[k]:5.0f} ms (min {min(wall[k]):4.0f}, max {max(wall[k]):5.0f});"
              f"  CPU median {cmed[k]:5.0f} ms")
    ratio = med["coach"] / med["plot"]
    print(f"ratio to the plot window: wall {ratio:.2f}× (target ≤ {RATIO_TARGET:.1f}×), "
          f"CPU {cmed['coach'] / cmed['plot']:.2f}×")
    print(f"ratio to a bare QWidget:  wall {med['coach'] / med['bare']:.2f}×, CPU {cmed['coach'] / cmed['bare']:.2f}×")
    record("Start to painted Today (wall)", med["coach"], "ms", floor=med["plot"], floor_name="plot window",
           ratio_target=RATIO_TARGET)
    record("Start to painted Today (wall), bare floor", med["coach"], "ms", floor=med["bare"],
           floor_name="bare QWidget")
    record("Start to painted Today (CPU)", cmed["coach"], "ms", floor=cmed["plot"], floor_name="plot window")
    return 0 if ratio <= RATIO_TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
