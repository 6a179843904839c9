"""Pain before and after sessions, wherever the data goes: the Progress chart, the report, CSV and JSON."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from coach.charts.model import EMPTY_DIARY, build_chart
from coach.core.clock import FixedClock
from coach.core.report_data import report_content
from coach.core.session_pain import SessionPain, summary, tolerance
from coach.export import data as export_data
from coach.resources import default_program_path
from coach.store import profiles
from coach.store import sessions as session_store
from coach.store.db import Store
from coach.store.history import load_progress
from coach.store.program_folder import profile_program

START = dt.date(2026, 11, 2)
TODAY = dt.date(2026, 11, 8)


@pytest.fixture
def rated(tmp_path):
    """Three sessions over two days: (before, after) 6→3 and 4→7 on the 3rd, 5→ (not rated after) on the 4th."""
    clock = FixedClock(dt.datetime.combine(TODAY, dt.time(18, 0)))
    store = Store.open(tmp_path / "data", clock=clock)
    profile = profiles.create_profile(store, name="", affected_side="left", start_date=START,
                                      program_id="upper-lumbar-4-week", program_path=str(default_program_path()))
    for day, slot, before, after in ((3, 0, 6, 3), (3, 1, 4, 7), (4, 0, 5, None)):
        sid = session_store.start_session(store, profile_id=profile.id, date=dt.date(2026, 11, day), slot_index=slot,
                                          slot_name=["Morning", "Evening"][slot], week=1,
                                          program_id="upper-lumbar-4-week", planned=[])
        session_store.set_pain(store, sid, "before", before)
        session_store.set_pain(store, sid, "after", after)
        session_store.finish_session(store, sid, session_store.COMPLETED)
    yield store, profile
    store.close()


def test_the_progress_chart_draws_each_pair_on_its_day(rated):
    store, profile = rated
    d = load_progress(store, profile, profile_program(profile), TODAY)
    assert [(p.date.day, p.before, p.after) for p in d.session_pain] == [(3, 6, 3), (3, 4, 7), (4, 5, None)]
    plot = build_chart(d).plot("overall")
    items = {i.name: i for i in plot.items}
    before, after = items["pain-before"], items["pain-after"]
    assert before.y == (6.0, 4.0) and after.y == (3.0, 7.0)  # the 4th has no "after": no pair to draw
    day3 = (dt.date(2026, 11, 3) - d.period.start).days
    for b, a in zip(before.x, after.x, strict=True):
        assert day3 <= b < a <= day3 + 1  # both sessions of the 3rd share its day, side by side
    assert before.x[0] < before.x[1]
    line = items["session-pain"]
    assert line.y == (6.0, 3.0, None, 4.0, 7.0, None)  # each before joined to its after, and nothing else
    names = [e.name for e in plot.legend]
    assert "Pain before a session" in names and "and after it" in names
    # no diary yet: the pairs are not covered by the empty chart's message (it goes under the chart), and the
    # legend names only what is drawn
    assert not any(i.name == "note" for i in plot.items) and EMPTY_DIARY in plot.caption
    assert "Worst pain that day" not in names


def test_the_report_sums_the_pairs_up(rated):
    store, profile = rated
    d = load_progress(store, profile, profile_program(profile), TODAY)
    content = report_content(d, TODAY)
    glance = dict(content.glance)
    assert glance["Pain before and after sessions"] == (
        "2 sessions rated before and after: 5.0 before and 5.0 after on average; the pain rose by 2 points or "
        "more after 1 and fell by as much after 1.")


def test_csv_and_json_carry_pain_before_and_after(rated):
    store, profile = rated
    tables = export_data.collect(store, profile, profile_program(profile))
    files = export_data.csv_files(tables)
    rows = list(csv.DictReader(io.StringIO(files["sessions.csv"].decode("utf-8-sig"))))
    assert [(r["pain_before"], r["pain_after"]) for r in rows] == [("6", "3"), ("4", "7"), ("5", "")]
    doc = export_data.json_document(tables)
    assert [(s["pain_before"], s["pain_after"]) for s in doc["sessions"]] == [(6, 3), (4, 7), (5, None)]


def test_the_tolerance_rule_counts_days_on_which_a_session_flared_the_pain():
    day = dt.date(2026, 11, 2)
    pains = [SessionPain(day, 3, 5), SessionPain(day, 3, 3),  # the 2nd: one session rose by 2
             SessionPain(day + dt.timedelta(1), 2, 3),  # a rise of 1 is not a flare
             SessionPain(day + dt.timedelta(2), 4, 7),
             SessionPain(day + dt.timedelta(3), 5, None)]  # not rated after: not counted
    t = tolerance(pains, day, day + dt.timedelta(6))
    assert (t.days_rated, t.days_flared, t.not_tolerated) == (3, 2, True)
    assert not tolerance(pains[:3], day, day + dt.timedelta(6)).not_tolerated  # 1 of 2 days: not most
    assert summary([SessionPain(day, None, 4)]) is None
