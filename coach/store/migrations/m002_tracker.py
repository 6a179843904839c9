"""The daily diary's fields on ``tracker_entries``, and the weekly ``outcome_scores``.

Pain scores are one integer column per location (NULL = not filled in, 0 = no
pain) so charts can query them directly; lists of choices are JSON arrays.
"""

from coach.store.migrations import MIGRATIONS

PAIN_COLUMNS = [f"pain_{r}_{s}" for r in ("back", "thigh", "knee", "shin") for s in ("left", "right")]


@MIGRATIONS()
def m002_tracker(db):
    t = db["tracker_entries"]
    for col in PAIN_COLUMNS:
        t.add_column(col, int)
    t.add_column("overall_pain", int)  # the worst location that day, kept for quick charts
    t.add_column("numbness_locations_json", str)
    t.add_column("numbness_where", str)
    t.add_column("numbness_strength", int)
    t.add_column("weakness_json", str)
    t.add_column("weakness_other", str)
    t.add_column("activities_json", str)
    t.add_column("activities_other", str)
    t.add_column("exercises_json", str)
    t.add_column("exercises_other", str)
    t.add_column("helped_json", str)
    t.add_column("helped_other", str)
    db["outcome_scores"].create(
        {
            "id": int,
            "profile_id": int,
            "week_start": str,
            "overall_pain": int,
            "psfs_json": str,
            "psfs_mean": float,
            "note": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("profile_id", "profiles", "id")],
    )
    db["outcome_scores"].create_index(["profile_id", "week_start"], unique=True)
