"""Safety storage: warning-sign answers, clinician visits, a clinician's leave to exercise again on a stop's
day, week choices, dose levels and paused exercises; and the adapter that turns stored sessions (and, when
present, the daily diary) into the plain records of ``coach.core.safety`` and ``coach.core.progression``.

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
from coach.core import trends
from coach.core import warning_signs as wsigns
from coach.core.profile import Profile
from coach.core.program import Program
from coach.store import sessions as session_store
from coach.store.db import Store, StoreError

try:  # the daily diary, when it is installed
    from coach.core import tracker as _tracker_core
    from coach.store import tracker as _tracker_store
except ImportError:  # pragma: no cover - the diary ships with the app; this keeps safety working without it
    _tracker_core = None
    _tracker_store = None

SOURCES: tuple[str, ...] = ("first_run", "tracker", "today", "stop")
ENDED = ("completed", "stopped")


# ====================================================================== records
def session_records(store: Store, profile_id: int, session_id: int | None = None,
                    since: dt.date | None = None) -> list[core.SessionRecord]:
    """Every session of the profile (or just ``session_id``, or those from ``since`` on) as a ``SessionRecord``,
    oldest first."""
    only = "" if session_id is None else " and s.id = ?"
    params: list = [profile_id] if session_id is None else [profile_id, session_id]
    if since is not None:
        only += " and s.date >= ?"
        params.append(since.isoformat())
    rows = store.db.execute(
        "select s.id, s.date, s.week, s.slot_index, s.status, s.stop_reason, s.summary_json, s.planned_json, "
        "e.kind, e.exercise_id, e.data_json from sessions s "
        "left join session_events e on e.session_id = s.id "
        f"where s.profile_id = ?{only} order by s.id, e.seq", params).fetchall()
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
            done=tuple(cur["done"]), checkins=dict(cur["checkins"]), planned=tuple(cur["planned"]),
            levels=dict(cur["levels"])))

    for sid, date, week, slot, status, stop_reason, summary, planned_json, kind, ex, data_json in rows:
        if cur is None or cur["id"] != sid:
            flush()
            planned = _planned(planned_json)
            cur = {"id": sid, "date": date, "week": week, "slot_index": slot, "status": status,
                   "stop_reason": stop_reason, "summary": summary, "exercises": [], "stops": [], "done": [],
                   "checkins": {}, "planned": [p["id"] for p in planned],
                   "levels": {p["id"]: float(p.get("level") or 0.0) for p in planned}}
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


def _planned(planned_json: str | None) -> list[dict]:
    try:
        items = json.loads(planned_json or "[]")
    except ValueError:
        return []
    return [p for p in items if isinstance(p, dict) and isinstance(p.get("id"), str)] if isinstance(items, list) else []


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
    """Each day's pain, weakness and how far down the leg the pain reached (the diary's worst pain, weakness
    and body map), plus weakness reported in sessions."""
    days: dict[dt.date, core.DayRecord] = {}
    if _tracker_store is not None and _tracker_core is not None:
        for e in _tracker_store.all_entries(store, profile_id):
            days[e.date] = core.DayRecord(e.date, _tracker_core.overall_pain(e),
                                          _tracker_core.weakness_reported(e), _reach(e))
    sessions = session_records(store, profile_id) if sessions is None else sessions
    for s in sessions:
        weak = any(r == "weakness" for _, r in s.stops) or "weakness" in s.checkins.values()
        if weak:
            d = days.get(s.date, core.DayRecord(s.date))
            days[s.date] = core.DayRecord(s.date, d.pain, True, d.reach)
    return [days[d] for d in sorted(days)]


def _reach(entry) -> int | None:
    """How far down the leg the pain reached: 0 no pain, 1 back … 4 shin; None when nothing was rated."""
    if _tracker_core.overall_pain(entry) is None:
        return None
    r = _tracker_core.distance_rank(entry)
    return 0 if r is None else r + 1


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

    def report(self) -> core.SignReport:
        return core.SignReport(self.id, self.date, _stamp(self.answered_at), self.answers, self.source,
                               _stamp(self.acknowledged_at) if self.acknowledged_at else None)


def _stamp(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def _warning(r: dict) -> WarningRecord:
    answers = {k: bool(v) for k, v in json.loads(r["answers_json"] or "{}").items() if k in wsigns.SIGN_BY_ID}
    return WarningRecord(r["id"], dt.date.fromisoformat(r["date"]), r["source"], answers,
                         core.assess(answers), r["answered_at"], r["acknowledged_at"], r["assessed_confirmed_at"])


def _insert_answers(db, store: Store, profile_id: int, date: dt.date, answers: Mapping[str, bool], source: str,
                    acknowledged_at: str | None = None) -> None:
    db["warning_answers"].insert({
        "profile_id": profile_id, "date": date.isoformat(), "answered_at": store.now(), "source": source,
        "answers_json": json.dumps(dict(answers), sort_keys=True), "outcome": core.assess(answers).level,
        "acknowledged_at": acknowledged_at, "assessed_confirmed_at": None, "superseded_at": None,
    })


def record_warning_answers(store: Store, profile_id: int, date: dt.date, answers: Mapping[str, bool],
                           source: str) -> core.Outcome:
    """Store the answers to the warning-sign questions and return what they mean.

    One row per answer set, with its date. New answers for the same day from
    the same place (a correction in the diary) replace an earlier set only when
    that set reported no sign: a sign once reported stays on record, and only
    a clinician's visit (or, for the signs that ask it, reading the advice)
    ends what it holds back (``coach.core.warning_signs``). The same answers
    again change nothing.
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
            if p["outcome"] == core.CLEAR and not p["acknowledged_at"] and not p["assessed_confirmed_at"]:
                db["warning_answers"].update(p["id"], {"superseded_at": store.now()})
        _insert_answers(db, store, profile_id, date, clean, source)

    store.write(tx)
    return outcome


def warning_history(store: Store, profile_id: int) -> list[WarningRecord]:
    """Every stored answer set that was not replaced by a same-day correction, oldest first."""
    return [_warning(r) for r in store.db.query(
        "select * from warning_answers where profile_id = ? and superseded_at is null order by id", [profile_id])]


@dataclass(frozen=True)
class Visit:
    id: int
    seen_on: dt.date
    recorded_at: str
    by: str
    note: str

    def visit(self) -> core.ClinicianVisit:
        return core.ClinicianVisit(self.seen_on, _stamp(self.recorded_at), self.by, self.note, self.id)


def visits(store: Store, profile_id: int) -> list[Visit]:
    """Every clinician visit recorded, oldest first."""
    return [Visit(r["id"], dt.date.fromisoformat(r["seen_on"]), r["recorded_at"], r["by"] or "patient",
                  r["note"] or "")
            for r in store.db.query("select * from clinician_visits where profile_id = ? order by id", [profile_id])]


def warning_holds(store: Store, profile_id: int) -> core.Holds:
    """What the warning signs reported hold back now (``coach.core.warning_signs.holds``)."""
    return core.holds([w.report() for w in warning_history(store, profile_id)],
                      [v.visit() for v in visits(store, profile_id)])


def open_warning(store: Store, profile_id: int) -> WarningRecord | None:
    """The latest answer set with a sign that still holds exercise back (blocks, or waits to be read)."""
    h = warning_holds(store, profile_id)
    ids = {i for s in (*h.blocking, *h.unread) for i in s.report_ids}
    rows = [w for w in warning_history(store, profile_id) if w.id in ids]
    return rows[-1] if rows else None


def acknowledge_warning(store: Store, profile_id: int) -> int:
    """The person has read the see-a-doctor-promptly advice of every open sign. Returns rows changed."""
    h = warning_holds(store, profile_id)
    ids = sorted({i for s in h.unread for i in s.report_ids})
    if not ids:
        return 0

    def tx(db):
        return db.execute(
            f"update warning_answers set acknowledged_at = ? where profile_id = ? and acknowledged_at is null "
            f"and id in ({', '.join('?' * len(ids))})", [store.now(), profile_id, *ids]).rowcount

    return store.write(tx)


def record_visit(store: Store, profile_id: int, seen_on: dt.date, by: str = "patient", note: str = "") -> int:
    """A clinician saw the person on ``seen_on``: the signs reported on or before that day end (one transaction;
    the answer sets it resolves are marked ``assessed_confirmed_at`` for the report). Returns the visit's id."""
    if by not in ("patient", "clinician"):
        raise ValueError(f"unknown 'by' {by!r}; expected patient or clinician")
    h = warning_holds(store, profile_id)
    ids = sorted({i for s in h.states if s.since <= seen_on for i in s.report_ids})

    def tx(db):
        now = store.now()
        pk = db["clinician_visits"].insert({"profile_id": profile_id, "seen_on": seen_on.isoformat(),
                                            "recorded_at": now, "by": by, "note": note}).last_pk
        if ids:
            db.execute(f"update warning_answers set assessed_confirmed_at = ? where profile_id = ? and "
                       f"assessed_confirmed_at is null and id in ({', '.join('?' * len(ids))})",
                       [now, profile_id, *ids])
        return pk

    return store.write(tx)


def confirm_assessed(store: Store, profile_id: int, seen_on: dt.date | None = None) -> int:
    """The person confirms a clinician has assessed them (today, unless ``seen_on`` says when)."""
    return record_visit(store, profile_id, seen_on or store.clock.today())


def exercise_block(store: Store, profile_id: int) -> str | None:
    """Why no exercise may start now because of warning signs (blocked or waiting to be read), or None."""
    h = warning_holds(store, profile_id)
    return texts.holds_block_text(h) if (h.blocking or h.unread) else None


# ================================================================ a day's stop
def day_overrides(store: Store, profile_id: int, day: dt.date) -> list[core.DayOverride]:
    return [core.DayOverride(dt.date.fromisoformat(r["date"]), r["covers_session_id"] or 0, r["reason"] or "",
                             r["recorded_at"] or "")
            for r in store.db.query("select * from day_overrides where profile_id = ? and date = ? order by id",
                                    [profile_id, day.isoformat()])]


def record_day_override(store: Store, profile_id: int, day: dt.date, covers_session_id: int, reason: str) -> int:
    """A clinician allowed exercise again on ``day`` after the stops up to ``covers_session_id``, for ``reason``."""
    return store.write(lambda db: db["day_overrides"].insert({
        "profile_id": profile_id, "date": day.isoformat(), "covers_session_id": covers_session_id,
        "reason": reason, "recorded_at": store.now()}).last_pk)


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


def reenabled_after(store: Store, profile_id: int) -> dict[str, int]:
    """For each exercise re-enabled after a pause, the last session whose stops that pause dealt with."""
    after: dict[str, int] = {}
    for p in store.db.query("select exercise_id, trigger_session_id from paused_exercises where profile_id = ? "
                            "and re_enabled_at is not null", [profile_id]):
        after[p["exercise_id"]] = max(after.get(p["exercise_id"], 0), p["trigger_session_id"] or 0)
    return after


def catch_up(store: Store, profile_id: int, program: Program) -> list[prog.LevelChange]:
    """Fold newly ended sessions into dose levels, pause exercises stopped repeatedly, and record the warning sign
    of each stop or check-in for weakness or the leg giving way (one transaction).

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
    after = reenabled_after(store, profile_id)
    alerts = trends.repeated_stops(ended, program.exercise_names(), after)
    # a stop or check-in for weakness or the leg giving way records that warning sign (coach.core.warning_signs)
    weak_days = sorted({r.date for r in fresh if any(reason == "weakness" for _, reason in r.symptom_stops())})
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
        for d in weak_days:
            _insert_answers(db, store, profile_id, d, {wsigns.STOP_SIGN: True}, "stop")
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
                            r["from_week"], r["id"], r.get("by") or "patient", r.get("note") or "")
            for r in store.db.query("select * from progression_choices where profile_id = ? order by id",
                                    [profile_id])]


def effective_week(store: Store, profile: Profile, week_count: int, today: dt.date) -> int:
    """The program week for ``today``, honouring the stored choices."""
    return prog.effective_week(profile.start_date, today, week_count, week_choices(store, profile.id))


def due_review(store: Store, profile: Profile, program: Program, today: dt.date,
               records: list[core.SessionRecord] | None = None) -> prog.WeekReview | None:
    """The review of the current week when it is due, or None. ``records``: ``session_records`` if already read."""
    choices = week_choices(store, profile.id)
    if prog.review_span(profile.start_date, today, choices) is None:
        return None
    records = session_records(store, profile.id) if records is None else records
    return prog.due_review(program, profile.start_date, today, choices, records,
                           day_records(store, profile.id, records),
                           [w.report() for w in warning_history(store, profile.id)],
                           session_pain=session_store.session_pain(store, profile.id))


def _insert_choice(store: Store, profile_id: int, today: dt.date, from_week: int, choice: str, week: int,
                   by: str, note: str) -> prog.WeekChoice:
    def tx(db):
        return db["progression_choices"].insert({
            "profile_id": profile_id, "date": today.isoformat(), "chosen_at": store.now(),
            "from_week": from_week, "choice": choice, "effective_week": week,
            "applies_from": today.isoformat(), "by": by, "note": note}).last_pk

    pk = store.write(tx)
    return prog.WeekChoice(today, week, choice, from_week, pk, by, note)


def record_week_choice(store: Store, profile_id: int, review: prog.WeekReview, choice: str,
                       today: dt.date) -> prog.WeekChoice:
    """Store the person's choice at the week's review (one of the options it offers); it applies from today."""
    option = next((o for o in review.options if o.choice == choice), None)
    if option is None:
        raise ValueError(f"{choice!r} is not one of the choices offered ({[o.choice for o in review.options]})")
    return _insert_choice(store, profile_id, today, review.from_week, choice, option.week, "patient", "")


def set_week(store: Store, profile_id: int, from_week: int, week: int, today: dt.date, note: str) -> prog.WeekChoice:
    """A clinician set the week (from today), with ``note`` saying why."""
    return _insert_choice(store, profile_id, today, from_week, prog.SET_BY_CLINICIAN, week, "clinician", note)


# ==================================================================== alerts
def trend_alerts(store: Store, profile: Profile, program: Program, today: dt.date,
                 records: list[core.SessionRecord] | None = None) -> list[trends.TrendAlert]:
    """Trend alerts (repeated stops show as paused exercises instead)."""
    records = session_records(store, profile.id) if records is None else records
    days = day_records(store, profile.id, records)
    return [a for a in trends.trend_alerts(days, records, today, program.exercise_names())
            if a.kind != "repeated_stops"]
