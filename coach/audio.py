"""Cues during a session: the voice and the beeps through one queue on one worker thread, degrading to visual cues.

The player's words come from ``coach.core.session.spoken`` (an
``Utterance`` per instant); :class:`CuePlayer` says them with the platform's
speech engine (``coach.voice``, rendered to sound files) or plays the cue
beeps (``assets/sounds``), as the person chose in Settings: ``mode`` is
``"voice"``, ``"beeps"`` or ``"off"``.

One queue, one sound at a time
==============================
``say(utterance)`` and ``play(cue)`` never block: they put an item in one
queue that one worker thread plays, one at a time, so a sentence and a beep
never sound together. The queue (:class:`AudioQueue`) is ordered by priority
(the countdown before an exercise's introduction) and then by age; an item
that waited longer than it may (``max_wait``: well under a second for a
countdown number, a few seconds for a question) is dropped rather than said
late, and a more urgent item cuts a less urgent one short (the introduction
stops when the person presses Space and the countdown begins). When the
queue is full the new item is dropped.

Falling back, said once
=======================
* No speech engine (``coach.voice`` cannot load one, or it fails): the voice
  gives way to the beeps, each utterance playing the beeps of its cues.
* No sound at all: playsound3 picks its backend only by which programs exist
  (``gst-play-1.0``, ``ffplay``, ``aplay`` + ``mpg123``) and never checks for a
  sound device; with no device, aplay and gst-play fail silently, and with no
  backend ``playsound`` raises ``PlaysoundException``. So the player looks for
  a sound device first (Linux: ``/proc/asound/cards``, ``/dev/snd/pcm*``, or a
  PulseAudio/PipeWire socket), probes playsound3 on the worker thread (its
  import starts subprocesses), treats a player that exits with an error as
  "no device" and one that hangs past its time-out as broken (stopped; two in a
  row → unavailable). Then ``available`` is False and the UI flashes the timer.

Each step down sets ``reason`` and is told exactly once: ``take_notice()``
returns the words the first time it is asked after it happened, and
``on_unavailable(reason)`` is called once, possibly from a worker thread (a
Qt UI must hop to the GUI thread with a queued signal). Nothing here raises
into the caller or stalls it. ``COACH_NO_SOUND=1`` turns everything off
without a notice. No Qt here.
"""

from __future__ import annotations

import heapq
import itertools
import logging
import os
import sys
import threading
import time
import wave
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coach.core.clock import Clock, SystemClock
from coach.core.i18n import QT_TRANSLATE_NOOP, translate
from coach.resources import assets_dir

log = logging.getLogger(__name__)

from coach.core.session import CUES as ENGINE_CUES  # noqa: E402  (the engine names the cues; sounds follow)
from coach.core.session import SPOKEN_ONLY  # noqa: E402

CUES: tuple[str, ...] = tuple(c for c in ENGINE_CUES if c not in SPOKEN_ONLY)  # the cues that have a beep
SOUNDS_DIR = assets_dir() / "sounds"

VOICE, BEEPS, OFF = "voice", "beeps", "off"
MODES: tuple[str, ...] = (VOICE, BEEPS, OFF)

NO_DEVICE = QT_TRANSLATE_NOOP("audio", "No sound device found; cues will flash on screen instead.")
NO_BACKEND = QT_TRANSLATE_NOOP("audio", "No program to play sounds was found (install GStreamer's gst-play-1.0 or "
                               "FFmpeg's ffplay); cues will flash on screen instead.")
PLAYER_FAILED = QT_TRANSLATE_NOOP("audio", "The sound player is not working; cues will flash on screen instead.")
SOUND_OFF = QT_TRANSLATE_NOOP("audio", "Sound is turned off.")
NO_FILES = QT_TRANSLATE_NOOP("audio", "The cue sound files are missing; cues will flash on screen instead.")
BEEP_PRIORITY = 3  # a beep is as urgent as a countdown number
_WALL = SystemClock()  # real seconds for waiting on the worker (drain), whatever clock the cues follow


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




# ================================================================ the queue
@dataclass(order=True)
class Item:
    """One thing to play: a beep (``cue``) or a sentence (``text``), with when it was due and how late it may be."""

    sort_key: tuple = field(init=False, repr=False)
    priority: int = field(compare=False)
    seq: int = field(compare=False)
    due: float = field(compare=False)
    max_wait: float = field(compare=False)
    cue: str | None = field(default=None, compare=False)
    text: str | None = field(default=None, compare=False)
    fallback: tuple[str, ...] = field(default=(), compare=False)  # the beeps of a sentence, if it cannot be said

    def __post_init__(self) -> None:
        self.sort_key = (-self.priority, self.seq)

    @property
    def key(self) -> str:
        return self.text if self.text is not None else (self.cue or "")

    def stale(self, now: float) -> bool:
        return now - self.due > self.max_wait


class AudioQueue:
    """The order things are played in (see the module docstring). Pure: the caller gives the time."""

    def __init__(self, max_len: int = 4) -> None:
        self.max_len = max_len
        self._heap: list[Item] = []
        self._seq = itertools.count()
        self.dropped = 0

    def __len__(self) -> int:
        return len(self._heap)

    def make(self, *, priority: int, due: float, max_wait: float, cue: str | None = None, text: str | None = None,
             fallback: tuple[str, ...] = ()) -> Item:
        return Item(priority, next(self._seq), due, max_wait, cue, text, fallback)

    def offer(self, item: Item, now: float) -> bool:
        """Queue ``item``; False (and counted as dropped) when it is already too late or the queue is full of
        items at least as urgent."""
        if item.stale(now):
            self.dropped += 1
            return False
        self._purge(now)
        if len(self._heap) >= self.max_len:
            worst = max(self._heap)
            if worst.priority >= item.priority:
                self.dropped += 1
                return False
            self._heap.remove(worst)
            heapq.heapify(self._heap)
            self.dropped += 1
        heapq.heappush(self._heap, item)
        return True

    def next(self, now: float) -> Item | None:
        """The item to play now (the most urgent, then the oldest), dropping those that waited too long."""
        self._purge(now)
        return heapq.heappop(self._heap) if self._heap else None

    def preempts(self, playing: Item, now: float) -> bool:
        """Whether something more urgent than ``playing`` is waiting (and still worth saying)."""
        return any(i.priority > playing.priority and not i.stale(now) for i in self._heap)

    def clear(self) -> None:
        self._heap.clear()

    def _purge(self, now: float) -> None:
        keep = [i for i in self._heap if not i.stale(now)]
        if len(keep) != len(self._heap):
            self.dropped += len(self._heap) - len(keep)
            self._heap = keep
            heapq.heapify(self._heap)


# ================================================================ the player
class CuePlayer:
    """Says utterances and plays beeps on one worker thread; see the module docstring."""

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
        mode: str = BEEPS,
        voice: Any = None,
    ) -> None:
        self.clock: Clock = clock or SystemClock()
        self.sounds_dir = Path(sounds_dir) if sounds_dir else SOUNDS_DIR
        self.on_unavailable = on_unavailable
        self.max_age = max_age
        self.timeout_margin = timeout_margin
        self.backend = backend
        if mode not in MODES:
            raise ValueError(f"unknown cue mode {mode!r}; expected one of {MODES}")
        self._on_mode = mode if mode != OFF else BEEPS  # what "enabled = True" turns back on
        self._mode = OFF if (not enabled or mode == OFF or sound_disabled_by_env()) else mode
        self._env_off = sound_disabled_by_env()
        self._lock = threading.Condition()
        self._q = AudioQueue(max_queue)
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._closed = False
        self._busy = False
        self._notices: list[str] = []
        self._told: set[str] = set()
        self._hangs = 0
        self._playsound: Any = None  # the playsound3 module, once probed
        self._voice = voice
        self.available = True
        self.reason = ""
        self.voice_reason = ""
        self.played: deque[str] = deque(maxlen=200)  # what was handed to the backend: cue names, sentences
        self.timeline: deque[tuple[str, float, float]] = deque(maxlen=500)  # (what, start, end), player's clock
        self._lengths = {c: wav_seconds(self.sounds_dir / f"{c}.wav") for c in CUES}
        if self._mode == OFF:
            self.reason = translate("audio", SOUND_OFF)
            self._ready.set()
        else:
            self._start()

    # ------------------------------------------------------------- public
    @property
    def mode(self) -> str:
        return self._mode

    @mode.setter
    def mode(self, value: str) -> None:
        if value not in MODES:
            raise ValueError(f"unknown cue mode {value!r}; expected one of {MODES}")
        if self._env_off:
            value = OFF
        if value != OFF:
            self._on_mode = value
        if value == self._mode:
            return
        self._mode = value
        if value == OFF:
            if self.available:
                self.reason = translate("audio", SOUND_OFF)
            with self._lock:
                self._q.clear()
            return
        if self.available:
            self.reason = ""
        if self._thread is None and not self._closed and self.available:
            self._ready.clear()
            self._start()
        elif value == VOICE:
            self._start_voice()

    @property
    def enabled(self) -> bool:
        return self._mode != OFF

    @enabled.setter
    def enabled(self, value: bool) -> None:
        self.mode = self._on_mode if value else OFF

    @property
    def dropped(self) -> int:
        return self._q.dropped

    @dropped.setter
    def dropped(self, value: int) -> None:
        self._q.dropped = value

    @property
    def audible(self) -> bool:
        """True when cues will be heard; when False the UI shows them instead."""
        return self._mode != OFF and self.available

    @property
    def speaking(self) -> bool:
        """True when cues are spoken (voice chosen, a speech engine and a sound device at hand)."""
        return self.audible and self._mode == VOICE and self._voice is not None and self._voice.available

    def play(self, cue: str, at: float | None = None) -> bool:
        """Queue a beep; returns at once. False if it will not be played.

        ``at`` is when the cue was due on this player's clock (an ``EngineEvent.at``
        from an engine on the same clock); a cue already older than
        ``max_age`` (the engine catching up after a stall) is dropped.
        """
        if not self.audible or self._closed or cue not in self._lengths:
            return False
        now = self.clock.monotonic()
        due = now if at is None else min(at, now)
        return self._offer(self._q.make(priority=BEEP_PRIORITY, due=due, max_wait=self.max_age, cue=cue), now)

    def say(self, utterance: Any, at: float | None = None) -> bool:
        """Queue an utterance (``coach.core.session.spoken.Utterance``): spoken in voice mode, else its beeps.
        ``at``: when it was due on this player's clock (None: now). False when nothing of it will be heard."""
        if not self.audible or self._closed:
            return False
        now = self.clock.monotonic()
        due = now if at is None else min(at, now)
        beeps = tuple(c for c in utterance.cues if c in self._lengths)
        if self.speaking and utterance.text:
            self._voice.request(utterance.text)
            item = self._q.make(priority=utterance.priority, due=due, max_wait=utterance.max_wait,
                                text=utterance.text, fallback=beeps)
            return self._offer(item, now)
        if self._mode == VOICE and self._voice is not None and self._voice.available:
            return False  # the voice leaves this one unsaid (a beat it covers with its own words)
        ok = False
        for c in beeps:
            ok = self._offer(self._q.make(priority=BEEP_PRIORITY, due=due, max_wait=self.max_age, cue=c), now) or ok
        return ok

    def prepare(self, texts) -> None:
        """Render these sentences now, so they are ready when they are due (voice mode only)."""
        if self.speaking:
            self._voice.prepare(texts)

    def take_notice(self) -> str | None:
        """What changed for the worse (no voice, no sound), the first time it is asked after it happened."""
        with self._lock:
            if self._notices:
                text = " ".join(self._notices)
                self._notices = []
                return text
        return None

    def wait_ready(self, timeout: float = 5.0) -> bool:
        """Wait until the backend probe is done (tests, diagnostics)."""
        ok = self._ready.wait(timeout)
        if ok and self._voice is not None and self._mode == VOICE and hasattr(self._voice, "wait_ready"):
            ok = self._voice.wait_ready(timeout)
            self._check_voice()
        return ok

    def drain(self, timeout: float = 5.0) -> bool:
        """Wait until every queued item was handled (tests, benchmarks)."""
        end = _WALL.monotonic() + timeout
        while _WALL.monotonic() < end:
            with self._lock:
                if not len(self._q) and not self._busy:
                    return True
            time.sleep(0.005)
        return False

    def close(self) -> None:
        """Stop the worker (it is a daemon thread, so this is optional at exit)."""
        self._closed = True
        with self._lock:
            self._q.clear()
            self._lock.notify_all()
        if self._thread is not None:
            self._thread.join(timeout=1.0)
        if self._voice is not None and hasattr(self._voice, "close"):
            self._voice.close()

    # ------------------------------------------------------------ internals
    def _offer(self, item: Item, now: float) -> bool:
        with self._lock:
            ok = self._q.offer(item, now)
            if ok:
                self._lock.notify_all()
            return ok

    def _start(self) -> None:
        if not all((self.sounds_dir / f"{c}.wav").is_file() for c in CUES):
            self._mark_unavailable(NO_FILES)
            self._ready.set()
            return
        if not find_sound_device():
            self._mark_unavailable(NO_DEVICE)
            self._ready.set()
            return
        if self._mode == VOICE:
            self._start_voice()
        self._thread = threading.Thread(target=self._run, name="coach-cues", daemon=True)
        self._thread.start()

    def _start_voice(self) -> None:
        if self._voice is None:
            from coach.voice import Voice

            self._voice = Voice(on_unavailable=lambda _r: self._check_voice())

    def _check_voice(self) -> None:
        """Tell once that the voice gave way to the beeps."""
        v = self._voice
        if v is None or v.available or self.voice_reason:
            return
        self.voice_reason = v.reason
        self._tell(v.reason)

    def _tell(self, reason: str) -> None:
        callback = None
        with self._lock:
            if reason in self._told:
                return
            self._told.add(reason)
            self._notices.append(reason)
            callback = self.on_unavailable
        if callback is not None:
            try:
                callback(reason)
            except Exception:  # a UI callback must never break the cue thread
                log.exception("on_unavailable callback failed")

    def _mark_unavailable(self, reason: str) -> None:
        with self._lock:
            if not self.available:
                return
            self.available = False
            self.reason = translate("audio", reason)  # the message as the person reads it
            self._q.clear()
            self._lock.notify_all()
        log.info("cue sounds unavailable: %s", reason)
        self._tell(self.reason)

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
            with self._lock:
                while not self._closed and not len(self._q):
                    self._lock.wait(0.5)
                if self._closed:
                    return
                item = self._q.next(self.clock.monotonic())
                self._busy = item is not None
            if item is None:
                continue
            try:
                if self.audible:
                    self._handle(item)
            finally:
                with self._lock:
                    self._busy = False
            if not self.available:
                return

    def _handle(self, item: Item) -> None:
        if item.text is None:
            self._play_file(item, self.sounds_dir / f"{item.cue}.wav", self._lengths.get(item.cue or "", 1.0))
            return
        voice = self._voice
        path = None
        if voice is not None and voice.available:
            started = self.clock.monotonic()
            left = item.max_wait - (started - item.due)
            path = voice.file(item.text, max(0.05, left))
            if path is None and voice.available:
                voice.stalled(started, self.clock.monotonic())
        if path is None:
            self._check_voice()
            if voice is not None and not voice.available:  # said as beeps from now on
                for c in item.fallback:
                    self._play_file(self._q.make(priority=BEEP_PRIORITY, due=item.due, max_wait=self.max_age, cue=c),
                                    self.sounds_dir / f"{c}.wav", self._lengths.get(c, 1.0))
            else:
                self._q.dropped += 1  # not rendered in time: late words are worse than none
            return
        from coach.voice import sound_seconds

        self._play_file(item, path, sound_seconds(path))

    def _play_file(self, item: Item, path: Path, length: float) -> None:
        ps = self._playsound
        now = self.clock.monotonic()
        if item.stale(now):
            self._q.dropped += 1
            return
        try:
            sound = ps.playsound(str(path), block=False, backend=self.backend)
        except ps.PlaysoundException as exc:
            if "file not found" in str(exc):
                log.warning("missing sound %s", path)
                return
            self._mark_unavailable(NO_BACKEND if "backend" in str(exc).lower() else PLAYER_FAILED)
            return
        except Exception as exc:  # OSError from a vanished program, and the like
            log.info("%s failed: %r", item.key, exc)
            self._mark_unavailable(PLAYER_FAILED)
            return
        self.played.append(item.key)
        start = self.clock.monotonic()
        deadline = start + length + self.timeout_margin
        try:
            while sound.is_alive():
                now = self.clock.monotonic()
                with self._lock:
                    cut = self._q.preempts(item, now) or self._closed or not self.enabled
                if cut:  # something more urgent is due: this one stops here (never two at once)
                    self._stop(sound)
                    self.timeline.append((item.key, start, self.clock.monotonic()))
                    return
                if now > deadline:
                    self._stop(sound)
                    self._hangs += 1
                    log.info("%s hung; stopped it (%d in a row)", item.key, self._hangs)
                    if self._hangs >= 2:
                        self._mark_unavailable(PLAYER_FAILED)
                    return
                time.sleep(0.01)
        except Exception as exc:
            log.info("%s: %r", item.key, exc)
            return
        self.timeline.append((item.key, start, self.clock.monotonic()))
        self._hangs = 0
        code = getattr(getattr(sound, "subprocess", None), "returncode", 0)
        if isinstance(code, int) and code != 0:
            # aplay and friends exit with an error when there is no device to open
            self._mark_unavailable(NO_DEVICE)

    @staticmethod
    def _stop(sound: Any) -> None:
        sound.stop()
        proc = getattr(sound, "subprocess", None)
        if proc is not None and hasattr(proc, "wait"):
            try:
                proc.wait(timeout=0.5)
            except Exception:
                pass
