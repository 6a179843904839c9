"""Date ticks for the charts' time axis: the finest spacing whose labels fit, months named (no Qt)."""

from __future__ import annotations

import datetime as dt

from coach.charts.shapes import Fonts
from coach.core.textfmt import day_month, short_month, short_month_year


# ------------------------------------------------------------ date ticks
def _label_day(d: dt.date, with_month: bool) -> str:
    return day_month(d) if with_month else str(d.day)


def _label_month(d: dt.date, with_year: bool) -> str:
    return short_month_year(d) if with_year else short_month(d)


SPACINGS: tuple[tuple[str, int, float], ...] = (  # kind, step, about how many days apart
    ("day", 1, 1), ("day", 2, 2), ("week", 1, 7), ("week", 2, 14), ("month", 1, 30.4), ("month", 2, 61),
    ("month", 3, 91), ("month", 6, 182), ("year", 1, 365), ("year", 2, 730), ("year", 5, 1826),
    ("year", 10, 3652), ("year", 20, 7305), ("year", 50, 18262), ("year", 100, 36525))
_SHORTEST = {"day": "8", "week": "1 May", "month": "May", "year": "2026"}


def _picks(kind: str, step: int, origin: dt.date, days: int) -> list[tuple[int, dt.date]]:
    """The days of a spacing, as (index, date), without walking every day of a long period."""
    end = origin + dt.timedelta(days=days - 1)
    if kind == "day":
        first = (-origin.toordinal()) % step
        return [(i, origin + dt.timedelta(days=i)) for i in range(first, days, step)]
    if kind == "week":
        first = (-origin.weekday()) % 7
        out = []
        for i in range(first, days, 7):
            d = origin + dt.timedelta(days=i)
            if (d.toordinal() // 7) % step == 0:
                out.append((i, d))
        return out
    out = []
    if kind == "month":
        y, m = origin.year, origin.month
        while True:
            d = dt.date(y, m, 1)
            if d > end:
                return out
            if d >= origin and (m - 1) % step == 0:
                out.append(((d - origin).days, d))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    for y in range(origin.year, end.year + 1):
        d = dt.date(y, 1, 1)
        if origin <= d <= end and y % step == 0:
            out.append(((d - origin).days, d))
    return out


def _labels(kind: str, picks) -> list[tuple[int, str]]:
    out = []
    prev = None
    for i, d in picks:
        if kind == "day":
            text = _label_day(d, prev is None or d.month != prev.month)
        elif kind == "week":
            text = _label_day(d, True)
        elif kind == "month":
            text = _label_month(d, prev is None or d.month == 1)
        else:
            text = str(d.year)
        out.append((i, text))
        prev = d
    return out


def x_ticks(origin: dt.date, days: int, width: float, fonts: Fonts, size: float, left: float = -1e9,
            right: float = 1e9) -> list[tuple[float, tuple[str, float]]]:
    """Date ticks for ``days`` days from ``origin`` on an axis ``width`` pixels wide: the finest spacing
    whose labels all fit side by side. Returns (x in days, (label, shift in pixels)) pairs; the shift keeps
    an end label from spilling past ``left``/``right`` (pixels from the axis' start)."""
    days = max(1, days)
    ppd = width / days
    gap = size * 0.8
    best: list[tuple[float, tuple[str, float]]] = []
    for n, (kind, step, apart) in enumerate(SPACINGS):
        if n < len(SPACINGS) - 1 and days / apart * (fonts.width(_SHORTEST[kind], size) + gap) > width * 1.2:
            continue  # far too many labels for the width: do not even list them
        picks = _picks(kind, step, origin, days)
        if not picks:
            continue
        placed = []
        for i, text in _labels(kind, picks):
            c = (i + 0.5) * ppd
            w = fonts.width(text, size)
            shift = 0.0
            if c - w / 2 < left:
                shift = left - (c - w / 2)
            elif c + w / 2 > right:
                shift = right - (c + w / 2)
            placed.append((i + 0.5, (text, shift), c + shift - w / 2, c + shift + w / 2))
        if all(b[2] - a[3] >= gap for a, b in zip(placed, placed[1:], strict=False)):
            return [(x, t) for x, t, _l, _r in placed]
        kept = []
        for p in placed:  # if nothing fits: never two labels on top of each other
            if not kept or p[2] - kept[-1][3] >= gap:
                kept.append(p)
        best = [(x, t) for x, t, _l, _r in kept]
    return best
