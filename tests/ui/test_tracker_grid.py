import datetime as dt

from PySide6.QtCore import Qt

from coach.core.tracker import TrackerEntry
from coach.store import tracker as tracker_store
from coach.ui.diary.grid import DAYS, NO_ENTRY
from coach.ui.diary.grid import rows as grid_rows

TODAY = dt.date(2026, 11, 10)


def _diary(window, store, profile):
    tracker_store.save_entry(store, profile.id, TrackerEntry(date=TODAY - dt.timedelta(days=2),
                                                             pain={"back_left": 4}, helped=("heat",)), today=TODAY)
    w = window(TODAY)
    s = w.show_screen("diary")
    s.tabs.setCurrentWidget(s.grid)
    return w, s


def test_gaps_show_no_entry(qtbot, window, store, profile):
    _w, s = _diary(window, store, profile)
    t = s.grid.table
    assert t.columnCount() == DAYS and s.grid.days[-1] == TODAY
    col = s.grid.days.index(TODAY - dt.timedelta(days=2))
    rows = [k for k, _label in grid_rows()]
    assert t.item(rows.index("back_left"), col).text() == "4"
    assert t.item(rows.index("overall"), col).text() == "4\nLeft back"  # the worst, and where
    assert t.item(rows.index("back_right"), col).text() == "–"
    assert "Heat" in t.item(rows.index("helped"), col).text()
    assert t.item(0, col - 1).text() == NO_ENTRY
    assert t.item(0, DAYS - 1).text() == NO_ENTRY


def test_clicking_a_day_opens_it(qtbot, window, store, profile):
    _w, s = _diary(window, store, profile)
    t = s.grid.table
    col = s.grid.days.index(TODAY - dt.timedelta(days=2))
    t.scrollToItem(t.item(0, col))
    rect = t.visualItemRect(t.item(0, col))
    qtbot.mouseClick(t.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert s.tabs.currentWidget() is s.day
    assert s.day.date() == TODAY - dt.timedelta(days=2)
    assert s.day.pain.values()["back_left"] == 4


def test_enter_on_a_day_opens_it(qtbot, window, store, profile):
    _w, s = _diary(window, store, profile)
    t = s.grid.table
    t.setCurrentCell(0, 3)
    qtbot.keyClick(t, Qt.Key.Key_Return)
    assert s.tabs.currentWidget() is s.day and s.day.date() == s.grid.days[3]
