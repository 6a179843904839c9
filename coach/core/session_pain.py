"""Pain before and after each session: the pairs, what they say about the exercise, and the tolerance rule.

Pure Python. The person rates their pain (0–10) with one key as a session
starts and as it ends (``sessions.pain_before`` / ``pain_after``). The change
(after minus before) is what shows whether the exercise helps or flares: the
charts draw each pair, the report sums them up, the exports carry them, and
the end-of-week review uses them as a tolerance signal.

The rule
========
A session *flared* the pain when the pain after it was higher than before by a
meaningful worsening: **2 points or more**, the one meaningful-change rule's
threshold for a rise (``coach.core.change``: Ostelo et al. 2008; a rise is
judged by the absolute 2 points, whatever the baseline). A week is **not
tolerated** when the sessions flared the pain on most of the days with a
rated pair: more than half of those days (a day counts once, when any of its
sessions flared), and on at least :data:`MIN_DAYS` days, so that one bad day
early in the week does not decide it. The monograph asks for exactly this:
"Progress based on tolerance." (Section 7, line 158).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from coach.core.change import PAIN
from coach.core.i18n import translate
from coach.core.textfmt import fixed

RISE_POINTS = PAIN.points  # 2 points: a meaningful worsening (coach.core.change)
MIN_DAYS = 2  # days with a flare before "most days" can be said


@dataclass(frozen=True)
class SessionPain:
    """One session's pain as the person rated it before and after (None: not answered)."""

    date: dt.date
    before: int | None = None
    after: int | None = None
    slot_name: str = ""
    session_id: int = 0

    @property
    def rated(self) -> bool:
        return self.before is not None and self.after is not None

    @property
    def change(self) -> int | None:
        """After minus before (a rise is positive), or None when either is missing."""
        return self.after - self.before if self.rated else None

    @property
    def flared(self) -> bool:
        """The pain after was higher than before by a meaningful worsening (see the module docstring)."""
        return self.rated and self.change >= RISE_POINTS - 1e-9


@dataclass(frozen=True)
class Tolerance:
    """What a week's sessions' pain pairs say: the days rated, the days a session flared the pain."""

    days_rated: int
    days_flared: int

    @property
    def not_tolerated(self) -> bool:
        return self.days_flared >= MIN_DAYS and self.days_flared * 2 > self.days_rated

    @property
    def text(self) -> str:
        return translate("review", "your pain rose by {points} points or more after your sessions on {flared} of the "
                                   "{rated} days you rated it before and after").format(
            points=fixed(RISE_POINTS, 0), flared=self.days_flared, rated=self.days_rated)


def rated(pains: Iterable[SessionPain]) -> list[SessionPain]:
    return [p for p in pains if p.rated]


def tolerance(pains: Iterable[SessionPain], start: dt.date, end: dt.date) -> Tolerance:
    """The days from ``start`` to ``end`` with a rated pair, and those on which a session flared the pain."""
    days: dict[dt.date, bool] = {}
    for p in pains:
        if p.rated and start <= p.date <= end:
            days[p.date] = days.get(p.date, False) or p.flared
    return Tolerance(len(days), sum(days.values()))


def summary(pains: Sequence[SessionPain]) -> str | None:
    """The pairs in one sentence for the report (None when no session was rated before and after)."""
    pairs = rated(pains)
    if not pairs:
        return None
    n = len(pairs)
    before = sum(p.before for p in pairs) / n
    after = sum(p.after for p in pairs) / n
    up = sum(1 for p in pairs if p.flared)
    down = sum(1 for p in pairs if p.change is not None and p.change <= -RISE_POINTS)
    rated_text = (translate("report", "1 session rated before and after") if n == 1
                  else translate("report", "{n} sessions rated before and after").format(n=n))
    return translate("report", "{rated}: {before} before and {after} after on average; the pain rose by {points} "
                               "points or more after {up} and fell by as much after {down}.").format(
        rated=rated_text, before=fixed(before), after=fixed(after), points=fixed(RISE_POINTS, 0), up=up, down=down)
