"""Read-side queries for progress: sessions, stops, diary, weekly scores and warning signs of a period.

``load_progress(store, profile, program, period, today)`` reads everything the
progress screen, the chart exports and the provider report need and hands it
to ``coach.core.analytics.build_progress``. A handful of queries per call,
whatever the period's length (five years of daily data read in well under a
second).

``write_sample_history`` fills a profile with plausible, reproducible data
(improving pain that retreats toward the back, most sessions done, a few
stops, weekly PSFS scores) for benchmarks, tests and screenshots.
"""

from __future__ import annotations

import datetime as dt
import json
import random

from coach.core import analytics
from coach.core.analytics import Period, ProgramInfo, ProgressData, SessionRecord, WarningRecord
from coach.core.plan import day_plan
from coach.core.profile import Profile
from coach.core.program import Program
from coach.core.tracker import LOCATIONS, OutcomeScore, PsfsItem, TrackerEntry
from coach.store import sessions as session_store
from coach.store import tracker as tracker_store
from coach.store.db import Store


# --------------------------------------------------------------------- reads
def session_records(store: Store, profile_id: int, period: Period,
                    names: dict[str, str] | None = None) -> list[SessionRecord]:
    """Every session of the period, with the stop's reason and exercise for stopped ones."""
    rows = list(store.db.query(
        "select id, date, slot_index, slot_name, week, status, planned_json, summary_json, stop_reason, "
        "stop_detail from sessions where profile_id = ? and date between ? and ? order by date, id",
        [profile_id, period.start.isoformat(), period.end.isoformat()]))
    stop_ex: dict[int, str | None] = {}
    stopped_ids = [r["id"] for r in rows if r["status"] == session_store.STOPPED]
    for chunk in range(0, len(stopped_ids), 500):
        ids = stopped_ids[chunk:chunk + 500]
        marks = ",".join("?" * len(ids))
        for ev in store.db.query(
                f"select session_id, exercise_id from session_events where kind = 'stop' and session_id in ({marks}) "
                "order by seq", ids):
            stop_ex[ev["session_id"]] = ev["exercise_id"]
    out = []
    for r in rows:
        exercise = None
        if r["status"] == session_store.STOPPED:
            exercise = _stopped_exercise(r, stop_ex.get(r["id"]), names or {})
        out.append(SessionRecord(
            date=dt.date.fromisoformat(r["date"]), slot_index=int(r["slot_index"] if r["slot_index"] is not None
                                                                  else 0),
            status=r["status"], slot_name=r["slot_name"] or "", week=r["week"] or 0,
            stop_reason=r["stop_reason"], stop_detail=r["stop_detail"], stop_exercise=exercise))
    return out


def _stopped_exercise(row: dict, event_exercise: str | None, names: dict[str, str]) -> str | None:
    """The name of the exercise a session stopped in: from the stop event, else the summary."""
    planned = {}
    try:
        for p in json.loads(row["planned_json"] or "[]"):
            if isinstance(p, dict):
                planned[p.get("id") or p.get("exercise_id")] = p.get("name")
    except ValueError:
        pass
    ex_id = event_exercise
    if ex_id is None and row["summary_json"]:
        try:
            summary = json.loads(row["summary_json"])
        except ValueError:
            summary = {}
        for e in summary.get("exercises") or []:
            if e.get("status") == "stopped":
                return e.get("name") or planned.get(e.get("id")) or names.get(e.get("id") or "")
        return None
    if ex_id is None:
        return None
    return planned.get(ex_id) or names.get(ex_id) or ex_id


def warning_records(store: Store, profile_id: int, period: Period) -> list[WarningRecord]:
    """Every warning-sign answer set of the period (same-day corrections replaced), in words."""
    from coach.store import safety

    out = []
    for w in safety.warning_history(store, profile_id):
        if w.date not in period:
            continue
        follow = []
        if w.acknowledged_at:
            follow.append(f"advice acknowledged {_when(w.acknowledged_at)}")
        if w.assessed_confirmed_at:
            follow.append(f"clinician assessment confirmed {_when(w.assessed_confirmed_at)}")
        if w.outcome.level != "clear" and not follow:
            follow.append("not yet acknowledged")
        out.append(WarningRecord(date=w.date, reported=w.outcome.reported_text(), outcome=w.outcome.title,
                                 source=WARNING_SOURCES.get(w.source, w.source), follow_up="; ".join(follow)))
    return out


WARNING_SOURCES = {"first_run": "first run", "tracker": "daily diary", "today": "Today screen"}


def _when(stamp: str) -> str:
    try:
        return analytics.date_text(dt.datetime.fromisoformat(stamp).date())
    except ValueError:
        return stamp


def first_record_date(store: Store, profile_id: int) -> dt.date | None:
    """The earliest day with a session, a diary entry or a weekly score."""
    row = store.db.execute(
        "select min(d) from (select min(date) d from sessions where profile_id = :p "
        "union all select min(date) from tracker_entries where profile_id = :p "
        "union all select min(week_start) from outcome_scores where profile_id = :p)", {"p": profile_id}).fetchone()
    return dt.date.fromisoformat(row[0]) if row and row[0] else None


def exercise_names(program: Program | None) -> dict[str, str]:
    if program is None:
        return {}
    return {e.id: e.name for w in program.weeks for e in w.exercises}


def profile_program(profile: Profile) -> Program:
    """The profile's program file, or the shipped program when that file is missing or has problems."""
    from pathlib import Path

    from coach.core.program_read import ProgramError, load_program
    from coach.resources import default_program_path

    path = Path(profile.program_path) if profile.program_path else None
    if path is not None and path.is_file():
        try:
            return load_program(path)
        except ProgramError:
            pass
    return load_program(default_program_path())


def default_period(store: Store, profile: Profile, today: dt.date) -> Period:
    """From the program start (or the first record, if earlier) to today."""
    return analytics.default_period(profile.start_date, today, first_record_date(store, profile.id))


def load_progress(store: Store, profile: Profile, program: Program, today: dt.date,
                  period: Period | None = None) -> ProgressData:
    """Everything the charts and the report show for ``period`` (default: :func:`default_period`)."""
    period = period or default_period(store, profile, today)
    info: ProgramInfo = analytics.program_info(program, profile.start_date, profile.affected_side)
    entries = tracker_store.entries_between(store, profile.id, period.start, period.end).values()
    outcomes = [o for o in tracker_store.list_outcomes(store, profile.id)
                if period.start - dt.timedelta(days=6) <= o.week_start <= period.end]
    return analytics.build_progress(
        period=period, today=today, program=info, entries=entries,
        sessions=session_records(store, profile.id, period, exercise_names(program)),
        outcomes=outcomes, warnings=warning_records(store, profile.id, period),
        patient=profile.name, affected_side=profile.affected_side,
    )


# -------------------------------------------------------------- sample data
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
    from coach.store import safety

    rng = random.Random(seed)
    info = analytics.program_info(program, profile.start_date, profile.affected_side)
    last = profile.start_date + dt.timedelta(days=days - 1)
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
