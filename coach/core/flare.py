"""The flare plan: what to do when symptoms flare, step by step, from Section 13 "Flare Management".

"Return to gentle exercises immediately. Avoid provocative positions. Use
proven relief strategies. Seek help if symptoms persist." (monograph lines
363-366). The plan has five steps (:data:`STEPS`); each one shows Guide items
(``coach.core.guide``, with their sources) and, for the first, the gentle
exercises: the program's first week (Section 15, "Start gentle exercises from
Week 1", line 412), at the low end of every range, without exercises that are
paused. The fourth step lists what the person's own diary says helped
(:func:`helped_counts`): their "proven" strategies. The last step is the
warning-sign list of ``coach.core.safety`` (Section 5).

Pure Python; ``coach.app.flare`` records a flare and opens its gentle session.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from coach.core import guide
from coach.core.i18n import QT_TRANSLATE_NOOP, TranslatedFields
from coach.core.plan import PlannedExercise, plan_exercise
from coach.core.program import Exercise, Program
from coach.core.tracker import HELPED_PRESETS, TrackerEntry

SESSION_NAME = QT_TRANSLATE_NOOP("guide", "Gentle (flare)")
"""The name a gentle session started from the flare plan is recorded under."""


@dataclass(frozen=True)
class Step(TranslatedFields):
    """One step of the plan: a title and the Guide items (topic id, item id) it shows, with figures."""

    _context = "guide"
    _translated = frozenset({'title'})

    id: str
    title: str
    items: tuple[tuple[str, str], ...]
    figures: tuple[guide.Figure, ...] = ()


STEPS: tuple[Step, ...] = (
    Step("gentle", QT_TRANSLATE_NOOP("guide", "Gentle exercises, now"), (("flare", "gentle"), ("flare", "active"))),
    Step("positions", QT_TRANSLATE_NOOP("guide", "Positions that ease symptoms"),
         (("flare", "positions"), ("sleeping", "side"), ("sleeping", "back")),
         guide.SLEEPING.figures),
    Step("relief", QT_TRANSLATE_NOOP("guide", "Ice or heat"), (("relief", "ice"), ("relief", "heat"), ("relief", "glides"))),
    Step("helped", QT_TRANSLATE_NOOP("guide", "What has helped you before"), (("flare", "relief"), ("relief", "pacing"))),
    Step("help", QT_TRANSLATE_NOOP("guide", "When to get help"), (("flare", "help"),)),
)


def step_items(step: Step) -> list[guide.Item]:
    return [guide.topic(t).item(i) for t, i in step.items]


def gentle_exercises(program: Program, paused: Collection[str] = ()) -> tuple[Exercise, ...]:
    """The program's first week (its gentlest), without paused exercises."""
    if not program.weeks:
        return ()
    first = min(program.weeks, key=lambda w: w.number)
    return tuple(e for e in first.exercises if e.id not in paused)


def gentle_plan(program: Program, affected: str = "unsure", paused: Collection[str] = ()) -> tuple[PlannedExercise, ...]:
    """The gentle exercises at the low end of every range (level 0), for one session."""
    return tuple(plan_exercise(e, affected, 0.0) for e in gentle_exercises(program, paused))


def helped_counts(entries: Iterable[TrackerEntry], top: int = 5) -> list[tuple[str, int]]:
    """What the diary says helped, most often first: (label, days), at most ``top``."""
    counts: Counter[str] = Counter()
    for e in entries:
        for key in set(e.helped):
            if key in HELPED_PRESETS:
                counts[HELPED_PRESETS[key]] += 1
        other = e.helped_other.strip()
        if other:
            counts[other] += 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
