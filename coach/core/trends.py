"""Trend alerts read from stored history: weakness on more days, pain spreading down the leg or centralizing,
repeated stops on one exercise, and pain not improving after four weeks.

Pure Python over the records of ``coach.core.safety`` (``DayRecord`` per diary
day, ``SessionRecord`` per session). The texts are the app's own words; each
rule cites the seed lines it comes from.

Each alert has the urgency of the seed line it comes from:

* ``weakness_increasing``: weakness reported on more days in the last 7 days
  (today included) than in the 7 days before (monograph line 111, weakness
  that gets worse). See a doctor promptly.
* ``spreading``: a stop or check-in for pain spreading further down the leg in
  the last 7 days, or the diary's body map showing the pain reaching further
  down the leg (back → thigh → knee → shin, Section 14 line 378) on each of
  the last ``SPREAD_DAYS`` diary days than on most diary days of the week
  before. Tell a clinician at the next visit (levels line 38).
* ``centralizing``: the same comparison the other way, when the pain reached
  the leg before: named as a good sign (levels lines 38 and 46; monograph
  Section 12 line 318 "Nerve symptoms should centralize").
* ``repeated_stops``: two symptom stops on the same exercise within the last
  three sessions that included it. The exercise is paused until the person
  re-enables it; sessions up to a re-enabled pause no longer count.
* ``pain_not_improving``: at least ``PAIN_TREND_MIN_DAYS`` (28) days since the
  first session (monograph line 114 "No Improvement: After 4-6 weeks of
  appropriate care"; L3-L4 line 464). The first *k* and the last *k* days
  with a pain score are compared, *k* = min(7, tracked days // 2), and *k*
  must be at least 3 so the two groups never overlap. It fires unless the drop
  is a meaningful improvement by the one rule of ``coach.core.change``. Quiet
  when the recent average is below 1 (little pain left to improve).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from coach.core.change import pain_change as judge_pain
from coach.core.i18n import QT_TRANSLATE_NOOP, Texts, translate
from coach.core.safety import DayRecord, SessionRecord, stop_reason
from coach.core.textfmt import day_text
from coach.core.warning_signs import CLEAR, NEXT_VISIT, SEE_DOCTOR_SOON, join_words


# -------------------------------------------------------------------- trends
@dataclass(frozen=True)
class TrendAlert:
    """An alert from stored history, with the data that triggered it and its urgency."""

    kind: str  # weakness_increasing | spreading | centralizing | repeated_stops | pain_not_improving
    title: str
    text: str
    data: Mapping[str, Any] = field(default_factory=dict)
    exercise_id: str | None = None
    urgency: str = SEE_DOCTOR_SOON

    @property
    def good(self) -> bool:
        """A good sign rather than a warning."""
        return self.urgency == CLEAR


PAIN_TREND_MIN_DAYS = 28
PAIN_GROUP_DAYS = 7
PAIN_GROUP_MIN = 3
LITTLE_PAIN = 1.0
WEAKNESS_WINDOW = 7
STOP_WINDOW = 3
STOPS_TO_PAUSE = 2
SPREAD_WINDOW = 7
SPREAD_DAYS = 3
SPREAD_BEFORE_MIN = 3
REACH_WORDS = Texts("safety", {0: QT_TRANSLATE_NOOP("safety", "no pain"), 1: QT_TRANSLATE_NOOP("safety", "the back"),
                               2: QT_TRANSLATE_NOOP("safety", "the thigh"), 3: QT_TRANSLATE_NOOP("safety", "the knee"),
                               4: QT_TRANSLATE_NOOP("safety", "the shin")})


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values)


def pain_not_improving(days: Sequence[DayRecord], sessions: Sequence[SessionRecord],
                       today: dt.date) -> TrendAlert | None:
    """Pain has not improved after four or more weeks of sessions (see the module docstring)."""
    if not sessions:
        return None
    first_session = min(s.date for s in sessions)
    weeks_in = (today - first_session).days
    if weeks_in < PAIN_TREND_MIN_DAYS:
        return None
    tracked = sorted((d for d in days if d.pain is not None and d.date <= today), key=lambda d: d.date)
    k = min(PAIN_GROUP_DAYS, len(tracked) // 2)
    if k < PAIN_GROUP_MIN:
        return None
    first, last = tracked[:k], tracked[-k:]
    before = _mean([float(d.pain) for d in first])
    after = _mean([float(d.pain) for d in last])
    if after < LITTLE_PAIN:
        return None
    judged = judge_pain(before, after)
    if judged.improved:
        return None
    drop = before - after
    fraction = drop / before if before > 0 else 0.0
    change = (translate("safety", "went down by {drop:.1f} points ({fraction:.0%}), less than a meaningful improvement ({rule_text})").format(drop=drop, fraction=fraction, rule_text=judged.rule_text) if drop > 0 else
              translate("safety", "did not go down") if drop == 0 else translate("safety", "went up by {drop:.1f} points").format(drop=-drop))
    first_span = translate("safety", "{date} to {date2}").format(date=day_text(first[0].date), date2=day_text(first[-1].date))
    last_span = translate("safety", "{date} to {date2}").format(date=day_text(last[0].date), date2=day_text(last[-1].date))
    # monograph Section 5 line 114; L3-L4 line 464: a reason to be seen, without an urgency
    text = (translate("safety", "After {weeks_in} weeks of exercises, your average pain {change}: {before:.1f} out of 10 over your first {k} diary days ({first_span}), {after:.1f} over your last {k} ({last_span}). Pain that has not eased after four to six weeks of steady exercise is a reason to see your doctor or physiotherapist, who can check what else may help. Show them this diary.").format(weeks_in=weeks_in // 7, change=change, before=before, k=k, first_span=first_span, after=after, last_span=last_span))
    data = {"first_session": first_session, "days_since_first_session": weeks_in, "days_compared": k,
            "first_average": round(before, 2), "last_average": round(after, 2), "drop": round(drop, 2),
            "drop_fraction": round(fraction, 3), "first_dates": (first[0].date, first[-1].date),
            "last_dates": (last[0].date, last[-1].date)}
    return TrendAlert("pain_not_improving", translate("safety", "Your pain has not improved"), text, data, urgency=NEXT_VISIT)


def weakness_increasing(days: Sequence[DayRecord], today: dt.date) -> TrendAlert | None:
    """Weakness was reported on more days in the last 7 days than in the 7 days before."""
    recent_start = today - dt.timedelta(days=WEAKNESS_WINDOW - 1)
    before_start = recent_start - dt.timedelta(days=WEAKNESS_WINDOW)
    weak = sorted({d.date for d in days if d.weakness})
    recent = [d for d in weak if recent_start <= d <= today]
    before = [d for d in weak if before_start <= d < recent_start]
    if len(recent) <= len(before):
        return None
    n = len(recent)
    # monograph Section 5 line 111: weakness that gets worse needs a doctor
    text = (translate("safety", "You reported weakness on {n} {days} in the last week ({recent}), against {before} in the week before. Weakness that is getting more frequent should be checked: see your doctor or physiotherapist promptly, and take extra care on stairs and when getting up. If the leg gives way or you fall, answer the warning-sign questions: the exercises that need a steady leg are then left out until you have been seen.").format(n=n, days=translate("safety", "day") if n == 1 else translate("safety", "days"), recent=', '.join(day_text(x) for x in recent), before=len(before)))
    data = {"recent_days": len(recent), "before_days": len(before), "recent_dates": tuple(recent),
            "before_dates": tuple(before), "recent_window": (recent_start, today),
            "before_window": (before_start, recent_start - dt.timedelta(days=1))}
    return TrendAlert("weakness_increasing", translate("safety", "Weakness is reported more often"), text, data)


def _typical(values: Sequence[int]) -> int:
    counts = Counter(values)
    return max(counts, key=lambda v: (counts[v], v))


def reach_trend(days: Sequence[DayRecord], today: dt.date) -> tuple[str, dict] | None:
    """("spreading" | "centralizing", data) from the diary's body map, or None (see the module docstring).

    The last ``SPREAD_DAYS`` diary days with a rating, all within the last
    ``SPREAD_WINDOW`` days, against the diary days of the ``SPREAD_WINDOW``
    days before the first of them (at least ``SPREAD_BEFORE_MIN``): spreading
    when each of the last days reached further down the leg than on most days
    before; centralizing when each stayed closer to the back, and the pain
    reached the leg on most days before.
    """
    rated = sorted((d for d in days if d.reach is not None and d.date <= today), key=lambda d: d.date)
    recent = rated[-SPREAD_DAYS:]
    if len(recent) < SPREAD_DAYS or recent[0].date < today - dt.timedelta(days=SPREAD_WINDOW - 1):
        return None
    first = recent[0].date
    before = [d for d in rated if first - dt.timedelta(days=SPREAD_WINDOW) <= d.date < first]
    if len(before) < SPREAD_BEFORE_MIN:
        return None
    typical = _typical([d.reach for d in before])
    data = {"recent": tuple((d.date, d.reach) for d in recent), "before_typical": typical,
            "before_dates": (before[0].date, before[-1].date), "before_days": len(before)}
    if all(d.reach > typical for d in recent):
        return "spreading", data
    if typical >= 2 and all(d.reach < typical for d in recent):
        return "centralizing", data
    return None


def _reach_days(recent: Sequence[tuple[dt.date, int]]) -> str:
    return join_words([translate("safety", "{r} on {d}").format(r=REACH_WORDS[r], d=day_text(d)) for d, r in recent])


def spreading(days: Sequence[DayRecord], sessions: Sequence[SessionRecord], today: dt.date,
              names: Mapping[str, str] | None = None) -> TrendAlert | None:
    """Pain spreading further down the leg: a stop or check-in for it in the last 7 days, or the diary's
    body map over the last days (see the module docstring). Tell a clinician at the next visit."""
    names = names or {}
    since = today - dt.timedelta(days=SPREAD_WINDOW - 1)
    stops = [(s.date, e) for s in sorted(sessions, key=lambda s: s.id) if since <= s.date <= today
             for e, r in s.symptom_stops() if r == "spreading"]
    trend = reach_trend(days, today)
    diary = trend[1] if trend and trend[0] == "spreading" else None
    if not stops and diary is None:
        return None
    parts = []
    if stops:
        parts.append(translate("safety", "you stopped ") + join_words([translate("safety", "{e} on {d}").format(e=names.get(e, e), d=day_text(d)) for d, e in stops])
                     + translate("safety", " because pain spread further down the leg"))
    if diary is not None:
        parts.append(translate("safety", "your diary shows the pain reaching {recent}, further than {before_typical}, where it reached on most days the week before").format(recent=_reach_days(diary['recent']), before_typical=REACH_WORDS[diary['before_typical']]))
    text = (f"Pain is spreading further down your leg: {'; and '.join(parts)}. Pain that moves back toward the "
            "spine is a good sign; pain that spreads further down the leg is worth telling your physiotherapist "
            "or doctor about. Tell them sooner if it keeps spreading, or comes with weakness or numbness.")
    data = {"stops": tuple(stops), "diary": diary}
    return TrendAlert("spreading", translate("safety", "Pain is spreading down the leg"), text, data, urgency=NEXT_VISIT)


def centralizing(days: Sequence[DayRecord], today: dt.date) -> TrendAlert | None:
    """The pain staying closer to the back than the week before: named as a good sign."""
    trend = reach_trend(days, today)
    if trend is None or trend[0] != "centralizing":
        return None
    data = trend[1]
    # levels lines 38 and 46; monograph Section 12 line 318
    text = (translate("safety", "Your diary shows the pain reaching {recent}, closer to your back than {before_typical}, where it reached on most days the week before. Pain moving back from the leg toward the spine (centralization) is a good sign.").format(recent=_reach_days(data['recent']), before_typical=REACH_WORDS[data['before_typical']]))
    return TrendAlert("centralizing", translate("safety", "A good sign: the pain is centralizing"), text, data, urgency=CLEAR)


def repeated_stops(sessions: Sequence[SessionRecord], names: Mapping[str, str] | None = None,
                   after: Mapping[str, int] | None = None) -> list[TrendAlert]:
    """Exercises with two symptom stops within the last three sessions that included them.

    ``after`` maps an exercise id to a session id: only later sessions count
    for it (the stops before a re-enabled pause are already dealt with).
    ``data`` holds ``dates``, ``reasons`` and ``session_ids`` of the stops and
    ``last_session_id``.
    """
    names = names or {}
    after = after or {}
    ordered = sorted(sessions, key=lambda s: (s.date, s.id))
    ids: list[str] = []
    for s in ordered:
        for e in list(s.exercises) + [e for e, _ in s.stops]:
            if e not in ids:
                ids.append(e)
    out = []
    for ex in ids:
        with_ex = [s for s in ordered if s.id > after.get(ex, -1)
                   and (ex in s.exercises or any(e == ex for e, _ in s.stops))]
        window = with_ex[-STOP_WINDOW:]
        hits = [(s, s.symptom_stop_on(ex)) for s in window if s.symptom_stop_on(ex)]
        if len(hits) < STOPS_TO_PAUSE:
            continue
        name = names.get(ex, ex.replace("-", " ").capitalize())
        what = "; ".join(f"{day_text(s.date)}: {stop_reason(r).label.lower()}" for s, r in hits)
        text = (translate("safety", "You stopped {name} {hits} times in its last {window} sessions ({what}). It is paused and left out of your sessions. Ask your doctor or physiotherapist about it before you re-enable it; they may suggest a gentler version.").format(name=name, hits=len(hits), window=len(window), what=what))
        data = {"dates": tuple(s.date for s, _ in hits), "reasons": tuple(r for _, r in hits),
                "session_ids": tuple(s.id for s, _ in hits), "last_session_id": max(s.id for s, _ in hits),
                "sessions_considered": len(window)}
        out.append(TrendAlert("repeated_stops", translate("safety", "{name} is paused").format(name=name), text, data, exercise_id=ex))
    return out


def trend_alerts(days: Sequence[DayRecord], sessions: Sequence[SessionRecord], today: dt.date,
                 names: Mapping[str, str] | None = None,
                 after: Mapping[str, int] | None = None) -> list[TrendAlert]:
    """Every trend alert that fires today, most serious first (a good sign last)."""
    out: list[TrendAlert] = []
    w = weakness_increasing(days, today)
    if w:
        out.append(w)
    out += repeated_stops(sessions, names, after)
    s = spreading(days, sessions, today, names)
    if s:
        out.append(s)
    p = pain_not_improving(days, sessions, today)
    if p:
        out.append(p)
    c = centralizing(days, today)
    if c:
        out.append(c)
    return out
