"""The session as a patient lives it: spoken cues on the app's clock, pain before and after with one key, a
Stop question with a way back, marks that mean what they say, a walk's new target everywhere."""

from __future__ import annotations

import datetime as dt
from collections import deque

import pytest
from PySide6.QtCore import Qt

from coach.core.session import State
from coach.store import sessions
from coach.ui.player import opening
from coach.ui.player.page import PAGE_CHECKIN, PAGE_END, PAGE_EXERCISE, PAGE_STOP

WEEK1 = dt.date(2026, 11, 3)


class Ears:
    """A cue player that hears: it keeps every utterance handed to it, with the app clock's time."""

    def __init__(self, clock, mode: str = "voice"):
        self.clock = clock
        self.mode = mode
        self.heard: list[tuple[float, str, int]] = []
        self.beeps: deque[str] = deque()
        self.prepared: list[str] = []

    audible = True

    @property
    def speaking(self) -> bool:
        return self.mode == "voice"

    def say(self, u, at=None) -> bool:
        self.heard.append((self.clock.monotonic(), u.text, u.priority))
        return True

    def play(self, cue, at=None) -> bool:
        self.beeps.append(cue)
        return True

    def prepare(self, texts) -> None:
        self.prepared.extend(texts)

    def take_notice(self):
        return None

    def texts(self) -> list[str]:
        return [t for _at, t, _p in self.heard]


@pytest.fixture
def session(qtbot, window, clock):
    def make(today=WEEK1, slot=0):
        w = window(today)
        ears = Ears(clock)
        page = opening.start_slot(w, slot, cue_player=ears)
        return w, page, ears

    return make


def plain(label) -> str:
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml(label.text())
    return doc.toPlainText().replace("\u00a0", " ")


def go(page, clock, seconds: float, step: float = 0.5):
    while seconds > 1e-9:
        d = min(step, seconds)
        clock.advance(d)
        page.tick()
        seconds -= d


def key(qtbot, page, k, times: int = 1):
    for _ in range(times):
        qtbot.keyClick(page, k)


# ---------------------------------------------------------------------- voice
def test_the_voice_says_what_to_do_when_it_is_due(qtbot, session, clock):
    w, page, ears = session()
    t0 = clock.monotonic()
    first = ears.texts()[0]
    assert first.startswith("Before you start: how much pain do you have right now, from 0 to 10?")
    assert "for 10, press 1 then 0" in first and "for 10, press 1 then 0" in page.pain_before.hint.text()  # as shown
    assert "Exercise 1 of 4: Knee to chest. 5 holds of 20 seconds on each side, right side first." in first
    assert "Rest over. Hold for 20 seconds." in ears.prepared  # rendered before it is due
    key(qtbot, page, Qt.Key.Key_Space)
    go(page, clock, 3 + 20 + 2 + 5 + 1)
    said = {t: at - t0 for at, t, _p in ears.heard}
    assert said["Right side. Rep 1 of 5."] == 0
    assert said["Hold for 20 seconds."] == pytest.approx(3.0)
    three = [at - t0 for at, t, _p in ears.heard if t == "Three"]
    assert three[0] == pytest.approx(20.0)  # 3 s left of the hold that began at 3 s
    assert said["Relax."] == pytest.approx(23.0)
    assert said["Rep 2 of 5 next."] == pytest.approx(27.0)
    assert said["Rest over. Hold for 20 seconds."] == pytest.approx(30.0)
    # the Stop question is said (not "Paused"), and so is the way back
    key(qtbot, page, Qt.Key.Key_Escape)
    assert ears.texts()[-1].startswith("Everything is paused. What happened? Press 1 for sharp pain")
    assert ears.texts()[-1].endswith("Or press B to go back to the exercise.")
    assert "Paused. Press P to go on." not in ears.texts()


def test_no_sound_at_all_flashes_instead_of_speaking(qtbot, session, clock):
    w, page, ears = session()
    ears.audible = False
    key(qtbot, page, Qt.Key.Key_Space)
    before = len(ears.heard)
    flashes = page.timer.flashes
    go(page, clock, 4)
    assert page.timer.flashes > flashes and len(ears.heard) == before


# ----------------------------------------------------------------------- pain
def test_pain_before_with_one_key_and_after_with_one_key(qtbot, session, clock, store):
    w, page, ears = session()
    assert page.pain_before.isVisible() and page.pages.currentIndex() == PAGE_EXERCISE
    assert not page.timer.isVisible()  # the question takes the room of a timer that would only say "Ready"
    key(qtbot, page, Qt.Key.Key_6)
    assert sessions.get_session(store, page.log.session_id).pain_before == 6
    assert ears.texts()[-1].startswith("Noted: 6. Exercise 1 of 4: Knee to chest.")
    assert "Noted: 6 of 10" in page.pain_before.question.text()
    key(qtbot, page, Qt.Key.Key_Space)  # the exercise starts: the question is over
    assert not page.pain_before.isVisible() and page.timer.isVisible()
    key(qtbot, page, Qt.Key.Key_2)
    assert sessions.get_session(store, page.log.session_id).pain_before == 6
    # stop for "just ending early": the end page asks again
    key(qtbot, page, Qt.Key.Key_Escape)
    key(qtbot, page, Qt.Key.Key_6)
    assert page.pages.currentIndex() == PAGE_END
    assert page.pain_after.isVisible()
    assert ears.texts()[-1].startswith("How much pain do you have right now")
    key(qtbot, page, Qt.Key.Key_1)
    key(qtbot, page, Qt.Key.Key_0)  # 1 then 0 at once: 10
    row = sessions.get_session(store, page.log.session_id)
    assert (row.pain_before, row.pain_after) == (6, 10)
    clock.advance(5)
    key(qtbot, page, Qt.Key.Key_3)  # a change of mind later is a new answer
    assert sessions.get_session(store, page.log.session_id).pain_after == 3
    key(qtbot, page, Qt.Key.Key_Space)
    assert w.page is None


def test_a_preview_asks_no_pain(qtbot, window, clock):
    from coach.app.sessions import SessionPlan
    from coach.core.plan import day_plan
    from coach.ui.player.page import PlayerPage

    w = window(WEEK1)
    items = day_plan(w.ctx.program, 1, "right")[0].exercises
    page = PlayerPage(w.ctx, SessionPlan(items, 0, "Preview", 1), record=False, cue_player=Ears(clock))
    qtbot.addWidget(page)
    assert not page.asking_pain_before() and not page.pain_before.isVisibleTo(page)


# ----------------------------------------------------------------------- stop
@pytest.mark.parametrize("back", [Qt.Key.Key_Escape, Qt.Key.Key_B])
def test_the_stop_question_has_a_named_key_back_to_the_exercise(qtbot, session, clock, back):
    w, page, ears = session()
    key(qtbot, page, Qt.Key.Key_Space)
    go(page, clock, 5)
    key(qtbot, page, Qt.Key.Key_Escape)
    assert page.pages.currentIndex() == PAGE_STOP and page.engine.state == State.PAUSED
    assert "B or Esc" in page.stop_panel.hint.text()
    # the top of the screen, in view at any text size, names the way back too (Esc no longer stops here)
    assert page.stop_button.text() == "◀  Back  (B or Esc)"
    key(qtbot, page, back)
    assert page.pages.currentIndex() == PAGE_EXERCISE
    assert page.engine.state == State.ACTIVE and page.engine.snapshot().phase == "hold"
    assert page.stop_button.text() == "■  Stop  (Esc)"


def test_the_button_at_the_top_goes_back_from_the_stop_question(qtbot, session, clock):
    w, page, ears = session()
    key(qtbot, page, Qt.Key.Key_Space)
    go(page, clock, 5)
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    assert page.pages.currentIndex() == PAGE_STOP
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    assert page.pages.currentIndex() == PAGE_EXERCISE and page.engine.state == State.ACTIVE


def test_typing_b_in_the_stop_note_stays_in_the_note(qtbot, session, clock):
    w, page, ears = session()
    key(qtbot, page, Qt.Key.Key_Escape)
    page.stop_panel.detail.setFocus()
    qtbot.waitUntil(page.stop_panel.detail.hasFocus)
    qtbot.keyClicks(page.stop_panel.detail, "bad back")
    assert page.pages.currentIndex() == PAGE_STOP and page.stop_panel.detail.text() == "bad back"


# ---------------------------------------------------------------------- marks
def test_an_exercise_that_caused_a_stop_is_marked_as_such_not_ticked(qtbot, session, clock):
    w, page, ears = session()
    key(qtbot, page, Qt.Key.Key_Space)
    go(page, clock, 400, step=5)
    assert page.pages.currentIndex() == PAGE_CHECKIN
    key(qtbot, page, Qt.Key.Key_3)  # sharp pain
    assert page.engine.state == State.STOPPED
    assert page.strip._statuses[0] == "caused_stop"
    assert "The session stopped because of: Knee to chest." in page.strip.accessibleDescription()
    assert "Done: Knee to chest" not in page.strip.accessibleDescription()


@pytest.mark.parametrize("reason_key, mark", [(Qt.Key.Key_2, "caused_stop"), (Qt.Key.Key_4, "stopped")])
def test_a_stop_marks_the_exercise_as_the_cause_only_for_a_symptom_put_down_to_it(qtbot, session, clock,
                                                                                   reason_key, mark):
    """Weakness during a hold: the exercise caused the stop (✕). Feeling dizzy or unwell is not put down to the
    exercise (it is not eased next time either): stopped there (■)."""
    w, page, ears = session()
    key(qtbot, page, Qt.Key.Key_Space)
    go(page, clock, 8)
    key(qtbot, page, Qt.Key.Key_Escape)
    key(qtbot, page, reason_key)
    assert page.engine.state == State.STOPPED
    assert page.strip._statuses[0] == mark


# ----------------------------------------------------------------------- doses
def test_an_extended_walk_shows_its_new_target_in_the_left_column_too(qtbot, session, clock):
    w, page, ears = session()
    page.engine.skip()
    page.engine.skip()
    page.tick()
    assert page.name_label.text() == "Walking"
    assert "Today: 5 min" in plain(page.dose_label)
    key(qtbot, page, Qt.Key.Key_Space)
    go(page, clock, 10, step=5)
    key(qtbot, page, Qt.Key.Key_E)
    assert "Today: 6 min" in plain(page.dose_label)
    assert page.timer.small().startswith("of 6:00 target")


def test_space_counts_a_paced_rep_and_the_button_says_so(qtbot, session, clock):
    w, page, ears = session()
    page.engine.skip()  # to the femoral nerve glide: paced reps, 3 s out and 3 s back
    page.tick()
    key(qtbot, page, Qt.Key.Key_Space)
    go(page, clock, 4)
    snap = page.engine.snapshot()
    assert (snap.phase, snap.rep) == ("move", 1)
    assert page.primary.isVisible() and page.primary.text().startswith("✓  Rep done")
    key(qtbot, page, Qt.Key.Key_Space)
    snap = page.engine.snapshot()
    assert (snap.phase, snap.rep, snap.done_counts[1]) == ("move", 2, 1)
