"""Progress analytics from constructed data: the numbers a person and a clinician read (no Qt, no storage)."""

import datetime as dt

import pytest

from coach.core import analytics as an
from coach.core.analytics import Period, ProgramInfo, SessionRecord, WarningRecord
from coach.core.progression import WeekChoice
from coach.core.report_data import TRACKER_DAYS, report_content
from coach.core.safety import stop_reason_text
from coach.core.tracker import LOCATIONS, OutcomeScore, PsfsItem, TrackerEntry

D0 = dt.date(2026, 3, 2)


def day(n: int) -> dt.date:
    return D0 + dt.timedelta(days=n)


def entry(n: int, **pain) -> TrackerEntry:
    p = dict.fromkeys(LOCATIONS)
    p.update(pain)
    return TrackerEntry(date=day(n), pain=p)


# weeks move on only by a decision (progression by tolerance): here the person moved on every 7 days
MOVED_ON = tuple(WeekChoice(day(7 * (w - 1)), w, "advance", w - 1, w) for w in (2, 3, 4))
PROGRAM = ProgramInfo("Test program", D0, 4, {1: 2, 2: 2, 3: 3, 4: 3}, MOVED_ON)

# back pain right: 6 every day of the first week; last week (days 14–20) 3 and 4 alternating,
# with day 17 not rated (a gap, not a zero): mean 3.5 over 6 days
FIRST = [entry(i, back_right=6, thigh_right=4, shin_right=2, back_left=0) for i in range(7)]
MIDDLE = [entry(i, back_right=5, thigh_right=3) for i in range(7, 14)]
LAST = [entry(14 + i, back_right=v, back_left=0) for i, v in enumerate([3, 4, 3, None, 4, 3, 4]) if v is not None]


def build(entries=FIRST + MIDDLE + LAST, **kw):
    return an.build_progress(period=kw.pop("period", Period(D0, day(20))), today=kw.pop("today", day(20)),
                             program=PROGRAM, entries=entries, **kw)


def test_first_week_and_last_week_per_location():
    d = build()
    assert d.first_week == an.Window(day(0), day(6))
    assert d.last_week == an.Window(day(14), day(20))
    back = d.change("back_right")
    assert back.first.mean == pytest.approx(6.0) and back.first.days == 7
    assert back.last.mean == pytest.approx(3.5) and back.last.days == 6  # the unrated day is left out
    assert back.change == pytest.approx(-2.5)
    thigh = d.change("thigh_right")
    assert thigh.first.mean == pytest.approx(4.0) and thigh.last.mean is None and thigh.change is None
    overall = d.change("overall")
    assert overall.first.mean == pytest.approx(6.0) and overall.last.mean == pytest.approx(3.5)
    # a day without an entry is a gap in every series, never 0
    assert d.pain["back_right"][17] is None and d.overall[17] is None
    assert d.pain["back_left"][0] == 0


def test_windows_need_eight_days_and_never_overlap():
    assert an.comparison_windows([]) == (None, None)
    first, last = an.comparison_windows([day(0), day(6)])
    assert first == an.Window(day(0), day(6)) and last is None
    first, last = an.comparison_windows([day(0), day(9)])
    assert last == an.Window(day(7), day(9))  # starts the day after the first week
    first, last = an.comparison_windows([day(0), day(30)])
    assert last == an.Window(day(24), day(30))


@pytest.mark.parametrize(("baseline", "drop", "threshold"), [(6.0, 2.0, 4.0), (8.0, 2.4, 5.6), (10.0, 3.0, 7.0),
                                                               (2.0, 2.0, 0.0), (1.5, 2.0, None)])
def test_meaningful_change_is_two_points_or_thirty_percent_whichever_is_larger(baseline, drop, threshold):
    m = an.meaningful_change(baseline, 3.0)
    assert m.drop == pytest.approx(drop)
    if threshold is None:
        assert m.threshold is None and m.reached is None and "already low" in m.text
    else:
        assert m.threshold == pytest.approx(threshold)
        assert m.reached == (3.0 <= threshold + 1e-9)


def test_meaningful_change_reached_in_the_built_data():
    m = build().meaningful
    assert (m.baseline, m.threshold, m.current, m.reached) == (pytest.approx(6.0), pytest.approx(4.0),
                                                              pytest.approx(3.5), True)
    assert "4.0 or less" in m.text and "has reached it" in m.text
    assert an.meaningful_change(None) is None


def test_adherence_counts_completed_slots_against_the_plan():
    sessions = [
        SessionRecord(day(0), 0, "completed"), SessionRecord(day(0), 1, "completed"),
        SessionRecord(day(0), 1, "completed"),  # done twice: one slot
        SessionRecord(day(1), 0, "stopped", stop_reason="sharp_pain", stop_exercise="Knee to chest"),
        SessionRecord(day(1), 0, "completed"),  # started again and finished: not counted as stopped
        SessionRecord(day(2), 1, "stopped", stop_reason="weakness"),
        SessionRecord(day(2), -1, "completed"),  # a stand-alone walk is not a planned session
        SessionRecord(day(3), 0, "in_progress"),
        SessionRecord(day(14), 2, "completed"),  # week 3 has three slots
        SessionRecord(day(30), 0, "completed"),  # after today: ignored
    ]
    a = an.adherence(sessions, PROGRAM, Period(D0 - dt.timedelta(days=3), day(30)), today=day(15))
    assert a.days[0].date == D0 and a.days[-1].date == day(15)  # from the program start to today
    by = {x.date: x for x in a.days}
    assert (by[day(0)].planned, by[day(0)].done, by[day(0)].stopped) == (2, 2, 0)
    assert (by[day(1)].done, by[day(1)].stopped) == (1, 0)
    assert (by[day(2)].done, by[day(2)].stopped) == (0, 1)
    assert by[day(14)].planned == 3 and by[day(14)].done == 1
    # today's three slots are still to come: planned, but not counted as missed
    assert by[day(15)].pending == 3 and by[day(15)].counted == 0
    assert a.planned == 14 * 2 + 2 * 3 - 3 and a.done == 4
    assert a.percent == pytest.approx(100 * 4 / 31)
    assert a.text == ("4 of 31 planned sessions done (13 %); 2 sessions stopped early; 3 more planned later "
                      "today.")


def test_program_info_weeks_and_planned_sessions():
    assert PROGRAM.week_of(D0 - dt.timedelta(days=1)) == 1
    assert PROGRAM.week_of(day(7)) == 2 and PROGRAM.week_of(day(100)) == 4
    assert PROGRAM.planned_on(D0 - dt.timedelta(days=1)) == 0 and PROGRAM.planned_on(day(20)) == 3
    weeks = an.program_weeks(PROGRAM, Period(day(3), day(40)))
    assert [(w.label, w.start, w.end) for w in weeks] == [
        ("Week 1", day(3), day(6)), ("Week 2", day(7), day(13)), ("Week 3", day(14), day(20)),
        ("Week 4", day(21), day(27))]


def test_reach_and_centralization_toward_the_back():
    assert an.reach(entry(0, back_right=3, shin_left=1)) == 4
    assert an.reach(entry(0, back_right=3, thigh_right=0)) == 1
    assert an.reach(entry(0, back_right=0, knee_left=0)) == 0  # rated, no pain anywhere
    assert an.reach(entry(0)) is None and an.reach(None) is None
    d = build()
    c = d.centralization
    assert c.first.typical == 4 and c.last.typical == 1  # shin in the first week, back only in the last
    assert c.trend == "toward_back"
    assert "first week the pain reached the shin" in c.text and "good sign" in c.text


def test_centralization_down_the_leg_and_no_change():
    worse = [entry(i, back_right=4) for i in range(7)] + [entry(14 + i, back_right=4, knee_right=3) for i in range(7)]
    c = build(worse).centralization
    assert c.trend == "down_leg" and "clinician" in c.text
    same = [entry(i, back_right=4, thigh_left=2) for i in range(21)]
    assert build(same).centralization.trend == "no_change"
    assert build([entry(0, back_right=2)]).centralization.trend is None


def test_rolling_mean_skips_gaps_and_needs_three_values():
    vals = [6, None, 6, 3, None, None, None, None, 2]
    out = an.rolling_mean(vals, window=3, min_values=2)
    assert out == [None, None, 6.0, 4.5, 4.5, None, None, None, None]
    assert an.rolling_mean([1, 2, 3, 4], window=2, min_values=1) == [1.0, 1.5, 2.5, 3.5]


def test_stops_warnings_and_weekly_scores_of_the_period():
    sessions = [SessionRecord(day(2), 1, "stopped", slot_name="Evening", stop_reason="sharp_pain",
                              stop_exercise="Knee to chest", stop_detail="left leg"),
                SessionRecord(day(40), 0, "stopped", stop_reason="weakness")]
    warnings = [WarningRecord(day(5), "weakness that is new or getting worse", "See a doctor soon", "daily diary"),
                WarningRecord(day(6), "", "No warning signs", "daily diary")]
    outcomes = [OutcomeScore(D0, 6, (PsfsItem("Stairs", 3), PsfsItem("Sitting", 5))),
                OutcomeScore(day(7), 5, (PsfsItem("Stairs", 6),))]
    d = build(sessions=sessions, warnings=warnings, outcomes=outcomes)
    assert len(d.stops) == 1
    s = d.stops[0]
    assert s.reason_text == "Sharp pain" and s.exercise == "Knee to chest"
    assert s.text == "4 Mar 2026: Evening session stopped during Knee to chest: Sharp pain (left leg)"
    assert stop_reason_text("user") == "Stopped with the Stop button" and stop_reason_text(None) == "Not recorded"
    assert [w.serious for w in d.warnings] == [True, False] and len(d.warning_signs) == 1
    assert [(w.week, w.psfs_mean) for w in d.weekly] == [(1, 4.0), (2, 6.0)]


def test_sparse_and_empty_data():
    d = build([entry(0, back_right=5), entry(2, back_right=4)])
    assert d.notes and "Only 2 days" in d.notes[0]
    assert d.last_week is None and d.meaningful.current is None
    empty = build([])
    assert empty.is_empty and not empty.has_diary and empty.meaningful is None
    assert empty.first_week is None and all(v is None for v in empty.overall)


def test_period_checks_its_order():
    with pytest.raises(ValueError, match="ends"):
        Period(day(3), day(1))
    p = an.default_period(D0, day(10), first_data=D0 - dt.timedelta(days=2))
    assert p == Period(D0 - dt.timedelta(days=2), day(10))
    assert an.days_back(day(20), 14) == Period(day(7), day(20))


def test_report_content_numbers_and_tables():
    sessions = [SessionRecord(day(2), 1, "stopped", slot_name="Evening", stop_reason="sharp_pain",
                              stop_exercise="Knee to chest")]
    warnings = [WarningRecord(day(5), "falls from the leg giving way", "See a doctor soon", "daily diary",
                              "not yet acknowledged"), WarningRecord(day(6), "", "No warning signs", "daily diary")]
    d = build(sessions=sessions, warnings=warnings, patient="Alex Example")
    c = report_content(d, generated=day(20))
    rows = {r[0]: r for r in c.pain_rows}
    assert rows["Right back"] == ("Right back", "6.0 (7 days)", "3.5 (6 days)", "−2.5")
    assert rows["Left back"][3] == "no change"
    assert "Left thigh" not in rows  # never rated: left out
    assert ("Week", "Week 3 of 4") in c.facts and ("Patient", "Alex Example") in c.facts
    assert c.stop_rows == (("4 Mar 2026", "Evening", "Knee to chest", "Sharp pain", ""),)
    assert c.warning_rows == (("7 Mar 2026", "daily diary", "falls from the leg giving way", "See a doctor soon",
                               "not yet acknowledged"),)
    assert "answered 2 times" in c.warning_note
    assert len(c.tracker_rows) == TRACKER_DAYS and c.tracker_period == Period(day(7), day(20))
    gap = [r for r in c.tracker_rows if r[0].startswith(f"{day(17):%a} {day(17).day}")][0]
    assert gap[-1] == "no entry"
    assert "not a diagnosis" in c.disclaimer


def test_report_adherence_by_week_then_by_month_for_long_periods():
    sessions = [SessionRecord(day(i), 0, "completed") for i in range(200)]
    short = report_content(build([], sessions=sessions, period=Period(D0, day(20)), today=day(20)), day(20))
    assert [r[0].split(":")[0] for r in short.adherence_rows] == ["Week 1", "Week 2", "Week 3"]
    assert short.adherence_rows[0][1:] == ("14", "7", "50 %")
    long = report_content(build([], sessions=sessions, period=Period(D0, day(199)), today=day(199)), day(199))
    assert long.adherence_rows[0] == ("March 2026: 2 Mar 2026 – 31 Mar 2026", "76", "30", "39 %")
    assert len(long.adherence_rows) == 7  # March to September


def test_every_stop_is_counted_and_today_counts_only_what_has_ended():
    """Four stops of the same slot are four stops; a slot still to come today is not missed."""
    today = day(3)
    sessions = [SessionRecord(today, 0, "stopped", stop_reason="user") for _ in range(4)]
    sessions.append(SessionRecord(day(2), 0, "completed"))
    d = build([], sessions=sessions, today=today, period=Period(day(2), today))
    by = {x.date: x for x in d.adherence.days}
    assert (by[today].stopped, by[today].stops, by[today].pending) == (1, 4, 1)
    assert len(d.stops) == 4 and d.adherence.stops == 4
    assert d.adherence.text == ("1 of 3 planned sessions done (33 %); 4 sessions stopped early; 1 more planned "
                                "later today.")
    nothing_yet = build([], today=today, period=Period(today, today))
    assert nothing_yet.adherence.text == "2 sessions planned today, none done yet."
    assert build([], today=day(-5), period=Period(day(-9), day(-5))).adherence.text == (
        "No sessions were planned in this period.")


def test_the_baseline_is_the_first_week_from_the_program_start_whatever_the_period():
    before = [entry(-3 + i, back_right=9) for i in range(3)]  # diary kept before the program started
    d = build(before + FIRST + MIDDLE + LAST, period=Period(day(-3), day(20)))
    assert d.first_week == an.Window(day(0), day(6))
    assert d.meaningful.baseline == pytest.approx(6.0)
    # the last 14 days: the baseline is still the program's first week, the last week the period's
    two = build(period=Period(day(7), day(20)))
    assert two.first_week == an.Window(day(0), day(6)) and two.last_week == an.Window(day(14), day(20))
    assert two.change("overall").first.mean == pytest.approx(6.0)
    assert two.meaningful.reached is True
    # the 7-day average at the period's first day counts the days before it
    assert two.weekly_average[0] == pytest.approx((6 * 6 + 5) / 7)  # days 1–7: six 6s and a 5


def test_diary_days_due_leave_out_today_until_it_is_filled_in():
    d = build(FIRST, today=day(6), period=Period(D0, day(6)))
    assert (d.diary_days, d.diary_due) == (7, 7)
    d = build(FIRST[:6], today=day(6), period=Period(D0, day(6)))
    assert (d.diary_days, d.diary_due) == (6, 6)


def test_range_buttons_stand_for_their_days():
    today = day(40)
    assert an.range_period("14d", today, PROGRAM) == Period(day(27), today)
    assert an.range_period("28d", today, PROGRAM) == Period(day(13), today)
    assert an.range_period("program", today, PROGRAM) == Period(D0, day(27))
    assert an.range_period("program", day(3), PROGRAM) == Period(D0, day(3))
    assert an.range_period("all", today, PROGRAM, first_record=day(-5)) == Period(day(-5), today)
    # a program that began yesterday: the last 28 days are still 28 days, not one
    assert an.range_period("28d", day(1), PROGRAM).days == 28
    with pytest.raises(an.RangeError, match="starts on"):
        an.range_period("program", day(-2), PROGRAM)


@pytest.mark.parametrize(("start", "end", "message"), [
    (dt.date(1, 1, 1), dt.date(9999, 12, 31), "0001-01-01 is out of range"),
    (dt.date(2027, 1, 1), None, "after today"),
    (day(10), day(5), "after"),
    (None, day(-30), "before the first day with data"),
])
def test_clamping_a_period_refuses_what_cannot_be_shown(start, end, message):
    with pytest.raises(an.RangeError, match=message):
        an.clamp_period(start, end, today=day(20), span=Period(D0, day(20)), names=("--from", "--to"))


def test_clamping_a_period_to_the_data_says_so():
    span = Period(D0, day(20))
    assert an.clamp_period(None, None, today=day(20), span=span) == (span, "")
    p, note = an.clamp_period(day(-40), day(25), today=day(20), span=span)
    assert p == span and note == "showing 2 Mar 2026 – 22 Mar 2026: the first day with data is 2 Mar 2026; today is 22 Mar 2026"
    assert an.clamp_period(day(3), day(9), today=day(20), span=span) == (Period(day(3), day(9)), "")


def test_the_chart_weeks_begin_the_day_a_late_review_moved_the_person_on():
    # week 1's review answered on day 10, week 2's on day 19 (eased back to week 1), then on to week 2 on day 27
    choices = (WeekChoice(day(10), 2, "advance", 1, 1), WeekChoice(day(19), 1, "ease", 2, 2),
               WeekChoice(day(27), 2, "advance", 1, 3))
    late = ProgramInfo("Test program", D0, 4, {1: 2, 2: 2, 3: 3, 4: 3}, choices)
    weeks = an.program_weeks(late, Period(D0, day(40)))
    assert [(w.label, w.start, w.end) for w in weeks] == [
        ("Week 1", D0, day(9)), ("Week 2", day(10), day(18)), ("Week 1", day(19), day(26)),
        ("Week 2", day(27), day(40))]
    # every day of the chart's weeks is the week Today showed that day
    for w in weeks:
        assert {late.week_of(w.start + dt.timedelta(days=i)) for i in range((w.end - w.start).days + 1)} == {w.number}


def test_week_decisions_move_the_program_weeks():
    # moved on after week 1, stayed on week 2 for another week, then moved on twice
    choices = (WeekChoice(day(7), 2, "advance", 1, 1), WeekChoice(day(14), 2, "stay", 2, 2),
               WeekChoice(day(21), 3, "advance", 2, 3), WeekChoice(day(28), 4, "advance", 3, 4))
    stayed = ProgramInfo("Test program", D0, 4, {1: 2, 2: 2, 3: 3, 4: 3}, choices)
    weeks = an.program_weeks(stayed, Period(D0, day(40)))
    # the week stayed on is one span of 14 days, so the chart labels and shades it once
    assert [(w.number, w.start, w.end) for w in weeks] == [
        (1, D0, day(6)), (2, day(7), day(20)), (3, day(21), day(27)), (4, day(28), day(34))]
    assert stayed.planned_on(day(15)) == 2 and stayed.end == day(34)
    # without a decision the weeks do not move on
    still = ProgramInfo("Test program", D0, 4, {1: 2, 2: 2, 3: 3, 4: 3})
    assert still.week_of(day(30)) == 1
