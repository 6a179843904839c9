"""Provider report for five years of daily data, run by hand. Target: written in under 2 s.

Fills a fresh data folder with 1,825 days of every series (the generator of
``benchmarks/bench_progress.py``), reads it, and times ``write_report`` (every
table, the four or five chart panels painted off screen, the PDF written),
then the read, analysis and report together.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_report.py [--days 1825] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

TARGET_S = 2.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--days", type=int, default=1825)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    from bench_progress import make_store

    from coach.charts.files import ensure_app
    from coach.export.report import write_report
    from coach.store import history

    ensure_app()
    with tempfile.TemporaryDirectory() as tmp:
        store, profile, program, last = make_store(args.days, Path(tmp) / "data")
        report_times, total_times, pages = [], [], 0
        for i in range(args.repeat):
            out = Path(tmp) / f"report-{i}.pdf"
            t0 = time.perf_counter()
            data = history.load_progress(store, profile, program, last)
            t1 = time.perf_counter()
            pages = write_report(data, out, generated=last)
            t2 = time.perf_counter()
            report_times.append(t2 - t1)
            total_times.append(t2 - t0)
            print(f"run {i + 1}: read + analyse {t1 - t0:.2f} s, write_report {t2 - t1:.2f} s "
                  f"({pages} pages, {out.stat().st_size / 1024:.0f} KB)")
        store.close()
    worst = max(statistics.median(report_times), statistics.median(total_times))
    print(f"median write_report {statistics.median(report_times):.2f} s; with reading and analysis "
          f"{statistics.median(total_times):.2f} s; target {TARGET_S:.1f} s: {'OK' if worst < TARGET_S else 'TOO SLOW'}")
    return 0 if worst < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
