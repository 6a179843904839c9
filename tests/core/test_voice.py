"""The voice that coaches: the words of a session, when they are said, and the speech engine that says them.

* The words come from the engine's events (``coach.core.session.spoken``); the
  order and timing of what is heard is the cue player's one queue
  (``coach.audio.AudioQueue``). A session is run on a FixedClock and every
  utterance goes through the queue with the length of its sound: nothing may
  overlap, and the countdown of a hold must be on its second.
* The speech engine (pyttsx3 on eSpeak NG) renders every sentence of a week 1
  session to a WAV file; none may be silent. Those lengths drive the same
  timeline: the session can be followed by ear.
"""

from __future__ import annotations

import array
import ctypes.util
import shutil
import subprocess
import sys
import threading
import time
import wave
from pathlib import Path

import playsound3
import pytest

from coach import audio, voice
from coach.audio import AudioQueue, CuePlayer
from coach.core.clock import FixedClock
from coach.core.plan import day_plan
from coach.core.program_read import load_program
from coach.core.session import SessionEngine, State
from coach.core.session.spoken import COUNT_WORDS, PROMPT, TIMING, Narrator, Utterance, session_phrases
from coach.resources import default_program_path

T0 = 100.0


def week1_morning():
    program = load_program(default_program_path())
    return day_plan(program, 1, "right")[0].exercises


def words_seconds(text: str) -> float:
    """A speaker's length for a sentence (about 2.6 words a second, the pace of RATE words a minute)."""
    return max(0.35, len(text.split()) / (voice.RATE / 60) + 0.15)


# ---------------------------------------------------------------- the timeline
def follow_session(items, length, *, step: float = 0.05, answer_after: float = 4.0):
    """Run a whole session as a person following by ear: Space when an exercise is introduced (once it was
    said), "fine" at each check-in, the walk finished at its target. Every utterance goes through the cue
    player's queue; a sound lasts ``length(text)``. Returns (timeline of (start, end, utterance), dropped,
    utterances heard from the engine)."""
    clock = FixedClock(monotonic=T0)
    narrator = Narrator(items)
    engine = SessionEngine(items, clock, on_event=narrator.hear)
    q = AudioQueue(max_len=4)
    said: list[tuple[float, float, Utterance]] = []
    heard: list[Utterance] = []
    playing: tuple[object, float, float, Utterance] | None = None  # (item, start, end, utterance)
    by_key: dict[str, Utterance] = {}

    def feed():
        for u in narrator.take():
            heard.append(u)
            if u.text:
                by_key[u.text] = u
                q.offer(q.make(priority=u.priority, due=u.at, max_wait=u.max_wait, text=u.text), clock.monotonic())

    def play():
        nonlocal playing
        now = clock.monotonic()
        if playing is not None:
            item, start, end, u = playing
            if now >= end or q.preempts(item, now):
                said.append((start, min(now, end), u))
                playing = None
        if playing is None:
            item = q.next(now)
            if item is not None:
                u = by_key[item.text]
                playing = (item, now, now + length(u.text), u)

    engine.start()
    feed()
    play()
    entered = ((engine.state, 0, False), clock.monotonic())
    while not engine.finished:
        clock.advance(step)
        engine.advance()
        feed()
        play()
        snap = engine.snapshot()
        where = (snap.state, snap.exercise_index, snap.target_reached)
        if where != entered[0]:
            entered = (where, clock.monotonic())
        quiet = playing is None and not len(q)
        if not quiet or clock.monotonic() - entered[1] < answer_after:
            continue  # a person waits until the words are over, then takes a moment
        if snap.state == State.INTRO:
            engine.start()
        elif snap.state == State.CHECKIN:
            engine.check_in("fine")
        elif snap.phase == "walk" and snap.target_reached:
            engine.finish()
        feed()
        play()
    for _ in range(400):  # the last words
        clock.advance(step)
        play()
    if playing is not None:
        said.append((playing[1], playing[2], playing[3]))
    return said, q.dropped, heard


def check_timeline(said, dropped, heard):
    # one sound at a time, in order
    for (s1, e1, u1), (s2, _e2, u2) in zip(said, said[1:], strict=False):
        assert e1 <= s2 + 1e-9, f"{u1.text!r} ({s1:.2f}-{e1:.2f}) overlaps {u2.text!r} (from {s2:.2f})"
    # the countdown of every hold: each number said, on its second
    counts = [(s, u) for s, _e, u in said if u.text in COUNT_WORDS.values()]
    due = [u for u in heard if u.text in COUNT_WORDS.values()]
    assert len(counts) == len(due) > 0
    for start, u in counts:
        assert start - u.at < 0.15, f"{u.text} said {start - u.at:.2f} s late"
    # nothing that times the exercise was dropped, and every question was asked
    timing = [u for u in heard if u.priority == TIMING and u.text]
    said_timing = [u for _s, _e, u in said if u.priority == TIMING]
    assert said_timing == timing
    assert [u for _s, _e, u in said if u.priority == PROMPT] == [u for u in heard if u.priority == PROMPT and u.text]
    assert dropped == 0


def test_a_week_one_session_by_ear_with_a_fake_engine():
    items = week1_morning()
    said, dropped, heard = follow_session(items, words_seconds)
    check_timeline(said, dropped, heard)
    texts = [u.text for _s, _e, u in said]
    # what a person with their eyes closed needs: each exercise and its dose, the sides, reps, holds, checks
    for n, name in enumerate(["Knee to chest", "Femoral nerve glide", "Walking", "Hip flexor stretch"], start=1):
        assert any(t.startswith(f"Exercise {n} of 4: {name}.") for t in texts)
    assert "Exercise 1 of 4: Knee to chest. 5 holds of 20 seconds on each side, right side first. " \
           "Press Space to start." in texts
    assert "Right side. Rep 1 of 5." in texts and "Rep 1 of 5." in texts  # the left side: after the switch
    assert "Switch to your left side." in texts
    assert texts.count("Rep 2 of 5 next.") == 2  # each side of knee to chest, 3 s before the rest is over
    assert texts.count("Rest over. Hold for 20 seconds.") == 4 * 2 + 2 * 2
    assert texts.count("Relax.") == 5 * 2 + 3 * 2
    assert texts.count("Three") == texts.count("Two") == texts.count("One") == 5 * 2 + 3 * 2
    assert [t for t in texts if t.startswith("Rep ") and "Move slowly" in t] == [
        f"Rep {n}. Move slowly." for n in range(1, 11)]
    assert texts.count("Done. How did that feel? Press 1 for fine, 2 for mild tingling, 3 for sharp pain, "
                       "4 for weakness or giving way, 5 for pain spreading down the leg.") == 4
    assert texts[-1] == "Session complete. Well done."


def test_the_countdown_falls_on_the_last_three_seconds_of_each_hold():
    items = week1_morning()[:1]
    said, _dropped, heard = follow_session(items, words_seconds)
    holds = [u for u in heard if "Hold for 20 seconds" in u.text]
    counts = [u for u in heard if u.text in COUNT_WORDS.values()]
    assert len(counts) == 3 * len(holds) == 30
    for k, hold in enumerate(holds):  # "Three" at 17 s, "Two" at 18 s, "One" at 19 s of each 20 s hold
        three, two, one = counts[3 * k:3 * k + 3]
        assert [c.text for c in (three, two, one)] == ["Three", "Two", "One"]
        assert [round(c.at - hold.at, 6) for c in (three, two, one)] == [17.0, 18.0, 19.0]
    relax = [u for u in heard if u.text == "Relax."]
    assert [round(r.at - h.at, 6) for r, h in zip(relax, holds, strict=True)] == [20.0] * 10


def test_a_more_urgent_sentence_cuts_a_long_one_short_and_stale_ones_are_dropped():
    q = AudioQueue(max_len=4)
    intro = q.make(priority=1, due=0.0, max_wait=4.0, text="a long introduction")
    assert q.offer(intro, 0.0)
    playing = q.next(0.0)
    assert playing is intro and not q.preempts(playing, 0.5)
    count = q.make(priority=TIMING, due=1.0, max_wait=0.6, text="Three")
    q.offer(count, 1.0)
    assert q.preempts(playing, 1.0)
    assert q.next(1.0) is count
    late = q.make(priority=TIMING, due=2.0, max_wait=0.6, text="Two")
    q.offer(late, 2.0)
    assert q.next(2.7) is None and q.dropped == 1  # a countdown number a second late is not said
    assert not q.offer(q.make(priority=TIMING, due=0.0, max_wait=0.6, text="One"), 5.0)


# ------------------------------------------------------- the player's thread
class FakeSound:
    def __init__(self, seconds: float):
        self.started = time.monotonic()
        self.seconds = seconds
        self.stopped = False

    def is_alive(self) -> bool:
        return not self.stopped and time.monotonic() - self.started < self.seconds

    def stop(self) -> None:
        self.stopped = True


class FakeVoice:
    """A speech engine stand-in: a sentence is "rendered" at once as a file naming it."""

    def __init__(self, tmp: Path, available: bool = True, reason: str = voice.NO_VOICE):
        self.tmp, self.available, self.reason = tmp, available, reason
        self.requested: list[str] = []

    def request(self, text):
        self.requested.append(text)

    def prepare(self, texts):
        self.requested.extend(texts)

    def file(self, text, timeout):
        if not self.available:
            return None
        p = self.tmp / f"{abs(hash(text))}.wav"
        p.write_text(text)
        return p

    def stalled(self, since, now):
        pass

    def wait_ready(self, timeout=5.0):
        return True


@pytest.fixture
def speaker(monkeypatch, tmp_path):
    """Sound allowed, a device, and a playsound3 stand-in that "plays" each file for a set time."""
    monkeypatch.delenv("COACH_NO_SOUND", raising=False)
    monkeypatch.setattr(audio, "find_sound_device", lambda: True)
    monkeypatch.setattr(playsound3, "DEFAULT_BACKEND", "fake")
    sounds: list[tuple[FakeSound, str]] = []
    lock = threading.Lock()

    def fake(path, block=True, backend=None):
        p = Path(path)
        text = p.read_text() if p.suffix == ".wav" and p.parent == tmp_path else p.stem
        s = FakeSound(0.3 if text != "long" else 5.0)
        with lock:
            sounds.append((s, text))
        return s

    monkeypatch.setattr(playsound3, "playsound", fake)
    monkeypatch.setattr(voice, "sound_seconds", lambda p: 0.3)
    return sounds


def test_voice_mode_speaks_and_a_countdown_interrupts_the_introduction(speaker, tmp_path):
    p = CuePlayer(mode="voice", voice=FakeVoice(tmp_path))
    assert p.wait_ready() and p.speaking
    assert p.say(Utterance("long", time.monotonic(), 1, 4.0, ()))
    deadline = time.monotonic() + 2
    while not speaker and time.monotonic() < deadline:
        time.sleep(0.01)
    assert p.say(Utterance("Three", time.monotonic(), TIMING, 0.6, ("last_three",)))
    assert p.drain()
    texts = [t for _s, t in speaker]
    assert texts == ["long", "Three"]
    assert speaker[0][0].stopped  # cut short: never two at once
    starts = {k: (s, e) for k, s, e in p.timeline}
    assert starts["long"][1] <= starts["Three"][0]
    assert p.take_notice() is None
    p.close()


def test_no_speech_engine_falls_back_to_beeps_and_says_so_once(speaker, tmp_path):
    told: list[str] = []
    p = CuePlayer(mode="voice", voice=FakeVoice(tmp_path, available=False), on_unavailable=told.append)
    assert p.wait_ready()
    assert not p.speaking and p.audible
    assert p.take_notice() == voice.NO_VOICE and p.take_notice() is None
    assert p.say(Utterance("Rest over. Hold for 20 seconds.", time.monotonic(), TIMING, 0.6,
                           ("rest_over", "go")))
    assert p.drain()
    assert [t for _s, t in speaker] == ["rest_over", "go"]
    assert told == [voice.NO_VOICE]
    p.close()


def test_beeps_mode_plays_the_cues_of_an_utterance_and_nothing_for_words_alone(speaker, tmp_path):
    p = CuePlayer(mode="beeps")
    assert p.wait_ready()
    assert p.say(Utterance("Relax.", time.monotonic(), TIMING, 0.6, ("release",)))
    assert not p.say(Utterance("Paused. Press P to go on.", time.monotonic(), PROMPT, 6.0, ()))
    assert p.drain()
    assert [t for _s, t in speaker] == ["release"]
    p.close()


def test_no_sound_device_means_flashes_whatever_the_mode(monkeypatch, speaker, tmp_path):
    monkeypatch.setattr(audio, "find_sound_device", lambda: False)
    p = CuePlayer(mode="voice", voice=FakeVoice(tmp_path))
    assert not p.audible and not p.speaking
    assert not p.say(Utterance("Hold.", time.monotonic(), TIMING, 0.6, ("go",)))
    assert p.take_notice() == audio.NO_DEVICE


def test_a_missing_pyttsx3_or_espeak_library_is_no_voice(monkeypatch, tmp_path):
    def missing():
        raise OSError("libespeak-ng.so.1: cannot open shared object file")

    v = voice.Voice(cache_dir=tmp_path, engine_factory=missing)
    assert v.wait_ready()
    assert not v.available and v.reason == voice.NO_VOICE
    assert v.file("Hold.", 0.1) is None
    v.close()


class FlakyEngine:
    """A pyttsx3 stand-in that writes a spoken-looking WAV, except for the first ``fail`` sentences it is given."""

    def __init__(self, fail: int) -> None:
        self.fail = fail
        self.calls = 0
        self._job: tuple[str, str] | None = None

    def save_to_file(self, text, path):
        self._job = (text, path)

    def runAndWait(self):  # pyttsx3's name
        self.calls += 1
        _text, path = self._job
        if self.calls <= self.fail:
            return  # a stalled engine: no file comes
        with wave.open(path, "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(8000)
            w.writeframes(array.array("h", [0] * 400 + [9000, -9000] * 2000 + [0] * 400).tobytes())


def test_one_stalled_sentence_is_tried_again_and_two_mean_the_voice_is_broken(monkeypatch, tmp_path):
    monkeypatch.setattr(voice, "RENDER_TIMEOUT", 0.2)
    monkeypatch.setattr(voice, "file_suffix", lambda: ".wav")
    for d in ("a", "b"):
        (tmp_path / d).mkdir()
    once = FlakyEngine(fail=1)
    v = voice.Voice(cache_dir=tmp_path / "a", engine_factory=lambda: once)
    assert v.wait_ready()
    path = v.file("Hold for 20 seconds.", 5.0)
    assert path is not None and v.available and once.calls == 2  # the cue is still spoken
    v.close()

    told: list[str] = []
    broken = FlakyEngine(fail=99)
    v = voice.Voice(cache_dir=tmp_path / "b", engine_factory=lambda: broken, on_unavailable=told.append)
    assert v.wait_ready()
    assert v.file("Hold for 20 seconds.", 5.0) is None
    assert not v.available and told == [voice.VOICE_FAILED] and broken.calls == voice.RENDER_TRIES
    v.close()


# ------------------------------------------------------- the real speech engine
def espeak_ready() -> str | None:
    """Why the real engine cannot be tried here (None: it can). Only a machine without eSpeak NG at all skips:
    ``./dev`` (and so CI) installs it; a half install (the library without the command) fails the test."""
    if not sys.platform.startswith("linux"):
        return "eSpeak NG renders WAV files on Linux; other platforms use their own engine"
    if shutil.which("espeak-ng") is None and ctypes.util.find_library("espeak-ng") is None:
        return "eSpeak NG is not installed (sudo apt-get install espeak-ng libespeak-ng1, or run ./dev test)"
    return None


@pytest.mark.slow  # loads the speech engine and, for the cross-check, runs espeak-ng
@pytest.mark.skipif(espeak_ready() is not None, reason=espeak_ready() or "")
def test_espeak_ng_speaks_every_sentence_of_a_week_one_session_to_files(tmp_path):
    """Every sentence of the session, rendered by the platform's engine through pyttsx3, is real speech; with
    the real lengths the whole session can be followed by ear (no overlaps, the countdown on time)."""
    assert shutil.which("espeak-ng"), "install espeak-ng (./dev installs it on Debian)"
    items = week1_morning()
    phrases = session_phrases(items)
    v = voice.Voice(cache_dir=tmp_path)
    assert v.wait_ready() and v.available, v.reason
    v.prepare(phrases)
    lengths: dict[str, float] = {}
    for text in phrases:
        path = v.file(text, 10.0)
        assert path is not None and path.is_file(), f"not rendered: {text!r} ({v.reason})"
        assert voice.wav_peak(path) > 4 * voice.SILENT_PEAK, f"silent: {text!r}"
        with wave.open(str(path), "rb") as w:
            lengths[text] = w.getnframes() / w.getframerate()
        assert 0.2 < lengths[text] < 1.0 + len(text.split()) * 0.6, (text, lengths[text])
    assert lengths["Three"] < 0.8  # trimmed: a countdown number fits in its second
    v.close()
    # an independent renderer of the same engine agrees that these are words, not noise
    out = tmp_path / "cli.wav"
    subprocess.run(["espeak-ng", "-w", str(out), "Rest over. Rep 2 of 5. Hold for 20 seconds."], check=True,
                   timeout=30)
    assert voice.wav_peak(out) > 4 * voice.SILENT_PEAK

    said, dropped, heard = follow_session(items, lambda text: lengths[text])
    check_timeline(said, dropped, heard)


# ------------------------------------------------- a voice of the language in use
class FakeEngineVoice:
    def __init__(self, id: str, languages: list):
        self.id, self.languages = id, languages


class FakeEngine:
    """A pyttsx3 engine stand-in with eSpeak NG's voices (or others): it renders a loud WAV and remembers the
    voice each sentence was rendered with."""

    def __init__(self, voices, default="gmw/en", refuse=False):
        self.voices, self.voice, self.refuse = voices, default, refuse
        self.pending: list[tuple[str, str]] = []
        self.rendered: dict[str, str] = {}  # text → the voice it was said with

    def getProperty(self, name):
        return {"voices": self.voices, "voice": self.voice, "rate": voice.RATE}[name]

    def setProperty(self, name, value):
        if name == "voice":
            if self.refuse:
                raise ValueError(f"SetVoiceByName failed for {value}")
            self.voice = value

    def save_to_file(self, text, path):
        self.pending.append((text, path))

    def runAndWait(self):
        for text, path in self.pending:
            with wave.open(path, "wb") as w:
                w.setnchannels(1)
                w.setsampwidth(2)
                w.setframerate(8000)
                w.writeframes(b"\x00\x40" * 2000)
            self.rendered[text] = self.voice
        self.pending = []


def made(path: Path) -> Path:
    path.mkdir()
    return path


ESPEAK_VOICES = [FakeEngineVoice("gmw/en-029", ["en-029"]), FakeEngineVoice("gmw/en", ["en-gb"]),
                 FakeEngineVoice("gmw/en-us", ["en-us"]), FakeEngineVoice("roa/es", ["es"]),
                 FakeEngineVoice("roa/es-419", ["es-419"]), FakeEngineVoice("roa/fr", ["fr-fr"])]


def test_the_voice_for_a_language_is_the_default_one_when_it_speaks_it_else_the_closest_one():
    assert voice.voice_for(ESPEAK_VOICES, "es", "gmw/en") == "roa/es"
    assert voice.voice_for(ESPEAK_VOICES, "en", "gmw/en") == "gmw/en"  # not the Caribbean one listed first
    assert voice.voice_for(ESPEAK_VOICES, "en", "roa/es") == "gmw/en"  # the first of the shortest regional forms
    assert voice.voice_for(ESPEAK_VOICES, "fr", "gmw/en") == "roa/fr"
    assert voice.voice_for(ESPEAK_VOICES, "de", "gmw/en") == "gmw/en"  # none: the engine's own, no error
    assert voice.voice_for([], "es", None) is None
    # SAPI5 and NSSpeechSynthesizer name languages es-ES and es_ES; old drivers give bytes
    mac = [FakeEngineVoice("com.apple.Alex", ["en_US"]), FakeEngineVoice("com.apple.Monica", ["es_ES"])]
    assert voice.voice_for(mac, "es", "com.apple.Alex") == "com.apple.Monica"
    assert voice.voice_for([FakeEngineVoice("b", [b"es-MX"])], "es") == "b"


def test_spanish_sentences_are_rendered_by_a_spanish_voice_and_english_ones_by_the_default(tmp_path):
    engine = FakeEngine(ESPEAK_VOICES)
    es = voice.Voice(cache_dir=made(tmp_path / "es"), engine_factory=lambda: engine, language="es")
    assert es.file("Mantén 20 segundos.", 5.0) is not None
    assert engine.rendered["Mantén 20 segundos."] == "roa/es"
    es.close()
    en = voice.Voice(cache_dir=made(tmp_path / "en"), engine_factory=lambda: engine, language="en")
    assert en.file("Hold for 20 seconds.", 5.0) is not None
    assert engine.rendered["Hold for 20 seconds."] == "gmw/en"
    en.close()


def test_no_voice_of_the_language_or_an_engine_that_refuses_one_still_speaks_with_its_own(tmp_path):
    german_only_english = FakeEngine([FakeEngineVoice("gmw/en", ["en-gb"])])
    v = voice.Voice(cache_dir=made(tmp_path / "a"), engine_factory=lambda: german_only_english, language="es")
    assert v.file("Tres", 5.0) is not None and v.available and v.reason == ""
    assert german_only_english.rendered["Tres"] == "gmw/en"
    v.close()
    refusing = FakeEngine(ESPEAK_VOICES, refuse=True)
    v = voice.Voice(cache_dir=made(tmp_path / "b"), engine_factory=lambda: refusing, language="es")
    assert v.file("Dos", 5.0) is not None and v.available
    assert refusing.rendered["Dos"] == "gmw/en"
    v.close()


def test_the_same_words_in_two_languages_are_two_renderings(tmp_path, monkeypatch):
    """A sentence is kept per language: "10." said in English is not played to a Spanish speaker."""
    from coach.core import i18n

    engine = FakeEngine(ESPEAK_VOICES)
    v = voice.Voice(cache_dir=tmp_path, engine_factory=lambda: engine)  # follows the language in use
    english = v.file("10.", 5.0)
    monkeypatch.setattr(i18n, "language", lambda: "es")
    spanish = v.file("10.", 5.0)
    assert english is not None and spanish is not None and english != spanish
    assert v.rendered == 2
    v.close()


@pytest.mark.slow
@pytest.mark.skipif(espeak_ready() is not None, reason=espeak_ready() or "")
def test_espeak_ng_says_spanish_with_its_spanish_voice(tmp_path):
    v = voice.Voice(cache_dir=tmp_path, language="es")
    assert v.wait_ready() and v.available, v.reason
    path = v.file("Mantén veinte segundos.", 10.0)
    assert path is not None and voice.wav_peak(path) > 4 * voice.SILENT_PEAK
    assert voice.shared_worker().voice_id == "roa/es"
    v.close()
