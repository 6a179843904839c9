"""Program files: load, validate and report every problem as ``file:line: field: what (how to fix)``.

The TOML is parsed with ``tomllib``; its structure is checked with pydantic
models (``coach.core.program_schema``: unknown keys are refused with a
did-you-mean); the checks that span fields (ranges, duplicate ids,
illustration paths) follow (``coach.core.program_checks``). Whatever a file
holds, ``check_file`` returns a list of ``Problem`` and never raises.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from pydantic import ValidationError

from coach.core.program import Program
from coach.core.program_checks import build, raw_get
from coach.core.program_schema import LineIndex, Problem, ProgramModel, dotted, pydantic_problems, widen

__all__ = ["Problem", "ProgramError", "check_file", "default_figure_names", "load_program", "parse_text"]


class ProgramError(Exception):
    """A program file that cannot be used; ``problems`` says why."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


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
    raw = widen(raw)
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
            problems.extend(pydantic_problems(err, file, index))
            if not _patch(raw, err, patched):
                break
    if model is None:
        return None, sorted(set(problems))
    later: list[Problem] = []
    program = build(model, raw, file, path, index, later, figure_names)
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
        patched.add(dotted(tuple(loc)))
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
