"""Drive the real app window through a session on the real clock, printing every event as it is saved.

Used by ``test_kill.py``: it opens the main window (offscreen) on the data
folder in ``COACH_DATA_DIR``, presses Today's first Start button, then presses
Space every ``--every`` seconds (start the exercise, count a rep, go on to the
next side) until it is killed. After each event is committed it prints
``SAVED <seq> <kind>``; anything printed is therefore on disk.

    COACH_DATA_DIR=DIR QT_QPA_PLATFORM=offscreen python tests/e2e/drive_session.py [--every 0.05]
"""

from __future__ import annotations

import argparse
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("COACH_NO_SOUND", "1")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--every", type=float, default=0.05, help="seconds between Space presses")
    args = ap.parse_args(argv)

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest

    from coach.store.db import Store
    from coach.ui.app import build_main_window, make_qapp

    app = make_qapp()
    store = Store.open()
    window = build_main_window(store)
    if window is None:
        print("NO PROFILE", flush=True)
        return 2
    window.show()
    today = window.current_screen()
    QTest.mouseClick(today.session_cards[0].start, Qt.MouseButton.LeftButton)
    page = window.page
    print(f"SESSION {page.log.session_id}", flush=True)
    page.event_saved.connect(lambda seq, kind: print(f"SAVED {seq} {kind}", flush=True))

    def press() -> None:
        QTest.keyClick(page, Qt.Key.Key_Space)

    timer = QTimer()
    timer.setInterval(round(args.every * 1000))
    timer.timeout.connect(press)
    timer.start()
    print("READY", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
