"""Program options chosen per profile: which alternative replaces an exercise of the program it follows.

``program_options``: for a profile and a program id, the exercise of the
program (``exercise_id``) and the option chosen in its place (``option_id``,
an exercise of the same week marked ``option_of``), with when it was chosen.
No row: the program's own exercise.
"""

from coach.store.migrations import MIGRATIONS


@MIGRATIONS()
def m006_program_options(db):
    db["program_options"].create(
        {
            "profile_id": int,
            "program_id": str,
            "exercise_id": str,
            "option_id": str,
            "chosen_at": str,
        },
        pk=("profile_id", "program_id", "exercise_id"),
        foreign_keys=[("profile_id", "profiles", "id")],
    )
