"""What state a data file is in, found without changing it: healthy, new, damaged, newer, or out of reach.

Only real damage leads to recovery: SQLite saying the file is corrupt or not a
database (``PRAGMA quick_check`` failing, ``SQLITE_CORRUPT``, ``SQLITE_NOTADB``),
a schema that lacks tables or columns the applied migrations created, a file
that is empty or missing while backups exist, or a folder where the file
should be. A full disk, a read-only file or folder, a lock held by another
program or an I/O error is *not* damage: the file is never moved for it (the
store opens read-only, or refuses, and says why).

The schema check compares the file with what its applied migrations create
(``coach.store.schema_snapshot`` holds that for this version's migrations, so
the usual open neither imports sqlite-utils nor replays anything; when the
migrations differ from the snapshot's, each is replayed once into an in-memory
database to learn it) and reads ``PRAGMA user_version``, which the store sets to the number of
migrations it knows. A file whose version or migrations are unknown was made
by a newer version of the app.
"""

from __future__ import annotations

import functools
import os
import sqlite3
import stat
from dataclasses import dataclass, field
from pathlib import Path

from coach.core.i18n import translate

DB_NAME = "coach.db"
BACKUP_DIR = "backups"

OK = "ok"  # healthy, this version's schema (or older, to be migrated)
NEW = "new"  # no data yet: no file, or an empty one with no backups to restore
DAMAGED = "damaged"  # recover from a backup
NEWER = "newer"  # made by a newer version: read it, never write it
NEWER_UNREADABLE = "newer-unreadable"  # made by a newer version that changed what this one reads
UNREACHABLE = "unreachable"  # cannot be read now (disk full, permissions, lock, I/O): never damage

# SQLite's primary result codes that mean the bytes are wrong (https://sqlite.org/rescode.html)
SQLITE_CORRUPT = 11
SQLITE_NOTADB = 26
DAMAGE_CODES = {SQLITE_CORRUPT, SQLITE_NOTADB}
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_FULL, SQLITE_READONLY, SQLITE_PERM, SQLITE_CANTOPEN = 5, 6, 13, 8, 3, 14
MIGRATION_SET = "lumbar-coach"
MIGRATIONS_TABLE = "_sqlite_migrations"


@dataclass(frozen=True)
class Health:
    """The state of a data file, and what is wrong in a few words (``problem``) when it is not ``ok``."""

    state: str
    problem: str | None = None
    version: int | None = None  # the file's user_version
    missing: tuple[str, ...] = field(default=())  # tables or columns expected and not found
    kind: str | None = None  # for UNREACHABLE: full, readonly, locked or io (see ``error_kind``)

    @property
    def usable(self) -> bool:
        return self.state in (OK, NEW)


def primary_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def is_damage(exc: BaseException) -> bool:
    """Whether a SQLite error means the file itself is damaged (not the disk, the folder or a lock)."""
    code = primary_code(exc)
    if code is not None:
        return code in DAMAGE_CODES
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def error_kind(exc: BaseException) -> str:
    """``full``, ``readonly``, ``locked``, ``damaged`` or ``io`` for an error met opening or writing the file."""
    code = primary_code(exc)
    text = str(exc).lower()
    if code in DAMAGE_CODES or (code is None and is_damage(exc)):
        return "damaged"
    if code == SQLITE_FULL or getattr(exc, "errno", None) == 28 or "full" in text:
        return "full"
    if code in (SQLITE_READONLY, SQLITE_PERM) or "readonly" in text or "read-only" in text or "permission" in text:
        return "readonly"
    if code in (SQLITE_BUSY, SQLITE_LOCKED) or "locked" in text or "busy" in text:
        return "locked"
    return "io"


FULL_BELOW_BYTES = 256 * 1024  # less free space than this is a full disk for a database in WAL mode


def disk_full(folder: Path) -> bool:
    """Whether the disk holding ``folder`` has (almost) no space left for the database to write its log."""
    try:
        st = os.statvfs(folder)
    except (OSError, AttributeError):
        return False
    return st.f_bavail * st.f_frsize < FULL_BELOW_BYTES


def access_kind(exc: BaseException | None, folder: Path) -> str:
    """``error_kind`` of ``exc``, naming a full disk as such even when SQLite only reports an I/O error."""
    kind = error_kind(exc) if exc is not None else "io"
    return "full" if kind in ("io", "readonly") and disk_full(folder) else kind


# ------------------------------------------------------------------ expected schema
@functools.cache
def known_migrations() -> tuple[str, ...]:
    """This version's migrations, in the order they apply: the modules ``coach/store/migrations/mNNN_name.py``
    (each registers one migration of its own name; the package is not imported, so neither is sqlite-utils)."""
    import importlib.util
    import pkgutil

    spec = importlib.util.find_spec("coach.store.migrations")
    if spec is None or not spec.submodule_search_locations:
        return _registered_migrations()
    return tuple(sorted(i.name for i in pkgutil.iter_modules(spec.submodule_search_locations)
                        if i.name.startswith("m") and i.name[1:4].isdigit()))


def _registered_migrations() -> tuple[str, ...]:
    """The migrations as sqlite-utils' ``Migrations`` holds them once every module is loaded."""
    import sqlite_utils

    from coach.store.migrations import load_all

    return tuple(m.name for m in load_all().pending(sqlite_utils.Database(memory=True)))


def schema_version() -> int:
    """The ``user_version`` this version writes: how many migrations it knows."""
    return len(known_migrations())


@functools.cache
def expected_schema() -> dict[str, dict[str, frozenset[str]]]:
    """For each migration: every table (and its columns) that exists once it and those before it ran."""
    from coach.store import schema_snapshot

    names = known_migrations()
    if tuple(schema_snapshot.MIGRATIONS) == names:
        return {m: {t: frozenset(c.split()) for t, c in tables.items()} for m, tables in schema_snapshot.SCHEMA.items()}
    return replayed_schema()


def replayed_schema() -> dict[str, dict[str, frozenset[str]]]:
    """``expected_schema`` learnt by replaying each migration into an in-memory database."""
    import sqlite_utils

    from coach.store.migrations import load_all

    migrations = load_all()
    names = _registered_migrations()
    db = sqlite_utils.Database(memory=True)
    out: dict[str, dict[str, frozenset[str]]] = {}
    for i, name in enumerate(names):
        migrations.apply(db, stop_before=names[i + 1] if i + 1 < len(names) else None)
        out[name] = {t: frozenset(db[t].columns_dict) for t in db.table_names() if not t.startswith("_")}
    db.close()
    return out


def snapshot_text() -> str:
    """The source of ``coach.store.schema_snapshot`` for this version's migrations (replayed)."""
    lines = ['"""What each migration leaves in the database: every table and its columns (space-separated) once it '
             'and those\nbefore it ran.\n\nRead by ``coach.store.health`` instead of replaying the migrations on '
             'every open. Written by\n``python -m coach.store.health`` after a migration is added; a test compares '
             'it with a replay.\n"""\n', "SCHEMA = {"]
    for name, tables in replayed_schema().items():
        lines.append(f"    {name!r}: {{")
        lines += [f"        {t!r}: {' '.join(sorted(c))!r}," for t, c in sorted(tables.items())]
        lines.append("    },")
    lines.append("}")
    return "\n".join(lines).replace("'", '"') + "\n\nMIGRATIONS = tuple(SCHEMA)\n"


def schema_health(conn: sqlite3.Connection) -> Health:
    """The schema of an open, readable database compared with what its migrations made."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
    if not tables:
        return Health(NEW, translate("store", "it holds no tables"), version)
    known = known_migrations()
    applied: list[str] = []
    if MIGRATIONS_TABLE in tables:
        try:
            applied = [r[0] for r in conn.execute(
                f"select name from [{MIGRATIONS_TABLE}] where migration_set = ? order by rowid", [MIGRATION_SET])]
        except sqlite3.Error as exc:
            if is_damage(exc):
                raise
            return Health(DAMAGED, translate("store", "its record of schema changes cannot be read ({exc})").format(exc=exc), version)
    unknown = [a for a in applied if a not in known]
    newer = version > len(known) or bool(unknown)
    if not applied and not newer:
        return Health(DAMAGED, translate("store", "its record of schema changes is missing"), version)
    last = max((known.index(a) for a in applied if a in known), default=-1)
    want = expected_schema()[known[last]] if last >= 0 else {}
    missing: list[str] = []
    for table, columns in sorted(want.items()):
        if table not in tables:
            missing.append(translate("store", "table {table}").format(table=table))
            continue
        have = {r[1] for r in conn.execute(f"PRAGMA table_info([{table}])")}
        missing += [translate("store", "column {table}.{c}").format(table=table, c=c) for c in sorted(columns - have)]
    if newer:
        if missing:
            return Health(NEWER_UNREADABLE, newer_text(version) + translate("store", "; {missing} that this version reads {are} not there").format(missing=_list(missing), are='is' if len(missing) == 1 else 'are'), version, tuple(missing))
        return Health(NEWER, newer_text(version), version)
    if missing:
        return Health(DAMAGED, translate("store", "{missing} {are} missing").format(missing=_list(missing), are='is' if len(missing) == 1 else 'are'), version,
                      tuple(missing))
    return Health(OK, None, version)


def newer_text(version: int) -> str:
    """The versions, in words: ``data version 5; this version knows up to 4``."""
    return translate("store", "data version {version}; this version knows up to {schema_version}").format(version=version, schema_version=schema_version())


def _list(items: list[str], most: int = 3) -> str:
    shown = ", ".join(items[:most])
    return shown + (translate("store", " and {most} more").format(most=len(items) - most) if len(items) > most else "")


# ------------------------------------------------------------------ one file
def connect_read_only(path: Path, immutable: bool = False, timeout: float = 5.0) -> sqlite3.Connection:
    """A connection that cannot write; ``immutable`` reads the file alone (no lock, no log, nothing created)."""
    uri = f"file:{_uri_path(path)}?{'immutable=1' if immutable else 'mode=ro'}"
    return sqlite3.connect(uri, uri=True, timeout=timeout, check_same_thread=False)


def _uri_path(path: Path) -> str:
    from urllib.parse import quote

    return quote(str(Path(path).absolute()), safe="/")


def file_health(path: Path, *, timeout: float = 5.0) -> Health:
    """The state of one database file (``NEW`` when there is none or it is empty); never changes the file."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return Health(NEW, translate("store", "there is no data file"))
    except OSError as exc:
        return Health(UNREACHABLE, exc.strerror or str(exc), kind="readonly" if exc.errno == 13 else "io")
    if stat.S_ISDIR(st.st_mode):
        return Health(DAMAGED, translate("store", "a folder is where the data file should be"))
    if not stat.S_ISREG(st.st_mode):
        return Health(DAMAGED, translate("store", "something that is not a file is where the data file should be"))
    if st.st_size == 0:
        return Health(NEW, translate("store", "the data file is empty"))
    if not os.access(path, os.R_OK):
        return Health(UNREACHABLE, translate("store", "permission denied"), kind="readonly")
    try:
        conn = connect_read_only(path, timeout=timeout)
    except sqlite3.Error as exc:
        return _from_error(exc)
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
        if not rows or rows[0][0] != "ok":
            return Health(DAMAGED, "; ".join(str(r[0]) for r in rows[:3]) or translate("store", "the integrity check failed"))
        return schema_health(conn)
    except sqlite3.Error as exc:
        return _from_error(exc)
    finally:
        conn.close()


def _from_error(exc: sqlite3.Error) -> Health:
    if is_damage(exc):
        return Health(DAMAGED, str(exc))
    return Health(UNREACHABLE, str(exc), kind=error_kind(exc))


def backup_is_good(path: Path) -> bool:
    """A backup worth restoring: readable, intact, with this version's schema (or an older one)."""
    h = file_health(path, timeout=1.0)
    return h.state == OK


def inspect(data_dir: Path) -> Health:
    """The state of a data folder's database, with the backups taken into account.

    An empty or missing file while good backups exist is damage (First Run
    would hide the history the backups hold); without backups it is a new start.
    """
    path = Path(data_dir) / DB_NAME
    h = file_health(path)
    if h.state == NEW and has_backups(Path(data_dir)):
        if h.problem == "it holds no tables" or path.exists():
            return Health(DAMAGED, translate("store", "the data file is empty") if _size(path) == 0 else translate("store", "the data file holds no data"),
                          h.version)
        return Health(DAMAGED, translate("store", "the data file is missing"), h.version)
    return h


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def has_backups(data_dir: Path) -> bool:
    folder = data_dir / BACKUP_DIR
    try:
        return any(p.is_file() and p.stat().st_size > 0 for p in folder.glob("coach-*.db"))
    except OSError:
        return False


if __name__ == "__main__":  # rewrite the schema snapshot after adding a migration
    Path(__file__).with_name("schema_snapshot.py").write_text(snapshot_text(), encoding="utf-8")
