import datetime as dt

import pytest

from coach.core import tracker as t
from coach.core.tracker import ExerciseDone, OutcomeScore, PsfsItem, TrackerEntry

TODAY = dt.date(2026, 11, 10)


def entry(**kw):
    return TrackerEntry(date=kw.pop("date", TODAY), **kw)


def test_not_filled_is_not_zero():
    blank = entry()
    assert t.overall_pain(blank) is None
    assert t.most_distant_region(blank) is None
    zeros = entry(pain={k: 0 for k in t.LOCATIONS})
    assert t.overall_pain(zeros) == 0
    assert t.painful_locations(zeros) == []
    assert not zeros.is_empty() and blank.is_empty()


def test_overall_pain_is_the_worst_location_and_distance_follows_the_leg():
    e = entry().with_pain("back_left", 6).with_pain("thigh_right", 3).with_pain("knee_right", 0)
    assert t.overall_pain(e) == 6
    assert t.painful_locations(e) == ["back_left", "thigh_right"]
    assert t.most_distant_region(e) == "thigh"
    assert t.distance_rank(e) == 1
    e = e.with_pain("shin_left", 1)
    assert t.most_distant_region(e) == "shin" and t.distance_rank(e) == 3
    assert t.sides_with_pain(e) == {"left", "right"}
    assert t.pain_by_region(e) == {"back": 6, "thigh": 3, "knee": 0, "shin": 1}
    only_back = entry().with_pain("back_right", 4)
    assert t.most_distant_region(only_back) == "back" and t.sides_with_pain(only_back) == set()


def test_weakness_and_labels():
    assert not t.weakness_reported(entry())
    e = entry(weakness=("stairs", "other"), weakness_other="kneeling")
    assert t.weakness_reported(e)
    assert t.weakness_labels(e) == ["Climbing stairs", "kneeling"]
    assert t.weakness_reported(entry(weakness_other="getting out of the car"))
    e = entry(helped=("ice", "pacing"), helped_other="warm bath")
    assert t.helped_labels(e) == ["Ice for a flare (15 minutes at most)", "Pacing: activity balanced with rest",
                                  "warm bath"]
    e = entry(exercises=(ExerciseDone("Bridges", 2), ExerciseDone("Walking", 0)), exercises_other="swim")
    assert t.exercise_labels(e) == ["Bridges ×2", "swim"]
    e = entry(numbness_locations=("shin_left",), numbness_where="top of the foot", numbness_strength=3)
    assert t.numbness_places(e) == ["Left shin", "top of the foot"] and t.numbness_reported(e)


def test_future_dates_are_refused_with_a_way_out():
    [p] = t.problems(entry(date=TODAY + dt.timedelta(days=1)), TODAY)
    assert p.field == "date"
    assert "Wednesday 11 November 2026 is in the future" in p.message
    assert "choose today (Tuesday 10 November 2026) or an earlier day" in p.message
    assert t.problems(entry(date=TODAY - dt.timedelta(days=300)), TODAY) == []


@pytest.mark.parametrize("value", [11, -1, 2.5, "5", True])
def test_scores_must_be_whole_numbers_0_to_10(value):
    [p] = t.problems(entry().with_pain("knee_left", value), TODAY)
    assert p.field == "pain.knee_left"
    assert p.message.startswith("Pain in the left knee must be a whole number from 0 to 10")
    assert "leave it empty" in p.message
    with pytest.raises(t.TrackerError) as exc:
        t.check(entry(numbness_strength=value), TODAY)
    assert "numbness or tingling must be a whole number from 0 to 10" in str(exc.value)


def test_unknown_choices_and_long_text_are_named():
    e = entry(weakness=("flying",), activities_limited=("sitting", "sitting"), helped=("magic",),
              note="x" * 2001, exercises=(ExerciseDone("", 1), ExerciseDone("Bridges", 99)))
    msgs = {p.field: p.message for p in t.problems(e, TODAY)}
    assert "'flying' is not one of the choices" in msgs["weakness"]
    assert "listed twice" in msgs["activities_limited"]
    assert "'magic' is not one of the choices" in msgs["helped"]
    assert msgs["note"] == "The note is 2,001 characters long; shorten it to at most 2,000."
    assert msgs["exercises.0"] == "Exercise 1 has no name; type its name or remove it."
    assert "Bridges: times done must be a whole number from 0 to 20 (it is 99)" in msgs["exercises.1"]


def test_reminders_never_block_saving():
    e = entry(numbness_locations=("thigh_left",), weakness=("other",))
    assert t.problems(e, TODAY) == []
    fields = [r.field for r in t.reminders(e)]
    assert fields == ["numbness_strength", "weakness_other"]
    assert "Where is the numbness" in t.reminders(entry(numbness_strength=4))[0].message
    assert t.reminders(entry(numbness_where="foot", numbness_strength=2)) == []


def test_dict_round_trip():
    e = entry(numbness_locations=("shin_right",), numbness_strength=2, weakness=("stairs",),
              activities_limited=("driving",), activities_other="gardening",
              exercises=(ExerciseDone("Bridges", 2, "bridge", "morning: 12 reps"),), helped=("heat",),
              note="ok").with_pain("thigh_right", 4)
    assert t.entry_from_dict(t.entry_to_dict(e)) == e


def test_merge_exercises_adds_up_sessions():
    merged = t.merge_exercises([ExerciseDone("Bridges", 1, "bridge", "morning: 12 reps"),
                                ExerciseDone("Walking", 1, "walking", "morning: 15 min"),
                                ExerciseDone("Bridges", 1, "bridge", "evening: 12 reps")])
    assert merged == (ExerciseDone("Bridges", 2, "bridge", "morning: 12 reps; evening: 12 reps"),
                      ExerciseDone("Walking", 1, "walking", "morning: 15 min"))


def test_psfs_mean_and_outcome_validation():
    s = OutcomeScore(TODAY, 5, (PsfsItem("Stairs", 3), PsfsItem("Rising from a chair", 6), PsfsItem("Driving", 8)))
    assert s.psfs_mean == 5.7
    assert OutcomeScore(TODAY, None, (PsfsItem("Stairs", None),)).psfs_mean is None
    assert t.outcome_problems(s, TODAY) == []
    bad = OutcomeScore(TODAY + dt.timedelta(days=7), 12, (PsfsItem("", 4), PsfsItem("a", 1), PsfsItem("b", 1),
                                                          PsfsItem("c", 11)))
    msgs = {p.field: p.message for p in t.outcome_problems(bad, TODAY)}
    assert "has not begun yet" in msgs["week_start"]
    assert "Overall pain this week must be a whole number from 0 to 10 (it is 12)" in msgs["overall_pain"]
    assert msgs["psfs"].startswith("Name at most 3 activities (there are 4)")
    assert msgs["psfs.0"].startswith("Activity 1 has a rating but no name")
    assert "0 means you cannot do it at all" in msgs["psfs.3"]
    [r] = t.outcome_reminders(OutcomeScore(TODAY, None, (PsfsItem("Stairs"),)))
    assert r.message.startswith("Rate 'Stairs' from 0")

