"""A store with constructed data whose numbers are known, for the export tests.

Right back pain: 6 every day of the first week (2–8 Mar 2026); the last week
(16–22 Mar) 3, 4, 3, –, 4, 3, 4: an average of 3.5 over 6 days. Right thigh 4
then nothing; right shin 2 in the first week (the pain reached the shin, then
only the back). One evening session stopped for sharp pain during Femoral nerve
glide; a warning sign (weakness) on 7 Mar and an all-clear on 8 Mar.
"""

import datetime as dt

from coach.core.tracker import LOCATIONS, OutcomeScore, PsfsItem, TrackerEntry
from coach.store import safety
from coach.store import sessions as ss
from coach.store import tracker as ts

D0 = dt.date(2026, 3, 2)
TODAY = D0 + dt.timedelta(days=20)
LAST_WEEK = [3, 4, 3, None, 4, 3, 4]


def day(n: int) -> dt.date:
    return D0 + dt.timedelta(days=n)


def pain(**kw):
    p = dict.fromkeys(LOCATIONS)
    p.update(kw)
    return p


def fill(store, profile_id: int, start: dt.date = D0) -> None:
    """Write the constructed data for the 21 days from ``start``."""

    def day(n: int) -> dt.date:
        return start + dt.timedelta(days=n)

    today = day(20)
    for i in range(7):
        ts.save_entry(store, profile_id, TrackerEntry(
            date=day(i), pain=pain(back_right=6, back_left=1, thigh_right=4, shin_right=2),
            weakness=("stairs",) if i == 3 else (), numbness_locations=("shin_right",) if i < 2 else (),
            numbness_strength=3 if i < 2 else None, note="Slept badly" if i == 1 else ""), today=today)
    for i in range(7, 14):
        ts.save_entry(store, profile_id, TrackerEntry(date=day(i), pain=pain(back_right=5, thigh_right=2)),
                      today=today)
    for i, v in enumerate(LAST_WEEK):
        if v is not None:
            ts.save_entry(store, profile_id, TrackerEntry(
                date=day(14 + i), pain=pain(back_right=v, back_left=0), helped=("walking",),
                note="Walked 20 minutes, felt good" if i == 6 else ""), today=today)
    planned = [{"id": "knee-to-chest", "name": "Knee to chest"},
               {"id": "femoral-nerve-glide", "name": "Femoral nerve glide"}]
    for i in range(21):
        for slot, name in ((0, "Morning"), (1, "Evening")):
            if i == 2 and slot == 1:
                sid = ss.start_session(store, profile_id=profile_id, date=day(i), slot_index=slot, slot_name=name,
                                       week=1, program_id="upper-lumbar-4-week", planned=planned)
                ss.append_event(store, sid, kind="exercise_start", exercise_index=1,
                                exercise_id="femoral-nerve-glide", data={"kind": "reps"})
                ss.append_event(store, sid, kind="stop", exercise_index=1, exercise_id="femoral-nerve-glide",
                                data={"reason": "sharp_pain", "detail": "in the front of the thigh"})
                ss.finish_session(store, sid, ss.STOPPED, stop_reason="sharp_pain",
                                  stop_detail="in the front of the thigh")
            elif i % 5 != 4 or slot == 0:  # every fifth day the evening session is missed
                sid = ss.start_session(store, profile_id=profile_id, date=day(i), slot_index=slot, slot_name=name,
                                       week=1 + i // 7, program_id="upper-lumbar-4-week", planned=planned)
                ss.finish_session(store, sid, ss.COMPLETED, summary={"completed": True})
    # weeks move on by tolerance and the person's confirmation: on to week 2 and week 3 at the reviews
    for week, n in ((2, 7), (3, 14)):
        store.db["progression_choices"].insert({
            "profile_id": profile_id, "date": day(n).isoformat(), "chosen_at": f"{day(n).isoformat()}T08:00:00",
            "from_week": week - 1, "choice": "advance", "effective_week": week, "applies_from": day(n).isoformat(),
            "by": "patient", "note": ""})
    ts.save_outcome(store, profile_id, OutcomeScore(start, 6, (PsfsItem("Climbing stairs", 3),
                                                            PsfsItem("Sitting an hour", 5))), today=today)
    ts.save_outcome(store, profile_id, OutcomeScore(day(14), 4, (PsfsItem("Climbing stairs", 6),
                                                                 PsfsItem("Sitting an hour", 7))), today=today)
    safety.record_warning_answers(store, profile_id, day(5), {"weakness": True}, "tracker")
    safety.record_warning_answers(store, profile_id, day(6), {"weakness": False}, "tracker")


