"""Program use cases: the programs on this computer, importing, duplicating, deleting, exporting and saving
a program file, assigning a program to the profile in use, and the session a preview runs.

Files live in ``<data folder>/programs`` (``coach.store.program_folder``);
shipped programs are never changed. Problems with a file raise
``ProgramFileError`` with the validator's messages; a store that cannot be
written raises ``StoreError``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from coach.app.changes import Changes, Done
from coach.app.sessions import SessionPlan
from coach.core.plan import day_plan
from coach.core.profile import Profile
from coach.core.program import Program
from coach.core.program_draft import as_copy
from coach.core.program_write import copy_id, dumps
from coach.store import profiles as profile_store
from coach.store import program_folder as folder
from coach.store import program_options
from coach.store.db import Store
from coach.store.program_folder import ProgramEntry

if TYPE_CHECKING:
    from coach.app.state import App

PROGRAMS = Changes(program=True)


def list_programs(app: App) -> list[ProgramEntry]:
    """Shipped programs, then the user's (by title), each with its problems."""
    return folder.list_programs(app.store)


def users(app: App, path: Path | None) -> list[str]:
    """The names of the profiles that follow the program file at ``path``."""
    return folder.profiles_using(app.store, path) if path else []


def in_use(app: App, path: Path) -> bool:
    """Whether the profile in use follows the program file at ``path``."""
    p = app.profile
    return bool(p and p.program_path and Path(p.program_path).resolve() == Path(path).resolve())


def user_dir(app: App) -> Path:
    return folder.user_dir(app.store)


def taken_ids(entries: list[ProgramEntry], except_path: Path | None = None) -> set[str]:
    return folder.taken_ids(entries, except_path)


# ====================================================================== writes
@dataclass(frozen=True)
class Imported:
    path: Path
    note: str | None  # e.g. the id had to change because another program has it


def import_file(app: App, source: str | Path) -> Done[Imported]:
    """Validate a program file and copy it (with its step images) into the user's programs."""
    path, note = folder.import_program(app.store, source)
    return Done(Imported(path, note), PROGRAMS)


def duplicate(app: App, entry: ProgramEntry, entries: list[ProgramEntry]) -> Done[tuple[Program, Path]]:
    """Save a copy of ``entry`` with a new id into the user's programs."""
    program = as_copy(entry.program, copy_id(entry.program.id, taken_ids(entries)))
    text = dumps(program, entry.path.read_text(encoding="utf-8"))
    return Done((program, folder.save_text(app.store, text, None, program.id)), PROGRAMS)


def export(entry: ProgramEntry, dest: str | Path) -> Path:
    """Copy the program file (and the images its steps use) to ``dest``; nothing stored changes."""
    return folder.export_program(entry.path, dest)


def delete(app: App, entry: ProgramEntry) -> Changes:
    """Delete a user program; shipped programs and programs a profile follows are refused."""
    folder.delete_program(app.store, entry.path)
    return PROGRAMS


def save_text(app: App, text: str, path: Path | None, program_id: str) -> Done[Path]:
    """Write a program file into the user's programs (a new file when ``path`` is None). A profile that
    follows the file gets the new version at once."""
    saved = folder.save_text(app.store, text, path, program_id)
    changes = PROGRAMS
    if in_use(app, saved):
        changes |= app.use_profile(app.profile)
    return Done(saved, changes)


def assign(app: App, entry: ProgramEntry, *, restart: bool = False) -> Done[Profile]:
    """The profile in use follows ``entry`` from now on; its history stays. Its start date stays too, unless
    ``restart``: then week 1 starts today (week choices made before today no longer apply)."""
    values = {"program_id": entry.program_id, "program_path": str(entry.path)}
    if restart:
        values["start_date"] = app.today()
    updated = profile_store.update_profile(app.store, app.profile.id, **values)
    return Done(updated, PROGRAMS | app.use_profile(updated))


# ===================================================================== options
def option_choices(app: App, program: Program) -> dict[str, str]:
    """The options chosen for the profile in use on ``program``: ``{exercise id: option id}``."""
    if app.profile is None:
        return {}
    return program_options.choices(app.store, app.profile.id, program.id)


def choose_option(app: App, program: Program, exercise_id: str, option_id: str | None) -> Changes:
    """For the profile in use, do ``option_id`` in place of the program's ``exercise_id`` from now on (None: the
    program's own exercise again). ``ValueError`` when the program has no such option."""
    groups = {main: {o.id for o in opts} for main, _name, opts in program.option_groups()}
    if exercise_id not in groups or (option_id is not None and option_id not in groups[exercise_id]):
        raise ValueError(f"{program.title} has no option {option_id!r} for {exercise_id!r}.")
    program_options.choose(app.store, app.profile.id, program.id, exercise_id, option_id)
    return PROGRAMS | app.use_profile(app.profile)


# ==================================================================== handouts
HANDOUT_CONTACT = "handout_contact"


def handout_contact(app: App) -> str:
    """The contact lines last printed on a handout (a physiotherapist types them once)."""
    value = app.store.get_setting(HANDOUT_CONTACT, "")
    return value if isinstance(value, str) else ""


def remember_handout_contact(app: App, text: str) -> Changes:
    """Keep the contact lines for the next handout."""
    text = text.strip()
    if text != handout_contact(app):
        app.store.set_setting(HANDOUT_CONTACT, text)
        return Changes(settings=True)
    return Changes()


def profile_program(app: App, entry: ProgramEntry) -> Program | None:
    """``entry``'s program as the profile in use does it (its options in place) when the profile follows it;
    None when it does not."""
    if entry.program is None or not in_use(app, entry.path):
        return None
    return entry.program.with_choices(option_choices(app, entry.program))


# =================================================================== first run
def first_run_programs(store: Store) -> list[ProgramEntry]:
    """The programs a first profile can follow: the shipped ones, then any already in the data folder."""
    return [e for e in folder.list_programs(store) if e.ok]


def import_for_first_run(store: Store, source: str | Path) -> ProgramEntry:
    """Copy a program file a physiotherapist gave into the data folder (validated first) for the first profile;
    ``ProgramFileError`` says what is wrong with it."""
    path, _note = folder.import_program(store, source)
    return folder.entry_for(path)


# ===================================================================== preview
def preview_plan(app: App, program: Program, week: int, slot_index: int) -> SessionPlan | None:
    """The session a preview of ``program`` runs (nothing is recorded); None when that session holds nothing."""
    slot = next((s for s in day_plan(program, week, app.side) if s.index == slot_index), None)
    if slot is None or not slot.exercises:
        return None
    return SessionPlan(tuple(slot.exercises), slot.index, slot.name, week)

