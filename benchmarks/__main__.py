"""Run every benchmark and print one table: figure, value, target, floor and ratio, whether it is met.

    python -m benchmarks [--quick] [--markdown] [--only NAME ...]

Each ``benchmarks/bench_*.py`` runs in its own process (offscreen unless
``QT_QPA_PLATFORM`` says otherwise), the ones in ``PLAN`` first with the
arguments given there and any other ``bench_*.py`` after them with none. A
benchmark reports its figures with ``benchmarks.figures.record``; one that
reports none gets a row with the last line it printed. A floor is the same
thing done by the least an app on this stack could do, measured in the same
run, so its ratio holds steadier than the value on a shared machine. The
machine, the software and the load before and after are printed with the
table (``--markdown`` prints the table as Markdown, for the README).
``--quick`` runs shorter versions (fewer repetitions) to check the benchmarks
themselves. Benchmarks stay out of the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.figures import load, machine

HERE = Path(__file__).resolve().parent

# (module, arguments, quick arguments)
PLAN: list[tuple[str, list[str], list[str]]] = [
    ("bench_startup", ["--reps", "11"], ["--reps", "5"]),
    ("bench_player", [], ["--seconds", "8"]),
    ("bench_memory", [], ["--minutes", "31"]),  # two 15-minute cycles: the least that shows growth
    ("bench_cpu", [], ["--seconds", "8"]),
    ("bench_timer", ["--quick"], ["--quick"]),
    ("bench_figure", [], ["--frames", "30"]),
    ("bench_persist", [], ["--events", "100"]),
    ("bench_progress", [], ["--repeat", "3"]),
    ("bench_report", [], ["--repeat", "1"]),
    ("bench_exports", [], ["--repeat", "1"]),
    ("bench_pin", [], ["--tries", "3"]),
    ("bench_fuzz", ["--examples", "1000"], ["--examples", "100"]),
]


def plan(only: list[str]) -> list[tuple[str, list[str], list[str]]]:
    listed = {name for name, _a, _q in PLAN}
    extra = [(p.stem, [], []) for p in sorted(HERE.glob("bench_*.py")) if p.stem not in listed]
    out = [p for p in PLAN if (HERE / f"{p[0]}.py").is_file()] + extra
    if only:
        out = [p for p in out if any(o in p[0] for o in only)]
    return out


def run_one(name: str, args: list[str], figures: Path) -> tuple[int, float, str]:
    env = {**os.environ, "BENCH_FIGURES": str(figures), "COACH_NO_SOUND": "1"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, str(HERE / f"{name}.py"), *args], env=env, capture_output=True,
                          text=True, cwd=HERE.parent)
    lines = [ln for ln in (proc.stdout + proc.stderr).splitlines() if ln.strip()]
    return proc.returncode, time.perf_counter() - t0, lines[-1] if lines else ""


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return ""
    if unit == "%":
        return f"{value:.2f} %"
    if unit == "×":
        return f"{value:.2f}×"
    if unit in ("ms", "MB") and abs(value) >= 100:
        return f"{value:.0f} {unit}"
    return f"{value:.3g} {unit}" if abs(value) < 10 else f"{value:.1f} {unit}"


def rows_of(found: list[dict]) -> list[list[str]]:
    rows = []
    for f in found:
        unit = f["unit"]
        met = []
        target = ""
        low = f.get("at_least")
        if f["target"] is not None and low is not None:
            target = f"{fmt(low, unit)} – {fmt(f['target'], unit)}"
            met.append(low <= f["value"] <= f["target"])
        elif f["target"] is not None:
            cmp = "≥" if f["higher_is_better"] else "≤"
            target = f"{cmp} {fmt(f['target'], unit)}"
            met.append(f["value"] >= f["target"] if f["higher_is_better"] else f["value"] <= f["target"])
        floor = ratio = ""
        if f["floor"]:
            r = f["value"] / f["floor"]
            floor = f"{fmt(f['floor'], unit)} {f['floor_name']}".strip()
            ratio = f"{r:.2f}×"
            if f["ratio_target"] is not None:
                target = (target + "; " if target else "") + f"≤ {f['ratio_target']:.2f}× floor"
                met.append(r <= f["ratio_target"])
        ok = "" if not met else ("yes" if all(met) else "NO")
        rows.append([f["figure"], fmt(f["value"], unit), target, floor, ratio, ok])
    return rows


def table(rows: list[list[str]], markdown: bool) -> str:
    head = ["Figure", "Value", "Target", "Floor (same run)", "Ratio", "Met"]
    if markdown:
        out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
        out += ["| " + " | ".join(r) + " |" for r in rows]
        return "\n".join(out)
    widths = [max(len(str(r[i])) for r in [head, *rows]) for i in range(len(head))]
    line = lambda r: "  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()  # noqa: E731
    return "\n".join([line(head), line(["-" * w for w in widths]), *[line(r) for r in rows]])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="shorter runs, to check the benchmarks themselves")
    ap.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    ap.add_argument("--only", nargs="*", default=[], help="run only benchmarks whose name contains one of these")
    args = ap.parse_args(argv)
    load_before = load()
    started = time.strftime("%Y-%m-%d %H:%M")
    rows: list[list[str]] = []
    all_met = True
    with tempfile.TemporaryDirectory(prefix="benchmarks-") as tmp:
        for name, full, quick in plan(args.only):
            figures = Path(tmp) / f"{name}.jsonl"
            print(f"running {name} ...", file=sys.stderr, flush=True)
            code, secs, last = run_one(name, quick if args.quick else full, figures)
            found = [json.loads(ln) for ln in figures.read_text().splitlines()] if figures.exists() else []
            print(f"  {name}: {secs:.0f} s, exit {code}", file=sys.stderr, flush=True)
            if not found:
                rows.append([f"{name}: no figures recorded", "", "", "", "", "?"])
                rows.append([f"  (exit {code}) {last[:90]}", "", "", "", "", ""])
                all_met = False
                continue
            got = rows_of(found)
            all_met &= all(r[5] != "NO" for r in got)
            rows += got
    m = machine()
    print(table(rows, args.markdown))
    print()
    print(f"Run {started}{' (quick)' if args.quick else ''} on {m['cpu']}, {m['cores']} cores, {m['memory']}; "
          f"{m['system']}; Python {m['python']}; {m['qt']}; Qt platform {m['qpa'] or 'offscreen'}.")
    print(f"Load average before {load_before}, after {load()} (the machine is shared: ratios to floors measured "
          f"in the same run are the steadier figures).")
    return 0 if all_met else 1


if __name__ == "__main__":
    raise SystemExit(main())
