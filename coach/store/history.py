"""Read-side queries for progress: sessions, stops, diary, weekly scores and warning signs of a period.

``load_progress(store, profile, program, period, today)`` reads everything the
progress screen, the chart exports and the provider report need and hands it
to ``coach.core.analytics.build_progress``. A handful of queries per call,
whatever the period's length (five years of daily data read in well under a
second).
"""

from __future__ import annotations

import datetime as dt
import json

from coach.core import analytics
from coach.core.analytics import Period, ProgramInfo, ProgressData, SessionRecord, WarningRecord
from coach.core.profile import Profile
from coach.core.program import Program
from coach.core.safety_texts import warning_follow_up, warning_source
from coach.store import safety
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
    return [WarningRecord(date=w.date, reported=w.outcome.reported_text(), outcome=w.outcome.title,
                          source=warning_source(w.source),
                          follow_up=warning_follow_up(w.outcome.level, w.acknowledged_at, w.assessed_confirmed_at))
            for w in safety.warning_history(store, profile_id) if w.date in period]


def first_record_date(store: Store, profile_id: int) -> dt.date | None:
    """The earliest day with a session, a diary entry or a weekly score."""
    row = store.db.execute(
        "select min(d) from (select min(date) d from sessions where profile_id = :p "
        "union all select min(date) from tracker_entries where profile_id = :p "
        "union all select min(week_start) from outcome_scores where profile_id = :p)", {"p": profile_id}).fetchone()
    return dt.date.fromisoformat(row[0]) if row and row[0] else None


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
        sessions=session_records(store, profile.id, period, program.exercise_names()),
        outcomes=outcomes, warnings=warning_records(store, profile.id, period),
        patient=profile.name, affected_side=profile.affected_side,
    )
