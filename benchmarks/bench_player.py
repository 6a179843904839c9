"""CPU use of the real session player while it runs, phase by phase (run by hand or by ``python -m benchmarks``).

Opens the real ``PlayerPage`` (big timer, moving figure, steps, progress strip)
at 1100 × 760 on a real store, on the real monotonic clock with its own
scheduling (``coach.ui.player.page``), and measures the process's CPU time over
the wall time of each case, in one process:

* ``intro``: waiting in an exercise's intro for the user to press Start;
* ``hold``: the 20 s hold of knee to chest (the figure is still; the digits
  and the bar change once a second);
* ``paced reps``: one whole side of the femoral nerve glide, 10 reps paced at
  3 s out and 3 s back with the figure moving, from its first move to its last
  rep (each of the figure's moments is painted the first time it shows and
  copied after; the first 20 s, when most are painted, are printed too);
* ``walk``: a minute of walking (the clock in whole seconds, the figure in 6
  poses a stride; a walk lasts minutes, and the first 20 s, when the poses
  are painted, are printed too);
* ``check-in``: waiting on the check-in question;
* ``minimised``: a hold with the window minimised (nothing is repainted; the
  page wakes only for the engine's cues).

The floor is the same Qt event loop with an empty window of the same size and
nothing to do, measured in the same process. Sound is off, so every cue is
shown as a flash of the timer (the costlier case for this process). Paint
events of the timer and the figure are counted to show the widgets really
painted. Targets: 1 % of one core for the hold, the walk and the waits, 1.5 %
for paced reps.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_player.py [--seconds 20]
    python benchmarks/bench_player.py --xvfb       # on a virtual X display (Xvfb), as on a desktop
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("COACH_NO_SOUND", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TARGET = 0.01
TARGET_PACED = 0.015


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=20.0, help="seconds measured per case (the hold: at most 19)")
    ap.add_argument("--xvfb", action="store_true", help="run on a virtual X display (needs Xvfb)")
    args = ap.parse_args(argv)
    if args.xvfb:
        return on_xvfb([a for a in (argv if argv is not None else sys.argv[1:]) if a != "--xvfb"])
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return measure(args.seconds)


def on_xvfb(argv: list[str]) -> int:
    """Run this benchmark again on a fresh Xvfb display with the xcb platform."""
    if shutil.which("Xvfb") is None:
        print("Xvfb is not installed (apt-get install xvfb)")
        return 2
    display = next(d for d in range(80, 200) if not Path(f"/tmp/.X{d}-lock").exists())
    xvfb = subprocess.Popen(["Xvfb", f":{display}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(1.0)
        env = {**os.environ, "DISPLAY": f":{display}", "QT_QPA_PLATFORM": "xcb"}
        return subprocess.run([sys.executable, __file__, *argv], env=env).returncode
    finally:
        xvfb.terminate()
        xvfb.wait(10)


def measure(seconds: float) -> int:
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtWidgets import QWidget

    from benchmarks.figures import record
    from coach.app.sessions import SessionPlan
    from coach.core.plan import day_plan
    from coach.core.session import State
    from coach.resources import default_program_path
    from coach.store import profiles
    from coach.store.db import Store
    from coach.ui.app import make_qapp

    class PaintCounter(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.count = 0

        def eventFilter(self, obj, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    def wait(secs: float) -> None:
        loop = QEventLoop()
        QTimer.singleShot(round(secs * 1000), loop.quit)
        loop.exec()

    def wait_until(pred, timeout: float, poll_ms: int = 5) -> None:
        end = time.monotonic() + timeout
        loop = QEventLoop()
        t = QTimer()
        t.setInterval(poll_ms)
        t.timeout.connect(lambda: (pred() or time.monotonic() > end) and loop.quit())
        t.start()
        loop.exec()
        t.stop()

    def cpu_while(cond_or_seconds) -> tuple[float, float]:
        """(CPU fraction of one core, wall seconds) over a fixed time or while ``cond()`` holds."""
        w0, c0 = time.perf_counter(), time.process_time()
        if callable(cond_or_seconds):
            wait_until(lambda: not cond_or_seconds(), 600)
        else:
            wait(cond_or_seconds)
        wall = time.perf_counter() - w0
        return (time.process_time() - c0) / wall, wall

    secs = min(seconds, 19.0)
    app = make_qapp()
    from coach.ui.context import AppContext
    from coach.ui.player.page import PlayerPage

    rows: list[tuple[str, float, float, int, float | None]] = []  # name, cpu, wall, paints, target
    counter = PaintCounter()
    floor_win = QWidget()
    floor_win.resize(1100, 760)
    floor_win.show()
    wait(1.0)
    floor, _ = cpu_while(min(secs, 10.0))
    floor_win.close()
    with tempfile.TemporaryDirectory(prefix="bench-player-") as tmp:
        store = Store.open(Path(tmp) / "data")
        today = store.clock.today()
        profiles.create_profile(store, affected_side="right", start_date=today, program_id="upper-lumbar-4-week",
                                program_path=str(default_program_path()))
        ctx = AppContext(store)
        items = day_plan(ctx.program, 1, "right")[0].exercises  # knee to chest, femoral glide, walking, ...
        page = PlayerPage(ctx, SessionPlan(tuple(items), slot_index=0, slot_name="Morning", week=1))
        page.resize(1100, 760)
        page.show()
        page.timer.installEventFilter(counter)
        page.figure.installEventFilter(counter)
        wait(1.0)

        def case(name: str, what, target: float | None) -> float:
            counter.count = 0
            frac, wall = cpu_while(what)
            rows.append((name, frac, wall, counter.count, target))
            return frac

        case("intro, waiting for Start", min(secs, 10.0), TARGET)
        page.primary_action()  # start knee to chest
        wait_until(lambda: page.engine.snapshot().phase == "hold", 5)
        case(f"hold ({secs:g} s)", secs, TARGET)
        assert page.engine.snapshot().phase == "hold", "the hold ended before the measurement"

        page.skip()
        page.primary_action()  # start the femoral nerve glide
        wait_until(lambda: page.engine.snapshot().phase == "move", 5)
        counter.count = 0
        w0, c0 = time.perf_counter(), time.process_time()
        first = None
        if seconds >= 19.0:
            wait(20.0)
            first = (time.process_time() - c0) / (time.perf_counter() - w0)

            def one_side() -> bool:
                s = page.engine.snapshot()
                return s.state == State.ACTIVE and s.exercise_index == 1 and s.phase in ("move", "hold", "back")

            wait_until(lambda: not one_side(), 600, poll_ms=250)  # a slow poll: its own cost stays out
        else:
            wait(secs)
        wall = time.perf_counter() - w0
        paced = (time.process_time() - c0) / wall
        name = "paced reps, one side (10 reps)" if seconds >= 19.0 else f"paced reps ({secs:g} s)"
        rows.append((name, paced, wall, counter.count, TARGET_PACED))
        if first is not None:
            rows.append(("  of which the first 20 s", first, 20.0, 0, None))

        if page.engine.snapshot().state == State.CHECKIN:
            page.answer_checkin("fine")
        else:
            page.skip()
        page.primary_action()  # start the walk
        wait_until(lambda: page.engine.snapshot().phase == "walk", 5)
        if seconds >= 19.0:  # a walk lasts minutes: a minute of it, the first 20 s (its poses painted) shown too
            counter.count = 0
            w0, c0 = time.perf_counter(), time.process_time()
            wait(20.0)
            first = (time.process_time() - c0) / (time.perf_counter() - w0)
            wait(40.0)
            wall = time.perf_counter() - w0
            rows.append(("walk (60 s)", (time.process_time() - c0) / wall, wall, counter.count, TARGET))
            rows.append(("  of which the first 20 s", first, 20.0, 0, None))
        else:
            case(f"walk ({secs:g} s)", secs, TARGET)
        page.primary_action()  # finish the walk: the check-in asks how it felt
        wait_until(lambda: page.engine.snapshot().state == State.CHECKIN, 5)
        case("check-in, waiting for an answer", min(secs, 10.0), TARGET)
        page.answer_checkin("fine")
        page.primary_action()  # the hip flexor stretch, a hold, with the window minimised
        wait_until(lambda: page.engine.snapshot().phase == "hold", 8)
        page.window().showMinimized()
        wait(0.5)
        hidden = not page._on_screen
        case("hold, window minimised", min(secs, 10.0), TARGET)
        page.window().showNormal()
        page.leave()
        page.close()
        store.close()

    print(f"Qt platform: {app.platformName()}; load average {', '.join(f'{v:.2f}' for v in os.getloadavg())}; "
          f"minimised seen by the page: {'yes' if hidden else 'no'}")
    print(f"{'what':<36}{'CPU % of one core':>19}{'wall s':>8}{'paints':>8}{'target':>9}")
    print(f"{'floor: idle event loop, empty window':<36}{floor * 100:>19.2f}")
    ok = True
    suffix = "" if app.platformName() == "offscreen" else f" ({app.platformName()})"
    for name, frac, wall, paints, target in rows:
        met = target is None or frac <= target
        ok &= met
        print(f"{name:<36}{frac * 100:>19.2f}{wall:>8.1f}{paints:>8}"
              f"{(f'{target * 100:.1f} %' if target else ''):>9}{'' if met else '  OVER'}")
        if target is not None:  # the idle loop's CPU is near zero: a ratio to it says nothing, it has a row
            record(f"Player CPU: {name}{suffix}", frac * 100, "%", target=target * 100)
    record(f"Player CPU floor: idle event loop, empty window{suffix}", floor * 100, "%")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
