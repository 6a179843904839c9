"""The program model: weeks of exercises with their doses, steps and cautions.

Plain frozen dataclasses, built from a program file by ``coach.core.program_read``
after validation. Nothing here imports Qt or storage.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from coach.core.i18n import QT_TRANSLATE_NOOP, Texts, translate
from coach.core.textfmt import number

Kind = Literal["hold", "reps", "duration", "practice"]
Sides = Literal["each", "one", "none"]
Pacing = Literal["tap", "tempo"]

KINDS: tuple[str, ...] = ("hold", "reps", "duration", "practice")
SIDES: tuple[str, ...] = ("each", "one", "none")


@dataclass(frozen=True)
class Range:
    """A dose value that is either one number or a range (``5–10``).

    A range starts at its low end; the app steps up within it only after
    tolerated sessions (see ``coach.core.progression``).
    """

    low: float
    high: float

    @classmethod
    def of(cls, value: float | Range) -> Range:
        return value if isinstance(value, Range) else cls(float(value), float(value))

    @property
    def is_range(self) -> bool:
        return self.high != self.low

    def __str__(self) -> str:
        if self.is_range:
            return f"{number(self.low)}–{number(self.high)}"
        return number(self.low)

    def to_toml(self) -> int | float | list[int | float]:
        def plain(v: float) -> int | float:
            return int(v) if float(v).is_integer() else v

        return [plain(self.low), plain(self.high)] if self.is_range else plain(self.low)


@dataclass(frozen=True)
class Tempo:
    """Seconds for each part of one paced repetition."""

    move: float = 2.0
    hold: float = 0.0
    back: float = 2.0

    @property
    def rep_seconds(self) -> float:
        return self.move + self.hold + self.back


@dataclass(frozen=True)
class Dose:
    reps: Range | None = None
    sets: Range | None = None
    hold_seconds: Range | None = None
    duration_minutes: Range | None = None
    times_per_day: Range | None = None
    times_per_week: Range | None = None  # in a phase after the weeks: "2–3 times a week"
    rest_between_reps_seconds: float = 0.0
    rest_between_sets_seconds: float = 0.0
    pacing: Pacing = "tap"
    tempo: Tempo | None = None

    @property
    def daily_count(self) -> int:
        """How many sessions a day include this exercise (low end of the range)."""
        return int(self.times_per_day.low) if self.times_per_day else 1


@dataclass(frozen=True)
class Step:
    text: str
    figure: str | None = None
    image: str | None = None


@dataclass(frozen=True)
class Exercise:
    id: str
    name: str
    kind: Kind
    dose: Dose
    sides: Sides = "none"
    summary: str = ""
    nerve_glide: bool = False
    steps: tuple[Step, ...] = ()
    cautions: tuple[str, ...] = ()
    region: str = ""
    new: bool = False  # an exercise of this program's own, not in the library or an earlier week (see programs/README.md)
    # the id of the exercise of the same week this one can replace (an option a physiotherapist picks per
    # profile, e.g. a side-lying knee bend for someone who cannot lie face down); "" for the program's own
    option_of: str = ""

    def dose_text(self, affected: str = "") -> str:
        return dose_text(self, affected)


@dataclass(frozen=True)
class Week:
    """A week: ``exercises`` are those in effect (planned, shown, printed); ``options`` the alternatives not in
    use, each naming in ``option_of`` the exercise it can replace."""

    number: int
    title: str
    goals: tuple[str, ...]
    exercises: tuple[Exercise, ...]
    options: tuple[Exercise, ...] = ()

    def entries(self) -> tuple[Exercise, ...]:
        """Every exercise of the week as a file lists it: each one in effect followed by its options."""
        out: list[Exercise] = []
        placed: set[int] = set()
        for e in self.exercises:
            out.append(e)
            main = e.option_of or e.id
            for i, o in enumerate(self.options):
                if i not in placed and (o.option_of == main or (e.option_of and o.id == e.option_of)):
                    out.append(o)
                    placed.add(i)
        out += [o for i, o in enumerate(self.options) if i not in placed]
        return tuple(out)

    def with_entries(self, entries: tuple[Exercise, ...] | list[Exercise]) -> Week:
        """This week holding ``entries`` (a file's order): an entry with ``option_of`` is an option."""
        return replace(self, exercises=tuple(e for e in entries if not e.option_of),
                       options=tuple(e for e in entries if e.option_of))

    def options_for(self, exercise_id: str) -> tuple[Exercise, ...]:
        """The alternatives to the program's own exercise ``exercise_id`` (its options)."""
        return tuple(o for o in self.options if o.option_of == exercise_id)


@dataclass(frozen=True)
class Phase:
    """A stage after the program's weeks (maintenance), with its own exercises and schedule.

    Its exercises say how often in ``dose.times_per_week`` ("nerve glides 2–3
    times a week") or ``dose.times_per_day`` (a daily walk). ``weeks`` is its
    length; ``None`` means it goes on (only the last phase may). ``check_days``
    is how often the early-warning check is asked (0: never).
    """

    id: str
    title: str
    about: str = ""
    goals: tuple[str, ...] = ()
    exercises: tuple[Exercise, ...] = ()
    weeks: int | None = None
    check_days: int = 7


@dataclass(frozen=True)
class Progression:
    """Thresholds for progression gating and dose stepping (documented in programs/README.md)."""

    min_adherence: float = 0.75
    recent_sessions: int = 3
    max_pain_rise: float = 1.0
    tolerated_sessions_to_step_up: int = 2


@dataclass(frozen=True)
class Program:
    id: str
    title: str
    source: str
    sessions_per_day: int
    session_names: tuple[str, ...]
    guidelines: tuple[str, ...]
    weeks: tuple[Week, ...]
    description: str = ""
    progression: Progression = field(default_factory=Progression)
    path: Path | None = None
    phases: tuple[Phase, ...] = ()
    # who the program was written for, in plain words (shown at first run and on Programs)
    intended_for: str = ""
    # the file's own translations: language → {English text: translated text} (``coach.core.program_i18n``)
    translations: dict[str, dict[str, str]] = field(default_factory=dict, compare=False, hash=False, repr=False)

    def week(self, number: int) -> Week:
        for w in self.weeks:
            if w.number == number:
                return w
        raise KeyError(number)

    @property
    def week_count(self) -> int:
        return len(self.weeks)

    def exercise(self, exercise_id: str) -> Exercise | None:
        for w in self.weeks:
            for e in (*w.exercises, *w.options):
                if e.id == exercise_id:
                    return e
        for ph in self.phases:
            for e in ph.exercises:
                if e.id == exercise_id:
                    return e
        return None

    def exercise_names(self) -> dict[str, str]:
        """Each exercise id with its name (the last week's name when a later week renames it); exercises
        only a phase after the weeks has are named too, and options, so the history of one that was chosen
        reads by name."""
        names = {e.id: e.name for ph in reversed(self.phases) for e in ph.exercises}
        names.update({e.id: e.name for w in self.weeks for e in (*w.options, *w.exercises)})
        return names

    def phase(self, phase_id: str) -> Phase:
        for ph in self.phases:
            if ph.id == phase_id:
                return ph
        raise KeyError(phase_id)

    def option_groups(self) -> list[tuple[str, str, tuple[Exercise, ...]]]:
        """Each of the program's own exercises that has options: (its id, its name, its options), once per id
        (the same id in several weeks is one choice), in program order."""
        seen: dict[str, tuple[str, str, list[Exercise]]] = {}
        for w in self.weeks:
            mains = {e.id: e for e in w.entries() if not e.option_of}
            for o in w.options + tuple(e for e in w.exercises if e.option_of):
                main = mains.get(o.option_of)
                if main is None:
                    continue
                _i, _n, opts = seen.setdefault(main.id, (main.id, main.name, []))
                if all(x.id != o.id for x in opts):
                    opts.append(o)
        return [(i, n, tuple(o)) for i, n, o in seen.values()]

    def with_choices(self, choices: dict[str, str]) -> Program:
        """The program with chosen options in place of the exercises they replace (``{exercise id: option
        id}``); a choice naming an exercise or option the program no longer has is left out."""
        if not choices:
            return self
        weeks = []
        for w in self.weeks:
            entries = list(w.entries())
            mains = {e.id for e in entries if not e.option_of}
            exercises: list[Exercise] = []
            options: list[Exercise] = []
            for e in entries:
                if e.option_of:
                    continue
                pick = choices.get(e.id)
                chosen = next((o for o in entries if o.option_of == e.id and o.id == pick), None)
                if chosen is None:
                    exercises.append(e)
                    options.extend(o for o in entries if o.option_of == e.id)
                else:
                    exercises.append(chosen)
                    # the program's own exercise becomes an option of the one chosen, so nothing is lost
                    options.append(replace(e, option_of=chosen.id))
                    options.extend(o for o in entries if o.option_of == e.id and o is not chosen)
            options.extend(o for o in entries if o.option_of and o.option_of not in mains)
            weeks.append(replace(w, exercises=tuple(exercises), options=tuple(options)))
        # after the weeks, an exercise with a chosen option is done as that option, at the phase's dose
        chosen_options = {o.id: o for w in self.weeks for o in w.options if choices.get(o.option_of) == o.id}
        phases = tuple(replace(ph, exercises=tuple(
            replace(chosen_options[choices[e.id]], dose=e.dose, option_of="")
            if choices.get(e.id) in chosen_options else e for e in ph.exercises)) for ph in self.phases)
        return replace(self, weeks=tuple(weeks), phases=phases)


# a side as a word in a sentence ("the left side"), in the language in use
SIDE_WORDS = Texts("plan", {"left": QT_TRANSLATE_NOOP("plan", "left"), "right": QT_TRANSLATE_NOOP("plan", "right")})


def side_word(side: str | None) -> str:
    """``left`` or ``right`` as a word of the language in use (anything else as it is)."""
    return SIDE_WORDS.get(side, side) if side else ""


AFFECTED_WORDS = Texts("plan", {"left": QT_TRANSLATE_NOOP("plan", "left leg"), "right": QT_TRANSLATE_NOOP("plan", "right leg"), "both": QT_TRANSLATE_NOOP("plan", "both legs")})


def dose_text(ex: Exercise, affected: str = "") -> str:
    """The dose in words, as a program states it: ``Hold 20 s, 5 reps each side, 2× daily``.

    ``affected`` (left, right, both) names the leg a one-sided exercise is for ("left leg" rather than
    "affected side"), when it is known.
    """
    d = ex.dose
    parts: list[str] = []
    each = translate("plan", " each side") if ex.sides == "each" else ""
    if ex.kind == "hold":
        if d.hold_seconds:
            parts.append(translate("plan", "Hold {hold_seconds} s").format(hold_seconds=d.hold_seconds))
        if d.reps and not (d.reps.low == 1 and d.reps.high == 1):
            parts.append(translate("plan", "{reps} reps{each}").format(reps=d.reps, each=each))
        elif each:
            parts.append(translate("plan", "each side"))
    elif ex.kind == "reps":
        if d.reps:
            parts.append(translate("plan", "{reps} reps{each}").format(reps=d.reps, each=each))
    elif ex.kind == "duration":
        if d.duration_minutes:
            parts.append(translate("plan", "{duration_minutes} min").format(duration_minutes=d.duration_minutes))
    elif ex.kind == "practice":
        parts.append(translate("plan", "Practice at your own pace"))
    if d.sets and not (d.sets.low == 1 and d.sets.high == 1):
        parts.append(translate("plan", "{sets} sets").format(sets=d.sets))
    if ex.sides == "one":
        parts.append(AFFECTED_WORDS.get(affected, translate("plan", "affected side")))
    if d.times_per_day:
        parts.append(translate("plan", "once daily") if str(d.times_per_day) == "1" else translate("plan", "{times_per_day}× daily").format(times_per_day=d.times_per_day))
    if d.times_per_week:
        parts.append(translate("plan", "once a week") if str(d.times_per_week) == "1" else translate("plan", "{times_per_week}× a week").format(times_per_week=d.times_per_week))
    return ", ".join(parts)
