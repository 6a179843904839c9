"""Opening the store: data folder, permissions, WAL, integrity and schema checks, recovery, migrations, backups.

Guarantees (see DESIGN.md, "Storage guarantees"):
- WAL mode with ``synchronous=FULL``; every event is its own committed
  transaction, so a killed process loses nothing confirmed on screen.
- On open, ``PRAGMA quick_check`` and a schema check (``coach.store.health``).
  Only real damage leads to recovery, and only when the caller asks for it
  (``recover=True``: the app, ``coach check --repair``): the damaged file is
  kept, the newest good backup restored, ``Store.recovery_note`` says what
  happened and the ``recoveries`` table records it. Without ``recover`` a
  damaged file raises :class:`StoreDamaged` and nothing is changed, so no
  command restores silently.
- A full disk, a read-only file or folder, a lock or an I/O error is never
  damage: the store opens read-only (``Store.read_only``, with
  ``read_only_reason`` to show once) or refuses with a message; a file made by
  a newer version opens read-only. A read-only store's writes raise
  :class:`ReadOnlyError` (a ``StoreError``) without touching the file.
- A backup (SQLite backup API, never a file copy) is taken before migrating
  an existing database, and on ``coach backup``; the newest ``KEEP_BACKUPS``
  are kept.
- The folder and its folders are 0700, every file 0600 (tightened on open),
  and leftovers of interrupted writes are removed (``coach.store.files``).

``Store.db`` reads without importing sqlite-utils (``coach.store.connection``).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coach import APP_NAME, APP_SLUG
from coach.core.clock import Clock, SystemClock
from coach.core.i18n import translate
from coach.store import files, health
from coach.store.connection import Database
from coach.store.health import BACKUP_DIR, DB_NAME

KEEP_BACKUPS = 10


class StoreError(Exception):
    """A problem with the data folder or database, worded for the user."""


class StoreDamaged(StoreError):
    """The data file is damaged and the caller did not ask for recovery; nothing was changed."""


class ReadOnlyError(StoreError):
    """A write to a store opened read-only; nothing was written."""


def default_data_dir() -> Path:
    env = os.environ.get("COACH_DATA_DIR")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_SLUG, appauthor=False))


def _stamp(clock: Clock) -> str:
    """A file-name time stamp (backups, files moved aside), from the store's clock."""
    return clock.now().strftime("%Y%m%d-%H%M%S-%f")


def _private(path: Path) -> None:
    files.private_file(path)


def quick_check(path: Path) -> str | None:
    """None when the file is a healthy SQLite database, else what is wrong."""
    try:
        conn = health.connect_read_only(path)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    if rows and rows[0][0] == "ok":
        return None
    return "; ".join(str(r[0]) for r in rows[:3]) or translate("store", "quick_check failed")


def damaged_text(path: Path, problem: str | None) -> str:
    return (translate("store", "Your data file {path} is damaged ({problem}). Nothing was changed. Run `coach check --repair` to keep it aside and restore the newest good backup, or open {APP_NAME}, which does the same and tells you what was restored.").format(path=path, problem=problem, APP_NAME=APP_NAME))


def read_only_text(kind: str, path: Path, detail: str | None) -> str:
    """Why the data is open read-only, and what to do, for a person (shown once when the app opens)."""
    look = translate("store", "You can look at everything, but nothing new is saved until this is fixed.")
    if kind == "newer":
        return (translate("store", "Your data file was made by a newer {APP_NAME} ({detail}), so this version opened it read-only. {look} Use the newer version of {APP_NAME} to go on recording.").format(APP_NAME=APP_NAME, detail=detail, look=look))
    if kind == "full":
        return (translate("store", "The disk holding {parent} is full, so {APP_NAME} opened your data read-only. {look} Free some space on that disk, then start {APP_NAME} again.").format(parent=path.parent, APP_NAME=APP_NAME, look=look))
    if kind == "locked":
        return (translate("store", "Your data file {path} is in use by another program, so {APP_NAME} opened it read-only. {look} Close other copies of {APP_NAME}, then start it again.").format(path=path, APP_NAME=APP_NAME, look=look))
    if kind == "readonly":
        return (translate("store", "Your data file {path} cannot be written ({detail}), so {APP_NAME} opened it read-only. {look} Check the permissions of the file and its folder, then start again.").format(path=path, detail=detail, APP_NAME=APP_NAME, look=look))
    return (translate("store", "Your data file {path} could not be written ({detail}), so {APP_NAME} opened it read-only. {look} Check the disk, then start again.").format(path=path, detail=detail, APP_NAME=APP_NAME, look=look))


READ_ONLY_BECAUSE = {
    "newer": f"it was made by a newer {APP_NAME}",
    "full": "the disk is full",
    "locked": "another program is using it",
    "readonly": "the file or its folder cannot be written",
    "io": "the disk could not be written",
}


def refusal_text(kind: str, path: Path, detail: str | None) -> str:
    """Why the data cannot be opened at all; the file was not changed."""
    if kind == "full":
        return (translate("store", "The disk holding {parent} is full, so your data cannot be opened. Nothing was changed. Free some space on that disk and try again.").format(parent=path.parent))
    if kind == "locked":
        return (translate("store", "Your data file {path} is in use by another program ({detail}). Nothing was changed. Close other copies of {APP_NAME} and try again.").format(path=path, detail=detail, APP_NAME=APP_NAME))
    if kind == "readonly":
        return (translate("store", "Your data file {path} cannot be opened ({detail}). Nothing was changed. Check the permissions of the file and its folder.").format(path=path, detail=detail))
    return translate("store", "Your data file {path} cannot be opened now ({detail}). Nothing was changed. Check the disk and try again.").format(path=path, detail=detail)


class _AccessProblem(Exception):
    def __init__(self, kind: str, detail: str):
        self.kind, self.detail = kind, detail
        super().__init__(detail)


@dataclass
class BackupInfo:
    path: Path
    created: dt.datetime
    size: int


class Store:
    """The open database of one data folder."""

    def __init__(self, data_dir: Path, db: Database, recovery_note: str | None = None,
                 clock: Clock | None = None, *, read_only_reason: str | None = None):
        self.data_dir = data_dir
        self.db = db
        self.recovery_note = recovery_note  # what a recovery made by this open did, in words
        self.clock: Clock = clock or SystemClock()
        self.read_only_reason = read_only_reason  # why nothing can be saved, to show once (None: writable)
        self.read_only_because = translate("store", "it cannot be written now")  # the same in a few words, for each refused write
        self.recovery = None  # the coach.store.recovery.Recovery this open made, if any

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    def now(self) -> str:
        """The time stamp stored with each record: local time with its offset, to the second."""
        return self.clock.now().isoformat(timespec="seconds")

    # ------------------------------------------------------------ opening
    @classmethod
    def open(cls, data_dir: Path | str | None = None, *, clock: Clock | None = None,
             recover: bool = False) -> Store:
        """Open (or create) the database of ``data_dir``; every time stamp it writes comes from ``clock``.

        A damaged file raises :class:`StoreDamaged` (nothing changed) unless
        ``recover`` is true; then it is kept aside, the newest good backup is
        restored and ``recovery_note`` says so. A file that cannot be written
        now, or was made by a newer version, opens read-only (``read_only_reason``).
        """
        clock = clock or SystemClock()
        data_dir = Path(data_dir) if data_dir else default_data_dir()
        writable = _prepare_folder(data_dir)
        if writable:
            files.clean_leftovers(data_dir, clock)
            files.tighten(data_dir)
        path = data_dir / DB_NAME
        state = health.inspect(data_dir)
        recovery = None
        if state.state == health.DAMAGED:
            if not recover:
                raise StoreDamaged(damaged_text(path, state.problem))
            if not writable:
                raise StoreError(damaged_text(path, state.problem).split(" Nothing was changed.")[0]
                                 + translate("store", " It cannot be repaired because the folder {data_dir} cannot be written; fix the folder's permissions and start again.").format(data_dir=data_dir))
            from coach.store import recovery as rec

            try:
                recovery = rec.recover(data_dir, state.problem or "damaged", clock, list_backups(data_dir / BACKUP_DIR))
            except (OSError, sqlite3.Error) as exc:
                raise StoreError(translate("store", "Your data file {path} is damaged ({problem}), and repairing it failed ({exc}). Nothing was deleted; free some space or fix the folder, and try again.").format(path=path, problem=state.problem, exc=exc)) \
                    from exc
        elif state.state == health.NEWER:
            return cls._open_read_only(data_dir, clock, "newer", state.problem)
        elif state.state == health.NEWER_UNREADABLE:
            raise StoreError(translate("store", "Your data file {path} was made by a newer {APP_NAME} that changed how data is kept ({problem}). Nothing was changed. Use the newer version of {APP_NAME}.").format(path=path, APP_NAME=APP_NAME, problem=state.problem))
        elif state.state == health.UNREACHABLE:
            kind = "full" if state.kind in (None, "io", "readonly") and health.disk_full(data_dir) else state.kind
            return cls._open_read_only(data_dir, clock, kind or "io", state.problem)
        if not writable:
            if path.is_file() and path.stat().st_size > 0:
                return cls._open_read_only(data_dir, clock, "readonly", translate("store", "the folder {data_dir} cannot be written").format(data_dir=data_dir))
            raise StoreError(translate("store", "The data folder {data_dir} cannot be written. Fix its permissions, or choose another folder with --data-dir or COACH_DATA_DIR.").format(data_dir=data_dir))
        try:
            store = cls._open_read_write(data_dir, clock)
        except _AccessProblem as exc:
            store = cls._open_read_only(data_dir, clock, exc.kind, exc.detail)
        if recovery is not None:
            store.recovery = recovery
            store.recovery_note = recovery.message()
            store._record_recovery(recovery)
        return store

    @classmethod
    def _open_read_write(cls, data_dir: Path, clock: Clock) -> Store:
        path = data_dir / DB_NAME
        existed = path.is_file() and path.stat().st_size > 0
        try:
            if not existed:
                files.create_private(path)
            conn = sqlite3.connect(path, timeout=5.0, isolation_level=None, check_same_thread=False)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(refusal_text(health.access_kind(exc, data_dir), path,
                                          getattr(exc, "strerror", None) or str(exc))) from exc
        try:
            db = Database(conn)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            db.execute("PRAGMA foreign_keys=ON")
            version = int(db.execute("PRAGMA user_version").fetchone()[0])
            # a real write, undone by nothing: a full disk, a read-only file or a lock shows here, before anything
            db.execute(f"PRAGMA user_version = {version}")
        except sqlite3.Error as exc:
            conn.close()
            kind = health.access_kind(exc, data_dir)
            if not existed:  # nothing to show read-only: a new file that cannot be written
                raise StoreError(refusal_text(kind, path, str(exc))) from exc
            if kind == "damaged":
                raise StoreError(damaged_text(path, str(exc))) from exc
            raise _AccessProblem(kind, str(exc)) from exc
        store = cls(data_dir, db, None, clock)
        try:
            store._migrate(existed)
            if version != health.schema_version():  # the probe above already wrote it when it was current
                db.execute(f"PRAGMA user_version = {health.schema_version()}")
        except BaseException:
            store.db.close()
            raise
        for suffix in ("-wal", "-shm"):
            side = Path(str(path) + suffix)
            if side.exists():
                _private(side)
        return store

    @classmethod
    def _open_read_only(cls, data_dir: Path, clock: Clock, kind: str, detail: str | None) -> Store:
        """Open for reading only (then ``read_only_reason`` says why), or raise ``StoreError`` saying why not."""
        path = data_dir / DB_NAME
        conn = None
        state = None
        last: Exception | None = None
        immutable = False
        for immutable in (False, True):  # immutable: the file alone, when even reading needs a write (a full disk)
            try:
                c = health.connect_read_only(path, immutable=immutable)
            except sqlite3.Error as exc:
                last = exc
                continue
            try:
                state = health.schema_health(c)
                conn = c
                break
            except sqlite3.Error as exc:
                last = exc
                c.close()
        if conn is None or state is None:
            if last is not None and health.is_damage(last):
                raise StoreError(damaged_text(path, str(last)).split(" Run ")[0]
                                 + translate("store", " It cannot be repaired now either: {detail}").format(detail=refusal_text(kind, path, detail)))
            raise StoreError(refusal_text(kind, path, detail))
        problem = None
        if state.state == health.NEW:
            problem = refusal_text(kind, path, detail)
        elif state.state == health.DAMAGED:
            problem = damaged_text(path, state.problem).split(" Run ")[0] + " " + refusal_text(kind, path, detail)
        elif state.state == health.NEWER_UNREADABLE:
            problem = (translate("store", "Your data file {path} was made by a newer {APP_NAME} that changed how data is kept ({problem}). Nothing was changed. Use the newer version of {APP_NAME}.").format(path=path, APP_NAME=APP_NAME, problem=state.problem))
        elif state.state == health.OK and (state.version or 0) < health.schema_version() and _pending(conn):
            problem = (translate("store", "Your data file {path} needs updating for this version of {APP_NAME}, which needs to write it: {detail}").format(path=path, APP_NAME=APP_NAME, detail=refusal_text(kind, path, detail)))
        if problem:
            conn.close()
            raise StoreError(problem)
        if state.state == health.NEWER:
            kind, detail = "newer", state.problem
        reason = read_only_text(kind, path, detail)
        wal = Path(str(path) + "-wal")
        if immutable and wal.is_file() and wal.stat().st_size > 0:
            reason += translate("store", " Changes saved just before the app last stopped may not show until then.")
        store = cls(data_dir, Database(conn), None, clock, read_only_reason=reason)
        store.read_only_because = READ_ONLY_BECAUSE.get(kind, store.read_only_because)
        return store

    def _migrate(self, existed: bool) -> None:
        if existed and _migrations_applied(self.db.conn):
            return  # the usual open: nothing pending, and sqlite-utils' migrations are not loaded
        from coach.store.migrations import load_all

        migrations = load_all()
        try:
            pending = migrations.pending(self.db)
            if pending and existed and self.db.table_names():
                self.backup(reason="before-migration")
            migrations.apply(self.db)
        except sqlite3.OperationalError as exc:
            raise StoreError(_disk_message(exc, self.path)) from exc

    @property
    def path(self) -> Path:
        return self.data_dir / DB_NAME

    def close(self) -> None:
        if not self.read_only:
            try:
                self.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.Error:
                pass
        self.db.close()

    # ------------------------------------------------------------ recoveries
    def _record_recovery(self, r) -> None:
        try:
            self.write(lambda db: db["recoveries"].insert({
                "happened_at": r.happened_at.isoformat(timespec="seconds"), "problem": r.problem,
                "damaged_file": str(r.damaged) if r.damaged else None,
                "backup_file": str(r.backup) if r.backup else None,
                "backup_made_at": r.backup_made_at.isoformat(timespec="seconds") if r.backup_made_at else None,
                "message": r.message(), "shown_at": None,
            }))
        except StoreError:
            pass  # the message is still in recovery_note for this run

    def recoveries(self, unshown: bool = False) -> list[dict]:
        """Recoveries recorded in this file, oldest first (only those the app has not shown yet: ``unshown``)."""
        if not self.has_table("recoveries"):
            return []
        where = " where shown_at is null" if unshown else ""
        return list(self.db.query(f"select * from recoveries{where} order by id"))

    def has_table(self, name: str) -> bool:
        """Whether the file holds the table (read on the connection, without sqlite-utils)."""
        return self.db.execute("select 1 from sqlite_master where type = 'table' and name = ?", [name]).fetchone() \
            is not None

    def mark_recoveries_shown(self) -> None:
        """The app showed every recorded recovery; it is not shown again."""
        if self.read_only or not self.recoveries(unshown=True):
            return  # nothing to mark: no write (the usual open writes nothing)
        try:
            self.write(lambda db: db.execute("update recoveries set shown_at = ? where shown_at is null",
                                             [self.now()]))
        except StoreError:
            pass

    # ------------------------------------------------------------ writing
    def write(self, fn, *args, **kwargs):
        """Run ``fn(db, ...)`` in one transaction; a full disk becomes a StoreError and nothing is half-written."""
        if self.read_only_reason is not None:
            raise ReadOnlyError(translate("store", "Not saved: your data is open read-only because {read_only_because}.").format(read_only_because=self.read_only_because))
        try:
            with self.db.atomic():
                return fn(self.db, *args, **kwargs)
        except sqlite3.OperationalError as exc:
            raise StoreError(_disk_message(exc, self.path)) from exc

    # ------------------------------------------------------------ settings
    def get_setting(self, key: str, default: Any = None) -> Any:
        rows = list(self.db.query("select value_json from settings where key = ?", [key]))
        return json.loads(rows[0]["value_json"]) if rows else default

    def set_setting(self, key: str, value: Any) -> None:
        self.write(lambda db: db["settings"].upsert({"key": key, "value_json": json.dumps(value)}, pk="key"))

    # ------------------------------------------------------------ backups
    @property
    def backup_dir(self) -> Path:
        return self.data_dir / BACKUP_DIR

    def backup(self, reason: str = "manual") -> Path:
        """Write a consistent copy through the SQLite backup API and keep the newest ``KEEP_BACKUPS``."""
        return backup_database(self.db.conn, self.backup_dir, reason, self.clock)

    def backups(self) -> list[BackupInfo]:
        return list_backups(self.backup_dir)

    def check(self) -> str | None:
        """None when the open file passes ``PRAGMA quick_check`` and the schema check, else what is wrong."""
        try:
            rows = self.db.execute("PRAGMA quick_check").fetchall()
            if not rows or rows[0][0] != "ok":
                return "; ".join(str(r[0]) for r in rows[:3]) or translate("store", "quick_check failed")
            h = health.schema_health(self.db.conn)
        except sqlite3.Error as exc:
            return str(exc)
        return h.problem if h.state in (health.DAMAGED, health.NEWER_UNREADABLE) else None


def _migrations_applied(conn: sqlite3.Connection) -> bool:
    """True when every migration module (``coach/store/migrations/mNNN_name.py``) is recorded as applied
    under its own name; False sends the open through sqlite-utils' ``Migrations``, which decides for sure."""
    names = set(health.known_migrations())
    try:
        applied = {r[0] for r in conn.execute(f"select name from [{health.MIGRATIONS_TABLE}]")}
    except sqlite3.Error:
        return False
    return bool(names) and names <= applied


def backup_database(conn: sqlite3.Connection, folder: Path, reason: str = "manual",
                    clock: Clock | None = None) -> Path:
    """A consistent copy of ``conn``'s database in ``folder``, written to a private ``.part`` file first."""
    target = folder / f"coach-{_stamp(clock or SystemClock())}-{reason}.db"
    tmp = target.with_suffix(".part")
    try:
        files.private_dir(folder)
        files.create_private(tmp)  # private before any byte is in it; SQLite gives its journal the same mode
        dest = sqlite3.connect(tmp)
        try:
            conn.backup(dest)
        finally:
            dest.close()
        _private(tmp)
        os.replace(tmp, target)
    except (sqlite3.Error, OSError) as exc:
        tmp.unlink(missing_ok=True)
        Path(str(tmp) + "-journal").unlink(missing_ok=True)
        raise StoreError(_disk_message(exc, target)) from exc
    for old in list_backups(folder)[KEEP_BACKUPS:]:
        old.path.unlink(missing_ok=True)
    return target


def list_backups(folder: Path) -> list[BackupInfo]:
    """Backups, newest first."""
    if not folder.is_dir():
        return []
    out = []
    for p in folder.glob("coach-*.db"):
        try:
            st = p.stat()
        except OSError:
            continue
        if p.is_file():
            out.append(BackupInfo(p, dt.datetime.fromtimestamp(st.st_mtime), st.st_size))
    out.sort(key=lambda b: b.path.name, reverse=True)
    return out


def restore_backup(data_dir: Path, backup: Path, clock: Clock | None = None) -> Path | None:
    """Replace the database with ``backup`` (after a safety backup of the current one). Returns that safety copy."""
    from coach.store.recovery import copy_database

    path = data_dir / DB_NAME
    problem = quick_check(backup)
    if problem:
        raise StoreError(translate("store", "The backup {name} is damaged ({problem}); choose another one.").format(name=backup.name, problem=problem))
    safety = None
    try:
        if path.exists() and quick_check(path) is None:
            conn = health.connect_read_only(path)
            try:
                safety = backup_database(conn, data_dir / BACKUP_DIR, "before-restore", clock)
            finally:
                conn.close()
        copy_database(backup, path)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(translate("store", "Nothing was restored: {path}").format(path=_disk_message(exc, path))) from exc
    return safety


def _prepare_folder(data_dir: Path) -> bool:
    """Create the data folder (0700); whether it can be written. ``StoreError`` when it cannot be used at all."""
    if data_dir.exists() and not data_dir.is_dir():
        raise StoreError(translate("store", "The data folder {data_dir} is a file, not a folder. Choose another folder with --data-dir or COACH_DATA_DIR.").format(data_dir=data_dir))
    try:
        files.private_dir(data_dir)
    except OSError as exc:
        raise StoreError(
            translate("store", "The data folder {data_dir} cannot be created ({exc}). Choose another folder with --data-dir or COACH_DATA_DIR.").format(data_dir=data_dir, exc=exc.strerror or exc)
        ) from exc
    if not os.access(data_dir, os.R_OK | os.X_OK):
        raise StoreError(
            translate("store", "The data folder {data_dir} cannot be read. Fix its permissions, or choose another folder with --data-dir or COACH_DATA_DIR.").format(data_dir=data_dir)
        )
    return os.access(data_dir, os.W_OK | os.X_OK)


def _pending(conn: sqlite3.Connection) -> bool:
    """Whether this version has migrations the database has not had (read without writing)."""
    tables = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
    if health.MIGRATIONS_TABLE not in tables:
        return True
    applied = {r[0] for r in conn.execute(
        f"select name from [{health.MIGRATIONS_TABLE}] where migration_set = ?", [health.MIGRATION_SET])}
    return any(m not in applied for m in health.known_migrations())


def _disk_message(exc: Exception, path: Path) -> str:
    kind = health.access_kind(exc, path.parent)
    if kind == "full":
        return (translate("store", "The disk holding {parent} is full, so the last change could not be saved. Everything saved before it is safe. Free some space and try again.").format(parent=path.parent))
    if kind == "readonly":
        return translate("store", "{path} cannot be written ({exc}). Check the folder's permissions.").format(path=path, exc=exc)
    if kind == "locked":
        return translate("store", "{path} is in use by another program ({exc}). Close other copies of {APP_NAME} and try again.").format(path=path, exc=exc, APP_NAME=APP_NAME)
    return translate("store", "Saving to {path} failed ({exc}).").format(path=path, exc=exc)
