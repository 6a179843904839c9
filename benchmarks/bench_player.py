"""CPU use of the real session player while it runs (run by hand).

Opens the real ``PlayerPage`` (big timer, moving figure, steps, progress strip)
at 1100 × 760 on a real store, on the real monotonic clock and its own
~30 Hz ``Qt.PreciseTimer``, and measures process CPU time over wall time:

* ``hold``: the 20 s hold of knee to chest (timer and bar repaint each frame; the figure is still);
* ``tempo``: 20 s of the femoral nerve glide (the figure moves every frame);
* ``walk``: 20 s of walking (the figure loops every frame);
* ``intro``: 10 s waiting in an intro (the repaint timer is stopped);

plus a baseline of the same Qt event loop with nothing on it. Paint events
of the timer and the figure are counted to show the widgets really painted.
Target: the hold at most 3 % of one core.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_player.py [--seconds 20]
    (or on a display: QT_QPA_PLATFORM=xcb under Xvfb)
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("COACH_NO_SOUND", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

from coach.core.plan import day_plan
from coach.core.session import State
from coach.resources import default_program_path
from coach.store import profiles
from coach.store.db import Store
from coach.ui.app import make_qapp

TARGET = 0.03


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def wait(seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()


def wait_until(pred, timeout: float) -> None:
    end = time.monotonic() + timeout
    loop = QEventLoop()
    t = QTimer()
    t.setInterval(5)
    t.timeout.connect(lambda: (pred() or time.monotonic() > end) and loop.quit())
    t.start()
    loop.exec()
    t.stop()


def cpu_over(seconds: float) -> float:
    w0, c0 = time.perf_counter(), time.process_time()
    wait(seconds)
    return (time.process_time() - c0) / (time.perf_counter() - w0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="CPU use of the session player.")
    ap.add_argument("--seconds", type=float, default=20.0, help="seconds measured per case (at most 20 for the hold)")
    args = ap.parse_args(argv)
    secs = min(args.seconds, 19.0)
    app = make_qapp()
    from coach.ui.context import AppContext
    from coach.ui.player.page import PlayerPage

    with tempfile.TemporaryDirectory(prefix="bench-player-") as tmp:
        store = Store.open(Path(tmp) / "data")
        today = store.clock.today()
        profiles.create_profile(store, affected_side="right", start_date=today, program_id="upper-lumbar-4-week",
                                program_path=str(default_program_path()))
        ctx = AppContext(store)
        items = day_plan(ctx.program, 1, "right")[0].exercises  # knee to chest, femoral glide, walking, ...
        from coach.app.sessions import SessionPlan
        page = PlayerPage(ctx, SessionPlan(tuple(items), slot_index=0, slot_name="Morning", week=1))
        page.resize(1100, 760)
        page.show()
        counter = PaintCounter()
        page.timer.installEventFilter(counter)
        page.figure.installEventFilter(counter)
        rows = []

        base = cpu_over(min(secs, 10.0))
        rows.append(("event loop only (baseline)", base, 0, False))

        counter.count = 0
        intro = cpu_over(min(secs, 10.0))
        rows.append(("intro waiting (timer stopped)", intro, counter.count, page.running))

        page.primary_action()  # start knee to chest
        wait_until(lambda: page.engine.snapshot().phase == "hold", 5)
        counter.count = 0
        hold = cpu_over(secs)
        assert page.engine.snapshot().phase == "hold", "the hold ended before the measurement"
        rows.append((f"hold ({secs:g} s)", hold, counter.count, page.running))

        page.skip()
        page.primary_action()  # start the femoral nerve glide
        wait_until(lambda: page.engine.snapshot().phase == "move", 5)
        counter.count = 0
        tempo = cpu_over(secs)
        rows.append((f"tempo nerve glide ({secs:g} s)", tempo, counter.count, page.running))

        page.skip()
        page.primary_action()  # start the walk
        counter.count = 0
        walk = cpu_over(secs)
        rows.append((f"walk ({secs:g} s)", walk, counter.count, page.running))
        assert page.engine.state == State.ACTIVE
        page.leave()
        page.close()
        store.close()

    print(f"Qt platform: {app.platformName()}")
    print(f"{'what':<36}{'CPU % of one core':>19}{'paints':>9}{'timer on':>10}")
    for name, frac, paints, running in rows:
        print(f"{name:<36}{frac * 100:>19.2f}{paints:>9}{'yes' if running else 'no':>10}")
    ok = hold <= TARGET
    print(f"hold: {hold * 100:.2f} % of one core: {'OK' if ok else 'OVER'} (target {TARGET * 100:g} %)")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
