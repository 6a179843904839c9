"""A person using the app: their program, start date and affected side."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

SIDE_LABELS = {
    "left": "Left leg",
    "right": "Right leg",
    "both": "Both legs",
    "unsure": "Not sure",
}


@dataclass(frozen=True)
class Profile:
    id: int
    name: str
    affected_side: str
    start_date: dt.date
    program_id: str
    program_path: str

    @property
    def display_name(self) -> str:
        return self.name or "Me"
