"""The structure of a program file: pydantic models of its tables, where each field sits in the text, and
structure errors as ``file:line: field: what (how to fix)`` problems.

Part of reading a program (``coach.core.program_read``): this module checks
the shape (known fields, types, allowed values); ``coach.core.program_checks``
checks what spans fields and builds the program.
"""

from __future__ import annotations

import difflib
import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from coach.core.i18n import translate
from coach.core.program_problem import Problem

RangeValue = float | list[float]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class TempoModel(_Model):
    move: float = 2.0
    hold: float = 0.0
    back: float = 2.0


class DoseModel(_Model):
    reps: RangeValue | None = None
    sets: RangeValue | None = None
    hold_seconds: RangeValue | None = None
    duration_minutes: RangeValue | None = None
    times_per_day: RangeValue | None = None
    times_per_week: RangeValue | None = None
    rest_between_reps_seconds: float = 0.0
    rest_between_sets_seconds: float = 0.0
    pacing: Literal["tap", "tempo"] = "tap"
    tempo: TempoModel | None = None


class StepModel(_Model):
    text: str
    figure: str | None = None
    image: str | None = None


class ExerciseModel(_Model):
    id: str
    name: str
    kind: Literal["hold", "reps", "duration", "practice"]
    summary: str = ""
    sides: Literal["each", "one", "none"] = "none"
    nerve_glide: bool = False
    region: str = ""
    cautions: list[str] = []
    dose: DoseModel = DoseModel()
    steps: list[StepModel] = []
    new: bool = False
    option_of: str = ""


class WeekModel(_Model):
    number: int
    title: str
    goals: list[str] = []
    exercises: list[ExerciseModel]


class PhaseModel(_Model):
    id: str
    title: str
    about: str = ""
    goals: list[str] = []
    weeks: int | None = None
    check_days: int = 7
    exercises: list[ExerciseModel]


class ProgressionModel(_Model):
    min_adherence: float = 0.75
    recent_sessions: int = 3
    max_pain_rise: float = 1.0
    tolerated_sessions_to_step_up: int = 2


class ProgramModel(_Model):
    id: str
    title: str
    source: str = ""
    description: str = ""
    intended_for: str = ""
    sessions_per_day: int = 2
    session_names: list[str] = []
    guidelines: list[str] = []
    progression: ProgressionModel = ProgressionModel()
    weeks: list[WeekModel]
    phases: list[PhaseModel] = []
    # [translations] <language> = [["a text as written above", "that text in the language"], ...]
    translations: dict[str, list[list[str]]] = {}


_FIELDS_BY_MODEL = {
    "program": set(ProgramModel.model_fields),
    "weeks": set(WeekModel.model_fields),
    "phases": set(PhaseModel.model_fields),
    "exercises": set(ExerciseModel.model_fields),
    "dose": set(DoseModel.model_fields),
    "tempo": set(TempoModel.model_fields),
    "steps": set(StepModel.model_fields),
    "progression": set(ProgressionModel.model_fields),
}

_TYPE_WORDS = {
    "int_type": "a whole number",
    "float_type": "a number",
    "string_type": "text in quotes",
    "bool_type": "true or false",
    "list_type": "a list in square brackets",
    "model_type": "a table",
    "dict_type": "a table",
    "int_from_float": "a whole number",
}


# ---------------------------------------------------------- line locator
_HEADER_RE = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-\" ]+?)\s*(\]\]?)\s*(#.*)?$")
_KEY_RE = re.compile(r"^\s*([A-Za-z0-9_\-]+|\"[^\"]*\")\s*=")


class LineIndex:
    """Maps a field path like ``("weeks", 0, "exercises", 2, "dose", "reps")`` to a line number.

    It follows table headers and ``[[array]]`` headers, which is how program
    files are written; anything it cannot place falls back to the nearest
    enclosing table, or line 1.
    """

    def __init__(self, text: str):
        self.lines: dict[tuple, int] = {}
        counters: dict[tuple, int] = {}
        current: tuple = ()
        in_multiline = False
        for no, raw in enumerate(text.splitlines(), start=1):
            if in_multiline:
                if raw.count('"""') % 2 == 1 or raw.count("'''") % 2 == 1:
                    in_multiline = False
                continue
            m = _HEADER_RE.match(raw)
            if m and m.group(1) in ("[", "[[") and len(m.group(1)) == len(m.group(3)):
                names = [n.strip().strip('"') for n in m.group(2).split(".")]
                path: list = []
                # re-anchor each array element along the header path
                for i, name in enumerate(names):
                    path.append(name)
                    is_last = i == len(names) - 1
                    if is_last and m.group(1) == "[[":
                        key = tuple(path)
                        counters[key] = counters.get(key, -1) + 1
                        path.append(counters[key])
                        # a new element resets the counters of arrays below it
                        for k in list(counters):
                            if len(k) > len(key) and k[: len(key)] == key:
                                del counters[k]
                    elif not is_last:
                        key = tuple(path)
                        if key in counters:
                            path.append(counters[key])
                current = tuple(path)
                self.lines.setdefault(current, no)
                continue
            k = _KEY_RE.match(raw)
            if k:
                name = k.group(1).strip('"')
                self.lines.setdefault(current + (name,), no)
                if raw.count('"""') % 2 == 1 or raw.count("'''") % 2 == 1:
                    in_multiline = True

    def line_of(self, path: tuple) -> int:
        p = tuple(path)
        while p:
            if p in self.lines:
                return self.lines[p]
            p = p[:-1]
        return 1


def dotted(path: tuple) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part + 1}]"
        else:
            out += ("." if out else "") + str(part)
    return out or translate("validate", "(file)")


def _section_of(path: tuple) -> str:
    for part in reversed(path):
        if isinstance(part, str) and part in _FIELDS_BY_MODEL:
            return part
    return "program"


def _known_fields(path: tuple) -> set[str]:
    parent = path[:-1]
    # strip trailing index
    while parent and isinstance(parent[-1], int):
        parent = parent[:-1]
    return _FIELDS_BY_MODEL.get(_section_of(parent) if parent else "program", set())


def pydantic_problems(err: ValidationError, file: str, index: LineIndex) -> list[Problem]:
    problems: list[Problem] = []
    seen: set[tuple] = set()
    for e in err.errors(include_url=False):
        loc = tuple(e["loc"])
        # union types report one error per alternative; keep the first per place.
        clean = tuple(p for p in loc if not (isinstance(p, str) and ("[" in p or p in ("float", "list"))))
        if clean in seen:
            continue
        seen.add(clean)
        typ = e["type"]
        field = dotted(clean)
        line = index.line_of(clean)
        name = clean[-1] if clean else ""
        if typ == "extra_forbidden":
            known = sorted(_known_fields(clean))
            guess = difflib.get_close_matches(str(name), known, n=1, cutoff=0.5)
            hint = translate("validate", "did you mean '{guess}'?").format(guess=guess[0]) if guess else translate("validate", "known fields here: {known}").format(known=', '.join(known))
            problems.append(Problem(file, line, field, translate("validate", "unknown field ({hint})").format(hint=hint)))
        elif typ == "missing":
            problems.append(Problem(file, line, field, translate("validate", "required field is missing (add it)")))
        elif typ in ("literal_error", "enum"):
            allowed = e.get("ctx", {}).get("expected", "")
            got = e.get("input")
            guess = ""
            if isinstance(got, str):
                opts = re.findall(r"'([^']+)'", allowed)
                m = difflib.get_close_matches(got, opts, n=1, cutoff=0.5)
                guess = translate("validate", "; did you mean '{m}'?").format(m=m[0]) if m else ""
            problems.append(Problem(file, line, field, translate("validate", "{got!r} is not allowed (use one of {allowed}{guess})").format(got=got, allowed=allowed, guess=guess)))
        else:
            want = _TYPE_WORDS.get(typ)
            got = e.get("input")
            if want is None:
                if "float" in typ or "list" in typ:
                    want = translate("validate", "a number, or a range written as [low, high]")
                else:
                    want = translate("validate", "a different value")
            if name in _RANGE_KEYS and "range" not in want:
                want = translate("validate", "a number, or a range written as [low, high]")
            problems.append(Problem(file, line, field, translate("validate", "got {got}, expected {want}").format(got=short(got), want=want)))
    return problems


def short(v: Any) -> str:
    s = repr(v)
    return s if len(s) <= 40 else s[:37] + "..."


_FLOAT_KEYS = {
    "rest_between_reps_seconds", "rest_between_sets_seconds", "move", "hold", "back",
    "min_adherence", "max_pain_rise",
}
_RANGE_KEYS = {"reps", "sets", "hold_seconds", "duration_minutes", "times_per_day", "times_per_week"}


def widen(obj: Any, key: str | None = None) -> Any:
    """Strict models refuse int where float is declared; TOML writes ``20`` for 20.0, so widen those."""
    if isinstance(obj, dict):
        return {k: widen(v, k) for k, v in obj.items()}
    if isinstance(obj, list):
        if key in _RANGE_KEYS:
            return [_as_float(v) if isinstance(v, int) and not isinstance(v, bool) else v for v in obj]
        return [widen(v) for v in obj]
    if (key in _FLOAT_KEYS or key in _RANGE_KEYS) and isinstance(obj, int) and not isinstance(obj, bool):
        return _as_float(obj)
    return obj


def _as_float(v: int) -> float:
    """An int as a float; one too large for a float is infinite (the bounds then refuse it with a message)."""
    try:
        return float(v)
    except OverflowError:
        return float("inf") if v > 0 else float("-inf")
