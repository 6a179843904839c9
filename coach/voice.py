"""The platform's own speech engine, through pyttsx3, rendering sentences to sound files off the GUI thread.

pyttsx3 drives eSpeak NG on Linux (``libespeak-ng``, the ``espeak-ng``
package on Debian), SAPI5 on Windows and NSSpeechSynthesizer on macOS.
:class:`Voice` owns one engine on its own thread (``coach-voice``): the engine
is made there, and every sentence is rendered there into a file (pyttsx3's
``save_to_file``) that the cue player (``coach.audio``) plays through the
same queue as its beeps, so speech and beeps never sound at once. A sentence
is rendered once and kept for the rest of the run (``prepare`` renders a
session's sentences before they are needed, so a countdown is on time).

Nothing here raises into the caller or blocks it for long: when the engine
cannot be loaded, fails or stops answering, ``available`` turns False and
``reason`` says why in words for the user; the cue player then plays beeps
instead and says so once. No Qt here.
"""

from __future__ import annotations

import array
import contextlib
import hashlib
import io
import logging
import queue
import shutil
import sys
import tempfile
import threading
import wave
from collections.abc import Callable
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

NO_VOICE = ("No speech engine was found (on Linux, install espeak-ng); cues will beep instead of "
            "speaking.")
VOICE_FAILED = "The speech engine is not working; cues will beep instead of speaking."
RATE = 170  # words a minute: unhurried, for a person who is also moving
RENDER_TIMEOUT = 10.0  # seconds: an engine that takes longer than this for one sentence has stopped answering
SILENT_PEAK = 500  # 16-bit samples: a rendered sentence quieter than this everywhere has no speech in it
EDGE_PEAK = 300  # silence below this at the start and end is trimmed, so sentences follow each other closely


def file_suffix(platform: str = sys.platform) -> str:
    """NSSpeechSynthesizer writes AIFF whatever the name says; the others write WAV."""
    return ".aiff" if platform == "darwin" else ".wav"


def make_engine() -> Any:
    """A pyttsx3 engine for this platform (raises when there is none)."""
    if sys.platform == "win32":  # SAPI5 is COM: this thread needs COM before pyttsx3 makes its objects
        with contextlib.suppress(Exception):
            import comtypes

            comtypes.CoInitialize()
    import pyttsx3

    engine = pyttsx3.init()
    with contextlib.suppress(Exception):
        engine.setProperty("rate", RATE)
    return engine


def render_with(engine: Any, text: str, path: Path) -> None:
    """Speak ``text`` into ``path`` with a pyttsx3 engine (its espeak driver prints a line: kept off stdout)."""
    with contextlib.redirect_stdout(io.StringIO()):
        engine.save_to_file(text, str(path))
        engine.runAndWait()


def wav_peak(path: Path) -> int:
    """The loudest 16-bit sample of a WAV file (0 when it cannot be read)."""
    try:
        with wave.open(str(path), "rb") as w:
            if w.getsampwidth() != 2:
                return 32767 if w.getnframes() else 0  # another format: trust it when it has frames
            samples = array.array("h", w.readframes(w.getnframes()))
    except (OSError, wave.Error, EOFError):
        return 0
    if sys.byteorder == "big":
        samples.byteswap()
    return max((abs(v) for v in samples), default=0)


def trim_wav(path: Path, threshold: int = EDGE_PEAK, keep: float = 0.04) -> None:
    """Cut the silence before and after the speech in a 16-bit mono WAV (``keep`` seconds of it stay)."""
    try:
        with wave.open(str(path), "rb") as w:
            params = w.getparams()
            frames = w.readframes(w.getnframes())
    except (OSError, wave.Error, EOFError):
        return
    if params.sampwidth != 2 or params.nchannels != 1:
        return
    samples = array.array("h", frames)
    if sys.byteorder == "big":
        samples.byteswap()
    start = next((i for i, v in enumerate(samples) if abs(v) > threshold), None)
    if start is None:
        return
    end = next(i for i in range(len(samples) - 1, -1, -1) if abs(samples[i]) > threshold)
    pad = round(keep * params.framerate)
    cut = samples[max(0, start - pad):min(len(samples), end + 1 + pad)]
    if sys.byteorder == "big":
        cut.byteswap()
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(params.framerate)
        w.writeframes(cut.tobytes())


def sound_seconds(path: Path) -> float:
    try:
        with wave.open(str(path), "rb") as w:
            return w.getnframes() / float(w.getframerate())
    except (OSError, wave.Error, EOFError):
        return 3.0  # AIFF or unreadable: a generous guess for the player's time-out


class Voice:
    """Renders sentences to sound files on its own thread with the platform's speech engine (see the module)."""

    def __init__(self, cache_dir: Path | None = None, engine_factory: Callable[[], Any] | None = None,
                 on_unavailable: Callable[[str], None] | None = None) -> None:
        self._own_dir = cache_dir is None
        self.cache_dir = Path(cache_dir) if cache_dir else Path(tempfile.mkdtemp(prefix="coach-voice-"))
        self.engine_factory = engine_factory or make_engine
        self.on_unavailable = on_unavailable
        self.available = True
        self.reason = ""
        self.rendered = 0  # sentences rendered (tests, diagnostics)
        self._files: dict[str, Path] = {}
        self._done = threading.Condition()
        self._requests: queue.Queue[str | None] = queue.Queue()
        self._asked: set[str] = set()
        self._ready = threading.Event()
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="coach-voice", daemon=True)
        self._thread.start()

    # ------------------------------------------------------------- public
    def wait_ready(self, timeout: float = 10.0) -> bool:
        """Wait until the engine was loaded (or found missing)."""
        return self._ready.wait(timeout)

    def prepare(self, texts) -> None:
        """Render these sentences ahead of time (in the background)."""
        for t in texts:
            self.request(t)

    def request(self, text: str) -> None:
        with self._done:
            if not self.available or self._closed or text in self._files or text in self._asked:
                return
            self._asked.add(text)
        self._requests.put(text)

    def ready_file(self, text: str) -> Path | None:
        """The rendered file of ``text`` if it is ready (None: not yet, or it cannot be)."""
        with self._done:
            return self._files.get(text)

    def file(self, text: str, timeout: float) -> Path | None:
        """The rendered file of ``text``, waiting up to ``timeout`` seconds for it; None when it is not there by
        then or the voice is unavailable."""
        self.request(text)
        with self._done:
            self._done.wait_for(lambda: text in self._files or not self.available or self._closed, timeout)
            return self._files.get(text)

    def stalled(self, since: float, now: float) -> None:
        """The engine has not answered since ``since`` (player's clock): give up on it past the time-out."""
        if now - since > RENDER_TIMEOUT:
            self._fail(VOICE_FAILED)

    def close(self) -> None:
        self._closed = True
        self._requests.put(None)
        with self._done:
            self._done.notify_all()
        self._thread.join(timeout=1.0)
        if self._own_dir:
            shutil.rmtree(self.cache_dir, ignore_errors=True)

    # ---------------------------------------------------------- internals
    def _fail(self, reason: str) -> None:
        callback = None
        with self._done:
            if self.available:
                self.available = False
                self.reason = reason
                callback = self.on_unavailable
            self._done.notify_all()
        if callback is not None:
            log.info("voice unavailable: %s", reason)
            try:
                callback(reason)
            except Exception:  # a caller's callback must never break this thread
                log.exception("on_unavailable callback failed")

    def _run(self) -> None:
        try:
            engine = self.engine_factory()
        except Exception as exc:  # no pyttsx3, no libespeak-ng, no SAPI voice...
            log.info("no speech engine: %r", exc)
            self._fail(NO_VOICE)
            self._ready.set()
            return
        self._ready.set()
        suffix = file_suffix()
        while True:
            text = self._requests.get()
            if text is None or self._closed or not self.available:
                return
            path = self.cache_dir / (hashlib.sha1(text.encode("utf-8")).hexdigest()[:16] + suffix)
            try:
                render_with(engine, text, path)
            except Exception as exc:
                log.info("speech engine failed on %r: %r", text, exc)
                self._fail(VOICE_FAILED)
                return
            if suffix == ".wav":
                if wav_peak(path) < SILENT_PEAK:
                    log.info("speech engine wrote silence for %r", text)
                    self._fail(VOICE_FAILED)
                    return
                trim_wav(path)
            elif not path.is_file():
                self._fail(VOICE_FAILED)
                return
            with self._done:
                self._files[text] = path
                self.rendered += 1
                self._done.notify_all()
