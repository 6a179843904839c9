"""Kill a real app process (SIGKILL) in the middle of a session: every event it confirmed is on disk,
and the next start offers to resume at the right rep."""

from __future__ import annotations

import datetime as dt
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from coach.resources import default_program_path
from coach.store import profiles, session_log, sessions
from coach.store import safety as safety_store
from coach.store.db import Store

DRIVER = Path(__file__).with_name("drive_session.py")
ROOT = Path(__file__).resolve().parents[2]
SAVED_BEFORE_KILL = 16


def _reader(stream, q: queue.Queue) -> None:
    for line in stream:
        q.put(line.rstrip("\n"))
    q.put(None)


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_mid_session_loses_nothing_and_the_next_start_offers_resume(tmp_path, qtbot):
    data = tmp_path / "data"
    today = dt.date.today()
    store = Store.open(data)
    # started two weeks ago: week 3, whose first exercise (straight leg raises) is counted by taps
    profile = profiles.create_profile(store, name="", affected_side="left", start_date=today - dt.timedelta(days=14),
                                      program_id="upper-lumbar-4-week", program_path=str(default_program_path()))
    safety_store.set_week(store, profile.id, 1, 3, today, "test: on week 3")  # weeks move on by a decision
    store.close()

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COACH_DATA_DIR": str(data), "COACH_NO_SOUND": "1",
           "PYTHONPATH": str(ROOT)}
    log = tmp_path / "driver.log"
    with open(log, "w") as err:
        proc = subprocess.Popen([sys.executable, str(DRIVER), "--every", "0.04"], stdout=subprocess.PIPE,
                                stderr=err, text=True, env=env, cwd=str(ROOT))
    lines: queue.Queue = queue.Queue()
    reader = threading.Thread(target=_reader, args=(proc.stdout, lines), daemon=True)
    reader.start()
    saved: list[tuple[int, str]] = []
    session_id = None
    deadline = time.monotonic() + 20
    try:
        while len(saved) < SAVED_BEFORE_KILL:
            line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
            if line is None:
                pytest.fail(f"the driver ended early: {log.read_text()}")
            if line.startswith("SESSION "):
                session_id = int(line.split()[1])
            elif line.startswith("SAVED "):
                _, seq, kind = line.split()
                saved.append((int(seq), kind))
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    # lines printed before the kill may still be in the pipe: they were committed too
    while True:
        line = lines.get(timeout=5)
        if line is None:
            break
        if line.startswith("SAVED "):
            _, seq, kind = line.split()
            saved.append((int(seq), kind))
    reader.join(timeout=5)
    proc.stdout.close()

    store = Store.open(data)
    try:
        rows = sessions.events(store, session_id)
        on_disk = {(r["seq"], r["kind"]) for r in rows}
        missing = [s for s in saved if s not in on_disk]
        assert missing == [], f"confirmed on screen but not on disk: {missing}"
        assert sessions.get_session(store, session_id).status == "in_progress"

        # where it should go on: the rep after the last one saved
        reps = [r for r in rows if r["kind"] == "rep"]
        assert reps and all(r["exercise_id"] == "straight-leg-raise" for r in reps)
        last = reps[-1]
        sides = ["left", "right"]  # the affected side first
        if last["rep"] < 10:
            want = (last["set_no"], last["side"], last["rep"] + 1)
        elif last["side"] == "left":
            want = (last["set_no"], "right", 1)
        else:
            want = (last["set_no"] + 1, "left", 1)
        [it] = session_log.interrupted(store, profile.id, None)
        print(f"saved before the kill: {len(saved)}, on disk: {len(rows)}, resume at {want}")
        pos = it.resume.position
        assert (pos.exercise_index, pos.set, sides[pos.side_index], pos.rep) == (0, *want)

        # the next start offers to resume there, and resuming continues the same session
        from coach.ui.context import AppContext
        from coach.ui.main_window import MainWindow
        from coach.ui.player.resume import InterruptedBanner

        w = MainWindow(AppContext(store))
        qtbot.addWidget(w)
        w.show()
        [banner] = w.current_screen().findChildren(InterruptedBanner)
        set_text = f" in set {want[0]} of 2"
        assert banner.where.text() == (
            f"It continues with Straight leg raises: rep {want[2]} of 10 on the {want[1]} side{set_text}.")
        qtbot.mouseClick(banner.resume_button, Qt.MouseButton.LeftButton)
        page = w.page
        assert page.log.session_id == session_id
        qtbot.keyClick(page, Qt.Key.Key_Space)
        s = page.engine.snapshot()
        assert (s.phase, s.set, s.side, s.rep) == ("tap", *want)
        page._timer.stop()
        after = sessions.events(store, session_id)
        assert after[len(rows)]["kind"] == "session_start" and after[len(rows)]["data"]["resumed"]
        assert [r["seq"] for r in after] == list(range(1, len(after) + 1))
    finally:
        store.close()
