"""The daily diary and the weekly outcome scores: save (one transaction each), read, list, delete.

One diary entry per day per person (``tracker_entries``, unique on profile and
date); one outcome record per program week (``outcome_scores``). Every write
checks the entry first (``coach.core.tracker``) and raises ``TrackerError``
with messages for the person; nothing half-valid is stored.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

from coach.core import tracker as core
from coach.core.i18n import translate
from coach.core.tracker import ExerciseDone, OutcomeScore, PsfsItem, TrackerEntry
from coach.store import sessions as session_store
from coach.store.db import Store

PAIN_COLUMN = {k: f"pain_{k}" for k in core.LOCATIONS}


# ---------------------------------------------------------------- diary rows
def _to_row(profile_id: int, entry: TrackerEntry) -> dict:
    row = {
        "profile_id": profile_id,
        "date": entry.date.isoformat(),
        "overall_pain": entry.overall,  # as the person rated it (the worst place is worked out when needed)
        "numbness_locations_json": json.dumps(list(entry.numbness_locations)),
        "numbness_where": entry.numbness_where,
        "numbness_strength": entry.numbness_strength,
        "weakness_json": json.dumps(list(entry.weakness)),
        "weakness_other": entry.weakness_other,
        "activities_json": json.dumps(list(entry.activities_limited)),
        "activities_other": entry.activities_other,
        "exercises_json": json.dumps([e.to_dict() for e in entry.exercises]),
        "exercises_other": entry.exercises_other,
        "helped_json": json.dumps(list(entry.helped)),
        "helped_other": entry.helped_other,
        "note": entry.note,
    }
    for k, col in PAIN_COLUMN.items():
        row[col] = entry.pain.get(k)
    return row


def _from_row(r: dict) -> TrackerEntry:
    def lst(col: str) -> list:
        return json.loads(r.get(col) or "[]")

    return TrackerEntry(
        date=dt.date.fromisoformat(r["date"]),
        pain={k: r.get(col) for k, col in PAIN_COLUMN.items()},
        overall=r.get("overall_pain"),
        numbness_locations=tuple(lst("numbness_locations_json")),
        numbness_where=r.get("numbness_where") or "",
        numbness_strength=r.get("numbness_strength"),
        weakness=tuple(lst("weakness_json")),
        weakness_other=r.get("weakness_other") or "",
        activities_limited=tuple(lst("activities_json")),
        activities_other=r.get("activities_other") or "",
        exercises=tuple(ExerciseDone.from_dict(e) for e in lst("exercises_json")),
        exercises_other=r.get("exercises_other") or "",
        helped=tuple(lst("helped_json")),
        helped_other=r.get("helped_other") or "",
        note=r.get("note") or "",
    )


def save_entry(store: Store, profile_id: int, entry: TrackerEntry, today: dt.date | None = None) -> int | None:
    """Insert or replace the day's entry in one transaction; returns its row id.

    An entry with nothing filled in removes the day's row instead (an empty day
    is "no entry", not a day of zeros) and returns None.
    """
    core.check(entry, today or store.clock.today())
    row = _to_row(profile_id, entry)
    now = store.now()

    def tx(db):
        found = db.execute("select id from tracker_entries where profile_id = ? and date = ?",
                           [profile_id, row["date"]]).fetchone()
        if entry.is_empty():
            if found:
                db["tracker_entries"].delete(found[0])
            return None
        if found:
            db["tracker_entries"].update(found[0], {**row, "updated_at": now})
            return found[0]
        return db["tracker_entries"].insert({**row, "created_at": now, "updated_at": now}).last_pk

    return store.write(tx)


def get_entry(store: Store, profile_id: int, date: dt.date) -> TrackerEntry | None:
    rows = list(store.db.query("select * from tracker_entries where profile_id = ? and date = ?",
                               [profile_id, date.isoformat()]))
    return _from_row(rows[0]) if rows else None


def saved_at(store: Store, profile_id: int, date: dt.date) -> dt.datetime | None:
    """When the day's entry was last saved (local time), or None when there is none."""
    row = store.db.execute("select updated_at from tracker_entries where profile_id = ? and date = ?",
                           [profile_id, date.isoformat()]).fetchone()
    return dt.datetime.fromisoformat(row[0]) if row and row[0] else None


def entries_between(store: Store, profile_id: int, start: dt.date, end: dt.date) -> dict[dt.date, TrackerEntry]:
    """The entries from ``start`` to ``end`` (both included), by date; days without an entry are absent."""
    rows = store.db.query(
        "select * from tracker_entries where profile_id = ? and date between ? and ? order by date",
        [profile_id, start.isoformat(), end.isoformat()])
    return {e.date: e for e in map(_from_row, rows)}


def all_entries(store: Store, profile_id: int) -> list[TrackerEntry]:
    return [_from_row(r) for r in store.db.query(
        "select * from tracker_entries where profile_id = ? order by date", [profile_id])]


def delete_entry(store: Store, profile_id: int, date: dt.date) -> bool:
    """Remove the day's entry; True when there was one."""
    def tx(db):
        cur = db.execute("delete from tracker_entries where profile_id = ? and date = ?",
                         [profile_id, date.isoformat()])
        return cur.rowcount > 0

    return store.write(tx)


# ------------------------------------------------------ exercises from sessions
def _amount(units: float, unit: str) -> str:
    if unit == "minutes":
        return translate("store", "{units} min").format(units=max(1, round(units)))
    return f"{round(units)} {unit}"


def _from_summary(summary: dict) -> list[tuple[str, str, float, str, bool]]:
    out = []
    for ex in summary.get("exercises") or []:
        units = float(ex.get("done_units") or 0)
        status = ex.get("status")
        if status == "done" or (status == "stopped" and units > 0):
            ex_id = ex.get("id") or ex.get("exercise_id") or ""  # session_log.summary_dict writes "id"
            out.append((ex_id, ex.get("name") or "", units, ex.get("unit") or "reps",
                        status == "stopped" or bool(ex.get("partial"))))
    return out


def _from_events(evs: list[dict]) -> list[tuple[str, str, float, str, bool]]:
    kinds: dict[str, str] = {}
    out = []
    for ev in evs:
        if ev["kind"] == "exercise_start" and ev.get("exercise_id"):
            kinds[ev["exercise_id"]] = ev["data"].get("kind", "")
        elif ev["kind"] == "exercise_done" and ev.get("exercise_id"):
            kind = kinds.get(ev["exercise_id"], "")
            unit = {"hold": "holds", "reps": "reps"}.get(kind, "minutes")
            done = ev["data"].get("done")
            if done is None:
                done = ev["data"].get("minutes") or 0
            out.append((ev["exercise_id"], "", float(done), unit, bool(ev["data"].get("partial"))))
    return out


def exercises_from_sessions(store: Store, profile_id: int, date: dt.date,
                            name_of: Callable[[str], str | None] | None = None) -> tuple[ExerciseDone, ...]:
    """What the sessions of that day (completed, stopped or closed) record as done, one line per exercise.

    ``times`` counts the sessions in which the exercise was done; ``detail``
    says how much, per session. Names come from the session's summary, its
    planned list, or ``name_of(exercise_id)``.
    """
    found: list[ExerciseDone] = []
    for s in session_store.sessions_on(store, profile_id, date):
        if s.status not in session_store.ENDED:
            continue
        planned_names = {p.get("id") or p.get("exercise_id"): p.get("name") for p in s.planned if isinstance(p, dict)}
        done = _from_summary(s.summary) if s.summary and s.summary.get("exercises") else []
        if not done:
            done = _from_events(session_store.events(store, s.id))
        for ex_id, name, units, unit, partial in done:
            name = name or planned_names.get(ex_id) or (name_of(ex_id) if name_of else None) or ex_id
            slot = (s.slot_name or "session").lower()
            detail = f"{slot}: {_amount(units, unit)}" + (translate("store", " (stopped early)") if partial else "")
            found.append(ExerciseDone(name=name, times=1, exercise_id=ex_id, detail=detail))
    return core.merge_exercises(found)


# -------------------------------------------------------------- outcome scores
def _outcome_from_row(r: dict) -> OutcomeScore:
    items = tuple(PsfsItem(activity=i.get("activity") or "", score=i.get("score"))
                  for i in json.loads(r.get("psfs_json") or "[]"))
    return OutcomeScore(week_start=dt.date.fromisoformat(r["week_start"]), overall_pain=r.get("overall_pain"),
                        psfs=items, note=r.get("note") or "")


def save_outcome(store: Store, profile_id: int, score: OutcomeScore, today: dt.date | None = None) -> int:
    """Insert or replace the week's outcome scores in one transaction; returns the row id."""
    core.check_outcome(score, today or store.clock.today())
    items = [{"activity": i.activity.strip(), "score": i.score} for i in score.psfs
             if i.activity.strip() or i.score is not None]
    row = {"profile_id": profile_id, "week_start": score.week_start.isoformat(),
           "overall_pain": score.overall_pain, "psfs_json": json.dumps(items),
           "psfs_mean": score.psfs_mean, "note": score.note}
    now = store.now()

    def tx(db):
        found = db.execute("select id from outcome_scores where profile_id = ? and week_start = ?",
                           [profile_id, row["week_start"]]).fetchone()
        if found:
            db["outcome_scores"].update(found[0], {**row, "updated_at": now})
            return found[0]
        return db["outcome_scores"].insert({**row, "created_at": now, "updated_at": now}).last_pk

    return store.write(tx)


def get_outcome(store: Store, profile_id: int, week_start: dt.date) -> OutcomeScore | None:
    rows = list(store.db.query("select * from outcome_scores where profile_id = ? and week_start = ?",
                               [profile_id, week_start.isoformat()]))
    return _outcome_from_row(rows[0]) if rows else None


def list_outcomes(store: Store, profile_id: int) -> list[OutcomeScore]:
    """Every week's outcome scores, oldest first."""
    return [_outcome_from_row(r) for r in store.db.query(
        "select * from outcome_scores where profile_id = ? order by week_start", [profile_id])]


def latest_outcome_before(store: Store, profile_id: int, week_start: dt.date) -> OutcomeScore | None:
    """The most recent week before ``week_start`` (to carry the PSFS activities forward)."""
    rows = list(store.db.query(
        "select * from outcome_scores where profile_id = ? and week_start < ? order by week_start desc limit 1",
        [profile_id, week_start.isoformat()]))
    return _outcome_from_row(rows[0]) if rows else None


def delete_outcome(store: Store, profile_id: int, week_start: dt.date) -> bool:
    def tx(db):
        cur = db.execute("delete from outcome_scores where profile_id = ? and week_start = ?",
                         [profile_id, week_start.isoformat()])
        return cur.rowcount > 0

    return store.write(tx)
