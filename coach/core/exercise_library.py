"""The exercise library: exercises a physiotherapist adds to a program, searchable by name and body region.

The library file (``programs/library/exercises.toml``) is written like a
one-week program, so each exercise is exactly a program's
``[[weeks.exercises]]`` table and the file is checked by the same validator
(``coach.core.program_read``) with the same messages. Pure Python.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from coach.core.i18n import QT_TRANSLATE_NOOP
from coach.core.program import Exercise
from coach.core.program_i18n import localized
from coach.core.program_read import Problem, check_file

ALL_REGIONS = ""  # the region filter that keeps every exercise
# The body regions the library uses, marked for translation (the region of an exercise is a value of its
# file and stays as written; the library's region filter shows it translated)
REGION_NAMES = (QT_TRANSLATE_NOOP("program", "buttock"), QT_TRANSLATE_NOOP("program", "core"),
                QT_TRANSLATE_NOOP("program", "hip"), QT_TRANSLATE_NOOP("program", "lower back"),
                QT_TRANSLATE_NOOP("program", "thigh"), QT_TRANSLATE_NOOP("program", "whole body"))


class LibraryError(Exception):
    """The library file cannot be used; ``problems`` lists why (as ``coach validate`` reports them)."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def _fold(text: str) -> str:
    """Lower case without accents or punctuation, for matching."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


@dataclass(frozen=True)
class Library:
    """The library's exercises in file order."""

    exercises: tuple[Exercise, ...]
    path: Path | None = None

    def __len__(self) -> int:
        return len(self.exercises)

    def get(self, exercise_id: str) -> Exercise | None:
        return next((e for e in self.exercises if e.id == exercise_id), None)

    def regions(self) -> list[str]:
        """Every body region used, sorted."""
        return sorted({e.region for e in self.exercises if e.region}, key=str.lower)

    def search(self, text: str = "", region: str = ALL_REGIONS) -> list[Exercise]:
        """Exercises matching every word of ``text`` (in the name, id, region or summary) and ``region``.

        Words match the start of a word (``ham`` finds "Hamstring stretch");
        names that match come before those that match only the summary. An
        empty ``text`` keeps every exercise of the region, in file order.
        """
        words = _fold(text).split()
        want_region = _fold(region)
        scored: list[tuple[int, int, Exercise]] = []
        for order, ex in enumerate(self.exercises):
            if want_region and _fold(ex.region) != want_region:
                continue
            name = _fold(f"{ex.name} {ex.id.replace('-', ' ')}").split()
            region_words = _fold(ex.region).split()
            other = _fold(f"{ex.summary} {'nerve glide' if ex.nerve_glide else ''}").split()
            score = 0
            for w in words:
                if any(t.startswith(w) for t in name):
                    score += 3
                elif any(t.startswith(w) for t in region_words):
                    score += 2
                elif any(t.startswith(w) for t in other):
                    score += 1
                else:
                    break
            else:
                scored.append((-score, order, ex))
        scored.sort(key=lambda s: (s[0], s[1]))
        return [ex for _s, _o, ex in scored]


def load_library(path: str | Path, figure_names: set[str] | None = None) -> Library:
    """Load and validate the library file; ``LibraryError`` lists every problem."""
    program, problems = check_file(path, figure_names)
    if program is None or problems:
        raise LibraryError(problems)
    program = localized(program)  # names, summaries, steps and cautions in the language in use
    exercises = tuple(e for w in program.weeks for e in w.exercises)
    return Library(exercises, Path(path))


def unique_exercise_id(base: str, taken: set[str] | frozenset[str]) -> str:
    """``base``, or ``base-2``, ``base-3``… whichever is not in ``taken``."""
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"
