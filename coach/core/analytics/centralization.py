"""Reach and centralization: how far down the leg the pain reaches, and whether it retreats over the weeks."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from coach.core.i18n import QT_TRANSLATE_NOOP, Texts, translate
from coach.core.tracker import TrackerEntry, distance_rank, overall_pain

from .period import Window, mean

REACH_LABELS = Texts("progress", {0: QT_TRANSLATE_NOOP("progress", "No pain"), 1: QT_TRANSLATE_NOOP("progress", "Back"),
                                   2: QT_TRANSLATE_NOOP("progress", "Thigh"), 3: QT_TRANSLATE_NOOP("progress", "Knee"),
                                   4: QT_TRANSLATE_NOOP("progress", "Shin")})
REACH_NO_PAIN = 0

# A change of the mean reach by this much (in steps of the scale above) counts as a trend.
REACH_TREND_STEP = 0.5

CENTRALIZATION_NOTE = QT_TRANSLATE_NOOP(
    "progress", "Pain that retreats from the leg toward the back (centralization) is a good sign. "
    "Pain that spreads further down the leg is worth telling your clinician about.")


def reach(entry: TrackerEntry | None) -> int | None:
    """How far the pain reaches that day: 0 no pain, 1 back … 4 shin; None when nothing was rated."""
    if entry is None or overall_pain(entry) is None:
        return None
    r = distance_rank(entry)
    return REACH_NO_PAIN if r is None else r + 1


def reach_label(value: int | None) -> str:
    return translate("progress", "not rated") if value is None else REACH_LABELS[value]


@dataclass(frozen=True)
class WeekReach:
    window: Window
    mean: float | None
    typical: int | None  # the reach on most days (ties: the further one)
    days: int


def _week_reach(series: Mapping[dt.date, int | None], window: Window | None) -> WeekReach | None:
    if window is None:
        return None
    vals = [v for d, v in series.items() if d in window and v is not None]
    typical = None
    if vals:
        counts = Counter(vals)
        typical = max(counts, key=lambda v: (counts[v], v))
    return WeekReach(window, mean(vals), typical, len(vals))


@dataclass(frozen=True)
class Centralization:
    first: WeekReach | None
    last: WeekReach | None
    trend: str | None  # "toward_back" | "down_leg" | "no_change" | None (not enough data)

    @property
    def text(self) -> str:
        if self.trend is None or self.first is None or self.last is None:
            return (translate("progress", "Not enough diary entries yet to compare how far the pain reaches in the first and the last week."))
        a = _reach_phrase(self.first.typical)
        b = _reach_phrase(self.last.typical)
        head = translate("progress", "In the first week {a} on most days; in the last week {b}.").format(a=a, b=b)
        if self.trend == "toward_back":
            return head + translate("progress", " The pain has moved back toward the spine: that is a good sign.")
        if self.trend == "down_leg":
            return head + (translate("progress", " The pain now reaches further down the leg than at the start; tell your clinician about it."))
        return head + translate("progress", " How far the pain reaches has not clearly changed.")


def _reach_phrase(value: int | None) -> str:
    if value is None:
        return translate("progress", "nothing was rated")
    if value == REACH_NO_PAIN:
        return translate("progress", "there was no pain")
    if value == 1:
        return translate("progress", "the pain stayed in the back")
    return translate("progress", "the pain reached the {value}").format(value=REACH_LABELS[value].lower())


def centralization(series: Mapping[dt.date, int | None], first: Window | None,
                   last: Window | None) -> Centralization:
    a, b = _week_reach(series, first), _week_reach(series, last)
    trend = None
    if a is not None and b is not None and a.mean is not None and b.mean is not None:
        diff = b.mean - a.mean
        trend = ("toward_back" if diff <= -REACH_TREND_STEP
                 else "down_leg" if diff >= REACH_TREND_STEP else "no_change")
    return Centralization(a, b, trend)
