"""The platform's own speech engine, through pyttsx3, rendering sentences to sound files off the GUI thread.

pyttsx3 drives eSpeak NG on Linux (``libespeak-ng``, the ``espeak-ng``
package on Debian), SAPI5 on Windows and NSSpeechSynthesizer on macOS.
:class:`Voice` owns one engine on its own thread (``coach-voice``): the engine
is made there, and every sentence is rendered there into a file (pyttsx3's
``save_to_file``) that the cue player (``coach.audio``) plays through the
same queue as its beeps, so speech and beeps never sound at once. A sentence
is rendered once and kept for the rest of the run (``prepare`` renders a
session's sentences before they are needed, so a countdown is on time).

The sentences come in the language in use (``coach.core.session.spoken``), so
each is rendered by a voice of that language: the engine's default voice when
it speaks it, else the first of the engine's voices that does (eSpeak NG's
``roa/es`` for Spanish), else the default voice, with no error
(:func:`voice_for`).

Nothing here raises into the caller or blocks it for long: when the engine
cannot be loaded, fails or stops answering, ``available`` turns False and
``reason`` says why in words for the user; the cue player then plays beeps
instead and says so once. No Qt here.
"""

from __future__ import annotations

import array
import atexit
import contextlib
import hashlib
import io
import logging
import queue
import shutil
import sys
import tempfile
import threading
import time
import wave
from collections.abc import Callable
from pathlib import Path
from typing import Any

from coach.core import i18n
from coach.core.clock import SystemClock

log = logging.getLogger(__name__)
_WALL = SystemClock()  # real seconds for waiting on the engine

NO_VOICE = i18n.QT_TRANSLATE_NOOP("audio", "No speech engine was found (on Linux, install espeak-ng); cues will "
                                            "beep instead of speaking.")
VOICE_FAILED = i18n.QT_TRANSLATE_NOOP("audio", "The speech engine is not working; cues will beep instead of speaking.")
RATE = 170  # words a minute: unhurried, for a person who is also moving
RENDER_TIMEOUT = 10.0  # seconds: an engine that takes longer than this for one sentence has stopped answering
RENDER_TRIES = 2  # a sentence that fails twice means the engine is broken, not busy
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


def _codes(voice: Any) -> list[str]:
    """A pyttsx3 voice's languages as lower-case tags with hyphens (``es``, ``es-419``, ``en-gb``)."""
    out = []
    for code in getattr(voice, "languages", None) or ():
        if isinstance(code, bytes):
            code = code.decode("utf-8", "ignore")
        out.append(str(code).strip().lower().replace("_", "-"))
    return out


def speaks(voice: Any, language: str) -> bool:
    """The voice speaks ``language`` (a code such as ``es``), in any of its regional forms."""
    return any(c == language or c.startswith(language + "-") for c in _codes(voice))


def voice_for(voices: list[Any], language: str, default: str | None = None) -> str | None:
    """The id of the voice to speak ``language`` with: ``default`` (the engine's voice) when it speaks it, else
    the voice whose language is exactly it, else the one with the shortest regional form of it (``en-gb``
    before ``en-gb-scotland``), else ``default``."""
    language = language.lower()
    if default is not None and any(v.id == default and speaks(v, language) for v in voices):
        return default
    best: tuple[int, str] | None = None
    for v in voices:
        for c in _codes(v):
            if c == language:
                return v.id
            if c.startswith(language + "-") and (best is None or len(c) < best[0]):
                best = (len(c), v.id)
    return best[1] if best else default


def use_language(engine: Any, language: str, default: str | None) -> str | None:
    """Set the engine's voice for ``language`` (see :func:`voice_for`); returns the voice id set. A failing
    engine keeps the voice it has: the words are still said, in its accent."""
    try:
        chosen = voice_for(list(engine.getProperty("voices") or ()), language, default)
        if chosen is not None:
            engine.setProperty("voice", chosen)
            engine.setProperty("rate", RATE)  # some engines reset it with the voice
        return chosen
    except Exception as exc:
        log.info("no voice chosen for %r: %r", language, exc)
        return None


def render_with(engine: Any, text: str, path: Path, timeout: float | None = None) -> None:
    """Speak ``text`` into ``path`` with a pyttsx3 engine, and return once the file is whole.

    pyttsx3's eSpeak NG driver can return from ``runAndWait`` while eSpeak is still speaking on its own thread
    (it writes the file when the sentence ends, and prints a line then: kept off stdout). Waiting for the
    file keeps one sentence at a time, so a late sentence can never be written under the next one's name.
    Raises ``TimeoutError`` when no file came within ``timeout`` seconds."""
    path.unlink(missing_ok=True)
    with contextlib.redirect_stdout(io.StringIO()):
        engine.save_to_file(text, str(path))
        engine.runAndWait()
        timeout = RENDER_TIMEOUT if timeout is None else timeout
        end = _WALL.monotonic() + timeout
        while not _whole(path):
            if _WALL.monotonic() > end:
                raise TimeoutError(f"no sound file for {text!r} after {timeout:g} s")
            time.sleep(0.01)


def _whole(path: Path) -> bool:
    """The file is there and, for a WAV, readable to its end."""
    if not path.is_file():
        return False
    if path.suffix != ".wav":
        return True
    try:
        with wave.open(str(path), "rb") as w:
            return len(w.readframes(w.getnframes())) == w.getnframes() * w.getsampwidth() * w.getnchannels()
    except (OSError, wave.Error, EOFError):
        return False


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


class _Worker:
    """One speech engine on its own thread, rendering one sentence at a time. The process has one of these for
    the platform's engine (pyttsx3's drivers are process-wide: eSpeak NG starts once per process, and a second
    engine's end resets the first one's callback), shared by every :class:`Voice`."""

    def __init__(self, engine_factory: Callable[[], Any]) -> None:
        self.engine_factory = engine_factory
        self.error: str | None = None  # why there is no engine (or it broke): words for the user
        self.ready = threading.Event()
        self._jobs: queue.Queue[tuple[str, Path, Callable[[str, Path | None, str | None], None], str]] = \
            queue.Queue()
        self.language: str | None = None  # the language the engine's voice was chosen for
        self.voice_id: str | None = None  # and that voice (None: the engine's own)
        self._thread = threading.Thread(target=self._run, name="coach-voice", daemon=True)
        self._thread.start()

    def submit(self, text: str, path: Path, done: Callable[[str, Path | None, str | None], None],
               language: str = i18n.DEFAULT_LANGUAGE) -> None:
        """Render ``text`` (in ``language``) into ``path``; ``done(text, path or None, error)`` is called on the
        worker's thread."""
        if self.error:
            done(text, None, self.error)
        else:
            self._jobs.put((text, path, done, language))

    def _run(self) -> None:
        try:
            engine = self.engine_factory()
        except Exception as exc:  # no pyttsx3, no libespeak-ng, no SAPI voice...
            log.info("no speech engine: %r", exc)
            self.error = NO_VOICE
            self.ready.set()
            self._fail_all()
            return
        default = None
        with contextlib.suppress(Exception):
            default = engine.getProperty("voice")
        self.ready.set()
        while True:
            text, path, done, language = self._jobs.get()
            if self.error:
                done(text, None, self.error)
                continue
            if language != self.language:
                self.language = language
                self.voice_id = use_language(engine, language, default)
            ok = False
            for _attempt in range(RENDER_TRIES):  # a busy machine can stall one sentence: try it again first
                try:
                    render_with(engine, text, path)
                    ok = path.is_file() and (path.suffix != ".wav" or wav_peak(path) >= SILENT_PEAK)
                except Exception as exc:
                    log.info("speech engine failed on %r: %r", text, exc)
                if ok:
                    break
            if not ok:
                log.info("speech engine wrote nothing audible for %r", text)
                self.error = VOICE_FAILED
                done(text, None, self.error)
                continue
            if path.suffix == ".wav":
                trim_wav(path)
            done(text, path, None)

    def _fail_all(self) -> None:
        while True:
            try:
                text, _path, done, _language = self._jobs.get_nowait()
            except queue.Empty:
                return
            done(text, None, self.error)


_shared: _Worker | None = None
_shared_lock = threading.Lock()


def shared_worker() -> _Worker:
    """The process's one worker on the platform's speech engine (made on first use)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = _Worker(make_engine)
        return _shared


class Voice:
    """Sentences rendered to sound files by the platform's speech engine, off the caller's thread (see the
    module). ``engine_factory``: another engine (tests); by default the process's one shared engine.
    ``language``: the language of its sentences (by default the one in use when each is asked for,
    ``coach.core.i18n``); a sentence is rendered once per language."""

    def __init__(self, cache_dir: Path | None = None, engine_factory: Callable[[], Any] | None = None,
                 on_unavailable: Callable[[str], None] | None = None, language: str | None = None) -> None:
        self._language = language
        self._own_dir = cache_dir is None
        self.cache_dir = Path(cache_dir) if cache_dir else Path(tempfile.mkdtemp(prefix="coach-voice-"))  # 0700
        if self._own_dir:  # the rendered sentences go when the app does
            atexit.register(shutil.rmtree, self.cache_dir, True)
        self.on_unavailable = on_unavailable
        self.available = True
        self.reason = ""
        self.rendered = 0  # sentences rendered (tests, diagnostics)
        self._files: dict[tuple[str, str], Path] = {}  # (language, text) → its rendered file
        self._asked: set[tuple[str, str]] = set()
        self._done = threading.Condition()
        self._closed = False
        self._suffix = file_suffix()
        self._worker = shared_worker() if engine_factory is None else _Worker(engine_factory)
        threading.Thread(target=self._watch, name="coach-voice-ready", daemon=True).start()

    # ------------------------------------------------------------- public
    def wait_ready(self, timeout: float = 10.0) -> bool:
        """Wait until the engine was loaded (or found missing)."""
        ok = self._worker.ready.wait(timeout)
        if ok and self._worker.error:
            self._fail(self._worker.error)
        return ok

    def prepare(self, texts) -> None:
        """Render these sentences ahead of time (in the background)."""
        for t in texts:
            self.request(t)

    @property
    def language(self) -> str:
        return self._language or i18n.language()

    def request(self, text: str) -> None:
        key = (self.language, text)
        with self._done:
            if not self.available or self._closed or key in self._files or key in self._asked:
                return
            self._asked.add(key)
        name = hashlib.sha1(f"{key[0]}\n{text}".encode()).hexdigest()[:16]
        self._worker.submit(text, self.cache_dir / (name + self._suffix),
                            lambda t, p, e, lang=key[0]: self._finished(t, p, e, lang), key[0])

    def ready_file(self, text: str) -> Path | None:
        """The rendered file of ``text`` if it is ready (None: not yet, or it cannot be)."""
        with self._done:
            return self._files.get((self.language, text))

    def file(self, text: str, timeout: float) -> Path | None:
        """The rendered file of ``text``, waiting up to ``timeout`` seconds for it; None when it is not there by
        then or the voice is unavailable."""
        self.request(text)
        with self._done:
            key = (self.language, text)
            self._done.wait_for(lambda: key in self._files or not self.available or self._closed, timeout)
            return self._files.get(key)

    def stalled(self, since: float, now: float) -> None:
        """The engine has not answered since ``since`` (player's clock): give up on it past the time-out."""
        if now - since > RENDER_TIMEOUT:
            self._fail(VOICE_FAILED)

    def close(self) -> None:
        self._closed = True
        with self._done:
            self._done.notify_all()
        if self._own_dir:
            shutil.rmtree(self.cache_dir, ignore_errors=True)

    # ---------------------------------------------------------- internals
    def _watch(self) -> None:
        """Say at once when the engine cannot be loaded (not only at the first sentence)."""
        self._worker.ready.wait()
        if self._worker.error:
            self._fail(self._worker.error)

    def _finished(self, text: str, path: Path | None, error: str | None,
                  language: str = i18n.DEFAULT_LANGUAGE) -> None:
        if error:
            self._fail(error)
            return
        with self._done:
            if path is not None:
                self._files[(language, text)] = path
                self.rendered += 1
            self._done.notify_all()

    def _fail(self, reason: str) -> None:
        callback = None
        with self._done:
            if self.available:
                self.available = False
                self.reason = i18n.translate("audio", reason)  # the message as the person reads it
                reason = self.reason
                callback = self.on_unavailable
            self._done.notify_all()
        if callback is not None:
            log.info("voice unavailable: %s", reason)
            try:
                callback(reason)
            except Exception:  # a caller's callback must never break this thread
                log.exception("on_unavailable callback failed")
