"""Progress screen with five years of daily data, run by hand: set the data, then paint. Target: under 150 ms.

Fills a fresh data folder with 1,825 days of every series (diary with all
eight places, two sessions a day with stops, weekly PSFS, weekly warning-sign
answers) using ``tests/sample_history.write_sample_history``, reads it once,
and times ``ProgressScreen.show_data(data)`` followed by ``grab()`` of the
charts (a complete paint) for each range, several times; prints the first time and
the medians. The screen is made (its empty plots and axes built) before the clock starts.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_progress.py [--days 1825] [--repeat 7]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))  # sample_history

TARGET_MS = 150.0


def make_store(days: int, folder: Path):
    from sample_history import write_sample_history

    from coach.resources import default_program_path
    from coach.store import profiles
    from coach.store.db import Store
    from coach.store.program_folder import profile_program

    store = Store.open(folder)
    start = dt.date(2021, 1, 4)
    profile = profiles.create_profile(store, name="Benchmark", affected_side="right", start_date=start,
                                      program_id="upper-lumbar-4-week", program_path=str(default_program_path()))
    program = profile_program(profile)
    t = time.perf_counter()
    last = write_sample_history(store, profile, program, days)
    print(f"wrote {days} days of sample data in {time.perf_counter() - t:.1f} s")
    return store, profile, program, last


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--days", type=int, default=1825)
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()

    from coach.ui.app import make_qapp

    app = make_qapp()
    from coach.core.clock import FixedClock
    from coach.store import history
    from coach.ui.context import AppContext
    from coach.ui.progress.screen import ProgressScreen

    with tempfile.TemporaryDirectory() as tmp:
        store, profile, program, last = make_store(args.days, Path(tmp))
        t = time.perf_counter()
        data = history.load_progress(store, profile, program, last)
        load_ms = (time.perf_counter() - t) * 1000
        print(f"read and analysed {len(data.dates)} days in {load_ms:.0f} ms "
              f"({data.diary_days} diary days, {len(data.adherence.days)} days of sessions, {len(data.stops)} stops, "
              f"{len(data.weekly)} weekly scores, {len(data.warnings)} warning-sign answers)")
        store.clock = FixedClock(dt.datetime.combine(last, dt.time(12, 0)))  # Progress as seen on the last day
        ctx = AppContext(store)
        screen = ProgressScreen(ctx)
        screen.resize(1100, 800)
        screen.show()
        app.processEvents()
        screen.range_key = "all"
        t = time.perf_counter()
        screen.show_data(data)
        screen.charts.grab()
        first = (time.perf_counter() - t) * 1000
        print(f"first time (symbol shapes and text layouts not yet cached), range all: {first:.1f} ms")
        app.processEvents()
        results = {}
        for key in ("all", "4w", "14d"):
            screen.range_key = key
            times = []
            for _ in range(args.repeat):
                t = time.perf_counter()
                screen.show_data(data)
                screen.charts.grab()  # a complete paint of every chart
                times.append((time.perf_counter() - t) * 1000)
                app.processEvents()
            results[key] = statistics.median(times)
            print(f"range {key:>3}: set data + paint, median of {args.repeat}: {results[key]:6.1f} ms "
                  f"(min {min(times):.1f}, max {max(times):.1f})")
        times = []
        for key in ("14d", "4w", "all") * args.repeat:
            t = time.perf_counter()
            screen.set_range(key)
            screen.charts.grab()
            times.append((time.perf_counter() - t) * 1000)
        print(f"switching the range + paint, median: {statistics.median(times):.1f} ms")
        screen.close()
        store.close()
    worst = max(results.values())
    print(f"worst median {worst:.1f} ms; target {TARGET_MS:.0f} ms: {'OK' if worst < TARGET_MS else 'TOO SLOW'}")
    return 0 if worst < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
