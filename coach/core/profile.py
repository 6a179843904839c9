"""A person using the app: their program, start date and affected side."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from coach.core.i18n import QT_TRANSLATE_NOOP, Texts, translate

SIDE_LABELS = Texts("settings", {
    "left": QT_TRANSLATE_NOOP("settings", "Left leg"),
    "right": QT_TRANSLATE_NOOP("settings", "Right leg"),
    "both": QT_TRANSLATE_NOOP("settings", "Both legs"),
    "unsure": QT_TRANSLATE_NOOP("settings", "Not sure"),
})


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
        return self.name or translate("settings", "Me")
