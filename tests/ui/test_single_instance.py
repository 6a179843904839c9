"""A second start on the same data folder brings the first window forward and exits; stale locks are taken over."""

from __future__ import annotations

import datetime as dt
import os
import queue
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from coach.resources import default_program_path
from coach.store import profiles
from coach.store.db import Store
from coach.ui.single_instance import ALREADY_RUNNING, LOCK_NAME, SingleInstance, server_name

ROOT = Path(__file__).resolve().parents[2]
WAIT_S = 40


def _data_with_profile(folder: Path) -> Path:
    store = Store.open(folder)
    try:
        profiles.create_profile(store, name="", affected_side="left", start_date=dt.date.today(),
                                program_id="upper-lumbar-4-week", program_path=str(default_program_path()))
    finally:
        store.close()
    return folder


def _env(data: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", COACH_DATA_DIR=str(data), COACH_ANNOUNCE_READY="1",
               COACH_NO_SOUND="1", PYTHONUNBUFFERED="1")
    return env


class _Lines:
    """Reads a process's stdout on a thread so every wait has a bounded timeout."""

    def __init__(self, proc: subprocess.Popen):
        self.q: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._pump, args=(proc.stdout,), daemon=True).start()

    def _pump(self, stream) -> None:
        for line in stream:
            self.q.put(line.rstrip("\n"))

    def wait_for(self, word: str, timeout: float = WAIT_S) -> bool:
        deadline = dt.datetime.now() + dt.timedelta(seconds=timeout)
        while (left := (deadline - dt.datetime.now()).total_seconds()) > 0:
            try:
                line = self.q.get(timeout=left)
            except queue.Empty:
                break
            self.seen.append(line)
            if line.strip() == word:
                return True
        return False


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


@pytest.mark.slow
def test_second_start_brings_the_first_forward_and_exits(tmp_path):
    data = _data_with_profile(tmp_path / "data")
    first = subprocess.Popen([sys.executable, "-m", "coach"], cwd=ROOT, env=_env(data), text=True,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        lines = _Lines(first)
        assert lines.wait_for("ready"), f"first instance never showed its window: {lines.seen}"
        second = subprocess.run([sys.executable, "-m", "coach"], cwd=ROOT, env=_env(data), text=True,
                                capture_output=True, timeout=WAIT_S)
        assert second.returncode == 0, second.stderr
        assert second.stdout.strip() == ALREADY_RUNNING
        assert "Traceback" not in second.stderr
        assert lines.wait_for("activated"), f"first instance was not activated: {lines.seen}"
        assert first.poll() is None
    finally:
        _stop(first)
        if first.stderr:
            first.stderr.close()
        if first.stdout:
            first.stdout.close()


def test_two_data_folders_get_two_names(tmp_path):
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert server_name(tmp_path / "a") == server_name(tmp_path / "a")
    assert server_name(tmp_path / "a").startswith("org.lumbarcoach.LumbarCoach-")


CRASH = """
import os, sys
from PySide6.QtWidgets import QApplication
from coach.ui.single_instance import SingleInstance
app = QApplication([])
inst = SingleInstance(sys.argv[1])
assert inst.claim() and inst.listening
os._exit(0)  # no clean-up: lock file and socket stay behind, as after a crash
"""


@pytest.mark.slow
def test_a_crashed_instance_lock_is_taken_over(qapp, tmp_path):
    data = tmp_path / "data"
    subprocess.run([sys.executable, "-c", CRASH, str(data)], cwd=ROOT, env=_env(data), check=True,
                   timeout=WAIT_S, capture_output=True)
    assert (data / LOCK_NAME).exists()
    inst = SingleInstance(data)
    try:
        assert inst.claim()
        assert inst.listening
        other = SingleInstance(data)
        assert not other.claim()  # held by us now
    finally:
        inst.release()
    assert not (data / LOCK_NAME).exists()
