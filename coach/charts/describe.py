"""The charts in words: the values of one chart on one day (hover), the whole set for screen readers
and file descriptions, and the summary shown above the charts. No Qt."""

from __future__ import annotations

import datetime as dt

from coach.charts.model import EMPTY_DIARY, ChartModel
from coach.core import analytics
from coach.core.analytics import DAY, ProgressData
from coach.core.textfmt import day_text
from coach.core.textfmt import fixed as fmt
from coach.core.tracker import REGION_LABELS, location_key


def _n(v) -> str:
    return "–" if v is None else (str(int(v)) if float(v).is_integer() else f"{v:.1f}")


def hover_text(chart: ChartModel, key: str, day: dt.date) -> str | None:
    """The values of chart ``key`` on ``day``, in words (what the tooltip shows); None outside the period."""
    d = chart.data
    if day not in d.period:
        return None
    i = (day - d.period.start).days
    head = f"{day_text(day)} {day.year}"
    if key == "overall":
        avg = chart.weekly_average[i]
        v = d.overall[i]
        flare = "\nFlare: the flare plan was opened" if day in d.flares else ""
        if v is None:
            return f"{head}: no pain rated" + (f" · 7-day average {fmt(avg)}" if avg is not None else "") + flare
        return f"{head}: worst pain {v}/10" + (f" · 7-day average {fmt(avg)}" if avg is not None else "") + flare
    if key.startswith("pain_"):
        region = key[5:]
        left = d.pain[location_key(region, "left")][i]
        right = d.pain[location_key(region, "right")][i]
        return f"{head} · {REGION_LABELS[region]}: left {_n(left)}, right {_n(right)}"
    if key == "adherence":
        day_a = next((x for x in d.adherence.days if x.date == day), None)
        if day_a is None or not day_a.planned and not day_a.stops:
            lines = [f"{head}: no sessions planned"]
        else:
            lines = [f"{head}: {day_a.done} of {day_a.planned} sessions done"
                     + (f", {day_a.stops} stopped early" if day_a.stops else "")
                     + (f", {day_a.pending} still to come today" if day_a.pending else "")]
        lines += [s.text for s in d.stops if s.date == day]
        lines += [f"Warning sign: {w.text}" for w in d.warning_signs if w.date == day]
        return "\n".join(lines)
    if key == "centralization":
        r = d.reach[i]
        if r is None:
            return f"{head}: no pain rated"
        return f"{head}: " + ("no pain anywhere" if r == 0 else f"pain reached the {analytics.REACH_LABELS[r].lower()}")
    if key == "psfs":
        near = [w for w in d.weekly if w.week_start <= day <= w.week_start + 6 * DAY]
        return near[0].text if near else f"{head}: no weekly scores that week"
    return None


def description(d: ProgressData) -> str:
    """The charts in words, for screen readers and the description of a chart file."""
    parts = [f"Period {analytics.period_text(d.period)}."]
    if d.has_diary:
        ov = d.change("overall")
        if ov and ov.first and ov.last:
            parts.append(f"Overall pain averaged {fmt(ov.first.mean)} in the first week and "
                         f"{fmt(ov.last.mean)} in the last week.")
        if d.meaningful:
            parts.append(d.meaningful.text)
    else:
        parts.append(EMPTY_DIARY)
    parts.append(d.adherence.text)
    parts.append(d.centralization.text)
    if d.stops:
        parts.append(f"{len(d.stops)} session{'s' if len(d.stops) != 1 else ''} stopped early.")
    if d.warning_signs:
        n = len(d.warning_signs)
        parts.append(f"Warning signs reported on {n} occasion{'s' if n != 1 else ''}.")
    return " ".join(parts)


def summary_text(d: ProgressData) -> str:
    """The numbers behind the charts, in a few sentences."""
    parts = []
    ov = d.change("overall")
    if d.has_diary and ov and ov.first and ov.first.mean is not None:
        if ov.last and ov.last.mean is not None:
            parts.append(f"Overall pain: {fmt(ov.first.mean)} in your first week, {fmt(ov.last.mean)} in your "
                         "last week.")
        else:
            parts.append(f"Overall pain: {fmt(ov.first.mean)} on average in your first week.")
        if d.meaningful and d.meaningful.reached:
            parts.append("That is a meaningful improvement.")
    elif not d.has_diary:
        parts.append(EMPTY_DIARY)
    parts.append(f"Sessions: {d.adherence.text}")
    if d.has_diary:
        parts.append(d.centralization.text)
    parts.extend(d.notes)
    return " ".join(parts)
