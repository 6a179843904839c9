"""The store's connection reads as sqlite-utils reads and writes through sqlite-utils, which is made only when
a write (or anything but a read) needs it: opening an existing store and reading never makes it."""

import datetime as dt
import sqlite3

import pytest

from coach.store import profiles, sessions
from coach.store.db import DB_NAME, Store, _migrations_applied


def filled(tmp_path):
    store = Store.open(tmp_path)
    p = profiles.create_profile(store, name="Ana", affected_side="left", start_date=dt.date(2026, 11, 1),
                                program_id="upper-lumbar-4-week", program_path="/x.toml")
    sid = sessions.start_session(store, profile_id=p.id, date=dt.date(2026, 11, 2), slot_index=0,
                                 slot_name="Morning", week=1, program_id="upper-lumbar-4-week", planned=[])
    sessions.append_event(store, sid, kind="hold", mono=1.0, exercise_id="knee-to-chest", data={"seconds": 20})
    store.close()
    return Store.open(tmp_path)


READS = [
    ("select * from profiles", None),
    ("select id, name from profiles where id = ?", [1]),
    ("  SELECT s.id, e.id, e.kind from sessions s join session_events e on e.session_id = s.id", None),
    ("select * from sessions s join profiles p on p.id = s.profile_id", None),  # duplicate column names
    ("select name from profiles where name = :n", {"n": "Ana"}),
]


@pytest.mark.parametrize(("sql", "params"), READS)
def test_reads_give_what_sqlite_utils_gives(tmp_path, sql, params):
    store = filled(tmp_path)
    mine = list(store.db.query(sql, params))
    assert store.db._full is None  # a read did not need sqlite-utils
    assert mine and mine == list(store.db.full.query(sql, params))
    store.close()


def test_opening_an_existing_store_and_reading_does_not_make_sqlite_utils_database(tmp_path):
    store = filled(tmp_path)
    assert profiles.active_profile(store) is not None
    assert store.get_setting("theme", "system") == "system"
    assert store.db._full is None
    store.set_setting("theme", "dark")  # a write: sqlite-utils, and the value is kept
    assert store.db._full is not None
    store.close()
    store = Store.open(tmp_path)
    assert store.get_setting("theme") == "dark"
    store.close()


def test_execute_commits_a_write_outside_a_transaction_and_joins_an_open_one(tmp_path):
    store = filled(tmp_path)
    store.db.execute("update profiles set name = ? where id = 1", ["Bea"])
    other = sqlite3.connect(tmp_path / DB_NAME)
    assert other.execute("select name from profiles").fetchone()[0] == "Bea"
    with pytest.raises(RuntimeError), store.db.atomic():
        store.db.execute("update profiles set name = ? where id = 1", ["Cy"])
        raise RuntimeError("undo")
    assert other.execute("select name from profiles").fetchone()[0] == "Bea"
    other.close()
    with pytest.raises(sqlite3.OperationalError):
        store.db.execute("insert into no_such_table values (1)")
    assert not store.db.conn.in_transaction
    store.close()


def test_a_statement_that_returns_no_rows_is_refused_by_query_as_sqlite_utils_refuses_it(tmp_path):
    store = filled(tmp_path)
    with pytest.raises(ValueError, match="returns rows"):
        list(store.db.query("update profiles set name = 'X'"))
    assert next(store.db.query("select name from profiles"))["name"] == "Ana"
    store.close()


def test_every_migration_module_registers_one_migration_of_its_own_name(tmp_path):
    """What lets an up-to-date store open without loading the migrations (and sqlite-utils with them)."""
    import pkgutil

    from coach.store import migrations

    modules = sorted(i.name for i in pkgutil.iter_modules(migrations.__path__) if i.name[1:4].isdigit())
    assert [m.name for m in migrations.load_all()._migrations] == modules
    store = Store.open(tmp_path)
    assert _migrations_applied(store.db.conn)
    store.db.execute("delete from _sqlite_migrations where name = ?", [modules[-1]])
    assert not _migrations_applied(store.db.conn)  # a pending one goes through sqlite-utils' Migrations
    store.close()


def test_the_schema_snapshot_is_what_the_migrations_make():
    # The open checks a file against the snapshot instead of replaying the migrations; after adding a
    # migration, `python -m coach.store.health` writes it again.
    from coach.store import health

    assert health.known_migrations() == health._registered_migrations()
    assert health.expected_schema() == health.replayed_schema(), "run: python -m coach.store.health"
