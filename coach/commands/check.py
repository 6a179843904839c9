"""coach check [--repair]: check the database (integrity and schema), show the data folder; repair on request."""

from __future__ import annotations

import sys

from coach.core.i18n import QT_TRANSLATE_NOOP, translate

NAME = "check"
HELP = QT_TRANSLATE_NOOP("commands", "check the database's integrity (PRAGMA quick_check) and schema and show the data folder; --repair restores the newest good backup when the file is damaged")  # translated where the parser is built


def configure(parser):
    parser.add_argument("--repair", action="store_true",
                        help=translate("commands", "when the database is damaged, keep it aside and restore the newest good backup"))


def run(args) -> int:
    from coach.store.db import Store, StoreDamaged, StoreError, default_data_dir, list_backups
    from coach.store.health import BACKUP_DIR, DB_NAME

    data_dir = default_data_dir()
    repair = getattr(args, "repair", False)

    def folder_lines() -> None:
        backups = list_backups(data_dir / BACKUP_DIR) if data_dir.is_dir() else []
        newest = translate("commands", " (newest {created:%Y-%m-%d %H:%M})").format(created=backups[0].created) if backups else ""
        print(f"Data folder: {data_dir}")
        print(f"Database:    {data_dir / DB_NAME}")
        print(f"Backups:     {len(backups)} in {data_dir / BACKUP_DIR}{newest}")

    try:
        store = Store.open(data_dir, recover=repair)
    except StoreDamaged as exc:
        folder_lines()
        print(f"Integrity:   DAMAGED. {exc}", file=sys.stderr)
        return 1
    except StoreError as exc:
        folder_lines()
        print(f"coach check: {exc}", file=sys.stderr)
        return 1
    try:
        folder_lines()
        code = 0
        if store.recovery is not None:
            print(f"Repaired:    {store.recovery_note}")
            if store.recovery.backup is None:
                code = 1  # usable again, but nothing could be restored
        elif repair:
            print("Repair:      nothing to repair.")
        for r in store.recoveries()[-3:]:
            if store.recovery is None:
                print(f"Recovered:   {r['happened_at'][:16].replace('T', ' ')}: "
                      f"{'restored ' + r['backup_file'].rsplit('/', 1)[-1] if r['backup_file'] else 'no backup'}")
        problem = store.check()
        if problem:
            print(f"Integrity:   PROBLEM: {problem}", file=sys.stderr)
            return 1
        if store.read_only:
            print(f"Integrity:   ok, but read-only. {store.read_only_reason}", file=sys.stderr)
            return 1
        print("Integrity:   ok")
        return code
    finally:
        store.close()
