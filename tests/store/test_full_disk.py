"""A full disk at start-up never hides history: the healthy file is never moved aside, the data opens
read-only (or the app refuses) with a message saying the disk is full, and once space is freed everything is
there as before.

On a real small file system (an 8 MB tmpfs mounted for the test) when the machine allows ``mount``; where it
does not, the same checks run with SQLite's "disk is full" errors simulated at the connection level.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from coach.store import db as store_db
from coach.store import health, profiles
from coach.store.db import DB_NAME, ReadOnlyError, Store, StoreError
from tests.store.test_recovery import clock_at, make_history


def _digest(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def _fill(folder: Path) -> Path:
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for chunk in (1 << 16, 4096, 1):
            try:
                while True:
                    os.write(fd, b"\0" * chunk)
            except OSError:
                pass
    finally:
        os.close(fd)
    return filler


def _mount_tmpfs(where: Path, size: str = "8m") -> bool:
    if os.geteuid() != 0 or not shutil.which("mount"):
        return False
    where.mkdir(parents=True, exist_ok=True)
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where)],
                       capture_output=True)
    return r.returncode == 0


def _check_full_disk_start(d: Path) -> None:
    """The checks shared by the real and the simulated full disk: called with the disk full."""
    path = d / DB_NAME
    before = _digest(path)
    try:
        store = Store.open(d, clock=clock_at(12), recover=True)
    except StoreError as exc:  # refusing is allowed, as long as it says why and moves nothing
        assert "full" in str(exc) and "Nothing was changed" in str(exc)
    else:
        try:
            assert store.read_only and "is full" in store.read_only_reason
            assert store.recovery_note is None
            assert profiles.active_profile(store).name == "Ana"  # the history is there to read
            with pytest.raises(ReadOnlyError):
                store.set_setting("reminders_fired", ["x"])
        finally:
            store.close()
    assert _digest(path) == before
    assert not list(d.glob("coach-damaged-*"))
    # a command that only reads gets the data or a clear message, never a restore
    try:
        s = Store.open(d, clock=clock_at(12))
        s.close()
    except StoreError as exc:
        assert "full" in str(exc)
    assert _digest(path) == before and not list(d.glob("coach-damaged-*"))


@pytest.mark.slow
def test_full_disk_at_start_on_a_small_file_system(tmp_path):
    mnt = tmp_path / "small"
    if not _mount_tmpfs(mnt):
        pytest.skip("mount is not allowed here; test_full_disk_at_start_simulated covers the same checks")
    try:
        d = mnt / "data"
        make_history(d)
        filler = _fill(mnt)
        assert health.disk_full(d)
        _check_full_disk_start(d)
        filler.unlink()
        store = Store.open(d, clock=clock_at(13), recover=True)
        try:
            assert not store.read_only and store.recovery_note is None
            assert profiles.active_profile(store).name == "Ana"
            store.set_setting("after", True)  # writable again
        finally:
            store.close()
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def test_full_disk_at_start_simulated(tmp_path, monkeypatch):
    """SQLite's SQLITE_FULL / SQLITE_IOERR at every connection that could write, and no free space reported."""
    d = tmp_path / "data"
    make_history(d)

    def full_error(text="database or disk is full", code=13):
        e = sqlite3.OperationalError(text)
        e.sqlite_errorcode = code
        return e

    real_ro = health.connect_read_only
    real_connect = sqlite3.connect

    def ro(path, immutable=False, timeout=5.0):
        if not immutable:
            raise full_error("disk I/O error", 4874)  # SQLITE_IOERR_SHMSIZE, as on a full tmpfs
        return real_ro(path, immutable=True, timeout=timeout)

    def rw(target, *a, **k):
        if str(target).endswith(DB_NAME):
            raise full_error()
        return real_connect(target, *a, **k)

    monkeypatch.setattr(health, "connect_read_only", ro)
    monkeypatch.setattr(health, "disk_full", lambda folder: True)
    monkeypatch.setattr(store_db.sqlite3, "connect", rw)
    _check_full_disk_start(d)
    monkeypatch.undo()
    store = Store.open(d, recover=True)
    assert not store.read_only and store.recovery_note is None and profiles.active_profile(store).name == "Ana"
    store.close()
