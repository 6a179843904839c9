"""The session player driven like a person would: Today's Start, keys and buttons, a fake clock.

Every test runs the real page inside the real main window; time moves only
when the test moves the app's FixedClock, then ``page.tick()`` repaints as the
player's 30 Hz timer would.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QPushButton

from coach.app import sessions as app_sessions
from coach.app.changes import Changes
from coach.app.sessions import SessionPlan
from coach.core import safety
from coach.core.session import State
from coach.store import sessions
from coach.store.db import StoreError
from coach.ui.player import opening
from coach.ui.player.page import PAGE_CHECKIN, PAGE_END, PAGE_EXERCISE, PAGE_STOP, PlayerPage

WEEK1 = dt.date(2026, 11, 3)  # the profile starts on 1 Nov: week 1, day 3
WEEK3 = dt.date(2026, 11, 16)


def plain(label) -> str:
    """A rich-text label as a person reads it."""
    doc = QTextDocument()
    doc.setHtml(label.text())
    return doc.toPlainText().replace("\u00a0", " ")


class Run:
    """A player opened from Today's Start button, with its clock and every event saved."""

    def __init__(self, qtbot, window, clock, today, slot=0):
        self.qtbot = qtbot
        self.window = window(today)
        self.clock = clock
        self.today = self.window.current_screen()
        qtbot.mouseClick(self.today.session_cards[slot].start, Qt.MouseButton.LeftButton)
        self.page: PlayerPage = self.window.page
        assert isinstance(self.page, PlayerPage)
        self.saved: list[tuple[int, str]] = []
        self.page.event_saved.connect(lambda seq, kind: self.saved.append((seq, kind)))

    @property
    def engine(self):
        return self.page.engine

    @property
    def snap(self):
        return self.engine.snapshot()

    def go(self, seconds: float, step: float = 1.0):
        """Let ``seconds`` pass, repainting every ``step`` like the frame timer."""
        left = seconds
        while left > 1e-9:
            d = min(step, left)
            self.clock.advance(d)
            self.page.tick()
            left -= d
        return self.snap

    def key(self, key, times: int = 1):
        for _ in range(times):
            self.qtbot.keyClick(self.page, key)

    def click(self, button):
        assert button.isVisible() and button.isEnabled(), button.objectName()
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def events(self):
        return sessions.events(self.page.ctx.store, self.page.log.session_id)

    def row(self):
        return sessions.get_session(self.page.ctx.store, self.page.log.session_id)


@pytest.fixture
def run(qtbot, window, clock):
    def make(today=WEEK1, slot=0):
        return Run(qtbot, window, clock, today, slot)

    return make


def hold_side(r: Run, reps: int, hold: float, rest: float) -> None:
    """Run one side of a hold exercise from its get-ready to the end of its last release."""
    r.go(3 + hold + 2 + (reps - 1) * (rest + hold + 2), step=2.0)


# ------------------------------------------------------------------ week 1
def test_week_one_session_end_to_end(run, store):
    r = run(WEEK1)
    page = r.page
    row = r.row()
    assert (row.status, row.slot_name, row.week) == ("in_progress", "Morning", 1)
    assert [p["id"] for p in row.planned] == ["knee-to-chest", "femoral-nerve-glide", "walking", "hip-flexor-stretch"]

    # --- intro: the exercise, its dose, its steps; the intro waits for the user
    assert page.pages.currentIndex() == PAGE_EXERCISE
    assert page.name_label.text() == "Knee to chest"
    assert "Hold 20 s × 5 each side" in plain(page.dose_label)
    assert "Hold 20 s, 5 reps each side, 2× daily" in plain(page.dose_label)
    assert page.timer.text() == "Ready"
    assert page.primary.text().startswith("▶  Start")
    assert not page.running  # nothing moves: no repaint timer
    r.go(30)
    assert r.snap.state == State.INTRO

    # --- Space starts it: get ready (the figure moves into position), then the hold (still)
    r.key(Qt.Key.Key_Space)
    assert page.running
    s = r.go(1.5, step=0.5)
    assert (s.phase, page.timer.label(), page.timer.text()) == ("get_ready", "Move into position", "2")
    assert 0.4 < page.figure.progress() < 0.6 and not page.figure.is_mirrored()
    assert page.figure.figure() == "knee-to-chest"
    r.go(6.5, step=0.5)  # 5 s into the 20 s hold
    assert (page.timer.label(), page.timer.text()) == ("Hold", "15")
    assert page.figure.progress() == 1.0
    assert page.timer.accessibleDescription() == "Hold, 15 seconds left, rep 1 of 5, right side"
    assert page.where_label.text() == "Rep 1 of 5 · right side"
    assert page.next_label.text() == "Then release, then rest 5 s, then rep 2 of 5"
    assert page.steps.current == 2
    r.go(15.5, step=0.5)  # into the release: the figure goes back
    assert r.snap.phase == "release" and page.figure.progress() < 1.0
    r.go(2)  # rest before rep 2
    assert page.next_label.text() == "Rest, then rep 2 of 5 · right side"
    assert page.timer.text() == "5"

    # --- the rest of the right side, then the switch: the figure turns to the left side
    r.go(4 * 27 - 0.5 - 2, step=2.0)  # the side ends 4 × (rest 5 + hold 20 + release 2) after rep 1
    assert r.snap.phase == "release" and r.snap.rep == 5
    s = r.go(3)
    assert s.phase == "switch_side" and s.side == "left"
    assert page.timer.label() == "Switch to the left side"
    assert page.primary.text().startswith("Start the left side now")
    assert page.figure.is_mirrored()
    r.key(Qt.Key.Key_Right)  # next: cut the switch short
    assert r.snap.phase == "get_ready" and r.snap.side == "left"
    hold_side(r, 5, 20, 5)

    # --- check-in: mild tingling is accepted and the session carries on
    assert page.pages.currentIndex() == PAGE_CHECKIN
    assert not page.running
    assert "knee to chest" in page.checkin.question.text()
    r.key(Qt.Key.Key_2)
    assert r.snap.state == State.INTRO and page.name_label.text() == "Femoral nerve glide"
    assert page.intro_note.isVisible() and page.intro_note_text.text().startswith("Noted: mild tingling.")

    # --- the tempo nerve glide: the figure follows the beat (out in 3 s, back in 3 s)
    r.click(page.primary)
    r.go(3)
    s = r.go(1.5, step=0.5)
    assert (s.phase, page.timer.label()) == ("move", "Move slowly")
    assert 0.4 < page.figure.progress() < 0.6
    assert page.figure.figure() == "side-lying-knee-bend"
    s = r.go(3, step=0.5)
    assert s.phase == "back" and page.figure.progress() < 0.6
    assert page.next_label.text() == "Then rep 2 of 10"
    r.go(60 - 4.5, step=1.5)
    assert page.pages.currentIndex() == PAGE_CHECKIN
    # for a nerve glide the check-in says mild tingling is expected
    assert "expected during a nerve glide" in page.checkin.meanings["tingling"].text()
    r.click(page.checkin.buttons["fine"])

    # --- the walk: extended once, then ended early
    assert page.name_label.text() == "Walking"
    r.key(Qt.Key.Key_Space)
    s = r.go(180, step=5)
    assert (page.timer.text(), page.timer.small()) == ("3:00", "of 5:00 target (up to 10:00)")
    assert page.figure.figure() == "walking"
    assert page.extend_button.isVisible()
    r.key(Qt.Key.Key_E)
    assert r.snap.target == 360
    r.go(60, step=5)
    assert page.primary.text().startswith("Finish walk")
    r.key(Qt.Key.Key_Space)
    assert page.pages.currentIndex() == PAGE_CHECKIN
    r.key(Qt.Key.Key_1)

    # --- the hip flexor stretch, both sides
    assert page.name_label.text() == "Hip flexor stretch"
    r.key(Qt.Key.Key_Space)
    hold_side(r, 3, 20, 5)
    r.go(5)
    hold_side(r, 3, 20, 5)
    r.key(Qt.Key.Key_1)

    # --- the summary, then back to Today, which shows the session done
    assert page.pages.currentIndex() == PAGE_END
    assert not page.running
    assert "complete" in page.end.title.text()
    table = page.end.table.text()
    for text in ("Knee to chest", "10 of 10 holds", "Mild tingling", "10 of 10 reps", "4 min of 5 min",
                 "6 of 6 holds"):
        assert text in table
    assert page.end.time.text().startswith("Time exercising:")
    row = r.row()
    assert row.status == "completed" and row.summary["done"] == 4
    assert [c["answer"] for c in row.summary["checkins"]] == ["tingling", "fine", "fine", "fine"]
    ev = r.events()
    walk = next(e for e in ev if e["kind"] == "duration_logged")
    assert walk["data"]["ended"] == "early" and walk["data"]["target_minutes"] == 6
    assert walk["data"]["minutes"] == pytest.approx(4.0)
    holds = [e for e in ev if e["kind"] == "hold" and e["exercise_id"] == "knee-to-chest"]
    assert [(e["side"], e["rep"]) for e in holds] == [("right", i) for i in range(1, 6)] + [
        ("left", i) for i in range(1, 6)]
    # every recorded event was saved, in order, the moment it happened (session_start before the test listened)
    assert ev[0]["kind"] == "session_start"
    assert [(e["seq"], e["kind"]) for e in ev[1:]] == r.saved
    assert "cue" not in {e["kind"] for e in ev}
    r.key(Qt.Key.Key_Space)
    assert r.window.page is None
    today = r.window.current_screen()
    assert today.session_cards[0].status.text() == "✓ Done"
    assert today.session_cards[1].status.text() == "Not started yet"


# ------------------------------------------------------------------ week 3
def test_week_three_session_with_sets_a_range_hold_skip_and_back(run, store, profile):
    from coach.store import safety as safety_store

    safety_store.set_week(store, profile.id, 1, 3, WEEK3, "test: on week 3")  # weeks move on by a decision
    r = run(WEEK3)
    page = r.page
    assert page.name_label.text() == "Straight leg raises"
    assert "10 reps each side × 2 sets" in plain(page.dose_label)
    r.key(Qt.Key.Key_Space)
    assert page.timer.label() == "Your pace: press Space after each rep"
    r.key(Qt.Key.Key_Space, 3)
    assert (page.timer.text(), page.timer.small()) == ("3", "of 10 reps done")
    assert page.where_label.text() == "Right side · set 1 of 2"
    r.click(page.primary)  # the button counts too
    r.key(Qt.Key.Key_Space, 6)
    assert r.snap.phase == "switch_side"
    r.go(5)  # the switch ends by itself
    r.key(Qt.Key.Key_Space, 10)
    s = r.snap
    assert s.phase == "set_rest" and (s.set, s.side) == (2, "right")
    assert page.next_label.text() == "Rest, then set 2 of 2 · right side"
    assert page.timer.text() == "30"
    r.go(30)
    assert page.where_label.text() == "Right side · set 2 of 2"
    r.key(Qt.Key.Key_Space, 10)
    r.key(Qt.Key.Key_Right)
    r.key(Qt.Key.Key_Space, 10)
    assert page.pages.currentIndex() == PAGE_CHECKIN
    r.key(Qt.Key.Key_1)

    # the wall sit: the 10–15 s range starts at its low end
    assert page.name_label.text() == "Wall sits"
    assert "Today: Hold 10 s × 5" in plain(page.dose_label)
    assert "Program: Hold 10–15 s, 5 reps" in plain(page.dose_label)
    r.key(Qt.Key.Key_Space)
    r.go(3 + 4)
    assert (page.timer.label(), page.timer.text()) == ("Hold", "6")
    r.go(6 + 2 + 4 * (15 + 12))
    r.key(Qt.Key.Key_1)

    # step-ups skipped; from the walk, Left goes back to them; skipped again with the button
    assert page.name_label.text() == "Step-ups"
    r.key(Qt.Key.Key_S)
    assert page.name_label.text() == "Walking"
    assert "Today: 20 min" in plain(page.dose_label)
    r.key(Qt.Key.Key_Left)
    assert page.name_label.text() == "Step-ups"
    r.click(page.skip_button)
    r.key(Qt.Key.Key_Space)
    r.go(20 * 60, step=30)
    assert page.timer.label() == "Target reached: keep going or finish"
    r.go(5 * 60, step=30)  # the top of the range ends the walk by itself
    assert page.pages.currentIndex() == PAGE_CHECKIN
    r.key(Qt.Key.Key_1)

    assert page.pages.currentIndex() == PAGE_END
    table = page.end.table.text()
    assert "40 of 40 reps (2 of 2 sets)" in table
    assert "5 of 5 holds" in table
    assert "Skipped" in table
    assert "25 min of 20 min" in table
    row = r.row()
    assert row.status == "completed"
    assert [e["status"] for e in row.summary["exercises"]] == ["done", "done", "skipped", "done"]
    kinds = [e["kind"] for e in r.events()]
    assert kinds.count("skip") == 2 and kinds.count("back") == 1
    assert [e["exercise_id"] for e in r.events() if e["kind"] == "set"] == ["straight-leg-raise"] * 2 + ["wall-sit"]
    walk = next(e for e in r.events() if e["kind"] == "duration_logged")
    assert walk["data"]["ended"] == "max"


# -------------------------------------------------------------------- stop
def test_stop_asks_why_records_where_and_says_what_to_do(run, store):
    r = run(WEEK1)
    page = r.page
    r.key(Qt.Key.Key_Space)
    hold_side(r, 5, 20, 5)
    r.go(5)  # the switch
    r.go(3 + 22 + 5 + 10)  # left side, 10 s into rep 2
    s = r.snap
    assert (s.side, s.rep, s.phase) == ("left", 2, "hold")
    r.key(Qt.Key.Key_Escape)
    # every timer stops at once, and the question is asked
    assert page.pages.currentIndex() == PAGE_STOP
    assert r.engine.state == State.PAUSED and not page.running
    assert not page.controls.isVisible() and page.stop_button.isVisible()
    assert r.events()[-1]["kind"] == "pause"
    r.go(120)
    assert r.snap.phase_left == pytest.approx(10)
    r.key(Qt.Key.Key_2)  # weakness or the leg giving way
    assert page.pages.currentIndex() == PAGE_END
    assert not page.stop_button.isVisible()
    row = r.row()
    assert (row.status, row.stop_reason) == ("stopped", "weakness")
    stop = r.events()[-1]
    assert stop["kind"] == "stop"
    assert (stop["exercise_id"], stop["set_no"], stop["side"], stop["rep"]) == ("knee-to-chest", 1, "left", 2)
    assert stop["data"]["reason"] == "weakness" and stop["data"]["phase"] == "hold"
    assert page.end.where.text() == (
        "Saved: Weakness or the leg giving way, during Knee to chest, left side, rep 2 of 5.")
    advice = safety.stop_advice("weakness", "Knee to chest")
    first = advice.split("\n\n")[0]
    assert first in page.end.advice.text()
    assert "no more exercise today" in page.end.advice.text()
    assert "6 of 10 holds, stopped here" in page.end.table.text()
    r.click(page.end.done)
    assert r.window.page is None
    assert r.window.current_screen().session_cards[0].status.text() == "■ Stopped early"


def test_stop_can_be_taken_back_and_something_else_keeps_its_note(run):
    r = run(WEEK1)
    page = r.page
    r.key(Qt.Key.Key_Space)
    r.go(8)
    r.click(page.stop_button)
    assert page.pages.currentIndex() == PAGE_STOP and r.engine.state == State.PAUSED
    r.go(60)
    r.click(page.stop_button)  # Back, in the place of Stop: the exercise continues where it was
    assert page.pages.currentIndex() == PAGE_EXERCISE and r.engine.state == State.ACTIVE
    assert page.timer.text() == "15"
    r.key(Qt.Key.Key_Escape)
    page.stop_panel.detail.setText("The phone rang")
    r.key(Qt.Key.Key_5)
    row = r.row()
    assert (row.status, row.stop_reason, row.stop_detail) == ("stopped", "other", "The phone rang")
    # an interruption is not a symptom: neutral, and the session can start again today
    assert "start it again later today" in page.end.advice.text()
    assert page.end.title.text() == "Session ended early" and page.end.advice_box.property("role") == "notice"


def test_check_in_sharp_pain_ends_the_session(run):
    r = run(WEEK1)
    page = r.page
    r.key(Qt.Key.Key_Space)
    r.key(Qt.Key.Key_S)  # skip knee to chest: no check-in for a skipped exercise
    assert page.name_label.text() == "Femoral nerve glide"
    r.key(Qt.Key.Key_Space)
    r.go(63, step=1.5)
    assert page.pages.currentIndex() == PAGE_CHECKIN
    r.key(Qt.Key.Key_3)
    assert r.engine.state == State.STOPPED
    assert page.pages.currentIndex() == PAGE_END
    assert "Session stopped" in page.end.title.text()
    assert "sharp pain is not" in page.end.advice.text()  # said for a nerve glide
    ev = r.events()
    assert [e["kind"] for e in ev[-2:]] == ["checkin", "stop"]
    assert ev[-2]["data"]["answer"] == "sharp_pain"
    row = r.row()
    assert (row.status, row.stop_reason) == ("stopped", "sharp_pain")


def test_pause_never_counts(run):
    r = run(WEEK1)
    page = r.page
    r.key(Qt.Key.Key_Space)
    r.go(8)
    r.key(Qt.Key.Key_P)
    assert r.engine.state == State.PAUSED and not page.running
    assert page.timer.label() == "Hold" and "Paused" in page.timer.accessibleDescription()
    assert page.primary.text().startswith("▶  Resume")
    r.go(600, step=60)
    assert page.timer.text() == "15"
    r.key(Qt.Key.Key_P)
    assert page.running
    r.go(15 + 2)
    hold = next(e for e in r.events() if e["kind"] == "hold")
    assert hold["data"]["seconds"] == 20
    resume = next(e for e in r.events() if e["kind"] == "resume")
    assert resume["data"]["paused_seconds"] == 600
    r.key(Qt.Key.Key_Escape)
    r.key(Qt.Key.Key_5)  # just ending early
    summary = r.row().summary
    assert summary["total_seconds"] == pytest.approx(25)
    assert summary["paused_seconds"] == pytest.approx(600)
    assert "Time exercising: 25 s (pauses not counted: 10 min paused)" == page.end.time.text()


@pytest.mark.slow  # waits for the real 350 ms flash to end
def test_no_sound_shows_the_notice_once_and_flashes_every_cue(qtbot, window, clock, monkeypatch, tmp_path):
    from coach.audio import NO_FILES, CuePlayer

    monkeypatch.delenv("COACH_NO_SOUND", raising=False)
    cues = CuePlayer(sounds_dir=tmp_path / "no-sounds")  # no cue files: unavailable, with a notice
    assert not cues.audible
    w = window(WEEK1)
    page = opening.start_slot(w, 0, cue_player=cues)
    assert w.page is page
    qtbot.keyClick(page, Qt.Key.Key_Space)  # get_ready cue
    assert page.sound_notice.isVisible() and page.sound_notice_text.text() == NO_FILES
    assert page.sound_state.text() == "Sound off: cues flash"
    assert page.timer.flashing
    flashes = page.timer.flashes
    for _ in range(3):  # last three, go
        clock.advance(1)
        page.tick()
    assert page.timer.flashes == flashes + 3
    qtbot.waitUntil(lambda: not page.timer.flashing, timeout=2000)
    clock.advance(600)  # a stall: the cues it skipped over are neither played nor flashed
    page.tick()
    assert page.timer.flashes == flashes + 3


def test_a_failed_save_pauses_says_so_and_loses_nothing(run, monkeypatch):
    r = run(WEEK1)
    page = r.page
    r.key(Qt.Key.Key_Space)
    real = sessions.append_event

    def full(*a, **k):
        raise StoreError("The disk holding /data is full, so the last change could not be saved.")

    monkeypatch.setattr(sessions, "append_event", full)
    r.go(3 + 20 + 2)  # the first hold completes while the disk is full
    assert r.engine.state == State.PAUSED and not page.running
    assert page.error_banner.isVisible() and "disk holding /data is full" in page.error_text.text()
    assert "what was saved before is safe" in page.error_text.text()
    assert not page.primary.isEnabled() or not page.primary.isVisible()
    r.key(Qt.Key.Key_P)  # still full: stays paused
    assert r.engine.state == State.PAUSED
    monkeypatch.setattr(sessions, "append_event", real)
    r.click(page.retry_button)
    assert not page.error_banner.isVisible()
    kinds = [e["kind"] for e in r.events()]
    assert kinds[-2:] == ["hold", "pause"]  # kept in memory in order, written when the disk had room
    assert [(e["seq"], e["kind"]) for e in r.events()[1:]] == r.saved
    r.key(Qt.Key.Key_P)
    assert r.engine.state == State.ACTIVE and page.running
    assert r.events()[-1]["kind"] == "resume"


def test_blocked_exercises_do_not_start(window, store, profile):
    from coach.store import safety as safety_store

    safety_store.record_warning_answers(store, profile.id, WEEK1, {"bladder_bowel": True}, "today")
    w = window(WEEK1)
    assert w.open_player(("slot", 0)) is None
    page = w.page
    assert page is not None and not isinstance(page, PlayerPage)
    assert "Exercises are blocked" in page.where.text()
    assert sessions.sessions_on(store, profile.id, WEEK1) == []


def test_keyboard_and_accessible_names(run):
    r = run(WEEK1)
    page = r.page
    from PySide6.QtWidgets import QAbstractButton, QLineEdit

    for b in page.findChildren(QAbstractButton) + page.findChildren(QLineEdit):
        assert b.accessibleName(), b.objectName() or b.text()
    assert page.timer.accessibleName() == "Timer"
    assert page.figure.accessibleName().startswith("Illustration: knee to chest")
    assert "Space" in page.keys_hint.text() and "Esc stop" in page.keys_hint.text()
    # the check-in never takes Space as an answer
    r.key(Qt.Key.Key_Space)
    r.go(3 + 5 * 22 + 4 * 5 + 5 + 3 + 5 * 22 + 4 * 5, step=5)
    assert page.pages.currentIndex() == PAGE_CHECKIN
    r.key(Qt.Key.Key_Space)
    assert page.pages.currentIndex() == PAGE_CHECKIN
    assert "1 fine" in page.keys_hint.text()


def test_log_a_walk(qtbot, window, clock, store, profile):
    from coach.ui.player import resume

    w = window(WEEK1)
    rows = resume.walk_row(w.ctx)
    assert "log 1 more walk of 5–10 min" in rows[0].findChild(QLabel, "walkText").text()
    w.ctx.request_play("walk")
    page = w.page
    assert isinstance(page, PlayerPage) and [pe.id for pe in page.items] == ["walking"]
    qtbot.keyClick(page, Qt.Key.Key_Space)
    clock.advance(5 * 60)
    page.tick()
    qtbot.keyClick(page, Qt.Key.Key_Space)
    qtbot.keyClick(page, Qt.Key.Key_1)
    assert page.pages.currentIndex() == PAGE_END
    row = sessions.get_session(store, page.log.session_id)
    assert (row.slot_index, row.slot_name, row.status) == (-1, "Extra walk", "completed")
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert app_sessions.what_can_start(w.ctx.app).walk.done == 1
    done = resume.walk_row(w.ctx)[0]
    assert not done.findChild(QPushButton, "logWalk").isEnabled()
    assert "extra walk is logged (1 of 1)" in done.findChild(QLabel, "walkText").text()


def test_after_a_symptom_stop_nothing_starts_that_day_and_the_next_session_says_what_is_eased(run, store, profile):
    r = run(WEEK1)
    r.key(Qt.Key.Key_Space)
    r.go(10)
    r.key(Qt.Key.Key_MediaStop)  # the keyboard's Stop key works like Esc
    assert r.page.pages.currentIndex() == PAGE_STOP
    r.key(Qt.Key.Key_1)
    promise = plain(r.page.end.advice)
    assert "Next time: Knee to chest has no easier dose in the program, so it is left out" in promise
    r.click(r.page.end.done)
    today = r.window.current_screen()
    assert all(not c.start.isEnabled() for c in today.session_cards)  # stop means stop
    # the next day: the morning session opens without it, and says why before the first exercise
    r.clock.set(r.clock.now() + dt.timedelta(days=1))
    r.window.ctx.notify(Changes(time=True))
    today = r.window.current_screen()
    r.qtbot.mouseClick(today.session_cards[0].start, Qt.MouseButton.LeftButton)
    page = r.window.page
    assert "knee-to-chest" not in [pe.id for pe in page.items]
    assert page.intro_note.isVisible()
    assert page.intro_note_text.text().startswith("Knee to chest: Left out today after Tuesday's stop (sharp pain)")
    page.primary_action()
    assert not page.intro_note.isVisible()


def test_a_preview_records_nothing(qtbot, make_ctx, profile, store, clock):
    ctx = make_ctx(WEEK1)
    page = PlayerPage(ctx, SessionPlan(ctx.today_slots()[0].exercises, 0, "Preview", 1), record=False)
    qtbot.addWidget(page)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    clock.advance(30)
    page.tick()
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    qtbot.keyClick(page, Qt.Key.Key_1)
    assert page.pages.currentIndex() == PAGE_END and "Knee to chest" in page.end.where.text()
    assert sessions.all_sessions(store, profile.id) == []


def test_the_figure_takes_at_least_a_third_of_the_window(window, qtbot):
    """At 1366 × 768 the figure a person follows is the largest thing on the page."""
    from PySide6.QtWidgets import QApplication

    from coach.core.figure.render import fit_box

    w = window(WEEK1)
    w.resize(1366, 768)
    page = w.open_player(("slot", 0))
    page.sound_notice.setVisible(False)  # a machine with sound: no notice above the pages
    for _ in range(4):
        QApplication.processEvents()
    fig = page.figure
    assert w.width() == 1366 and w.height() == 768
    assert fig.width() * fig.height() >= w.width() * w.height() / 3
    # (before the first exercise the pain question takes the timer's place: it would only say "Ready")
    timer_area = page.timer.width() * page.timer.height() if page.timer.isVisible() else 0
    assert fig.width() * fig.height() > 1.5 * timer_area
    # and the picture drawn in it (the key pose of the first step) is large: at least a third of the window wide
    frame = fig.current_frame()
    vb = fit_box(frame.bbox, fig.width(), fig.height(), 0.04)
    scale = min(fig.width() / vb.width, fig.height() / vb.height)
    assert frame.bbox.width * scale >= w.width() / 3
