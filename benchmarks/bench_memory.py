"""Resident memory of the app: on Today, after a session, and over an hour of the player open (no growth).

Starts the real app (``coach --data-dir DIR``, as ``bench_startup`` does) on
a temporary data folder with one profile, and inside it reads the process's
resident memory (``VmRSS``):

* ``Today, painted``: at the main window's first paint;
* ``Today, after the warm-up``: once the libraries and screens loaded after
  the paint (``coach.ui.warm``) are in;
* ``after a session``: the day's first session run from Today's Start to its
  summary and back to Today, every exercise done and checked in (the player
  page deleted); then again once the C allocator has given back what it keeps
  of freed memory (glibc's ``malloc_trim``: the difference is free memory the
  process may reuse, not memory the app holds);
* ``player open for an hour``: the player running one long session of
  engine time, four times the same cycle of a 5-minute walk, knee to chest
  held 20 s for 8 reps a side and the femoral nerve glide paced 3 s out and
  3 s back for 30 reps (about 15 minutes a cycle, 61 in all), sampled every
  minute and as each cycle hands over to the next (after a garbage
  collection; the fourth cycle ends the session, so three such points). The
  growth is the memory at the last of them minus that at the first (30
  minutes of engine time apart): the caches that fill once (figures painted, modules, the
  database's pages) are full by then, and anything that grows with time shows.

The sessions run on a ``FixedClock`` moved to each of the player's own wakes
in turn (the page's single-shot timer says when), and every wake is painted
offscreen as on screen, so an hour of engine time takes about a minute of
real time; the player's work per wake is exactly what it does in real time
(the real-time CPU is ``bench_player``'s). Targets: no growth over the hour
(at most 2 MB, allocator noise). The memory on Today and after a session are
reported, without a target.

    python benchmarks/bench_memory.py [--minutes 60]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.figures import record, start_coach_with

GROWTH_MB = 2.0

CHILD = r"""
import gc, json, os, sys, time
sys.path.insert(0, sys.argv[3])
from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication
from benchmarks.figures import rss_mb

MINUTES = float(sys.argv[2])
CYCLES = 4
out = {}

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "painted" not in out:
            out["painted"] = rss_mb()
            QTimer.singleShot(0, drive)
        return False

def wait(secs):
    loop = QEventLoop(); QTimer.singleShot(round(secs * 1000), loop.quit); loop.exec()

def trimmed_rss():
    # What stays resident once the C allocator gives back the memory it keeps after frees (glibc only);
    # the difference is memory freed and reusable, not held by the app.
    try:
        import ctypes
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        return None
    return rss_mb()

def settle():
    # A page left is deleted (deleteLater) when control is back in the main loop; this driver runs inside
    # one of its callbacks, so the deletion is delivered here as the main loop would deliver it.
    from PySide6.QtCore import QCoreApplication
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    wait(0.5)
    gc.collect()

def main_window():
    return next(w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow")

def run_page(page, clock, minutes=None, samples=None, cycle_ends=None, per_cycle=3):
    # Move the clock to each of the page's wakes and paint, answering as a person would.
    from coach.core.session import State
    app = QApplication.instance()
    start = clock.monotonic()
    next_sample = 60.0
    while True:
        snap = page.engine.snapshot()
        if page.engine.finished:
            break
        if minutes is not None and clock.monotonic() - start >= minutes * 60:
            break
        if snap.state == State.INTRO or (snap.state == State.ACTIVE and snap.phase in ("tap", "switch_side")):
            page.primary_action()
        elif snap.state == State.ACTIVE and snap.phase == "walk" and snap.target_reached:
            page.primary_action()
        elif snap.state == State.CHECKIN:
            page.answer_checkin("fine")
        else:
            step = page._timer.interval() / 1000 if page.running else 1.0
            clock.advance(max(0.001, step))
            page.tick()
        app.processEvents()
        if samples is not None and clock.monotonic() - start >= next_sample:
            samples.append(rss_mb())
            next_sample += 60.0
        if cycle_ends is not None and snap.exercise_index >= per_cycle * (len(cycle_ends) + 1):
            gc.collect()
            cycle_ends.append(((clock.monotonic() - start) / 60, rss_mb()))

def drive():
    from coach.app.sessions import SessionPlan
    from coach.core.clock import FixedClock
    from coach.core.plan import PlannedExercise
    from coach.ui.player import opening
    w = main_window()
    while getattr(w, "warmer", None) is None or not w.warmer.finished:
        wait(0.1)
    wait(1.0)
    gc.collect()
    out["warm"] = rss_mb()
    clock = FixedClock(monotonic=10_000.0)
    page = opening.open_player(w, ("slot", 0), clock=clock)
    run_page(page, clock)
    page.leave()
    del page
    settle()
    out["session"] = rss_mb()
    out["session_trimmed"] = trimmed_rss()
    prog = w.ctx.program
    ex = {e.id: e for wk in prog.weeks for e in wk.exercises}
    def item(e, **k):
        base = dict(reps=1, sets=1, hold_seconds=0.0, duration_minutes=0.0, max_duration_minutes=0.0, sides=(),
                    rest_between_reps_seconds=0.0, rest_between_sets_seconds=0.0, pacing="tap", tempo=None)
        base.update(k)
        return PlannedExercise(e, **base)
    glide = ex["femoral-nerve-glide"]
    cycle = (item(ex["walking"], duration_minutes=5.0, max_duration_minutes=5.0),
             item(ex["knee-to-chest"], reps=8, hold_seconds=20.0, sides=("right", "left"),
                  rest_between_reps_seconds=5.0),
             item(glide, reps=30, pacing="tempo", tempo=glide.dose.tempo, sides=("right",)))
    items = cycle * CYCLES
    clock2 = FixedClock(monotonic=50_000.0)
    from coach.ui.player.page import PlayerPage
    page = PlayerPage(w.ctx, SessionPlan(items, slot_index=1, slot_name="Evening", week=1), clock=clock2)
    page.closed.connect(lambda: w.pop_page(page))
    w.push_page(page)
    samples = []
    t0 = time.perf_counter()
    cycle_ends = []
    run_page(page, clock2, minutes=MINUTES, samples=samples, cycle_ends=cycle_ends)
    out["cycle_ends"] = cycle_ends
    out["hour_real_seconds"] = time.perf_counter() - t0
    out["hour_engine_minutes"] = (clock2.monotonic() - 50_000.0) / 60
    out["samples"] = samples
    page.leave()
    del page
    settle()
    out["after"] = rss_mb()
    print(json.dumps(out), flush=True)
    QApplication.instance().quit()

""" + start_coach_with("FirstPaint")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minutes", type=float, default=90.0,
                    help="at most this many engine minutes of the long session (default: all of it, about 65)")
    args = ap.parse_args(argv)
    root = Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as tmp:
        data = Path(tmp) / "data"
        from coach.resources import default_program_path
        from coach.store import profiles
        from coach.store.db import Store

        store = Store.open(data)
        profiles.create_profile(store, name="Sam", affected_side="right",
                                start_date=dt.date.today() - dt.timedelta(days=2),
                                program_id="upper-lumbar-4-week", program_path=str(default_program_path()))
        store.close()
        env = {**os.environ, "COACH_NO_SOUND": "1"}
        proc = subprocess.run([sys.executable, "-c", CHILD, str(data), str(args.minutes), str(root)],
                              capture_output=True, text=True, env=env, timeout=3600)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        print(proc.stdout[-2000:], proc.stderr[-4000:])
        return 1
    r = json.loads(lines[-1])
    samples = r["samples"]
    ends = r["cycle_ends"]
    growth = ends[-1][1] - ends[0][1] if len(ends) >= 2 else float("nan")
    print(f"Today, painted:              {r['painted']:6.1f} MB")
    print(f"Today, after the warm-up:    {r['warm']:6.1f} MB")
    print(f"after a session (on Today):  {r['session']:6.1f} MB"
          + (f" ({r['session_trimmed']:.1f} MB once the allocator returns what it keeps after frees)"
             if r.get("session_trimmed") else ""))
    print(f"player open {r['hour_engine_minutes']:.0f} min of engine time ({r['hour_real_seconds']:.0f} s real), "
          f"{len(ends)} cycles ended: " + ", ".join(f"minute {m:.0f}: {v:.1f} MB" for m, v in ends))
    print(f"growth from the first cycle's end to the last's: {growth:+.1f} MB")
    print("samples (MB, one a minute): " + " ".join(f"{v:.1f}" for v in samples))
    print(f"after the long session (on Today): {r['after']:.1f} MB")
    record("Memory: Today, painted", r["painted"], "MB")
    record("Memory: Today, after the warm-up", r["warm"], "MB")
    record("Memory: after a session, on Today", r["session"], "MB")
    if r.get("session_trimmed"):
        record("Memory: after a session, freed memory returned", r["session_trimmed"], "MB")
    record(f"Memory: growth, player open {r['hour_engine_minutes']:.0f} min", growth, "MB", target=GROWTH_MB)
    ok = growth <= GROWTH_MB
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
