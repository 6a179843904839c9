"""The player's voice: what the engine reports, said through the cue player (or flashed when nothing is heard).

:class:`PlayerVoice` hears every engine event the page receives, hands the
utterances of each engine call to the cue player (``coach.audio.CuePlayer``:
spoken, or their beeps, as the person chose) and, when no cue can be heard,
flashes the timer for each cue instead. The words are
``coach.core.session.spoken``'s; the page adds its own questions (pain before
and after, what happened at a Stop) with :meth:`say`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from coach.audio import CuePlayer
from coach.core.clock import Clock
from coach.core.plan import PlannedExercise
from coach.core.session import SPOKEN_ONLY, EngineEvent
from coach.core.session.spoken import MAX_WAIT, PROMPT, Narrator, Utterance, session_phrases

STALE_CUE = 0.75  # seconds: older cues (after a stall) are neither played nor flashed


class PlayerVoice:
    """Speaks (or beeps, or flashes) what happens in one session; see the module docstring."""

    def __init__(self, items: Sequence[PlannedExercise], cues: CuePlayer, clock: Clock,
                 flash: Callable[[], None]) -> None:
        self.cues = cues
        self.clock = clock
        self.flash = flash
        self.narrator = Narrator(items)
        self.prefix: str | None = None  # said before the next utterance, in the same breath (the pain question)
        self.last_intro = ""  # the last exercise introduction, to say again after an answer cut it short
        self.said: list[Utterance] = []  # every utterance handed to the cue player (tests, diagnostics)
        if cues.speaking:
            cues.prepare(session_phrases(items))  # rendered before they are due: the countdown is on time

    def hear(self, ev: EngineEvent) -> None:
        """Every event the engine reports, in order; a cue nobody will hear flashes the timer."""
        self.narrator.hear(ev)
        if ev.is_cue and ev.cue not in SPOKEN_ONLY and not self.cues.audible \
                and self.clock.monotonic() - ev.at <= STALE_CUE:
            self.flash()

    def flush(self) -> None:
        """Say what the last engine call reported (one utterance per instant)."""
        for u in self.narrator.take():
            if u.kind == "intro":
                self.last_intro = u.text
            if self.prefix and u.text:
                u = Utterance(f"{self.prefix} {u.text}", u.at, max(u.priority, PROMPT), MAX_WAIT[PROMPT], u.cues,
                              u.kind)
                self.prefix = None
            self._hand(u)

    def discard(self) -> None:
        """Forget what was heard but not said yet (the page says something else instead)."""
        self.narrator.take()

    def say(self, text: str, priority: int = PROMPT, kind: str = "prompt") -> None:
        """Say a sentence of the page's own (a question, an answer noted) now."""
        self._hand(Utterance(text, self.clock.monotonic(), priority, MAX_WAIT[priority], (), kind))

    def _hand(self, u: Utterance) -> None:
        if self.clock.monotonic() - u.at > max(STALE_CUE, u.max_wait):
            return  # after a stall: words that are late are not said
        if self.cues.audible:
            self.said.append(u)
            self.cues.say(u, u.at if self.cues.clock is self.clock else None)
