"""Cue sounds on playsound3, off the GUI thread, degrading to visual cues.

``CuePlayer.play(cue)`` never blocks: it drops the cue into a small queue that
one worker thread plays in order; when the queue is full the cue is dropped,
and a cue that waited longer than ``max_age`` seconds is dropped too (after a
stall, six ticks in a row are noise, not help).

playsound3 picks its backend only by which programs exist (``gst-play-1.0``,
``ffplay``, ``aplay`` + ``mpg123``) and never checks for a sound device; with
no device, aplay and gst-play fail silently, and with no backend at all
``playsound`` raises ``PlaysoundException``. So this player

* looks for a sound device first (Linux: ``/proc/asound/cards``,
  ``/dev/snd/pcm*``, or a PulseAudio/PipeWire socket); none → unavailable;
* probes playsound3 on the worker thread (its import runs the backend
  checks, which start subprocesses); no backend → unavailable;
* treats a player that exits with an error as "no device" and a play that
  hangs past its timeout as broken (it is stopped; two in a row → unavailable).

When sound is unavailable, ``available`` is False, ``reason`` says why in words
for the user, ``take_notice()`` returns that text exactly once (the UI shows it
once and flashes the timer instead), and ``on_unavailable(reason)`` is called
once, possibly from the worker thread (a Qt UI must hop to the GUI thread with
a queued signal). Nothing here raises into the caller or stalls it.

``enabled=False`` (the user's setting) or ``COACH_NO_SOUND=1`` turns sound
off without a notice. No Qt here.
"""

from __future__ import annotations

import logging
import os
import queue
import sys
import threading
import time
import wave
from collections import deque
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from coach.core.clock import Clock, SystemClock
from coach.resources import assets_dir

log = logging.getLogger(__name__)

from coach.core.session import CUES  # noqa: E402  (the engine names the cues; sounds follow)

SOUNDS_DIR = assets_dir() / "sounds"

NO_DEVICE = "No sound device found; cues will flash on screen instead."
NO_BACKEND = ("No program to play sounds was found (install GStreamer's gst-play-1.0 or FFmpeg's ffplay); "
              "cues will flash on screen instead.")
PLAYER_FAILED = "The sound player is not working; cues will flash on screen instead."
SOUND_OFF = "Sound is turned off."
NO_FILES = "The cue sound files are missing; cues will flash on screen instead."


def sound_disabled_by_env() -> bool:
    return os.environ.get("COACH_NO_SOUND", "").strip().lower() not in ("", "0", "false", "no")


def find_sound_device(
    cards: Path = Path("/proc/asound/cards"),
    dev_snd: Path = Path("/dev/snd"),
    env: Mapping[str, str] | None = None,
    platform: str = sys.platform,
) -> bool:
    """Whether this machine seems to have somewhere to send sound.

    Linux: an ALSA card, or a PulseAudio/PipeWire server (which may be remote
    or forwarded into a container). Other systems: assumed yes.
    """
    if not platform.startswith("linux"):
        return True
    env = os.environ if env is None else env
    try:
        if cards.is_file():
            text = cards.read_text(errors="replace").strip()
            if text and "no soundcards" not in text:
                return True
        if dev_snd.is_dir() and any(p.name.startswith("pcm") for p in dev_snd.iterdir()):
            return True
    except OSError:
        pass
    if env.get("PULSE_SERVER"):
        return True
    runtime = env.get("XDG_RUNTIME_DIR")
    if runtime:
        r = Path(runtime)
        if (r / "pulse" / "native").exists() or (r / "pipewire-0").exists():
            return True
    return False


def wav_seconds(path: Path) -> float:
    try:
        with wave.open(str(path), "rb") as w:
            return w.getnframes() / float(w.getframerate())
    except (OSError, wave.Error, EOFError):
        return 1.0


class CuePlayer:
    """Plays cue sounds on one worker thread; see the module docstring."""

    def __init__(
        self,
        enabled: bool = True,
        sounds_dir: Path | None = None,
        on_unavailable: Callable[[str], None] | None = None,
        max_queue: int = 4,
        max_age: float = 0.75,
        timeout_margin: float = 2.0,
        backend: str | None = None,
        clock: Clock | None = None,
    ) -> None:
        self.clock: Clock = clock or SystemClock()
        self.sounds_dir = Path(sounds_dir) if sounds_dir else SOUNDS_DIR
        self.on_unavailable = on_unavailable
        self.max_age = max_age
        self.timeout_margin = timeout_margin
        self.backend = backend
        self._enabled = bool(enabled) and not sound_disabled_by_env()
        self._lock = threading.Lock()
        self._queue: queue.Queue[tuple[str, float] | None] = queue.Queue(maxsize=max_queue)
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._closed = False
        self._notice_pending = False
        self._notified = False
        self._hangs = 0
        self._playsound: Any = None  # the playsound3 module, once probed
        self.available = True
        self.reason = ""
        self.played: deque[str] = deque(maxlen=200)  # cues handed to the backend (tests, diagnostics)
        self.dropped = 0
        self._lengths = {c: wav_seconds(self.sounds_dir / f"{c}.wav") for c in CUES}
        if not self._enabled:
            self.reason = SOUND_OFF
            self._ready.set()
        else:
            self._start()

    # ------------------------------------------------------------- public
    @property
    def enabled(self) -> bool:
        return self._enabled

    @enabled.setter
    def enabled(self, value: bool) -> None:
        value = bool(value)
        if value == self._enabled:
            return
        self._enabled = value
        if value:
            if self.available:
                self.reason = ""
            if self._thread is None and not self._closed:
                self._ready.clear()
                self._start()
        elif self.available:
            self.reason = SOUND_OFF

    @property
    def audible(self) -> bool:
        """True when cues will be heard; when False the UI shows them instead."""
        return self._enabled and self.available

    def play(self, cue: str, at: float | None = None) -> bool:
        """Queue a cue; returns at once. False if the cue will not be played.

        ``at`` is when the cue was due on this player's clock (an ``EngineEvent.at``
        from an engine on the same clock); a cue already older than
        ``max_age`` (the engine catching up after a stall) is dropped.
        """
        if not self.audible or self._closed or cue not in self._lengths:
            return False
        now = self.clock.monotonic()
        due = now if at is None else min(at, now)
        if now - due > self.max_age:
            self.dropped += 1
            return False
        try:
            self._queue.put_nowait((cue, due))
            return True
        except queue.Full:
            self.dropped += 1
            return False

    def take_notice(self) -> str | None:
        """The reason sound is unavailable, the first time it is asked after that happened; else None."""
        with self._lock:
            if self._notice_pending:
                self._notice_pending = False
                return self.reason
        return None

    def wait_ready(self, timeout: float = 5.0) -> bool:
        """Wait until the backend probe is done (tests, diagnostics)."""
        return self._ready.wait(timeout)

    def drain(self, timeout: float = 5.0) -> bool:
        """Wait until every queued cue was handled (tests, benchmarks)."""
        end = self.clock.monotonic() + timeout
        while self.clock.monotonic() < end:
            if self._queue.unfinished_tasks == 0:
                return True
            time.sleep(0.005)
        return False

    def close(self) -> None:
        """Stop the worker (it is a daemon thread, so this is optional at exit)."""
        self._closed = True
        if self._thread is not None:
            try:
                self._queue.put_nowait(None)
            except queue.Full:
                pass
            self._thread.join(timeout=1.0)

    # ------------------------------------------------------------ internals
    def _start(self) -> None:
        if not all((self.sounds_dir / f"{c}.wav").is_file() for c in CUES):
            self._mark_unavailable(NO_FILES)
            self._ready.set()
            return
        if not find_sound_device():
            self._mark_unavailable(NO_DEVICE)
            self._ready.set()
            return
        self._thread = threading.Thread(target=self._run, name="coach-cues", daemon=True)
        self._thread.start()

    def _mark_unavailable(self, reason: str) -> None:
        callback = None
        with self._lock:
            if not self.available:
                return
            self.available = False
            self.reason = reason
            if not self._notified:
                self._notified = True
                self._notice_pending = True
                callback = self.on_unavailable
        log.info("cue sounds unavailable: %s", reason)
        # empty the queue: nothing in it will be played
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                break
            self._queue.task_done()
            if item is None:
                self._queue.put_nowait(None)
                break
        if callback is not None:
            try:
                callback(reason)
            except Exception:  # a UI callback must never break the cue thread
                log.exception("on_unavailable callback failed")

    def _probe(self) -> bool:
        try:
            import playsound3
        except Exception as exc:  # a backend check itself can fail (e.g. a broken gst-play)
            log.info("playsound3 could not be loaded: %r", exc)
            self._mark_unavailable(NO_BACKEND)
            return False
        self._playsound = playsound3
        if self.backend is None and playsound3.DEFAULT_BACKEND is None:
            self._mark_unavailable(NO_BACKEND)
            return False
        return True

    def _run(self) -> None:
        ok = self._probe()
        self._ready.set()
        if not ok:
            return
        while True:
            item = self._queue.get()
            try:
                if item is None:
                    return
                cue, queued_at = item
                if not self.audible or self.clock.monotonic() - queued_at > self.max_age:
                    self.dropped += 1
                    continue
                self._play_one(cue)
            finally:
                self._queue.task_done()

    def _play_one(self, cue: str) -> None:
        ps = self._playsound
        path = self.sounds_dir / f"{cue}.wav"
        try:
            sound = ps.playsound(str(path), block=False, backend=self.backend)
        except ps.PlaysoundException as exc:
            if "file not found" in str(exc):
                log.warning("missing cue sound %s", path)
                return
            self._mark_unavailable(NO_BACKEND if "backend" in str(exc).lower() else PLAYER_FAILED)
            return
        except Exception as exc:  # OSError from a vanished program, and the like
            log.info("cue %s failed: %r", cue, exc)
            self._mark_unavailable(PLAYER_FAILED)
            return
        self.played.append(cue)
        deadline = self.clock.monotonic() + self._lengths.get(cue, 1.0) + self.timeout_margin
        try:
            while sound.is_alive():
                if self.clock.monotonic() > deadline:
                    sound.stop()
                    proc = getattr(sound, "subprocess", None)
                    if proc is not None and hasattr(proc, "wait"):
                        try:
                            proc.wait(timeout=0.5)
                        except Exception:
                            pass
                    self._hangs += 1
                    log.info("cue %s hung; stopped it (%d in a row)", cue, self._hangs)
                    if self._hangs >= 2:
                        self._mark_unavailable(PLAYER_FAILED)
                    return
                time.sleep(0.01)
        except Exception as exc:
            log.info("cue %s: %r", cue, exc)
            return
        self._hangs = 0
        code = getattr(getattr(sound, "subprocess", None), "returncode", 0)
        if isinstance(code, int) and code != 0:
            # aplay and friends exit with an error when there is no device to open
            self._mark_unavailable(NO_DEVICE)
