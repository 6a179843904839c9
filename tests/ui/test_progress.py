"""The Progress screen as a person uses it: range buttons, empty state, read-outs on hover, export buttons."""

import datetime as dt

import pytest
from sample_history import write_sample_history

from coach.store.program_folder import profile_program


def day(n, start=dt.date(2026, 11, 1)):
    return start + dt.timedelta(days=n)


@pytest.fixture
def screen(qtbot, make_ctx):
    from coach.ui.progress.screen import ProgressScreen

    def make(today):
        s = ProgressScreen(make_ctx(today))
        qtbot.addWidget(s)
        s.resize(1000, 700)
        s.show()
        s.refresh()
        return s

    return make


@pytest.fixture
def filled(store, profile):
    """30 days of sample data from the profile's start (1 Nov 2026); returns the last day."""
    return write_sample_history(store, profile, profile_program(profile), 30, stop_every=9)


def test_empty_state_is_a_friendly_sentence_not_empty_axes(screen, profile):
    s = screen(dt.date(2026, 11, 10))
    assert s.stack.currentIndex() == 0
    assert s.empty.isVisible()
    assert s.empty.text() == "No diary entries yet: fill in the Diary each evening and your charts appear here."
    assert not s.export_buttons["png"].isEnabled() and not s.range_buttons["all"].isEnabled()


def test_range_buttons_change_the_days_shown(screen, filled, qtbot):
    from PySide6.QtCore import Qt

    s = screen(filled)
    assert s.stack.currentIndex() == 1
    assert s.range_buttons["4w"].isChecked()
    assert s.charts.visible_days() == (filled - dt.timedelta(days=27), filled)
    qtbot.mouseClick(s.range_buttons["14d"], Qt.MouseButton.LeftButton)
    assert s.range_buttons["14d"].isChecked() and not s.range_buttons["4w"].isChecked()
    assert s.charts.visible_days() == (filled - dt.timedelta(days=13), filled)
    # every chart shows the same days
    ranges = {tuple(round(v, 3) for v in p.vb.viewRange()[0]) for p in s.charts.plots.values()}
    assert len(ranges) == 1
    qtbot.mouseClick(s.range_buttons["all"], Qt.MouseButton.LeftButton)
    assert s.charts.visible_days() == (day(0), filled)
    assert "planned sessions done" in s.summary.text() and "Overall pain" in s.summary.text()


def test_hover_reads_the_values_of_the_day(screen, filled, store, profile):
    from PySide6.QtCore import QPointF

    s = screen(filled)
    data = s.data
    i = next(i for i, v in enumerate(data.overall) if v is not None and i > 3)
    d = data.dates[i]
    text = s.charts.hover_text("overall", d)
    assert text.startswith(f"{d:%a} {d.day} {d:%b %Y}: worst pain {data.overall[i]}/10")
    left, right = data.pain["back_left"][i], data.pain["back_right"][i]
    assert s.charts.hover_text("pain_back", d).endswith(f"Back: left {left}, right {right}")
    stop = data.stops[0]
    assert stop.reason_text in s.charts.hover_text("adherence", stop.date)
    # moving the pointer over the overall chart updates the read-out under the buttons
    plot = s.charts.plots["overall"]
    s.charts.show_days(data.period.start, data.period.end)
    scene_pos = plot.vb.mapViewToScene(QPointF(s.charts.day_x(d), 5))
    s.charts._on_mouse_moved(scene_pos)
    assert s.readout.text() == text


def test_sparse_diary_says_the_trend_needs_time(screen, store, profile):
    from coach.core.tracker import LOCATIONS, TrackerEntry
    from coach.store import tracker as ts

    for n, v in ((0, 6), (2, 5)):
        p = dict.fromkeys(LOCATIONS)
        p["back_right"] = v
        ts.save_entry(store, profile.id, TrackerEntry(date=day(n), pain=p), today=day(5))
    s = screen(day(5))
    assert s.stack.currentIndex() == 1
    assert "Only 2 days of diary entries so far" in s.summary.text()


def test_export_buttons_write_the_file_chosen(screen, filled, monkeypatch, tmp_path, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    s = screen(filled)
    target = tmp_path / "mine"
    asked = []

    def fake(parent, title, name, filters):
        asked.append((title, name, filters))
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    qtbot.mouseClick(s.export_buttons["svg"], Qt.MouseButton.LeftButton)
    assert asked[0][0] == "Save the charts as SVG" and asked[0][1].endswith(f"to-{filled.isoformat()}.svg")
    out = tmp_path / "mine.svg"
    assert out.read_bytes().startswith(b"<?xml") and s.readout.text() == f"Saved {out}"


def test_accessible_names_and_navigation(window, filled):
    from coach.ui.progress.screen import ProgressScreen

    w = window(filled)
    s = w.screen("progress")
    w.show_screen("progress")
    assert isinstance(w.current_screen(), ProgressScreen)
    assert w.nav.currentItem().text() == "Progress"
    assert s.charts.accessibleName() == "Progress charts"
    assert "planned sessions done" in s.charts.accessibleDescription()
    assert s.range_buttons["14d"].accessibleName() == "Show last 14 days"
    assert s.export_buttons["pdf"].accessibleName() == "Save the charts as a PDF file"
