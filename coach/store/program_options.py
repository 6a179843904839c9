"""Program options per profile: the alternative chosen in place of an exercise (``program_options`` table)."""

from __future__ import annotations

from coach.store.db import Store


def choices(store: Store, profile_id: int, program_id: str) -> dict[str, str]:
    """``{exercise id: option id}`` chosen for the profile on that program (empty: the program as written)."""
    if not store.has_table("program_options"):
        return {}
    rows = store.db.query("select exercise_id, option_id from program_options where profile_id = ? and "
                          "program_id = ? order by exercise_id", [profile_id, program_id])
    return {r["exercise_id"]: r["option_id"] for r in rows}


def choose(store: Store, profile_id: int, program_id: str, exercise_id: str, option_id: str | None) -> None:
    """Use ``option_id`` in place of ``exercise_id`` from now on; None goes back to the program's own."""

    def tx(db):
        if option_id is None:
            db.execute("delete from program_options where profile_id = ? and program_id = ? and exercise_id = ?",
                       [profile_id, program_id, exercise_id])
        else:
            db["program_options"].upsert({"profile_id": profile_id, "program_id": program_id,
                                          "exercise_id": exercise_id, "option_id": option_id,
                                          "chosen_at": store.now()},
                                         pk=("profile_id", "program_id", "exercise_id"))

    store.write(tx)
