"""How long saving one session event takes, committed to disk (run by hand).

Every engine event is written by ``sessions.append_event`` in its own
transaction (WAL, ``synchronous=FULL``: the commit returns after the fsync),
while the player waits. This opens a real store in a folder on the disk under
test (default: a temporary folder next to this checkout, not /dev/shm), starts
a session and appends events with realistic data, one at a time, as the
player does (through ``SessionLog.record``), and prints the median, the 95th
percentile and the worst. Target: median under 5 ms.

    python benchmarks/bench_persist.py [--events 500] [--dir DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from coach.core.plan import day_plan
from coach.core.program_read import load_program
from coach.core.session import EngineEvent
from coach.resources import default_program_path
from coach.store import profiles
from coach.store.db import Store
from coach.store.session_log import SessionLog

TARGET_MS = 5.0


def measure(folder: Path, n: int) -> list[float]:
    """Milliseconds for each of ``n`` event saves into a fresh store in ``folder``."""
    store = Store.open(folder)
    try:
        prog = load_program(default_program_path())
        items = day_plan(prog, 1, "right")[0].exercises
        p = profiles.create_profile(store, affected_side="right", start_date=dt.date.today(),
                                    program_id=prog.id, program_path=str(default_program_path()))
        log = SessionLog.start(store, profile_id=p.id, date=dt.date.today(), slot_index=0, slot_name="Morning",
                               week=1, program_id=prog.id, items=items)
        times = []
        for k in range(n):
            ev = EngineEvent("hold", at=1000.0 + k, exercise_index=0, exercise_id="knee-to-chest", set=1,
                             side="right" if k % 10 < 5 else "left", rep=k % 5 + 1,
                             data={"seconds": 20.0, "side_index": 0, "done": float(k + 1)}, elapsed=25.0 * k)
            t0 = time.perf_counter()
            log.record(ev)
            times.append((time.perf_counter() - t0) * 1000)
        return times
    finally:
        store.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Commit latency of one session event.")
    ap.add_argument("--events", type=int, default=500)
    ap.add_argument("--dir", type=Path, help="folder on the disk to measure (default: a temporary one)")
    args = ap.parse_args(argv)
    base = args.dir or Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory(prefix="bench-persist-", dir=base) as tmp:
        times = measure(Path(tmp) / "data", args.events)
    times_sorted = sorted(times)
    med = statistics.median(times)
    p95 = times_sorted[int(0.95 * (len(times) - 1))]
    print(f"events saved: {len(times)} (each its own committed transaction, WAL, synchronous=FULL)")
    print(f"median {med:.2f} ms   95th percentile {p95:.2f} ms   worst {max(times):.2f} ms   "
          f"best {min(times):.2f} ms")
    ok = med < TARGET_MS
    from benchmarks.figures import record

    record("Event committed to disk (median)", med, "ms", target=TARGET_MS)
    print(f"median {'OK' if ok else 'OVER'} (target < {TARGET_MS:g} ms)")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
