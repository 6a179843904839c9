"""The charts in words: the values of one chart on one day (hover), the whole set for screen readers
and file descriptions, and the summary shown above the charts. No Qt."""

from __future__ import annotations

import datetime as dt

from coach.charts.model import EMPTY_DIARY, ChartModel
from coach.core import analytics
from coach.core.analytics import DAY, ProgressData
from coach.core.i18n import translate
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
        flare = translate("progress", "\nFlare: the flare plan was opened") if day in d.flares else ""
        if v is None:
            return translate("progress", "{head}: no pain rated").format(head=head) + (translate("progress", " · 7-day average {avg}").format(avg=fmt(avg)) if avg is not None else "") + flare
        return translate("progress", "{head}: worst pain {v}/10").format(head=head, v=v) + (translate("progress", " · 7-day average {avg}").format(avg=fmt(avg)) if avg is not None else "") + flare
    if key.startswith("pain_"):
        region = key[5:]
        left = d.pain[location_key(region, "left")][i]
        right = d.pain[location_key(region, "right")][i]
        return translate("progress", "{head} · {region}: left {left}, right {right}").format(head=head, region=REGION_LABELS[region], left=_n(left), right=_n(right))
    if key == "adherence":
        day_a = next((x for x in d.adherence.days if x.date == day), None)
        if day_a is None or not day_a.planned and not day_a.stops:
            lines = [translate("progress", "{head}: no sessions planned").format(head=head)]
        else:
            lines = [translate("progress", "{head}: {done} of {planned} sessions done").format(head=head, done=day_a.done, planned=day_a.planned)
                     + (translate("progress", ", {stops} stopped early").format(stops=day_a.stops) if day_a.stops else "")
                     + (translate("progress", ", {pending} still to come today").format(pending=day_a.pending) if day_a.pending else "")]
        lines += [s.text for s in d.stops if s.date == day]
        lines += [translate("progress", "Warning sign: {w}").format(w=w.text) for w in d.warning_signs if w.date == day]
        return "\n".join(lines)
    if key == "centralization":
        r = d.reach[i]
        if r is None:
            return translate("progress", "{head}: no pain rated").format(head=head)
        return f"{head}: " + (translate("progress", "no pain anywhere") if r == 0 else translate("progress", "pain reached the {r}").format(r=analytics.REACH_LABELS[r].lower()))
    if key == "psfs":
        near = [w for w in d.weekly if w.week_start <= day <= w.week_start + 6 * DAY]
        return near[0].text if near else translate("progress", "{head}: no weekly scores that week").format(head=head)
    return None


def description(d: ProgressData) -> str:
    """The charts in words, for screen readers and the description of a chart file."""
    parts = [translate("progress", "Period {period}.").format(period=analytics.period_text(d.period))]
    if d.has_diary:
        ov = d.change("overall")
        if ov and ov.first and ov.last:
            parts.append(translate("progress", "Overall pain averaged {mean} in the first week and {mean2} in the last week.").format(mean=fmt(ov.first.mean), mean2=fmt(ov.last.mean)))
        if d.meaningful:
            parts.append(d.meaningful.text)
    else:
        parts.append(translate("progress", EMPTY_DIARY))
    parts.append(d.adherence.text)
    parts.append(d.centralization.text)
    if d.stops:
        parts.append((translate("progress", "{stops} session stopped early.") if len(d.stops) == 1 else translate("progress", "{stops} sessions stopped early.")).format(stops=len(d.stops)))
    if d.warning_signs:
        n = len(d.warning_signs)
        parts.append((translate("progress", "Warning signs reported on {n} occasion.") if n == 1 else translate("progress", "Warning signs reported on {n} occasions.")).format(n=n))
    return " ".join(parts)


def summary_text(d: ProgressData) -> str:
    """The numbers behind the charts, in a few sentences."""
    parts = []
    ov = d.change("overall")
    if d.has_diary and ov and ov.first and ov.first.mean is not None:
        if ov.last and ov.last.mean is not None:
            parts.append(translate("progress", "Overall pain: {mean} in your first week, {mean2} in your last week.").format(mean=fmt(ov.first.mean), mean2=fmt(ov.last.mean)))
        else:
            parts.append(translate("progress", "Overall pain: {mean} on average in your first week.").format(mean=fmt(ov.first.mean)))
        if d.meaningful and d.meaningful.reached:
            parts.append(translate("progress", "That is a meaningful improvement."))
    elif not d.has_diary:
        parts.append(translate("progress", EMPTY_DIARY))
    parts.append(translate("progress", "Sessions: {adherence}").format(adherence=d.adherence.text))
    if d.has_diary:
        parts.append(d.centralization.text)
    parts.extend(d.notes)
    return " ".join(parts)
