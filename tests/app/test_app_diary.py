"""A day of the diary with its warning-sign answers (one transaction), the fourteen days and the weekly scores."""

import datetime as dt

import pytest

from coach.app import diary
from coach.core import safety as rules
from coach.core.tracker import OutcomeScore, PsfsItem, TrackerEntry, TrackerError
from coach.store import safety as safety_store
from coach.store import tracker as tracker_store
from coach.store.db import StoreError

START = dt.date(2026, 11, 1)  # the profile's start (conftest): day 1 of week 1
DAY = dt.date(2026, 11, 3)  # the clock's day (conftest): week 1, day 3


def day(n: int) -> dt.date:
    """Day ``n`` of the program."""
    return START + dt.timedelta(days=n - 1)


ALL_NO = {q.id: False for q in rules.WARNING_QUESTIONS}


def entry(date=DAY, note="stiff in the morning"):
    return TrackerEntry(date=date, pain={"back_left": 4, "thigh_right": 6}, note=note)


def answers_for(app, date):
    return [w for w in safety_store.warning_history(app.store, app.profile.id) if w.date == date]


def test_a_day_and_its_answers_are_saved_together(app):
    saved = diary.save_day(app, entry(), {**ALL_NO, "weakness": True})
    assert saved.value.level == rules.SEE_DOCTOR_SOON
    assert saved.changes.diary and saved.changes.safety
    assert tracker_store.get_entry(app.store, app.profile.id, DAY).pain["thigh_right"] == 6
    [rec] = answers_for(app, DAY)
    assert (rec.source, rec.answers["weakness"]) == ("tracker", True)
    shown = diary.load_day(app, DAY)
    assert shown.answers["weakness"] is True and shown.saved_at is not None


def test_when_the_answers_cannot_be_written_neither_is_the_day(app, monkeypatch):
    real = safety_store.record_warning_answers

    def disk_full(*a, **k):
        real(*a, **k)  # written inside the transaction, then the disk fills up
        raise StoreError("The disk is full, so the last change could not be saved.")

    monkeypatch.setattr(safety_store, "record_warning_answers", disk_full)
    with pytest.raises(StoreError):
        diary.save_day(app, entry(), {**ALL_NO, "bladder_bowel": True})
    assert tracker_store.get_entry(app.store, app.profile.id, DAY) is None
    assert answers_for(app, DAY) == []
    assert safety_store.open_warning(app.store, app.profile.id) is None


def test_the_same_answers_are_recorded_once_and_unfinished_ones_never(app):
    assert diary.save_day(app, entry(), {**ALL_NO, "falls": True}).value.level == rules.SEE_DOCTOR_SOON
    again = diary.save_day(app, entry(note="better by lunch"), {**ALL_NO, "falls": True})
    assert again.value is None and again.changes.diary and not again.changes.safety  # no second advice
    assert len(answers_for(app, DAY)) == 1
    unfinished = diary.save_day(app, entry(), {"falls": False})
    assert unfinished.value is None and len(answers_for(app, DAY)) == 1
    changed = diary.save_day(app, entry(), ALL_NO)
    assert changed.value.level == rules.CLEAR
    assert answers_for(app, DAY)[-1].answers == ALL_NO


def test_a_day_that_cannot_be_saved_writes_nothing(app):
    with pytest.raises(TrackerError) as err:
        diary.save_day(app, entry(date=DAY + dt.timedelta(days=2)), ALL_NO)  # a day still to come
    assert err.value.problems
    assert tracker_store.all_entries(app.store, app.profile.id) == []
    assert safety_store.warning_history(app.store, app.profile.id) == []


def test_an_unsaved_day_starts_with_the_sessions_exercises(app, store, profile, record):
    record(DAY, 1, ["knee-to-chest", "walking"])
    shown = diary.load_day(app, DAY)
    assert shown.saved_at is None
    assert [e.exercise_id for e in shown.entry.exercises] == ["knee-to-chest", "walking"]
    assert shown.entry.exercises[0].name == "Knee to chest"
    assert diary.load_day(app, DAY + dt.timedelta(days=1)).entry.exercises == ()  # tomorrow: nothing yet
    assert not diary.has_entry(app, DAY)


def test_fourteen_days_hold_entries_and_answers_by_date(app):
    diary.save_day(app, entry(date=day(2)), {**ALL_NO, "weakness": True})
    span = diary.span(app, day(1), DAY)
    assert list(span.entries) == [day(2)]
    assert span.warnings[day(2)].reported == ("weakness",)


def test_weekly_scores_keep_last_weeks_activities_to_rate_again(app):
    week1 = OutcomeScore(week_start=day(1), overall_pain=5, psfs=(PsfsItem("Climbing stairs", 4),))
    assert diary.save_scores(app, week1).diary
    shown = diary.load_scores(app, day(8))
    assert not shown.saved and [i.activity for i in shown.score.psfs] == ["Climbing stairs"]
    assert shown.score.psfs[0].score is None
    assert diary.load_scores(app, day(1)).saved and len(shown.earlier) == 1
