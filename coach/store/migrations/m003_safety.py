"""Safety: warning-sign answers, week choices, dose levels, paused exercises and how far sessions are read.

* ``warning_answers``: every set of answers to the warning-sign questions,
  with its date, where it was given (``first_run``, ``tracker``, ``today``),
  the outcome, and when it was acknowledged (see a doctor soon) or when the
  person confirmed a clinician had assessed them (emergency). A correction
  the same day from the same place marks the earlier row ``superseded_at``.
* ``progression_choices``: at a week's end, advance / stay / ease, the week it
  came from, the week chosen and the first day it applies to.
* ``dose_levels``: the level (0 = low end, 1 = top) of each range dose, per
  exercise and program week, with the count of tolerated sessions in a row.
* ``paused_exercises``: exercises paused after repeated stops, until re-enabled.
* ``safety_state``: the last session folded into dose levels and pauses.
"""

from coach.store.migrations import MIGRATIONS


@MIGRATIONS()
def m003_safety(db):
    db["warning_answers"].create(
        {
            "id": int,
            "profile_id": int,
            "date": str,
            "answered_at": str,
            "source": str,
            "answers_json": str,
            "outcome": str,
            "acknowledged_at": str,
            "assessed_confirmed_at": str,
            "superseded_at": str,
        },
        pk="id",
        foreign_keys=[("profile_id", "profiles", "id")],
    )
    db["warning_answers"].create_index(["profile_id", "date"])
    db["progression_choices"].create(
        {
            "id": int,
            "profile_id": int,
            "date": str,
            "chosen_at": str,
            "from_week": int,
            "choice": str,
            "effective_week": int,
            "applies_from": str,
        },
        pk="id",
        foreign_keys=[("profile_id", "profiles", "id")],
    )
    db["progression_choices"].create_index(["profile_id", "applies_from"])
    db["dose_levels"].create(
        {
            "profile_id": int,
            "exercise_id": str,
            "week": int,
            "level": float,
            "streak": int,
            "updated_at": str,
        },
        pk=("profile_id", "exercise_id", "week"),
        foreign_keys=[("profile_id", "profiles", "id")],
    )
    db["paused_exercises"].create(
        {
            "id": int,
            "profile_id": int,
            "exercise_id": str,
            "paused_at": str,
            "reason": str,
            "detail_json": str,
            "trigger_session_id": int,
            "re_enabled_at": str,
        },
        pk="id",
        foreign_keys=[("profile_id", "profiles", "id")],
    )
    db["paused_exercises"].create_index(["profile_id", "exercise_id"])
    db["safety_state"].create(
        {"profile_id": int, "sessions_read_upto": int, "updated_at": str},
        pk="profile_id",
        foreign_keys=[("profile_id", "profiles", "id")],
    )
