"""What the voice says during a session: the engine's events in words, each with how urgent it is.

Pure Python, no Qt and no sound: :class:`Narrator` hears every
:class:`~coach.core.session.EngineEvent` (cues and recorded events alike) and
turns those that a person lying on a mat needs to hear into
:class:`Utterance` s. Events that happen at the same instant (the end of a rest
and the start of the next hold) become one utterance ("Rest over. Rep 2 of 5:
hold for 20 seconds."), so nothing is said on top of something else.

What is said
============
* ``intro``: which exercise, its dose today and the side it starts on
  ("Exercise 1 of 4: Knee to chest. 5 holds of 20 seconds on each side, right
  side first. Press Space to start.").
* the side when it changes ("Left side.") and "Switch to your right side.";
* rep counts: "Rep 2 of 5" as a hold or a paced rep starts (or "Rep 2 of 5
  next." three seconds before a rest is over), the number of each self-paced
  rep as Space counts it;
* "Hold for 20 seconds.", the last three seconds of a hold ("Three", "Two",
  "One"), "Relax." as it is released, "Rest over." after a rest;
* the walk's target and "target reached", the end of a set;
* the check-in question with its numbered answers, "Paused", "Session stopped",
  "Session complete".

The player adds its own questions (pain before and after, what happened at a
Stop) with :func:`pain_question` and :func:`stop_question`; their words live
here too, so every spoken sentence is in one place and testable.

Urgency
=======
``priority``: :data:`TIMING` (say it now or not at all: the countdown, hold,
relax, rep counts), :data:`PROMPT` (a question the session waits on) and
:data:`INFO` (the exercise's introduction, the walk's target). ``max_wait``
is how late it may still be said (a countdown number a second late is
wrong; an introduction can wait for the previous sentence to end). ``cues``
are the engine's cue names in the utterance: the beeps to play instead when
no speech engine is available.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from coach.core.plan import PlannedExercise
from coach.core.safety import checkin_options

from .model import EngineEvent

TIMING, PROMPT, INFO = 3, 2, 1
MAX_WAIT = {TIMING: 0.6, PROMPT: 6.0, INFO: 4.0}
SAME_INSTANT = 1e-3  # seconds: events closer than this are said as one utterance
COUNT_WORDS = {3: "Three", 2: "Two", 1: "One"}
HOLD_COUNT_FROM = 6.0  # seconds: holds shorter than this are not counted down (the numbers would crowd them)


@dataclass(frozen=True)
class Utterance:
    """One thing to say: its words, when it was due (the events' clock), how urgent, and the beeps it stands for."""

    text: str
    at: float
    priority: int = INFO
    max_wait: float = MAX_WAIT[INFO]
    cues: tuple[str, ...] = ()
    kind: str = ""  # what it is ("count", "hold", "intro", "checkin" ...): for tests and diagnostics


def num(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


def plural(n: float, word: str) -> str:
    return f"{num(n)} {word}{'' if n == 1 else 's'}"


def duration_words(seconds: float) -> str:
    if seconds >= 60 and seconds % 60 == 0:
        return plural(seconds / 60, "minute")
    return plural(seconds, "second")


def dose_words(item: PlannedExercise) -> str:
    """Today's dose as it is said: "5 holds of 20 seconds on each side", "10 slow reps", "a 5-minute walk"."""
    each = " on each side" if len(item.sides) == 2 else ""
    sets = f", {item.sets} sets" if item.sets > 1 else ""
    if item.kind == "hold":
        return f"{plural(item.reps, 'hold')} of {duration_words(item.hold_seconds)}{each}{sets}"
    if item.kind == "reps":
        pace = "slow reps" if item.pacing == "tempo" else "reps at your own pace"
        return f"{num(item.reps)} {pace}{each}{sets}" if item.reps != 1 else f"1 rep{each}{sets}"
    if item.kind == "duration":
        return f"{plural(item.duration_minutes, 'minute')} of walking"
    return "practise at your own pace"


def side_first(item: PlannedExercise) -> str:
    if len(item.sides) == 2:
        return f", {item.sides[0]} side first"
    if len(item.sides) == 1:
        return f", on your {item.sides[0]} side"
    return ""


def checkin_question(item: PlannedExercise) -> str:
    """The check-in as it is said, its answers numbered like the keys of the check-in panel."""
    opts = checkin_options(item.exercise.nerve_glide)
    keys = ", ".join(f"{k + 1} for {o.label.lower()}" for k, o in enumerate(opts))
    return f"How did that feel? Press {keys}."


def pain_question(before: bool) -> str:
    """The pain question of the player's first and last page."""
    when = "Before you start: how" if before else "How"
    return (f"{when} much pain do you have right now, from 0 to 10? Press a number key; for 10, press 1 then 0. "
            "You may leave it out.")


def stop_question(reasons: Sequence[str]) -> str:
    """What happened, after Stop: the numbered reasons and the way back."""
    keys = ", ".join(f"{k + 1} for {r.lower()}" for k, r in enumerate(reasons))
    return f"Everything is paused. What happened? Press {keys}. Or press B to go back to the exercise."


class Narrator:
    """Hears the engine's events and says what a person following by ear needs (see the module docstring)."""

    def __init__(self, items: Sequence[PlannedExercise]) -> None:
        self.items = tuple(items)
        self._parts: list[tuple[float, str, int, str, str | None]] = []  # (at, text, priority, kind, cue)
        self._side: tuple[int, str | None] | None = None  # the side last said, per exercise
        self._rep_said: tuple | None = None  # (exercise, set, side, rep) whose number was said last

    # ---------------------------------------------------------- hearing
    def hear(self, ev: EngineEvent) -> None:
        """Take one event (call for every event the engine reports, in order)."""
        i = ev.exercise_index
        item = self.items[i] if i is not None and 0 <= i < len(self.items) else None
        if ev.is_cue:
            self._cue(ev, item)
        else:
            self._recorded(ev, item)

    def take(self) -> list[Utterance]:
        """The utterances heard since the last call: the parts of one instant joined into one."""
        out: list[Utterance] = []
        group: list[tuple[float, str, int, str, str | None]] = []
        for part in self._parts + [None]:  # type: ignore[list-item]
            if group and (part is None or part[0] - group[0][0] > SAME_INSTANT):
                prio = max(p[2] for p in group)
                texts = [p[1] for p in group if p[1]]
                cues = tuple(p[4] for p in group if p[4])
                if texts or cues:
                    out.append(Utterance(" ".join(texts), group[0][0], prio, MAX_WAIT[prio], cues,
                                         group[-1][3] if texts else "beep"))
                group = []
            if part is not None:
                group.append(part)
        self._parts = []
        return out

    def _say(self, at: float, text: str, priority: int, kind: str, cue: str | None = None) -> None:
        self._parts.append((at, text, priority, kind, cue))

    # --------------------------------------------------------------- cues
    def _cue(self, ev: EngineEvent, item: PlannedExercise | None) -> None:
        cue = ev.cue or ""
        phase = ev.data.get("phase")
        if item is None:
            if cue == "session_done":
                self._say(ev.at, "Session complete. Well done.", PROMPT, "session_done", cue)
            return
        if cue == "intro":
            self._side = None
            self._rep_said = None
            n = len(self.items)
            where = f"Exercise {ev.exercise_index + 1} of {n}: " if n > 1 else ""
            self._say(ev.at, f"{where}{item.name}. {dose_words(item)[:1].upper()}{dose_words(item)[1:]}"
                             f"{side_first(item)}. Press Space to start.", INFO, "intro")
        elif cue == "get_ready":
            side = self._side_words(ev)
            if item.kind == "hold":
                self._rep_said = self._rep_key(ev)
                self._say(ev.at, f"{side}{self._rep_words(ev, item)}".strip() or "Get into position.", TIMING,
                          "get_ready", cue)
            else:
                self._say(ev.at, f"{side}{dose_words(item).split(',')[0].replace(' on each side', '')}. "
                                 "Get ready.", TIMING, "get_ready", cue)
        elif cue == "last_three":
            count = int(ev.data.get("count") or 0)
            if phase == "hold" and item.hold_seconds >= HOLD_COUNT_FROM and count in COUNT_WORDS:
                self._say(ev.at, COUNT_WORDS[count], TIMING, "count", cue)
            elif phase == "rest" and count == 3 and item.reps > 1 and ev.rep is not None:
                self._rep_said = self._rep_key(ev)  # the rep to come, said before the rest is over
                self._say(ev.at, f"Rep {ev.rep} of {item.reps} next.", TIMING, "next", cue)
            else:
                self._say(ev.at, "", TIMING, "count", cue)  # the beep only: the voice leaves it to the phrase
        elif cue == "go":
            self._go(ev, item, phase, cue)
        elif cue == "beat":
            self._go(ev, item, phase, cue)
        elif cue == "release":
            self._say(ev.at, "Relax.", TIMING, "release", cue)
        elif cue == "rest_over":
            self._say(ev.at, "Rest over.", TIMING, "rest_over", cue)
        elif cue == "switch_side":
            self._side = (ev.exercise_index, ev.side)
            self._say(ev.at, f"Switch to your {ev.side} side." if ev.side else "Switch sides.", INFO,
                      "switch_side", cue)
        elif cue == "target_reached":
            self._say(ev.at, "You reached your target. Keep going, or press Space to finish.", INFO,
                      "target_reached", cue)
        elif cue == "exercise_done":
            self._say(ev.at, f"Done. {checkin_question(item)}", PROMPT, "checkin", cue)
        elif cue == "session_done":
            self._say(ev.at, "Session complete. Well done.", PROMPT, "session_done", cue)

    def _go(self, ev: EngineEvent, item: PlannedExercise, phase: str | None, cue: str) -> None:
        side = self._side_words(ev)
        if phase == "hold" and item.kind == "hold":
            rep = "" if self._rep_said == self._rep_key(ev) else self._rep_words(ev, item)
            self._rep_said = self._rep_key(ev)
            self._say(ev.at, f"{side}{rep}Hold for {duration_words(item.hold_seconds)}.", TIMING, "hold", cue)
        elif phase == "move":
            self._rep_said = self._rep_key(ev)
            self._say(ev.at, f"{side}{self._rep_words(ev, item, short=True)}Move slowly.", TIMING, "move", cue)
        elif phase == "hold":
            self._say(ev.at, f"{side}Hold.", TIMING, "beat", cue)
        elif phase == "back":
            self._say(ev.at, f"{side}Ease back.", TIMING, "beat", cue)
        elif phase == "tap":
            self._say(ev.at, f"{side}{plural(item.reps, 'rep')} at your own pace. Press Space after each one.",
                      TIMING, "go", cue)
        elif phase == "walk":
            self._say(ev.at, f"Walk at an easy pace. Your target is {plural(item.duration_minutes, 'minute')}; "
                             "press Space when you finish.", TIMING, "go", cue)
        elif phase == "practice":
            self._say(ev.at, "Take your time. Press Space when you have finished.", TIMING, "go", cue)
        else:
            self._say(ev.at, "", TIMING, "go", cue)

    # ----------------------------------------------------------- recorded
    def _recorded(self, ev: EngineEvent, item: PlannedExercise | None) -> None:
        kind = ev.kind
        if kind == "rep" and item is not None and item.pacing != "tempo" and ev.rep is not None:
            self._say(ev.at, f"{ev.rep}.", TIMING, "rep")
        elif kind == "set" and item is not None and item.sets > 1 and (ev.set or 0) < item.sets:
            rest = item.rest_between_sets_seconds
            then = f" Rest {duration_words(rest)}." if rest > 0 else ""
            self._say(ev.at, f"Set {ev.set} of {item.sets} done.{then}", INFO, "set")
        elif kind == "pause":
            self._say(ev.at, "Paused. Press P to go on.", PROMPT, "pause")
        elif kind == "resume":
            self._say(ev.at, "Going on.", TIMING, "resume")
        elif kind == "skip":
            self._say(ev.at, "Skipped.", INFO, "skip")
        elif kind == "stop":
            self._say(ev.at, "Session stopped.", PROMPT, "stop")

    # -------------------------------------------------------------- words
    def _side_words(self, ev: EngineEvent) -> str:
        """"Left side. " when the side changed since it was last said (and the exercise has sides)."""
        if not ev.side or self._side == (ev.exercise_index, ev.side):
            return ""
        self._side = (ev.exercise_index, ev.side)
        return f"{ev.side.capitalize()} side. "

    @staticmethod
    def _rep_key(ev: EngineEvent) -> tuple:
        return (ev.exercise_index, ev.set, ev.side, ev.rep)

    @staticmethod
    def _rep_words(ev: EngineEvent, item: PlannedExercise, short: bool = False) -> str:
        if item.reps <= 1 or ev.rep is None:
            return ""
        return f"Rep {ev.rep}. " if short else f"Rep {ev.rep} of {item.reps}. "


def session_phrases(items: Sequence[PlannedExercise]) -> list[str]:
    """Every sentence a session of ``items`` may say (to prepare the voice before it is needed)."""
    from coach.core.clock import FixedClock

    from .engine import SessionEngine
    from .model import Timings

    out: dict[str, None] = {}
    narrator = Narrator(items)
    clock = FixedClock(monotonic=0.0)
    engine = SessionEngine(items, clock, on_event=narrator.hear, timings=Timings())
    engine.start()
    guard = 0
    snap = engine.advance()
    while not engine.finished and guard < 100_000:  # a person who answers "fine" and lets every timer run
        guard += 1
        clock.advance(1.0)  # each answer a second after its question: said apart, as in a real session
        if snap.state.value == "intro":
            engine.start()
        elif snap.state.value == "checkin":
            engine.check_in("fine")
        elif snap.phase == "tap":
            engine.tap()
        elif (snap.phase == "walk" and snap.target_reached) or snap.phase == "practice":
            engine.finish()
        snap = engine.advance()
    for u in narrator.take():
        if u.text:
            out[u.text] = None
    for before in (True, False):
        out[pain_question(before)] = None
    for text in ("Paused. Press P to go on.", "Going on.", "Session stopped.", "Skipped."):
        out[text] = None
    return list(out)
