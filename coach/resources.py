"""Where shipped files live, in a source checkout and in an installed package alike."""

from __future__ import annotations

import sys
from pathlib import Path

_PKG = Path(__file__).resolve().parent
_REPO = _PKG.parent


def _pick(repo_rel: str, pkg_rel: str) -> Path:
    frozen = getattr(sys, "_MEIPASS", None)  # a PyInstaller bundle carries programs/ and assets/ at its root
    if getattr(sys, "frozen", False) and frozen:
        return Path(frozen) / repo_rel
    repo = _REPO / repo_rel
    if (_REPO / "pyproject.toml").is_file() and repo.is_dir():
        return repo
    return _PKG / pkg_rel


def programs_dir() -> Path:
    """The shipped program files (``programs/``)."""
    return _pick("programs", "shipped_programs")


def assets_dir() -> Path:
    """Sounds, icons and other shipped assets (``assets/``)."""
    return _pick("assets", "shipped_assets")


def icon_path() -> Path:
    """The app icon (``assets/icon.svg``)."""
    return assets_dir() / "icon.svg"


def default_program_path() -> Path:
    return programs_dir() / "upper-lumbar-4-week.toml"


def shipped_programs() -> list[Path]:
    return sorted(programs_dir().glob("*.toml"))


def library_path() -> Path:
    """The exercise library the program editor adds from (``programs/library/exercises.toml``)."""
    return programs_dir() / "library" / "exercises.toml"
