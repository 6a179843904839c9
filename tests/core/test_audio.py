"""The cue player: never blocks, never crashes, falls back to visual cues. No Qt, no real sound."""

from __future__ import annotations

import importlib.util
import time
import wave
from pathlib import Path

import playsound3
import pytest

from coach import audio
from coach.audio import (
    CUES,
    NO_BACKEND,
    NO_DEVICE,
    NO_FILES,
    PLAYER_FAILED,
    SOUNDS_DIR,
    CuePlayer,
    find_sound_device,
)

ROOT = Path(__file__).resolve().parents[2]


class FakeProc:
    def __init__(self, returncode: int | None = 0):
        self.returncode = returncode


class FakeSound:
    """What ``playsound(block=False)`` returns: alive for ``seconds`` (forever if None)."""

    def __init__(self, seconds: float | None = 0.0, returncode: int = 0):
        self.started = time.monotonic()
        self.seconds = seconds
        self.stopped = False
        self.subprocess = FakeProc(returncode)

    def is_alive(self) -> bool:
        if self.stopped:
            return False
        return self.seconds is None or time.monotonic() - self.started < self.seconds

    def stop(self) -> None:
        self.stopped = True


class FakeBackend:
    def __init__(self, seconds: float | None = 0.0, returncode: int = 0, exc: Exception | None = None):
        self.seconds, self.returncode, self.exc = seconds, returncode, exc
        self.calls: list[str] = []
        self.sounds: list[FakeSound] = []

    def __call__(self, sound, block=True, backend=None):
        assert block is False  # the worker never blocks inside playsound
        self.calls.append(Path(sound).stem)
        if self.exc is not None:
            raise self.exc
        s = FakeSound(self.seconds, self.returncode)
        self.sounds.append(s)
        return s


@pytest.fixture
def sound_on(monkeypatch):
    """Sound allowed, a device present, and a fake playsound3 backend."""
    monkeypatch.delenv("COACH_NO_SOUND", raising=False)
    monkeypatch.setattr(audio, "find_sound_device", lambda: True)
    monkeypatch.setattr(playsound3, "DEFAULT_BACKEND", "fake")
    fake = FakeBackend()
    monkeypatch.setattr(playsound3, "playsound", fake)
    return fake


def wait_for(cond, timeout=3.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():
            return True
        time.sleep(0.005)
    return False


def test_plays_a_cue_on_the_worker(sound_on):
    p = CuePlayer()
    assert p.wait_ready()
    assert p.play("go")
    assert p.drain()
    assert sound_on.calls == ["go"] and list(p.played) == ["go"]
    assert p.available and p.audible and p.reason == "" and p.take_notice() is None
    assert not p.play("no-such-cue")
    p.close()


def test_no_backend_falls_back_to_visual_cues(monkeypatch, sound_on):
    monkeypatch.setattr(playsound3, "DEFAULT_BACKEND", None)
    told: list[str] = []
    p = CuePlayer(on_unavailable=told.append)
    assert p.wait_ready()
    assert not p.available and not p.audible
    assert p.reason == NO_BACKEND
    assert told == [NO_BACKEND]
    assert p.take_notice() == NO_BACKEND
    assert p.take_notice() is None  # told once
    assert not p.play("go")
    assert sound_on.calls == []
    p.close()


def test_playsound_raising_marks_unavailable_once(monkeypatch, sound_on):
    sound_on.exc = playsound3.PlaysoundException("no suitable audio backend found")
    told: list[str] = []
    p = CuePlayer(on_unavailable=told.append)
    p.wait_ready()
    assert p.play("go")
    assert p.drain()
    assert not p.available and p.reason == NO_BACKEND
    assert not p.play("go") and not p.play("beat")
    assert told == [NO_BACKEND] and p.take_notice() == NO_BACKEND and p.take_notice() is None
    p.close()


def test_no_sound_device_is_detected_before_any_play(monkeypatch, sound_on):
    monkeypatch.setattr(audio, "find_sound_device", lambda: False)
    p = CuePlayer()
    assert not p.available and p.reason == NO_DEVICE
    assert not p.play("go")
    assert sound_on.calls == []
    assert p.take_notice() == NO_DEVICE and p.take_notice() is None


def test_missing_sound_files_fall_back(tmp_path, sound_on):
    p = CuePlayer(sounds_dir=tmp_path)
    assert not p.available and p.reason == NO_FILES and not p.play("go")
    assert p.take_notice() == NO_FILES


def test_silent_failure_is_detected_from_the_exit_code(sound_on):
    """aplay with no card returns at once with an error and plays nothing."""
    sound_on.returncode = 1
    p = CuePlayer()
    p.wait_ready()
    p.play("go")
    assert p.drain()
    assert not p.available and p.reason == NO_DEVICE
    p.close()


def test_find_sound_device(tmp_path):
    cards = tmp_path / "cards"
    snd = tmp_path / "snd"
    assert not find_sound_device(cards, snd, env={}, platform="linux")
    cards.write_text("--- no soundcards ---\n")
    assert not find_sound_device(cards, snd, env={}, platform="linux")
    snd.mkdir()
    (snd / "timer").touch()
    assert not find_sound_device(cards, snd, env={}, platform="linux")
    assert find_sound_device(cards, snd, env={"PULSE_SERVER": "tcp:host"}, platform="linux")
    run = tmp_path / "run"
    (run / "pulse").mkdir(parents=True)
    (run / "pulse" / "native").touch()
    assert find_sound_device(cards, snd, env={"XDG_RUNTIME_DIR": str(run)}, platform="linux")
    (snd / "pcmC0D0p").touch()
    assert find_sound_device(cards, snd, env={}, platform="linux")
    cards.write_text(" 0 [PCH            ]: HDA-Intel - HDA Intel PCH\n")
    assert find_sound_device(cards, tmp_path / "none", env={}, platform="linux")
    assert find_sound_device(tmp_path / "x", tmp_path / "y", env={}, platform="darwin")


def test_a_hanging_play_never_blocks_the_caller(sound_on):
    sound_on.seconds = None  # never finishes
    p = CuePlayer(timeout_margin=0.05)
    p.wait_ready()
    t = time.perf_counter()
    for _ in range(20):
        p.play("last_three")
    assert time.perf_counter() - t < 0.05
    assert wait_for(lambda: len(sound_on.sounds) >= 1 and sound_on.sounds[0].stopped)
    # two hangs in a row: the player is declared broken and cues go visual
    assert wait_for(lambda: not p.available)
    assert p.reason == PLAYER_FAILED
    assert all(s.stopped for s in sound_on.sounds)
    p.close()


def test_cues_are_dropped_when_the_queue_is_backed_up(sound_on):
    sound_on.seconds = 0.2
    p = CuePlayer(max_queue=2, max_age=10.0)
    p.wait_ready()
    results = [p.play("beat") for _ in range(10)]
    assert results.count(True) <= 3 and p.dropped >= 7
    assert p.drain()
    assert len(sound_on.calls) == results.count(True)
    p.close()


def test_stale_cues_are_not_played(sound_on):
    sound_on.seconds = 0.3
    p = CuePlayer(max_age=0.1)
    p.wait_ready()
    p.play("go")
    assert wait_for(lambda: sound_on.calls == ["go"])
    p.play("beat")  # waits behind "go" for longer than max_age
    assert p.drain()
    assert sound_on.calls == ["go"] and p.dropped == 1
    p.close()


def test_cues_due_long_ago_are_dropped_at_once(sound_on):
    p = CuePlayer(max_age=0.5)
    p.wait_ready()
    assert not p.play("last_three", at=time.monotonic() - 5.0)  # a catch-up after a stall
    assert p.play("go", at=time.monotonic() - 0.1)
    assert p.drain()
    assert sound_on.calls == ["go"] and p.dropped == 1
    p.close()


def test_disabled_plays_nothing(sound_on):
    p = CuePlayer(enabled=False)
    assert not p.enabled and not p.audible and p.available
    assert not p.play("go")
    assert p.take_notice() is None  # turned off by choice: no notice
    p.enabled = True
    p.wait_ready()
    assert p.play("go") and p.drain()
    p.enabled = False
    assert not p.play("go")
    assert sound_on.calls == ["go"]
    p.close()


def test_env_turns_sound_off(monkeypatch, sound_on):
    monkeypatch.setenv("COACH_NO_SOUND", "1")
    p = CuePlayer()
    assert not p.enabled and not p.play("go")
    assert sound_on.calls == []


def test_a_failing_callback_does_not_break_the_player(monkeypatch, sound_on):
    monkeypatch.setattr(playsound3, "DEFAULT_BACKEND", None)

    def boom(reason):
        raise RuntimeError("ui gone")

    p = CuePlayer(on_unavailable=boom)
    assert p.wait_ready()
    assert not p.available and not p.play("go")


# ------------------------------------------------------------------ the files
@pytest.mark.parametrize("cue", CUES)
def test_sound_files_are_small_valid_wavs(cue):
    path = SOUNDS_DIR / f"{cue}.wav"
    assert path.is_file()
    assert path.stat().st_size < 30_000
    with wave.open(str(path), "rb") as w:
        assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == (1, 2, 22050)
        assert 0.05 < w.getnframes() / w.getframerate() < 0.7
        frames = w.readframes(w.getnframes())
    samples = memoryview(frames).cast("h")
    peak = max(abs(v) for v in samples)
    assert 8000 < peak < 32767  # audible, never clipped
    assert abs(samples[-1]) < 200  # fades out: no click at the end


def test_sound_files_match_the_generator():
    spec = importlib.util.spec_from_file_location("make_sounds", ROOT / "tools" / "make_sounds.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert set(mod.SOUNDS) == set(CUES)
    assert mod.main(["--check"]) == 0
