"""Safety that holds: clinician visits, a clinician's leave to exercise again on a stop's day, who set a week.

* ``clinician_visits``: a clinician saw the person on ``seen_on`` (confirmed by
  the person, or recorded in clinician mode: ``by``), with an optional note.
  A visit resolves the warning signs reported on or before that day. Every
  earlier "a clinician has assessed me" confirmation (``warning_answers.
  assessed_confirmed_at``) becomes a visit on the day it was confirmed.
* ``day_overrides``: after a stop that ends exercise for the day, a clinician
  allowed it again: the day, the last session whose stop it covers, and why.
* ``progression_choices`` gains ``by`` (patient | clinician) and ``note``.
  Weeks no longer follow the calendar: each profile that has sessions keeps
  the week of its latest session, recorded as a choice from that session's day
  (``choice`` = ``carried``), so nobody is moved back to week 1.
"""

from coach.store.migrations import MIGRATIONS


@MIGRATIONS()
def m007_safety_holds(db):
    db["clinician_visits"].create(
        {
            "id": int,
            "profile_id": int,
            "seen_on": str,
            "recorded_at": str,
            "by": str,
            "note": str,
        },
        pk="id",
        foreign_keys=[("profile_id", "profiles", "id")],
    )
    db["clinician_visits"].create_index(["profile_id", "seen_on"])
    db["day_overrides"].create(
        {
            "id": int,
            "profile_id": int,
            "date": str,
            "covers_session_id": int,
            "reason": str,
            "recorded_at": str,
        },
        pk="id",
        foreign_keys=[("profile_id", "profiles", "id")],
    )
    db["day_overrides"].create_index(["profile_id", "date"])
    choices = db["progression_choices"]
    choices.add_column("by", str)
    choices.add_column("note", str)
    for r in list(db.query(
            "select profile_id, substr(assessed_confirmed_at, 1, 10) as day, assessed_confirmed_at "
            "from warning_answers where assessed_confirmed_at is not null and superseded_at is null "
            "group by profile_id, assessed_confirmed_at")):
        db["clinician_visits"].insert({"profile_id": r["profile_id"], "seen_on": r["day"],
                                       "recorded_at": r["assessed_confirmed_at"], "by": "patient",
                                       "note": "confirmed as assessed (before the date of the visit was asked)"})
    for r in list(db.query(
            "select s.profile_id, s.date, s.week, s.started_at from sessions s where s.id = (select max(id) "
            "from sessions where profile_id = s.profile_id and week is not null)")):
        db["progression_choices"].insert({
            "profile_id": r["profile_id"], "date": r["date"], "chosen_at": r["started_at"] or r["date"],
            "from_week": r["week"], "choice": "carried", "effective_week": r["week"], "applies_from": r["date"],
            "by": "patient", "note": "the week of the latest session when weeks stopped following the calendar"})
