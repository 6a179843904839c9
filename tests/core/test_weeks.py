"""The program's calendar weeks, counted in one place (coach.core.weeks)."""

import datetime as dt

from coach.core import weeks

START = dt.date(2026, 11, 1)  # a Sunday


def test_week_start_and_number_count_back_before_the_start():
    assert weeks.week_start_for(START, dt.date(2026, 11, 1)) == START
    assert weeks.week_start_for(START, dt.date(2026, 11, 10)) == dt.date(2026, 11, 8)
    assert weeks.week_start_for(START, dt.date(2026, 10, 30)) == dt.date(2026, 10, 25)
    assert weeks.week_number(START, dt.date(2026, 11, 8)) == 2
    assert weeks.week_number(START, dt.date(2026, 10, 30)) == 0  # the week before the program


def test_the_calendar_week_is_capped_to_the_program_and_the_day_runs_one_to_seven():
    assert [weeks.week_number_for(START, START + dt.timedelta(days=n), 4) for n in (-3, 0, 6, 7, 27, 28, 400)] \
        == [1, 1, 1, 2, 4, 4, 4]
    assert [weeks.day_in_week(START, START + dt.timedelta(days=n)) for n in (-2, 0, 6, 7, 13)] == [1, 1, 7, 1, 7]
    assert weeks.week_span(START, 2) == (dt.date(2026, 11, 8), dt.date(2026, 11, 14))


def test_every_caller_agrees_on_the_week_and_none_follows_the_calendar():
    from coach.core import progression
    from coach.core.analytics import ProgramInfo

    info = ProgramInfo("Test", START, 4, {1: 2, 2: 2, 3: 2, 4: 2})
    for n in range(-10, 60):
        d = START + dt.timedelta(days=n)
        # the week a person is on never follows the calendar: progress is by tolerance
        assert info.week_of(d) == progression.effective_week(START, d, 4) == 1
        assert weeks.week_number_for(START, d, 4) == min(4, max(1, (d - START).days // 7 + 1))
