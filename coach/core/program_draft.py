"""The program editor's model: a program being edited, every change undoable, and its checks.

``ProgramDraft`` holds an immutable :class:`~coach.core.program.Program` and
replaces it on every edit; the undo stack keeps the earlier programs (frozen
dataclasses share everything that did not change, so a step costs little).
Consecutive edits of one text field (``merge`` key) make one undo step, so
undo takes back a word typed, not a letter.

Weeks are always numbered 1, 2, 3… in their order: adding, removing or moving
a week renumbers them.

Checks:
* :meth:`ProgramDraft.problems` runs the program-file validator on the TOML
  the draft would be saved as, so the messages are those of ``coach validate``.
* :func:`session_loads` and :meth:`ProgramDraft.load_warnings` say when a
  session holds more than patients keep up with (more than
  ``MAX_EXERCISES`` exercises, or more than ``MAX_MINUTES`` minutes of
  exercises with every range at its top; a walk is a session's own time and
  is not counted in the minutes).

Pure Python: no Qt, no storage.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from coach.core.exercise_library import unique_exercise_id
from coach.core.i18n import translate
from coach.core.plan import PlannedExercise, day_plan
from coach.core.program import Dose, Exercise, Program, Progression, Range, Step, Tempo, Week
from coach.core.program_read import Problem, parse_text
from coach.core.program_write import default_session_names, dumps, unique_program_id
from coach.core.textfmt import number

MAX_EXERCISES = 6
MAX_MINUTES = 25
HISTORY_LIMIT = 500

# seconds a person needs per rep/hold beyond the timed part (getting into position, a breath)
SETUP_PER_HOLD = 5.0
SELF_PACED_REP = 3.0
PRACTICE_MINUTES = 5.0
CHANGE_OVER = 30.0  # moving from one exercise to the next


DEFAULT_GUIDELINES = (
    "Move gently and respect your symptoms.",
    "Stop if you feel sharp pain or significant weakness.",
    "Stop and ask your clinician if leg symptoms spread further down the leg.",
    "Move on to harder work only as your body tolerates it.",
)


def blank_program(program_id: str = "my-program", title: str = "New program") -> Program:
    """A new program: one week, no exercises yet (the checks say what is missing), the usual guidelines."""
    return Program(
        id=program_id, title=title, source="", sessions_per_day=2, session_names=default_session_names(2),
        guidelines=DEFAULT_GUIDELINES, weeks=(Week(1, translate("programs", "Week 1"), (), ()),), description="",
    )


def as_copy(program: Program, new_id: str, title_suffix: str = " (copy)") -> Program:
    """A copy to be saved as a new file: new id, "(copy)" title, no path."""
    title = program.title if program.title.endswith(title_suffix) else program.title + title_suffix
    return replace(program, id=new_id, title=title, path=None)


# ------------------------------------------------------------------ load
@dataclass(frozen=True)
class SessionLoad:
    """How much one session slot of a week holds."""

    week: int
    slot_index: int
    slot_name: str
    exercises: int
    minutes: float  # exercise time, walks (duration exercises) not counted
    walk_minutes: float = 0.0  # the walks of the session (at the top of their range), counted apart

    @property
    def too_many(self) -> bool:
        return self.exercises > MAX_EXERCISES

    @property
    def too_long(self) -> bool:
        return self.minutes > MAX_MINUTES

    def warning(self) -> str | None:
        if not (self.too_many or self.too_long):
            return None
        parts = []
        if self.too_many:
            parts.append(translate("programs", "{exercises} exercises").format(exercises=self.exercises))
        if self.too_long:
            parts.append(translate("programs", "about {minutes} minutes of exercises (walks not counted)").format(minutes=math.ceil(self.minutes)))
        return (f"Week {self.week}, {self.slot_name.lower()} session: {' and '.join(parts)}. "
                f"Patients keep up best with at most {MAX_EXERCISES} exercises and {MAX_MINUTES} minutes a "
                "session; consider fewer exercises, or spreading them with times a day.")


def exercise_seconds(pe: PlannedExercise) -> float:
    """Rough time for one planned exercise, including rests, set-up and the change to the next."""
    sides = max(1, len(pe.sides))
    if pe.kind == "hold":
        total = sides * pe.sets * pe.reps * (pe.hold_seconds + SETUP_PER_HOLD + pe.rest_between_reps_seconds)
    elif pe.kind == "reps":
        per = pe.tempo.rep_seconds if pe.tempo else SELF_PACED_REP
        total = sides * pe.sets * pe.reps * (per + pe.rest_between_reps_seconds)
    elif pe.kind == "duration":
        total = pe.duration_minutes * 60
    else:
        total = PRACTICE_MINUTES * 60
    return total + max(0, pe.sets - 1) * pe.rest_between_sets_seconds * sides + CHANGE_OVER


def session_loads(program: Program, week_number: int, affected: str = "both") -> list[SessionLoad]:
    """Each session slot of a week with its exercise count and minutes, every range at its top.

    The minutes leave out walks (``duration`` exercises): a walk is time of its own.
    """
    try:
        week = program.week(week_number)
    except KeyError:
        return []
    levels = {e.id: 1.0 for e in week.exercises}
    try:
        slots = day_plan(program, week_number, affected, levels=levels)
    except (ValueError, TypeError, AttributeError, IndexError):
        return []
    return [SessionLoad(week_number, s.index, s.name, len(s.exercises),
                        sum(exercise_seconds(pe) for pe in s.exercises if pe.kind != "duration") / 60,
                        sum(pe.duration_minutes for pe in s.exercises if pe.kind == "duration"))
            for s in slots]


def load_words(load: SessionLoad) -> str:
    """A session's load in words, walks said apart: "Morning: 4 exercises, about 12 min of exercises at the top of
    every range, plus a 10 min walk"."""
    n = load.exercises
    text = (translate("programs", "{slot_name}: {n} exercise{n2}, about {minutes} min of exercises at the top of every range").format(slot_name=load.slot_name, n=n, n2='s' if n != 1 else '', minutes=max(1, round(load.minutes))))
    if load.walk_minutes:
        text += translate("programs", ", plus {walk_minutes} min of walking").format(walk_minutes=number(load.walk_minutes))
    else:
        text += translate("programs", " (no walk in this session)")
    return text


# ------------------------------------------------------------------ draft
@dataclass(frozen=True)
class _Entry:
    label: str
    program: Program
    merge: str | None = None


class ProgramDraft:
    """A program being edited. Every change goes through :meth:`apply` and can be undone.

    ``original_text`` is the file text it was loaded from (comments are kept
    when saving); ``path`` where it will be saved (None: a new file).
    ``taken_ids`` are the ids of the other programs (an id must be unique).
    """

    def __init__(self, program: Program, *, original_text: str | None = None, path: Path | None = None,
                 taken_ids: set[str] | frozenset[str] = frozenset(), figure_names: set[str] | None = None,
                 saved: bool = True) -> None:
        self._history: list[_Entry] = [_Entry("open", program)]
        self._index = 0
        self._saved_index: int | None = 0 if saved else None
        self.original_text = original_text
        self.path = path
        self.taken_ids = frozenset(taken_ids)
        self.figure_names = figure_names
        self._listeners: list[Callable[[str], None]] = []
        self._problems_cache: tuple[tuple, list[Problem]] | None = None
        self._version = 0  # bumped on every change, undo and redo

    # ------------------------------------------------------------ state
    @property
    def program(self) -> Program:
        return self._history[self._index].program

    @property
    def dirty(self) -> bool:
        """Whether there are changes since opening or the last save."""
        if self._saved_index is None:
            return True
        return self._saved_index != self._index and self._history[self._saved_index].program != self.program

    def mark_saved(self, path: Path | None = None, text: str | None = None) -> None:
        self._saved_index = self._index
        if path is not None:
            self.path = path
        if text is not None:
            self.original_text = text
        self._history[self._index] = replace(self._history[self._index], merge=None)
        self._emit("saved")

    def on_change(self, fn: Callable[[str], None]) -> None:
        """Call ``fn(label)`` after every change, undo and redo."""
        self._listeners.append(fn)

    def _emit(self, what: str) -> None:
        self._version += 1
        for fn in list(self._listeners):
            fn(what)

    # ---------------------------------------------------------- history
    def apply(self, label: str, program: Program, merge: str | None = None) -> bool:
        """Make ``program`` the current state; False (nothing recorded) when it is unchanged."""
        if program == self.program:
            return False
        program = _renumber(program)
        top = self._history[self._index]
        del self._history[self._index + 1:]
        if self._saved_index is not None and self._saved_index > self._index:
            self._saved_index = None  # the saved state can no longer be reached by redo
        if merge is not None and top.merge == merge and self._index > 0 and self._index != self._saved_index:
            self._history[self._index] = _Entry(label, program, merge)
        else:
            self._history.append(_Entry(label, program, merge))
            self._index += 1
        if len(self._history) > HISTORY_LIMIT:
            drop = len(self._history) - HISTORY_LIMIT
            del self._history[:drop]
            self._index -= drop
            if self._saved_index is not None:
                self._saved_index = self._saved_index - drop if self._saved_index >= drop else None
        self._emit(label)
        return True

    def seal(self) -> None:
        """End the current typing run: the next edit of the same field is a new undo step."""
        top = self._history[self._index]
        if top.merge is not None:
            self._history[self._index] = replace(top, merge=None)

    @property
    def can_undo(self) -> bool:
        return self._index > 0

    @property
    def can_redo(self) -> bool:
        return self._index < len(self._history) - 1

    @property
    def undo_label(self) -> str:
        return self._history[self._index].label if self.can_undo else ""

    @property
    def redo_label(self) -> str:
        return self._history[self._index + 1].label if self.can_redo else ""

    def undo(self) -> bool:
        if not self.can_undo:
            return False
        self.seal()
        self._index -= 1
        self._emit("undo")
        return True

    def redo(self) -> bool:
        if not self.can_redo:
            return False
        self._index += 1
        self._emit("redo")
        return True

    # ----------------------------------------------------------- checks
    def text(self) -> str:
        """The TOML the draft would be saved as."""
        return dumps(self.program, self.original_text)

    def problems(self) -> list[Problem]:
        """Every problem, as ``coach validate`` reports it for the file that would be saved."""
        key = (self._version, self.path, self.taken_ids)
        if self._problems_cache is not None and self._problems_cache[0] == key:
            return self._problems_cache[1]
        file = str(self.path) if self.path else f"{self.program.id or 'program'}.toml"
        _prog, problems = parse_text(self.text(), file, self.path, self.figure_names)
        p = self.program
        if p.id in self.taken_ids:
            problems = sorted(problems + [Problem(file, 1, "id", translate("programs", "{id!r} is already used by another program (give this program its own id)").format(id=p.id))])
        self._problems_cache = (key, problems)
        return problems

    def load_warnings(self, affected: str = "both") -> list[str]:
        out = []
        for w in self.program.weeks:
            for load in session_loads(self.program, w.number, affected):
                msg = load.warning()
                if msg:
                    out.append(msg)
        return out

    # ------------------------------------------------------- program edits
    def set_program_field(self, name: str, value, merge: bool = True) -> bool:
        allowed = {"id", "title", "source", "description", "intended_for", "sessions_per_day", "session_names",
                   "guidelines"}
        if name not in allowed:
            raise ValueError(f"not a program field: {name}")
        p = self.program
        if name == "sessions_per_day":
            n = int(value)
            names = list(p.session_names)[:n]
            defaults = default_session_names(n)
            while len(names) < n:
                names.append(defaults[len(names)])
            return self.apply(translate("programs", "Sessions a day"), replace(p, sessions_per_day=n, session_names=tuple(names)))
        if name in ("session_names", "guidelines"):
            value = tuple(value)
        return self.apply(_LABELS.get(name, name), replace(p, **{name: value}),
                          merge=f"program.{name}" if merge else None)

    def set_title(self, title: str, *, id_follows: bool = False) -> bool:
        """The program's title; with ``id_follows`` its id too (made from the title, unique among programs), in
        one undo step."""
        fields = {"title": title}
        if id_follows:
            fields["id"] = unique_program_id(title or "my-program", self.taken_ids)
        return self.apply(translate("programs", "Title"), replace(self.program, **fields), merge="program.title")

    def set_progression(self, name: str, value) -> bool:
        if name not in {f.name for f in dataclasses.fields(Progression)}:
            raise ValueError(f"not a progression field: {name}")
        p = self.program
        return self.apply(translate("programs", "Progression"), replace(p, progression=replace(p.progression, **{name: value})),
                          merge=f"progression.{name}")

    # weeks
    def _weeks(self, weeks: list[Week], label: str, merge: str | None = None) -> bool:
        return self.apply(label, replace(self.program, weeks=tuple(weeks)), merge)

    def add_week(self, index: int | None = None, title: str | None = None) -> int:
        """Add an empty week (at ``index``, default the end); returns its index."""
        weeks = list(self.program.weeks)
        i = len(weeks) if index is None else max(0, min(index, len(weeks)))
        weeks.insert(i, Week(i + 1, title or translate("programs", "Week {i}").format(i=i + 1), (), ()))
        self._weeks(weeks, translate("programs", "Add week"))
        return i

    def duplicate_week(self, index: int) -> int:
        """A copy of week ``index`` right after it (to build the next week from); returns the copy's index."""
        weeks = list(self.program.weeks)
        w = weeks[index]
        weeks.insert(index + 1, replace(w, title=f"{w.title} (copy)"))
        self._weeks(weeks, translate("programs", "Copy week"))
        return index + 1

    def remove_week(self, index: int) -> None:
        weeks = list(self.program.weeks)
        del weeks[index]
        self._weeks(weeks, translate("programs", "Remove week"))

    def move_week(self, index: int, to: int) -> int:
        weeks = list(self.program.weeks)
        to = max(0, min(to, len(weeks) - 1))
        if to == index:
            return index
        weeks.insert(to, weeks.pop(index))
        self._weeks(weeks, translate("programs", "Move week"))
        return to

    def set_week_field(self, index: int, name: str, value) -> bool:
        if name not in ("title", "goals"):
            raise ValueError(f"not a week field: {name}")
        weeks = list(self.program.weeks)
        weeks[index] = replace(weeks[index], **{name: tuple(value) if name == "goals" else value})
        return self._weeks(weeks, translate("programs", "Week ") + name, merge=f"week{index}.{name}")

    # exercises: indices count every exercise of a week as the file lists them (``Week.entries``: each of
    # the program's own followed by its options)
    def entries(self, w: int) -> tuple[Exercise, ...]:
        return self.program.weeks[w].entries()

    def _exercises(self, w: int, exercises: list[Exercise], label: str, merge: str | None = None) -> bool:
        weeks = list(self.program.weeks)
        weeks[w] = weeks[w].with_entries(exercises)
        return self._weeks(weeks, label, merge)

    def add_exercise(self, w: int, exercise: Exercise, index: int | None = None) -> int:
        """Add ``exercise`` (e.g. from the library) to week ``w``; its id is made unique in the week."""
        exercises = list(self.entries(w))
        ex = replace(exercise, id=unique_exercise_id(exercise.id, {e.id for e in exercises}))
        if ex.id != exercise.id:  # a second copy in the week is an exercise of its own, not a slip of the id
            ex = replace(ex, new=True)
        i = len(exercises) if index is None else max(0, min(index, len(exercises)))
        exercises.insert(i, ex)
        self._exercises(w, exercises, translate("programs", "Add {name}").format(name=exercise.name))
        return i

    def remove_exercise(self, w: int, e: int) -> None:
        exercises = list(self.entries(w))
        name = exercises[e].name
        gone = exercises[e].id
        del exercises[e]
        # its options go with it (on their own they would all be done as well)
        exercises = [x for x in exercises if x.option_of != gone]
        self._exercises(w, exercises, translate("programs", "Remove {name}").format(name=name))

    def move_exercise(self, w: int, e: int, to: int) -> int:
        exercises = list(self.entries(w))
        to = max(0, min(to, len(exercises) - 1))
        if to == e:
            return e
        exercises.insert(to, exercises.pop(e))
        self._exercises(w, exercises, translate("programs", "Move exercise"))
        return to

    def exercise(self, w: int, e: int) -> Exercise:
        return self.entries(w)[e]

    def update_exercise(self, w: int, e: int, label: str, merge: str | None = None, **fields) -> bool:
        exercises = list(self.entries(w))
        ex = exercises[e]
        if "cautions" in fields:
            fields["cautions"] = tuple(fields["cautions"])
        exercises[e] = replace(ex, **fields)
        if "id" in fields and fields["id"] != ex.id and not ex.option_of:
            # its options follow the new id
            exercises = [replace(x, option_of=fields["id"]) if x.option_of == ex.id else x for x in exercises]
        return self._exercises(w, exercises, label, merge)

    def set_exercise_field(self, w: int, e: int, name: str, value) -> bool:
        allowed = {"id", "name", "kind", "summary", "sides", "nerve_glide", "region", "cautions", "option_of"}
        if name not in allowed:
            raise ValueError(f"not an exercise field: {name}")
        return self.update_exercise(w, e, _LABELS.get(name, name.capitalize()), f"ex{w}.{e}.{name}",
                                    **{name: value})

    def set_dose(self, w: int, e: int, name: str, value) -> bool:
        """One dose field: a Range (or None) for reps, sets, hold_seconds, duration_minutes, times_per_day."""
        allowed = {f.name for f in dataclasses.fields(Dose)}
        if name not in allowed:
            raise ValueError(f"not a dose field: {name}")
        ex = self.exercise(w, e)
        if name in _RANGE_FIELDS and value is not None and not isinstance(value, Range):
            value = Range.of(value)
        dose = replace(ex.dose, **{name: value})
        if name == "pacing" and value == "tempo" and dose.tempo is None:
            dose = replace(dose, tempo=Tempo())
        if name == "pacing" and value == "tap" and dose.tempo == Tempo():
            dose = replace(dose, tempo=None)
        return self.update_exercise(w, e, _LABELS.get(name, name.replace("_", " ").capitalize()),
                                    f"ex{w}.{e}.dose.{name}", dose=dose)

    def set_tempo(self, w: int, e: int, part: str, seconds: float) -> bool:
        if part not in ("move", "hold", "back"):
            raise ValueError(f"not a tempo part: {part}")
        ex = self.exercise(w, e)
        tempo = replace(ex.dose.tempo or Tempo(), **{part: float(seconds)})
        return self.update_exercise(w, e, translate("programs", "Tempo"), f"ex{w}.{e}.tempo.{part}", dose=replace(ex.dose, tempo=tempo))

    # steps
    def _steps(self, w: int, e: int, steps: list[Step], label: str, merge: str | None = None) -> bool:
        return self.update_exercise(w, e, label, merge, steps=tuple(steps))

    def add_step(self, w: int, e: int, index: int | None = None, text: str = "") -> int:
        steps = list(self.exercise(w, e).steps)
        i = len(steps) if index is None else max(0, min(index, len(steps)))
        steps.insert(i, Step(text or translate("programs", "Describe this step.")))
        self._steps(w, e, steps, translate("programs", "Add step"))
        return i

    def remove_step(self, w: int, e: int, s: int) -> None:
        steps = list(self.exercise(w, e).steps)
        del steps[s]
        self._steps(w, e, steps, translate("programs", "Remove step"))

    def move_step(self, w: int, e: int, s: int, to: int) -> int:
        steps = list(self.exercise(w, e).steps)
        to = max(0, min(to, len(steps) - 1))
        if to == s:
            return s
        steps.insert(to, steps.pop(s))
        self._steps(w, e, steps, translate("programs", "Move step"))
        return to

    def set_step(self, w: int, e: int, s: int, *, text: str | None = None, figure: str | None | bool = False,
                 image: str | None | bool = False) -> bool:
        """Change a step's text, figure or image (``False`` leaves a part as it is; a figure clears the image)."""
        steps = list(self.exercise(w, e).steps)
        st = steps[s]
        label, merge = translate("programs", "Step"), None
        if text is not None:
            st = replace(st, text=text)
            label, merge = translate("programs", "Step text"), f"ex{w}.{e}.step{s}.text"
        if figure is not False:
            st = replace(st, figure=figure or None, image=None if figure else st.image)
            label = translate("programs", "Step figure")
        if image is not False:
            st = replace(st, image=image or None, figure=None if image else st.figure)
            label = translate("programs", "Step picture")
        steps[s] = st
        return self._steps(w, e, steps, label, merge)


_RANGE_FIELDS = {"reps", "sets", "hold_seconds", "duration_minutes", "times_per_day"}

_LABELS = {
    "id": "Id", "title": "Title", "source": "Source", "description": "Description",
    "session_names": "Session names", "guidelines": "Guidelines", "name": "Name", "kind": "Kind",
    "summary": "Summary", "sides": "Sides", "nerve_glide": "Nerve glide", "region": "Region",
    "cautions": "Cautions", "reps": "Reps", "sets": "Sets", "hold_seconds": "Hold seconds",
    "duration_minutes": "Minutes", "times_per_day": "Times a day",
    "rest_between_reps_seconds": "Rest between reps", "rest_between_sets_seconds": "Rest between sets",
    "pacing": "Pacing",
}


def _renumber(program: Program) -> Program:
    if all(w.number == i + 1 for i, w in enumerate(program.weeks)):
        return program
    return replace(program, weeks=tuple(replace(w, number=i + 1) for i, w in enumerate(program.weeks)))


def problem_location(problem: Problem) -> tuple[int | None, int | None, int | None]:
    """(week index, exercise index, step index) a problem's field points at (0-based; None where absent).

    ``weeks[2].exercises[1].steps[3].text`` → (1, 0, 2): the editor selects that place.
    """
    import re

    m = re.match(r"weeks\[(\d+)\](?:\.exercises\[(\d+)\](?:\.steps\[(\d+)\])?)?", problem.field)
    if not m:
        return None, None, None
    w, e, s = (int(g) - 1 if g else None for g in m.groups())
    return w, e, s
