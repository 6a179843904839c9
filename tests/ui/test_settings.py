"""Settings: every setting is written at once, read back after a restart and applied; backups and restore."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QApplication

from coach.core import settings as cs
from coach.store import profiles
from coach.store import tracker as ts
from coach.store.db import Store
from coach.ui.app import apply_user_settings
from coach.ui.settings import screen as settings_ui
from coach.ui.widgets import kit as ew
from coach.ui.widgets import style


@pytest.fixture
def answers(monkeypatch):
    class Answers:
        yes = True
        asked: list[str] = []

    a = Answers()
    a.asked = []

    def confirm(parent, title, text, yes, **kw):
        a.asked.append(text)
        return a.yes

    monkeypatch.setattr(ew, "confirm", confirm)
    return a


@pytest.fixture
def screen(qtbot, qapp, store, profile, make_ctx):
    snap = style.snapshot(qapp)
    ctx = make_ctx()
    w = settings_ui.SettingsScreen(ctx)
    qtbot.addWidget(w)
    w.resize(900, 700)
    w.show()
    yield w
    style.restore(qapp, snap)  # the look the next test expects
    if ctx.store is not store:
        ctx.store.close()  # a restore opened a new store; the store fixture closes the first one


def reopened(store) -> cs.Settings:
    """The settings as a fresh start of the app reads them."""
    again = Store.open(store.data_dir)
    try:
        return cs.load(again.get_setting)
    finally:
        again.close()


def pick(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))
    combo.activated.emit(combo.currentIndex())


def test_shows_the_defaults(screen):
    assert screen.session_on.isChecked() and screen.tracker_on.isChecked() and screen.sound.currentData() == "voice"
    assert [e.time().toString("HH:mm") for e in screen.slot_times] == ["08:00", "18:00"]
    assert screen.tracker_time.time().toString("HH:mm") == "20:00"
    assert screen.text_size.currentData() == 100 and screen.theme.currentData() == "system"
    assert screen.side.currentData() == "right"
    assert screen.folder.text() == str(screen.ctx.store.data_dir)


def test_reminder_times_and_switches_round_trip(screen, store):
    screen.slot_times[1].setTime(QTime(19, 30))
    screen.tracker_time.setTime(QTime(21, 15))
    screen.session_on.setChecked(False)
    assert not screen.slot_times[0].isEnabled()
    screen.tracker_on.setChecked(False)
    assert not screen.tracker_time.isEnabled()
    s = reopened(store)
    assert s.times_for(2) == (dt.time(8, 0), dt.time(19, 30))
    assert s.tracker_time == dt.time(21, 15)
    assert not s.session_reminders and not s.tracker_reminder
    screen.refresh()
    assert screen.slot_times[1].time() == QTime(19, 30) and not screen.session_on.isChecked()


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))
    combo.activated.emit(combo.currentIndex())


def test_cues_voice_beeps_or_silent_use_the_key_the_player_reads(screen, store):
    assert screen.sound.currentData() == "voice"  # the default: a voice that coaches
    assert [screen.sound.itemData(i) for i in range(screen.sound.count())] == ["voice", "beeps", "off"]
    choose(screen.sound, "off")
    assert store.get_setting("cue_mode") == "off"
    assert reopened(store).cue_mode == "off" and not reopened(store).sound_enabled
    choose(screen.sound, "beeps")
    assert reopened(store).cue_mode == "beeps" and reopened(store).sound_enabled
    screen.refresh()
    assert screen.sound.currentData() == "beeps"


def test_sound_turned_off_before_the_voice_stays_off(store):
    store.set_setting("sound_enabled", False)
    assert reopened(store).cue_mode == "off"
    store.set_setting("cue_mode", "voice")  # a choice made since wins
    assert reopened(store).cue_mode == "voice"


def test_theme_and_text_size_are_stored_and_applied_at_once_and_at_start(screen, store, qapp):
    for theme, percent in zip(["light", "dark", "high-contrast", "system", "dark"], cs.TEXT_SIZES, strict=True):
        pick(screen.theme, theme)
        pick(screen.text_size, percent)
        assert store.get_setting("theme") == theme and store.get_setting("text_scale") == percent
        colors = style.resolve_theme(theme)
        assert style.current_colors() is colors
        assert qapp.palette().color(qapp.palette().ColorRole.Window).name() == colors.window
        assert qapp.font().pointSizeF() == pytest.approx(style.BASE_PT * percent / 100)
    s = reopened(store)
    assert (s.theme, s.text_scale) == ("dark", 200)
    style.apply_style(qapp)  # as a new start: the default look, then the stored settings
    apply_user_settings(qapp, store)
    assert style.current_colors() is style.DARK and style.current_scale() == 2.0


def test_a_stored_value_that_is_no_longer_valid_gives_the_default(screen, store, qapp):
    store.set_setting("text_scale", 900)
    store.set_setting("theme", "purple")
    apply_user_settings(qapp, store)
    assert style.current_scale() == 1.0
    screen.refresh()
    assert screen.text_size.currentData() == 100 and screen.theme.currentData() == "system"


def test_affected_side_updates_the_profile(screen, store):
    seen = []
    screen.ctx.changed.connect(seen.append)
    pick(screen.side, "left")
    assert screen.ctx.profile.affected_side == "left"
    assert profiles.active_profile(store).affected_side == "left"
    assert any(changes.profile for changes in seen)
    assert not screen.problem.isVisible() and "Left leg" in screen.message_text.text()


def test_open_folder_and_its_failure(screen, monkeypatch):
    opened = []
    monkeypatch.setattr(settings_ui, "open_folder", lambda p: opened.append(p) or True)
    screen.open_btn.click()
    assert opened == [screen.ctx.store.data_dir]
    monkeypatch.setattr(settings_ui, "open_folder", lambda p: False)
    screen.open_btn.click()
    assert screen.problem.isVisible() and str(screen.ctx.store.data_dir) in screen.problem_text.text()


def test_back_up_now_lists_the_backup(screen):
    assert not screen.restore_btn.isEnabled() and screen.no_backups.isVisible()
    screen.backup_btn.click()
    assert screen.backup_list.count() == 1 and not screen.no_backups.isVisible()
    assert "made by hand" in screen.backup_list.item(0).text()
    assert screen.restore_btn.isEnabled()  # the new backup is chosen
    assert "Backup made" in screen.message_text.text()


def _entry(store, profile, day: dt.date, pain: int):
    from coach.core.tracker import LOCATIONS, TrackerEntry

    values = dict.fromkeys(LOCATIONS)
    values["back_right"] = pain
    ts.save_entry(store, profile.id, TrackerEntry(date=day, pain=values), today=day)


def test_restore_brings_back_the_earlier_state_after_a_safety_backup(screen, store, profile, answers, qapp):
    day = dt.date(2026, 11, 5)
    _entry(store, profile, day, 3)
    screen.backup_btn.click()
    # later: a second diary day, the dark theme and another side
    _entry(store, profile, day + dt.timedelta(days=1), 6)
    pick(screen.theme, "dark")
    pick(screen.side, "left")
    count = lambda s: s.db.execute("select count(*) from tracker_entries").fetchone()[0]  # noqa: E731
    assert count(screen.ctx.store) == 2
    screen.backup_list.setCurrentRow(0)
    screen.restore_btn.click()
    assert answers.asked and "Replace your data" in answers.asked[0]
    new = screen.ctx.store
    assert new is not store
    assert count(new) == 1
    assert new.get_setting("theme") is None and style.current_colors() is style.resolve_theme("system")
    assert screen.ctx.profile.affected_side == "right" and screen.side.currentData() == "right"
    # the state before the restore was kept, and is offered in the list
    safety = [b for b in new.backups() if b.path.name.endswith("-before-restore.db")]
    assert len(safety) == 1
    conn = sqlite3.connect(safety[0].path)
    try:
        assert conn.execute("select count(*) from tracker_entries").fetchone()[0] == 2
    finally:
        conn.close()
    assert any("state before a restore" in screen.backup_list.item(i).text()
               for i in range(screen.backup_list.count()))
    assert safety[0].path.name in screen.message_text.text()


def test_restore_can_be_cancelled(screen, store, answers):
    screen.backup_btn.click()
    answers.yes = False
    screen.backup_list.setCurrentRow(0)
    screen.restore_btn.click()
    assert screen.ctx.store is store and not [b for b in store.backups() if "before-restore" in b.path.name]


def test_a_damaged_backup_is_refused_and_the_app_keeps_working(screen, store, answers):
    screen.backup_btn.click()
    path = store.backups()[0].path
    path.write_bytes(b"not a database at all" * 100)
    screen.backup_list.setCurrentRow(0)
    screen.restore_btn.click()
    assert screen.problem.isVisible() and "Nothing was restored" in screen.problem_text.text()
    assert screen.ctx.store.get_setting("cue_mode", "voice") == "voice"  # the reopened store works
    assert screen.ctx.profile is not None


def test_keyboard_reaches_every_setting(screen):
    screen.activateWindow()
    screen.session_on.setFocus()
    seen = []
    for _ in range(20):
        w = QApplication.focusWidget()
        if w is None or w in seen:
            break
        seen.append(w)
        screen.focusNextChild()
    names = {w.objectName() for w in seen}
    assert {"sessionReminders", "sessionTime-0", "sessionTime-1", "trackerReminder", "trackerTime",
            "cueMode", "textSize", "theme", "affectedSide", "openFolder", "backupNow"} <= names


def test_choosing_a_backup_by_keyboard_shows_it_selected_and_enables_restore(screen, store, qtbot):
    from PySide6.QtCore import Qt

    store.backup("manual")
    screen.refresh()
    lst = screen.backup_list
    assert not screen.restore_btn.isEnabled()
    lst.setFocus()
    qtbot.keyClick(lst, Qt.Key.Key_Down)
    assert lst.currentRow() == 0
    assert lst.selectedItems() == [lst.item(0)]  # what Restore acts on is what the person sees chosen
    assert screen.restore_btn.isEnabled()
