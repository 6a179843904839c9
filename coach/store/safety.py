"""Safety storage: warning-sign answers, week choices, dose levels and paused exercises; and the
adapter that turns stored sessions (and, when present, the daily diary) into the plain records of
``coach.core.safety`` and ``coach.core.progression``.

Every write is one transaction. The rules themselves live in the core modules;
this module only reads, stores and calls them.

Dose levels and pauses are brought up to date by :func:`catch_up`, which folds
every ended session not yet read (``safety_state.sessions_read_upto``) into
the levels and checks for repeated stops. It writes only when there is a new
ended session, so it is cheap to call whenever a plan is built. A session
still in progress when a later one ends is not read afterwards.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass

from coach.core import progression as prog
from coach.core import safety as core
from coach.core import safety_texts as texts
from coach.core.profile import Profile
from coach.core.program import Program
from coach.store import profiles
from coach.store.db import Store, StoreError
from coach.store.program_folder import profile_program

try:  # the daily diary, when it is installed
    from coach.core import tracker as _tracker_core
    from coach.store import tracker as _tracker_store
except ImportError:  # pragma: no cover - the diary ships with the app; this keeps safety working without it
    _tracker_core = None
    _tracker_store = None

SOURCES: tuple[str, ...] = ("first_run", "tracker", "today")
ENDED = ("completed", "stopped")


# ====================================================================== records
def session_records(store: Store, profile_id: int, session_id: int | None = None) -> list[core.SessionRecord]:
    """Every session of the profile (or just ``session_id``) as a ``SessionRecord``, oldest first."""
    only = "" if session_id is None else " and s.id = ?"
    rows = store.db.execute(
        "select s.id, s.date, s.week, s.slot_index, s.status, s.stop_reason, s.summary_json, "
        "e.kind, e.exercise_id, e.data_json from sessions s "
        "left join session_events e on e.session_id = s.id "
        f"where s.profile_id = ?{only} order by s.id, e.seq",
        [profile_id] if session_id is None else [profile_id, session_id]).fetchall()
    out: list[core.SessionRecord] = []
    cur: dict | None = None

    def flush():
        if cur is None:
            return
        stops = cur["stops"]
        if cur["status"] == "stopped" and not stops and cur["stop_reason"]:
            stops.append((_stopped_exercise(cur["summary"]) or "", cur["stop_reason"]))
        out.append(core.SessionRecord(
            date=dt.date.fromisoformat(cur["date"]), exercises=tuple(cur["exercises"]), stops=tuple(stops),
            id=cur["id"], week=cur["week"] or 0, slot_index=cur["slot_index"], status=cur["status"],
            done=tuple(cur["done"]), checkins=dict(cur["checkins"])))

    for sid, date, week, slot, status, stop_reason, summary, kind, ex, data_json in rows:
        if cur is None or cur["id"] != sid:
            flush()
            cur = {"id": sid, "date": date, "week": week, "slot_index": slot, "status": status,
                   "stop_reason": stop_reason, "summary": summary, "exercises": [], "stops": [], "done": [],
                   "checkins": {}}
        if kind is None:
            continue
        data = json.loads(data_json or "{}")
        if ex and kind in ("exercise_start", "exercise_done", "checkin", "stop", "hold", "rep",
                           "duration_logged", "practice_done") and ex not in cur["exercises"]:
            cur["exercises"].append(ex)
        if kind == "exercise_done" and ex and not data.get("partial") and ex not in cur["done"]:
            cur["done"].append(ex)
        elif kind == "checkin" and ex:
            cur["checkins"][ex] = data.get("answer")
        elif kind == "stop":
            reason = data.get("reason") or "other"
            cur["stops"].append((ex or "", "other" if reason == "user" else reason))
    flush()
    return out


def _stopped_exercise(summary_json: str | None) -> str | None:
    if not summary_json:
        return None
    s = json.loads(summary_json)
    i = s.get("stopped_at")
    exercises = s.get("exercises") or []
    if isinstance(i, int) and 0 <= i < len(exercises):
        return exercises[i].get("id") or exercises[i].get("exercise_id")
    return None


def day_records(store: Store, profile_id: int,
                sessions: list[core.SessionRecord] | None = None) -> list[core.DayRecord]:
    """Each day's pain and weakness: the diary's worst pain and weakness, plus weakness reported in sessions."""
    days: dict[dt.date, core.DayRecord] = {}
    if _tracker_store is not None and _tracker_core is not None:
        for e in _tracker_store.all_entries(store, profile_id):
            days[e.date] = core.DayRecord(e.date, _tracker_core.overall_pain(e),
                                          _tracker_core.weakness_reported(e))
    sessions = session_records(store, profile_id) if sessions is None else sessions
    for s in sessions:
        weak = any(r == "weakness" for _, r in s.stops) or "weakness" in s.checkins.values()
        if weak:
            d = days.get(s.date, core.DayRecord(s.date))
            days[s.date] = core.DayRecord(s.date, d.pain, True)
    return [days[d] for d in sorted(days)]


# ================================================================ warning signs
@dataclass(frozen=True)
class WarningRecord:
    id: int
    date: dt.date
    source: str
    answers: dict[str, bool]
    outcome: core.Outcome
    answered_at: str
    acknowledged_at: str | None
    assessed_confirmed_at: str | None


def _warning(r: dict) -> WarningRecord:
    answers = json.loads(r["answers_json"] or "{}")
    return WarningRecord(r["id"], dt.date.fromisoformat(r["date"]), r["source"], answers,
                         core.assess(answers), r["answered_at"], r["acknowledged_at"], r["assessed_confirmed_at"])


def record_warning_answers(store: Store, profile_id: int, date: dt.date, answers: Mapping[str, bool],
                           source: str) -> core.Outcome:
    """Store the answers to the warning-sign questions and return what they mean.

    One row per answer set, with its date. New answers for the same day from
    the same place (a correction in the diary) replace an earlier set that was
    not yet acknowledged; the same answers again change nothing.
    """
    if source not in SOURCES:
        raise ValueError(f"unknown source {source!r}; expected one of {SOURCES}")
    clean = {k: bool(v) for k, v in answers.items()}
    outcome = core.assess(clean)

    def tx(db):
        prev = list(db.query(
            "select * from warning_answers where profile_id = ? and date = ? and source = ? "
            "and superseded_at is null order by id desc limit 1", [profile_id, date.isoformat(), source]))
        if prev:
            p = prev[0]
            if json.loads(p["answers_json"] or "{}") == clean:
                return
            if not p["acknowledged_at"] and not p["assessed_confirmed_at"]:
                db["warning_answers"].update(p["id"], {"superseded_at": store.now()})
        db["warning_answers"].insert({
            "profile_id": profile_id, "date": date.isoformat(), "answered_at": store.now(), "source": source,
            "answers_json": json.dumps(clean, sort_keys=True), "outcome": outcome.level,
            "acknowledged_at": None, "assessed_confirmed_at": None, "superseded_at": None,
        })

    store.write(tx)
    return outcome


def warning_history(store: Store, profile_id: int) -> list[WarningRecord]:
    """Every stored answer set that was not replaced by a same-day correction, oldest first."""
    return [_warning(r) for r in store.db.query(
        "select * from warning_answers where profile_id = ? and superseded_at is null order by id", [profile_id])]


def open_warning(store: Store, profile_id: int) -> WarningRecord | None:
    """The warning that holds exercises back: an unconfirmed emergency first, else an unacknowledged one."""
    rows = [_warning(r) for r in store.db.query(
        "select * from warning_answers where profile_id = ? and superseded_at is null "
        "and outcome = ? and assessed_confirmed_at is null order by id desc limit 1",
        [profile_id, core.EMERGENCY])]
    if rows:
        return rows[0]
    rows = [_warning(r) for r in store.db.query(
        "select * from warning_answers where profile_id = ? and superseded_at is null "
        "and outcome = ? and acknowledged_at is null order by id desc limit 1",
        [profile_id, core.SEE_DOCTOR_SOON])]
    return rows[0] if rows else None


def acknowledge_warning(store: Store, profile_id: int) -> int:
    """The person has read the see-a-doctor-soon advice: exercises resume. Returns rows changed."""
    def tx(db):
        return db.execute(
            "update warning_answers set acknowledged_at = ? where profile_id = ? and outcome = ? "
            "and acknowledged_at is null and superseded_at is null",
            [store.now(), profile_id, core.SEE_DOCTOR_SOON]).rowcount

    return store.write(tx)


def confirm_assessed(store: Store, profile_id: int) -> int:
    """The person confirms a clinician has assessed them: every open warning is resolved."""
    def tx(db):
        now = store.now()
        n = db.execute(
            "update warning_answers set assessed_confirmed_at = ? where profile_id = ? and outcome = ? "
            "and assessed_confirmed_at is null and superseded_at is null",
            [now, profile_id, core.EMERGENCY]).rowcount
        n += db.execute(
            "update warning_answers set acknowledged_at = ? where profile_id = ? and outcome != ? "
            "and acknowledged_at is null and superseded_at is null", [now, profile_id, core.CLEAR]).rowcount
        return n

    return store.write(tx)


def exercise_block(store: Store, profile_id: int) -> str | None:
    """Why exercises may not be started now (warning signs reported), or None when they may."""
    w = open_warning(store, profile_id)
    return None if w is None else texts.exercise_block_text(w.outcome, w.date)


# =============================================================== levels, pauses
@dataclass(frozen=True)
class PausedExercise:
    id: int
    exercise_id: str
    paused_at: str
    reason: str
    detail: dict
    trigger_session_id: int


def _read_upto(store: Store, profile_id: int) -> int:
    row = store.db.execute("select sessions_read_upto from safety_state where profile_id = ?",
                           [profile_id]).fetchone()
    return row[0] if row and row[0] is not None else 0


def catch_up(store: Store, profile_id: int, program: Program) -> list[prog.LevelChange]:
    """Fold newly ended sessions into dose levels and pause exercises stopped repeatedly (one transaction).

    Returns the level changes made (empty when nothing new ended).
    """
    upto = _read_upto(store, profile_id)
    newest = store.db.execute(
        "select max(id) from sessions where profile_id = ? and status in (?, ?)", [profile_id, *ENDED]).fetchone()[0]
    if newest is None or newest <= upto:
        return []
    records = session_records(store, profile_id)
    ended = [r for r in records if r.status in ENDED]
    fresh = [r for r in ended if r.id > upto]
    states = {(r["exercise_id"], r["week"]): prog.LevelState(r["level"], r["streak"] or 0)
              for r in store.db.query("select * from dose_levels where profile_id = ?", [profile_id])}
    new_states, changes = prog.step_levels(program, states, fresh)
    pauses = list(store.db.query("select * from paused_exercises where profile_id = ?", [profile_id]))
    after = {}
    for p in pauses:
        if p["re_enabled_at"]:
            after[p["exercise_id"]] = max(after.get(p["exercise_id"], 0), p["trigger_session_id"] or 0)
    alerts = core.repeated_stops(ended, program.exercise_names(), after)
    now = store.now()

    def tx(db):
        for key, st in new_states.items():
            if states.get(key) != st:
                db["dose_levels"].upsert({"profile_id": profile_id, "exercise_id": key[0], "week": key[1],
                                          "level": st.level, "streak": st.streak, "updated_at": now},
                                         pk=("profile_id", "exercise_id", "week"))
        for a in alerts:
            ex = a.exercise_id
            last = a.data["last_session_id"]
            if any(p["exercise_id"] == ex and (not p["re_enabled_at"] or (p["trigger_session_id"] or 0) >= last)
                   for p in pauses):
                continue
            detail = {"dates": [d.isoformat() for d in a.data["dates"]], "reasons": list(a.data["reasons"]),
                      "session_ids": list(a.data["session_ids"]), "text": a.text}
            db["paused_exercises"].insert({
                "profile_id": profile_id, "exercise_id": ex, "paused_at": now, "reason": "repeated_stops",
                "detail_json": json.dumps(detail), "trigger_session_id": last, "re_enabled_at": None})
        db["safety_state"].upsert({"profile_id": profile_id, "sessions_read_upto": newest, "updated_at": now},
                                  pk="profile_id")

    store.write(tx)
    return changes


def dose_levels(store: Store, profile_id: int, week: int) -> dict[str, float]:
    """The stored level of each range dose in ``week`` (exercises not listed are at level 0)."""
    return {r["exercise_id"]: float(r["level"]) for r in store.db.query(
        "select exercise_id, level from dose_levels where profile_id = ? and week = ?", [profile_id, week])}


def paused_exercises(store: Store, profile_id: int) -> list[PausedExercise]:
    """Exercises paused now (not re-enabled), oldest first."""
    return [PausedExercise(r["id"], r["exercise_id"], r["paused_at"], r["reason"],
                           json.loads(r["detail_json"] or "{}"), r["trigger_session_id"] or 0)
            for r in store.db.query("select * from paused_exercises where profile_id = ? and re_enabled_at is null "
                                    "order by id", [profile_id])]


def pause_exercise(store: Store, profile_id: int, exercise_id: str, reason: str, detail: dict | None = None) -> None:
    """Pause an exercise by hand (it is left out of sessions until re-enabled)."""
    upto = _read_upto(store, profile_id)
    store.write(lambda db: db["paused_exercises"].insert({
        "profile_id": profile_id, "exercise_id": exercise_id, "paused_at": store.now(), "reason": reason,
        "detail_json": json.dumps(detail or {}), "trigger_session_id": upto, "re_enabled_at": None}))


def re_enable_exercise(store: Store, profile_id: int, exercise_id: str) -> bool:
    """Put a paused exercise back into the sessions; True when it was paused."""
    def tx(db):
        return db.execute("update paused_exercises set re_enabled_at = ? where profile_id = ? and exercise_id = ? "
                          "and re_enabled_at is null", [store.now(), profile_id, exercise_id]).rowcount > 0

    return store.write(tx)


def plan_adjustments(store: Store, profile: Profile, program: Program,
                     week: int) -> tuple[dict[str, float], frozenset[str]]:
    """Dose levels for ``week`` and the ids of paused exercises, after :func:`catch_up`.

    When the catch-up cannot be saved (a full disk), the levels and pauses stored so far are used.
    """
    try:
        catch_up(store, profile.id, program)
    except StoreError:
        pass
    return dose_levels(store, profile.id, week), frozenset(p.exercise_id for p in paused_exercises(store, profile.id))


# ================================================================== week choices
def week_choices(store: Store, profile_id: int) -> list[prog.WeekChoice]:
    return [prog.WeekChoice(dt.date.fromisoformat(r["applies_from"]), r["effective_week"], r["choice"],
                            r["from_week"], r["id"])
            for r in store.db.query("select * from progression_choices where profile_id = ? order by id",
                                    [profile_id])]


def effective_week(store: Store, profile: Profile, week_count: int, today: dt.date) -> int:
    """The program week for ``today``, honouring the stored choices."""
    return prog.effective_week(profile.start_date, today, week_count, week_choices(store, profile.id))


def due_review(store: Store, profile: Profile, program: Program, today: dt.date,
               records: list[core.SessionRecord] | None = None) -> prog.WeekReview | None:
    """The end-of-week review to show today, or None. ``records``: ``session_records`` if already read."""
    choices = week_choices(store, profile.id)
    if prog.review_block(profile.start_date, today, choices) is None:
        return None
    records = session_records(store, profile.id) if records is None else records
    return prog.due_review(program, profile.start_date, today, choices, records,
                           day_records(store, profile.id, records))


def record_week_choice(store: Store, profile_id: int, review: prog.WeekReview, choice: str,
                       today: dt.date) -> prog.WeekChoice:
    """Store the person's choice at the end of a week; it applies from ``review.applies_from``."""
    option = next((o for o in review.options if o.choice == choice), None)
    if option is None:
        raise ValueError(f"{choice!r} is not one of the choices offered ({[o.choice for o in review.options]})")

    def tx(db):
        return db["progression_choices"].insert({
            "profile_id": profile_id, "date": today.isoformat(), "chosen_at": store.now(),
            "from_week": review.from_week, "choice": choice, "effective_week": option.week,
            "applies_from": review.applies_from.isoformat()}).last_pk

    pk = store.write(tx)
    return prog.WeekChoice(review.applies_from, option.week, choice, review.from_week, pk)


# ==================================================================== alerts, notes
def trend_alerts(store: Store, profile: Profile, program: Program, today: dt.date,
                 records: list[core.SessionRecord] | None = None) -> list[core.TrendAlert]:
    """Pain and weakness trend alerts (repeated stops show as paused exercises instead)."""
    records = session_records(store, profile.id) if records is None else records
    days = day_records(store, profile.id, records)
    return [a for a in core.trend_alerts(days, records, today, program.exercise_names())
            if a.kind != "repeated_stops"]


def last_stop_note(store: Store, profile_id: int) -> str | None:
    """When the latest ended session was stopped for a symptom: what happened and the easier option."""
    rows = list(store.db.query(
        "select id, date, slot_name, week, planned_json from sessions where profile_id = ? and status in (?, ?) "
        "order by id desc limit 1", [profile_id, *ENDED]))
    if not rows:
        return None
    row = rows[0]
    rec = next(iter(session_records(store, profile_id, row["id"])), None)
    if rec is None or not rec.symptom_stops():
        return None
    ex_id, reason = rec.symptom_stops()[0]
    profile = profiles.get_profile(store, profile_id)
    program = profile_program(profile)
    ex = None
    try:
        ex = next((e for e in program.week(row["week"]).exercises if e.id == ex_id), None)
    except KeyError:
        pass
    ex = ex or program.exercise(ex_id)
    planned = {p.get("id"): p for p in json.loads(row["planned_json"] or "[]") if isinstance(p, dict)}
    name = ex.name if ex else (planned.get(ex_id, {}).get("name") or ex_id.replace("-", " ").capitalize())
    paused = any(p.exercise_id == ex_id for p in paused_exercises(store, profile_id))
    lower = None
    if ex is not None and not paused:
        level = float(planned.get(ex_id, {}).get("level") or 0.0)
        lower = prog.lower_dose_text(ex, level, profile.affected_side if profile else "unsure")
    return texts.last_stop_text(dt.date.fromisoformat(row["date"]), row["slot_name"] or "", name, reason,
                                paused=paused, kind=ex.kind if ex else "reps", lower_dose=lower)
