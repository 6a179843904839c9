"""The plain records the analytics read: sessions, stops and warning-sign answers, in words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from coach.core.i18n import translate
from coach.core.safety import stop_reason_text
from coach.core.textfmt import date_text

from .period import Period


@dataclass(frozen=True)
class SessionRecord:
    """One session as the analytics see it."""

    date: dt.date
    slot_index: int
    status: str  # completed | stopped | closed | in_progress
    slot_name: str = ""
    week: int = 0
    stop_reason: str | None = None
    stop_detail: str | None = None
    stop_exercise: str | None = None  # the exercise's name, when the stop happened during one
    partial: bool = False  # completed, but not every exercise in full (one ended early or skipped)
    pain_before: int | None = None  # 0–10, as rated when the session started (None: not answered)
    pain_after: int | None = None  # and when it ended

    @property
    def full(self) -> bool:
        """Completed with every exercise done in full: what adherence counts as done."""
        return self.status == "completed" and not self.partial


@dataclass(frozen=True)
class WarningRecord:
    """One set of answers to the warning-sign questions, in words."""

    date: dt.date
    reported: str  # what was answered yes ("" when every answer was no)
    outcome: str  # the advice given: "Seek emergency care now", "See a doctor soon", "No warning signs"
    source: str = ""  # where it was asked: "daily diary", "first run", "Today"
    follow_up: str = ""  # e.g. "acknowledged 3 Mar 2026", "clinician assessment confirmed 4 Mar 2026"

    @property
    def serious(self) -> bool:
        """A warning sign was reported (the answers were not all no)."""
        return bool(self.reported)

    @property
    def text(self) -> str:
        what = translate("progress", "reported {reported}").format(reported=self.reported) if self.reported else translate("progress", "no warning signs")
        where = f" ({self.source})" if self.source else ""
        follow = f"; {self.follow_up}" if self.follow_up else ""
        return translate("progress", "{date}{where}: {what}. Advice: {outcome}{follow}.").format(date=date_text(self.date), where=where, what=what, outcome=self.outcome, follow=follow)


@dataclass(frozen=True)
class StopMarker:
    date: dt.date
    reason: str
    exercise: str
    detail: str
    session: str

    @property
    def reason_text(self) -> str:
        return stop_reason_text(self.reason)

    @property
    def text(self) -> str:
        where = translate("progress", " during {exercise}").format(exercise=self.exercise) if self.exercise else ""
        detail = f" ({self.detail})" if self.detail else ""
        session = translate("progress", "{session} session").format(session=self.session) if self.session else translate("progress", "Session")
        return translate("progress", "{date}: {session} stopped{where}: {reason_text}{detail}").format(date=date_text(self.date), session=session, where=where, reason_text=self.reason_text, detail=detail)


def stops(sessions: Iterable[SessionRecord], period: Period) -> list[StopMarker]:
    out = [
        StopMarker(s.date, s.stop_reason or "", s.stop_exercise or "", s.stop_detail or "", s.slot_name)
        for s in sessions if s.status == "stopped" and s.date in period
    ]
    out.sort(key=lambda m: m.date)
    return out
