"""Profiles: who is using the app, on which program, since when."""

from __future__ import annotations

import datetime as dt

from coach.core.profile import Profile
from coach.store.db import Store

ACTIVE_KEY = "active_profile_id"


def _row_to_profile(row: dict) -> Profile:
    return Profile(
        id=row["id"],
        name=row["name"] or "",
        affected_side=row["affected_side"] or "unsure",
        start_date=dt.date.fromisoformat(row["start_date"]),
        program_id=row["program_id"],
        program_path=row["program_path"] or "",
    )


def create_profile(store: Store, *, name: str = "", affected_side: str, start_date: dt.date,
                   program_id: str, program_path: str, make_active: bool = True) -> Profile:
    def tx(db):
        t = db["profiles"].insert({
            "name": name, "affected_side": affected_side, "start_date": start_date.isoformat(),
            "program_id": program_id, "program_path": program_path, "created_at": store.now(),
        })
        if make_active:
            db["settings"].upsert({"key": ACTIVE_KEY, "value_json": str(t.last_pk)}, pk="key")
        return t.last_pk

    pk = store.write(tx)
    return get_profile(store, pk)


def get_profile(store: Store, profile_id: int) -> Profile | None:
    rows = list(store.db.query("select * from profiles where id = ?", [profile_id]))
    return _row_to_profile(rows[0]) if rows else None


def list_profiles(store: Store) -> list[Profile]:
    return [_row_to_profile(r) for r in store.db.query("select * from profiles order by id")]


def active_profile(store: Store) -> Profile | None:
    pid = store.get_setting(ACTIVE_KEY)
    if pid is not None:
        p = get_profile(store, int(pid))
        if p:
            return p
    profiles = list_profiles(store)
    return profiles[0] if profiles else None


def set_active(store: Store, profile_id: int) -> None:
    store.set_setting(ACTIVE_KEY, profile_id)


def update_profile(store: Store, profile_id: int, **fields) -> Profile:
    allowed = {"name", "affected_side", "start_date", "program_id", "program_path"}
    bad = set(fields) - allowed
    if bad:
        raise ValueError(f"unknown profile fields: {sorted(bad)}")
    if isinstance(fields.get("start_date"), dt.date):
        fields["start_date"] = fields["start_date"].isoformat()
    store.write(lambda db: db["profiles"].update(profile_id, fields))
    return get_profile(store, profile_id)
