import datetime as dt

import pytest
from PySide6.QtCore import QDate, QTimer

from coach.store import profiles, sessions
from coach.store import safety as safety_store
from coach.ui.first_run import FirstRunDialog


def test_first_run_creates_the_profile(qtbot, store):
    dlg = FirstRunDialog(store, dt.date(2026, 11, 3))
    qtbot.addWidget(dlg)
    dlg.show()
    assert "Upper lumbar 4-week" in dlg.choice.program.currentText()
    dlg.next()
    dlg.next()
    dlg.details.start.setDate(QDate(2026, 11, 2))
    next(b for b in dlg.details.sides.buttons() if b.property("side") == "right").setChecked(True)
    dlg.details.name.setText("Sam")
    dlg.accept()
    p = profiles.active_profile(store)
    assert (p.name, p.affected_side, p.start_date, p.program_id) == ("Sam", "right", dt.date(2026, 11, 2),
                                                                     "upper-lumbar-4-week")
    assert dlg.profile == p


@pytest.mark.slow  # the wizard is finished by a real 100 ms timer while it runs modally
def test_app_builds_first_run_then_main_window(qtbot, store, monkeypatch):
    from coach.ui import app

    def finish_wizard():
        for w in __import__("PySide6.QtWidgets", fromlist=["QApplication"]).QApplication.topLevelWidgets():
            if isinstance(w, FirstRunDialog) and w.isVisible():
                w.next()
                w.accept()

    QTimer.singleShot(100, finish_wizard)
    window = app.build_main_window(store)
    qtbot.addWidget(window)
    assert window is not None
    assert profiles.active_profile(store) is not None
    assert window.current_screen().property("screenKey") == "today"


def test_today_shows_the_current_week_and_doses(window, store, profile):
    # started 1 Nov; moved on to week 2 on 8 Nov (weeks move on by tolerance and a decision, never by the date)
    safety_store.set_week(store, profile.id, 1, 2, dt.date(2026, 11, 8), "test: on week 2")
    w = window(dt.date(2026, 11, 10))
    today = w.current_screen()
    assert today.week.text().startswith("Week 2 of 4: Progressive mobility · day 3 on this week")
    assert [c.slot.name for c in today.session_cards] == ["Morning", "Evening"]
    card = today.session_cards[0]
    doses = {pe.id: card.findChild(type(today.week), f"dose-{pe.id}").text() for pe in card.slot.exercises}
    assert doses == {
        "prone-knee-bend": "10 reps each side, 2× daily",
        "standing-hip-flexion": "15 reps each side, 2× daily",
        "bridge": "12 reps, 2 sets, 2× daily",
        "walking": "15 min, 2× daily",
    }


def test_today_week_three_and_four(window, store, profile):
    safety_store.set_week(store, profile.id, 2, 3, dt.date(2026, 11, 15), "test: on week 3")
    w3 = window(dt.date(2026, 11, 16)).current_screen()
    assert "Week 3 of 4: Strength building" in w3.week.text()
    evening = [pe.id for pe in w3.session_cards[1].slot.exercises]
    assert evening == ["straight-leg-raise", "wall-sit", "step-up"]  # walking once daily: morning only
    wall = w3.session_cards[0].findChild(type(w3.week), "dose-wall-sit").text()
    assert wall.startswith("Hold 10–15 s, 5 reps, 2× daily") and "Today: Hold 10 s × 5" in wall


def test_today_shows_done_sessions(window, store, profile):
    sid = sessions.start_session(store, profile_id=profile.id, date=dt.date(2026, 11, 10), slot_index=0,
                                 slot_name="Morning", week=2, program_id="upper-lumbar-4-week", planned=[])
    sessions.finish_session(store, sid, sessions.COMPLETED)
    today = window(dt.date(2026, 11, 10)).current_screen()
    assert today.session_cards[0].status.text() == "✓ Done"
    assert today.session_cards[1].status.text() == "Not started yet"


def test_before_the_start_date_today_says_when_it_starts(window):
    today = window(dt.date(2026, 10, 30)).current_screen()
    assert "starts on Sunday 1 November" in today.week.text()


def test_screen_shortcuts_wait_while_a_full_window_page_is_open(window, qtbot):
    from PySide6.QtGui import QKeySequence, QShortcut
    from PySide6.QtWidgets import QLabel

    w = window(dt.date(2026, 11, 10))
    page = QLabel("page")
    w.push_page(page)
    ctrl2 = next(s for s in w.findChildren(QShortcut) if s.key() == QKeySequence("Ctrl+2"))
    ctrl2.activated.emit()
    assert w.stack.currentWidget() is page and not w.nav.isVisible()
    w.pop_page(page)
    assert w.nav.isVisible() and w.current_screen().property("screenKey") == "today"
    ctrl2.activated.emit()
    assert w.current_screen().property("screenKey") != "today"


def test_first_run_says_whom_the_program_was_written_for(qtbot, store):
    dlg = FirstRunDialog(store, dt.date(2026, 11, 3))
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.next()
    text = dlg.choice.about.text()
    for words in ("Who it is for", "front or inner thigh", "groin", "knee", "stairs", "rising from a chair",
                  "physiotherapist should confirm"):
        assert words in text, words
    assert dlg.choice.about.isVisible()


def test_first_run_can_use_a_program_file_from_a_physiotherapist(qtbot, store, tmp_path):
    from coach.resources import default_program_path

    own = tmp_path / "knee-program.toml"
    text = default_program_path().read_text(encoding="utf-8")
    text = text.replace('id = "upper-lumbar-4-week"', 'id = "knee-program"', 1)
    text = text.replace('title = "Upper lumbar 4-week movement program"', 'title = "Knee program"', 1)
    start = text.index("intended_for = ")
    end = text.index('"""', text.index('"""', start) + 3) + 3
    own.write_text(text[:start] + 'intended_for = "People whose knee gives way on stairs."' + text[end:],
                   encoding="utf-8")
    broken = tmp_path / "broken.toml"
    broken.write_text('id = "Broken"\n', encoding="utf-8")
    dlg = FirstRunDialog(store, dt.date(2026, 11, 3))
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.next()
    assert not dlg.choice.use_file(str(broken))
    assert dlg.choice.file_problem.isVisible() and "title" in dlg.choice.file_problem.text()
    assert dlg.choice.program.count() == 1
    assert dlg.choice.use_file(str(own))
    assert not dlg.choice.file_problem.isVisible()
    assert dlg.choice.program.currentText().startswith("Knee program")
    assert "People whose knee gives way on stairs." in dlg.choice.about.text()
    dlg.accept()
    p = profiles.active_profile(store)
    assert p.program_id == "knee-program" and p.program_path.startswith(str(store.data_dir))


def test_tab_leaves_the_start_date_in_one_press_and_a_name_lands_in_the_name(qtbot, store):
    from PySide6.QtCore import Qt

    dlg = FirstRunDialog(store, dt.date(2026, 11, 3))
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.next()
    dlg.next()  # the program, then the start date and side
    start = dlg.details.start
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    qtbot.keyClick(start, Qt.Key.Key_Tab)
    assert not start.hasFocus()  # one press, not one per day, month and year
    focused = dlg.focusWidget()
    qtbot.keyClicks(focused, "Sam")
    assert start.date() == QDate(2026, 11, 3)


def test_the_first_run_asks_how_cues_are_given_and_keeps_the_choice(qtbot, store):
    from coach.core import settings as cs

    dlg = FirstRunDialog(store, dt.date(2026, 11, 3))
    qtbot.addWidget(dlg)
    assert dlg.cues.mode() == "voice"  # the default
    [beeps] = [b for b in dlg.cues.modes.buttons() if b.property("mode") == "beeps"]
    beeps.setChecked(True)
    dlg.accept()
    assert cs.load(store.get_setting).cue_mode == "beeps"


@pytest.mark.parametrize("folder_existed", [False, True])
def test_cancel_before_finishing_leaves_nothing_behind(qtbot, data_dir, monkeypatch, qapp, folder_existed):
    """The first run cancelled: no coach.db (nor lock, nor folder made for it) stays on the disk."""
    from coach.ui import app as app_mod
    from coach.ui.first_run import FirstRunDialog
    from coach.ui.widgets import style

    if folder_existed:
        data_dir.mkdir(parents=True)
        (data_dir / "notes.txt").write_text("mine")
    # the first run as it is shown (its pages make what they make), then the person presses Cancel
    monkeypatch.setattr(FirstRunDialog, "exec", lambda self: FirstRunDialog.DialogCode.Rejected)
    look = style.snapshot(qapp)
    try:
        assert app_mod.run_app() == 0
    finally:
        style.restore(qapp, look)
    if folder_existed:
        assert sorted(p.name for p in data_dir.iterdir()) == ["notes.txt"]
    else:
        assert not data_dir.exists()


def test_cancel_keeps_a_data_file_that_was_there_before(qtbot, data_dir, monkeypatch, qapp):
    from coach.store.db import Store
    from coach.ui import app as app_mod
    from coach.ui.widgets import style

    Store.open(data_dir).close()  # a data file with no profile yet (an earlier first run crashed)
    monkeypatch.setattr(app_mod, "build_main_window", lambda store: None)
    look = style.snapshot(qapp)
    try:
        assert app_mod.run_app() == 0
    finally:
        style.restore(qapp, look)
    assert (data_dir / "coach.db").is_file()


def test_enter_presses_the_focused_button_everywhere(qtbot, window):
    from PySide6.QtCore import Qt

    from coach.ui.player.page import PlayerPage

    w = window(dt.date(2026, 11, 3))
    start = w.current_screen().session_cards[0].start
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    qtbot.keyClick(start, Qt.Key.Key_Return)
    assert isinstance(w.page, PlayerPage)
    page = w.page
    page.pause_button.setFocus()
    qtbot.waitUntil(page.pause_button.hasFocus)
    qtbot.keyClick(page.pause_button, Qt.Key.Key_Enter)  # the keypad's Enter too
    assert page.engine.snapshot().paused
