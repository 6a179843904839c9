"""Output files of personal health data, the same way everywhere (the GUI and every command).

* The name must fit the format: ``.png`` for a PNG, a ``.json`` for JSON, and
  so on (:func:`check_file`); a folder is never taken for a file, nor a file
  for a folder.
* Nothing is replaced silently: an existing file raises :class:`OutputExists`
  unless ``force`` (the command line's ``--force``; the app asks first). A
  folder for CSV files must be new or empty; with ``force`` it may hold the
  files of an earlier export of the same kind, and nothing else.
* Written whole: to a temporary name in the same folder, flushed to disk, then
  moved into place, so a failed or interrupted export leaves no half file and
  the old file stays until the new one is complete.
* Private: files are created with mode 0600 and folders with 0700 (the data
  folder's rule: health data is for its owner only).

Problems raise :class:`OutputError` with a one-line message for people.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path

from coach.core.i18n import translate

FILE_MODE = 0o600
FOLDER_MODE = 0o700


class OutputError(Exception):
    """The output cannot be written; the message says what to fix."""


class OutputExists(OutputError):
    """The output exists already and replacing it was not asked for."""

    def __init__(self, path: Path, message: str):
        super().__init__(message)
        self.path = path


def _ends(suffixes: tuple[str, ...]) -> str:
    return suffixes[0] if len(suffixes) == 1 else ", ".join(suffixes[:-1]) + translate("exports", " or ") + suffixes[-1]


def _folder_of(path: Path) -> Path:
    return path.parent if str(path.parent) else Path(".")


def check_file(path: str | Path, suffixes: tuple[str, ...], what: str = "the file", *,
               force: bool = False) -> Path:
    """``path`` as a file to write: the right ending, an existing writable folder, nothing replaced unless
    ``force``. Returns the path."""
    path = Path(path)
    ends = _ends(suffixes)
    if path.is_dir():
        raise OutputError(translate("exports", "{path} is a folder; give a file name ending in {ends}").format(path=path, ends=ends))
    suffix = path.suffix.lower()
    if suffix not in suffixes:
        raise OutputError(translate("exports", "{path}: {what} must end in {ends} (it ends in {nothing})").format(path=path, what=what, ends=ends, nothing=suffix or 'nothing'))
    _check_folder_writable(path)
    if path.exists() and not force:
        raise OutputExists(path, translate("exports", "{path} already exists; choose another name, or replace it (--force)").format(path=path))
    if path.exists() and not os.access(path, os.W_OK):
        raise OutputError(translate("exports", "cannot replace {path}: permission denied").format(path=path))
    return path


def _check_folder_writable(path: Path) -> None:
    folder = _folder_of(path)
    if not folder.is_dir():
        raise OutputError(translate("exports", "cannot write {path}: the folder {folder} does not exist").format(path=path, folder=folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(translate("exports", "cannot write {path}: you may not write to the folder {folder}").format(path=path, folder=folder))


@contextlib.contextmanager
def atomic_path(path: str | Path, *, force: bool = False) -> Iterator[Path]:
    """A temporary file (mode 0600) beside ``path`` to write; moved onto ``path`` when the block ends
    without an error, removed otherwise."""
    path = Path(path)
    if path.exists() and not force:
        raise OutputExists(path, translate("exports", "{path} already exists; choose another name, or replace it (--force)").format(path=path))
    folder = _folder_of(path)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise OutputError(translate("exports", "cannot write {path}: {exc}").format(path=path, exc=exc.strerror or exc)) from None
    os.close(fd)
    tmp = Path(name)
    try:
        os.chmod(tmp, FILE_MODE)
        yield tmp
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, path)
    except OSError as exc:
        raise OutputError(translate("exports", "cannot write {path}: {exc}").format(path=path, exc=exc.strerror or exc)) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def write_bytes(path: str | Path, data: bytes, *, force: bool = False) -> Path:
    """Write ``data`` to ``path`` whole and private (see the module's docstring)."""
    path = Path(path)
    with atomic_path(path, force=force) as tmp:
        with open(tmp, "wb") as f:
            f.write(data)
    return path


def check_folder(path: str | Path, names: set[str] | frozenset[str], what: str = "the export", *,
                 force: bool = False) -> Path:
    """``path`` as a folder to fill with the files ``names``: new, or empty, or (with ``force``) holding only
    files of those names from an earlier export."""
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise OutputError(translate("exports", "{path} is a file; give a folder for {what} (it is created if needed)").format(path=path, what=what))
    if not path.exists():
        _check_folder_writable(path)
        return path
    inside = {p.name for p in path.iterdir()}
    if not inside:
        return path
    others = sorted(inside - set(names))
    if others:
        shown = ", ".join(others[:3]) + (" …" if len(others) > 3 else "")
        raise OutputError(translate("exports", "{path} already holds other files ({shown}); choose a new or empty folder").format(path=path, shown=shown))
    if not force:
        raise OutputExists(path, translate("exports", "{path} already holds an earlier export; choose another folder, or replace it (--force)").format(path=path))
    return path


def write_folder(path: str | Path, files: Mapping[str, bytes], what: str = "the export", *,
                 force: bool = False) -> list[Path]:
    """Write ``files`` (name → bytes) as a folder, whole: filled under a temporary name, then moved into place
    (an earlier export there is replaced only with ``force``). Returns the files written."""
    path = Path(path)
    check_folder(path, set(files), what, force=force)
    folder = _folder_of(path)
    try:
        tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".part", dir=folder))
    except OSError as exc:
        raise OutputError(translate("exports", "cannot write {path}: {exc}").format(path=path, exc=exc.strerror or exc)) from None
    old: Path | None = None
    try:
        os.chmod(tmp, FOLDER_MODE)
        for name, data in files.items():
            fd = os.open(tmp / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
        if path.exists():
            old = path.with_name(f".{path.name}.old")
            if old.exists():
                shutil.rmtree(old)
            os.replace(path, old)
        os.replace(tmp, path)
    except OSError as exc:
        if old is not None and old.exists() and not path.exists():
            os.replace(old, path)  # put the earlier export back
        raise OutputError(translate("exports", "cannot write {path}: {exc}").format(path=path, exc=exc.strerror or exc)) from None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    return [path / name for name in files]


def suffix_for(kind: str) -> str:
    """The file ending of an export format ("png" → ".png")."""
    return f".{kind.lower()}"
