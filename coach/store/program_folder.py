"""Program files: the shipped ones (read-only) and the user's own in ``<data folder>/programs/``.

* :func:`list_programs` gives every program with its problems (the messages
  of ``coach validate``), shipped ones first.
* :func:`save_program` writes a user program atomically (a temporary file,
  then renamed); it never writes into the shipped folder.
* :func:`import_program` validates a file and copies it (with the images
  its steps use) into the user folder; :func:`export_program` copies one out.
* :func:`delete_program` removes a user program that no profile uses.
* :func:`profile_program` reads a profile's program, or the shipped one
  when that file is missing or has problems.

Files are written 0600 in a 0700 folder, like the database.
"""

from __future__ import annotations

import os
import shutil
import stat
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from coach.core.i18n import translate
from coach.core.profile import Profile
from coach.core.program import Program
from coach.core.program_i18n import localized
from coach.core.program_paths import safe_image
from coach.core.program_read import (
    Problem,
    ProgramError,
    check_file,
    default_figure_names,
    load_program,
    parse_text,
)
from coach.resources import default_program_path, programs_dir, shipped_programs
from coach.store.db import Store, StoreError

USER_DIR = "programs"


class ProgramFileError(Exception):
    """A program file operation that cannot be done; the message says why, ``problems`` lists file problems."""

    def __init__(self, message: str, problems: list[Problem] | None = None):
        self.problems = problems or []
        super().__init__(message)


@dataclass(frozen=True)
class ProgramEntry:
    path: Path
    shipped: bool
    program: Program | None
    problems: list[Problem] = field(default_factory=list)
    program_id: str = ""
    title: str = ""

    @property
    def ok(self) -> bool:
        return self.program is not None and not self.problems

    @property
    def label(self) -> str:
        shown = self.shown
        return (shown.title if shown is not None else self.title) or self.path.stem

    @property
    def shown(self) -> Program | None:
        """The program with its words in the language in use (``program`` is the file as written)."""
        return localized(self.program) if self.program is not None else None


def user_dir(data_dir: Path | Store) -> Path:
    """The user's programs folder (created, private to the user)."""
    base = data_dir.data_dir if isinstance(data_dir, Store) else Path(data_dir)
    d = base / USER_DIR
    try:
        d.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise StoreError(translate("store", "The programs folder {d} cannot be created: {exc}.").format(d=d, exc=exc.strerror or exc)) from exc
    return d


def is_shipped(path: str | Path) -> bool:
    """Whether ``path`` is in the shipped programs folder (never written to)."""
    try:
        return Path(path).resolve().parent == programs_dir().resolve()
    except OSError:
        return False


def _peek(path: Path) -> tuple[str, str]:
    """(id, title) of a file even when it has problems; empty strings when unreadable."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return "", ""
    pid, title = raw.get("id", ""), raw.get("title", "")
    return (pid if isinstance(pid, str) else ""), (title if isinstance(title, str) else "")


def entry_for(path: Path, figure_names: set[str] | None = None) -> ProgramEntry:
    program, problems = check_file(path, figure_names)
    pid, title = (program.id, program.title) if program else _peek(path)
    return ProgramEntry(path, is_shipped(path), program, problems, pid, title)


def list_programs(data_dir: Path | Store, figure_names: set[str] | None = None) -> list[ProgramEntry]:
    """Shipped programs, then the user's (by title)."""
    names = figure_names if figure_names is not None else default_figure_names()
    shipped = [entry_for(p, names) for p in shipped_programs()]
    user = [entry_for(p, names) for p in sorted(user_dir(data_dir).glob("*.toml"))]
    user.sort(key=lambda e: (e.label.lower(), e.path.name))
    return shipped + user


def taken_ids(entries: list[ProgramEntry], except_path: Path | None = None) -> set[str]:
    """Ids used by the listed programs (leaving out the file at ``except_path``)."""
    skip = except_path.resolve() if except_path else None
    return {e.program_id for e in entries if e.program_id and e.path.resolve() != skip}


def _private_write(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.part")
    try:
        fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, stat.S_IRUSR | stat.S_IWUSR)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(translate("store", "{path} cannot be written: {exc}.").format(path=path, exc=exc.strerror or exc)) from exc


def new_path(data_dir: Path | Store, program_id: str) -> Path:
    """A free file name in the user folder for a program with this id."""
    d = user_dir(data_dir)
    stem = program_id or "program"
    path = d / f"{stem}.toml"
    n = 2
    while path.exists():
        path = d / f"{stem}-{n}.toml"
        n += 1
    return path


def save_text(data_dir: Path | Store, text: str, path: Path | None, program_id: str) -> Path:
    """Write program text to ``path`` (or a new file in the user folder); returns where it went.

    Refuses to write anywhere but the user folder, so shipped files are never overwritten.
    """
    folder = user_dir(data_dir).resolve()
    target = path if path is not None else new_path(data_dir, program_id)
    if is_shipped(target) or target.resolve().parent != folder:
        raise ProgramFileError(translate("store", "{target} is not in your programs folder ({folder}); shipped programs are never changed, save a copy instead.").format(target=target, folder=folder))
    _private_write(target, text)
    return target


def save_program(data_dir: Path | Store, program: Program, path: Path | None = None,
                 original_text: str | None = None) -> Path:
    """Write ``program`` as TOML (keeping the comments of ``original_text``) into the user folder."""
    from coach.core.program_write import dumps  # tomlkit: only when a program is written

    return save_text(data_dir, dumps(program, original_text), path, program.id)


def _images(text: str) -> list[str]:
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return []
    out = []
    for w in raw.get("weeks", []) if isinstance(raw.get("weeks"), list) else []:
        for e in w.get("exercises", []) if isinstance(w, dict) else []:
            for s in e.get("steps", []) if isinstance(e, dict) else []:
                if isinstance(s, dict) and isinstance(s.get("image"), str):
                    out.append(s["image"])
    return out


def _copy_images(text: str, src_dir: Path, dest_dir: Path) -> None:
    """Copy the step images a program names, each read under the one path rule (``coach.core.program_paths``)."""
    for ref in _images(text):
        src = safe_image(src_dir, ref)
        dest = (dest_dir / ref).resolve()
        if src is not None and dest_dir.resolve() in dest.parents and not dest.exists():
            dest.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            shutil.copyfile(src, dest)
            os.chmod(dest, stat.S_IRUSR | stat.S_IWUSR)


def import_program(data_dir: Path | Store, source: str | Path) -> tuple[Path, str | None]:
    """Validate ``source`` and copy it (and its step images) into the user folder.

    Returns the new path and a note when the id had to change (another program
    already uses it). ``ProgramFileError`` with the problems when the file is
    not a valid program; nothing is copied then.
    """
    src = Path(source)
    program, problems = check_file(src)
    if program is None or problems:
        raise ProgramFileError(translate("store", "{name} has problems and was not imported.").format(name=src.name), problems)
    text = src.read_text(encoding="utf-8")
    taken = taken_ids(list_programs(data_dir))
    note = None
    if program.id in taken:
        from dataclasses import replace

        from coach.core.program_write import dumps, unique_program_id

        new_id = unique_program_id(program.id, taken)
        text = dumps(replace(program, id=new_id), text)
        note = translate("store", "Another program already has the id {id!r}, so the imported copy is {new_id!r}.").format(id=program.id, new_id=new_id)
        program = replace(program, id=new_id)
    dest = save_text(data_dir, text, None, program.id)
    _copy_images(text, src.parent, dest.parent)
    _checked, problems = parse_text(text, str(dest), dest)
    if problems:  # images could not be copied along
        note = (note + " " if note else "") + translate("store", "Some pictures could not be copied: ") + "; ".join(
            p.message for p in problems[:3])
    return dest, note


def export_program(path: str | Path, dest: str | Path) -> Path:
    """Copy a program file (and the images its steps use) to ``dest``."""
    src, out = Path(path), Path(dest)
    if out.resolve() == src.resolve():
        raise ProgramFileError(translate("store", "Choose another place: that is the program file itself."))
    try:
        text = src.read_text(encoding="utf-8")
        tmp = out.with_name(f".{out.name}.part")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, out)
        _copy_images(text, src.parent, out.parent)
    except OSError as exc:
        raise ProgramFileError(translate("store", "{out} cannot be written: {exc}.").format(out=out, exc=exc.strerror or exc)) from exc
    return out


def profiles_using(store: Store, path: str | Path) -> list[str]:
    """Display names of the profiles whose program is the file at ``path``."""
    from coach.store.profiles import list_profiles

    target = Path(path).resolve()
    out = []
    for p in list_profiles(store):
        if p.program_path and Path(p.program_path).resolve() == target:
            out.append(p.display_name)
    return out


def delete_program(store: Store, path: str | Path) -> None:
    """Delete a user program file; shipped programs and programs a profile uses are refused."""
    p = Path(path)
    if is_shipped(p):
        raise ProgramFileError(translate("store", "Shipped programs cannot be deleted."))
    if p.resolve().parent != user_dir(store).resolve():
        raise ProgramFileError(translate("store", "{p} is not in your programs folder.").format(p=p))
    users = profiles_using(store, p)
    if users:
        raise ProgramFileError(translate("store", "{users} {use} this program; assign another program first.").format(users=', '.join(users), use='uses' if len(users) == 1 else 'use'))
    try:
        p.unlink()
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise ProgramFileError(translate("store", "{p} cannot be deleted: {exc}.").format(p=p, exc=exc.strerror or exc)) from exc


def profile_program(profile: Profile | None, data_dir: Path | None = None) -> Program:
    """The profile's program file, or the shipped program when there is no profile or that file is missing or
    has problems. With ``data_dir`` a program checked before comes from that folder's cache, as the app opens
    it (``coach.store.program_cache``: figure names not checked), instead of being checked again."""
    if data_dir is not None:
        from coach.store import program_cache

        def load(p: Path) -> Program:
            return program_cache.load_program(data_dir, p)
    else:
        load = load_program
    path = Path(profile.program_path) if profile is not None and profile.program_path else None
    if path is not None and path.is_file():
        try:
            return load(path)
        except ProgramError:
            pass
    return load(default_program_path())
