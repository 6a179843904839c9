"""One problem found in a program file, as ``file:line: field: what (how to fix)``.

Its own module so that code which only names problems (the app opening a
program it already checked, ``coach.store.program_cache``) does not import
the validation models and pydantic with them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.field}: {self.message}"
