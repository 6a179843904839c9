"""The corruption matrix: every kind of damage is recovered with the person told, or refused clearly, and no
healthy file is ever moved aside; opening without asking for recovery changes nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
import sqlite3
import stat
from pathlib import Path

import pytest

from coach.core.clock import FixedClock
from coach.core.tracker import TrackerEntry
from coach.store import health, profiles, sessions, tracker
from coach.store.db import DB_NAME, ReadOnlyError, Store, StoreDamaged, StoreError

DAY = dt.date(2026, 11, 10)


def clock_at(hour: int, day: dt.date = DAY) -> FixedClock:
    return FixedClock(dt.datetime.combine(day, dt.time(hour, 0)))


def make_history(d: Path) -> None:
    """A profile with diary days and sessions, a backup at 08:00, then one more diary day (not in the backup)."""
    store = Store.open(d, clock=clock_at(8))
    p = profiles.create_profile(store, name="Ana", affected_side="left", start_date=dt.date(2026, 11, 1),
                                program_id="upper-lumbar-4-week", program_path="/x.toml")
    for i in range(1, 8):
        day = dt.date(2026, 11, i)
        tracker.save_entry(store, p.id, TrackerEntry(day, note="x" * 300).with_pain("back_left", i % 5))
        sid = sessions.start_session(store, profile_id=p.id, date=day, slot_index=0, slot_name="Morning",
                                     week=1, program_id="upper-lumbar-4-week", planned=[{"id": "a"}])
        for rep in range(1, 30):
            sessions.append_event(store, sid, kind="rep_done", exercise_index=0, exercise_id="a", set_no=1,
                                  rep=rep, data={"pad": "y" * 200})
        sessions.finish_session(store, sid, sessions.COMPLETED, summary={"done": 1})
    store.backup()
    tracker.save_entry(store, p.id, TrackerEntry(dt.date(2026, 11, 9), note="after the backup"))
    store.close()


def digest(path: Path) -> str | None:
    if path.is_dir():
        return "dir"
    if not path.exists():
        return None
    return hashlib.sha256(path.read_bytes()).hexdigest()


def table_page(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("select rootpage from sqlite_master where name = ?", [table]).fetchone()[0]
    finally:
        conn.close()


def sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for s in statements:
            conn.execute(s)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


# ----------------------------------------------------------------- kinds of damage
def truncated(p: Path) -> None:
    os.truncate(p, p.stat().st_size // 2)


def empty(p: Path) -> None:
    os.truncate(p, 0)


def garbage_header(p: Path) -> None:
    with open(p, "r+b") as f:
        f.write(random.Random(1).randbytes(100))


def page_overwritten(p: Path) -> None:
    page = table_page(p, "session_events")
    with open(p, "r+b") as f:
        f.seek((page - 1) * 4096)
        f.write(random.Random(2).randbytes(4096))


def missing_table(p: Path) -> None:
    sql(p, "drop table tracker_entries")


def missing_column(p: Path) -> None:
    sql(p, "alter table sessions drop column stop_detail")


def missing_schema_record(p: Path) -> None:
    sql(p, "drop table _sqlite_migrations")


def not_a_database(p: Path) -> None:
    p.write_text("These are my notes, not a database.\n" * 200)


def folder_in_place(p: Path) -> None:
    p.unlink()
    p.mkdir()
    (p / "something").write_text("x")


def file_missing(p: Path) -> None:
    p.unlink()


def dangling_link(p: Path) -> None:
    p.unlink()
    p.symlink_to(p.with_name("nowhere.db"))


def header_zeroed(p: Path) -> None:
    with open(p, "r+b") as f:
        f.write(b"\0" * 4096)


DAMAGE = [truncated, empty, garbage_header, page_overwritten, missing_table, missing_column, missing_schema_record,
          not_a_database, folder_in_place, file_missing, dangling_link, header_zeroed]


@pytest.mark.parametrize("damage", DAMAGE, ids=lambda f: f.__name__)
def test_damage_is_refused_without_repair_then_recovered_with_the_person_told(tmp_path, damage):
    d = tmp_path / "data"
    make_history(d)
    path = d / DB_NAME
    damage(path)
    before = digest(path)

    # a command that reads (export, chart, report) never restores silently: it refuses, and nothing changes
    with pytest.raises(StoreDamaged, match=r"coach check --repair"):
        Store.open(d, clock=clock_at(10))
    assert digest(path) == before
    assert not list(d.glob("coach-damaged-*"))
    assert health.inspect(d).state == health.DAMAGED

    store = Store.open(d, clock=clock_at(10), recover=True)
    try:
        note = store.recovery_note
        assert note and "newest good backup" in note
        assert "7 sessions and 7 diary days, the last on Saturday 7 November 2026" in note
        assert "Anything recorded after" in note and "is missing" in note
        # the history of the backup is back; what came after it is not there, as the note says
        p = profiles.active_profile(store)
        assert p is not None and p.name == "Ana"
        assert len(tracker.entries_between(store, p.id, dt.date(2026, 11, 1), dt.date(2026, 11, 30))) == 7
        assert not store.read_only and store.check() is None
        # recorded, so the app shows it once even after a repair on the command line
        rec = store.recoveries(unshown=True)
        assert len(rec) == 1 and rec[0]["message"] == note and rec[0]["backup_file"]
        store.mark_recoveries_shown()
        assert store.recoveries(unshown=True) == [] and len(store.recoveries()) == 1
    finally:
        store.close()
    # the damaged file is kept (unless there was none to keep)
    kept = list(d.glob("coach-damaged-*.db"))
    if before is not None:
        assert len(kept) == 1
        assert digest(kept[0]) == before
        assert kept[0].name in note
    # and the next start is quiet: healthy now
    again = Store.open(d, clock=clock_at(11))
    assert again.recovery_note is None and not again.read_only
    again.close()


def test_damage_without_any_backup_starts_afresh_keeps_the_file_and_says_so(tmp_path):
    d = tmp_path / "data"
    d.mkdir()
    (d / DB_NAME).write_bytes(b"garbage" * 1000)
    store = Store.open(d, recover=True)
    assert "no good backup was found" in store.recovery_note
    assert "kept as coach-damaged-" in store.recovery_note
    assert profiles.active_profile(store) is None
    assert store.recoveries(unshown=True)[0]["backup_file"] is None
    store.close()
    assert (list(d.glob("coach-damaged-*.db"))[0]).read_bytes() == b"garbage" * 1000


def test_a_damaged_backup_is_passed_over_for_an_older_good_one(tmp_path):
    d = tmp_path / "data"
    make_history(d)
    store = Store.open(d, clock=clock_at(9))
    newest = store.backup()
    store.close()
    newest.write_bytes(b"not a backup" * 100)
    not_a_database(d / DB_NAME)
    store = Store.open(d, clock=clock_at(10), recover=True)
    assert "newest good backup" in store.recovery_note
    assert profiles.active_profile(store).name == "Ana"
    store.close()


def test_an_empty_file_with_no_backups_is_a_new_start_not_damage(tmp_path):
    d = tmp_path / "data"
    d.mkdir()
    (d / DB_NAME).write_bytes(b"")
    store = Store.open(d)
    assert store.recovery_note is None and profiles.active_profile(store) is None
    store.close()


def test_wal_garbage_is_ignored_and_nothing_is_lost_or_moved(tmp_path):
    d = tmp_path / "data"
    make_history(d)
    (d / (DB_NAME + "-wal")).write_bytes(random.Random(3).randbytes(20000))
    assert health.inspect(d).state == health.OK
    store = Store.open(d)
    p = profiles.active_profile(store)
    assert store.recovery_note is None and p.name == "Ana"
    assert len(tracker.entries_between(store, p.id, dt.date(2026, 11, 1), dt.date(2026, 11, 30))) == 8
    store.close()
    assert not list(d.glob("coach-damaged-*"))


def test_a_file_from_a_newer_version_opens_read_only_and_says_so(tmp_path):
    d = tmp_path / "data"
    make_history(d)
    sql(d / DB_NAME, "PRAGMA user_version = 99")
    before = digest(d / DB_NAME)
    store = Store.open(d, recover=True)
    try:
        assert store.read_only and "made by a newer Lumbar Coach" in store.read_only_reason
        assert store.recovery_note is None
        p = profiles.active_profile(store)
        assert p.name == "Ana"  # everything can be read
        with pytest.raises(ReadOnlyError, match="read-only"):
            profiles.update_profile(store, p.id, name="Changed")
        with pytest.raises(ReadOnlyError):
            store.set_setting("x", 1)
    finally:
        store.close()
    assert digest(d / DB_NAME) == before
    assert health.inspect(d).state == health.NEWER


def test_a_newer_version_known_by_an_unknown_migration_is_read_only_too(tmp_path):
    d = tmp_path / "data"
    make_history(d)
    sql(d / DB_NAME, "insert into _sqlite_migrations (migration_set, name, applied_at) "
                     "values ('lumbar-coach', 'm900_future', 'x')")
    store = Store.open(d)
    assert store.read_only and "newer" in store.read_only_reason
    store.close()


def test_a_newer_version_that_renamed_what_this_one_reads_is_refused_and_left_alone(tmp_path):
    d = tmp_path / "data"
    make_history(d)
    sql(d / DB_NAME, "alter table tracker_entries rename column note to remark", "PRAGMA user_version = 99")
    before = digest(d / DB_NAME)
    with pytest.raises(StoreError, match="newer Lumbar Coach.*Nothing was changed"):
        Store.open(d, recover=True)
    assert digest(d / DB_NAME) == before and not list(d.glob("coach-damaged-*"))


def test_a_locked_file_is_not_damage(tmp_path):
    d = tmp_path / "data"
    make_history(d)
    holder = sqlite3.connect(d / DB_NAME, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("begin exclusive")
    try:
        h = health.file_health(d / DB_NAME, timeout=0.1)
        assert h.state == health.UNREACHABLE and h.kind == "locked"
    finally:
        holder.execute("rollback")
        holder.close()
    assert not list(d.glob("coach-damaged-*"))


@pytest.mark.slow  # runs chattr
@pytest.mark.skipif(os.geteuid() != 0, reason="making a file immutable needs root (chattr +i)")
def test_an_immutable_data_file_opens_read_only_says_so_once_and_refuses_writes_plainly(tmp_path):
    import shutil
    import subprocess

    if not shutil.which("chattr"):
        pytest.skip("chattr is not installed")
    d = tmp_path / "data"
    make_history(d)
    path = d / DB_NAME
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("this file system does not support chattr +i")
    try:
        before = digest(path)
        store = Store.open(d, recover=True)
        assert store.read_only and "cannot be written" in store.read_only_reason
        assert profiles.active_profile(store).name == "Ana"
        with pytest.raises(ReadOnlyError):
            store.set_setting("reminders_fired", [])
        store.close()
        assert digest(path) == before and not list(d.glob("coach-damaged-*"))
    finally:
        subprocess.run(["chattr", "-i", str(path)])


def test_an_unwritable_folder_with_healthy_data_opens_read_only(tmp_path, monkeypatch):
    d = tmp_path / "data"
    make_history(d)
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **k: False if mode & os.W_OK else real(p, mode, **k))
    store = Store.open(d, recover=True)
    assert store.read_only and "cannot be written" in store.read_only_reason
    assert profiles.active_profile(store).name == "Ana"
    store.close()


# ----------------------------------------------------------------- private files, leftovers
def test_loose_modes_are_tightened_and_old_leftovers_cleaned_on_open(tmp_path):
    d = tmp_path / "data"
    make_history(d)
    backups = d / "backups"
    os.chmod(d, 0o755)
    os.chmod(backups, 0o755)
    for b in backups.iterdir():
        os.chmod(b, 0o644)
    os.chmod(d / DB_NAME, 0o644)
    (d / "coach.lock").write_text("1")
    os.chmod(d / "coach.lock", 0o644)
    old = [backups / "coach-20260101-000000-000000-manual.part",
           backups / "coach-20260101-000000-000000-manual.part-journal",
           d / "coach.db.restore"]
    for f in old:
        f.write_bytes(b"x" * 1000)
        os.utime(f, (1_600_000_000, 1_600_000_000))
    fresh = backups / "coach-20261110-095959-000000-manual.part"  # another process may be writing it now
    fresh.write_bytes(b"x")
    clock = FixedClock(dt.datetime.fromtimestamp(fresh.stat().st_mtime).astimezone() + dt.timedelta(seconds=5))
    store = Store.open(d, clock=clock)
    store.close()
    assert not any(f.exists() for f in old)
    assert fresh.exists()
    for f in [d, backups, *d.rglob("*")]:
        mode = stat.S_IMODE(f.stat().st_mode)
        assert mode == (0o700 if f.is_dir() else 0o600), (f, oct(mode))


def test_a_backup_is_private_while_it_is_written(tmp_path, monkeypatch):
    seen = []
    real_connect = sqlite3.connect

    def spy(target, *a, **k):
        if str(target).endswith(".part"):
            seen.append(stat.S_IMODE(os.stat(target).st_mode))
        return real_connect(target, *a, **k)

    store = Store.open(tmp_path / "d")
    monkeypatch.setattr(sqlite3, "connect", spy)
    b = store.backup()
    store.close()
    assert seen == [0o600]
    assert stat.S_IMODE(b.stat().st_mode) == 0o600


def test_a_data_folder_given_by_mistake_keeps_everything_else_as_it_was(tmp_path):
    home = tmp_path / "home"
    (home / "photos").mkdir(parents=True)
    mine = [home / "notes.txt", home / "photos" / "a.jpg", home / "draft.part"]
    for f in mine:
        f.write_text("mine")
        os.chmod(f, 0o644)
        os.utime(f, (1_600_000_000, 1_600_000_000))
    os.chmod(home / "photos", 0o755)
    store = Store.open(home)
    store.close()
    assert all(f.exists() and stat.S_IMODE(f.stat().st_mode) == 0o644 for f in mine)
    assert stat.S_IMODE((home / "photos").stat().st_mode) == 0o755
    assert stat.S_IMODE((home / DB_NAME).stat().st_mode) == 0o600
