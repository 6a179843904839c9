import datetime as dt

from coach.core.reminders import (
    SESSION,
    TRACKER,
    ReminderScheduler,
    WakeDetector,
    day_reminders,
    next_open_slot,
)
from coach.core.settings import Settings

DAY = dt.date(2026, 11, 10)
SLOTS = ("Morning", "Evening")


def at(h, m=0, day=DAY):
    return dt.datetime.combine(day, dt.time(h, m))


class Clock:
    """A fake wall clock the test moves forward, and the 'done' state of each reminder."""

    def __init__(self, now):
        self.now = now
        self.done: set[tuple] = set()

    def is_done(self, r):
        return (r.kind, r.date, r.slot_index) in self.done


def run(sched, clock, until, step=dt.timedelta(seconds=30)):
    shown = []
    while clock.now <= until:
        shown += [(clock.now, r.key) for r in sched.check(clock.now, clock.is_done)]
        clock.now += step
    return shown


def test_default_day_has_sessions_at_eight_and_six_and_the_tracker_at_eight():
    rs = day_reminders(Settings(), SLOTS, DAY)
    assert [(r.kind, r.due.time(), r.slot_name) for r in rs] == [
        (SESSION, dt.time(8), "Morning"), (SESSION, dt.time(18), "Evening"), (TRACKER, dt.time(20), "")]
    assert rs[0].title == "Time for your morning session"
    assert "sharp pain or weakness" in rs[0].message
    assert rs[2].title == "Time for today's tracker"


def test_each_reminder_fires_once_at_its_time_through_a_whole_day():
    clock = Clock(at(7, 0))
    sched = ReminderScheduler(Settings(), SLOTS)
    shown = run(sched, clock, at(23, 59))
    assert shown == [(at(8), "session:2026-11-10:0"), (at(18), "session:2026-11-10:1"),
                     (at(20), "tracker:2026-11-10:")]


def test_nothing_fires_for_what_is_already_done():
    clock = Clock(at(7, 0))
    clock.done = {(SESSION, DAY, 0), (TRACKER, DAY, None)}
    sched = ReminderScheduler(Settings(), SLOTS)
    assert [k for _t, k in run(sched, clock, at(23))] == ["session:2026-11-10:1"]


def test_switched_off_reminders_never_fire():
    clock = Clock(at(7, 0))
    sched = ReminderScheduler(Settings(session_reminders=False), SLOTS)
    assert [k for _t, k in run(sched, clock, at(23))] == ["tracker:2026-11-10:"]
    sched2 = ReminderScheduler(Settings(session_reminders=False, tracker_reminder=False), SLOTS)
    assert run(sched2, Clock(at(7)), at(23)) == []


def test_sleeping_past_a_reminder_fires_it_once_on_wake_within_the_grace_window():
    sched = ReminderScheduler(Settings(), SLOTS, grace=dt.timedelta(hours=2))
    clock = Clock(at(7, 50))
    assert run(sched, clock, at(7, 55)) == []
    clock.now = at(9, 10)  # the lid was closed from 07:55 to 09:10
    shown = run(sched, clock, at(12))
    assert shown == [(at(9, 10), "session:2026-11-10:0")]


def test_a_reminder_older_than_the_grace_window_is_dropped_silently():
    sched = ReminderScheduler(Settings(), SLOTS, grace=dt.timedelta(hours=2))
    assert sched.check(at(7, 0), lambda r: False) == []
    assert sched.check(at(10, 30), lambda r: False) == []  # slept 07:00 → 10:30
    assert sched.check(at(10, 31), lambda r: False) == []  # and it does not come back later
    assert [r.slot_index for r in sched.check(at(18), lambda r: False)] == [1]


def test_waking_after_several_reminders_shows_only_the_newest_of_each_kind_not_a_burst():
    sched = ReminderScheduler(Settings(), SLOTS, grace=dt.timedelta(hours=3))
    sched.check(at(7), lambda r: False)
    shown = sched.check(at(20, 30), lambda r: False)  # slept all day
    assert [r.key for r in shown] == ["session:2026-11-10:1", "tracker:2026-11-10:"]
    assert sched.check(at(20, 31), lambda r: False) == []


def test_the_day_is_the_wall_clock_date_and_yesterday_never_fires_after_midnight():
    sched = ReminderScheduler(Settings(tracker_time=dt.time(23, 50)), SLOTS)
    sched.check(at(23, 40), lambda r: False)
    next_day = DAY + dt.timedelta(days=1)
    assert sched.check(at(0, 5, next_day), lambda r: False) == []  # slept across midnight
    shown = sched.check(at(8, 0, next_day), lambda r: False)
    assert [r.key for r in shown] == ["session:2026-11-11:0"]
    assert all(k.split(":")[1] == "2026-11-11" for k in sched.fired)


def test_already_fired_keys_survive_a_restart():
    first = ReminderScheduler(Settings(), SLOTS)
    assert len(first.check(at(8, 1), lambda r: False)) == 1
    second = ReminderScheduler(Settings(), SLOTS, fired=first.fired)
    assert second.check(at(8, 2), lambda r: False) == []


def test_changing_a_time_to_one_just_past_does_not_fire_at_once_but_a_future_one_does():
    sched = ReminderScheduler(Settings(), SLOTS)
    sched.check(at(12), lambda r: False)
    sched.update(Settings(session_times=(dt.time(8), dt.time(11, 55))), SLOTS, at(12))
    assert sched.check(at(12, 1), lambda r: False) == []
    sched.update(Settings(session_times=(dt.time(8), dt.time(12, 30))), SLOTS, at(12, 1))
    assert sched.check(at(12, 20), lambda r: False) == []
    # the evening key was handled by the first update: a moved time does not fire twice a day
    assert sched.check(at(12, 30), lambda r: False) == []
    assert [r.kind for r in sched.check(at(20), lambda r: False)] == [TRACKER]


def test_next_due_is_recomputed_from_the_clock():
    sched = ReminderScheduler(Settings(), SLOTS)
    assert sched.next_due(at(7)) == at(8)
    sched.check(at(8), lambda r: False)
    assert sched.next_due(at(8, 0)) == at(18)
    assert sched.next_due(at(21)) == at(8, 0, DAY + dt.timedelta(days=1))
    assert ReminderScheduler(Settings(session_reminders=False, tracker_reminder=False), SLOTS).next_due(at(7)) is None


def test_three_slot_programs_get_three_session_reminders():
    names = ("Morning", "Midday", "Evening")
    rs = day_reminders(Settings(), names, DAY)
    assert [r.due.time() for r in rs if r.kind == SESSION] == [dt.time(8), dt.time(13), dt.time(18)]


def test_next_open_slot_and_wake_detection():
    assert next_open_slot([0, 1], {0}) == 1
    assert next_open_slot([0, 1], {0, 1}) is None
    w = WakeDetector(gap=90)
    assert w.observe(1000.0, 5.0) is False
    assert w.observe(1030.0, 35.0) is False   # both clocks moved 30 s
    assert w.observe(5000.0, 65.0) is True    # wall clock moved an hour, monotonic 30 s: the machine slept
    assert w.observe(5030.0, 95.0) is False
