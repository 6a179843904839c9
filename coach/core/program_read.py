"""Program files: load, validate and report every problem as ``file:line: field: what (how to fix)``.

The TOML is parsed with ``tomllib``; its structure is checked with pydantic
models (unknown keys are refused with a did-you-mean); the checks that span
fields (ranges, duplicate ids, illustration paths) follow. Whatever a file
holds, ``check_file`` returns a list of ``Problem`` and never raises.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from coach.core.program import (
    Dose,
    Exercise,
    Program,
    Progression,
    Range,
    Step,
    Tempo,
    Week,
)

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".svg")
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.field}: {self.message}"


class ProgramError(Exception):
    """A program file that cannot be used; ``problems`` says why."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


# ----------------------------------------------------------------- schema
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


class WeekModel(_Model):
    number: int
    title: str
    goals: list[str] = []
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
    sessions_per_day: int = 2
    session_names: list[str] = []
    guidelines: list[str] = []
    progression: ProgressionModel = ProgressionModel()
    weeks: list[WeekModel]


_FIELDS_BY_MODEL = {
    "program": set(ProgramModel.model_fields),
    "weeks": set(WeekModel.model_fields),
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


def _dotted(path: tuple) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part + 1}]"
        else:
            out += ("." if out else "") + str(part)
    return out or "(file)"


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


def _pydantic_problems(err: ValidationError, file: str, index: LineIndex) -> list[Problem]:
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
        field = _dotted(clean)
        line = index.line_of(clean)
        name = clean[-1] if clean else ""
        if typ == "extra_forbidden":
            known = sorted(_known_fields(clean))
            guess = difflib.get_close_matches(str(name), known, n=1, cutoff=0.5)
            hint = f"did you mean '{guess[0]}'?" if guess else f"known fields here: {', '.join(known)}"
            problems.append(Problem(file, line, field, f"unknown field ({hint})"))
        elif typ == "missing":
            problems.append(Problem(file, line, field, "required field is missing (add it)"))
        elif typ in ("literal_error", "enum"):
            allowed = e.get("ctx", {}).get("expected", "")
            got = e.get("input")
            guess = ""
            if isinstance(got, str):
                opts = re.findall(r"'([^']+)'", allowed)
                m = difflib.get_close_matches(got, opts, n=1, cutoff=0.5)
                guess = f"; did you mean '{m[0]}'?" if m else ""
            problems.append(Problem(file, line, field, f"{got!r} is not allowed (use one of {allowed}{guess})"))
        else:
            want = _TYPE_WORDS.get(typ)
            got = e.get("input")
            if want is None:
                if "float" in typ or "list" in typ:
                    want = "a number, or a range written as [low, high]"
                else:
                    want = "a different value"
            if name in _RANGE_KEYS and "range" not in want:
                want = "a number, or a range written as [low, high]"
            problems.append(Problem(file, line, field, f"got {_short(got)}, expected {want}"))
    return problems


def _short(v: Any) -> str:
    s = repr(v)
    return s if len(s) <= 40 else s[:37] + "..."


# -------------------------------------------------------- semantic checks
def _range(value: Any, file: str, path: tuple, index: LineIndex, problems: list[Problem],
           integer: bool = False, minimum: float = 0.0) -> Range | None:
    if value is None:
        return None
    line, field = index.line_of(path), _dotted(path)
    if isinstance(value, list):
        if len(value) != 2:
            problems.append(Problem(file, line, field, f"a range needs exactly two numbers, got {len(value)} "
                                    "(write it as [low, high], e.g. [5, 10])"))
            return None
        low, high = value
    else:
        low = high = value
    bad = False
    for v in (low, high):
        if isinstance(v, bool) or not isinstance(v, int | float):
            problems.append(Problem(file, line, field, f"got {_short(v)}, expected a number"))
            return None
        if v < minimum:
            problems.append(Problem(file, line, field, f"{v:g} is below {minimum:g} (use {minimum:g} or more)"))
            bad = True
        if integer and not float(v).is_integer():
            problems.append(Problem(file, line, field, f"{v:g} is not a whole number (use a whole number)"))
            bad = True
    if not bad and low > high:
        problems.append(Problem(file, line, field,
                                f"range [{low:g}, {high:g}] is inverted (write the low end first: [{high:g}, {low:g}])"))
        bad = True
    return None if bad else Range(float(low), float(high))


def _build(model: ProgramModel, raw: dict, file: str, path: Path | None, index: LineIndex,
           problems: list[Problem], figure_names: set[str] | None) -> Program | None:
    base = path.parent.resolve() if path else None
    if not ID_RE.match(model.id):
        problems.append(Problem(file, index.line_of(("id",)), "id",
                                f"{model.id!r} must be lower-case letters, digits and dashes (e.g. 'my-program')"))
    if model.sessions_per_day < 1 or model.sessions_per_day > 6:
        problems.append(Problem(file, index.line_of(("sessions_per_day",)), "sessions_per_day",
                                f"{model.sessions_per_day} is out of range (use 1 to 6)"))
    if len(model.session_names) > model.sessions_per_day:
        problems.append(Problem(file, index.line_of(("session_names",)), "session_names",
                                f"{len(model.session_names)} names for {model.sessions_per_day} sessions a day "
                                "(give at most one name per session)"))
    pr = model.progression
    pp = ("progression",)
    if not 0 <= pr.min_adherence <= 1:
        problems.append(Problem(file, index.line_of(pp + ("min_adherence",)), "progression.min_adherence",
                                f"{pr.min_adherence:g} is out of range (use a fraction from 0 to 1, e.g. 0.75)"))
    if pr.recent_sessions < 1:
        problems.append(Problem(file, index.line_of(pp + ("recent_sessions",)), "progression.recent_sessions",
                                f"{pr.recent_sessions} is too small (use 1 or more)"))
    if pr.max_pain_rise < 0:
        problems.append(Problem(file, index.line_of(pp + ("max_pain_rise",)), "progression.max_pain_rise",
                                f"{pr.max_pain_rise:g} is negative (use 0 or more points on the 0–10 scale)"))
    if pr.tolerated_sessions_to_step_up < 1:
        problems.append(Problem(file, index.line_of(pp + ("tolerated_sessions_to_step_up",)),
                                "progression.tolerated_sessions_to_step_up",
                                f"{pr.tolerated_sessions_to_step_up} is too small (use 1 or more)"))
    if not model.weeks:
        problems.append(Problem(file, index.line_of(("weeks",)), "weeks", "a program needs at least one week (add [[weeks]])"))

    weeks: list[Week] = []
    seen_numbers: dict[int, int] = {}
    for wi, wm in enumerate(model.weeks):
        wp = ("weeks", wi)
        if wm.number < 1:
            problems.append(Problem(file, index.line_of(wp + ("number",)), _dotted(wp + ("number",)),
                                    f"{wm.number} is not a week number (use 1, 2, 3, ...)"))
        if wm.number in seen_numbers:
            problems.append(Problem(file, index.line_of(wp + ("number",)), _dotted(wp + ("number",)),
                                    f"week {wm.number} appears twice (first at week entry {seen_numbers[wm.number]}; "
                                    "give each week its own number)"))
        seen_numbers.setdefault(wm.number, wi + 1)
        if not wm.exercises:
            problems.append(Problem(file, index.line_of(wp), _dotted(wp + ("exercises",)),
                                    "a week needs at least one exercise (add [[weeks.exercises]])"))
        exercises: list[Exercise] = []
        ids: dict[str, int] = {}
        for ei, em in enumerate(wm.exercises):
            ep = wp + ("exercises", ei)
            if not ID_RE.match(em.id):
                problems.append(Problem(file, index.line_of(ep + ("id",)), _dotted(ep + ("id",)),
                                        f"{em.id!r} must be lower-case letters, digits and dashes"))
            if em.id in ids:
                problems.append(Problem(file, index.line_of(ep + ("id",)), _dotted(ep + ("id",)),
                                        f"duplicate id {em.id!r} in week {wm.number} (first used by exercise "
                                        f"{ids[em.id]}; give each exercise of a week its own id)"))
            ids.setdefault(em.id, ei + 1)
            dp = ep + ("dose",)
            d = em.dose
            reps = _range(d.reps, file, dp + ("reps",), index, problems, integer=True, minimum=1)
            sets = _range(d.sets, file, dp + ("sets",), index, problems, integer=True, minimum=1)
            hold = _range(d.hold_seconds, file, dp + ("hold_seconds",), index, problems, minimum=1)
            dur = _range(d.duration_minutes, file, dp + ("duration_minutes",), index, problems, minimum=0.5)
            tpd = _range(d.times_per_day, file, dp + ("times_per_day",), index, problems, integer=True, minimum=1)
            for name, v in (("rest_between_reps_seconds", d.rest_between_reps_seconds),
                            ("rest_between_sets_seconds", d.rest_between_sets_seconds)):
                if v < 0:
                    problems.append(Problem(file, index.line_of(dp + (name,)), _dotted(dp + (name,)),
                                            f"{v:g} is negative (use 0 or more seconds)"))
            tempo = None
            if d.tempo is not None:
                t = d.tempo
                for name in ("move", "hold", "back"):
                    v = getattr(t, name)
                    if v < 0:
                        problems.append(Problem(file, index.line_of(dp + ("tempo", name)),
                                                _dotted(dp + ("tempo", name)), f"{v:g} is negative (use 0 or more seconds)"))
                if t.move + t.back <= 0:
                    problems.append(Problem(file, index.line_of(dp + ("tempo",)), _dotted(dp + ("tempo",)),
                                            "a tempo needs some time to move (set move and back, e.g. 2 and 2)"))
                tempo = Tempo(t.move, t.hold, t.back)
            if d.pacing == "tempo" and d.tempo is None:
                tempo = Tempo()
            need = {"hold": ("hold_seconds", hold), "duration": ("duration_minutes", dur)}
            if em.kind in need and need[em.kind][1] is None and not any(
                p.field.startswith(_dotted(dp)) for p in problems
            ):
                fname = need[em.kind][0]
                problems.append(Problem(file, index.line_of(dp if "dose" in raw_get(raw, ep) else ep),
                                        _dotted(dp + (fname,)),
                                        f"a '{em.kind}' exercise needs {fname} (add it under [weeks.exercises.dose])"))
            if em.kind == "reps" and d.reps is None:
                problems.append(Problem(file, index.line_of(dp if "dose" in raw_get(raw, ep) else ep),
                                        _dotted(dp + ("reps",)),
                                        "a 'reps' exercise needs reps (add it under [weeks.exercises.dose])"))
            steps: list[Step] = []
            for si, sm in enumerate(em.steps):
                sp = ep + ("steps", si)
                if not sm.text.strip():
                    problems.append(Problem(file, index.line_of(sp + ("text",)), _dotted(sp + ("text",)),
                                            "the step text is empty (say what to do in this step)"))
                if sm.figure and sm.image:
                    problems.append(Problem(file, index.line_of(sp + ("image",)), _dotted(sp + ("image",)),
                                            "a step takes a figure or an image, not both (remove one)"))
                if sm.figure and figure_names is not None and sm.figure not in figure_names:
                    guess = difflib.get_close_matches(sm.figure, sorted(figure_names), n=1, cutoff=0.6)
                    hint = f"did you mean '{guess[0]}'?" if guess else "see the figure library for names"
                    problems.append(Problem(file, index.line_of(sp + ("figure",)), _dotted(sp + ("figure",)),
                                            f"unknown figure {sm.figure!r} ({hint})"))
                if sm.image:
                    problems.extend(_check_image(sm.image, base, file, index.line_of(sp + ("image",)),
                                                 _dotted(sp + ("image",))))
                steps.append(Step(sm.text, sm.figure, sm.image))
            exercises.append(Exercise(
                id=em.id, name=em.name, kind=em.kind, summary=em.summary, sides=em.sides,
                nerve_glide=em.nerve_glide, region=em.region, cautions=tuple(em.cautions), steps=tuple(steps),
                dose=Dose(reps=reps, sets=sets, hold_seconds=hold, duration_minutes=dur, times_per_day=tpd,
                          rest_between_reps_seconds=d.rest_between_reps_seconds,
                          rest_between_sets_seconds=d.rest_between_sets_seconds,
                          pacing=d.pacing, tempo=tempo),
            ))
        weeks.append(Week(wm.number, wm.title, tuple(wm.goals), tuple(exercises)))
    if problems:
        return None
    weeks.sort(key=lambda w: w.number)
    names = tuple(model.session_names) or tuple(
        ["Morning", "Evening"][: model.sessions_per_day]
        if model.sessions_per_day <= 2 else [f"Session {i + 1}" for i in range(model.sessions_per_day)]
    )
    return Program(
        id=model.id, title=model.title, source=model.source, description=model.description,
        sessions_per_day=model.sessions_per_day, session_names=names,
        guidelines=tuple(model.guidelines), weeks=tuple(weeks),
        progression=Progression(pr.min_adherence, pr.recent_sessions, pr.max_pain_rise,
                                pr.tolerated_sessions_to_step_up),
        path=path,
    )


def raw_get(raw: Any, path: tuple) -> Any:
    cur = raw
    for p in path:
        try:
            cur = cur[p]
        except (KeyError, IndexError, TypeError):
            return {}
    return cur


def _check_image(ref: str, base: Path | None, file: str, line: int, field: str) -> list[Problem]:
    p = Path(ref)
    if p.is_absolute():
        return [Problem(file, line, field, f"{ref!r} is an absolute path (use a path relative to the program's folder)")]
    if Path(ref).suffix.lower() not in IMAGE_SUFFIXES:
        return [Problem(file, line, field, f"{ref!r} is not a PNG, JPG or SVG image (use one of {', '.join(IMAGE_SUFFIXES)})")]
    if base is None:
        return []
    target = (base / p).resolve()
    if base not in target.parents:
        return [Problem(file, line, field, f"{ref!r} points outside the program's folder (keep images in {base.name}/ or below)")]
    if not target.is_file():
        return [Problem(file, line, field, f"{ref!r} does not exist (put the image at {target})")]
    return []


def parse_text(text: str, file: str = "<text>", path: Path | None = None,
               figure_names: set[str] | None = None) -> tuple[Program | None, list[Problem]]:
    """Parse and validate program text. Returns the program, or None and the problems."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        msg = str(exc)
        m = re.search(r"line (\d+)", msg)
        line = int(m.group(1)) if m else 1
        detail = re.sub(r"\s*\(at line \d+, column \d+\)", "", msg)
        return None, [Problem(file, line, "(file)", f"not valid TOML: {detail} (fix the syntax on this line)")]
    index = LineIndex(text)
    raw = _widen(raw)
    problems: list[Problem] = []
    patched: set[str] = set()
    model = None
    # Report every problem at once: structural errors are patched out of a copy
    # (bad values dropped, missing ones given a stand-in) and validation runs
    # again, so the checks that follow still see the rest of the file.
    for _ in range(6):
        try:
            model = ProgramModel.model_validate(raw)
            break
        except ValidationError as err:
            problems.extend(_pydantic_problems(err, file, index))
            if not _patch(raw, err, patched):
                break
    if model is None:
        return None, sorted(set(problems))
    later: list[Problem] = []
    program = _build(model, raw, file, path, index, later, figure_names)
    problems.extend(p for p in later if not any(p.field.startswith(f) for f in patched))
    if problems:
        return None, sorted(set(problems))
    return program, []


_STAND_INS = {"id": "x", "name": "?", "title": "?", "text": "?", "kind": "practice", "number": 1,
              "weeks": [], "exercises": []}


def _patch(raw: dict, err: ValidationError, patched: set[str]) -> bool:
    changed = False
    for e in err.errors(include_url=False):
        loc = [p for p in e["loc"] if not (isinstance(p, str) and ("[" in p or p in ("float", "list")))]
        if not loc:
            continue
        parent = raw_get(raw, tuple(loc[:-1]))
        key = loc[-1]
        if not isinstance(parent, dict | list):
            continue
        patched.add(_dotted(tuple(loc)))
        if isinstance(parent, list):
            continue
        if e["type"] == "missing" or (key in _STAND_INS and key in parent):
            if parent.get(key) != _STAND_INS.get(key, "?"):
                parent[key] = _STAND_INS.get(key, "?")
                changed = True
        elif key in parent:
            del parent[key]
            changed = True
    return changed


_FLOAT_KEYS = {
    "rest_between_reps_seconds", "rest_between_sets_seconds", "move", "hold", "back",
    "min_adherence", "max_pain_rise",
}
_RANGE_KEYS = {"reps", "sets", "hold_seconds", "duration_minutes", "times_per_day"}


def _widen(obj: Any, key: str | None = None) -> Any:
    """Strict models refuse int where float is declared; TOML writes ``20`` for 20.0, so widen those."""
    if isinstance(obj, dict):
        return {k: _widen(v, k) for k, v in obj.items()}
    if isinstance(obj, list):
        if key in _RANGE_KEYS:
            return [float(v) if isinstance(v, int) and not isinstance(v, bool) else v for v in obj]
        return [_widen(v) for v in obj]
    if (key in _FLOAT_KEYS or key in _RANGE_KEYS) and isinstance(obj, int) and not isinstance(obj, bool):
        return float(obj)
    return obj


def default_figure_names() -> set[str] | None:
    """Names in the figure library, or None when the library is not available."""
    try:
        from coach.core.figure import figure_names  # type: ignore[attr-defined]
    except Exception:  # the library is optional for validation
        return None
    try:
        return set(figure_names())
    except Exception:
        return None


def check_file(path: str | Path, figure_names: set[str] | None = None, *,
               check_figures: bool = True) -> tuple[Program | None, list[Problem]]:
    """Validate one program file. Never raises: unreadable files are problems too."""
    p = Path(path)
    file = str(path)
    if figure_names is None and check_figures:
        figure_names = default_figure_names()
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        return None, [Problem(file, 1, "(file)", "file not found (check the path)")]
    except IsADirectoryError:
        return None, [Problem(file, 1, "(file)", "is a folder, not a program file (name a .toml file)")]
    except OSError as exc:
        return None, [Problem(file, 1, "(file)", f"cannot be read: {exc.strerror or exc} (check permissions)")]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, [Problem(file, line, "(file)", "is not UTF-8 text (save the file as UTF-8 TOML)")]
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        return None, [Problem(file, line, "(file)", "contains binary data; this is not a TOML program file")]
    return parse_text(text, file, p, figure_names)


def load_program(path: str | Path, figure_names: set[str] | None = None, *, check_figures: bool = True) -> Program:
    """Load a valid program or raise ``ProgramError`` listing every problem.

    ``check_figures=False`` skips checking figure names against the figure
    library (the app does that when it opens, to start fast; a step whose figure
    is unknown then shows its words without a picture; ``coach validate`` and
    the editor always check).
    """
    program, problems = check_file(path, figure_names, check_figures=check_figures)
    if program is None or problems:
        raise ProgramError(problems)
    return program
