"""Make the AppStream screenshots: the real app on a data folder with four weeks of sample history.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_screenshots.py [--out packaging/screenshots]

It builds the main window the way ``coach`` does (``build_main_window``) on a
throwaway data folder filled by ``tests/sample_history.write_sample_history``,
on a fixed clock (so every run shows the same day and the same history),
shows each screen at 1280x720 (16:9, as software centres show them) and saves
what Qt paints (``QWidget.grab``). It also runs under Xvfb with
``QT_QPA_PLATFORM=xcb``; the pictures are the same but for font hinting.
Look at every picture before committing it; the metainfo's captions
(``org.lumbarcoach.LumbarCoach.metainfo.xml``) describe them in this order.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]  # the app's source, and tests/sample_history.py
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("COACH_NO_SOUND", "1")

SIZE = (1280, 720)
# A Tuesday in the program's fourth week, mid-morning (the morning session not yet done).
NOW = dt.datetime(2026, 11, 24, 9, 30)
DAYS = 23  # history written up to yesterday

SHOTS = ("today", "player", "diary", "progress", "programs")


def settle(app, ms: int = 150) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def make(out: Path) -> list[Path]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from sample_history import write_sample_history

    from coach.core.clock import FixedClock
    from coach.resources import default_program_path
    from coach.store import profiles, safety
    from coach.store.db import Store
    from coach.store.program_folder import profile_program
    from coach.ui.app import apply_user_settings, build_main_window, make_qapp

    out.mkdir(parents=True, exist_ok=True)
    app = make_qapp()
    clock = FixedClock(NOW)
    written = []
    with tempfile.TemporaryDirectory(prefix="coach-shots-") as tmp:
        store = Store.open(Path(tmp) / "data", clock=clock)
        start = NOW.date() - dt.timedelta(days=DAYS)
        p = profiles.create_profile(store, name="Alex", affected_side="right", start_date=start,
                                    program_id="upper-lumbar-4-week", program_path=str(default_program_path()))
        program = profile_program(p)
        write_sample_history(store, p, program, DAYS, warning_every=0)
        review = safety.due_review(store, p, program, NOW.date())
        if review is not None:  # the week's review answered as it suggests, so Today shows the day's sessions
            safety.record_week_choice(store, p.id, review, review.recommended or review.options[0].choice,
                                      NOW.date())
        apply_user_settings(app, store)
        window = build_main_window(store)
        window.resize(*SIZE)
        window.show()
        settle(app, 400)

        def shoot(name: str) -> None:
            settle(app)
            path = out / f"{name}.png"
            window.grab().scaled(*SIZE, Qt.AspectRatioMode.IgnoreAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation).save(str(path))
            written.append(path)

        shoot("today")
        for key in ("diary", "progress", "programs"):
            screen = window.show_screen(key)
            settle(app, 300)
            if key == "diary":  # an entry from the first week, when the pain still reached the leg
                screen.open_day(NOW.date() - dt.timedelta(days=DAYS - 2))
                settle(app, 300)
            shoot(key)
        window.close()
        # the player, a few seconds into the first hold of week 1, for someone who starts today
        profiles.create_profile(store, name="Sam", affected_side="right", start_date=NOW.date(),
                                program_id=program.id, program_path=str(default_program_path()))
        window = build_main_window(store)
        window.resize(*SIZE)
        window.show()
        settle(app, 400)
        QTest.mouseClick(window.current_screen().session_cards[0].start, Qt.MouseButton.LeftButton)
        settle(app)
        page = window.page
        QTest.keyClick(page, Qt.Key.Key_Space)  # start the first exercise
        clock.advance(11)
        settle(app, 300)
        shoot("player")
        page.engine.pause()  # nothing more happens while the window closes
        window.close()
        store.close()
    order = {name: i for i, name in enumerate(SHOTS)}
    return sorted(written, key=lambda p: order[p.stem])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "packaging" / "screenshots")
    args = ap.parse_args(argv)
    for path in make(args.out):
        print(f"{path} ({path.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
