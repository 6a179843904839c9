"""Provider report for five years of daily data, run by hand. Target: the report in 1 s.

Method. A fresh data folder gets 1,825 days of every series ending today (the
generator of ``benchmarks/bench_progress.py``). Each repetition times the
report as the app and ``coach report`` make it, in the same process:

* **read**: every record of the profile (``coach.app.exports.load_history``)
  and the period's numbers (``history.progress()``);
* **report**: ``coach.app.exports.report_job`` (reading the records the
  report needs beside them: dose changes replayed from every session, week
  decisions, nerve-glide check-ins) and its ``run()``: every table and the
  five chart panels laid out and drawn as vector graphics by reportlab, the
  PDF written whole to disk;
* **total**: both.

The median of ``--repeat`` runs is compared with the target; the pages and
the file size are printed too (five years should fit in about 8 pages).

    python benchmarks/bench_report.py [--days 1825] [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchmarks.figures import record

TARGET_S = 1.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--days", type=int, default=1825)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

    from bench_progress import make_store

    from coach.app import exports

    with tempfile.TemporaryDirectory() as tmp:
        store, profile, program, _last = make_store(args.days, Path(tmp) / "data")
        reads, reports, totals = [], [], []
        for i in range(args.repeat):
            out = Path(tmp) / f"report-{i}.pdf"
            t0 = time.perf_counter()
            data = exports.load_history(store, profile, program).progress()
            t1 = time.perf_counter()
            result = exports.report_job(store, profile, program, data, out).run()
            t2 = time.perf_counter()
            reads.append(t1 - t0)
            reports.append(t2 - t1)
            totals.append(t2 - t0)
            print(f"run {i + 1}: read {t1 - t0:.2f} s, report {t2 - t1:.2f} s ({result.text.split('(')[1].split(',')[0]}, "
                  f"{out.stat().st_size / 1024:.0f} KB)")
        store.close()
    total = statistics.median(totals)
    print(f"median: read {statistics.median(reads):.2f} s, report {statistics.median(reports):.2f} s, total "
          f"{total:.2f} s; target {TARGET_S:.1f} s: {'OK' if total <= TARGET_S else 'TOO SLOW'}")
    record("Report, five years (read + PDF)", total * 1000, "ms", target=TARGET_S * 1000)
    return 0 if total <= TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
