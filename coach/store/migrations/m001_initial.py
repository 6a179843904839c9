"""Profiles, sessions, session events, tracker entries and settings."""

from coach.store.migrations import MIGRATIONS


@MIGRATIONS()
def m001_initial(db):
    db["profiles"].create(
        {
            "id": int,
            "name": str,
            "affected_side": str,
            "start_date": str,
            "program_id": str,
            "program_path": str,
            "created_at": str,
        },
        pk="id",
    )
    db["sessions"].create(
        {
            "id": int,
            "profile_id": int,
            "date": str,
            "slot_index": int,
            "slot_name": str,
            "week": int,
            "program_id": str,
            "status": str,
            "started_at": str,
            "ended_at": str,
            "planned_json": str,
            "summary_json": str,
            "stop_reason": str,
            "stop_detail": str,
        },
        pk="id",
        foreign_keys=[("profile_id", "profiles", "id")],
    )
    db["sessions"].create_index(["profile_id", "date"])
    db["session_events"].create(
        {
            "id": int,
            "session_id": int,
            "seq": int,
            "kind": str,
            "at": str,
            "mono": float,
            "exercise_index": int,
            "exercise_id": str,
            "set_no": int,
            "side": str,
            "rep": int,
            "data_json": str,
        },
        pk="id",
        foreign_keys=[("session_id", "sessions", "id")],
    )
    db["session_events"].create_index(["session_id", "seq"], unique=True)
    db["tracker_entries"].create(
        {
            "id": int,
            "profile_id": int,
            "date": str,
            "note": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("profile_id", "profiles", "id")],
    )
    db["tracker_entries"].create_index(["profile_id", "date"], unique=True)
    db["settings"].create({"key": str, "value_json": str}, pk="key")
