"""The one rule for files a program names (step images): inside the program's folder, no way out.

A program file may name a picture for a step (``image = "pictures/bridge.png"``).
Every reader (validation, the player, handouts, ``coach illustrate``, import
and export of programs) goes through :func:`program_image`, so a program can
never make the app read, show or copy a file from elsewhere:

* the name is relative (no ``/etc/…``, no ``C:\\…``, no ``~``), shorter than
  :data:`MAX_NAME` characters, and ends in a known image suffix;
* once every symbolic link is followed, the file is still inside the
  program's folder (``../`` that leaves the folder, or a link to a file or a
  folder outside it, is refused; a link that stays inside is fine);
* it is a regular file (not a folder, a device or a pipe) of at most
  :data:`MAX_IMAGE_BYTES`.

Pure Python (``pathlib``, ``os``, ``stat``).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path, PurePosixPath, PureWindowsPath

from coach.core.i18n import translate

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".svg")
MAX_NAME = 255
MAX_IMAGE_BYTES = 20 * 1024 * 1024


class ProgramPathError(ValueError):
    """A file name in a program that breaks the rule; the message says why and how to fix it."""


def name_problem(ref: str) -> str | None:
    """What is wrong with the name alone (before looking at any file), or None."""
    if not isinstance(ref, str) or not ref.strip():
        return translate("validate", "the image name is empty (name a PNG, JPG or SVG file in the program's folder)")
    if len(ref) > MAX_NAME:
        return translate("validate", "the image name is {ref} characters long (use at most {MAX_NAME})").format(ref=len(ref), MAX_NAME=MAX_NAME)
    if "\x00" in ref:
        return translate("validate", "the image name contains a NUL character")
    if (Path(ref).is_absolute() or PurePosixPath(ref).is_absolute() or PureWindowsPath(ref).is_absolute()
            or PureWindowsPath(ref).drive or ref.startswith("~")):
        return translate("validate", "{ref} is an absolute path (use a path relative to the program's folder)").format(ref=_short(ref))
    if Path(ref).suffix.lower() not in IMAGE_SUFFIXES:
        return translate("validate", "{ref} is not a PNG, JPG or SVG image (use one of {IMAGE_SUFFIXES})").format(ref=_short(ref), IMAGE_SUFFIXES=', '.join(IMAGE_SUFFIXES))
    return None


def program_image(program_dir: str | Path, ref: str) -> Path:
    """The resolved path of the image ``ref`` of a program in ``program_dir``; ``ProgramPathError`` when refused."""
    problem = name_problem(ref)
    if problem:
        raise ProgramPathError(problem)
    try:
        base = Path(program_dir).resolve(strict=True)
    except OSError as exc:
        raise ProgramPathError(translate("validate", "the program's folder {program_dir} cannot be read ({exc})").format(program_dir=program_dir, exc=exc.strerror or exc)) from None
    try:
        target = (base / ref).resolve()
    except (OSError, RuntimeError) as exc:  # a loop of links
        raise ProgramPathError(translate("validate", "{ref} cannot be followed ({exc})").format(ref=_short(ref), exc=exc)) from None
    if base not in target.parents:
        raise ProgramPathError(translate("validate", "{ref} points outside the program's folder (keep images in {name}/ or below, as files, not links)").format(ref=_short(ref), name=base.name))
    try:
        st = os.stat(target)
    except FileNotFoundError:
        raise ProgramPathError(translate("validate", "{ref} does not exist (put the image at {target})").format(ref=_short(ref), target=target)) from None
    except OSError as exc:
        raise ProgramPathError(translate("validate", "{ref} cannot be read ({exc})").format(ref=_short(ref), exc=exc.strerror or exc)) from None
    if not stat.S_ISREG(st.st_mode):
        raise ProgramPathError(translate("validate", "{ref} is not a regular file (name an image file)").format(ref=_short(ref)))
    if st.st_size > MAX_IMAGE_BYTES:
        raise ProgramPathError(translate("validate", "{ref} is {st_size} MB (use an image of at most {MAX_IMAGE_BYTES} MB)").format(ref=_short(ref), st_size=st.st_size // (1024 * 1024), MAX_IMAGE_BYTES=MAX_IMAGE_BYTES // (1024 * 1024)))
    return target


def image_problem(program_dir: str | Path | None, ref: str) -> str | None:
    """Why ``ref`` cannot be used (None when it can); with no folder (text not yet saved) only the name is checked."""
    if program_dir is None:
        return name_problem(ref)
    try:
        program_image(program_dir, ref)
    except ProgramPathError as exc:
        return str(exc)
    return None


def safe_image(program_dir: str | Path | None, ref: str | None) -> Path | None:
    """The image to read, or None when there is none or the rule refuses it (the reader then shows no picture)."""
    if not ref or program_dir is None:
        return None
    try:
        return program_image(program_dir, ref)
    except ProgramPathError:
        return None


def _short(ref: str, most: int = 60) -> str:
    return repr(ref if len(ref) <= most else ref[: most - 1] + "…")
