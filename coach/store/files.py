"""The data folder's files: private modes, tightened on open, and leftovers of interrupted writes cleaned.

Everything the app keeps about a person's health is private to them: the data
folder and the app's folders in it are 0700, the app's files 0600. A folder or
file that exists with a looser mode (copied in, made by an older version,
created under a loose umask) is tightened each time the store opens. Only what
the app writes is touched (``coach*`` files, ``backups/``, ``programs/``), so a
data folder given by mistake (a home folder) keeps everything else as it was.
Symbolic links are never followed or changed.

Writes go to a temporary file first and are then renamed into place
(``*.part``); a process killed in between leaves that file behind, and a
SQLite backup into it leaves its ``*.part-journal`` too. Leftovers older than
:data:`LEFTOVER_AGE_S` are removed when the store opens (a younger one may
belong to a backup another process is writing right now).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from coach.core.clock import Clock

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
LEFTOVER_AGE_S = 15 * 60
LEFTOVER_SUFFIXES = (".part", ".part-journal", ".part-wal", ".part-shm", ".restore", ".restore-journal")
MAX_DEPTH = 4  # data folder / programs / a program's images / one more level
APP_FOLDERS = ("backups", "programs")  # folders of the app's own in the data folder


def _app_owned(name: str) -> bool:
    """Whether a name at the top of the data folder is one the app writes."""
    return name.startswith("coach") or name in APP_FOLDERS


def private_file(path: Path) -> None:
    """Make ``path`` 0600 (a missing file or one we may not change is left as it is)."""
    try:
        os.chmod(path, PRIVATE_FILE, follow_symlinks=False)
    except (OSError, NotImplementedError):
        try:
            if not Path(path).is_symlink():
                os.chmod(path, PRIVATE_FILE)
        except OSError:
            pass


def private_dir(path: Path) -> None:
    """Create ``path`` (and its parents) 0700 if it is not there; ``OSError`` when it cannot be created.

    A folder that exists is left as it is here (``tighten`` decides about it).
    """
    if path.is_dir():
        return
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    try:
        os.chmod(path, PRIVATE_DIR)  # mkdir's mode is cut by the umask
    except OSError:
        pass


def create_private(path: Path) -> None:
    """Create an empty 0600 file at ``path`` (truncating one that exists), so nothing else sees it first."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, PRIVATE_FILE)
    os.close(fd)
    private_file(path)


def tighten(folder: Path) -> list[Path]:
    """Make ``folder``, the folders in it and their files private; returns what was changed."""
    changed: list[Path] = []

    def walk(d: Path, depth: int) -> None:
        try:
            entries = list(os.scandir(d))
        except OSError:
            return
        for e in entries:
            if depth == 1 and not _app_owned(e.name):
                continue
            try:
                st = e.stat(follow_symlinks=False)
            except OSError:
                continue
            mode = stat.S_IMODE(st.st_mode)
            if stat.S_ISDIR(st.st_mode):
                if mode != PRIVATE_DIR and _chmod(e.path, PRIVATE_DIR):
                    changed.append(Path(e.path))
                if depth < MAX_DEPTH:
                    walk(Path(e.path), depth + 1)
            elif stat.S_ISREG(st.st_mode) and mode & ~PRIVATE_FILE and _chmod(e.path, PRIVATE_FILE):
                changed.append(Path(e.path))

    try:
        st = folder.stat()
    except OSError:
        return changed
    # the folder itself only when it is the app's (it holds the data file) and not a shared one (/tmp)
    ours = (folder / "coach.db").exists() and not st.st_mode & stat.S_ISVTX
    if ours and stat.S_IMODE(st.st_mode) != PRIVATE_DIR and _chmod(str(folder), PRIVATE_DIR):
        changed.append(folder)
    walk(folder, 1)
    return changed


def _chmod(path: str, mode: int) -> bool:
    try:
        os.chmod(path, mode)
        return True
    except OSError:
        return False


def clean_leftovers(folder: Path, clock: Clock, age_s: float = LEFTOVER_AGE_S) -> list[Path]:
    """Remove leftovers of interrupted writes older than ``age_s`` in ``folder`` and its subfolders."""
    removed: list[Path] = []
    now = clock.now().timestamp()

    def walk(d: Path, depth: int) -> None:
        try:
            entries = list(os.scandir(d))
        except OSError:
            return
        for e in entries:
            if depth == 1 and not _app_owned(e.name):
                continue
            try:
                st = e.stat(follow_symlinks=False)
            except OSError:
                continue
            if stat.S_ISDIR(st.st_mode):
                if depth < MAX_DEPTH:
                    walk(Path(e.path), depth + 1)
            elif stat.S_ISREG(st.st_mode) and e.name.endswith(LEFTOVER_SUFFIXES) and now - st.st_mtime >= age_s:
                try:
                    os.unlink(e.path)
                    removed.append(Path(e.path))
                except OSError:
                    pass

    walk(folder, 1)
    return removed


def remove_new_data(data_dir: Path, *, folder_was_new: bool, db_name: str = "coach.db",
                    also: tuple[str, ...] = (), existed: frozenset[str] = frozenset()) -> None:
    """Take back a data file made a moment ago and never used (the first run was cancelled): the database with
    its WAL and shared-memory files, the ``also`` files (a lock), the empty folders made beside it (the programs
    and backups folders; ``existed``: the names that were there before), and the folder when it was made for it
    and is now empty. Anything else in the folder is left as it was; nothing raises."""
    for name in (db_name, f"{db_name}-wal", f"{db_name}-shm", f"{db_name}-journal", *also):
        try:
            (data_dir / name).unlink(missing_ok=True)
        except OSError:
            pass
    try:
        made = [p for p in data_dir.iterdir() if p.name not in existed and p.is_dir()]
    except OSError:
        made = []
    for d in made:
        try:
            d.rmdir()  # only when empty
        except OSError:
            pass
    if folder_was_new:
        try:
            data_dir.rmdir()  # only when empty
        except OSError:
            pass
