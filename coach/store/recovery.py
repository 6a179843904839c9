"""Recovering a damaged data file: keep it, restore the newest good backup, say what happened, record it.

Nothing is deleted: the damaged file (with its ``-wal`` log, which may hold
the latest changes) is renamed ``coach-damaged-<time>.db`` beside the new
one. The newest backup that passes the integrity and schema checks is copied
into place through the SQLite backup API. The message says what was wrong,
where the damaged file is, which backup was restored, from when, what it
holds, and that anything recorded after it is missing. The store records it
in ``recoveries`` so that the app shows it once even when the repair was made
on the command line.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from coach import APP_NAME
from coach.core.clock import Clock
from coach.core.i18n import translate
from coach.core.textfmt import long_date, stamp_text
from coach.store import files
from coach.store.health import BACKUP_DIR, DB_NAME, backup_is_good, connect_read_only

DAMAGED_PREFIX = "coach-damaged-"


@dataclass(frozen=True)
class Recovery:
    problem: str
    happened_at: dt.datetime
    damaged: Path | None  # where the damaged file was kept (None: there was no file to keep)
    backup: Path | None  # the backup restored (None: none was good, a new file was started)
    backup_made_at: dt.datetime | None = None
    holds: str | None = None  # what the restored data holds, in words

    def message(self) -> str:
        kept = (translate("store", " It was kept as {name} in the data folder; nothing was deleted.").format(name=self.damaged.name)
                if self.damaged is not None else "")
        if self.backup is None:
            return (translate("store", "Your data file was damaged ({problem}) and no good backup was found.{kept} {APP_NAME} started a new, empty data file. Your earlier records are not shown; keep the damaged file and ask for help if you need them.").format(problem=self.problem, kept=kept, APP_NAME=APP_NAME))
        when = stamp_text(self.backup_made_at) if self.backup_made_at else self.backup.name
        holds = translate("store", " It holds {holds}.").format(holds=self.holds) if self.holds else ""
        return (translate("store", "Your data file was damaged ({problem}).{kept} The newest good backup, made on {when}, was restored.{holds} Anything recorded after {when} is missing from the app; it may still be in the damaged file.").format(problem=self.problem, kept=kept, when=when, holds=holds))


def stamp(clock: Clock) -> str:
    """A file-name time stamp from the store's clock."""
    return clock.now().strftime("%Y%m%d-%H%M%S-%f")


def recover(data_dir: Path, problem: str, clock: Clock, backups: list) -> Recovery:
    """Put the damaged file aside and restore the newest good backup of ``backups`` (newest first)."""
    path = data_dir / DB_NAME
    now = clock.now()
    aside: Path | None = None
    if path.exists() or path.is_symlink():
        aside = data_dir / f"{DAMAGED_PREFIX}{stamp(clock)}.db"
        os.replace(path, aside)
        if aside.is_file():
            files.private_file(aside)
    for suffix in ("-wal", "-shm"):
        side = Path(str(path) + suffix)
        if side.exists():
            if aside is not None:
                os.replace(side, Path(str(aside) + suffix))
                files.private_file(Path(str(aside) + suffix))
            else:
                side.unlink()
    for b in backups:
        if backup_is_good(b.path):
            copy_database(b.path, path)
            return Recovery(problem, now, aside, b.path, b.created, describe(path))
    return Recovery(problem, now, aside, None)


def copy_database(src: Path, dest: Path) -> None:
    """Copy a database through the SQLite backup API into a private temporary file, then move it into place."""
    for suffix in ("-wal", "-shm"):
        Path(str(dest) + suffix).unlink(missing_ok=True)
    tmp = dest.with_name(dest.name + ".restore")
    files.create_private(tmp)
    s = connect_read_only(src)
    try:
        d = sqlite3.connect(tmp)
        try:
            s.backup(d)
        finally:
            d.close()
    finally:
        s.close()
    files.private_file(tmp)
    os.replace(tmp, dest)


def describe(path: Path) -> str | None:
    """What a database holds, in words: sessions and diary days, and the last day with either."""
    try:
        conn = connect_read_only(path)
    except sqlite3.Error:
        return None
    try:
        sessions, last_s = conn.execute("select count(*), max(date) from sessions").fetchone()
        days, last_d = conn.execute("select count(*), max(date) from tracker_entries").fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    parts = [translate("store", "{sessions} session{sessions2}").format(sessions=sessions, sessions2='s' if sessions != 1 else ''), translate("store", "{days} diary day{days2}").format(days=days, days2='s' if days != 1 else '')]
    last = max((d for d in (last_s, last_d) if d), default=None)
    text = translate("store", " and ").join(parts)
    if last:
        try:
            text += translate("store", ", the last on {last}").format(last=long_date(dt.date.fromisoformat(last)))
        except ValueError:
            pass
    return text


def backup_folder(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR
