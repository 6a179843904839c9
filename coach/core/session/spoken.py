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

Every sentence goes through ``translate("voice", ...)`` (``coach.core.i18n``):
it is said in the language in use, with the exercise names, sides and
check-in answers of that language; ``coach.voice`` picks a speech voice of
that language.

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

from coach.core.i18n import QT_TRANSLATE_NOOP, Texts, translate
from coach.core.plan import PlannedExercise
from coach.core.program import side_word
from coach.core.safety import checkin_options

from .model import EngineEvent

TIMING, PROMPT, INFO = 3, 2, 1
MAX_WAIT = {TIMING: 0.6, PROMPT: 6.0, INFO: 4.0}
SAME_INSTANT = 1e-3  # seconds: events closer than this are said as one utterance
COUNT_WORDS = Texts("voice", {3: QT_TRANSLATE_NOOP("voice", "Three"), 2: QT_TRANSLATE_NOOP("voice", "Two"),
                              1: QT_TRANSLATE_NOOP("voice", "One")})
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


def counted(n: float, one: str, many: str) -> str:
    """``one`` or ``many`` (translated texts with a ``{n}`` field) for the number ``n``."""
    return (one if n == 1 else many).format(n=num(n))


def minutes_words(minutes: float) -> str:
    return counted(minutes, translate("voice", "{n} minute"), translate("voice", "{n} minutes"))


def duration_words(seconds: float) -> str:
    if seconds >= 60 and seconds % 60 == 0:
        return minutes_words(seconds / 60)
    return counted(seconds, translate("voice", "{n} second"), translate("voice", "{n} seconds"))


def reps_words(n: float) -> str:
    return counted(n, translate("voice", "{n} rep"), translate("voice", "{n} reps"))


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def dose_words(item: PlannedExercise, *, each_side: bool = True, sets: bool = True) -> str:
    """Today's dose as it is said: "5 holds of 20 seconds on each side", "10 slow reps", "5 minutes of walking".
    ``each_side`` and ``sets``: with "on each side" and the number of sets (when there are two sides, sets)."""
    each = translate("voice", " on each side") if each_side and len(item.sides) == 2 else ""
    sets_text = translate("voice", ", {n} sets").format(n=item.sets) if sets and item.sets > 1 else ""
    if item.kind == "hold":
        holds = counted(item.reps, translate("voice", "{n} hold"), translate("voice", "{n} holds"))
        return translate("voice", "{holds} of {duration}").format(
            holds=holds, duration=duration_words(item.hold_seconds)) + each + sets_text
    if item.kind == "reps":
        if item.reps == 1:
            reps = reps_words(1)
        elif item.pacing == "tempo":
            reps = translate("voice", "{n} slow reps").format(n=num(item.reps))
        else:
            reps = translate("voice", "{n} reps at your own pace").format(n=num(item.reps))
        return reps + each + sets_text
    if item.kind == "duration":
        return translate("voice", "{minutes} of walking").format(minutes=minutes_words(item.duration_minutes))
    return translate("voice", "practise at your own pace")


def side_first(item: PlannedExercise) -> str:
    if len(item.sides) == 2:
        return translate("voice", ", {side} side first").format(side=side_word(item.sides[0]))
    if len(item.sides) == 1:
        return translate("voice", ", on your {side} side").format(side=side_word(item.sides[0]))
    return ""


def numbered(labels: Sequence[str]) -> str:
    """"1 for fine, 2 for mild tingling, ...": answers numbered like their keys."""
    return translate("voice", ", ").join(translate("voice", "{key} for {answer}").format(key=k + 1, answer=a.lower())
                                         for k, a in enumerate(labels))


def checkin_question(item: PlannedExercise) -> str:
    """The check-in as it is said, its answers numbered like the keys of the check-in panel."""
    opts = checkin_options(item.exercise.nerve_glide)
    return translate("voice", "How did that feel? Press {keys}.").format(keys=numbered([o.label for o in opts]))


def pain_question(before: bool) -> str:
    """The pain question of the player's first and last page."""
    if before:
        question = translate("voice", "Before you start: how much pain do you have right now, from 0 to 10?")
    else:
        question = translate("voice", "How much pain do you have right now, from 0 to 10?")
    return question + " " + translate("voice", "Press a number key; for 10, press 1 then 0. You may leave it out.")


def stop_question(reasons: Sequence[str]) -> str:
    """What happened, after Stop: the numbered reasons and the way back."""
    return translate("voice", "Everything is paused. What happened? Press {keys}. Or press B to go back to the "
                              "exercise.").format(keys=numbered(reasons))


def pain_noted(value: int, then: str) -> str:
    """The pain score said back, and what comes next (``then``: a sentence, or empty)."""
    return (translate("voice", "Noted: {value}.").format(value=value) + " " + then).strip()


def back_to_today() -> str:
    return translate("voice", "Press Space to go back to Today.")


def session_complete() -> str:
    return translate("voice", "Session complete. Well done.")


def paused() -> str:
    return translate("voice", "Paused. Press P to go on.")


def going_on() -> str:
    return translate("voice", "Going on.")


def skipped() -> str:
    return translate("voice", "Skipped.")


def session_stopped() -> str:
    return translate("voice", "Session stopped.")


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
                self._say(ev.at, session_complete(), PROMPT, "session_done", cue)
            return
        if cue == "intro":
            self._side = None
            self._rep_said = None
            n = len(self.items)
            where = translate("voice", "Exercise {i} of {n}: ").format(i=ev.exercise_index + 1, n=n) if n > 1 else ""
            self._say(ev.at, translate("voice", "{where}{name}. {dose}{side_first}. Press Space to start.").format(
                where=where, name=item.name, dose=capital(dose_words(item)), side_first=side_first(item)),
                INFO, "intro")
        elif cue == "get_ready":
            side = self._side_words(ev)
            if item.kind == "hold":
                self._rep_said = self._rep_key(ev)
                self._say(ev.at, f"{side}{self._rep_words(ev, item)}".strip()
                          or translate("voice", "Get into position."), TIMING, "get_ready", cue)
            else:
                dose = dose_words(item, each_side=False, sets=False)
                self._say(ev.at, side + translate("voice", "{dose}. Get ready.").format(dose=capital(dose)), TIMING,
                          "get_ready", cue)
        elif cue == "last_three":
            count = int(ev.data.get("count") or 0)
            if phase == "hold" and item.hold_seconds >= HOLD_COUNT_FROM and count in COUNT_WORDS:
                self._say(ev.at, COUNT_WORDS[count], TIMING, "count", cue)
            elif phase == "rest" and count == 3 and item.reps > 1 and ev.rep is not None:
                self._rep_said = self._rep_key(ev)  # the rep to come, said before the rest is over
                self._say(ev.at, translate("voice", "Rep {rep} of {reps} next.").format(rep=ev.rep, reps=item.reps),
                          TIMING, "next", cue)
            else:
                self._say(ev.at, "", TIMING, "count", cue)  # the beep only: the voice leaves it to the phrase
        elif cue == "go":
            self._go(ev, item, phase, cue)
        elif cue == "beat":
            self._go(ev, item, phase, cue)
        elif cue == "release":
            self._say(ev.at, translate("voice", "Relax."), TIMING, "release", cue)
        elif cue == "rest_over":
            self._say(ev.at, translate("voice", "Rest over."), TIMING, "rest_over", cue)
        elif cue == "switch_side":
            self._side = (ev.exercise_index, ev.side)
            self._say(ev.at, translate("voice", "Switch to your {side} side.").format(side=side_word(ev.side)) if ev.side
                      else translate("voice", "Switch sides."), INFO, "switch_side", cue)
        elif cue == "target_reached":
            self._say(ev.at, translate("voice", "You reached your target. Keep going, or press Space to finish."),
                      INFO, "target_reached", cue)
        elif cue == "exercise_done":
            self._say(ev.at, translate("voice", "Done. {question}").format(question=checkin_question(item)), PROMPT,
                      "checkin", cue)
        elif cue == "session_done":
            self._say(ev.at, session_complete(), PROMPT, "session_done", cue)

    def _go(self, ev: EngineEvent, item: PlannedExercise, phase: str | None, cue: str) -> None:
        side = self._side_words(ev)
        if phase == "hold" and item.kind == "hold":
            rep = "" if self._rep_said == self._rep_key(ev) else self._rep_words(ev, item)
            self._rep_said = self._rep_key(ev)
            self._say(ev.at, side + rep + translate("voice", "Hold for {duration}.").format(
                duration=duration_words(item.hold_seconds)), TIMING, "hold", cue)
        elif phase == "move":
            self._rep_said = self._rep_key(ev)
            self._say(ev.at, side + self._rep_words(ev, item, short=True) + translate("voice", "Move slowly."), TIMING,
                      "move", cue)
        elif phase == "hold":
            self._say(ev.at, side + translate("voice", "Hold."), TIMING, "beat", cue)
        elif phase == "back":
            self._say(ev.at, side + translate("voice", "Ease back."), TIMING, "beat", cue)
        elif phase == "tap":
            self._say(ev.at, side + translate("voice", "{reps} at your own pace. Press Space after each one.").format(
                reps=capital(reps_words(item.reps))), TIMING, "go", cue)
        elif phase == "walk":
            self._say(ev.at, translate("voice", "Walk at an easy pace. Your target is {minutes}; press Space when you "
                                                "finish.").format(minutes=minutes_words(item.duration_minutes)),
                      TIMING, "go", cue)
        elif phase == "practice":
            self._say(ev.at, translate("voice", "Take your time. Press Space when you have finished."), TIMING, "go",
                      cue)
        else:
            self._say(ev.at, "", TIMING, "go", cue)

    # ----------------------------------------------------------- recorded
    def _recorded(self, ev: EngineEvent, item: PlannedExercise | None) -> None:
        kind = ev.kind
        if kind == "rep" and item is not None and item.pacing != "tempo" and ev.rep is not None:
            self._say(ev.at, f"{ev.rep}.", TIMING, "rep")
        elif kind == "set" and item is not None and item.sets > 1 and (ev.set or 0) < item.sets:
            rest = item.rest_between_sets_seconds
            done = translate("voice", "Set {set} of {sets} done.").format(set=ev.set, sets=item.sets)
            then = translate("voice", "Rest {duration}.").format(duration=duration_words(rest)) if rest > 0 else ""
            self._say(ev.at, f"{done} {then}".strip(), INFO, "set")
        elif kind == "pause":
            self._say(ev.at, paused(), PROMPT, "pause")
        elif kind == "resume":
            self._say(ev.at, going_on(), TIMING, "resume")
        elif kind == "skip":
            self._say(ev.at, skipped(), INFO, "skip")
        elif kind == "stop":
            self._say(ev.at, session_stopped(), PROMPT, "stop")

    # -------------------------------------------------------------- words
    def _side_words(self, ev: EngineEvent) -> str:
        """"Left side. " when the side changed since it was last said (and the exercise has sides)."""
        if not ev.side or self._side == (ev.exercise_index, ev.side):
            return ""
        self._side = (ev.exercise_index, ev.side)
        return capital(translate("voice", "{side} side.").format(side=side_word(ev.side))) + " "

    @staticmethod
    def _rep_key(ev: EngineEvent) -> tuple:
        return (ev.exercise_index, ev.set, ev.side, ev.rep)

    @staticmethod
    def _rep_words(ev: EngineEvent, item: PlannedExercise, short: bool = False) -> str:
        if item.reps <= 1 or ev.rep is None:
            return ""
        if short:
            return translate("voice", "Rep {rep}.").format(rep=ev.rep) + " "
        return translate("voice", "Rep {rep} of {reps}.").format(rep=ev.rep, reps=item.reps) + " "


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
    for text in (paused(), going_on(), session_stopped(), skipped()):
        out[text] = None
    return list(out)
