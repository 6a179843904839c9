"""Read-side queries for progress: sessions, stops, diary, weekly scores and warning signs.

``load_history(store, profile, program, today)`` reads every record the
progress screen, the chart exports and the provider report need, once, into a
``coach.core.analytics.ProgressHistory``; its ``progress(period)`` gives the
numbers of any period without reading again. ``load_progress`` does both for
one period. A handful of queries, whatever the history's length: the diary is
read with plain cursors and its lists parsed only when they hold something
(five years of daily data read in well under 100 ms).
"""

from __future__ import annotations

import datetime as dt
import json

from coach.core import analytics
from coach.core.analytics import Period, ProgressData, ProgressHistory, SessionRecord, WarningRecord
from coach.core.profile import Profile
from coach.core.program import Program
from coach.core.safety_texts import warning_follow_up, warning_source
from coach.core.tracker import LOCATIONS, ExerciseDone, TrackerEntry
from coach.store import care, safety
from coach.store import sessions as session_store
from coach.store import tracker as tracker_store
from coach.store.db import Store

_ALL = Period(dt.date(1, 1, 1), dt.date(9999, 12, 31))


# --------------------------------------------------------------------- reads
def session_records(store: Store, profile_id: int, period: Period = _ALL,
                    names: dict[str, str] | None = None) -> list[SessionRecord]:
    """Every session of the period, with the stop's reason and exercise for stopped ones."""
    cur = store.db.execute(
        "select id, date, slot_index, slot_name, week, status, planned_json, summary_json, stop_reason, "
        "stop_detail, pain_before, pain_after from sessions where profile_id = ? and date between ? and ? "
        "order by date, id",
        [profile_id, period.start.isoformat(), period.end.isoformat()])
    cols = [c[0] for c in cur.description]
    rows = [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]
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
            stop_reason=r["stop_reason"], stop_detail=r["stop_detail"], stop_exercise=exercise,
            partial=r["status"] == session_store.COMPLETED and in_part(r["summary_json"]),
            pain_before=r["pain_before"], pain_after=r["pain_after"]))
    return out


def in_part(summary_json: str | None) -> bool:
    """Whether a session's summary has an exercise not done in full (ended early, skipped or not reached)."""
    try:
        summary = json.loads(summary_json or "{}")
    except ValueError:
        return False
    exercises = summary.get("exercises") if isinstance(summary, dict) else None
    return any(isinstance(e, dict) and (e.get("status") != "done" or e.get("partial")) for e in exercises or ())


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


_ENTRY_COLUMNS = ("date", *(f"pain_{k}" for k in LOCATIONS), "numbness_locations_json", "numbness_where",
                  "numbness_strength", "weakness_json", "weakness_other", "activities_json", "activities_other",
                  "exercises_json", "exercises_other", "helped_json", "helped_other", "note")


def _list(text: str | None) -> list:
    if not text or text == "[]":
        return []
    try:
        value = json.loads(text)
    except ValueError:
        return []
    return value if isinstance(value, list) else []


def diary_entries(store: Store, profile_id: int, period: Period = _ALL) -> list[TrackerEntry]:
    """The diary entries of the period, oldest first (the same entries as ``coach.store.tracker`` reads,
    read in bulk: one plain cursor, and lists parsed only when they hold something)."""
    rows = store.db.execute(
        f"select {', '.join(_ENTRY_COLUMNS)} from tracker_entries where profile_id = ? and date between ? and ? "
        "order by date", [profile_id, period.start.isoformat(), period.end.isoformat()]).fetchall()
    n = len(LOCATIONS)
    out = []
    for r in rows:
        (numb, numb_where, numb_strength, weak, weak_other, acts, acts_other, exs, exs_other, helped,
         helped_other, note) = r[1 + n:]
        out.append(TrackerEntry(
            date=dt.date.fromisoformat(r[0]), pain=dict(zip(LOCATIONS, r[1:1 + n], strict=True)),
            numbness_locations=tuple(_list(numb)), numbness_where=numb_where or "",
            numbness_strength=numb_strength, weakness=tuple(_list(weak)), weakness_other=weak_other or "",
            activities_limited=tuple(_list(acts)), activities_other=acts_other or "",
            exercises=tuple(ExerciseDone.from_dict(e) for e in _list(exs) if isinstance(e, dict)),
            exercises_other=exs_other or "", helped=tuple(_list(helped)), helped_other=helped_other or "",
            note=note or ""))
    return out


def load_history(store: Store, profile: Profile, program: Program, today: dt.date) -> ProgressHistory:
    """Every record of the profile, ready for the numbers of any period (``.progress(period)``)."""
    choices = tuple(safety.week_choices(store, profile.id))
    info = analytics.program_info(program, profile.start_date, profile.affected_side, choices)
    return ProgressHistory(
        today=today, program=info, entries=diary_entries(store, profile.id),
        sessions=session_records(store, profile.id, names=program.exercise_names()),
        outcomes=tracker_store.list_outcomes(store, profile.id), warnings=warning_records(store, profile.id, _ALL),
        patient=profile.name, affected_side=profile.affected_side,
        flares=[f.date for f in care.flares_between(store, profile.id, dt.date.min, dt.date.max)],
    )


def load_progress(store: Store, profile: Profile, program: Program, today: dt.date,
                  period: Period | None = None) -> ProgressData:
    """Everything the charts and the report show for ``period`` (default: from the first record or the
    program's start to today)."""
    return load_history(store, profile, program, today).progress(period)


def report_extras(store: Store, profile: Profile, program: Program, period: Period):
    """What the provider report needs beside the progress numbers: the program, each exercise's dose level,
    every dose change and week decision of the period, nerve-glide check-ins and paused exercises.

    Dose changes are found by folding every ended session into the dose levels again, in order
    (``coach.core.progression.step_levels``, the rule ``coach.store.safety.catch_up`` applies as sessions end),
    so each change has its day.
    """
    from coach.core import progression as prog
    from coach.core.report_data import DoseChange, ReportExtras, WeekDecision

    records = safety.session_records(store, profile.id)
    ended = [r for r in records if r.status in prog.ENDED]
    _states, changes = prog.step_levels(program, {}, ended)
    levels = {(r["exercise_id"], r["week"]): float(r["level"]) for r in store.db.query(
        "select exercise_id, week, level from dose_levels where profile_id = ?", [profile.id])}
    glides = {e.id for w in program.weeks for e in w.exercises if e.nerve_glide}
    checkins = tingling = 0
    for r in records:
        if r.date in period:
            for ex, answer in r.checkins.items():
                if ex in glides:
                    checkins += 1
                    tingling += answer == "tingling"
    names = program.exercise_names()
    paused = tuple((names.get(p.exercise_id, p.exercise_id), _paused_why(p)) for p in safety.paused_exercises(store, profile.id))
    return ReportExtras(
        program=program, levels=levels,
        dose_changes=tuple(DoseChange(c.date, c.exercise_id, c.week, c.before, c.after, c.reason)
                           for c in changes if c.date in period),
        decisions=tuple(WeekDecision(c.applies_from, c.from_week, c.choice, c.effective_week)
                        for c in safety.week_choices(store, profile.id) if c.applies_from in period),
        glide_checkins=checkins, glide_tingling=tingling, paused=paused)


def _paused_why(p) -> str:
    """Why an exercise is paused, in a few words for a clinician: ``paused on 29 Oct 2026 after 3 stops (sharp pain,
    weakness or the leg giving way)``."""
    from coach.core.safety import stop_reason_text
    from coach.core.textfmt import date_text

    when = ""
    try:
        when = f" on {date_text(dt.datetime.fromisoformat(p.paused_at).date())}"
    except (TypeError, ValueError):
        pass
    reasons = [stop_reason_text(r).lower() for r in p.detail.get("reasons") or []]
    if p.reason == "repeated_stops" and reasons:
        kinds = ", ".join(dict.fromkeys(reasons))
        return f"paused{when} after {len(reasons)} stops ({kinds})"
    return f"paused{when} ({p.reason.replace('_', ' ')})"
