"""When the player wakes and what it redraws: only for a visible change, and only for cues while it is hidden.

The page runs in the real main window on the app's FixedClock; the tests read
the single-shot timer's interval (when the page would wake next) and move the
clock to exactly then, as the event loop would.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from coach.core.session import State
from coach.ui.player import view as pv
from coach.ui.player.page import PlayerPage

WEEK1 = dt.date(2026, 11, 3)


@pytest.fixture
def page(qtbot, window):
    w = window(WEEK1)
    qtbot.mouseClick(w.current_screen().session_cards[0].start, Qt.MouseButton.LeftButton)
    p = w.page
    assert isinstance(p, PlayerPage)
    return p


def wake(page, clock) -> float:
    """Move the clock to the page's next wake and let it run; returns the seconds waited."""
    assert page.running
    seconds = page._timer.interval() / 1000
    clock.advance(seconds)
    page.tick()
    return seconds


def start_hold(page, clock):
    page.primary_action()  # knee to chest: 3 s to get into position, then the 20 s hold
    clock.advance(3.5)
    page.tick()
    assert page.engine.snapshot().phase == "hold"


def test_a_hold_wakes_once_a_second_with_the_digits_and_the_bar(page, clock):
    start_hold(page, clock)
    seen = []
    for _ in range(6):
        waited = wake(page, clock)
        assert 0.5 <= waited <= 1.01  # once a second (the first wake: to the next whole second)
        seen.append((page.timer.text(), page.timer._fraction))
    digits = [d for d, _f in seen]
    assert digits == [str(n) for n in range(int(digits[0]), int(digits[0]) - 6, -1)]
    fractions = [f for _d, f in seen]
    assert fractions == sorted(fractions, reverse=True) and len(set(fractions)) == 6
    # between two wakes nothing on the timer changes
    before = (page.timer.text(), page.timer._fraction, page.timer.painted)
    clock.advance(0.3)
    page.render()
    assert (page.timer.text(), page.timer._fraction, page.timer.painted) == before


def test_the_engine_waits_for_the_user_and_nothing_wakes(page, clock):
    assert page.engine.snapshot().state == State.INTRO and not page.running
    page.primary_action()
    clock.advance(60)
    page.tick()
    assert page.engine.snapshot().state == State.ACTIVE
    page.toggle_pause()
    assert not page.running


def test_a_moving_figure_wakes_for_each_of_its_moments_without_asking_the_engine(page, clock, monkeypatch):
    page.primary_action()  # the figure moves into position over the 3 s get-ready
    asked = []
    real = page.engine.advance
    monkeypatch.setattr(page.engine, "advance", lambda *a: asked.append(1) or real(*a))
    moments = []
    for _ in range(12):
        wake(page, clock)
        moments.append(page.figure.progress())
    # a new moment at every wake but the few for the digits' change
    assert moments == sorted(moments) and len(set(moments)) >= len(moments) - 3
    assert set(moments) <= set(pv.figure_moments(page.figure.figure()))
    assert len(asked) <= 3  # the engine is asked when the digits change (once a second), not for each moment


def test_a_walk_shows_eight_poses_a_stride_and_the_clock_in_whole_seconds(page, clock):
    page.skip()
    page.skip()
    page.primary_action()  # the walk
    assert page.engine.snapshot().phase == "walk"
    poses, clocks = set(), []
    for _ in range(40):
        wake(page, clock)
        poses.add(page.figure.progress())
        clocks.append(page.timer.text())
    assert poses == {k / pv.WALK_STEPS for k in range(pv.WALK_STEPS)}
    elapsed = clock.monotonic() - 5000.0
    assert len(set(clocks)) <= int(elapsed) + 2


def test_while_minimised_the_page_wakes_only_for_the_engine_and_shows_the_true_time_again(page, clock, qtbot):
    start_hold(page, clock)
    page.window().showMinimized()
    qtbot.waitUntil(lambda: not page._on_screen, timeout=2000)
    flashes = page.timer.flashes
    for _ in range(3):  # the hold's last three seconds are cued: the page wakes for each cue, on time
        due = page.engine.next_change_in()
        assert page.running and page._timer.interval() == pytest.approx(due * 1000, abs=5)
        clock.advance(page._timer.interval() / 1000)
        page.tick()
    assert page.timer.flashes == flashes + 3  # sound is off in the tests: each cue flashed
    clock.advance(1.5)
    page.window().showNormal()
    qtbot.waitUntil(lambda: page._on_screen, timeout=2000)
    assert page.engine.snapshot().phase == "release"  # shown again: redrawn at once, at the true time
    assert page.timer.label() == "Release slowly"


def test_hidden_under_another_page_the_player_only_wakes_for_the_engine(page, clock):
    start_hold(page, clock)
    page.hide()
    assert not page._on_screen
    assert page._timer.interval() == pytest.approx(page.engine.next_change_in() * 1000, abs=5)
    page.show()
    assert page._on_screen and page._timer.interval() <= 1002


def test_the_timer_paints_its_words_once_per_change_and_a_flash_costs_one_paint(qtbot):
    from coach.ui.player.widgets import BigTimer

    t = BigTimer()
    qtbot.addWidget(t)
    t.resize(400, 300)
    t.set_state("Hold", "15", "seconds left", 0.25)
    t.grab()  # a complete paint, as on screen
    painted = t.painted
    t.set_fraction(0.5)  # only the bar moves
    t.grab()
    assert t.painted == painted
    t.flash()
    t.grab()
    t._end_flash()
    t.grab()
    assert t.painted == painted + 1  # the flashing card; the usual one was kept
