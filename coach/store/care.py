"""Records of care between sessions: flares, movement breaks, early-warning checks (see migration m004).

Each write is one transaction (``Store.write``); reads return plain values.
No rules and no wording here: those are in ``coach.core.flare``,
``coach.core.breaks`` and ``coach.core.maintenance``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass

from coach.store.db import Store


# ====================================================================== flares
@dataclass(frozen=True)
class Flare:
    date: dt.date
    started_at: str
    note: str = ""
    id: int = 0


def _flare(r: dict) -> Flare:
    return Flare(dt.date.fromisoformat(r["date"]), r["started_at"], r.get("note") or "", r["id"])


def record_flare(store: Store, profile_id: int, day: dt.date, note: str | None = None) -> tuple[Flare, bool]:
    """The day's flare, recorded now if it was not yet (True when new); a ``note`` given replaces the old one."""
    def tx(db):
        rows = list(db.query("select * from flares where profile_id = ? and date = ?", [profile_id, day.isoformat()]))
        now = store.now()
        if rows:
            if note is not None and note != (rows[0].get("note") or ""):
                db["flares"].update(rows[0]["id"], {"note": note, "updated_at": now})
                rows[0]["note"] = note
            return _flare(rows[0]), False
        pk = db["flares"].insert({"profile_id": profile_id, "date": day.isoformat(), "started_at": now,
                                  "note": note or "", "updated_at": now}).last_pk
        return Flare(day, now, note or "", pk), True

    return store.write(tx)


def flare_on(store: Store, profile_id: int, day: dt.date) -> Flare | None:
    rows = list(store.db.query("select * from flares where profile_id = ? and date = ?",
                               [profile_id, day.isoformat()]))
    return _flare(rows[0]) if rows else None


def flares_between(store: Store, profile_id: int, start: dt.date, end: dt.date) -> list[Flare]:
    rows = store.db.query("select * from flares where profile_id = ? and date between ? and ? order by date",
                          [profile_id, start.isoformat(), end.isoformat()])
    return [_flare(r) for r in rows]


# ============================================================== movement breaks
def record_break(store: Store, profile_id: int, day: dt.date, seconds: int) -> int:
    return store.write(lambda db: db["movement_breaks"].insert(
        {"profile_id": profile_id, "date": day.isoformat(), "at": store.now(), "seconds": int(seconds)}).last_pk)


def breaks_on(store: Store, profile_id: int, day: dt.date) -> list[str]:
    """The times (stored stamps) of the day's movement breaks, in order."""
    rows = store.db.query("select at from movement_breaks where profile_id = ? and date = ? order by at, id",
                          [profile_id, day.isoformat()])
    return [r["at"] for r in rows]


# ========================================================= early-warning checks
@dataclass(frozen=True)
class Check:
    date: dt.date
    answered_at: str
    phase: str
    answers: Mapping[str, bool]
    outcome: str
    back_to_week: int | None = None
    returned_at: str | None = None
    id: int = 0

    @property
    def signs(self) -> tuple[str, ...]:
        return tuple(k for k, v in self.answers.items() if v)


def _check(r: dict) -> Check:
    return Check(dt.date.fromisoformat(r["date"]), r["answered_at"], r.get("phase") or "",
                 json.loads(r.get("answers_json") or "{}"), r.get("outcome") or "", r.get("back_to_week"),
                 r.get("returned_at"), r["id"])


def record_check(store: Store, profile_id: int, day: dt.date, phase: str, answers: Mapping[str, bool],
                 outcome: str, back_to_week: int | None) -> Check:
    def tx(db):
        now = store.now()
        pk = db["maintenance_checks"].insert({
            "profile_id": profile_id, "date": day.isoformat(), "answered_at": now, "phase": phase,
            "answers_json": json.dumps({k: bool(v) for k, v in answers.items()}), "outcome": outcome,
            "back_to_week": back_to_week, "returned_at": None}).last_pk
        return Check(day, now, phase, dict(answers), outcome, back_to_week, None, pk)

    return store.write(tx)


def checks(store: Store, profile_id: int) -> list[Check]:
    """Every early-warning check of the profile, oldest first."""
    rows = store.db.query("select * from maintenance_checks where profile_id = ? order by date, id", [profile_id])
    return [_check(r) for r in rows]


def return_to_week(store: Store, profile_id: int, day: dt.date, applies_from: dt.date, from_week: int, week: int,
                   check_id: int | None = None) -> int:
    """Go back to ``week`` from ``applies_from`` on (chosen on ``day``): a week choice the program's weeks follow
    from then on (and the check that led to it, if any, records it). One transaction; returns the choice's id."""
    def tx(db):
        now = store.now()
        pk = db["progression_choices"].insert({
            "profile_id": profile_id, "date": day.isoformat(), "chosen_at": now, "from_week": from_week,
            "choice": "ease", "effective_week": week, "applies_from": applies_from.isoformat()}).last_pk
        if check_id is not None:
            db["maintenance_checks"].update(check_id, {"returned_at": now, "back_to_week": week})
        return pk

    return store.write(tx)


# ======================================================= exercises done, by day
def exercises_done(store: Store, profile_id: int, start: dt.date, end: dt.date) -> list[tuple[dt.date, str]]:
    """(date, exercise id) once for each session from ``start`` to ``end`` in which the exercise was done in
    full (an ``exercise_done`` event that is not partial)."""
    rows = store.db.execute(
        "select s.id, s.date, e.exercise_id, e.data_json from sessions s join session_events e "
        "on e.session_id = s.id where s.profile_id = ? and s.date between ? and ? and e.kind = 'exercise_done' "
        "order by s.id, e.seq", [profile_id, start.isoformat(), end.isoformat()]).fetchall()
    seen: set[tuple[int, str]] = set()
    out = []
    for sid, date, ex, data_json in rows:
        if not ex or (sid, ex) in seen or json.loads(data_json or "{}").get("partial"):
            continue
        seen.add((sid, ex))
        out.append((dt.date.fromisoformat(date), ex))
    return out
