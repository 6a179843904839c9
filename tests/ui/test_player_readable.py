"""Readable from two metres, at any text size: the player in 1366 × 768 at 100 % and 200 % text.

The timer's digits and the line with the rep and the side scale with the window and never shrink when the
text grows; at 200 % nothing of the current step is cut off, and the session strip and the key hints get
compact instead of vanishing.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from coach.ui.player import opening
from coach.ui.player.page import PAGE_CHECKIN
from coach.ui.widgets import style

WEEK1 = dt.date(2026, 11, 3)


@pytest.fixture
def look(qapp):
    snap = style.snapshot(qapp)
    yield lambda scale: style.apply_style(qapp, scale, "light")
    style.restore(qapp, snap)


def open_player(window, clock, size=(1366, 768)):
    w = window(WEEK1)
    w.resize(*size)
    page = opening.start_slot(w, 0)
    QApplication.processEvents()
    return w, page


def go(page, clock, seconds, step=0.5):
    while seconds > 1e-9:
        d = min(step, seconds)
        clock.advance(d)
        page.tick()
        seconds -= d
    for _ in range(3):  # the event loop runs on between frames: layouts settle, the steps scroll
        QApplication.processEvents()


def drawn(page) -> tuple[int, int]:
    """(pixel size of the timer's digits as drawn, pixel size of the rep and side line)."""
    page.timer.repaint()
    page.grab()
    return page.timer.digits_px, page.where_label.fontInfo().pixelSize()


def measure(window, clock, look, scale):
    look(scale)
    w, page = open_player(window, clock)
    qt_key(page, Qt.Key.Key_Space)
    go(page, clock, 8)  # 5 s into the first hold
    assert page.engine.snapshot().phase == "hold"
    out = drawn(page)
    page.leave()
    return out


def qt_key(page, key):
    from PySide6.QtTest import QTest

    QTest.keyClick(page, key)


def test_the_timer_and_the_rep_line_never_shrink_when_the_text_grows(qtbot, window, clock, look):
    digits_100, where_100 = measure(window, clock, look, 1.0)
    digits_200, where_200 = measure(window, clock, look, 2.0)
    assert digits_100 >= 180 and where_100 >= 36  # large: a fifth of the window for the digits, 1/20 for the line
    assert digits_200 >= digits_100
    assert where_200 >= where_100


def test_they_scale_with_the_window(qtbot, window, clock, look):
    look(1.0)
    w, page = open_player(window, clock)
    qt_key(page, Qt.Key.Key_Space)
    go(page, clock, 8)
    big = drawn(page)
    w.resize(1024, 600)
    QApplication.processEvents()
    small = drawn(page)
    assert small[0] < big[0] and small[1] < big[1]


def current_step_in_view(page) -> bool:
    view = page.exercise_view.left_scroll.viewport()
    row = page.steps._rows[page.steps.current][0]
    top_left = row.mapTo(view, row.rect().topLeft())
    return QRect(top_left, row.size()).intersected(view.rect()) == QRect(top_left, row.size())


def test_at_200_percent_the_current_step_is_whole_and_strip_and_keys_get_compact(qtbot, window, clock, look):
    look(2.0)
    w, page = open_player(window, clock)
    assert page.low
    assert page.strip.isVisible() and page.strip.compact  # compact, not gone
    assert page.keys_hint.isVisible() and "Space" in page.keys_hint.text() and "Esc" in page.keys_hint.text()
    seen = set()
    qt_key(page, Qt.Key.Key_Space)
    # knee to chest: get ready, hold, release, rest on both sides; each time the current step is whole
    for _ in range(140):
        go(page, clock, 2.5)
        snap = page.engine.snapshot()
        if snap.state.value != "active":
            break
        seen.add(snap.phase)
        assert current_step_in_view(page), (snap.phase, page.steps.current)
    assert {"get_ready", "hold", "release", "rest", "switch_side"} <= seen
    assert page.pages.currentIndex() == PAGE_CHECKIN
    # the keys of the check-in are there too, in full or shorter
    assert page.keys_hint.isVisible() and "1" in page.keys_hint.text()
