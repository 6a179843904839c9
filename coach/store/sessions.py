"""Sessions and their events, written the moment they happen.

A session row is created when the player starts; each engine event becomes
one ``session_events`` row in its own transaction. A session ends as
``completed``, ``stopped`` or ``closed`` (an interrupted one the user chose
not to resume); one still ``in_progress`` when the app starts was
interrupted (the app was killed or the machine died).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from coach.core.session_pain import SessionPain
from coach.store.db import Store

IN_PROGRESS = "in_progress"
COMPLETED = "completed"
STOPPED = "stopped"
CLOSED = "closed"
ENDED = (COMPLETED, STOPPED, CLOSED)


@dataclass(frozen=True)
class SessionRow:
    id: int
    profile_id: int
    date: dt.date
    slot_index: int
    slot_name: str
    week: int
    program_id: str
    status: str
    started_at: str
    ended_at: str | None
    planned: list[dict]
    summary: dict | None
    stop_reason: str | None
    stop_detail: str | None
    pain_before: int | None = None  # 0–10, asked with one key as the session starts
    pain_after: int | None = None  # and as it ends


PAIN_COLUMNS = {"before": "pain_before", "after": "pain_after"}


def _row(r: dict) -> SessionRow:
    return SessionRow(
        id=r["id"], profile_id=r["profile_id"], date=dt.date.fromisoformat(r["date"]),
        slot_index=r["slot_index"], slot_name=r["slot_name"] or "", week=r["week"],
        program_id=r["program_id"] or "", status=r["status"], started_at=r["started_at"],
        ended_at=r["ended_at"], planned=json.loads(r["planned_json"] or "[]"),
        summary=json.loads(r["summary_json"]) if r["summary_json"] else None,
        stop_reason=r["stop_reason"], stop_detail=r["stop_detail"],
        pain_before=r.get("pain_before"), pain_after=r.get("pain_after"),
    )


def start_session(store: Store, *, profile_id: int, date: dt.date, slot_index: int, slot_name: str,
                  week: int, program_id: str, planned: list[dict]) -> int:
    def tx(db):
        return db["sessions"].insert({
            "profile_id": profile_id, "date": date.isoformat(), "slot_index": slot_index,
            "slot_name": slot_name, "week": week, "program_id": program_id, "status": IN_PROGRESS,
            "started_at": store.now(), "ended_at": None, "planned_json": json.dumps(planned),
            "summary_json": None, "stop_reason": None, "stop_detail": None,
        }).last_pk

    return store.write(tx)


def append_event(store: Store, session_id: int, *, kind: str, mono: float | None = None,
                 exercise_index: int | None = None, exercise_id: str | None = None,
                 set_no: int | None = None, side: str | None = None, rep: int | None = None,
                 data: dict[str, Any] | None = None) -> int:
    """Persist one event in its own committed transaction; returns its sequence number."""

    def tx(db):
        seq = db.execute(
            "select coalesce(max(seq), 0) + 1 from session_events where session_id = ?", [session_id]
        ).fetchone()[0]
        db["session_events"].insert({
            "session_id": session_id, "seq": seq, "kind": kind, "at": store.now(), "mono": mono,
            "exercise_index": exercise_index, "exercise_id": exercise_id, "set_no": set_no,
            "side": side, "rep": rep, "data_json": json.dumps(data or {}),
        })
        return seq

    return store.write(tx)


def finish_session(store: Store, session_id: int, status: str, *, summary: dict | None = None,
                   stop_reason: str | None = None, stop_detail: str | None = None) -> None:
    if status not in ENDED:
        raise ValueError(f"not an end status: {status}")
    store.write(lambda db: db["sessions"].update(session_id, {
        "status": status, "ended_at": store.now(), "summary_json": json.dumps(summary) if summary else None,
        "stop_reason": stop_reason, "stop_detail": stop_detail,
    }))


def set_pain(store: Store, session_id: int, when: str, value: int | None) -> None:
    """Keep the pain the person gave ``"before"`` or ``"after"`` the session (0–10; None clears it)."""
    if when not in PAIN_COLUMNS:
        raise ValueError(f"pain is asked before or after a session, not {when!r}")
    if value is not None and not (isinstance(value, int) and 0 <= value <= 10):
        raise ValueError(f"a pain score is a whole number from 0 to 10, not {value!r}")
    store.write(lambda db: db["sessions"].update(session_id, {PAIN_COLUMNS[when]: value}))


def reopen_session(store: Store, session_id: int) -> None:
    store.write(lambda db: db["sessions"].update(session_id, {"status": IN_PROGRESS, "ended_at": None}))


def get_session(store: Store, session_id: int) -> SessionRow | None:
    rows = list(store.db.query("select * from sessions where id = ?", [session_id]))
    return _row(rows[0]) if rows else None


def sessions_on(store: Store, profile_id: int, date: dt.date) -> list[SessionRow]:
    return [_row(r) for r in store.db.query(
        "select * from sessions where profile_id = ? and date = ? order by id", [profile_id, date.isoformat()])]


def sessions_between(store: Store, profile_id: int, start: dt.date, end: dt.date) -> list[SessionRow]:
    return [_row(r) for r in store.db.query(
        "select * from sessions where profile_id = ? and date between ? and ? order by date, id",
        [profile_id, start.isoformat(), end.isoformat()])]


def all_sessions(store: Store, profile_id: int) -> list[SessionRow]:
    return [_row(r) for r in store.db.query(
        "select * from sessions where profile_id = ? order by date, id", [profile_id])]


def interrupted_sessions(store: Store, profile_id: int) -> list[SessionRow]:
    return [_row(r) for r in store.db.query(
        "select * from sessions where profile_id = ? and status = ? order by id", [profile_id, IN_PROGRESS])]


def events(store: Store, session_id: int) -> list[dict]:
    out = []
    for r in store.db.query("select * from session_events where session_id = ? order by seq", [session_id]):
        r = dict(r)
        r["data"] = json.loads(r.pop("data_json") or "{}")
        out.append(r)
    return out


def session_pain(store: Store, profile_id: int) -> list[SessionPain]:
    """Every session of the profile with its pain rated before or after it, oldest first."""
    return [SessionPain(dt.date.fromisoformat(r["date"]), r["pain_before"], r["pain_after"], r["slot_name"] or "",
                        r["id"])
            for r in store.db.query(
                "select id, date, slot_name, pain_before, pain_after from sessions where profile_id = ? and "
                "(pain_before is not null or pain_after is not null) order by date, id", [profile_id])]
