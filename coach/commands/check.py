"""coach check: run SQLite's quick_check on the database and say where it lives."""

from __future__ import annotations

import sys

NAME = "check"
HELP = "check the database's integrity (PRAGMA quick_check) and show the data folder"


def configure(parser):
    pass


def run(args) -> int:
    from coach.store.db import Store, StoreError

    try:
        store = Store.open()
    except StoreError as exc:
        print(f"coach check: {exc}", file=sys.stderr)
        return 1
    try:
        if store.recovery_note:
            print(store.recovery_note)
        problem = store.check()
        print(f"Data folder: {store.data_dir}")
        print(f"Database:    {store.path}")
        print(f"Backups:     {len(store.backups())} in {store.backup_dir}")
        if problem:
            print(f"Integrity:   PROBLEM: {problem}", file=sys.stderr)
            return 1
        print("Integrity:   ok")
        return 0
    finally:
        store.close()
