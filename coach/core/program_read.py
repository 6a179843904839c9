"""Program files: load, validate and report every problem as ``file:line: field: what (how to fix)``.

The TOML is parsed with ``tomllib``; its structure is checked with pydantic
models (``coach.core.program_schema``: unknown keys are refused with a
did-you-mean); the checks that span fields (ranges, duplicate ids,
illustration paths) follow (``coach.core.program_checks``). Whatever a file
holds, ``check_file`` returns a list of ``Problem`` and never raises, and it
ends in reasonable time: only regular files are read (never a device, a pipe
or a folder, so ``/dev/zero`` or a FIFO cannot hang it), and the size, line
length, nesting depth and key length are bounded before anything slow runs
(``coach.core.program_bounds``).

The models (and pydantic) are imported when a text is first parsed, not with
this module: the app opens a program it has already checked without them
(``coach.store.program_cache``).
"""

from __future__ import annotations

import os
import re
import stat
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING

from coach.core.i18n import translate
from coach.core.program import Program
from coach.core.program_bounds import MAX_DEPTH, MAX_FILE_BYTES, MAX_KEY_CHARS, MAX_LINE_CHARS
from coach.core.program_problem import Problem

if TYPE_CHECKING:
    from pydantic import ValidationError

__all__ = ["Problem", "ProgramError", "check_file", "default_figure_names", "load_program", "parse_text"]


class ProgramError(Exception):
    """A program file that cannot be used; ``problems`` says why."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def _size_problems(text: str, file: str) -> list[Problem]:
    if len(text) > MAX_FILE_BYTES:
        return [Problem(file, 1, translate("validate", "(file)"), translate("validate", "is {value} KB of text; a program file is at most {MAX_FILE_BYTES} KB (is this a program file?)").format(value=len(text) // 1024, MAX_FILE_BYTES=MAX_FILE_BYTES // 1024))]
    start = 0
    for no, line in enumerate(text.split("\n"), start=1):
        if len(line) > MAX_LINE_CHARS:
            return [Problem(file, no, translate("validate", "(file)"), translate("validate", "this line is {line} characters long; a program's lines are at most {MAX_LINE_CHARS} (break the text up, or shorten it)").format(line=len(line), MAX_LINE_CHARS=MAX_LINE_CHARS))]
        start += len(line) + 1
    return []


def _shape_problems(raw: dict, text: str, file: str) -> list[Problem]:
    """Keys that are too long and nesting that is too deep, found without recursion (before anything recursive)."""
    stack: list[tuple[object, int]] = [(raw, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            return [Problem(file, _line_with(text, None), translate("validate", "(file)"), translate("validate", "tables and lists are nested more than {MAX_DEPTH} deep; a program is not (is this a program file?)").format(MAX_DEPTH=MAX_DEPTH))]
        if isinstance(node, dict):
            for k, v in node.items():
                if len(k) > MAX_KEY_CHARS:
                    return [Problem(file, _line_with(text, k), translate("validate", "(file)"), translate("validate", "a key is {k} characters long; keys are at most {MAX_KEY_CHARS} (see programs/README.md for the fields)").format(k=len(k), MAX_KEY_CHARS=MAX_KEY_CHARS))]
                stack.append((v, depth + 1))
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node)
    return []


def _line_with(text: str, key: str | None) -> int:
    """The line where ``key`` is written (or, for ``None``, the most deeply bracketed line); 1 if not found."""
    if key is not None:
        i = text.find(key[:200])
        return text.count("\n", 0, i) + 1 if i >= 0 else 1
    best, line = 0, 1
    for no, ln in enumerate(text.split("\n"), start=1):
        n = ln.count("[") + ln.count("{") + ln.count(".")
        if n > best:
            best, line = n, no
    return line


def parse_text(text: str, file: str = "<text>", path: Path | None = None,
               figure_names: set[str] | None = None,
               known_ids: set[str] | frozenset[str] | None = None) -> tuple[Program | None, list[Problem]]:
    """Parse and validate program text. Returns the program, or None and the problems."""
    sized = _size_problems(text, file)
    if sized:
        return None, sized
    from pydantic import ValidationError

    from coach.core.program_checks import build
    from coach.core.program_schema import LineIndex, ProgramModel, pydantic_problems, widen

    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        msg = str(exc)
        m = re.search(r"line (\d+)", msg)
        line = int(m.group(1)) if m else 1
        detail = re.sub(r"\s*\(at line \d+, column \d+\)", "", msg)
        return None, [Problem(file, line, translate("validate", "(file)"), translate("validate", "not valid TOML: {detail} (fix the syntax on this line)").format(detail=detail))]
    except RecursionError:
        return None, [Problem(file, _line_with(text, None), translate("validate", "(file)"), translate("validate", "tables and lists are nested too deeply; a program is not (is this a program file?)"))]
    shaped = _shape_problems(raw, text, file)
    if shaped:
        return None, shaped
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
    program = build(model, raw, file, path, index, later, figure_names, known_ids)
    problems.extend(p for p in later if not any(p.field.startswith(f) for f in patched))
    if problems:
        return None, sorted(set(problems))
    return program, []


_STAND_INS = {"id": "x", "name": "?", "title": "?", "text": "?", "kind": "practice", "number": 1,
              "weeks": [], "exercises": []}


def _patch(raw: dict, err: ValidationError, patched: set[str]) -> bool:
    from coach.core.program_checks import raw_get
    from coach.core.program_schema import dotted

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
    data, problem = _read_regular(p)
    if problem:
        return None, [Problem(file, 1, translate("validate", "(file)"), problem)]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, [Problem(file, line, translate("validate", "(file)"), translate("validate", "is not UTF-8 text (save the file as UTF-8 TOML)"))]
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        return None, [Problem(file, line, translate("validate", "(file)"), translate("validate", "contains binary data; this is not a TOML program file"))]
    return parse_text(text, file, p, figure_names)


def _read_regular(p: Path) -> tuple[bytes, str | None]:
    """The bytes of a regular file of at most ``MAX_FILE_BYTES``, or what stops it being read.

    The file is opened without blocking and checked again once open, so a
    device, a pipe or a folder is never read (it could be endless, or block).
    """
    try:
        st = os.stat(p)
    except FileNotFoundError:
        return b"", translate("validate", "file not found (check the path)")
    except OSError as exc:
        return b"", translate("validate", "cannot be read: {exc} (check the path and permissions)").format(exc=exc.strerror or exc)
    if stat.S_ISDIR(st.st_mode):
        return b"", translate("validate", "is a folder, not a program file (name a .toml file)")
    if not stat.S_ISREG(st.st_mode):
        return b"", translate("validate", "is not a regular file (a device or a pipe); name a .toml program file")
    if st.st_size > MAX_FILE_BYTES:
        return b"", (translate("validate", "is {st_size} KB; a program file is at most {MAX_FILE_BYTES} KB (is this a program file?)").format(st_size=st.st_size // 1024, MAX_FILE_BYTES=MAX_FILE_BYTES // 1024))
    try:
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        return b"", translate("validate", "cannot be read: {exc} (check permissions)").format(exc=exc.strerror or exc)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # replaced between the two looks
            return b"", translate("validate", "is not a regular file (a device or a pipe); name a .toml program file")
        chunks, size = [], 0
        while size <= MAX_FILE_BYTES:
            chunk = os.read(fd, 65536)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        return b"", translate("validate", "cannot be read: {exc} (check permissions)").format(exc=exc.strerror or exc)
    finally:
        os.close(fd)
    if size > MAX_FILE_BYTES:
        return b"", translate("validate", "is larger than {MAX_FILE_BYTES} KB; a program file is not (is this a program file?)").format(MAX_FILE_BYTES=MAX_FILE_BYTES // 1024)
    return b"".join(chunks), None


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
