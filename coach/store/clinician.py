"""Clinician tools' storage: the clinician-mode PIN record and removing a profile with its history.

The PIN record (a salted hash from ``coach.core.clinician``) is kept in the
settings table under ``clinician_pin``; no PIN is stored as such.
"""

from __future__ import annotations

from coach.core.clinician import hash_pin, verify_pin
from coach.store import profiles
from coach.store.db import Store

PIN_KEY = "clinician_pin"


def has_pin(store: Store) -> bool:
    return bool(store.get_setting(PIN_KEY))


def set_pin(store: Store, pin: str) -> None:
    """Store a new PIN (``ValueError`` with a message when it cannot be used)."""
    store.set_setting(PIN_KEY, hash_pin(pin))


def clear_pin(store: Store) -> None:
    store.set_setting(PIN_KEY, None)


def check_pin(store: Store, pin: str) -> bool:
    return verify_pin(pin, store.get_setting(PIN_KEY))


def _dependents(db, table: str) -> list[tuple[str, str, str]]:
    """(child table, child column, parent column) for every table whose rows point at ``table``."""
    out = []
    for name in db.table_names():
        for fk in db[name].foreign_keys:
            if fk.other_table == table:
                out.append((name, fk.column, fk.other_column))
    return out


def history_counts(store: Store, profile_id: int) -> dict[str, int]:
    """How much a profile has recorded: sessions and diary entries."""
    out = {}
    for table, key in (("sessions", "sessions"), ("tracker_entries", "diary")):
        if store.db[table].exists():
            out[key] = store.db.execute(f"select count(*) from [{table}] where profile_id = ?",
                                        [profile_id]).fetchone()[0]
    return out


def delete_profile(store: Store, profile_id: int) -> None:
    """Delete a profile and everything recorded for it, in one transaction; other profiles are untouched.

    Every table that points at ``profiles`` (and the tables that point at
    those, such as session events) is cleared of this profile's rows, so
    tables added later by new features are covered too. The active profile
    cannot be deleted (switch to another one first).
    """
    active = store.get_setting(profiles.ACTIVE_KEY)
    if active is not None and int(active) == int(profile_id):
        raise ValueError("This is the profile in use; switch to another profile before deleting it.")

    def tx(db):
        def purge(table: str, where: str, params: list) -> None:
            for child, column, parent_col in _dependents(db, table):
                if child == table:
                    continue
                purge(child, f"[{column}] in (select [{parent_col}] from [{table}] where {where})", params)
            db.execute(f"delete from [{table}] where {where}", params)

        for name in db.table_names():
            if name == "profiles" or name.startswith("_"):
                continue
            if "profile_id" in db[name].columns_dict:
                purge(name, "profile_id = ?", [profile_id])
        db.execute("delete from profiles where id = ?", [profile_id])

    store.write(tx)
