"""The program the app opens, kept as it was checked: the next open rebuilds it instead of checking it again.

Checking a program file (``coach.core.program_read``: the TOML, pydantic's
models and the checks across fields) is the slowest part of opening the app,
pydantic's import included. A program that passed is kept in
``<data folder>/cache/program-<name>.json`` with the SHA-256 of the file's
bytes, a fingerprint of the code that checks programs (and the app's version)
and the step pictures the program uses. The next open reads the file and
rebuilds the program from the kept copy when the bytes and the fingerprint are
the same and every picture is still a file; anything else (other bytes, a
changed check, a picture gone, a damaged or unreadable cache file) reads and
checks the file as before, so a program with problems is refused as it always
was. The cache holds nothing that is not in the program file, and losing it
costs one slower open. Files are written 0600, atomically, like the store's.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import stat
import types
import typing
from functools import cache
from pathlib import Path
from typing import Any

from coach import __version__
from coach.core import program as model
from coach.core.program import Program
from coach.core.program_read import ProgramError

CACHE_DIR = "cache"
FORMAT = 1
# the modules whose code decides what a program file holds and whether it is valid
_CHECKING_MODULES = ("coach.core.program", "coach.core.program_read", "coach.core.program_schema",
                     "coach.core.program_checks", "coach.store.program_cache")


def load_program(data_dir: Path, path: str | Path) -> Program:
    """The program in ``path`` as ``program_read.load_program(path, check_figures=False)`` gives it (or its
    ``ProgramError``), from the cache in ``data_dir`` when the cache holds the file's current bytes."""
    from coach.core import program_read

    path = Path(path)
    try:
        data = path.read_bytes()
        text = data.decode("utf-8")
    except (OSError, UnicodeDecodeError):
        text = None
    if text is None or "\x00" in text:  # the reader words what is wrong with the file
        return program_read.load_program(path, check_figures=False)
    digest = hashlib.sha256(data).hexdigest()
    entry = Path(data_dir) / CACHE_DIR / f"program-{hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:20]}.json"
    kept = _read(entry, path, digest)
    if kept is not None:
        return kept
    program, problems = program_read.parse_text(text, str(path), path)
    if program is None or problems:
        raise ProgramError(problems)
    _write(entry, path, digest, program)
    return program


# ------------------------------------------------------------------ files
def _key(path: Path, digest: str) -> dict[str, Any]:
    return {"format": FORMAT, "checks": _fingerprint(), "path": str(path.resolve()), "sha256": digest}


def _read(entry: Path, path: Path, digest: str) -> Program | None:
    try:
        kept = json.loads(entry.read_text(encoding="utf-8"))
        if not isinstance(kept, dict) or {k: kept.get(k) for k in ("format", "checks", "path", "sha256")} != _key(
                path, digest):
            return None
        base = path.parent.resolve()
        if not all((base / ref).is_file() for ref in kept["images"]):
            return None  # a picture is gone: the check words it
        program = decode(kept["program"], Program)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None  # no usable copy: check the file
    return dataclasses.replace(program, path=path)


def _write(entry: Path, path: Path, digest: str, program: Program) -> None:
    images = sorted({s.image for w in program.weeks for e in w.exercises for s in e.steps if s.image})
    text = json.dumps({**_key(path, digest), "images": images, "program": encode(program)}, ensure_ascii=False)
    tmp = entry.with_name(entry.name + ".part")
    try:
        entry.parent.mkdir(mode=0o700, exist_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, stat.S_IRUSR | stat.S_IWUSR)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, entry)
    except OSError:  # a full disk or a read-only folder: the next open checks the file again
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass


@cache
def _fingerprint() -> str:
    """The app's version and a hash of the code that checks programs (a changed check invalidates the cache)."""
    import importlib.util

    h = hashlib.sha256(__version__.encode())
    for name in _CHECKING_MODULES:
        spec = importlib.util.find_spec(name)
        try:
            h.update(Path(spec.origin).read_bytes() if spec and spec.origin else name.encode())
        except OSError:
            h.update(name.encode())
    return h.hexdigest()


# ------------------------------------------------- program <-> plain data
def encode(value: Any) -> Any:
    """A program (or any part of it) as JSON-ready data: dataclasses as dicts of their fields, tuples as
    lists; ``Program.path`` is left out (the file read gives it)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)
                if not (isinstance(value, Program) and f.name == "path")}
    if isinstance(value, tuple | list):
        return [encode(v) for v in value]
    return value


def decode(data: Any, kind: Any) -> Any:
    """The inverse of :func:`encode` for a value of type ``kind`` (read from the program model's annotations)."""
    if dataclasses.is_dataclass(kind):
        hints = _hints(kind)
        if not isinstance(data, dict) or set(data) - set(hints):
            raise ValueError(f"not a {kind.__name__}")
        return kind(**{name: decode(v, hints[name]) for name, v in data.items()})
    origin = typing.get_origin(kind)
    args = typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):
        if data is None and type(None) in args:
            return None
        options = [a for a in args if a is not type(None)]
        if len(options) != 1:
            raise ValueError(f"cannot read a value of {kind}")
        return decode(data, options[0])
    if origin is dict:
        if not isinstance(data, dict):
            raise ValueError("not a table")
        return {decode(k, args[0]): decode(v, args[1]) for k, v in data.items()}
    if origin is tuple:
        if not isinstance(data, list):
            raise ValueError("not a list")
        return tuple(decode(v, args[0]) for v in data)
    if origin is typing.Literal:
        if data not in args:
            raise ValueError(f"{data!r} is not one of {args}")
        return data
    if kind is float:
        if isinstance(data, bool) or not isinstance(data, int | float):
            raise ValueError("not a number")
        return float(data)
    if kind in (str, int, bool):
        if type(data) is not kind:
            raise ValueError(f"not a {kind.__name__}")
        return data
    raise ValueError(f"cannot read a value of {kind}")


@cache
def _hints(cls: type) -> dict[str, Any]:
    return {name: hint for name, hint in typing.get_type_hints(cls, vars(model)).items()
            if not (cls is Program and name == "path")}
