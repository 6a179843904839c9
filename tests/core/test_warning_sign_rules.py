"""Warning signs: every sign the seeds list is asked, with the urgency and the hold the seeds give it; what ends
a hold, and what cannot."""

import datetime as dt

import pytest

from coach.core import warning_signs as ws
from coach.core.warning_signs import ClinicianVisit, SignReport

D = dt.date(2026, 11, 3)


def at(day: dt.date, hour: int = 9, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=dt.UTC)


def report(i: int, day: dt.date, hour: int = 9, ack: dt.datetime | None = None, **answers) -> SignReport:
    return SignReport(i, day, at(day, hour), answers, "today", ack)


URGENCY = {
    # emergency: monograph Section 5 line 112 "seek emergency care"; levels line 31 "same-day evaluation"
    "bladder_bowel": ("emergency", "all"), "saddle_numbness": ("emergency", "all"),
    # promptly, every exercise held until seen: another cause may be behind it (monograph lines 30, 116)
    "sudden_severe": ("see_doctor_soon", "all"),  # L3-L4 line 456
    "injury_cancer_bones": ("see_doctor_soon", "all"),  # L1-L2 line 541; levels lines 32-33
    "fever": ("see_doctor_soon", "all"),  # L1-L2 line 539; levels line 34
    "weight_loss": ("see_doctor_soon", "all"),  # monograph line 116; L2-L3 line 742; L3-L4 line 462
    # promptly, the exercises needing a steady leg held until seen (monograph lines 111, 115; levels line 29)
    "weakness": ("see_doctor_soon", "steady_leg"), "knee_buckling": ("see_doctor_soon", "steady_leg"),
    "falls": ("see_doctor_soon", "steady_leg"), "limping": ("see_doctor_soon", "steady_leg"),
    # promptly, paused until read
    "numbness": ("see_doctor_soon", "read"),  # L3-L4 line 458
    "both_legs": ("see_doctor_soon", "read"),  # levels line 30
    "severe_pain": ("see_doctor_soon", "read"),  # monograph line 113; L1-L2 line 537
}


def test_every_sign_the_seeds_list_is_asked_with_its_urgency_and_hold():
    assert {q.id: (q.urgency, q.hold) for q in ws.WARNING_QUESTIONS} == URGENCY
    assert all(q.seeds for q in ws.SIGNS)
    # fever is asked apart from weight loss; the old combined answer is still read
    assert "weight" not in ws.SIGN_BY_ID["fever"].question
    assert not ws.SIGN_BY_ID["fever_weight"].asked and not ws.SIGN_BY_ID["exercise_weakness"].asked
    for q in ws.WARNING_QUESTIONS:
        out = ws.assess({x.id: x.id == q.id for x in ws.WARNING_QUESTIONS})
        assert (out.level, out.reported) == (q.urgency, (q.id,)), q.id
        assert q.short in out.text
        assert out.blocks_exercises == (q.hold == "all")


def test_outcome_texts():
    out = ws.assess({"bladder_bowel": True, "weakness": True})
    assert out.level == "emergency" and out.blocks_exercises and out.title == "Seek emergency care now"
    assert "emergency department now" in out.text and "Answering the questions again does not lift it" in out.text
    assert "also have weakness that is getting worse" in out.text
    fever = ws.assess({"fever": True})
    assert fever.level == "see_doctor_soon" and fever.title == "See a doctor promptly" and fever.blocks_exercises
    falls = ws.assess({"falls": True, "both_legs": True})
    assert falls.pauses_exercises and falls.withholds_steady_leg and "balance, step-ups" in falls.text
    clear = ws.assess({q.id: False for q in ws.WARNING_QUESTIONS})
    assert clear.level == "clear" and not clear.blocks_exercises and not clear.pauses_exercises
    with pytest.raises(ValueError, match="unknown warning-sign"):
        ws.assess({"headache": True})


def test_steady_leg_exercises():
    for ex, name in (("single-leg-balance", "Standing balance"), ("step-up", "Step-ups"),
                     ("stair-practice", "Stair practice"), ("mini-squat", "Mini squats"), ("wall-sit", "Wall sits"),
                     ("activity-practice", "Activity-specific training")):
        assert ws.needs_steady_leg(ex, name), ex
    for ex, name in (("knee-to-chest", "Knee to chest"), ("bridge", "Bridges"), ("walking", "Walking"),
                     ("femoral-nerve-glide", "Femoral nerve glide"), ("standing-hip-flexion", "Standing hip flexion")):
        assert not ws.needs_steady_leg(ex, name), ex


def test_re_answering_cannot_clear_an_emergency():
    first = report(1, D, bladder_bowel=True)
    again = report(2, D, 10, bladder_bowel=False, saddle_numbness=False)
    h = ws.holds([first, again])
    assert [s.sign.id for s in h.blocking] == ["bladder_bowel"] and h.level == "emergency"
    # reading it does not lift it either
    read = SignReport(1, D, at(D), {"bladder_bowel": True}, "today", at(D, 11))
    assert ws.holds([read]).blocking
    # a clinician's visit on or after the day it was reported does
    assert not ws.holds([first, again], [ClinicianVisit(D, at(D, 18))])
    # a visit dated before it was reported does not
    assert ws.holds([first], [ClinicianVisit(D - dt.timedelta(days=1), at(D, 18))]).blocking


def test_falls_hold_the_steady_leg_exercises_until_seen_not_until_read():
    falls = report(1, D, falls=True)
    h = ws.holds([falls])
    assert h.unread and not h.blocking and h.withholds("step-up", "Step-ups") and not h.withholds("bridge")
    read = SignReport(1, D, at(D), {"falls": True}, "today", at(D, 10))
    h = ws.holds([read, report(2, D + dt.timedelta(days=1), falls=False)])
    assert not h.unread and h.steady_leg  # read, and answered no the next day: still withheld
    assert not ws.holds([read], [ClinicianVisit(D + dt.timedelta(days=2), at(D + dt.timedelta(days=2)))])


def test_a_sign_that_only_needs_reading_ends_when_read():
    both = report(1, D, both_legs=True)
    assert ws.holds([both]).unread
    read = SignReport(1, D, at(D), {"both_legs": True}, "today", at(D, 10))
    assert not ws.holds([read])
    # answered yes again while read: the person knows; no new pause
    assert not ws.holds([read, report(2, D + dt.timedelta(days=1), both_legs=True)])
    # gone (answered no), then back: new again
    gone = report(2, D + dt.timedelta(days=1), both_legs=False)
    back = report(3, D + dt.timedelta(days=2), both_legs=True)
    assert ws.holds([read, gone, back]).unread


def test_a_sign_a_clinician_has_seen_stays_seen_while_it_continues():
    cancer = report(1, D, injury_cancer_bones=True)
    visit = ClinicianVisit(D + dt.timedelta(days=1), at(D + dt.timedelta(days=1)))
    again = report(2, D + dt.timedelta(days=3), injury_cancer_bones=True)
    assert not ws.holds([cancer, again], [visit])
    # answered no after the visit, then yes: new, so held again
    no = report(3, D + dt.timedelta(days=4), injury_cancer_bones=False)
    yes = report(4, D + dt.timedelta(days=5), injury_cancer_bones=True)
    assert ws.holds([cancer, again, no, yes], [visit]).blocking


def test_a_visit_must_be_today_or_before_and_not_before_the_signs():
    h = ws.holds([report(1, D, fever=True)])
    assert ws.visit_problem(D, D, h) is None
    assert "after today" in ws.visit_problem(D + dt.timedelta(days=1), D, h)
    assert "on or after Tuesday 3 November" in ws.visit_problem(D - dt.timedelta(days=1), D, h)
