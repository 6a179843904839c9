"""Pain before and after each session, and an overall pain that was asked for.

* ``sessions.pain_before`` and ``sessions.pain_after``: the person's pain,
  0–10, as they rated it with one key at the start and at the end of the
  session (empty when not answered).
* ``tracker_entries.overall_pain`` is from now on the overall pain the diary
  asks for. Until now it held the worst of the day's places, worked out and
  stored without asking; those values are cleared (nothing is lost: the places'
  own scores are kept, and the charts still work out the worst place from them).
"""

from coach.store.migrations import MIGRATIONS


@MIGRATIONS()
def m008_session_pain(db):
    sessions = db["sessions"]
    sessions.add_column("pain_before", int)
    sessions.add_column("pain_after", int)
    db.execute("update tracker_entries set overall_pain = null")
