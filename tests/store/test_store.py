import datetime as dt
import os
import sqlite3
import stat

import pytest

from coach.store import profiles, sessions
from coach.store.db import DB_NAME, Store, StoreDamaged, StoreError, list_backups, restore_backup


def make_profile(store):
    return profiles.create_profile(store, name="Ana", affected_side="left", start_date=dt.date(2026, 11, 1),
                                   program_id="upper-lumbar-4-week", program_path="/x.toml")


def test_fresh_store_has_schema_wal_and_private_file(tmp_path):
    store = Store.open(tmp_path / "d")
    assert {"profiles", "sessions", "session_events", "tracker_entries", "settings"} <= set(store.db.table_names())
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    mode = stat.S_IMODE(os.stat(store.path).st_mode)
    assert mode == 0o600
    assert stat.S_IMODE(os.stat(tmp_path / "d").st_mode) == 0o700
    assert store.recovery_note is None
    store.close()


def test_data_survives_reopen_and_migrations_run_once(tmp_path):
    store = Store.open(tmp_path)
    p = make_profile(store)
    applied = [m.name for m in __import__("coach.store.migrations", fromlist=["load_all"]).load_all().applied(store.db)]
    store.close()
    store = Store.open(tmp_path)
    assert profiles.active_profile(store) == p
    again = [m.name for m in __import__("coach.store.migrations", fromlist=["load_all"]).load_all().applied(store.db)]
    assert again == applied and applied[0] == "m001_initial"
    assert store.backups() == []  # nothing pending, so no pre-migration backup
    store.close()


def test_pending_migration_backs_up_first(tmp_path):
    from coach.store.migrations import load_all

    store = Store.open(tmp_path)
    make_profile(store)
    last = load_all().applied(store.db)[-1].name
    store.db.execute("delete from _sqlite_migrations where name = ?", [last])
    store.close()
    # the last migration is pending again; re-applying it would fail on existing tables, so use a
    # migration set whose function is idempotent: check only that a backup is written before applying.
    conn = sqlite3.connect(tmp_path / DB_NAME)
    conn.execute("insert into _sqlite_migrations (migration_set, name, applied_at) values (?, ?, 'x')",
                 ["lumbar-coach", last])
    conn.execute("delete from _sqlite_migrations where name = ?", ["m001_initial"])
    conn.commit()
    conn.close()
    with pytest.raises(StoreError):
        Store.open(tmp_path)  # m001 cannot run again: the error is a message, not a traceback
    backups = list_backups(tmp_path / "backups")
    assert backups and "before-migration" in backups[0].path.name


def test_events_are_committed_one_by_one(tmp_path):
    store = Store.open(tmp_path)
    p = make_profile(store)
    sid = sessions.start_session(store, profile_id=p.id, date=dt.date(2026, 11, 2), slot_index=0,
                                 slot_name="Morning", week=1, program_id="x", planned=[{"id": "a"}])
    sessions.append_event(store, sid, kind="rep_done", exercise_index=0, exercise_id="a", set_no=1, rep=1)
    sessions.append_event(store, sid, kind="rep_done", exercise_index=0, exercise_id="a", set_no=1, rep=2,
                          data={"x": 1})
    # a second, independent connection sees both at once: they are committed
    other = sqlite3.connect(tmp_path / DB_NAME)
    assert other.execute("select count(*) from session_events").fetchone()[0] == 2
    other.close()
    ev = sessions.events(store, sid)
    assert [e["seq"] for e in ev] == [1, 2] and ev[1]["data"] == {"x": 1}
    assert sessions.interrupted_sessions(store, p.id)[0].id == sid
    sessions.finish_session(store, sid, sessions.COMPLETED, summary={"done": 2})
    assert sessions.get_session(store, sid).summary == {"done": 2}
    assert sessions.interrupted_sessions(store, p.id) == []
    store.close()


def test_backup_and_restore(tmp_path):
    store = Store.open(tmp_path)
    make_profile(store)
    b = store.backup()
    assert sqlite3.connect(b).execute("select name from profiles").fetchone()[0] == "Ana"
    profiles.update_profile(store, 1, name="Changed")
    store.close()
    safety = restore_backup(tmp_path, b)
    store = Store.open(tmp_path)
    assert profiles.active_profile(store).name == "Ana"
    assert safety is not None and "before-restore" in safety.name
    store.close()


def test_backups_rotate(tmp_path):
    store = Store.open(tmp_path)
    for _ in range(13):
        store.backup()
    assert len(store.backups()) == 10
    store.close()


def test_corrupt_file_is_moved_aside_and_newest_good_backup_restored(tmp_path):
    store = Store.open(tmp_path)
    make_profile(store)
    store.backup()
    store.close()
    with open(tmp_path / DB_NAME, "r+b") as f:
        f.seek(0)
        f.write(b"this is not a database" * 100)
    with pytest.raises(StoreDamaged, match="coach check --repair"):
        Store.open(tmp_path)  # without recover, nothing is changed
    assert not list(tmp_path.glob("coach-damaged-*.db"))
    store = Store.open(tmp_path, recover=True)
    assert store.recovery_note and "newest good backup" in store.recovery_note
    assert profiles.active_profile(store).name == "Ana"
    assert list(tmp_path.glob("coach-damaged-*.db"))
    store.close()


def test_corrupt_file_without_backup_starts_fresh_and_says_so(tmp_path):
    (tmp_path / DB_NAME).write_bytes(b"garbage" * 1000)
    store = Store.open(tmp_path, recover=True)
    assert "no good backup was found" in store.recovery_note
    assert profiles.active_profile(store) is None
    store.close()


def test_unwritable_folder_gets_a_message(tmp_path, monkeypatch):
    d = tmp_path / "ro"
    d.mkdir()
    d.chmod(0o500)
    if os.geteuid() == 0:  # root writes anywhere; make the check see what a user would
        real = os.access
        monkeypatch.setattr(os, "access", lambda p, mode, **k: False if mode & os.W_OK else real(p, mode, **k))
    with pytest.raises(StoreError, match="cannot be written.*--data-dir"):
        Store.open(d)


def test_full_disk_loses_nothing_already_saved(tmp_path):
    store = Store.open(tmp_path)
    p = make_profile(store)
    sid = sessions.start_session(store, profile_id=p.id, date=dt.date(2026, 11, 2), slot_index=0,
                                 slot_name="Morning", week=1, program_id="x", planned=[])
    sessions.append_event(store, sid, kind="rep_done", rep=1)
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StoreError, match="disk .* is full"):
        for i in range(2000):
            sessions.append_event(store, sid, kind="rep_done", rep=i, data={"pad": "x" * 2000})
    store.close()
    store = Store.open(tmp_path)
    assert store.check() is None
    assert sessions.events(store, sid)[0]["rep"] == 1
    store.close()


def test_folder_that_cannot_be_created_gets_a_message(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot be created"):
        Store.open(blocker / "sub")


def test_settings_round_trip(tmp_path):
    store = Store.open(tmp_path)
    store.set_setting("sound", {"on": False, "volume": 0.5})
    assert store.get_setting("sound") == {"on": False, "volume": 0.5}
    assert store.get_setting("missing", 3) == 3
    store.close()


def test_the_pause_after_wrong_pins_survives_a_restart(tmp_path):
    import datetime as dt

    from coach.core.clock import FixedClock
    from coach.store import clinician

    clock = FixedClock(dt.datetime(2026, 11, 10, 9, 0))
    store = Store.open(tmp_path, clock=clock)
    clinician.set_pin(store, "135790")
    for _ in range(3):
        assert not clinician.try_pin(store, "000000").ok
    store.close()
    store = Store.open(tmp_path, clock=clock)  # restarting does not reset the count
    attempt = clinician.try_pin(store, "135790")  # even the right PIN waits
    assert not attempt.ok and not attempt.tried and attempt.wait_seconds == 30
    assert attempt.message() == "Too many wrong PINs. Try again in 30 seconds."
    clock.advance(31)
    assert clinician.try_pin(store, "135790").ok
    assert clinician.pin_wait(store) == 0  # a right PIN clears the count
    assert not clinician.try_pin(store, "000000").ok and clinician.pin_wait(store) == 0
    store.close()
