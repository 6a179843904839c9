"""Recoveries: each time a damaged data file was put aside and a backup restored (or a new file started).

``message`` is what the person was told; ``shown_at`` is set once the app has
shown it, so a repair made on the command line is still shown in the app once.
"""

from coach.store.migrations import MIGRATIONS


@MIGRATIONS()
def m004_recoveries(db):
    db["recoveries"].create(
        {
            "id": int,
            "happened_at": str,
            "problem": str,
            "damaged_file": str,
            "backup_file": str,
            "backup_made_at": str,
            "message": str,
            "shown_at": str,
        },
        pk="id",
    )
