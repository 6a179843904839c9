"""The main window redraws the screen in view when a change touches what it shows, and only then."""

import datetime as dt

from coach.app.changes import EVERYTHING, Changes
from coach.store import sessions

DAY = dt.date(2026, 11, 10)


def test_the_screen_in_view_redraws_for_what_it_shows(window, store, profile):
    w = window(DAY)
    today = w.current_screen()
    drawn = []
    real = today.refresh
    today.refresh = lambda: (drawn.append(1), real())
    w.ctx.apply(Changes(settings=True))
    assert drawn == []  # Today does not show the settings
    w.ctx.apply(Changes(clinician=True))
    assert drawn == [1]  # a clinician's buttons (set the week, allow exercise after a stop)
    drawn.clear()
    sid = sessions.start_session(store, profile_id=profile.id, date=DAY, slot_index=0, slot_name="Morning", week=2,
                                 program_id="upper-lumbar-4-week", planned=[])
    sessions.finish_session(store, sid, sessions.COMPLETED)
    w.ctx.apply(Changes(sessions=True))
    assert drawn == [1] and today.session_cards[0].status.text() == "✓ Done"
    w.ctx.apply(EVERYTHING)
    assert drawn == [1, 1]


def test_a_screen_out_of_view_is_drawn_afresh_when_shown(window):
    w = window(DAY)
    programs = w.screen("programs")
    w.ctx.set_clinician_mode(True)  # Today is in view: Programs is not redrawn yet
    assert not programs.new_button.isEnabled()
    w.show_screen("programs")
    assert programs.new_button.isEnabled()
