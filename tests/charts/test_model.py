"""The chart model: what each chart draws for given data, checked without drawing anything."""

import datetime as dt

import pytest

from coach.charts.describe import hover_text
from coach.charts.model import EMPTY_DIARY, PANELS, Bars, Line, Note, Points, build_chart, plot_keys
from coach.core.analytics import Period, ProgramInfo, SessionRecord, WarningRecord, build_progress
from coach.core.tracker import LOCATIONS, TrackerEntry

START = dt.date(2026, 1, 5)
PROGRAM = ProgramInfo("Test program", START, 4, {1: 2, 2: 2, 3: 2, 4: 2})
PERIOD = Period(START, START + dt.timedelta(days=13))


def day(n: int) -> dt.date:
    return START + dt.timedelta(days=n)


def entry(n: int, **pain) -> TrackerEntry:
    p = dict.fromkeys(LOCATIONS)
    p.update(pain)
    return TrackerEntry(date=day(n), pain=p)


def progress(entries=(), sessions=(), warnings=()):
    return build_progress(period=PERIOD, today=PERIOD.end, program=PROGRAM, entries=entries, sessions=sessions,
                          warnings=warnings)


def items(chart, key, kind):
    return [i for i in chart.plot(key).items if isinstance(i, kind)]


def test_every_panel_has_its_charts_in_order():
    chart = build_chart(progress([entry(0, back_right=5)]))
    assert [p.key for p in chart.plots] == plot_keys(PANELS)
    assert plot_keys(("locations",)) == ["pain_back", "pain_thigh", "pain_knee", "pain_shin"]
    with pytest.raises(ValueError, match="unknown chart panels \\['weather'\\]"):
        build_chart(progress(), panels=("overall", "weather"))


def test_without_a_diary_the_pain_charts_say_so_instead_of_drawing_empty_lines():
    chart = build_chart(progress(sessions=[SessionRecord(day(0), 0, "completed")]))
    assert [n.text for n in items(chart, "overall", Note)] == [EMPTY_DIARY]
    assert items(chart, "overall", Line) == [] and items(chart, "pain_back", Line) == []
    assert items(chart, "adherence", Bars)  # sessions are drawn all the same


def test_a_place_never_rated_is_named_in_its_chart():
    chart = build_chart(progress([entry(0, back_right=5), entry(1, back_right=4, shin_left=2)]))
    assert [n.text for n in items(chart, "pain_knee", Note)] == ["No knee pain rated"]
    assert items(chart, "pain_back", Note) == [] and items(chart, "pain_shin", Note) == []
    right = next(line for line in items(chart, "pain_back", Line) if line.name == "right")
    assert right.y[:3] == (5.0, 4.0, None) and right.x[:2] == (0.5, 1.5)


def test_stopped_sessions_stack_on_the_done_bar_of_their_day_only():
    sessions = [SessionRecord(day(i), s, "completed") for i in range(3) for s in (0, 1)]
    sessions[3] = SessionRecord(day(1), 1, "stopped", stop_reason="sharp_pain")
    chart = build_chart(progress([entry(0, back_right=5)], sessions))
    bars = {b.name: b for b in items(chart, "adherence", Bars)}
    assert bars["done"].height[:3] == (2.0, 1.0, 2.0)
    assert bars["stopped"].x == (1.5,) and bars["stopped"].y0 == (1.0,) and bars["stopped"].height == (1.0,)


def test_a_warning_sign_on_a_stop_day_sits_above_the_stop_mark_and_both_are_told_on_hover():
    sessions = [SessionRecord(day(2), 0, "stopped", stop_reason="weakness")]
    warnings = [WarningRecord(day(2), "knee buckling", "See a doctor soon"),
                WarningRecord(day(5), "falls", "See a doctor soon")]
    chart = build_chart(progress([entry(0, back_right=5)], sessions, warnings))
    points = {p.name: p for p in items(chart, "adherence", Points)}
    (stop_y,) = points["stops"].y
    assert points["warnings"].x == (2.5, 5.5)
    assert points["warnings"].y[0] == pytest.approx(stop_y + 0.5)
    text = hover_text(chart, "adherence", day(2))
    lines = text.splitlines()
    assert len(lines) == 3 and "1 stopped early" in lines[0]
    assert "Weakness" in lines[1] and lines[2].startswith("Warning sign:") and "knee buckling" in lines[2]
    assert hover_text(chart, "adherence", day(30)) is None
