"""``coach --smoke-test``: open the real main window on a throwaway data folder and check Today paints.

Used to check a build (a PyInstaller bundle, an installed copy) on a machine
without a person at it: it creates a temporary data folder with one profile,
shows the main window, waits for the Today screen's first paint, prints
``Today shown`` and exits 0. Anything else prints one line and exits 1.
With ``--data-dir DIR`` it opens that folder instead (a real one, with a
profile and its history) exactly as the app does: a damaged file is
recovered and that is said, a file that cannot be written opens read-only
and that is said, so it fails where the app would fail on that folder. The
language chosen (the setting or ``COACH_LANGUAGE``) is loaded as the app loads
it; translations that cannot be loaded fail the test. A
healthy folder gains nothing. A folder with no profile yet fails: the app
would start with First Run.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from coach import APP_NAME

TIMEOUT_MS = 30_000


def run_smoke_test(data_dir: str | None = None) -> int:
    from coach.ui.app import display_problem

    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    if data_dir:
        os.environ.setdefault("COACH_NO_SOUND", "1")
        try:
            return _run(Path(data_dir), create_profile=False)
        except Exception as exc:
            print(f"{APP_NAME} smoke test failed: {type(exc).__name__}: {exc}", file=sys.stderr)
            return 1
    with tempfile.TemporaryDirectory(prefix="coach-smoke-") as tmp:
        os.environ["COACH_DATA_DIR"] = str(Path(tmp) / "data")
        os.environ.setdefault("COACH_NO_SOUND", "1")
        try:
            return _run(Path(tmp) / "data")
        except Exception as exc:  # a smoke test reports, it does not crash
            print(f"{APP_NAME} smoke test failed: {type(exc).__name__}: {exc}", file=sys.stderr)
            return 1


def _run(data: Path, create_profile: bool = True) -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer

    from coach.app import profiles
    from coach.resources import default_program_path
    from coach.store import profiles as profile_store
    from coach.store.db import Store, StoreError
    from coach.ui.app import build_main_window, make_qapp

    app = make_qapp()
    try:
        store = Store.open(data, recover=True)
    except StoreError as exc:
        print(f"{APP_NAME} smoke test failed: {exc}", file=sys.stderr)
        return 1
    try:
        for note in (store.recovery_note, store.read_only_reason):
            if note:
                print(note, file=sys.stderr)
        from coach.ui.app import apply_user_settings

        language_problem = apply_user_settings(app, store)  # the language too: a bundle must carry its .qm
        if language_problem:
            print(f"{APP_NAME} smoke test failed: {language_problem}", file=sys.stderr)
            return 1
        if create_profile:
            profiles.first_profile(store, name="", affected_side="right", start_date=store.clock.today(),
                                   program_id="upper-lumbar-4-week", program_path=str(default_program_path()),
                                   answers={}, today=store.clock.today())
        elif profile_store.active_profile(store) is None:
            print(f"{APP_NAME} smoke test failed: no profile yet in {data}; the app would start with First Run.",
                  file=sys.stderr)
            return 1
        window = build_main_window(store)
        if window is None:
            print(f"{APP_NAME} smoke test failed: the main window did not open.", file=sys.stderr)
            return 1
        today = window.screen("today")
        result = {"code": 1}

        class PaintWatch(QObject):
            def eventFilter(self, obj, event):
                if obj is today and event.type() == QEvent.Type.Paint and result["code"] != 0:
                    result["code"] = 0
                    QTimer.singleShot(0, app.quit)
                return False

        watch = PaintWatch()
        today.installEventFilter(watch)
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(app.quit)
        timer.start(TIMEOUT_MS)
        window.show()
        app.exec()
        today.removeEventFilter(watch)
        window.close()
        if result["code"] == 0:
            print("Today shown", flush=True)
        else:
            print(f"{APP_NAME} smoke test failed: Today was not shown within {TIMEOUT_MS // 1000} s.",
                  file=sys.stderr)
        return result["code"]
    finally:
        store.close()
