"""Settings use cases: reading and changing the app's settings, backups and restoring one.

Values are checked by ``coach.core.settings`` before they reach these
functions; each change is one small write.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from coach.app.changes import EVERYTHING, NOTHING, Changes, Done
from coach.core import settings as cs
from coach.store.db import BackupInfo, Store, StoreError, restore_backup

if TYPE_CHECKING:
    from coach.app.state import App

SETTINGS = Changes(settings=True)


def load(app: App) -> cs.Settings:
    """The stored settings (a value that is no longer valid gives its default)."""
    return cs.load(app.store.get_setting)


def save(app: App, new: cs.Settings, key: str) -> Changes:
    """Store the value of ``key`` from ``new`` (checked settings)."""
    app.store.set_setting(key, new.to_store()[key])
    return SETTINGS


def choose_cues(store: Store, mode: str) -> Changes:
    """How the player gives its cues: "voice", "beeps" or "off" (checked by ``coach.core.settings``). Works on a
    store alone (first run)."""
    store.set_setting(cs.CUE_MODE, cs.validate(cs.CUE_MODE, mode))
    return SETTINGS


def get(app: App, key: str, default: Any = None) -> Any:
    return app.store.get_setting(key, default)


def remember(app: App, key: str, value: Any) -> Changes:
    """Keep a piece of the app's own bookkeeping (which reminders fired, a notice shown once). Nothing shows
    it, so nothing changes for the screens; an unchanged value is not written again. When it cannot be
    written (data open read-only, a full disk: said once when the app opened), it is kept for this run only,
    and nothing raises: reminders and notices run from timers."""
    if app.store.get_setting(key) != value:
        try:
            app.store.set_setting(key, value)
        except StoreError:
            pass
    return NOTHING


def backups(app: App) -> list[BackupInfo]:
    """The backups of the data file, newest first."""
    return app.store.backups()


def backup(app: App) -> Done[Path]:
    """Back up the data file now (nothing shown changes)."""
    return Done(app.store.backup("manual"))


def restore(app: App, backup_path: Path) -> Done[Path | None]:
    """Replace the data with a backup (a copy of the current data is kept first; its path is the value).
    The store is reopened either way; everything shown may have changed."""
    kept = app.reopen_store(lambda data_dir: restore_backup(data_dir, backup_path))
    return Done(kept, EVERYTHING)
