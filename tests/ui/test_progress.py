"""The Progress screen as a person uses it: periods, scrolling and zooming, read-outs, the theme, and every export."""

import datetime as dt
import stat

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


def click(qtbot, button):
    from PySide6.QtCore import Qt

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_empty_state_is_a_friendly_sentence_not_empty_axes(screen, profile):
    s = screen(dt.date(2026, 11, 10))
    assert s.stack.currentIndex() == 0
    assert s.empty.isVisible()
    assert s.empty.text() == "No diary entries yet: fill in the Diary each evening and your charts appear here."
    assert not s.export_buttons["charts"].isEnabled() and not s.range_buttons["all"].isEnabled()


def test_range_buttons_set_the_period_shown(screen, filled, qtbot):
    s = screen(filled)
    assert s.stack.currentIndex() == 1
    assert s.range_buttons["28d"].isChecked()
    assert s.charts.visible_days() == (filled - dt.timedelta(days=27), filled)
    assert s.period_label.text() == "3 Nov 2026 – 30 Nov 2026 (28 days)"
    click(qtbot, s.range_buttons["14d"])
    assert s.range_buttons["14d"].isChecked() and not s.range_buttons["28d"].isChecked()
    assert s.charts.visible_days() == (filled - dt.timedelta(days=13), filled)
    # every count is the period's: the sessions of these 14 days only
    a = s.data.adherence
    assert len(a.days) == 14 and f"{a.done} of {a.planned} planned sessions done" in s.summary.text()
    assert s.charts.model.plot("adherence").title.endswith(a.text)
    click(qtbot, s.range_buttons["all"])
    assert s.charts.visible_days() == (day(0), filled)
    click(qtbot, s.range_buttons["program"])
    assert s.charts.visible_days() == (day(0), day(27))  # the program's four weeks
    assert "planned sessions done" in s.summary.text() and "Overall pain" in s.summary.text()


def test_a_new_program_shows_its_days_at_the_end_of_the_range(screen, store, profile, qtbot):
    """One day of data: "Last 28 days" is 28 days, not the 36 hours around that day."""
    write_sample_history(store, profile, profile_program(profile), 1)
    s = screen(day(0))
    assert s.charts.visible_days() == (day(-27), day(0))
    click(qtbot, s.range_buttons["14d"])
    assert s.charts.visible_days() == (day(-13), day(0))


def test_dates_of_ones_own(screen, filled, qtbot):
    from PySide6.QtCore import QDate

    s = screen(filled)
    click(qtbot, s.range_buttons["custom"])
    assert s.dates_box.isVisible()
    s.date_from.setDate(QDate(2026, 11, 5))
    s.date_to.setDate(QDate(2026, 11, 18))
    click(qtbot, s.show_dates)
    assert s.charts.visible_days() == (day(4), day(17))
    assert s.period_label.text().startswith("5 Nov 2026 – 18 Nov 2026")


def wheel(widget, pos, notches: int, ctrl: bool):
    """A mouse wheel turned over ``widget`` as the window system sends it (so it may go on to the parents)."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    mods = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    win = widget.window()
    QTest.wheelEvent(win.windowHandle(), widget.mapTo(win, pos), QPoint(0, 120 * notches), QPoint(0, 0), mods)
    QApplication.processEvents()


def test_the_wheel_scrolls_the_page_and_ctrl_wheel_zooms_the_dates(screen, filled, qtbot):
    from PySide6.QtCore import QPoint

    s = screen(filled)
    area = s.charts.plot_area("overall")
    pos = QPoint(int(area.x + area.w / 2), int(area.y + area.h / 2))
    bar = s.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # the page is taller than the window
    assert bar.value() == 0
    wheel(s.charts, pos, -2, ctrl=False)
    assert bar.value() > 0  # the page scrolled
    assert s.charts.visible_days() == (filled - dt.timedelta(days=27), filled)  # the dates did not change
    bar.setValue(0)
    wheel(s.charts, pos, 1, ctrl=True)
    start, end = s.charts.visible_days()
    assert (end - start).days + 1 < 28  # zoomed in
    assert s.range_buttons["custom"].isChecked() and not s.range_buttons["28d"].isChecked()
    assert s.date_from.date().toPython() == start and s.date_to.date().toPython() == end
    for _ in range(12):
        wheel(s.charts, pos, -1, ctrl=True)
    assert s.charts.visible_days() == (day(0), filled)  # zoomed out to everything there is, no further


def test_hover_reads_the_values_of_the_day(screen, filled):
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
    area = s.charts.plot_area("overall")
    assert s.charts.hover_text_at(QPointF(area.px(i + 0.5), area.y + 5)) == text
    assert s.charts.hover_text_at(QPointF(area.x - 20, area.y + 5)) is None  # on the axis labels


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


def test_charts_follow_the_theme_and_the_text_size(screen, filled, qapp):
    from coach.charts.model import DARK, PRINT
    from coach.ui.widgets.style import apply_style, restore, snapshot

    snap = snapshot(qapp)
    try:
        s = screen(filled)
        assert s.charts.palette_.name == "print" and s.charts.palette_.left == PRINT.left
        light_height = s.charts.height()
        apply_style(qapp, 2.0, "dark")
        s._apply_look()
        assert s.charts.palette_.name == "dark" and s.charts.palette_.left == DARK.left
        assert s.charts.palette_.paper == "#262b30" and s.charts.text_scale == 2.0
        assert s.charts.height() > light_height  # bigger text, taller charts: nothing squeezed
        img = s.charts.grab().toImage()
        assert img.pixelColor(5, 5).name() == "#262b30"  # dark on screen
    finally:
        restore(qapp, snap)


@pytest.fixture
def save_as(monkeypatch):
    """The file dialog answers with the paths given, in order; what it was asked is kept."""
    from PySide6.QtWidgets import QFileDialog

    asked, answers = [], []

    def fake(parent, title, name, filters, *rest):
        asked.append((title, name, filters))
        return (str(answers.pop(0)) if answers else ""), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return asked, answers


def run_export(qtbot, s, trigger):
    with qtbot.waitSignal(s.runner.finished, timeout=30000):
        trigger()
        assert s.busy_box.isVisibleTo(s) and not s.export_buttons["report"].isEnabled()
    assert not s.busy_box.isVisibleTo(s) and s.export_buttons["report"].isEnabled()
    return s.last_result


def test_the_charts_report_and_data_of_the_period_are_exported_from_the_screen(screen, filled, save_as, tmp_path,
                                                                              qtbot):
    asked, answers = save_as
    s = screen(filled)
    click(qtbot, s.range_buttons["14d"])
    period = s.data.period
    answers += [tmp_path / "mine", tmp_path / "report", tmp_path / "data", tmp_path / "csvs", tmp_path / "clinic"]
    r = run_export(qtbot, s, lambda: s.actions["svg"].trigger())
    assert asked[0][0] == "Save the charts as SVG"
    assert asked[0][1].endswith(f"progress-charts-{period.start.isoformat()}-to-{period.end.isoformat()}.svg")
    out = tmp_path / "mine.svg"
    assert out.read_bytes().startswith(b"<?xml") and r.path == out
    assert s.saved.text() == f"Saved the charts (17 Nov 2026 – 30 Nov 2026) to {out}" and s.saved.isVisibleTo(s)
    r = run_export(qtbot, s, s.export_report)
    assert asked[1][1].endswith(f"progress-report-{period.start.isoformat()}-to-{period.end.isoformat()}.pdf")
    assert r.path == tmp_path / "report.pdf" and r.path.read_bytes().startswith(b"%PDF")
    assert "17 Nov 2026 – 30 Nov 2026" in s.saved.text() and str(r.path) in s.saved.text()
    r = run_export(qtbot, s, lambda: s.actions["data-json"].trigger())
    assert r.path == tmp_path / "data.json"
    import json

    doc = json.loads(r.path.read_text())
    assert {e["date"] for e in doc["tracker_entries"]} <= {(period.start + dt.timedelta(days=i)).isoformat()
                                                           for i in range(14)}
    r = run_export(qtbot, s, lambda: s.actions["data-csv"].trigger())
    assert r.path == tmp_path / "csvs" and (tmp_path / "csvs" / "profile.csv").is_file()
    r = run_export(qtbot, s, lambda: s.actions["data-fhir"].trigger())  # for a clinic's system: the whole record
    assert asked[-1][1].endswith(f"lumbar-coach-fhir-{filled.isoformat()}.json")
    assert r.path == tmp_path / "clinic.json" and json.loads(r.path.read_text())["resourceType"] == "Bundle"
    for p in (out, tmp_path / "report.pdf", tmp_path / "data.json", tmp_path / "csvs" / "sessions.csv",
              tmp_path / "clinic.json"):
        assert stat.S_IMODE(p.stat().st_mode) == 0o600, p


def test_the_screen_asks_before_replacing_a_file(screen, filled, save_as, tmp_path, qtbot, monkeypatch):
    from coach.ui.progress.screen import ProgressScreen

    asked, answers = save_as
    target = tmp_path / "report.pdf"
    target.write_bytes(b"mine")
    replies = []
    monkeypatch.setattr(ProgressScreen, "_confirm_replace", lambda self, path: replies.pop(0))
    s = screen(filled)
    answers.append(target)
    replies.append(False)
    s.export_report()
    assert target.read_bytes() == b"mine" and not s.runner.busy and replies == []
    answers.append(target)
    replies.append(True)
    run_export(qtbot, s, s.export_report)
    assert target.read_bytes().startswith(b"%PDF")


def test_a_failed_export_says_why(screen, filled, save_as, tmp_path, monkeypatch):
    import coach.ui.progress.screen as mod

    asked, answers = save_as
    told = []
    monkeypatch.setattr(mod, "tell", lambda parent, title, text, warning=False: told.append((title, text)))
    s = screen(filled)
    answers.append(tmp_path / "missing" / "charts")
    s.actions["png"].trigger()
    assert told == [("Nothing was saved",
                     f"cannot write {tmp_path / 'missing' / 'charts.png'}: the folder {tmp_path / 'missing'} "
                     "does not exist")]


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
    assert s.export_buttons["report"].accessibleName() == ("Write a report of the dates shown for your clinician, "
                                                           "as a PDF")


def test_the_other_ranges_are_prepared_when_idle_and_never_after_the_screen_is_gone(screen, filled, qtbot):
    from PySide6.QtCore import QCoreApplication, QEvent

    s = screen(filled)
    assert len(s._cache) == 1
    qtbot.waitUntil(lambda: len(s._cache) == 4, timeout=5000)  # 28 days, then everything, the program, 14 days
    s.refresh()  # the data read again: preparing starts over
    s.close()
    s.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.wait(250)  # the preparation's timer went with the screen: nothing runs on a deleted widget
