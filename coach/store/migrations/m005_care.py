"""Between sessions: flares, movement breaks at the desk, and the early-warning checks after the weeks.

* ``flares``: each day the person opened the flare plan ("I'm having a flare"),
  when, and an optional note of what set it off.
* ``movement_breaks``: each movement break taken at the desk, when, and for how
  many seconds.
* ``maintenance_checks``: every set of answers to the early-warning check of
  a phase after the weeks, its outcome, and the week the person went back to
  (if they did).
"""

from coach.store.migrations import MIGRATIONS


@MIGRATIONS()
def m005_care(db):
    db["flares"].create(
        {"id": int, "profile_id": int, "date": str, "started_at": str, "note": str, "updated_at": str},
        pk="id",
        foreign_keys=[("profile_id", "profiles", "id")],
    )
    db["flares"].create_index(["profile_id", "date"], unique=True)
    db["movement_breaks"].create(
        {"id": int, "profile_id": int, "date": str, "at": str, "seconds": int},
        pk="id",
        foreign_keys=[("profile_id", "profiles", "id")],
    )
    db["movement_breaks"].create_index(["profile_id", "date"])
    db["maintenance_checks"].create(
        {"id": int, "profile_id": int, "date": str, "answered_at": str, "phase": str, "answers_json": str,
         "outcome": str, "back_to_week": int, "returned_at": str},
        pk="id",
        foreign_keys=[("profile_id", "profiles", "id")],
    )
    db["maintenance_checks"].create_index(["profile_id", "date"])
