"""The chart layout: data drawn only in its own plot, labels that never overlap, long periods decimated."""

import datetime as dt

import pytest

from coach.charts.dateaxis import x_ticks
from coach.charts.layout import ChartLayout, _cut, _decimate
from coach.charts.model import PANELS, PRINT, Bars, build_chart
from coach.charts.paint import QtFonts
from coach.charts.shapes import Clip, Lines, Marks, Polyline, Rect, Text
from coach.core.analytics import Period, ProgramInfo, SessionRecord, build_progress
from coach.core.tracker import LOCATIONS, OutcomeScore, PsfsItem, TrackerEntry

START = dt.date(2026, 10, 4)
PROGRAM = ProgramInfo("Test program", START, 4, {1: 2, 2: 2, 3: 2, 4: 2})


def entry(d: dt.date, **pain) -> TrackerEntry:
    p = dict.fromkeys(LOCATIONS)
    p.update(pain)
    return TrackerEntry(date=d, pain=p)


def history_data(days: int, shown: int | None = None):
    """``days`` days of data from START; the last ``shown`` days as the period (all by default). Shin pain only in
    the first 20 days, so a late period has none."""
    entries = [entry(START + dt.timedelta(days=i), back_right=5 - i % 3, back_left=2, knee_right=1,
                     **({"shin_right": 4} if i < 20 else {})) for i in range(days)]
    sessions = [SessionRecord(START + dt.timedelta(days=i), s, "completed") for i in range(days) for s in (0, 1)]
    outcomes = [OutcomeScore(START + dt.timedelta(days=7 * w), 5, (PsfsItem("Stairs", 3 + w % 5),))
                for w in range(days // 7)]
    end = START + dt.timedelta(days=days - 1)
    period = Period(end - dt.timedelta(days=(shown or days) - 1), end)
    return build_progress(period=period, today=end, program=PROGRAM, entries=entries, sessions=sessions,
                          outcomes=outcomes)


def walk(items):
    for i in items:
        if isinstance(i, Clip):
            yield from walk(i.items)
        else:
            yield i


def layout_of(data, width=1100, scale=1.0):
    return ChartLayout(build_chart(data, PANELS), width, QtFonts(), PRINT, scale)


@pytest.mark.parametrize("scale", [1.0, 2.0])
@pytest.mark.parametrize("width", [1100, 560])
def test_data_is_drawn_inside_its_own_plot_only(scale, width):
    lay = layout_of(history_data(60, shown=28), width, scale)
    for key, area in lay.areas.items():
        clips = [i for i in lay.items(key) if isinstance(i, Clip)]
        assert len(clips) == 1 and (clips[0].x, clips[0].y, clips[0].w, clips[0].h) == (area.x, area.y, area.w,
                                                                                        area.h)
        for item in walk(clips[0].items):
            if isinstance(item, Polyline | Lines):
                xs = [x for x, _y in (item.points if isinstance(item, Polyline) else
                                      [p for run in item.runs for p in run])]
                assert min(xs) >= area.x - 1e-6 and max(xs) <= area.x + area.w + 1e-6, key
            elif isinstance(item, Marks):
                assert all(area.x <= x <= area.x + area.w for x, _y in item.points), key
            elif isinstance(item, Rect):
                assert item.x >= area.x - 1e-6 and item.x + item.w <= area.x + area.w + 1e-6, key
        # nothing written over the data, but a note where there is no data
        inside = [i for i in lay.items(key) if isinstance(i, Text) and area.contains(i.x, i.y)]
        assert inside == []
        notes = [i for i in walk(clips[0].items) if isinstance(i, Text)]
        expected = {"pain_thigh": ["No thigh pain rated"], "pain_shin": ["No shin pain rated"]}  # none in the 28 days
        assert [n.text for n in notes] == expected.get(key, [])


def test_the_weekly_line_is_cut_where_it_leaves_the_period():
    assert _cut([(-3.0, 1.0), (4.0, 8.0), (10.0, 2.0)], 0.0, 7.0) == [(0.0, 4.0), (4.0, 8.0), (7.0, 5.0)]
    assert _cut([(1.0, 1.0), (2.0, 2.0)], 0.0, 7.0) == [(1.0, 1.0), (2.0, 2.0)]
    lay = layout_of(history_data(60, shown=28))
    area = lay.areas["psfs"]
    lines = [i for i in walk(lay.items("psfs")) if isinstance(i, Lines) and i.color == PRINT.psfs]
    assert lines and lines[0].runs[0][0][0] == pytest.approx(area.x)  # starts at the period's edge


@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
@pytest.mark.parametrize("days", [1, 3, 14, 28, 45, 90, 200, 365, 800, 1825])
@pytest.mark.parametrize("width", [260, 480, 1000])
def test_date_labels_never_overlap_and_name_the_month(days, width, scale):
    fonts = QtFonts()
    size = 11.3 * scale
    origin = dt.date(2026, 10, 4)
    ticks = x_ticks(origin, days, width, fonts, size)
    assert ticks, "at least one date on the axis"
    edges = []
    for x, (text, shift) in ticks:
        c = x / days * width + shift
        w = fonts.width(text, size)
        edges.append((c - w / 2, c + w / 2))
    for (_a0, a1), (b0, _b1) in zip(edges, edges[1:], strict=False):
        assert b0 - a1 >= size * 0.5, f"{[t for _x, (t, _s) in ticks]} overlap"
    first = ticks[0][1][0]
    assert not first.isdigit() or len(first) == 4, f"the first label names its month or year: {first!r}"


def test_month_names_show_in_half_width_charts():
    """The place charts are half as wide: October is named there too, not only November ("Oct" missing)."""
    lay = layout_of(history_data(60), 1100)
    area = lay.areas["pain_back"]
    labels = [i.text for i in lay.items("pain_back") if isinstance(i, Text) and i.y > area.y + area.h]
    assert any("Oct" in t for t in labels) and any("Nov" in t for t in labels)
    assert not any(t.startswith("Nov0") or "Nov03" in t for t in labels)


def test_five_years_are_decimated_to_the_pixels():
    lay = layout_of(history_data(1825))
    area = lay.areas["overall"]
    for item in walk(lay.items("overall")):
        if isinstance(item, Lines):
            assert all(len(run) <= 2 * area.w + 2 for run in item.runs)
        if isinstance(item, Marks):
            assert len(item.points) <= 70
    a = lay.areas["adherence"]
    bars = [i for i in walk(lay.items("adherence")) if isinstance(i, Rect) and i.fill == PRINT.done and i.y >= a.y]
    assert 250 <= len(bars) <= 262  # one per week, not 1825
    assert all(b.w >= 2.5 for b in bars)
    narrow = ChartLayout(build_chart(history_data(1825), ("adherence",)), 500, QtFonts(), PRINT)
    a = narrow.areas["adherence"]
    bars = [i for i in walk(narrow.items("adherence")) if isinstance(i, Rect) and i.fill == PRINT.done
            and i.y >= a.y]
    assert 59 <= len(bars) <= 61  # one per month
    # decimation keeps each pixel column's extremes
    pts = [(0.0 + i * 0.1, float(v)) for i, v in enumerate([1, 9, 2, 3, 0, 5, 5, 5, 5, 5])]
    assert sorted(y for _x, y in _decimate(pts, 0.0)) == [0.0, 9.0]


def test_daily_bars_sum_into_weeks_when_days_are_too_narrow():
    data = history_data(200)
    chart = build_chart(data, ("adherence",))
    done = next(i for i in chart.plot("adherence").items if isinstance(i, Bars) and i.name == "done")
    assert len(done.x) == 200
    lay = ChartLayout(chart, 400, QtFonts(), PRINT)
    area = lay.areas["adherence"]
    rects = [i for i in walk(lay.items("adherence")) if isinstance(i, Rect) and i.fill == PRINT.done
             and i.y >= area.y]
    assert len(rects) in (29, 30)  # weeks
    assert rects[0].h == pytest.approx(area.py(0) - area.py(2.0))  # two sessions a day, every day


def test_text_follows_the_text_size():
    small = layout_of(history_data(28), 1100, 1.0)
    big = layout_of(history_data(28), 1100, 2.0)
    tick = [i for i in small.items("overall") if isinstance(i, Text) and i.text == "0"][0]
    tick2 = [i for i in big.items("overall") if isinstance(i, Text) and i.text == "0"][0]
    assert tick2.size == pytest.approx(2 * tick.size)
    assert big.height > small.height
