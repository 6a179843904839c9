"""Plausible, reproducible history for tests, benchmarks and screenshots.

``write_sample_history`` fills a profile with sessions, diary entries, weekly
scores and warning-sign answers: pain that improves and retreats toward the
back, most sessions done, a few stops. Tests import it directly (``tests/`` is
on the path); the benchmarks put ``tests/`` on ``sys.path`` first.
"""

from __future__ import annotations

import datetime as dt
import random

from coach.core import analytics
from coach.core.plan import day_plan
from coach.core.profile import Profile
from coach.core.program import Program
from coach.core.tracker import LOCATIONS, OutcomeScore, PsfsItem, TrackerEntry
from coach.store import safety
from coach.store import sessions as session_store
from coach.store import tracker as tracker_store
from coach.store.db import Store


def sample_entry(day: dt.date, progress: float, rng: random.Random, side: str = "right") -> TrackerEntry:
    """One plausible diary day ``progress`` of the way (0 → 1) from a bad start to a good recovery."""
    other = "left" if side == "right" else "right"
    base = 6.5 - 4.5 * progress
    reach = 3 - round(3 * progress + rng.uniform(-0.6, 0.6))  # 3 shin … 0 back
    pain: dict[str, int | None] = dict.fromkeys(LOCATIONS)
    for i, region in enumerate(("back", "thigh", "knee", "shin")):
        for s in (side, other):
            if i > max(0, reach):
                value = 0
            else:
                value = base - 0.8 * i + rng.uniform(-1.2, 1.2) - (2.5 if s == other else 0)
            pain[f"{region}_{s}"] = max(0, min(10, round(value)))
    weakness = ("stairs",) if rng.random() < 0.3 * (1 - progress) else ()
    return TrackerEntry(date=day, pain=pain, weakness=weakness,
                        activities_limited=("sitting",) if base > 4 else (),
                        helped=("walking",) if rng.random() < 0.5 else (),
                        note="Walked to the shop." if rng.random() < 0.05 else "")


def write_sample_history(store: Store, profile: Profile, program: Program, days: int, *,
                         seed: int = 1, stop_every: int = 40, skip_chance: float = 0.12,
                         diary_chance: float = 0.95, warning_every: int = 6) -> dt.date:
    """Fill ``days`` days from the profile's start date with sessions, diary entries, weekly scores and
    weekly warning-sign answers (a warning sign every ``warning_every`` weeks; 0 for never).

    One transaction for everything (it is test and benchmark data, not a
    person's). Returns the last day written (use it as "today").
    """

    rng = random.Random(seed)
    last = profile.start_date + dt.timedelta(days=days - 1)
    # weeks move on only by a decision: this sample person confirms moving on at each week's review
    moves = [(w, profile.start_date + dt.timedelta(days=7 * (w - 1))) for w in range(2, program.week_count + 1)]
    for w, d in moves:
        if d <= last:
            store.db["progression_choices"].insert({
                "profile_id": profile.id, "date": d.isoformat(), "chosen_at": f"{d.isoformat()}T07:00:00",
                "from_week": w - 1, "choice": "advance", "effective_week": w, "applies_from": d.isoformat(),
                "by": "patient", "note": ""})
    info = analytics.program_info(program, profile.start_date, profile.affected_side,
                                  tuple(safety.week_choices(store, profile.id)))
    slots = {w.number: day_plan(program, w.number, profile.affected_side) for w in program.weeks}
    slot_names = list(program.session_names) or ["Session"]
    n_session = 0
    with store.db.atomic():
        for i in range(days):
            day = profile.start_date + dt.timedelta(days=i)
            progress = i / max(1, days - 1)
            week = info.week_of(day)
            for slot in range(info.planned_on(day)):
                if rng.random() < skip_chance:
                    continue
                n_session += 1
                name = slot_names[slot] if slot < len(slot_names) else f"Session {slot + 1}"
                planned = [{"id": pe.id, "name": pe.name} for pe in slots[week][slot].exercises] \
                    if slot < len(slots[week]) else []
                sid = session_store.start_session(store, profile_id=profile.id, date=day, slot_index=slot,
                                                  slot_name=name, week=week, program_id=program.id, planned=planned)
                if stop_every and n_session % stop_every == 0:
                    reason = ("sharp_pain", "weakness", "unwell")[n_session // stop_every % 3]
                    k = rng.randrange(len(planned)) if planned else 0
                    session_store.append_event(store, sid, kind="stop", exercise_index=k,
                                               exercise_id=planned[k]["id"] if planned else None,
                                               data={"reason": reason, "detail": ""})
                    session_store.finish_session(store, sid, session_store.STOPPED, stop_reason=reason,
                                                 stop_detail="")
                else:
                    session_store.finish_session(store, sid, session_store.COMPLETED,
                                                 summary={"completed": True, "done": 1})
            if rng.random() < diary_chance:
                tracker_store.save_entry(store, profile.id, sample_entry(day, progress, rng, profile.affected_side
                                                                         if profile.affected_side in ("left", "right")
                                                                         else "right"), today=last)
            if i % 7 == 3:
                worse = warning_every and (i // 7) % warning_every == warning_every - 1
                safety.record_warning_answers(store, profile.id, day, {"weakness": bool(worse), "falls": False},
                                              "tracker")
            if i % 7 == 6:
                week_start = day - dt.timedelta(days=6)
                psfs = round(3 + 6 * progress)
                tracker_store.save_outcome(store, profile.id, OutcomeScore(
                    week_start=week_start, overall_pain=max(0, round(6 - 4 * progress)),
                    psfs=(PsfsItem("Climbing stairs", min(10, psfs)), PsfsItem("Sitting for an hour",
                                                                                min(10, psfs + 1)))), today=last)
    return last
