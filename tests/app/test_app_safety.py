"""Keeping the safety record up to date, what Today warns about, and the person's answers."""

import datetime as dt

from coach.app import safety, sessions
from coach.app.state import App
from coach.core import safety as rules
from coach.store import safety as safety_store

START = dt.date(2026, 11, 1)  # the profile's start (conftest): day 1 of week 1
DAY = dt.date(2026, 11, 3)  # the clock's day (conftest): week 1, day 3


def day(n: int) -> dt.date:
    """Day ``n`` of the program."""
    return START + dt.timedelta(days=n - 1)


W2 = ["prone-knee-bend", "standing-hip-flexion", "bridge", "walking"]


def on_week(store, profile, week: int, since: dt.date) -> None:
    """A clinician set the program on ``week`` from ``since`` (weeks never follow the calendar)."""
    safety_store.set_week(store, profile.id, 1, week, since, "test setup")


def test_reading_the_plan_writes_nothing_and_the_catch_up_is_its_own_step(app, store, profile, clock, record):
    clock.set(clock.now().replace(day=17))
    on_week(store, profile, 3, day(15))
    for d in (15, 16):
        record(day(d), 3, ["wall-sit"])
    levels_before = safety_store.dose_levels(store, profile.id, 3)
    wall = next(pe for pe in app.today_slots()[0].exercises if pe.id == "wall-sit")
    assert wall.level == 0.0 and safety_store.dose_levels(store, profile.id, 3) == levels_before == {}
    assert safety.catch_up(app).safety
    wall = next(pe for pe in app.today_slots()[0].exercises if pe.id == "wall-sit")
    assert (wall.level, wall.hold_seconds) == (0.25, 11)
    assert not safety.catch_up(app)  # nothing new ended: nothing written, nothing changed


def test_opening_brings_levels_and_pauses_up_to_date(store, profile, clock, record):
    clock.set(clock.now().replace(day=10))
    on_week(store, profile, 2, day(8))
    record(day(8), 2, W2, stop=("bridge", "sharp_pain"))
    record(day(9), 2, W2, stop=("bridge", "spreading"))
    app = App.open(store)
    notices = safety.notices(app)
    assert [p.exercise_id for p in notices.paused] == ["bridge"] and notices.paused[0].name == "Bridges"
    assert "Mon 9 Nov: pain spreading further down the leg" in notices.paused[0].text
    assert all("bridge" not in [pe.id for pe in s.exercises] for s in app.today_slots())
    assert safety.re_enable(app, "bridge").safety
    assert not safety.re_enable(app, "bridge")  # already back: nothing changes
    # back in the plan, and the day after its last stop it is left out, with the reason (no easier dose)
    slots = app.today_slots()
    assert all([lo.id for lo in s.left_out] == ["bridge"] for s in slots)
    assert slots[0].left_out[0].reason.startswith("Left out today after Monday's stop (pain spreading")


def test_ending_a_session_folds_it_in_at_once(app, store, profile, clock, record):
    clock.set(clock.now().replace(day=10))
    on_week(store, profile, 2, day(8))
    record(day(8), 2, W2, stop=("bridge", "sharp_pain"))
    safety.catch_up(app)
    assert safety.notices(app).paused == ()  # the first stop: not yet a pause
    record(day(9), 2, W2, stop=("bridge", "sharp_pain"))
    assert safety.catch_up(app).safety
    assert [p.exercise_id for p in safety.notices(app).paused] == ["bridge"]


def test_answers_from_today_block_until_read_and_say_what_they_mean(app):
    recorded = safety.record_answers(app, {**{q.id: False for q in rules.WARNING_QUESTIONS}, "both_legs": True})
    assert recorded.value.level == rules.SEE_DOCTOR_SOON and recorded.changes.safety
    [rec] = safety_store.warning_history(app.store, app.profile.id)
    assert (rec.source, rec.date) == ("today", app.today())
    assert safety.notices(app).warning is not None
    assert sessions.what_can_start(app).block.short == rules.PAUSED_SHORT
    assert safety.confirm(app, rules.SEE_DOCTOR_SOON).safety
    assert sessions.what_can_start(app).block is None and safety.notices(app).warning is None


def at_the_end_of_a_tolerated_first_week(store, clock, record) -> App:
    """Both sessions done on days 1 to 7; the app opened on day 8, when the week's review is due."""
    for d in range(1, 8):
        for slot in (0, 1):
            record(day(d), 1, ["knee-to-chest", "femoral-nerve-glide", "walking", "hip-flexor-stretch"], slot=slot)
    clock.set(clock.now().replace(day=8))
    return App.open(store)


def test_the_week_choice_changes_the_week_from_the_day_it_is_made(store, clock, record):
    app = at_the_end_of_a_tolerated_first_week(store, clock, record)
    review = safety.notices(app).review
    assert review is not None and review.from_week == 1 and review.recommended == "advance"
    chosen = safety.choose_week(app, review, "advance")
    assert chosen.changes.safety and (chosen.value.choice, chosen.value.applies_from) == ("advance", day(8))
    assert safety.notices(app).review is None and app.current_week() == 2
    clock.set(clock.now().replace(day=20))
    assert app.current_week() == 2  # never by the calendar: the next review decides


def test_a_warning_hides_the_weeks_review(store, clock, record):
    app = at_the_end_of_a_tolerated_first_week(store, clock, record)
    safety.record_answers(app, {"bladder_bowel": True})
    notices = safety.notices(app)
    assert notices.holds.blocking and notices.review is None
    assert "its review comes when exercises can start again" in notices.week.why
