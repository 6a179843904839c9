"""An interrupted session shows on Today with Resume and Close it; Resume continues the same session row."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from coach.core.clock import FixedClock
from coach.core.session import State
from coach.store import session_log, sessions
from coach.ui.player.page import PAGE_CHECKIN, PAGE_END, PlayerPage
from coach.ui.player.resume import InterruptedBanner

WEEK1 = dt.date(2026, 11, 3)


@pytest.fixture
def clock(monkeypatch):
    c = FixedClock(dt.datetime(2026, 11, 10, 9, 0), monotonic=100.0)
    return c


def go(page, clock, seconds, step=2.0):
    while seconds > 1e-9:
        d = min(step, seconds)
        clock.advance(d)
        page.tick()
        seconds -= d


def interrupt(qtbot, window, clock, seconds: float, today=WEEK1) -> tuple[int, list[dict]]:
    """Start the morning session, run it for ``seconds`` and drop the window as a kill would."""
    w = window(today)
    qtbot.mouseClick(w.current_screen().session_cards[0].start, Qt.MouseButton.LeftButton)
    page = w.page
    qtbot.keyClick(page, Qt.Key.Key_Space)
    go(page, clock, seconds)
    sid = page.log.session_id
    evs = sessions.events(page.ctx.store, sid)
    page._timer.stop()
    w.hide()
    return sid, evs


def banners(w) -> list[InterruptedBanner]:
    return w.current_screen().findChildren(InterruptedBanner)


def test_today_offers_to_resume_and_resume_continues_the_same_session(qtbot, window, clock, store):
    # right side done (5 holds), then 2 holds on the left and part of the third
    sid, before = interrupt(qtbot, window, clock, 133 + 5 + 3 + 22 + 27 + 10)
    assert [e["rep"] for e in before if e["kind"] == "hold"] == [1, 2, 3, 4, 5, 1, 2]
    w = window(WEEK1)
    [banner] = banners(w)
    assert banner.head.text() == "<b>Your morning session today (week 1) was interrupted before it ended.</b>"
    assert banner.done.text() == "Recorded so far: Knee to chest: 7 of 10 holds."
    assert banner.where.text() == "It continues with Knee to chest: rep 3 of 5 on the left side."
    assert banner.resume_button.isVisible()
    assert w.current_screen().session_cards[0].status.text() == "… Interrupted"

    qtbot.mouseClick(banner.resume_button, Qt.MouseButton.LeftButton)
    page = w.page
    assert isinstance(page, PlayerPage) and page.log.session_id == sid
    assert page.intro_note.isVisible()
    assert page.intro_note_text.text() == "Continuing from rep 3 of 5 on the left side."
    assert page.strip.accessibleDescription().startswith("Exercise 1 of 4: Knee to chest.")
    qtbot.keyClick(page, Qt.Key.Key_Space)
    s = page.engine.snapshot()
    assert (s.side, s.rep, s.phase) == ("left", 3, "get_ready")
    assert page.figure.is_mirrored()
    go(page, clock, 3 + 22 + 2 * 27)
    assert page.pages.currentIndex() == PAGE_CHECKIN
    after = sessions.events(store, sid)
    assert [e["seq"] for e in after] == list(range(1, len(after) + 1))  # one row, seqs go on
    assert after[len(before)]["kind"] == "session_start" and after[len(before)]["data"]["resumed"]
    holds = [(e["side"], e["rep"]) for e in after if e["kind"] == "hold"]
    assert holds == [("right", i) for i in range(1, 6)] + [("left", i) for i in range(1, 6)]
    qtbot.keyClick(page, Qt.Key.Key_1)
    for _ in range(3):
        qtbot.keyClick(page, Qt.Key.Key_S)  # skip the rest
    assert page.pages.currentIndex() == PAGE_END
    assert "10 of 10 holds" in page.end.table.text()
    assert sessions.get_session(store, sid).status == "completed"
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert banners(w) == []
    assert w.current_screen().session_cards[0].status.text() == "✓ Done"


def test_close_it_keeps_what_was_recorded(qtbot, window, clock, store):
    sid, before = interrupt(qtbot, window, clock, 40)
    w = window(WEEK1)
    [banner] = banners(w)
    qtbot.mouseClick(banner.close_button, Qt.MouseButton.LeftButton)
    row = sessions.get_session(store, sid)
    assert row.status == "closed"
    assert row.summary["exercises"][0]["done_units"] == 1
    assert len(sessions.events(store, sid)) == len(before)
    assert banners(w) == []
    assert w.current_screen().session_cards[0].status.text() == "Closed unfinished"


def test_an_interrupted_check_in_is_asked_first(qtbot, window, clock, store):
    sid, _ = interrupt(qtbot, window, clock, 271)  # both sides done: waiting in the check-in
    assert sessions.events(store, sid)[-1]["kind"] == "exercise_done"
    w = window(WEEK1)
    [banner] = banners(w)
    assert banner.where.text() == "It continues with the check-in for Knee to chest."
    w.ctx.request_play("resume", sid)
    page = w.page
    assert page.engine.state == State.CHECKIN and page.pages.currentIndex() == PAGE_CHECKIN
    qtbot.keyClick(page, Qt.Key.Key_2)
    assert page.name_label.text() == "Femoral nerve glide"


def test_a_session_from_an_earlier_day_can_only_be_closed(qtbot, window, clock, store):
    interrupt(qtbot, window, clock, 40, today=dt.date(2026, 11, 2))
    w = window(WEEK1)
    [banner] = banners(w)
    assert "on Monday 2 November" in banner.head.text()
    assert not banner.resume_button.isVisible() and banner.close_button.isVisible()
    assert "cannot be continued" in banner.where.text()


def test_a_session_whose_end_was_recorded_is_settled_not_offered(window, make_ctx, store, profile):
    from coach.core.session import SessionEngine

    ctx = make_ctx(WEEK1)
    items = ctx.today_slots()[0].exercises
    log = session_log.SessionLog.start(store, profile_id=profile.id, date=WEEK1, slot_index=0, slot_name="Morning",
                                       week=1, program_id=ctx.program.id, items=items)
    c = FixedClock()
    eng = SessionEngine(items, c, on_event=lambda ev: None if ev.is_cue else log.record(ev))
    eng.start()
    eng.start()
    c.advance(10)
    eng.stop("sharp_pain", "in the left knee")  # saved; then the process died before the final status
    assert sessions.get_session(store, log.session_id).status == "in_progress"
    w = window(WEEK1)
    assert banners(w) == []
    row = sessions.get_session(store, log.session_id)
    assert (row.status, row.stop_reason, row.stop_detail) == ("stopped", "sharp_pain", "in the left knee")
    assert w.current_screen().session_cards[0].status.text() == "■ Stopped early"


def test_log_a_walk_row_on_today(qtbot, window, clock):
    w = window(WEEK1)
    row = w.current_screen().findChild(QLabel, "walkText")
    assert row is not None and "Walking" in row.text()


def test_starting_the_slot_afresh_closes_its_interrupted_session(qtbot, window, clock, store, profile):
    sid, before = interrupt(qtbot, window, clock, 40)
    w = window(WEEK1)
    assert len(banners(w)) == 1
    qtbot.mouseClick(w.current_screen().session_cards[0].start, Qt.MouseButton.LeftButton)
    page = w.page
    assert page.log.session_id != sid
    assert sessions.get_session(store, sid).status == "closed"
    assert len(sessions.events(store, sid)) == len(before)
    assert [r.id for r in sessions.interrupted_sessions(store, profile.id)] == [page.log.session_id]


def test_an_interrupted_session_is_the_first_thing_on_today(qtbot, window, clock, store):
    interrupt(qtbot, window, clock, 30)
    w = window(WEEK1, at=dt.time(19, 0))  # the evening: the diary's reminder and other notices show too
    today = w.current_screen()
    [banner] = banners(w)
    body = today.body
    first = body.itemAt(0).layout()
    assert first is today.first and first.itemAt(0).widget() is banner
    # on screen too: nothing is drawn above it (at 200 % text in a small window it would be out of view)
    w.resize(1366, 768)
    qtbot.wait(1)
    top = banner.mapTo(today, banner.rect().topLeft()).y()
    for lab in (today.title, today.week):
        assert lab.mapTo(today, lab.rect().topLeft()).y() > top
    assert top < 40


@pytest.mark.slow  # compiles the Spanish translations
def test_an_interrupted_session_reads_in_spanish_whatever_its_day(qtbot, window, clock, store, monkeypatch, tmp_path):
    """The day and the words around the session's recorded name are Spanish too ("de hoy", "del" a date)."""
    from coach.export import language

    interrupt(qtbot, window, clock, 60)
    monkeypatch.setattr(language, "_cache_dir", lambda: tmp_path / "cache")
    assert language.use_language("es") is None
    try:
        [banner] = banners(window(WEEK1))
        assert banner.head.text() == ("<b>Tu sesión (morning) de hoy (semana 1) se interrumpió antes de "
                                      "terminar.</b>")
        [banner] = banners(window(WEEK1 + dt.timedelta(days=1)))
        assert banner.head.text() == ("<b>Tu sesión (morning) del martes, 3 de noviembre (semana 1) se "
                                      "interrumpió antes de terminar.</b>")
    finally:
        language.reset()
