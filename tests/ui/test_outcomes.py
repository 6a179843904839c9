import datetime as dt

from PySide6.QtCore import Qt

from coach.store import tracker as tracker_store

TODAY = dt.date(2026, 11, 10)


def test_psfs_mean_is_saved(qtbot, window, store, profile):
    w = window(TODAY)
    s = w.show_screen("diary")
    s.tabs.setCurrentWidget(s.outcomes)
    o = s.outcomes
    qtbot.keyClicks(o.activities[0], "Climbing stairs")
    qtbot.mouseClick(o.ratings[0], Qt.MouseButton.LeftButton, pos=o.ratings[0].cell_centre(4))
    qtbot.keyClicks(o.activities[1], "Putting on socks")
    o.ratings[1].setFocus()
    qtbot.keyClick(o.ratings[1], Qt.Key.Key_7)
    qtbot.mouseClick(o.pain, Qt.MouseButton.LeftButton, pos=o.pain.cell_centre(5))
    assert "5.5" in o.mean.text()
    qtbot.mouseClick(o.save_button, Qt.MouseButton.LeftButton)
    week = o.week_start()
    assert week == dt.date(2026, 11, 8)  # week 2 of a program that started on 1 November
    saved = tracker_store.get_outcome(store, profile.id, week)
    assert saved.overall_pain == 5 and saved.psfs_mean == 5.5
    assert [(i.activity, i.score) for i in saved.psfs] == [("Climbing stairs", 4), ("Putting on socks", 7)]
    assert "Saved" in o.status.text()


def test_activities_carry_over_to_the_next_week(qtbot, window, store, profile):
    w = window(dt.date(2026, 11, 16))
    s = w.show_screen("diary")
    o = s.outcomes
    o.week.setCurrentIndex(o.week.count() - 2)  # week 2
    o.activities[0].setText("Walking to the shop")
    o.ratings[0].setValue(3)
    assert o.save()
    o.week.setCurrentIndex(o.week.count() - 1)  # week 3: same activity, no rating yet
    assert o.activities[0].text() == "Walking to the shop" and o.ratings[0].value() is None
