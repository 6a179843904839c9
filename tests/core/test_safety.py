import datetime as dt

import pytest

from coach.core import safety
from coach.core.safety import DayRecord, SessionRecord

D0 = dt.date(2026, 11, 1)


def day(n: int) -> dt.date:
    return D0 + dt.timedelta(days=n)


# ------------------------------------------------------------------ check-ins
def test_checkin_answers_and_what_they_mean():
    opts = {o.id: o for o in safety.checkin_options(nerve_glide=False)}
    assert list(opts) == ["fine", "tingling", "sharp_pain", "weakness"]
    assert [o.ends_session for o in opts.values()] == [False, False, True, True]
    glide = safety.checkin_option("tingling", nerve_glide=True)
    assert "expected during a nerve glide and is acceptable" in glide.meaning
    assert "nerve glide" not in opts["tingling"].meaning
    with pytest.raises(ValueError, match="unknown check-in answer"):
        safety.checkin_option("ok")


def test_stop_reasons_and_advice():
    ends = {r.id: r.ends_session for r in safety.STOP_REASONS}
    assert ends == {"sharp_pain": True, "weakness": True, "unwell": True, "other": False}
    text = safety.stop_advice("sharp_pain", "Wall sits")
    assert "You stopped during Wall sits because of sharp pain" in text
    assert "no more exercise today" in text
    assert "lying on your side with a pillow between your knees" in text
    assert "next few hours" in text
    assert "emergency care now" in text and "bladder or bowels" in text and "numbness between your legs" in text
    assert "See a doctor soon" in text and "gives way or you fall" in text
    assert "next session will suggest an easier option" in text
    glide = safety.stop_advice("sharp_pain", "Femoral nerve glide", nerve_glide=True)
    assert "Mild tingling is acceptable in a nerve glide, but sharp pain is not" in glide
    assert "gave way" in safety.stop_advice("weakness", "Step-ups")
    assert "dizzy or unwell" in safety.stop_advice("unwell", "Bridges")
    other = safety.stop_advice("other", "Bridges")
    assert "start the session again later today" in other and "emergency" not in other
    assert safety.stop_advice("user", "Bridges") == other  # the engine's plain stop reads as "other"
    with pytest.raises(ValueError):
        safety.stop_advice("bored", "Bridges")


def test_easier_option_names_the_lower_dose_or_a_gentler_way():
    assert "goes back to a lower dose (Hold 11 s × 5)" in safety.easier_option("hold", "Hold 11 s × 5")
    assert "fewer repetitions" in safety.easier_option("reps")
    assert "shorter time" in safety.easier_option("duration")
    assert "ask your clinician" in safety.easier_option("practice")


# --------------------------------------------------------------- warning signs
def test_every_warning_sign_leads_to_its_outcome():
    expected = {
        "bladder_bowel": "emergency", "saddle_numbness": "emergency", "weakness": "see_doctor_soon",
        "falls": "see_doctor_soon", "fever_weight": "see_doctor_soon", "severe_pain": "see_doctor_soon",
        "both_legs": "see_doctor_soon",
    }
    assert {q.id for q in safety.WARNING_QUESTIONS} == set(expected)
    for q in safety.WARNING_QUESTIONS:
        answers = {x.id: x.id == q.id for x in safety.WARNING_QUESTIONS}
        out = safety.assess(answers)
        assert out.level == expected[q.id], q.id
        assert out.reported == (q.id,)
        assert q.short in out.text


def test_emergency_outcome_texts():
    out = safety.assess({"bladder_bowel": True, "weakness": True})
    assert out.level == "emergency" and out.blocks_exercises and not out.pauses_exercises
    assert out.title == "Seek emergency care now"
    assert "emergency department now" in out.text and "blocked" in out.text
    assert out.reported == ("bladder_bowel", "weakness")


def test_soon_outcome_and_clear():
    soon = safety.assess({"falls": True, "both_legs": True, "bladder_bowel": False})
    assert soon.level == "see_doctor_soon" and soon.pauses_exercises
    assert "falls from the leg giving way and symptoms in both legs" in soon.text
    assert "paused" in soon.text and "emergency care now" in soon.text
    clear = safety.assess({q.id: False for q in safety.WARNING_QUESTIONS})
    assert clear.level == "clear" and not clear.blocks_exercises and not clear.pauses_exercises
    assert safety.assess({}).level == "clear"
    with pytest.raises(ValueError, match="unknown warning-sign"):
        safety.assess({"headache": True})


# ----------------------------------------------------------- pain not improving
def pain_days(first: list[float], last: list[float], gap: int = 14) -> list[DayRecord]:
    out = [DayRecord(day(i), p) for i, p in enumerate(first)]
    start = len(first) + gap
    out += [DayRecord(day(start + i), p) for i, p in enumerate(last)]
    return out


SESSIONS = [SessionRecord(D0, ["walking"], id=1)]


def test_pain_alert_fires_when_pain_has_not_improved_after_four_weeks():
    days = pain_days([6] * 7, [5] * 7)
    alert = safety.pain_not_improving(days, SESSIONS, day(28))
    assert alert is not None and alert.kind == "pain_not_improving"
    assert alert.data["first_average"] == 6 and alert.data["last_average"] == 5
    assert alert.data["drop"] == 1 and alert.data["days_compared"] == 7
    assert "6.0 out of 10" in alert.text and "5.0 over your last 7" in alert.text
    assert "doctor or physiotherapist" in alert.text
    assert alert.data["first_dates"] == (day(0), day(6))


def test_pain_alert_boundaries():
    days = pain_days([6] * 7, [5] * 7)
    assert safety.pain_not_improving(days, SESSIONS, day(27)) is None  # 27 days since the first session
    assert safety.pain_not_improving(days, [], day(40)) is None  # no sessions at all
    # an improvement needs 2 points and 30 % of the first average (coach.core.change)
    assert safety.pain_not_improving(pain_days([6] * 7, [4] * 7), SESSIONS, day(30)) is None  # 2 points, 33 %
    # 7 → 5 is 2 points but 29 %: not yet meaningful, so the advice to have it checked stays
    assert safety.pain_not_improving(pain_days([7] * 7, [5] * 7), SESSIONS, day(30)) is not None
    assert safety.pain_not_improving(pain_days([7] * 7, [4.9] * 7), SESSIONS, day(30)) is None  # 2.1 = 30 %
    # 3 → 2.1 is 30 % but under 2 points, within the noise of a 0–10 rating
    assert safety.pain_not_improving(pain_days([3] * 7, [2.1] * 7), SESSIONS, day(30)) is not None
    assert safety.pain_not_improving(pain_days([3] * 7, [1] * 7), SESSIONS, day(30)) is None
    # pain going up fires, and says so
    worse = safety.pain_not_improving(pain_days([4] * 7, [6] * 7), SESSIONS, day(30))
    assert "went up by 2.0 points" in worse.text


def test_pain_alert_needs_enough_tracked_days_and_some_pain_left():
    # five tracked days: groups of 2 would be too small to compare
    assert safety.pain_not_improving(pain_days([6, 6, 6], [6, 6]), SESSIONS, day(30)) is None
    # six tracked days: the first three against the last three
    alert = safety.pain_not_improving(pain_days([6, 6, 6], [6, 6, 6]), SESSIONS, day(30))
    assert alert is not None and alert.data["days_compared"] == 3
    # days without a pain score do not count
    untracked = [DayRecord(day(i), None) for i in range(20)]
    assert safety.pain_not_improving(untracked, SESSIONS, day(30)) is None
    # little pain left: nothing to improve
    assert safety.pain_not_improving(pain_days([0.5] * 7, [0.5] * 7), SESSIONS, day(30)) is None


# --------------------------------------------------------------- weakness trend
def test_weakness_alert_fires_when_weakness_is_more_frequent():
    today = day(20)
    days = [DayRecord(day(9), weakness=True),  # the week before: days 7..13
            DayRecord(day(15), weakness=True), DayRecord(day(20), weakness=True)]  # last 7 days: 14..20
    alert = safety.weakness_increasing(days, today)
    assert alert is not None
    assert alert.data["recent_days"] == 2 and alert.data["before_days"] == 1
    assert alert.data["recent_dates"] == (day(15), day(20))
    assert "2 days in the last week" in alert.text and "against 1 in the week before" in alert.text


def test_weakness_alert_stays_quiet_when_not_more_frequent():
    today = day(20)
    same = [DayRecord(day(8), weakness=True), DayRecord(day(14), weakness=True)]
    assert safety.weakness_increasing(same, today) is None
    # the boundary: day 13 is in the week before, day 14 in the last week
    assert safety.weakness_increasing([DayRecord(day(13), weakness=True)], today) is None
    assert safety.weakness_increasing([DayRecord(day(14), weakness=True)], today) is not None
    # older reports, "no weakness" days and unknown days do not count
    quiet = [DayRecord(day(2), weakness=True), DayRecord(day(18), weakness=False), DayRecord(day(19))]
    assert safety.weakness_increasing(quiet, today) is None
    assert safety.weakness_increasing([DayRecord(day(21), weakness=True)], today) is None  # the future


# -------------------------------------------------------------- repeated stops
def sess(i, exercises, stops=(), checkins=None):
    return SessionRecord(day(i), exercises, stops, id=i + 1, checkins=checkins or {})


def test_two_symptom_stops_in_the_last_three_sessions_pause_the_exercise():
    history = [
        sess(0, ["wall-sit", "step-up"], [("wall-sit", "sharp_pain")]),
        sess(1, ["step-up"]),
        sess(2, ["wall-sit"]),
        sess(3, ["wall-sit"], [("wall-sit", "weakness")]),
    ]
    alerts = safety.repeated_stops(history, {"wall-sit": "Wall sits"})
    assert [a.exercise_id for a in alerts] == ["wall-sit"]
    a = alerts[0]
    assert a.title == "Wall sits is paused"
    assert a.data["dates"] == (day(0), day(3)) and a.data["reasons"] == ("sharp_pain", "weakness")
    assert a.data["last_session_id"] == 4
    assert "Wall sits 2 times in its last 3 sessions" in a.text and "Ask your doctor or physiotherapist" in a.text


def test_repeated_stops_stay_quiet_otherwise():
    # stops three sessions apart (outside the window of three)
    spread = [sess(0, ["wall-sit"], [("wall-sit", "sharp_pain")]), sess(1, ["wall-sit"]), sess(2, ["wall-sit"]),
              sess(3, ["wall-sit"], [("wall-sit", "sharp_pain")])]
    assert safety.repeated_stops(spread) == []
    # stops for "something else" are not symptom stops
    other = [sess(0, ["bridge"], [("bridge", "other")]), sess(1, ["bridge"], [("bridge", "other")])]
    assert safety.repeated_stops(other) == []
    # two stops on different exercises
    mixed = [sess(0, ["bridge", "step-up"], [("bridge", "sharp_pain")]),
             sess(1, ["bridge", "step-up"], [("step-up", "sharp_pain")])]
    assert safety.repeated_stops(mixed) == []


def test_repeated_stops_count_checkins_and_unwell_and_respect_reenabling():
    history = [sess(0, ["bridge"], checkins={"bridge": "sharp_pain"}), sess(1, ["bridge"], [("bridge", "unwell")])]
    assert [a.exercise_id for a in safety.repeated_stops(history)] == ["bridge"]
    # re-enabled after session 2: those stops no longer count
    assert safety.repeated_stops(history, after={"bridge": 2}) == []
    later = history + [sess(2, ["bridge"], [("bridge", "weakness")])]
    assert safety.repeated_stops(later, after={"bridge": 2}) == []
    later.append(sess(3, ["bridge"], [("bridge", "weakness")]))
    assert safety.repeated_stops(later, after={"bridge": 2})[0].data["session_ids"] == (3, 4)


def test_trend_alerts_lists_every_alert_that_fires():
    days = pain_days([6] * 7, [6] * 7) + [DayRecord(day(29), weakness=True)]
    history = [sess(0, ["bridge"], [("bridge", "sharp_pain")]), sess(1, ["bridge"], [("bridge", "sharp_pain")])]
    kinds = [a.kind for a in safety.trend_alerts(days, history, day(30))]
    assert kinds == ["weakness_increasing", "repeated_stops", "pain_not_improving"]
    assert safety.trend_alerts([], [], day(30)) == []
