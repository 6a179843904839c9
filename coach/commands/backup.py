"""coach backup: write a consistent copy of the database into the backups folder."""

from __future__ import annotations

import sys

from coach.core.i18n import QT_TRANSLATE_NOOP, translate

NAME = "backup"
HELP = QT_TRANSLATE_NOOP("commands", "back up the database now (SQLite backup API; the newest 10 are kept)")  # translated where the parser is built


def configure(parser):
    parser.add_argument("--list", action="store_true", help=translate("commands", "list the backups instead of making one"))


def run(args) -> int:
    from coach.store.db import Store, StoreError

    try:
        store = Store.open()
    except StoreError as exc:
        print(f"coach backup: {exc}", file=sys.stderr)
        return 1
    try:
        if store.read_only:
            print(f"Note: {store.read_only_reason}", file=sys.stderr)
        if args.list:
            backups = store.backups()
            if not backups:
                print(f"No backups yet in {store.backup_dir}.")
            for b in backups:
                print(f"{b.created:%Y-%m-%d %H:%M:%S}  {b.size / 1024:7.1f} KB  {b.path}")
            return 0
        path = store.backup()
        print(f"Backed up to {path}")
        return 0
    except StoreError as exc:
        print(f"coach backup: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
