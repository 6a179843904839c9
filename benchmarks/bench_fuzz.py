"""The program-file fuzzer at length: many more hostile files than the test suite runs, each timed (by hand).

Each file (``tests/program_fuzz.py``) must be rejected with ``file:line``
problems or accepted and then work: Today's plan for every week, and every
session run to the end through the session engine on a fixed clock. This
reports how many were accepted and rejected, the slowest file, and fails if
any file breaks the property or takes longer than 2 s (a hang; a file over the
limit is timed twice more and its fastest run counts, so that a stall of a
busy machine is not taken for one).

    python benchmarks/bench_fuzz.py [--examples 10000] [--seed 1]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hypothesis import HealthCheck, given, seed, settings

from tests.program_fuzz import check, program_texts

LIMIT_S = 2.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Fuzz program files at length.")
    ap.add_argument("--examples", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    times: list[float] = []
    counts = {"accepted": 0, "rejected": 0}
    slowest: list[tuple[float, str]] = []

    @seed(args.seed)
    @settings(max_examples=args.examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(program_texts())
    def run(text: str) -> None:
        t0 = time.perf_counter()
        program, _problems = check(text)
        took = time.perf_counter() - t0
        for _ in range(2):  # a busy machine can stall one run: a hang is slow every time
            if took < LIMIT_S:
                break
            t0 = time.perf_counter()
            check(text)
            took = min(took, time.perf_counter() - t0)
        times.append(took)
        counts["accepted" if program is not None else "rejected"] += 1
        slowest.append((took, text))
        slowest.sort(key=lambda s: -s[0])
        del slowest[1:]
        assert took < LIMIT_S, f"one file took {took:.2f} s"

    t0 = time.perf_counter()
    failure = None
    try:
        run()
    except Exception as exc:  # the property failed: hypothesis printed the smallest example
        failure = exc
    total = time.perf_counter() - t0
    print(f"files: {len(times)} ({counts['accepted']} accepted and run, {counts['rejected']} rejected with file:line) "
          f"in {total:.1f} s")
    if times:
        print(f"per file: median {statistics.median(times) * 1000:.1f} ms, slowest {max(times) * 1000:.0f} ms "
              f"(limit {LIMIT_S:g} s)")
    from benchmarks.figures import record

    if times:
        record(f"Program fuzz: slowest of {len(times)} files", max(times) * 1000, "ms", target=LIMIT_S * 1000)
    if failure is not None:
        print(f"FAILED: {type(failure).__name__}: {failure}")
        return 1
    print("OK: no traceback, no hang, no accepted file that breaks a session")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
