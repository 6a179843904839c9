"""Clinician tools' storage: the clinician-mode PIN record and removing a profile with its history.

The PIN record (a salted hash from ``coach.core.clinician``) is kept in the
settings table under ``clinician_pin``; no PIN is stored as such. Wrong tries
in a row, and when the last one was, are kept under ``clinician_pin_failures``
so that the pause after them (``coach.core.clinician.wait_after``) survives a
restart.
"""

from __future__ import annotations

from dataclasses import dataclass

from coach.core.clinician import hash_pin, needs_new_pin, verify_pin, wait_left
from coach.core.i18n import translate
from coach.store import profiles
from coach.store.db import Store, StoreError

PIN_KEY = "clinician_pin"
FAILURES_KEY = "clinician_pin_failures"


@dataclass(frozen=True)
class PinAttempt:
    ok: bool
    wait_seconds: float = 0.0  # how long before the next try is taken (0: now)
    renew: bool = False  # the PIN was right but is too short or stored with old settings: ask for a new one
    tried: bool = True  # False: refused without checking, because of the pause

    def message(self) -> str | None:
        """What to tell the person, or None when the PIN was right."""
        if self.ok:
            return None
        wait = _duration(self.wait_seconds)
        if not self.tried:
            return translate("store", "Too many wrong PINs. Try again in {wait}.").format(wait=wait)
        if self.wait_seconds > 0:
            return translate("store", "That PIN is not right. Too many wrong PINs: try again in {wait}.").format(wait=wait)
        return translate("store", "That PIN is not right.")


def _duration(seconds: float) -> str:
    s = max(1, int(seconds + 0.999))
    if s < 90:
        return translate("store", "{s} seconds").format(s=s)
    return translate("store", "{s} minutes").format(s=(s + 59) // 60)


def _failures(store: Store) -> tuple[int, float | None]:
    raw = store.get_setting(FAILURES_KEY) or {}
    try:
        return int(raw.get("count", 0)), (float(raw["last"]) if raw.get("last") is not None else None)
    except (TypeError, ValueError, AttributeError):
        return 0, None


def pin_wait(store: Store) -> float:
    """Seconds before the next PIN try is taken."""
    count, last = _failures(store)
    return wait_left(count, last, store.clock.now().timestamp())


def try_pin(store: Store, pin: str) -> PinAttempt:
    """Check ``pin``, keeping count of wrong tries (and refusing to check during the pause after them)."""
    left = pin_wait(store)
    if left > 0:
        return PinAttempt(False, left, tried=False)
    record = store.get_setting(PIN_KEY)
    count, _last = _failures(store)
    now = store.clock.now().timestamp()
    if verify_pin(pin, record):
        if count:
            _save_failures(store, None)
        return PinAttempt(True, renew=needs_new_pin(pin, record))
    _save_failures(store, {"count": count + 1, "last": now})
    return PinAttempt(False, wait_left(count + 1, now, now))


def _save_failures(store: Store, value) -> None:
    try:
        store.set_setting(FAILURES_KEY, value)
    except StoreError:
        pass  # read-only data: nothing can be changed in clinician mode either, so an unsaved count costs nothing


def has_pin(store: Store) -> bool:
    return bool(store.get_setting(PIN_KEY))


def set_pin(store: Store, pin: str) -> None:
    """Store a new PIN (``ValueError`` with a message when it cannot be used)."""
    store.set_setting(PIN_KEY, hash_pin(pin))
    _save_failures(store, None)


def clear_pin(store: Store) -> None:
    store.set_setting(PIN_KEY, None)


def check_pin(store: Store, pin: str) -> bool:
    """Whether ``pin`` is right (a wrong one counts towards the pause; during the pause every PIN is refused)."""
    return try_pin(store, pin).ok


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
