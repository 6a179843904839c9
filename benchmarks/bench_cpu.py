"""CPU use of the session engine and its repaint timer during a 20 s hold (run by hand).

Process CPU time / wall time while a ``QTimer(Qt.PreciseTimer)`` drives
``SessionEngine.advance()`` on the real clock, as the player screen does.
Target: at most 3 % of one core for the engine and timer. A baseline with the
timer but no engine is printed for comparison.

A player widget can be included later: pass ``--frame module:factory`` where
``factory(app)`` returns a callable taking each ``Snapshot`` (for example one
that updates and repaints the widget), or call ``measure(on_frame=...)`` from
Python.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_cpu.py [--hz 30] [--seconds 20]
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

from coach.core.clock import SystemClock
from coach.core.plan import PlannedExercise
from coach.core.program import Dose, Exercise
from coach.core.session import SessionEngine, Snapshot, State


def hold_item(seconds: float) -> PlannedExercise:
    ex = Exercise(id="bench-hold", name="Hold", kind="hold", dose=Dose())
    return PlannedExercise(ex, reps=1, sets=1, hold_seconds=seconds, duration_minutes=0, max_duration_minutes=0,
                           sides=(), rest_between_reps_seconds=0, rest_between_sets_seconds=0, pacing="tap",
                           tempo=None)


def measure(seconds: float = 20.0, hz: float = 30.0, on_frame: Callable[[Snapshot], None] | None = None,
            engine: bool = True) -> tuple[float, int, float]:
    """Run a ``seconds`` hold (after the 3 s get-ready) and return (CPU fraction of one core, frames, wall s)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert app is not None
    eng = SessionEngine([hold_item(seconds)], SystemClock(), on_event=lambda ev: None)
    loop = QEventLoop()
    frames = 0
    deadline = time.monotonic() + seconds + 3.0

    def tick() -> None:
        nonlocal frames
        frames += 1
        if engine:
            snap = eng.advance()
            if on_frame is not None:
                on_frame(snap)
            if eng.state != State.ACTIVE or snap.phase == "release":
                loop.quit()
        elif time.monotonic() >= deadline:
            loop.quit()

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(round(1000 / hz))
    timer.timeout.connect(tick)
    eng.start()
    eng.start()
    w0, c0 = time.perf_counter(), time.process_time()
    timer.start()
    loop.exec()
    timer.stop()
    wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    return cpu / wall, frames, wall


def _load(spec: str) -> Callable[[QApplication], Callable[[Snapshot], None]]:
    mod, _, name = spec.partition(":")
    return getattr(importlib.import_module(mod), name)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="CPU use of the engine and repaint timer during a hold.")
    ap.add_argument("--seconds", type=float, default=20.0, help="hold length (default 20)")
    ap.add_argument("--hz", type=float, nargs="*", default=[30.0, 60.0], help="repaint rates (default 30 60)")
    ap.add_argument("--frame", help="module:factory; factory(app) returns a per-snapshot callable (a widget)")
    args = ap.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    on_frame = _load(args.frame)(app) if args.frame else None
    print(f"{'what':<32}{'Hz':>5}{'frames':>8}{'wall s':>8}{'CPU % of a core':>17}")
    worst = 0.0
    for hz in args.hz:
        base, f0, w0 = measure(args.seconds, hz, engine=False)
        print(f"{'timer only (baseline)':<32}{hz:>5.0f}{f0:>8}{w0:>8.1f}{base * 100:>17.2f}")
        frac, frames, wall = measure(args.seconds, hz)
        worst = max(worst, frac)
        print(f"{'timer + engine.advance()':<32}{hz:>5.0f}{frames:>8}{wall:>8.1f}{frac * 100:>17.2f}")
        if on_frame is not None:
            frac_w, frames_w, wall_w = measure(args.seconds, hz, on_frame)
            print(f"{'timer + engine + frame callable':<32}{hz:>5.0f}{frames_w:>8}{wall_w:>8.1f}"
                  f"{frac_w * 100:>17.2f}")
    print(f"worst engine+timer {worst * 100:.2f} % of one core: {'OK' if worst <= 0.03 else 'OVER'} (target 3 %)")
    from benchmarks.figures import record

    record("Engine + 30-60 Hz timer alone, CPU", worst * 100, "%", target=3.0)
    return 0 if worst <= 0.03 else 1


if __name__ == "__main__":
    raise SystemExit(main())
