"""``coach chart`` and ``coach report`` as whole processes on five years of data, run by hand.
Targets: ``coach chart`` in 1.5 s, peak memory under 150 MB for either.

Method. A fresh data folder gets 1,825 days of every series ending today (the
generator of ``benchmarks/bench_progress.py``). Each command then runs as a
person runs it, ``python -m coach --data-dir DIR chart --out FILE --force``
(PNG, SVG and PDF) and ``... report --out FILE.pdf --force``, with no display
(``QT_QPA_PLATFORM=offscreen``), over its default period: the program's start
to today, five years. Wall time runs from just before the process starts to
its exit; peak memory is the process's own maximum resident set size, read
with ``os.wait4`` (the kernel's ``ru_maxrss`` of that one child). Each child
runs with compiled bytecode, as an installed app does
(``PYTHONDONTWRITEBYTECODE`` is dropped and the bytecode goes to a temporary
``PYTHONPYCACHEPREFIX``, written by one uncounted run of each command). Medians
of ``--repeat`` runs per command; the worst median is compared with the
targets, and the floor of the table is ``python -c "import PySide6.QtGui"``
timed the same way (what any Qt process pays before doing anything).

    python benchmarks/bench_exports.py [--days 1825] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from benchmarks.figures import record  # noqa: E402

CHART_TARGET_S = 1.5
MEMORY_TARGET_MB = 150.0


def run(data_dir: Path, args: list[str], pycache: str, code: list[str] | None = None) -> tuple[float, float]:
    """(seconds, peak MB) of one ``coach`` process (or of ``python code``)."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "PYTHONDONTWRITEBYTECODE")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPYCACHEPREFIX"] = pycache
    cmd = [sys.executable, *code] if code else [sys.executable, "-m", "coach", "--data-dir", str(data_dir), *args]
    t = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(p.pid, 0)
    took = time.perf_counter() - t
    err = p.stderr.read().decode()
    p.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"coach {' '.join(args)} failed: {err}")
    return took, usage.ru_maxrss / 1024  # kilobytes on Linux


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--days", type=int, default=1825)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    from bench_progress import make_store

    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        store, *_rest = make_store(args.days, data_dir)
        store.close()
        commands = {f"chart {fmt}": ["chart", "--out", str(Path(tmp) / f"c.{fmt}"), "--force"]
                    for fmt in ("png", "svg", "pdf")}
        commands["report"] = ["report", "--out", str(Path(tmp) / "r.pdf"), "--force"]
        pyc = str(Path(tmp) / "pycache")
        floor_code = ["-c", "import PySide6.QtGui"]
        for cmd in commands.values():  # compile the bytecode and fill the program cache: not counted
            run(data_dir, cmd, pyc)
        run(data_dir, [], pyc, floor_code)
        floor = statistics.median(run(data_dir, [], pyc, floor_code)[0] for _ in range(args.repeat))
        print(f"floor, python -c 'import PySide6.QtGui': {floor:.2f} s")
        results = {}
        for name, cmd in commands.items():
            runs = [run(data_dir, cmd, pyc) for _ in range(args.repeat)]
            secs, mem = statistics.median(r[0] for r in runs), max(r[1] for r in runs)
            results[name] = (secs, mem)
            print(f"coach {name:9}: {secs:.2f} s (runs {', '.join(f'{r[0]:.2f}' for r in runs)}), "
                  f"peak {mem:.0f} MB")
    chart = max(v[0] for k, v in results.items() if k.startswith("chart"))
    memory = max(v[1] for v in results.values())
    for name, (secs, mem) in results.items():
        record(f"coach {name}, five years, whole process", secs * 1000, "ms",
               target=CHART_TARGET_S * 1000 if name.startswith("chart") else None, floor=floor * 1000,
               floor_name="import QtGui")
        record(f"coach {name}, peak memory", mem, "MB", target=MEMORY_TARGET_MB)
    ok = chart <= CHART_TARGET_S and memory < MEMORY_TARGET_MB
    print(f"slowest chart {chart:.2f} s (target {CHART_TARGET_S}), report {results['report'][0]:.2f} s; "
          f"peak memory {memory:.0f} MB (target under {MEMORY_TARGET_MB:.0f}): {'OK' if ok else 'NOT MET'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
