"""Opening the store: data folder, permissions, WAL, integrity check, recovery, migrations, backups.

Guarantees (see DESIGN.md, "Storage guarantees"):
- WAL mode with ``synchronous=FULL``; every event is its own committed
  transaction, so a killed process loses nothing confirmed on screen.
- ``PRAGMA quick_check`` on open. A corrupt file is moved aside, the newest
  good backup restored, and ``Store.recovery_note`` says what happened.
- A backup (SQLite backup API, never a file copy) is taken before migrating
  an existing database, and on ``coach backup``; the newest ``KEEP_BACKUPS``
  are kept.
- The folder is 0700 and the database files 0600.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from coach import APP_SLUG
from coach.core.clock import Clock, SystemClock
from coach.core.textfmt import stamp_text

DB_NAME = "coach.db"
BACKUP_DIR = "backups"
KEEP_BACKUPS = 10


class StoreError(Exception):
    """A problem with the data folder or database, worded for the user."""


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
    try:
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    except OSError:
        pass


def quick_check(path: Path) -> str | None:
    """None when the file is a healthy SQLite database, else what is wrong."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    if rows and rows[0][0] == "ok":
        return None
    return "; ".join(str(r[0]) for r in rows[:3]) or "quick_check failed"


@dataclass
class BackupInfo:
    path: Path
    created: dt.datetime
    size: int


class Store:
    """The open database of one data folder."""

    def __init__(self, data_dir: Path, db: sqlite_utils.Database, recovery_note: str | None = None,
                 clock: Clock | None = None):
        self.data_dir = data_dir
        self.db = db
        self.recovery_note = recovery_note
        self.clock: Clock = clock or SystemClock()

    def now(self) -> str:
        """The time stamp stored with each record: local time with its offset, to the second."""
        return self.clock.now().isoformat(timespec="seconds")

    # ------------------------------------------------------------ opening
    @classmethod
    def open(cls, data_dir: Path | str | None = None, *, clock: Clock | None = None) -> Store:
        """Open (or create) the database of ``data_dir``; every time stamp it writes comes from ``clock``."""
        clock = clock or SystemClock()
        data_dir = Path(data_dir) if data_dir else default_data_dir()
        _prepare_folder(data_dir)
        path = data_dir / DB_NAME
        note = None
        existed = path.exists() and path.stat().st_size > 0
        if existed:
            problem = quick_check(path)
            if problem is not None:
                note = _recover(data_dir, path, problem, clock)
                existed = path.exists()
        if not path.exists():
            fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
            os.close(fd)
        _private(path)
        try:
            conn = sqlite3.connect(path, timeout=5.0, isolation_level=None, check_same_thread=False)
            db = sqlite_utils.Database(conn)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            db.execute("PRAGMA foreign_keys=ON")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"The database {path} cannot be opened: {exc}.") from exc
        store = cls(data_dir, db, note, clock)
        store._migrate(existed)
        for suffix in ("-wal", "-shm"):
            side = Path(str(path) + suffix)
            if side.exists():
                _private(side)
        return store

    def _migrate(self, existed: bool) -> None:
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
        try:
            self.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error:
            pass
        self.db.close()

    # ------------------------------------------------------------ writing
    def write(self, fn, *args, **kwargs):
        """Run ``fn(db, ...)`` in one transaction; a full disk becomes a StoreError and nothing is half-written."""
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
        rows = self.db.execute("PRAGMA quick_check").fetchall()
        return None if rows and rows[0][0] == "ok" else "; ".join(str(r[0]) for r in rows[:3])


def backup_database(conn: sqlite3.Connection, folder: Path, reason: str = "manual",
                    clock: Clock | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = folder / f"coach-{_stamp(clock or SystemClock())}-{reason}.db"
    tmp = target.with_suffix(".part")
    try:
        dest = sqlite3.connect(tmp)
        try:
            conn.backup(dest)
        finally:
            dest.close()
        _private(tmp)
        os.replace(tmp, target)
    except (sqlite3.OperationalError, OSError) as exc:
        tmp.unlink(missing_ok=True)
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
        st = p.stat()
        out.append(BackupInfo(p, dt.datetime.fromtimestamp(st.st_mtime), st.st_size))
    out.sort(key=lambda b: b.path.name, reverse=True)
    return out


def restore_backup(data_dir: Path, backup: Path, clock: Clock | None = None) -> Path:
    """Replace the database with ``backup`` (after a safety backup of the current one). Returns that safety copy."""
    path = data_dir / DB_NAME
    problem = quick_check(backup)
    if problem:
        raise StoreError(f"The backup {backup.name} is damaged ({problem}); choose another one.")
    safety = None
    if path.exists() and quick_check(path) is None:
        conn = sqlite3.connect(path)
        try:
            safety = backup_database(conn, data_dir / BACKUP_DIR, "before-restore", clock)
        finally:
            conn.close()
    _copy_db(backup, path)
    return safety


def _copy_db(src: Path, dest: Path) -> None:
    for suffix in ("-wal", "-shm"):
        Path(str(dest) + suffix).unlink(missing_ok=True)
    tmp = dest.with_name(dest.name + ".restore")
    s = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
    try:
        d = sqlite3.connect(tmp)
        try:
            s.backup(d)
        finally:
            d.close()
    finally:
        s.close()
    _private(tmp)
    os.replace(tmp, dest)


def _prepare_folder(data_dir: Path) -> None:
    try:
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise StoreError(
            f"The data folder {data_dir} cannot be created ({exc.strerror or exc}). "
            "Choose another folder with --data-dir or COACH_DATA_DIR."
        ) from exc
    if not os.access(data_dir, os.W_OK | os.X_OK):
        raise StoreError(
            f"The data folder {data_dir} cannot be written. "
            "Fix its permissions, or choose another folder with --data-dir or COACH_DATA_DIR."
        )


def _recover(data_dir: Path, path: Path, problem: str, clock: Clock) -> str:
    aside = path.with_name(f"coach-corrupt-{_stamp(clock)}.db")
    os.replace(path, aside)
    for suffix in ("-wal", "-shm"):
        side = Path(str(path) + suffix)
        if side.exists():
            os.replace(side, Path(str(aside) + suffix))
    for b in list_backups(data_dir / BACKUP_DIR):
        if quick_check(b.path) is None:
            _copy_db(b.path, path)
            when = stamp_text(b.created)
            return (
                f"Your data file was damaged ({problem}). It was moved aside to {aside.name}, and the "
                f"newest good backup, from {when}, was restored. Anything recorded after that backup is missing."
            )
    return (
        f"Your data file was damaged ({problem}) and no good backup was found. It was moved aside to "
        f"{aside.name}, and a new, empty data file was started."
    )


def _disk_message(exc: Exception, path: Path) -> str:
    text = str(exc).lower()
    if "full" in text or getattr(exc, "errno", None) == 28:
        return (f"The disk holding {path.parent} is full, so the last change could not be saved. "
                "Everything saved before it is safe. Free some space and try again.")
    if "readonly" in text or "read-only" in text or "permission" in text:
        return f"{path} cannot be written ({exc}). Check the folder's permissions."
    if "locked" in text or "busy" in text:
        return f"{path} is in use by another program ({exc}). Close other copies of {APP_SLUG} and try again."
    return f"Saving to {path} failed ({exc})."
